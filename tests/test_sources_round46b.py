"""Source types of round 46b (issue 11, branch src46b): a speaker named by a given name only is a private
person only where the text goes on about the person with "er" or "sie" after the name; a headline-only
teaser that names someone famous by one name ("Matthäus", "Elmo") says nothing more of them. German texts
in, a type out."""

import pytest

from framing.sources import classify_in_text

FOOTBALL = "Ballon d’Or 2023: Matthäus bezeichnet Wahl von Messi als »Farce«"
PUPPET = "Elmo fragt, wie es so geht: Tausende schütten einer »Sesamstraßen«-Puppe ihr Herz aus"
OPERATION = (
    "Sabrina über ihre Bauchdeckenstraffung: „Ich habe jetzt einen neuen Bauchnabel“ Die 36-Jährige über "
    "den Eingriff, die Schmerzen und dazu, ob sie es wieder tun würde."
)
CHILD = (
    "Erst nimmt Katrin die Nachricht ihrer Mutter nicht ernst: »Es kann sein, dass du einen anderen Vater "
    "hast«. Dann macht sie heimlich einen DNA-Test."
)


@pytest.mark.parametrize(("phrase", "text"), [("Matthäus", FOOTBALL), ("Elmo", PUPPET)])
def test_a_teaser_that_says_no_more_of_a_one_name_person_is_no_citizen(phrase: str, text: str) -> None:
    assert classify_in_text(phrase, text).type != "citizen"


@pytest.mark.parametrize(("phrase", "text"), [("Sabrina", OPERATION), ("Katrin", CHILD)])
def test_a_given_name_the_text_goes_on_about_with_a_pronoun_is_a_citizen(phrase: str, text: str) -> None:
    found = classify_in_text(phrase, text)
    assert (found.type, found.cue) == ("citizen", phrase)
