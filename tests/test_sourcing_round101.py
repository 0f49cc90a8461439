"""Speaker round 101 (docs/accuracy.md, "Speaker round 101 (bug101)"): a registered name in the genitive
before the role it owns ("Bidens Sprecherin Jen Psaki", "Trumps Corona-Berater") is part of the speaker's
span (gold convention 11), not the speaker: the actor lexicon's genitive form ("Bidens") had cut the phrase
at the owner and made the owner the speaker. A genitive before a statement ("Putins Rede") still speaks.
German sentences written after fang1000 and fang2 in, the speaker spans and persons out."""

import pytest

from .test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Bidens Sprecherin Jen Psaki erklärte, der Präsident werde nun mit dem Kongress "
            "zusammenarbeiten.",
            "Bidens Sprecherin Jen Psaki",
            id="fang1000: a spokeswoman with her name",
        ),
        pytest.param(
            "„Es gibt einen Ausbruch im Weißen Haus“, sagte Trumps Sprecherin Kayleigh McEnany im Fernsehen.",
            "Trumps Sprecherin Kayleigh McEnany",
            id="fang1000: after the inquit's verb",
        ),
        pytest.param(
            "Bidens Wahlkampfleiter antwortete, es brauche seine Zeit, den Wahlkampf umzustellen.",
            "Bidens Wahlkampfleiter",
            id="fang1000: a role with no name",
        ),
        pytest.param(
            "„Das Treffen war gut“, sagte Putins Sprecher Dmitri Peskow.",
            "Putins Sprecher Dmitri Peskow",
            id="a registered person named after the owner",
        ),
    ],
)
def test_a_genitive_name_owns_the_role_after_it(text, span):
    assert [found for _, _, found, _ in speakers(text)] == [span]


def test_a_pronoun_does_not_refer_to_the_owner():
    text = (
        "Der Radiologe Scott Atlas gab dem russischen Sender RT ein Interview. Danach hielt Trumps "
        "Corona-Berater dem Druck der Medien nicht stand. Am Sonntag schrieb er: „Ich bedauere das "
        "Interview.“"
    )
    assert [(found, person) for _, _, found, person in speakers(text)] == [("er", "Scott Atlas")]


def test_the_owner_of_a_statement_speaks():
    text = "Putins Rede machte deutlich, dass Russland sich dem Prozess verpflichtet fühlt."
    assert [found for _, _, found, _ in speakers(text)] == ["Putins"]
