"""Source types of round 21 (issue 11, item 2, branch src21): role nouns from a licensed, systematic source —
OpenThesaurus (LGPL-2.1-or-later), typed by its hypernyms through a reviewed table
(data/registries/source_types_openthesaurus_map.csv; scripts/source_types_openthesaurus.py builds
source_types_openthesaurus.toml). German sentences in, a type and its cue out; our own entries win."""

import re
import sys
from pathlib import Path

import pytest

from framing.pipeline import analyze_text
from framing.resources import data_path
from framing.sources import classify, classify_in_text, load_registry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import source_types_openthesaurus as generator

META = "[meta]\nname = 'x'\nversion = '1'\nsource = 's'\nlicence = 'l'\n"


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        (
            "„Die Angst sitzt tief, und sie wird von der Politik geschürt“, sagte die Psychoanalytikerin "
            "Anna Berger am Montag.",
            "Psychoanalytikerin Anna Berger",
            "expert",
        ),
        (
            "Laut Stadtpolizeikommandant Kurt Kemeter fuhr der Mann zuerst in der Zweiglgasse auf den "
            "Gehsteig.",
            "Stadtpolizeikommandant Kurt Kemeter",
            "authority",
        ),
        (
            "„Wir haben seit Wochen kein Wasser mehr“, sagt die Pensionistin Erika Gruber aus Wien.",
            "Pensionistin Erika Gruber",
            "citizen",
        ),
        (
            "„Ohne Zucker aus der Region geht es nicht“, sagte der Konditor Max Weber.",
            "Konditor Max Weber",
            "business",
        ),
    ],
)
def test_a_role_noun_of_the_thesaurus_types_the_quote(text: str, speaker: str, expected: str) -> None:
    quotes = analyze_text(text).quotes
    assert [(q.speaker, q.source_type) for q in quotes] == [(speaker, expected)]


@pytest.mark.parametrize(
    ("phrase", "expected", "cue"),
    [
        ("der Herzspezialist Karl Huber", "expert", "Herzspezialist"),
        ("die Ruheständlerin Maria Kern", "citizen", "Ruheständlerin"),  # a feminine form of "Ruheständler"
        ("die beiden Herzspezialisten", "expert", "Herzspezialisten"),  # a plural
        ("Anrainerin Gerda Steiner", "citizen", "Anrainerin"),
        ("der Rabbi Yehuda Teichtal", "civil_society", "Rabbi"),
        ("ein Hinweisgeber", "anonymous", "Hinweisgeber"),
        ("der Gitarrist Tom Kaulitz", "other", "Gitarrist"),
        # a derived head is weak: a party or a role of our own in the same phrase decides
        ("der Pensionist und SPD-Gemeinderat Karl Huber", "parliament", "SPD-Gemeinderat"),
        ("der Konditor und Bundestagsabgeordnete Max Kurz", "parliament", "Bundestagsabgeordnete"),
    ],
)
def test_the_thesaurus_heads_their_forms_and_their_weakness(phrase: str, expected: str, cue: str) -> None:
    found = classify(phrase)
    assert (found.type, found.cue) == (expected, cue)


def test_without_the_derived_file_these_roles_have_no_cue() -> None:
    registry = load_registry(derived=False)
    assert "psychoanalytiker" not in registry.heads and not registry.derived
    assert "source_types_openthesaurus.toml v1.0" in load_registry().sources
    assert ("expert", "head (OpenThesaurus)", "psychoanalytiker") in load_registry().entries()


def test_the_user_file_wins_over_the_derived_file(tmp_path, monkeypatch) -> None:
    (tmp_path / "source_types.toml").write_text(
        META + "[types.civil_society]\nheads = ['konditor']\n", "utf-8"
    )
    monkeypatch.setenv("FRAMING_USER_DIR", str(tmp_path))
    load_registry.cache_clear()
    try:
        assert classify("der Konditor Max Weber").type == "civil_society"
        assert "konditor" not in load_registry().derived
    finally:
        monkeypatch.delenv("FRAMING_USER_DIR")
        load_registry.cache_clear()
    assert classify("der Konditor Max Weber").type == "business"


def test_a_bare_name_takes_a_thesaurus_role_the_article_gives_it() -> None:
    text = (
        "Der Konditor Karl Brenner backt seit vierzig Jahren Torten. Der Zucker sei in diesem Jahr so teuer "
        "wie nie, sagte Brenner."
    )
    found = classify_in_text("Brenner", text)
    assert found is not None and (found.type, found.cue) == ("business", "Konditor")


def test_the_derived_file_holds_no_entry_of_ours_nor_an_exclusion() -> None:
    ours = load_registry(derived=False)
    derived = data_path("registries", "source_types_openthesaurus.toml").read_text(encoding="utf-8")
    words = re.findall(r'^  "([^"]+)",', derived, flags=re.M)
    assert len(words) > 500
    assert not [w for w in words if w in ours.heads or w in ours.words or w in ours.surnames]
    _, excluded = generator.read_map(generator.MAP)
    assert not {w.lower() for w in excluded} & set(words)


THESAURUS = """UTF-8
polizist|1
-|Polizist (Hauptform)|Schutzmann|Bulle (ugs.)|Beamter (Oberbegriff)
dorfpolizist|1
-|Dorfpolizist|Landgendarm|Polizist (Oberbegriff)
wachtmeister|2
-|Wachtmeister|Polizist (Oberbegriff)
-|Wachtmeister (Dienstgrad)|Unteroffizier (Oberbegriff)
künstler|1
-|Künstler|Maler|Kunstschaffender
handwerker|1
-|Handwerker|Maler|Anstreicher
"""


def test_the_generator_types_synonyms_and_hyponyms_by_the_nearest_anchor(tmp_path) -> None:
    path = tmp_path / "th.dat"
    path.write_text(THESAURUS, encoding="utf-8")
    synsets = generator.read_synsets(path)
    reached = generator.typed(
        synsets, {"Polizist": "authority", "Künstler": "other", "Handwerker": "business"}
    )
    assert {t for _, t, _ in reached["Schutzmann"]} == {"authority"}  # a synonym (depth 0)
    assert min(reached["Landgendarm"])[:2] == (1, "authority")  # a hyponym (depth 1)
    assert "Bulle" not in reached  # colloquial: left out
    words, conflicts = generator.kept(reached, {"Anstreicher": "a test exclusion"})
    assert words["Landgendarm"][1] == "authority" and words["Kunstschaffender"][1] == "other"
    assert "Anstreicher" not in words  # excluded by the table
    assert "Schutzmann" in words and "Polizist" not in words  # the registry types "Polizist" already
    assert [c.split(":")[0] for c in conflicts] == ["Maler"]  # an artist and a craftsman: left out
