"""Source types of task org2 (issue 11, item 2): organisation names with their kind from licensed lists that
class them (datenanfragen.de CC0, auskunftsbegehren.at CC BY-SA 4.0, ROR CC0, openfootball CC0), typed by a
reviewed table (data/registries/source_types_organisations_map.csv; scripts/source_types_organisations.py
builds source_types_organisations.tsv). German sentences in, a type and its cue out; our own entries win and
a listed name is weak."""

import csv
import sys
from pathlib import Path

import pytest

from framing.pipeline import analyze_text
from framing.resources import data_path
from framing.sources import SOURCE_TYPES, classify, load_registry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import source_types_organisations as generator

TSV = data_path("registries", "source_types_organisations.tsv")


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        (
            "„Wir prüfen die Beschwerde derzeit“, sagte ein Sprecher der KommAustria am Dienstag.",
            "ein Sprecher der KommAustria",
            "authority",
        ),
        (
            "„Die Zahl der Anträge hat sich verdoppelt“, sagte eine Sprecherin des LANUV.",
            "eine Sprecherin des LANUV",
            "authority",
        ),
        (
            "„Der Tarif lohnt sich nur für wenige Kunden“, sagte ein CHECK24-Sprecher.",
            "ein CHECK24-Sprecher",
            "business",
        ),
    ],
)
def test_a_listed_organisation_types_the_quote(text: str, speaker: str, expected: str) -> None:
    quotes = analyze_text(text).quotes
    assert [(q.speaker, q.source_type) for q in quotes] == [(speaker, expected)]


@pytest.mark.parametrize(
    ("phrase", "expected", "cue"),
    [
        ("eine Sprecherin der ZHAW", "expert", "ZHAW"),  # ROR: education
        ("ein Sprecher des 1. FC Heidenheim", "other", "FC Heidenheim"),  # openfootball: a club
        # a weak office yields to the listed organisation named with it, as to one of our own
        ("der Präsident des BAFA", "authority", "BAFA"),
        ("der Präsident von Hertha BSC", "other", "Hertha BSC"),
        ("HSV-Präsident Marcell Jansen", "other", "HSV-Präsident"),  # the club as a compound's modifier
        # a listed name is weak: a strong role of our own in the phrase decides
        ("der Polizeisprecher und KommAustria-Berater Karl Huber", "authority", "Polizeisprecher"),
        ("die SPD-Politikerin und KommAustria-Sprecherin Eva Huber", "parliament", "SPD-Politikerin"),
    ],
)
def test_listed_names_their_compounds_and_their_weakness(phrase: str, expected: str, cue: str) -> None:
    found = classify(phrase)
    assert (found.type, found.cue) == (expected, cue)


def test_without_the_lists_these_names_have_no_cue() -> None:
    registry = load_registry(derived=False)
    assert ("KommAustria",) not in registry.names and not registry.derived_names
    assert "source_types_organisations.tsv v1.0" in load_registry().sources
    assert ("authority", "name (licensed list)", "KommAustria") in load_registry().entries()


def test_our_entries_win_over_the_lists(tmp_path, monkeypatch) -> None:
    listed = tmp_path / "source_types_organisations.tsv"
    listed.write_text(
        "# version 9.9; a test\nname\ttype\tsource\tclass\trecord\n"
        "Caritas\tbusiness\tt\tc\tr\nStiftung\tbusiness\tt\tc\tr\nQuarzwerk Nord\tbusiness\tt\tc\tr\n",
        encoding="utf-8",
    )
    real = data_path
    monkeypatch.setattr(
        "framing.sources.data_path",
        lambda *parts: listed if parts[-1] == listed.name else real(*parts),
    )
    load_registry.cache_clear()
    try:
        registry = load_registry()
        assert registry.names[("Caritas",)] == ("type", "civil_society")  # a name of ours keeps its type
        assert ("Stiftung",) not in registry.names  # a word of ours (a head) is no listed name
        assert registry.names[("Quarzwerk", "Nord")] == ("type", "business")
        assert "source_types_organisations.tsv v9.9" in registry.sources
    finally:
        load_registry.cache_clear()


def test_the_list_file_holds_valid_rows_and_no_name_of_ours() -> None:
    lines = [line for line in TSV.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    assert len(rows) > 2500
    assert {row["type"] for row in rows} <= set(SOURCE_TYPES)
    assert {row["source"] for row in rows} == set(generator.SOURCES)
    ours = load_registry(derived=False)
    assert not [row["name"] for row in rows if tuple(row["name"].split()) in ours.names]
    names = {row["name"] for row in rows}
    assert {"Merten", "Alphonso", "Peter Hahn", "Heinrich Heine", "Bayern", "HVB"}.isdisjoint(names)


@pytest.mark.parametrize(
    ("name", "source", "kept"),
    [
        ("KommAustria", "auskunftsbegehren_at", True),  # a capital inside: a brand's shape
        ("Merten", "datenanfragen", False),  # a plain capitalised word: may be a surname
        ("BAB", "auskunftsbegehren_at", False),  # three letters: the motorway in German news
        ("HSV", "openfootball", True),  # a club's abbreviation in capitals
        ("Bayern", "openfootball", False),  # a club's short name that is a place
        ("Peter Hahn", "datenanfragen", False),  # a given name first: a person's name in news text
        ("Heinrich Heine", "datenanfragen", False),  # two plain words no dictionary knows
        ("Borussia Dortmund", "openfootball", True),  # but a club's name is never a person's
        ("A. Klagenfurt", "openfootball", False),  # abbreviated: news text writes it out
        ("Australia", "datenanfragen", False),  # an English word
    ],
)
def test_the_generator_keeps_names_news_text_writes(name: str, source: str, kept: bool) -> None:
    assert generator.keep(name, source, generator.read_places()) is kept


def test_the_generator_types_records_by_the_table_and_leaves_conflicts_out() -> None:
    mapping = {
        ("s", "company"): ("business", False),
        ("s", "government"): ("authority", False),
        ("s", "office"): ("authority", True),  # a mixed class: our words must confirm the type
        ("s", "funder"): (generator.IGNORED, False),
        ("s", "health"): ("", False),
    }
    records = {
        "s": [
            ("r1", ["XANTOR Nordica GmbH (XNC)"], {"company", "funder"}),  # funder says nothing of the kind
            ("r2", ["KLINOVA Nordica"], {"company", "health"}),  # a class left out: the record is out
            ("r3", ["Bundesministerium für Zollwesen", "BMZWN"], {"government"}),  # our heads: government
            ("r4", ["Landesamt Nordmark", "LANOM"], {"government"}),
            ("r5", ["KOBALT Nordmark"], {"government"}),  # the same name as r6, typed otherwise
            ("r6", ["KOBALT Nordmark"], {"company"}),
            ("r7", ["SONNWERK Nordica"], {"unknown class"}),
            ("r8", ["Departement für Zollwesen", "DEZOLL"], {"office"}),  # nothing of ours says authority
            ("r9", ["Landesamt für Zollwesen", "LAZOLL"], {"office"}),  # "Landesamt" does
        ]
    }
    rows, unmapped = generator.select(records, mapping, load_registry(derived=False), frozenset())
    kept = {row[0]: row[1] for row in rows}
    assert kept["XANTOR Nordica"] == "business" and "XNC" not in kept  # three letters: left out
    assert "KLINOVA Nordica" not in kept
    assert "BMZWN" not in kept  # the ministry's record is left out: our registry types it government
    assert kept["LANOM"] == "authority" and "Landesamt Nordmark" not in kept  # our head types the latter
    assert "KOBALT Nordmark" not in kept
    assert "DEZOLL" not in kept and kept["LAZOLL"] == "authority"
    assert unmapped == ["s,unknown class"]
    assert ("XANTOR Nordica", "business", "s", "company,funder", "r1") in rows  # with its provenance


CLUBS = """= Deutschland

== Hamburg ==

Hamburger SV,  1887,     Hamburg
  | HSV | Hamburg
  | Hamburger Sport Verein
 Sylvesterallee 7 // 22525 Hamburg
ii) Hamburger SV II
  | HSV II
"""


def test_the_generator_reads_clubs_with_their_other_names() -> None:
    ((_record, names, classes),) = generator.read_clubs({"de.clubs.txt": CLUBS})
    assert names == ["Hamburger SV", "HSV", "Hamburg", "Hamburger Sport Verein"] and classes == {"club"}


def test_the_generator_reads_the_newest_ror_record_and_drops_the_country() -> None:
    old = (
        '{"id": "https://ror.org/0x", "name": "Quarzinstitut", "types": ["Facility"], '
        '"country": {"country_code": "DE", "country_name": "Germany"}}'
    )
    new = (
        '{"id": "https://ror.org/0x", "status": "active", "types": ["company", "funder"], '
        '"locations": [{"geonames_details": {"country_code": "DE", "country_name": "Germany"}}], '
        '"names": [{"lang": "en", "types": ["label"], "value": "Quartz Works"}, '
        '{"lang": null, "types": ["acronym"], "value": "QZW"}, '
        '{"lang": "de", "types": ["label", "ror_display"], "value": "Quarzwerk (Germany)"}]}'
    )
    ((record, names, classes),) = generator.read_ror({"v1.2/0x.json": old, "v2.9/0x.json": new})
    assert record == "0x" and names == ["QZW", "Quarzwerk"] and classes == {"company", "funder"}
