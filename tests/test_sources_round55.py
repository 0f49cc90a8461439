"""Source types of round 55 (branch src55): a head of state or government named without any role, whose
full name the article writes and the list of executives (data/registries/executives.tsv, from Wikidata's
world leaders of 2021–2022 and the federal chancellors of Germany and Austria since 1990) knows, is
``government``, with the list named as the cue; the list replaces the list of politicians' entry of the same
person ("Angela Merkel", a member of the Bundestag), reads German spellings ("Alexander Lukaschenko",
"Orban", "Erdogan"), and a role the text writes still wins. German texts in, a type out."""

import sys
from pathlib import Path

import pytest

from framing.sources import POLITICIANS_CUE, listed_politician, load_registry
from tests.sourcing_speakers import quoted

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from executives import german

MINSK = (
    "Alexander Lukaschenko empfing am Montag Gäste aus Moskau. „Unsere Beziehungen sind so gut wie nie“, "
    "sagte Lukaschenko nach dem Treffen."
)
BUDAPEST = (
    "Viktor Orban reiste am Dienstag nach Brüssel. „Wir lassen uns nicht erpressen“, sagte Orban vor dem "
    "Treffen."
)
ANKARA = (
    "Recep Tayyip Erdogan sprach am Abend in Ankara. „Die Türkei wird sich nicht beugen“, erklärte Erdogan "
    "vor Anhängern."
)
BERLIN = (
    "Angela Merkel traf am Montag die Ministerpräsidenten der Länder. „Wir müssen jetzt handeln“, sagte "
    "Merkel am Abend."
)
REUNIFICATION = (
    "Helmut Kohl sprach am Abend vor dem Reichstag. „Wir sind ein Volk“, sagte Kohl unter dem Jubel der "
    "Menge."
)
TWO_MERKELS = (
    "Angela Merkel und Petra Merkel trafen sich am Montag in Berlin. „Wir haben viel zu besprechen“, sagte "
    "Merkel danach."
)
OPPOSITION = (
    "Der CDU-Chef Friedrich Merz und Kanzler Olaf Scholz stritten. „Das ist unseriös“, sagte die "
    "Linken-Politikerin Janine Wissler."
)


def _types(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.source_type, q.source_cue) for _, _, q in quoted(text)]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (MINSK, "President of Belarus"),
        (BUDAPEST, "Prime Minister of Hungary"),
        (ANKARA, "President of Turkey"),
        (BERLIN, "Federal Chancellor of Germany"),
        (REUNIFICATION, "Federal Chancellor of Germany"),
    ],
)
def test_a_listed_head_named_in_full_without_a_role_is_government_by_the_list(text: str, office: str) -> None:
    assert _types(text) == [("government", f"{POLITICIANS_CUE}: {office}")]


def test_the_head_replaces_the_same_person_of_the_list_of_politicians() -> None:
    found = listed_politician("Merkel", BERLIN)
    assert found is not None and found.type == "government"  # not "parliament" of the Bundestag's entry


def test_another_person_of_the_surname_still_stops_the_list() -> None:
    assert all(cue is None or not cue.startswith(POLITICIANS_CUE) for _, cue in _types(TWO_MERKELS))


def test_a_role_the_text_writes_wins_over_the_list() -> None:
    assert _types(OPPOSITION) == [("parliament", "Linken-Politikerin")]


@pytest.mark.parametrize(
    ("english", "country", "written"),
    [
        ("Vladimir Putin", "Russia", "Wladimir Putin"),
        ("Volodymyr Zelenskyy", "Ukraine", "Wolodymyr Selenskyj"),
        ("Mikhail Mishustin", "Russia", "Michail Mischustin"),
        ("Alexander Lukashenko", "Belarus", "Alexander Lukaschenko"),
        ("Recep Tayyip Erdoğan", "Turkey", "Recep Tayyip Erdogan"),
        ("Viktor Orbán", "Hungary", "Viktor Orban"),
        ("Frank-Walter Steinmeier", "Germany", "Frank-Walter Steinmeier"),
    ],
)
def test_the_generator_writes_names_as_german_news_does(english: str, country: str, written: str) -> None:
    assert german(english, country) == written


def test_the_registry_names_the_list_among_its_files() -> None:
    assert "executives.tsv v1.0" in load_registry().sources
