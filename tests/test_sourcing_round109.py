"""Speaker round 109 (docs/accuracy.md, "Speaker round 109 (bug109)"): two flaws of ``referent_number``, which
tells whether a mention names several. The "und" of a compound's ellipsis ("Fraktions- und Parteivorsitzende")
joins no two referents, and a relative "die" before a mention with an article of its own ("die ein Sprecher")
makes it no plural (nor, in ``parse_phrase``, feminine). German sentences written for the round in, the
number or the person out."""

import pytest

from framing.pipeline import doc_from_text
from framing.speakers import Entity, parse_phrase, referent_number

from .test_sourcing_cross_set import speakers


def number_of(text: str, mention: str, kinds: frozenset[str] = frozenset({"role"})) -> str:
    """``referent_number`` of the first ``mention`` in ``text``."""
    start = text.index(mention)
    return referent_number(text, Entity(start, start + len(mention), 0, "", kinds))


@pytest.mark.parametrize(
    ("text", "mention", "number"),
    [
        pytest.param(
            "Die Beschäftigung in der Metall- und Elektroindustrie ist gefallen.",
            "Metall- und Elektroindustrie",
            "",
            id="a compound's ellipsis is one referent",
        ),
        pytest.param(
            "Die Verbände Bioland und Demeter begrüßten den Plan.",
            "Verbände Bioland und Demeter",
            "pl",
            id="two names joined by und are several",
        ),
        pytest.param(
            "Sie verwies auf die Zahlen, die ein Sprecher am Montag genannt hatte.",
            "ein Sprecher",
            "",
            id="a relative die before a mention with its own article",
        ),
        pytest.param(
            "Am Montag sagten die Ermittler nichts dazu.",
            "Ermittler",
            "pl",
            id="die before a masculine role noun is a plural",
        ),
    ],
)
def test_referent_number(text, mention, number):
    assert number_of(text, mention) == number


def test_a_compound_ellipsis_in_a_role_is_one_person():
    text = (
        "Der Fraktions- und Parteivorsitzende Hans Berger kritisierte den Plan. Die Regierung habe versagt, "
        "ernst, sagte er."
    )
    assert [person for *_, person in speakers(text)] == ["Fraktions- und Parteivorsitzende Hans Berger"]


def test_a_speaker_after_a_relative_die_is_one_man():
    text = (
        "Das Ministerium verwies auf die Zahlen, die ein Sprecher am Montag genannt hatte. Die Lage sei "
        "ernst, sagte er."
    )
    assert [person for *_, person in speakers(text)] == ["ein Sprecher"]


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        pytest.param("Sie nannte die Zahlen, die ein Sprecher bestätigt hatte.", "m", id="a relative die"),
        pytest.param(
            "Sie nannte die Zahlen, die beiden Ermittler bestätigten sie.", "f", id="die beiden: a plural"
        ),
    ],
)
def test_a_phrase_after_two_determiners_takes_its_own_article(text, gender):
    tokens = doc_from_text(text, annotate=False).tokens
    second_die = [i for i, token in enumerate(tokens) if token.text == "die"][1]
    phrase = parse_phrase(tokens, second_die, len(tokens))
    assert phrase is not None and phrase.gender == gender
