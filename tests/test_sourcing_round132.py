"""Source types round 132 (branch ministers132): the members of the federal government since 2005
(data/registries/ministers.tsv) named with a party alone or by name alone are typed ``government`` only where
the article's date lies within one of their terms ("Jens Spahn (CDU)" in 2020, "Karl Lauterbach (SPD)" from
December 2021); no date, no change; a role noun in the text still decides; and a head of a Land who left
office before the article's year keeps the party. Dated German texts in, a type out; the data file's rows
checked."""

import sys
from pathlib import Path

import pytest

from framing.measures import sourcing
from framing.model import Article
from framing.pipeline import article_id
from framing.resources import data_path
from framing.segment import segment
from framing.sources import POLITICIANS_CUE, _generated_tsv, load_registry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from politicians import shape

HEALTH = f"{POLITICIANS_CUE}: Bundesminister für Gesundheit"
SPAHN = "„Wir müssen vorsichtig bleiben“, sagte Jens Spahn (CDU) am Montag in Berlin."
LAUTERBACH = "„Die Lage bleibt ernst“, sagte Karl Lauterbach (SPD) am Dienstag in Berlin."


def _sources(text: str, date: str | None) -> list[tuple[str | None, str | None, str | None]]:
    article = Article(id=article_id(text), source="text", raw_text=text, text=text, date=date, language="de")
    doc = segment(article)
    sourcing.annotate(doc)
    return [(q.source_type, q.party, q.source_cue) for q in doc.quotes]


@pytest.mark.parametrize("date", ["2020-11-03", "2020-11", "2020", "2018-03-14"])
def test_a_minister_in_office_at_the_articles_date_is_government(date: str) -> None:
    assert _sources(SPAHN, date) == [("government", "CDU", HEALTH)]


@pytest.mark.parametrize("date", ["2022-06-01", "2017-05-02", None])
def test_a_minister_out_of_office_or_an_undated_article_keeps_the_party(date: str | None) -> None:
    assert _sources(SPAHN, date) == [("parliament", "CDU", "CDU")]


def test_lauterbach_is_a_member_of_parliament_in_2021_and_the_minister_in_2022() -> None:
    assert _sources(LAUTERBACH, "2021-06-15") == [("parliament", "SPD", "SPD")]
    assert _sources(LAUTERBACH, "2022-06-15") == [("government", "SPD", HEALTH)]


def test_the_later_mention_by_surname_of_a_minister_in_office_is_government() -> None:
    text = "Hubertus Heil (SPD) sprach in Berlin. „Wir sichern die Jobs“, sagte Heil am Abend."
    cue = f"{POLITICIANS_CUE}: Bundesminister für Arbeit und Soziales"
    assert _sources(text, "2020-04-02") == [("government", "SPD", cue)]


def test_a_role_noun_in_the_text_still_decides() -> None:
    text = "„Wir schützen die Grenzen“, sagte Innenminister Horst Seehofer (CSU) am Montag in Berlin."
    assert [found[2] for found in _sources(text, "2020-03-16")] == ["Innenminister"]


def test_a_premier_who_left_office_before_the_articles_year_keeps_the_party() -> None:
    text = "„Die Partei muss zusammenstehen“, sagte Horst Seehofer (CSU) am Montag in München."
    assert _sources(text, "2023-02-06") == [("parliament", "CSU", "CSU")]
    assert _sources(text, None) == [("government", "CSU", f"{POLITICIANS_CUE}: Ministerpräsident (Bayern)")]
    söder = "„Wir bleiben vorsichtig“, sagte Markus Söder (CSU) am Montag in München."
    assert _sources(söder, "2023-02-06") == [
        ("government", "CSU", f"{POLITICIANS_CUE}: Ministerpräsident (Bayern)")
    ]


def test_every_row_of_the_data_file_is_a_dated_term_of_a_federal_office() -> None:
    rows = _generated_tsv(data_path("registries", "ministers.tsv"))[1]
    assert len(rows) > 80
    for name, office, start, end in rows:
        assert shape(name), name
        assert office.startswith(
            ("Bundesminister", "Chef des Bundeskanzleramtes", "Bundeskanzler", "Vizekanzler")
        ), office
        assert len(start) == 7 and start[4] == "-" and 1 <= int(start[5:]) <= 12, name
        assert not end or (len(end) == 7 and end[4] == "-" and 1 <= int(end[5:]) <= 12), name
        assert start <= (end or "9999"), name


def test_the_registry_names_the_ministers_among_its_files() -> None:
    assert "ministers.tsv v1.1" in load_registry().sources
