"""Source types round 145 (branch leaders145): the chancellors of Germany and Austria and Austria's federal
ministers and Vizekanzler have dated terms in data/registries/ministers.tsv 1.1. A minister in office at the
article's date is ``government``; a chancellor after the last term keeps ``government`` by name alone (a past
head office) but not with a party word, and before it takes the list the head replaced (the Bundestag's
"Angela Merkel"); a party chief who is chancellor then is ``government``. No date: as before. Dated German
texts in, a type out."""

import pytest

from framing.measures import sourcing
from framing.model import Article
from framing.pipeline import article_id
from framing.resources import data_path
from framing.segment import segment
from framing.sources import POLITICIANS_CUE, Source, _generated_tsv, listed_politician

HEALTH_OFFICE = "Bundesminister für Soziales, Gesundheit, Pflege und Konsumentenschutz (Österreich)"
HEALTH_AT = f"{POLITICIANS_CUE}: {HEALTH_OFFICE}"
INTERIOR_AT = f"{POLITICIANS_CUE}: Bundesminister für Inneres (Österreich)"
CHANCELLOR = f"{POLITICIANS_CUE}: Bundeskanzlerin"
HEAD = f"{POLITICIANS_CUE}: Federal Chancellor of Germany"
ANSCHOBER = "„Die Zahlen steigen wieder“, sagte Rudolf Anschober (Grüne) am Montag in Wien."
MERKEL = "Angela Merkel kam am Morgen. „Europa muss zusammenhalten“, sagte Merkel am Montag in Berlin."
MERKEL_CDU = "„Europa muss zusammenhalten“, sagte Angela Merkel (CDU) am Montag in Berlin."


def _sources(text: str, date: str | None) -> list[tuple[str | None, str | None, str | None]]:
    article = Article(id=article_id(text), source="text", raw_text=text, text=text, date=date, language="de")
    doc = segment(article)
    sourcing.annotate(doc)
    return [(q.source_type, q.party, q.source_cue) for q in doc.quotes]


@pytest.mark.parametrize("date", ["2020-11-03", "2021-04", "2020"])
def test_an_austrian_minister_in_office_at_the_articles_date_is_government(date: str) -> None:
    assert _sources(ANSCHOBER, date) == [("government", "Grüne", HEALTH_AT)]


@pytest.mark.parametrize("date", [None, "2019-05-02", "2021-05-20"])
def test_an_austrian_minister_out_of_office_or_undated_keeps_the_party(date: str | None) -> None:
    assert _sources(ANSCHOBER, date) == [("parliament", "Grüne", "Grüne")]


def test_the_later_mention_of_an_interior_minister_who_became_chancellor() -> None:
    text = "Karl Nehammer (ÖVP) kam nach Linz. „Wir greifen durch“, sagte Nehammer am Abend."
    assert _sources(text, "2020-11-04") == [("government", "ÖVP", INTERIOR_AT)]
    chancellor = f"{POLITICIANS_CUE}: Bundeskanzler (Österreich)"
    assert _sources(text, "2022-06-01") == [("government", "ÖVP", chancellor)]


def test_a_chancellor_in_office_is_typed_by_the_dated_term() -> None:
    assert _sources(MERKEL, "2020-03-18") == [("government", None, CHANCELLOR)]


def test_a_former_chancellor_by_name_alone_stays_government() -> None:
    assert _sources(MERKEL, "2024-11-26") == [("government", None, HEAD)]


def test_a_former_chancellor_with_a_party_word_takes_the_party() -> None:
    assert _sources(MERKEL_CDU, "2024-11-26") == [("parliament", "CDU", "CDU")]


def test_a_chancellor_before_her_term_is_the_member_of_parliament() -> None:
    assert _sources(MERKEL, "2003-05-12") == [("parliament", None, f"{POLITICIANS_CUE}: Bundestag")]


def test_an_undated_article_keeps_the_undated_head() -> None:
    assert _sources(MERKEL_CDU, None) == [("government", "CDU", HEAD)]


def test_a_party_chief_who_is_chancellor_then_is_government() -> None:
    text = "„Wir schaffen das“, sagte die CDU-Vorsitzende Angela Merkel am Montag in Berlin."
    assert _sources(text, "2015-09-01") == [("government", "CDU", CHANCELLOR)]


def test_olaf_scholz_before_the_chancellorship_is_hamburgs_mayor() -> None:
    text = "Olaf Scholz sprach im Rathaus."
    mayor = f"{POLITICIANS_CUE}: Erster Bürgermeister (Hamburg)"
    assert listed_politician("Scholz", text, date="2015-06-01") == Source("government", None, mayor)


def test_the_data_file_dates_the_chancellors_and_austrias_government() -> None:
    rows = _generated_tsv(data_path("registries", "ministers.tsv"))[1]
    offices = {(name, office): (start, end) for name, office, start, end in rows}
    assert offices[("Angela Merkel", "Bundeskanzlerin")] == ("2005-11", "2021-12")
    assert offices[("Werner Faymann", "Bundeskanzler (Österreich)")] == ("2008-12", "2016-05")
    assert offices[("Rudolf Anschober", HEALTH_OFFICE)] == (
        "2020-01",
        "2021-04",
    )
    assert not any(name == "Sebastian Kurz" for name, _ in offices)  # "kurz", a word: left out


PHYSICIST = "Angela Merkel kam am Morgen. „Forschung braucht Zeit“, sagte die Physikerin Merkel in Berlin."


@pytest.mark.parametrize(
    ("date", "typed"),
    [
        ("2020-05-01", ("government", None, CHANCELLOR)),  # in her term: the office beats the training
        ("2024-11-26", ("expert", None, "Physikerin")),  # after it: no state office held then (round 147)
        (None, ("government", None, HEAD)),  # no date: the undated head, as before (merged in round 152)
    ],
)
def test_a_chancellor_named_by_her_training_is_typed_by_the_office_held_then(
    date: str | None, typed: tuple[str | None, str | None, str | None]
) -> None:
    assert _sources(PHYSICIST, date) == [typed]
