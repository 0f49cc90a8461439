"""Source types round 129 (branch premiers129): the heads of government of the German and Austrian Länder
since 1990 (data/registries/premiers.tsv) are typed ``government`` by name, as the federal chancellors are,
and the listed office beats a party alone ("Markus Söder (CSU)", "der CSU-Politiker Markus Söder"), while
an office or party office the text writes still decides. German texts in, a type out; and the data file's
rows checked."""

import sys
from pathlib import Path

import pytest

from framing.resources import data_path
from framing.sources import POLITICIANS_CUE, _generated_tsv, listed_politician, load_registry
from tests.sourcing_speakers import quoted

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from politicians import shape

BAVARIA = f"{POLITICIANS_CUE}: Ministerpräsident (Bayern)"
STATES = frozenset(
    {
        "Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
        "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland",
        "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen",
        "Burgenland", "Kärnten", "Niederösterreich", "Oberösterreich", "Salzburg", "Steiermark", "Tirol",
        "Vorarlberg", "Wien",
    }
)  # fmt: skip


def _sources(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.source_type, q.party, q.source_cue) for _, _, q in quoted(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Markus Söder (CSU) sagte am Montag in München: „Wir müssen vorsichtig bleiben.“",
        "In München trat Markus Söder vor die Presse. „Wir müssen vorsichtig bleiben“, sagte Söder (CSU).",
        "„Wir müssen vorsichtig bleiben“, sagte der CSU-Politiker Markus Söder am Montag.",
    ],
)
def test_a_listed_premier_beats_a_party_alone(text: str) -> None:
    assert _sources(text) == [("government", "CSU", BAVARIA)]


def test_the_later_mention_of_a_premier_named_with_a_party_is_government() -> None:
    text = "Armin Laschet (CDU) sprach in Düsseldorf. „Die Lage ist ernst“, sagte Laschet am Abend."
    cue = f"{POLITICIANS_CUE}: Ministerpräsident (Nordrhein-Westfalen)"
    assert _sources(text) == [("government", "CDU", cue)]


def test_an_austrian_head_of_a_land_is_government() -> None:
    text = "„Wir öffnen die Schulen wieder“, sagte Thomas Stelzer (ÖVP) in Linz."
    assert _sources(text) == [("government", "ÖVP", f"{POLITICIANS_CUE}: Landeshauptmann (Oberösterreich)")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("„Wir schützen die Grenzen“, sagte Innenminister Horst Seehofer (CSU) in Berlin.", "Innenminister"),
        ("„Die Partei steht geschlossen“, sagte der CDU-Vorsitzende Armin Laschet.", "CDU-Vorsitzende"),
    ],
)
def test_an_office_or_party_office_the_text_writes_still_decides(text: str, cue: str) -> None:
    assert [found[2] for found in _sources(text)] == [cue]


def test_the_list_reads_past_a_party_members_noun_but_not_past_a_party_office() -> None:
    text = "Annegret Kramp-Karrenbauer und Markus Söder sprachen am Montag in Berlin."
    member = listed_politician("CSU-Politiker Markus Söder", text, party_word=True)
    assert member is not None and member.type == "government"
    assert listed_politician("CDU-Vorsitzende Annegret Kramp-Karrenbauer", text, party_word=True) is None


def test_a_party_alone_of_a_person_not_listed_stays_parliament() -> None:
    text = "„Das ist der falsche Weg“, sagte Gerlinde Hubertsdorfer (CSU) in München."
    assert _sources(text) == [("parliament", "CSU", "CSU")]


def test_every_row_of_the_data_file_is_a_listed_head_of_a_land() -> None:
    rows = _generated_tsv(data_path("registries", "premiers.tsv"))[1]
    assert len(rows) > 90
    for name, state, office, start, end in rows:
        assert 2 <= len(name.split()) <= 4 and shape(name), name
        assert state in STATES, state
        assert office, name
        assert int(end[:4] or 9999) >= max(int(start[:4]), 1990) and (end or "9999") >= start, name
        assert start[:4] <= "2022", name  # holders in office by 2022 only: a later one is a candidate before


def test_the_registry_names_the_premiers_among_its_files() -> None:
    assert "premiers.tsv v1.1" in load_registry().sources
