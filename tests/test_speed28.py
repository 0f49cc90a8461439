"""Speed round 28: the JSON output written by orjson where it writes what ``json.dumps`` writes, by
the standard library everywhere else; the same text either way."""

from __future__ import annotations

import json
import math
from enum import Enum, IntEnum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import output
from framing.output import _indented, to_json
from framing.pipeline import Analysis, doc_from_text


def dumped(value, newline: str = "\n") -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str).replace("\n", newline)


class Colour(Enum):
    RED = "rot"


class Level(IntEnum):
    HIGH = 2


class Name(str):
    pass


TEXT = (
    "Kanzler Olaf Scholz sagte, die Preise seien um 7,9 Prozent gestiegen. „Wir lassen niemanden "
    "allein“, sagte er in Berlin. Kritiker sprechen von einem Skandal und einer Katastrophe."
)

ODD_FLOATS = [1e16, -0.0, 1e-05, -1.5e-07, 9.99e-05, 1e-10, 0.0001, math.nan, math.inf, -math.inf, 5e-324]
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)  # past 64 bits orjson has no form
    | st.floats()
    | st.floats(min_value=1e-10, max_value=1e-3)  # where the two write floats differently
    | st.sampled_from(ODD_FLOATS)
    | st.text()
    | st.sampled_from(
        ["\ud800", "a\udfff b", "\u2028\u2029", '\x00\x1f\x7f"\\', "0.00001", "1e-7", "Kosten 1e-5 €"]
    )
    | st.sampled_from([Colour.RED, Level.HIGH, Name("Scholz"), b"bytes", {1, 2}, 1 + 2j])
)
keys = (
    st.text() | st.integers(min_value=-(2**65), max_value=2**65) | st.sampled_from([True, None, 2.5, 1e-07])
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(keys, inner, max_size=5) | st.tuples(inner, inner)
    ),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None)
@given(values, st.sampled_from(["\n", "\n    "]))
def test_written_as_json_dumps_writes_any_value(value, newline):
    try:
        expected = dumped(value, newline)
    except (TypeError, ValueError):  # a key json.dumps refuses (an Enum, bytes)
        with pytest.raises((TypeError, ValueError)):
            _indented(value, newline)
        return
    assert _indented(value, newline) == expected


@pytest.mark.parametrize(
    "value",
    [
        {"x": 1e-05, "y": [1.5e-07, 2.5e-09]},  # orjson: 0.00001, 1.5e-7
        {"Anteil": math.nan, "Wert": -math.inf},  # orjson: null
        {"Farbe": Colour.RED, "Stufe": Level.HIGH},  # orjson: "rot" where json.dumps writes Colour.RED
        {"n": 2**64, "Text": "Scholz \ud800"},  # orjson raises
        {1: "eins", None: "nichts", 1e-07: "klein"},
        {"Rede": "Scholz sprach von 1e-5 und 0.00001 Prozent"},  # only looks like an odd float
        {"leer": [], "nichts": {}, "tupel": (1, "zwei")},
    ],
)
def test_values_orjson_writes_otherwise_go_to_the_standard_library(value):
    assert _indented(value, "\n      ") == dumped(value, "\n      ")


def test_a_circular_value_is_refused_as_json_dumps_refuses_it():
    value: list = ["Scholz"]
    value.append(value)
    with pytest.raises(ValueError, match="Circular"):
        _indented(value, "\n")


def test_a_german_article_is_written_without_the_standard_librarys_encoder(monkeypatch):
    doc = doc_from_text(TEXT)
    expected = to_json(Analysis(docs=[doc]))

    def refuse(*args, **kwargs):
        raise AssertionError("json.dumps called")

    monkeypatch.setattr(output.json, "dumps", refuse)
    written = to_json(Analysis(docs=[doc]))
    assert written == expected
    article = json.loads(written)["articles"][0]
    assert article["text"] == TEXT
    quote = next(span for span in article["spans"] if span["label"] == "direct")
    assert (quote["text"], quote["attrs"]["speaker"]) == (
        "Wir lassen niemanden allein",
        "Kanzler Olaf Scholz",
    )
    assert '\n    {\n      "id": ' in written  # an article nested two levels deep
