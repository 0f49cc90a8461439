"""Issue 16, speed round 48 (branch speed48): in the compiled build the tokens' texts and offsets
(``segment._token_spans``) and an article's words (``sources._word_matches``) are read by one native
loop over the text's pieces between spaces, the pattern only for the pieces that need it; pure Python
keeps round 43's passes. Both give what the patterns find."""

import json
import random
import subprocess
import sys
from itertools import accumulate

import pytest

from framing import segment, sources
from tests.test_speed43 import SENTENCES

GERMAN = (
    *SENTENCES,
    "„Wir kommen“, sagte Scholz (SPD) in Wien.",
    "Die Ministerin sagte, es gehe um 1.000,5 Mio. Euro für tagesspiegel.de-Leser.",
    "Der Ukraine-Krieg – so Prof. Dr.-Ing. Weber – koste „Milliarden“…\n\nDas sagte er am 3.10. in Kyjiw.  ",
)
# random strings of the characters the pieces are told apart by (spaces, punctuation, word characters,
# a combining accent, a superscript digit), the same every run
_RANDOM = random.Random(48)
_ALPHABET = " \n\t.,-–&'’/_aZß1é\u0301²“„()…:\u00a0"
TEXTS = [*GERMAN, *("".join(_RANDOM.choices(_ALPHABET, k=_RANDOM.randrange(40))) for _ in range(3000))]

# The compiled build's forms, run in pure Python: ``in_pure_python`` made a no-op before the modules load
COMPILED_FORMS = """
import json, sys
from framing import memo
memo.in_pure_python = lambda namespace, function, pure: None
from framing import segment, sources
assert segment._token_spans.__name__ == "_token_spans" and sources._word_matches.__name__ == "_word_matches"
texts = json.load(sys.stdin)
print(json.dumps([[segment._token_spans(text), sources._word_matches(text)] for text in texts]))
"""


def _spans_by_pattern(text: str) -> list[list]:
    spaced = segment._SPACED_TOKEN.findall(text, 0, len(text.rstrip()))
    surfaces, ends = list(map(str.lstrip, spaced)), list(accumulate(map(len, spaced)))
    return [surfaces, [end - len(surface) for surface, end in zip(surfaces, ends, strict=True)], ends]


@pytest.fixture(scope="module")
def compiled_forms() -> list:
    script = [sys.executable, "-c", COMPILED_FORMS]
    done = subprocess.run(script, input=json.dumps(TEXTS), capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_compiled_loops_read_what_the_patterns_find(compiled_forms: list) -> None:
    for text, (spans, words) in zip(TEXTS, compiled_forms, strict=True):
        assert spans == _spans_by_pattern(text), text
        assert words == sources.WORD.findall(text), text


def test_the_pure_forms_read_what_the_patterns_find() -> None:
    for text in TEXTS:
        assert list(map(list, segment._token_spans(text))) == _spans_by_pattern(text), text
        assert sources._word_matches(text) == sources.WORD.findall(text), text


def test_a_german_sentence_s_tokens_and_words(compiled_forms: list) -> None:
    spans, words = compiled_forms[GERMAN.index("„Wir kommen“, sagte Scholz (SPD) in Wien.")]
    surfaces, starts, ends = spans
    assert surfaces == ["„", "Wir", "kommen", "“", ",", "sagte", "Scholz", "(", "SPD", ")", "in", "Wien", "."]
    assert starts == [0, 1, 5, 11, 12, 14, 20, 27, 28, 31, 33, 36, 40]
    assert ends == [1, 4, 11, 12, 13, 19, 26, 28, 31, 32, 35, 40, 41]
    assert words == ["Wir", "kommen", "sagte", "Scholz", "SPD", "in", "Wien."]
    spans, words = compiled_forms[len(GERMAN) - 1]  # a dash, titles, a paragraph break
    assert spans[0] == [
        *("Der", "Ukraine-Krieg", "–", "so", "Prof", ".", "Dr", ".", "-", "Ing", ".", "Weber", "–", "koste"),
        *("„", "Milliarden", "“", "…", "Das", "sagte", "er", "am", "3.10", ".", "in", "Kyjiw", "."),
    ]
    assert spans[1][17:19] == [64, 67] and spans[2][17:19] == [65, 70]  # "…", then "Das" after the break
    assert words == [
        *("Der", "Ukraine-Krieg", "so", "Prof.", "Dr.", "Ing.", "Weber", "koste", "Milliarden", "Das"),
        *("sagte", "er", "am", "3.10.", "in", "Kyjiw."),
    ]
