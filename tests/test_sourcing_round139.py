"""Source types round 139 (branch partyoffice139): a listed person named by a party office ("CSU-Chef Markus
Söder", "CDU-Vorsitzende Annegret Kramp-Karrenbauer") is typed by the state office they held at the article's
date: a federal minister by months (data/registries/ministers.tsv), a head of a Land by whole years
(premiers.tsv); the party stays. No date, a chancellor before her term (dated since round 145), the year a
premier's term began or ended, or a past word before the office ("der frühere", "der damalige", source_types
1.49 [context] then): as before. Dated German texts in, a type out."""

import pytest

from framing.measures import sourcing
from framing.model import Article
from framing.pipeline import article_id
from framing.segment import segment
from framing.sources import POLITICIANS_CUE, load_registry

BAVARIA = f"{POLITICIANS_CUE}: Ministerpräsident (Bayern)"
DEFENCE = f"{POLITICIANS_CUE}: Bundesministerin der Verteidigung"
SÖDER = "„Wir bleiben vorsichtig“, sagte CSU-Chef Markus Söder am Montag in München."
AKK = "„Die Truppe hilft in der Krise“, sagte die CDU-Vorsitzende Annegret Kramp-Karrenbauer in Berlin."


def _sources(text: str, date: str | None) -> list[tuple[str | None, str | None, str | None]]:
    article = Article(id=article_id(text), source="text", raw_text=text, text=text, date=date, language="de")
    doc = segment(article)
    sourcing.annotate(doc)
    return [(q.source_type, q.party, q.source_cue) for q in doc.quotes]


@pytest.mark.parametrize("date", ["2020-05-04", "2021-02", "2019"])
def test_a_party_chief_who_is_premier_at_the_articles_date_is_government(date: str) -> None:
    assert _sources(SÖDER, date) == [("government", "CSU", BAVARIA)]


@pytest.mark.parametrize("date", [None, "2018-02-05", "2017-06-01"])
def test_no_date_or_the_year_the_term_began_keeps_the_party_office(date: str | None) -> None:
    assert _sources(SÖDER, date) == [("parliament", "CSU", "CSU-Chef")]


def test_a_party_chair_who_is_a_federal_minister_then_is_government() -> None:
    assert _sources(AKK, "2020-03-12") == [("government", "CDU", DEFENCE)]
    assert _sources(AKK, "2019-05-20") == [("parliament", "CDU", "CDU-Vorsitzende")]  # premier until 2018


def test_the_later_mention_by_surname_takes_the_state_office_too() -> None:
    text = "CSU-Chef Markus Söder kam nach Berlin. „Wir halten Kurs“, sagte Söder am Abend."
    assert _sources(text, "2020-07-20") == [("government", "CSU", BAVARIA)]


def test_a_premier_in_the_year_the_term_ended_keeps_the_party_office() -> None:
    text = "„Wir stehen zur Mitte“, sagte der FDP-Vorsitzende Thomas Kemmerich in Erfurt."
    assert _sources(text, "2020-05-14") == [("parliament", "FDP", "FDP-Vorsitzende")]


def test_a_chancellor_before_her_term_keeps_the_party_office() -> None:
    text = "„Wir schaffen das“, sagte die CDU-Vorsitzende Angela Merkel am Montag in Berlin."
    assert _sources(text, "2003-09-01") == [("parliament", "CDU", "CDU-Vorsitzende")]  # dated since round 145


@pytest.mark.parametrize("past", ["frühere", "damalige"])
def test_a_past_word_before_the_party_office_keeps_it(past: str) -> None:
    text = f"„Wir brauchen einen Neuanfang“, sagte der {past} SPD-Generalsekretär Hubertus Heil damals."
    assert _sources(text, "2020-07-03") == [("parliament", "SPD", "SPD-Generalsekretär")]


def test_the_registry_lists_the_words_of_an_earlier_time() -> None:
    registry = load_registry()
    assert {"damalige", "damaligen"} <= registry.then_words
    prefix = "source_types.toml v"
    version = next(s for s in registry.sources if s.startswith(prefix)).removeprefix(prefix)
    assert tuple(int(part) for part in version.split(".")) >= (1, 49)
