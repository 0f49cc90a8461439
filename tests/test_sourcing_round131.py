"""Source types round 131 (docs/accuracy.md, "Source types round 131 (consist131)"): a person named with a
party in brackets and then an apposition of the office held ("Dilek Kalayci (SPD), Berlins Senatorin für
Gesundheit, …") was typed `parliament` by the party, since the words after the brackets were never read; the
convention types a person by the office held and by the party only where no office is named. German
sentences written for the round in, the speaker and type out."""

import pytest

from tests.sourcing_speakers import quoted


def typed(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(person named, source type, party, cue) of every quote."""
    return [(q.speaker, q.source_type, q.party, q.source_cue) for _, _, q in quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dilek Kalayci (SPD), Berlins Senatorin für Gesundheit, sagte am Mittwoch: „Wir impfen weiter.“",
            ("Dilek Kalayci", "government", "SPD", "Senatorin für"),
            id="a senator of a city state before the quote",
        ),
        pytest.param(
            "„Die Lage ist ernst“, sagte Horst Seehofer (CSU), der Bundesinnenminister, am Montag in Berlin.",
            ("Horst Seehofer", "government", "CSU", "Bundesinnenminister"),
            id="a federal minister with the article",
        ),
        pytest.param(
            "„Wir bleiben vorsichtig“, sagte Helge Braun (CDU), Chef des Bundeskanzleramts, am Montag.",
            ("Helge Braun", "government", "CDU", "Bundeskanzleramts"),
            id="the head of the chancellery by a genitive",
        ),
        pytest.param(
            "Georg Maier (SPD), Innenminister in Thüringen, sagte: „Das lassen wir nicht zu.“",
            ("Georg Maier", "government", "SPD", "Innenminister"),
            id="a Land minister",
        ),
    ],
)
def test_an_office_apposed_after_a_party_in_brackets_beats_the_party(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert typed(text)[-1] == expected


def test_a_party_in_brackets_without_an_office_after_it_stays_parliament() -> None:
    text = "„Wir müssen vorsichtig bleiben“, sagte Jens Spahn (CDU), einer der Favoriten, am Montag."
    assert typed(text)[-1][:3] == ("Jens Spahn", "parliament", "CDU")


def test_a_party_office_apposed_after_the_brackets_stays_parliament() -> None:
    text = "Kevin Kühnert (SPD), Chef der Jusos, sagte: „Das ist mit uns nicht zu machen.“"
    assert typed(text)[-1][:2] == ("Kevin Kühnert", "parliament")


def test_a_profession_apposed_after_a_party_in_brackets_leaves_the_party() -> None:
    text = (
        "Eva-Maria Obermeier (Grüne), Lehrerin an einer Grundschule, sagte: „Die Kinder brauchen ihre "
        "Freunde.“"
    )
    assert typed(text)[-1][:2] == ("Eva-Maria Obermeier", "parliament")
