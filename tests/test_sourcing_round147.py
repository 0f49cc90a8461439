"""Source types round 147 (branch listed147): a listed person in a state office (a head of executives.tsv, a
federal minister or head of a Land in office at the article's date) whom the text types by a training or a
private person's noun ("die Physikerin Merkel", "der gelernte Mediziner Tschentscher", "Frau Dreyer") is
typed ``government`` by that office: they speak in it. Another person of the surname, a noun of another type,
a dated office not held at the date: as before. German texts in, a type out."""

import pytest

from framing.measures import sourcing
from framing.model import Article
from framing.pipeline import article_id
from framing.segment import segment
from framing.sources import POLITICIANS_CUE

CHANCELLOR = f"{POLITICIANS_CUE}: Federal Chancellor of Germany"
HAMBURG = f"{POLITICIANS_CUE}: Erster Bürgermeister (Hamburg)"
FAMILY = f"{POLITICIANS_CUE}: Bundesministerin für Familie, Senioren, Frauen und Jugend"
PHYSICIST = (
    "Bundeskanzlerin Angela Merkel beriet am Mittwoch mit den Ländern. "
    "„Ich warne davor, die Forscher verantwortlich zu machen“, sagte die Physikerin Merkel."
)


def _types(text: str, date: str | None) -> list[tuple[str | None, str | None]]:
    article = Article(id=article_id(text), source="text", raw_text=text, text=text, date=date, language="de")
    doc = segment(article)
    sourcing.annotate(doc)
    return [(q.source_type, q.source_cue) for q in doc.quotes]


@pytest.mark.parametrize(
    ("date", "cue"),
    [("2020-05-01", f"{POLITICIANS_CUE}: Bundeskanzlerin"), (None, CHANCELLOR)],  # her dated term, round 145
)
def test_a_listed_head_named_by_her_training_is_government(date: str | None, cue: str) -> None:
    assert _types(PHYSICIST, date) == [("government", cue)]


def test_a_premier_named_by_his_training_is_government_in_office() -> None:
    text = (
        "Peter Tschentscher sprach nach der Sitzung. "
        "„Wissenschaftler sind keine Hellseher“, sagte der gelernte Mediziner Tschentscher."
    )
    assert _types(text, "2020-05-01") == [("government", HAMBURG)]
    assert _types(text, "2017-05-01") == [("expert", "Mediziner")]  # mayor from 2018-03


def test_a_minister_named_by_a_courtesy_title_is_government_in_office() -> None:
    text = "Franziska Giffey besuchte eine Kita. „Die Kitas bleiben offen“, sagte Frau Giffey am Montag."
    assert _types(text, "2020-10-12") == [("government", FAMILY)]
    assert _types(text, "2017-10-12") == [("citizen", "Frau")]  # minister from 2018-03


def test_another_person_of_the_surname_keeps_the_training() -> None:
    text = (
        "Angela Merkel äußerte sich nicht. „Die Demokratie ist robust“, sagte der Politikwissenschaftler "
        "Wolfgang Merkel."
    )
    assert _types(text, "2020-04-21") == [("expert", "Politikwissenschaftler")]


def test_a_trained_person_no_list_holds_keeps_the_training() -> None:
    text = "„Die Zahlen steigen zu schnell“, sagte die Physikerin Anna Weber am Montag."
    assert _types(text, "2020-11-02") == [("expert", "Physikerin")]
