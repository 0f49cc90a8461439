"""Issue 16, speed round 39 (branch speed39): a text's full names (round 67's ``_surnames_written``) read
only at the pairs of tokens that hold a given name, found by one pass over the token texts (compiled: a loop;
pure Python: ``compress`` over the texts' look-ups), the same names and genders as a pass over every pair;
an interview's closing byline tried at the text's last bracket, where ``BYLINE_END.sub`` finds it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text

TEXT = (
    "Bundeskanzler Olaf Scholz traf am Montag Susanne Raab in Wien. Dort sprach Ensaf Haidar mit Hans Peter "
    "Müller. Auch Nadja Lorenz kam, und Maria Scholz. Scholz sagte, Raab habe recht."
)


def test_the_full_names_and_their_genders() -> None:
    context = sourcing._Context(doc_from_text(TEXT))
    assert context._surnames_written() == {
        "Scholz": "",  # after "Olaf" and "Maria": given names of both genders
        "Raab": "f",
        "Haidar": "",  # a given name after a first name no list knows (round 67)
        "Müller": "m",  # "Peter Müller" ends the name; "Hans Peter" does not
        "Lorenz": "f",  # "Nadja Lorenz": a given name as a surname
    }
    assert context.surname_gender("Raab") == "f" and context.written_as_surname("Haidar")
    assert not context.written_as_surname("Peter") and context.surname_gender("Wien") == ""


def test_the_given_names_of_a_text() -> None:
    doc = doc_from_text(TEXT)
    given = sourcing.speech_words().given
    at = sourcing._given_by_map(doc.tokens, given)
    names = ["Olaf", "Susanne", "Haidar", "Hans", "Peter", "Nadja", "Lorenz", "Maria"]
    assert [doc.tokens[k].text for k in at] == names
    assert sourcing._given_by_map(doc_from_text("Der Regen fällt.").tokens, given) == []


# The compiled build's form, run in pure Python: ``in_pure_python`` made a no-op before the module loads
COMPILED_FORM = """
import sys

import pytest
from framing import memo
memo.in_pure_python = lambda namespace, function, pure: None
from framing.measures import sourcing
from framing.pipeline import doc_from_text
assert sourcing._given_at.__name__ == "_given_at"
doc = doc_from_text(sys.argv[1])
print(sourcing._given_at(doc.tokens, sourcing.speech_words().given))
"""


def test_the_compiled_form_gives_what_the_pure_form_gives() -> None:
    done = subprocess.run(
        [sys.executable, "-c", COMPILED_FORM, TEXT], capture_output=True, text=True, check=True
    )
    given = sourcing.speech_words().given
    assert done.stdout.strip() == repr(sourcing._given_by_map(doc_from_text(TEXT).tokens, given))


BYLINES = [
    "STANDARD: Wie geht es weiter? Kaiser: Wir verhandeln. (Interview: Anna Berger, 24.3.2016)",
    "Kaiser: Bis Mai (und dann weiter). (Gerald John, 2016)\n",
    "Kaiser: Das Jahr (2016) war gut.",  # brackets inside the text, none at its end
    "Kaiser: Die Zahl (12a4)",  # no year
    "Kaiser: (1999) (2000)  ",
    "Kaiser: Danke (sehr (2016))",  # a bracket inside the last brackets: no byline
    "(2016)",
    "",
]


@pytest.mark.parametrize("text", BYLINES)
def test_the_byline_is_where_the_pattern_finds_it(text: str) -> None:
    start = sourcing._byline_start(text)
    assert len(text[:start].rstrip()) == len(sourcing.BYLINE_END.sub("", text).rstrip())


def test_the_byline_of_an_interview() -> None:
    text = BYLINES[0]
    assert text[sourcing._byline_start(text) :] == "(Interview: Anna Berger, 24.3.2016)"
    assert sourcing._byline_start(BYLINES[2]) == len(BYLINES[2])
