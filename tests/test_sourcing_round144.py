"""Speaker round 144 (branch inquit144): an inquit's speaker joined by "und" to a person who opens a clause
of his own ("„…“, sagte Kämna und Sagan ergänzte: „…“") is the first person alone, and the quotation the
second clause's colon introduces is the second person's; a subject shared by a plural verb ("Merkel und
Scholz erklärten: „…“") and a pronoun before "und" keep their speakers."""

import pytest

from framing.measures import sourcing
from framing.model import Article
from framing.pipeline import article_id
from framing.segment import segment


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = Article(
        id=article_id(text), source="text", raw_text=text, text=text, date="2020-05-04", language="de"
    )
    doc = segment(article)
    sourcing.annotate(doc)
    return [(text[q.start : q.end], q.speaker) for q in doc.quotes if q.label == "direct"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Das Team fuhr am Montag nach Paris. „Das haben wir nicht erhofft“, sagte Kämna und Sagan "
            "ergänzte: „Wir wollten mehr Punkte.“",
            "Kämna",
            "Sagan",
        ),
        (
            "Das Team fuhr am Montag nach Paris. „Da bricht etwas zusammen“, sagte Youngster Lennard Kämna "
            "und Felix Großschartner fügte hinzu: „Wir müssen etwas ändern.“",
            "Youngster Lennard Kämna",
            "Felix Großschartner",
        ),
        (
            "Die Galerie öffnet im Mai. „Hier gibt es noch Luft nach oben“, meint Christine Mayer, und Bernd "
            "Klüser ergänzt: „Die Stadt muss mehr tun.“",
            "Christine Mayer",
            "Bernd Klüser",
        ),
    ],
)
def test_the_second_person_of_und_with_a_verb_of_its_own_speaks_the_next_quotation(
    text: str, first: str, second: str
) -> None:
    assert [speaker for _, speaker in _speakers(text)] == [first, second]


def test_a_report_before_und_leaves_the_colons_quotation_to_the_person_after_it() -> None:
    text = (
        "Die Wirtschaft schrumpft. „Der Handel ist eingebrochen“, heißt es in dem Bericht, und Kooths fügt "
        "hinzu: „Die Folgen sind lange zu spüren.“"
    )
    assert _speakers(text)[-1] == ("Die Folgen sind lange zu spüren.", "Kooths")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Sitzung war lang. Merkel und Scholz erklärten: „Wir sind uns einig.“", "Merkel und Scholz"),
        ("Die Sitzung war lang. „Gut“, sagte Merkel und fügte hinzu: „Wir sind uns einig.“", "Merkel"),
    ],
)
def test_a_shared_subject_and_a_verb_without_a_subject_keep_their_speaker(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == ("Wir sind uns einig.", speaker)
