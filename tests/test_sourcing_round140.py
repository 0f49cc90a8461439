"""Source types round 140 (branch months140): premiers.tsv 1.1 gives the month a Land head's term began or
ended (2015 or later), and a term is compared by months where the bound and the article's date both give
one: "CDU-Chef Armin Laschet" in June 2021 is NRW's premier (to 2021-10), in December 2021 the party's;
Kemmerich (2020-02 to 2020-02) in his month only; a bound given as a year keeps round 139's rule (the
term's first and last year do not count). Dated German texts in, a type out."""

import pytest

from framing.measures import sourcing
from framing.model import Article
from framing.pipeline import article_id
from framing.segment import segment
from framing.sources import POLITICIANS_CUE, _generated_tsv, _state_office_held, data_path, load_registry

NRW = f"{POLITICIANS_CUE}: Ministerpräsident (Nordrhein-Westfalen)"
THURINGIA = f"{POLITICIANS_CUE}: Ministerpräsident (Thüringen)"
LASCHET = "„Wir öffnen Schritt für Schritt“, sagte CDU-Chef Armin Laschet am Montag in Düsseldorf."
KEMMERICH = "„Wir stehen zur Mitte“, sagte der FDP-Vorsitzende Thomas Kemmerich in Erfurt."


def _sources(text: str, date: str | None) -> list[tuple[str | None, str | None, str | None]]:
    article = Article(id=article_id(text), source="text", raw_text=text, text=text, date=date, language="de")
    doc = segment(article)
    sourcing.annotate(doc)
    return [(q.source_type, q.party, q.source_cue) for q in doc.quotes]


@pytest.mark.parametrize("date", ["2021-06-14", "2021-01", "2021-10-20"])
def test_a_party_chief_in_the_last_year_of_his_term_is_government_by_the_month(date: str) -> None:
    assert _sources(LASCHET, date) == [("government", "CDU", NRW)]


@pytest.mark.parametrize("date", ["2021-12-01", "2021-11", "2021"])
def test_after_the_month_the_term_ended_or_by_the_year_alone_the_party_office_stays(date: str) -> None:
    assert _sources(LASCHET, date) == [("parliament", "CDU", "CDU-Chef")]


def test_a_term_of_one_month_counts_in_that_month_only() -> None:
    assert _sources(KEMMERICH, "2020-02-06") == [("government", "FDP", THURINGIA)]
    assert _sources(KEMMERICH, "2020-03-10") == [("parliament", "FDP", "FDP-Vorsitzende")]
    assert _sources(KEMMERICH, "2020-05-14") == [("parliament", "FDP", "FDP-Vorsitzende")]


def test_the_month_a_term_began_counts_and_the_month_before_does_not() -> None:
    office = "Ministerpräsident (Thüringen)"
    assert not _state_office_held("Bodo Ramelow", office, "2014-11-30")
    assert _state_office_held("Bodo Ramelow", office, "2014-12-05")
    assert _state_office_held("Bodo Ramelow", office, "2020-03-05")  # his second term


def test_a_bound_given_as_a_year_keeps_the_strict_years() -> None:
    office = "Ministerpräsident (Baden-Württemberg)"
    assert not _state_office_held("Winfried Kretschmann", office, "2011-07-01")
    assert _state_office_held("Winfried Kretschmann", office, "2012-01-05")


def test_the_data_file_gives_months_only_from_2015_and_version_1_1() -> None:
    rows = _generated_tsv(data_path("registries", "premiers.tsv"))[1]
    laschet = [(start, end) for name, _, _, start, end in rows if name == "Armin Laschet"]
    assert laschet == [("2017-06", "2021-10")]
    for name, _, _, start, end in rows:
        for bound in (start, end):
            assert len(bound) in (0, 4) or (len(bound) == 7 and bound[4] == "-" and bound >= "2014-12"), name
    assert "premiers.tsv v1.1" in load_registry().sources
