"""The reader's highlighted HTML: spans become marked, explained, escaped pieces of the text."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.app.highlight import explain, highlights, legend, render_article
from framing.lexicons import Entry, Resources, lexicon_from_entries, load_lexicon
from framing.pipeline import doc_from_text

TEXT = (
    "Die Regierung in Moskau soll die Zahlen zur Ukraine geschönt haben. "  # the topic of "Invasion"
    "„Das ist eine brutale Invasion“, sagte Außenminister Wang Yi."
)


def visible_text(html: str) -> str:
    """The text a reader sees: tags removed (tag markers included), entities decoded."""
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", re.sub(r"<span class='fr-tag'>\w+</span>", "", html)))


def test_reportative_soll_is_highlighted_with_its_reason():
    doc = doc_from_text(TEXT)
    html = render_article(doc, ["hedge"], "de", show_tags=True)
    assert (
        "<span class='hl-hedge' title='berichtendes „soll“ (perfect infinitive): der Autor gibt eine " in html
    )
    assert ">soll</span><span class='fr-tag'>HEDGE</span>" in html


def test_quote_speaker_and_quoted_tone_are_explained():
    doc = doc_from_text(TEXT)
    found = {(h.span.layer, h.text): h.why for h in highlights(doc, ["quote", "tone", "wording"], "en")}
    assert found[("quote", "Das ist eine brutale Invasion")] == (
        "direct quote; speaker: Außenminister Wang Yi (Chinese government and state media); "
        "source: government and executive"
    )  # the speaker span is the name with its role
    assert found[("speaker", "Außenminister Wang Yi")] == (
        "speaker of a quote: Wang Yi (Chinese government and state media); source: government and executive"
    )
    html = render_article(doc, ["quote"], "en", show_tags=True)
    assert "<span class='fr-tag'>SPEAKER GOV</span>" in html and "<span class='fr-tag'>GOV</span>" in html
    assert found[("wording", "Invasion")].startswith(
        "concept “the war against Ukraine”: variant “Invasion” (condemning); topic recognised by: "
        "Moskau ×1, Ukraine ×1;"
    )
    assert found[("wording", "Invasion")].endswith("inside a quote (not counted as the outlet's tone)")
    assert found[("tone", "brutale")].startswith("negative word (lexicon polarity_de, prior")


def test_frames_show_cue_words_not_whole_sentences():
    doc = doc_from_text("Die Opposition kritisiert die Regierung scharf.")
    spans = [h.span for h in highlights(doc, ["frame"], "de")]
    assert spans and all(s.attrs.get("level") != "sentence" for s in spans)
    assert {doc.text[s.start : s.end] for s in spans} == {"Opposition", "kritisiert", "Regierung"}


def test_every_layer_has_a_legend_entry_with_a_tag_besides_its_colour():
    html = legend(["tone", "hedge", "quote"], "de")
    assert "<b>NEG</b>" in html and "<b>HEDGE</b>" in html and "<b>SPEAKER</b>" in html
    assert "Zitate und Sprecher" in html


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_any_text_comes_out_escaped_and_complete(text):
    doc = doc_from_text(text)
    html = render_article(doc, ["tone", "emotive", "hedge", "quote", "wording", "frame", "populism"], "de")
    body = re.sub(r"<span class='fr-tag'>\w+</span>", "", html)
    assert not re.search(r"<(?!/?(span|p|div)\b)", body)  # only our own tags
    expected = "".join(doc.text[p.start : p.end] for p in doc.paragraphs) if doc.paragraphs else doc.text
    assert visible_text(html) == expected


def test_session_lexicon_edits_apply_only_to_the_analysis_given_them():
    base = load_lexicon("emotive_de")
    edited = lexicon_from_entries(
        "emotive_de", [*base.entries, Entry("Offensive", "alarm")], {"meta": base.meta}
    )
    text = "Die Offensive begann am Morgen."
    inside = [
        s.label for s in doc_from_text(text, resources=Resources({"emotive_de": edited})).layer("emotive")
    ]
    outside = [s.label for s in doc_from_text(text).layer("emotive")]
    assert inside == ["alarm"] and outside == []


def test_explain_mentions_negation_modifiers():
    doc = doc_from_text("Das Treffen war nicht erfolgreich.")
    tone = next(s for s in doc.layer("tone") if doc.text[s.start : s.end] == "erfolgreich")
    assert "verändert durch „nicht“ (Verneinung) (verneint)" in explain(tone, "de")
    assert "modified by “nicht” (negator) (negated)" in explain(tone, "en")


def test_explain_names_the_news_word_lexicon():
    doc = doc_from_text("Die Gespräche scheiterten.")
    (tone,) = doc.layer("tone")
    assert "Lexikon polarity_news_de" in explain(tone, "de")
