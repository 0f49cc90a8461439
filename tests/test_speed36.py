"""Issue 16, speed round 36 (branch speed36): the JSON writer's check that orjson writes a value as
``json.dumps`` does, by a walk over the value in the compiled build (``_written_alike``) and from
``marshal``'s bytes in pure Python (``_marshalled_alike``); readability's per-cell word sums by a loop
(compiled) or numpy (pure); the tokens made by a loop (compiled) or ``map`` (pure): the same output."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from enum import Enum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import output
from framing.output import _OTHER, _PLAIN, _SMALL, _indented, _marshalled_alike, _walk
from tests.test_speed28 import ODD_FLOATS, values


class Partei(Enum):
    SPD = "SPD"


SPAN = {
    "start": 0,
    "end": 33,
    "layer": "quote",
    "label": "direct",
    "text": "„Wir lassen niemanden allein“, sagte Kanzler Olaf Scholz.",
    "score": 0.25,
    "attrs": {"speaker": "Olaf Scholz", "party": None, "cues": ["sagte"], "negated": False},
}


def walked(value) -> int:
    return _walk(value, 0)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"spans": [SPAN], "features": {"tone.share": 0.0001}}, _SMALL),
        ({"spans": [SPAN, SPAN], "features": {"tone.share": 0.00025, "frames.n": 3}}, _PLAIN),
        ({"features": {"tone.share": 1e-05}}, _SMALL),
        ({"features": {"tone.share": -1.5e-07}}, _SMALL),
        ({"features": {"tone.share": math.nan}}, _OTHER),
        ({"features": {"tone.share": -math.inf}}, _OTHER),
        ({"attrs": {"party": Partei.SPD}}, _OTHER),
        ({"metadata": {1: "eins"}}, _PLAIN),  # orjson refuses the key (speed round 37)
        ({"metadata": {"tags": {"Berlin"}}}, _OTHER),
        ({"metadata": [b"Scholz"]}, _OTHER),
        ({"quotes": [("Scholz", 1.0, None, True)]}, _PLAIN),
        ([], _PLAIN),
    ],
)
def test_the_walk_tells_what_orjson_writes_as_json_dumps_does(value, expected) -> None:
    assert walked(value) == expected


def test_a_value_nested_deeper_than_the_walk_goes_is_left_to_json_dumps() -> None:
    deep: list = ["Scholz"]
    for _ in range(output._WALK_DEPTH):
        deep = [deep]
    assert walked(deep) == _OTHER and walked(deep[0]) == _PLAIN
    assert _indented(deep, "\n").decode() == json.dumps(deep, ensure_ascii=False, indent=2, default=str)


@pytest.mark.parametrize("value", ODD_FLOATS)
def test_a_float_orjson_writes_otherwise_is_never_plain_to_either_check(value: float) -> None:
    record = {"Anteil": [0.5, {"Wert": value}], "Text": "Scholz sagte, die Preise seien gestiegen."}
    if repr(value) != output.orjson.dumps(value).decode():
        assert walked(record) != _PLAIN and _marshalled_alike(record) != _PLAIN


@settings(max_examples=400, deadline=None)
@given(values, st.sampled_from(["\n", "\n    "]))
def test_written_by_the_walk_as_json_dumps_writes_any_value(value, newline) -> None:
    try:
        expected = json.dumps(value, ensure_ascii=False, indent=2, default=str).replace("\n", newline)
    except (TypeError, ValueError):  # a key json.dumps refuses (an Enum, bytes)
        expected = None
    with pytest.MonkeyPatch.context() as patch:  # the compiled build's check, in pure Python too
        patch.setattr(output, "_written_alike", walked)
        if expected is None:
            with pytest.raises((TypeError, ValueError)):
                _indented(value, newline)
        else:
            assert _indented(value, newline).decode("utf-8", "surrogatepass") == expected


def test_a_german_article_is_written_by_orjson_after_the_walk(monkeypatch) -> None:
    from framing.pipeline import Analysis, doc_from_text
    from tests.test_speed28 import TEXT

    doc = doc_from_text(TEXT)
    expected = output.to_json(Analysis(docs=[doc]))
    monkeypatch.setattr(output, "_written_alike", walked)

    def refuse(*args, **kwargs):
        raise AssertionError("the standard library's encoder was used")

    monkeypatch.setattr("framing.output.json.dumps", refuse)
    assert output.to_json(Analysis(docs=[doc])) == expected


# syllables, words, sentences, cells: "Die Regierung | plant neue | | Sanktionen |"
WORDS = ([1, 3, 2, 1, 4], ["Die", "Regierung", "plant", "neue", "Sanktionen"], [0, 0, 1, 1, 3], 5)

# The compiled build's forms, run in pure Python: ``in_pure_python`` made a no-op before the modules load
COMPILED_FORMS = """
from framing import memo
memo.in_pure_python = lambda namespace, function, pure: None
from framing import output
from framing.measures import readability
from framing.pipeline import doc_from_text
from framing import segment
assert readability.word_sums.__name__ == "word_sums" and output._written_alike.__name__ == "_written_alike"
assert segment._tokens.__name__ == "_tokens"
print(readability.word_sums(*WORDS))
doc = doc_from_text(TEXT)
print(readability.sentence_stats(doc, readability.annotate(doc)))
print(output.to_json(output.Analysis(docs=[doc])) == EXPECTED)
print([(t.start, t.end, t.text, t.lemma, t.kind, t.sentence) for t in doc.tokens])
"""


def test_the_compiled_builds_tokens_word_sums_and_json_check_give_the_same_output() -> None:
    from framing.measures import readability
    from framing.pipeline import Analysis, doc_from_text
    from tests.test_speed28 import TEXT

    doc = doc_from_text(TEXT)
    expected = output.to_json(Analysis(docs=[doc]))
    script = f"TEXT = {TEXT!r}\nEXPECTED = {expected!r}\nWORDS = {WORDS!r}\n" + COMPILED_FORMS
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    sums, stats, same_json, tokens = done.stdout.splitlines()
    numpy_sums = readability._word_sums_by_numpy(*WORDS)
    assert sums == repr(numpy_sums) and same_json == "True"
    assert numpy_sums["readability.syllables"] == [4.0, 3.0, 0.0, 4.0, 0.0]
    assert numpy_sums["readability.long_words"] == [1.0, 0.0, 0.0, 1.0, 0.0]
    assert numpy_sums["readability.monosyllables"] == [1.0, 1.0, 0.0, 0.0, 0.0]
    assert stats == repr(readability.sentence_stats(doc, readability.annotate(doc)))
    assert tokens == repr([(t.start, t.end, t.text, t.lemma, t.kind, t.sentence) for t in doc.tokens])
    assert tokens.startswith("[(0, 7, 'Kanzler', 'Kanzler', 'word', 0), (8, 12, 'Olaf', 'Olaf', 'word', 0)")
