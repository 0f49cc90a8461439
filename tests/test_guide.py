"""The guide: both languages, every documented feature explained, facts that match the code, safe HTML."""

import tomllib
from pathlib import Path

import pytest

from framing import classify
from framing.compare import events, stats
from framing.datafiles import load_toml
from framing.guide import (
    LANGUAGES,
    guide_html,
    guide_markdown,
    guide_sections,
    markdown_to_html,
    section_for_feature,
)
from framing.measures import FAMILIES, feature_docs, readability, tone
from framing.resources import data_dir, data_path

ROOT = Path(__file__).resolve().parent.parent


def _bodies(language: str) -> dict[str, str]:
    return {section.id: section.body for section in guide_sections(language)}


def test_meta_names_source_and_licence():
    meta = load_toml(data_path("guide", "guide.toml"))["meta"]
    assert meta["name"] == "guide"
    assert meta["source"] == "framing developers"
    assert meta["licence"] == "CC-BY-4.0"


def test_both_languages_have_the_same_sections_in_the_same_order():
    german, english = guide_sections("de"), guide_sections("en")
    assert [s.id for s in german] == [s.id for s in english]
    assert [s.features for s in german] == [s.features for s in english]
    ids = [s.id for s in german]
    assert len(ids) == len(set(ids))
    for expected in ("comparison", "classifier", "limits", "exercises"):
        assert expected in ids
    assert all(s.title and s.body for s in german + english)
    assert german[0].title != english[0].title


def test_every_feature_family_has_a_section_covering_its_features():
    sections = {s.id: s for s in guide_sections("en")}
    for module in FAMILIES:
        family = module.__name__.rsplit(".", 1)[-1]
        assert family in sections, f"no guide section for the {family} family"
        prefixes = sections[family].features
        assert prefixes, family
        uncovered = [name for name in module.FEATURES if not name.startswith(prefixes)]
        assert not uncovered, f"{family}: {uncovered}"
    all_prefixes = tuple(p for s in sections.values() for p in s.features)
    assert [name for name in feature_docs() if not name.startswith(all_prefixes)] == []


def test_section_for_feature_finds_the_family():
    assert section_for_feature("tone.actor.putin").id == "tone"
    assert section_for_feature("hedge.konjunktiv_i_per_1k", "en").id == "hedging"
    assert section_for_feature("no.such.feature") is None


def test_facts_match_the_code():
    german, english = _bodies("de"), _bodies("en")
    assert tone.WINDOW == 3
    assert "Negation" in german["tone"] and "drei Wörter" in german["tone"]
    assert "three words" in english["tone"]
    assert "Apache-2.0" in german["tone"] and "Apache-2.0" in english["tone"]
    for body in (german["hedging"], english["hedging"]):
        assert "Konjunktiv I" in body and "soll" in body and "sollte(n)" in body
        for form in ("sei", "seien", "solle", "habe", "werde", "hätten"):
            assert f"„{form}“" in body or f'"{form}"' in body, form
    assert classify.MIN_PER_CLASS == 10
    assert "10 Beispielen je Klasse" in german["classifier"]
    assert "10 examples per class" in english["classifier"]
    assert "Kreuzvalidierung" in german["classifier"] and "cross-validation" in english["classifier"]
    assert stats.DEFAULT_RESAMPLES == 200
    assert "Bootstrap" in german["comparison"] and "200" in german["comparison"]
    options = events.EventOptions()
    assert options.threshold == 0.1 and options.max_span_days == 31 and options.attach_threshold == 0.04
    assert "0,1 " in german["comparison"] and "0.1 " in english["comparison"]
    assert "0,04" in german["comparison"] and "0.04" in english["comparison"]
    assert "31" in german["comparison"] and "31" in english["comparison"]
    assert readability.LONG_SENTENCE_WORDS == 25 and readability.MTLD_THRESHOLD == 0.72
    assert "25 Wörtern" in german["readability"] and "0,72" in german["readability"]
    assert "Satz für Satz" in german["frames"] and "Sentence by sentence" in english["frames"]
    assert "CC0" in german["populism"] and "238" in english["populism"]
    for outlet in ("news.de", "Frankfurter Rundschau", "Epoch Times", "AFP", "Yellen"):
        assert outlet in german["exercises"] and outlet in english["exercises"]


def test_every_measure_section_has_meaning_computation_limits_and_exercises():
    headings = {
        "de": ("### Was es bedeutet", "### Wie es berechnet wird", "### Grenzen", "### Im Unterricht"),
        "en": ("### What it means", "### How it is computed", "### Limits", "### In class"),
    }
    for language in LANGUAGES:
        for section in guide_sections(language):
            if section.features:
                for heading in headings[language]:
                    assert heading in section.body, (language, section.id, heading)


def test_markdown_to_html_escapes_everything_first():
    html = markdown_to_html('<script>alert("x")</script>\n\n**<b>fett</b>** und `<i>code</i>`')
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;" in html
    assert "<strong>&lt;b&gt;fett&lt;/b&gt;</strong>" in html
    assert "<code>&lt;i&gt;code&lt;/i&gt;</code>" in html


def test_markdown_to_html_renders_headings_paragraphs_and_lists():
    html = markdown_to_html(
        "### Grenzen\n\nErster Satz\nzweiter Satz.\n\n- eins mit `tone.mean`\n- **zwei**\n  weiter\n\n"
        "1. erstens\n2. zweitens"
    )
    assert "<h3>Grenzen</h3>" in html
    assert "<p>Erster Satz zweiter Satz.</p>" in html
    assert "<ul><li>eins mit <code>tone.mean</code></li><li><strong>zwei</strong> weiter</li></ul>" in html
    assert "<ol><li>erstens</li><li>zweitens</li></ol>" in html


def test_code_spans_keep_their_asterisks():
    assert markdown_to_html("`**x**` und **y**") == "<p><code>**x**</code> und <strong>y</strong></p>"


@pytest.mark.parametrize("language", LANGUAGES)
def test_whole_guide_as_markdown_and_html(language):
    sections = guide_sections(language)
    markdown = guide_markdown(language)
    assert markdown.startswith("# ")
    assert all(f"## {s.title}" in markdown for s in sections)
    html = guide_html(language)
    assert f'lang="{language}"' in html and "<script" not in html
    assert all(f'<section id="guide-{s.id}">' in html for s in sections)
    assert html.count("<section") == html.count("</section>") == len(sections)
    assert html.count("<ul>") == html.count("</ul>") and "<li>" in html
    assert "**" not in html.replace("<code>**", "")  # every bold marker was converted
    assert "&lt;actor&gt;" in html or "&lt;akteur&gt;" in html  # `tone.actor.<actor>` stays text


def test_unknown_language_is_refused_with_the_choices():
    for call in (guide_sections, guide_markdown, guide_html):
        with pytest.raises(ValueError, match='"de", "en"'):
            call("fr")


def test_guide_file_is_packaged_with_the_data():
    path = data_path("guide", "guide.toml")
    assert path.is_file() and path.is_relative_to(data_dir())
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    force_include = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force_include["data"] == "framing/_data"
    assert (ROOT / "data" / "guide" / "guide.toml").is_file()
