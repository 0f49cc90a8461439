"""Source types of round 46 (issue 11, branch src46): a speaker the article names by a given name only,
never with a surname, is a private person the press shields ("So auch Alicia.", "Gesine aus Tübingen");
not a surname that is also a given name ("Luis Enrique"), a name with a capitalised word after it, nor a
player in a sport article. German texts in, a type out."""

import pytest

from framing.sources import classify_in_text

STUDENT = (
    "Doch auch nach Monaten warten viele Studenten immer noch auf das Geld. So auch Alicia. Sie studiert "
    "Tiermedizin und sagt: „Eigentlich wollte ich das Geld in Winterschuhe investieren.“"
)
ROOM = (
    "Manchen bleibt nur die Notunterkunft des Studierendenwerks. Gesine aus Tübingen läuft die Zeit davon. "
    "„Ich habe schon 200 Bewerbungen geschrieben“, sagt Gesine. Seit August sucht sie ein Zimmer."
)
SHIELDED = (
    "Das alles erlebt der junge Mann, den wir nur Matthias nennen, an diesem Morgen im Berliner Ortsteil "
    "Johannisthal. „Wir sind ganz schön abgeschnitten“, sagt er."
)
COACH = (
    "Auch Neymar wird fehlen. Zuvor hatte Cheftrainer Luis Enrique den Einsatz von Lionel Messi offen "
    "gelassen. „Ich will erst mit meinen Spielern sprechen“, sagte Enrique."
)
SINGER = "Ein neues Album von Alicia Keys erscheint am Freitag. „Es ist mein persönlichstes“, sagte Alicia."
MATCH = (
    "Der Stürmer traf in der 80. Minute zum 2:1, der Trainer jubelte. Die Mannschaft steht im Finale der "
    "Meisterschaft. „Das war ein schweres Spiel“, sagte Fred nach dem Abpfiff im Stadion."
)


@pytest.mark.parametrize(
    ("phrase", "text"),
    [("Alicia", STUDENT), ("Gesine", ROOM), ("Matthias", SHIELDED)],
)
def test_a_person_named_by_a_given_name_only_is_a_citizen(phrase: str, text: str) -> None:
    found = classify_in_text(phrase, text)
    assert (found.type, found.cue) == ("citizen", phrase)


@pytest.mark.parametrize(
    ("phrase", "text"),
    [("Enrique", COACH), ("Alicia", SINGER), ("Fred", MATCH)],
)
def test_a_surname_a_full_name_or_a_player_is_no_private_person(phrase: str, text: str) -> None:
    assert classify_in_text(phrase, text).type != "citizen"


def test_a_given_name_before_a_surnames_particle_is_a_full_name() -> None:
    text = (
        "Unsere Vorfahren werden oft verkannt. Jan von Flocken hat ein Buch über die Vandalen geschrieben. "
        "„Man tut den Vandalen unrecht“, sagt Jan."
    )
    assert classify_in_text("Jan", text).type != "citizen"
