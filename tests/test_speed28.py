"""Speed round 28: the JSON output written by orjson where it writes what ``json.dumps`` writes, by
the standard library everywhere else, the same text either way; cleaning by the whole rule set where
a narrowed view would first need its alternations compiled, the same result."""

from __future__ import annotations

import json
import math
import struct
from enum import Enum, IntEnum
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import clean, output
from framing.clean import Rule
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
    assert _indented(value, newline).decode("utf-8", "surrogatepass") == expected


@pytest.mark.parametrize(
    "value",
    [
        {"x": 1e-05, "y": [1.5e-07, 2.5e-09]},  # orjson: 0.00001, 1.5e-7
        {"Anteil": math.nan, "Wert": -math.inf},  # orjson: null
        {"gleich": [math.nan] * 3, "Nutzlast": struct.unpack("<d", bytes.fromhex("0100000000f0ff7f"))[0]},
        {"Farbe": Colour.RED, "Stufe": Level.HIGH},  # orjson: "rot" where json.dumps writes Colour.RED
        {"n": 2**64, "Text": "Scholz \ud800"},  # orjson raises
        {1: "eins", None: "nichts", 1e-07: "klein"},
        {"Rede": "Scholz sprach von 1e-5 und 0.00001 Prozent"},  # only looks like an odd float
        {"leer": [], "nichts": {}, "tupel": (1, "zwei")},
    ],
)
def test_values_orjson_writes_otherwise_go_to_the_standard_library(value):
    # as to_json reads the bytes: a lone surrogate (orjson refuses it) kept as its three bytes
    assert _indented(value, "\n      ").decode("utf-8", "surrogatepass") == dumped(value, "\n      ")


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


NEWS = (
    "Berlin (dpa) - Der Kanzler hat am Montag in Berlin Stellung genommen. „Wir stehen zusammen“, "
    "sagte er.\n\nFolgen Sie uns auf Facebook und abonnieren Sie unseren Newsletter.\n\nFoto: dpa\n\n"
    "Die Opposition kritisierte den Plan als zu teuer. (red)"
)
PLAIN = "Die Stadt plant neue Radwege.\n\nDer Bürgermeister sagte, das Geld sei da."


def test_a_set_of_absent_rules_met_first_is_cleaned_by_the_whole_set_then_by_its_view():
    whole = clean.RuleSet(clean.generic_rules())  # nothing compiled but the whole set's alternations
    assert whole.for_text(NEWS) is whole
    view = whole.for_text(NEWS)  # met twice: its alternations compiled
    assert view is not whole and view is whole.for_text(NEWS)
    assert whole.for_text(PLAIN) is whole  # another set of absent rules, met once
    long = PLAIN + "\n\n" + "Die Stadt plant neue Radwege. " * 400  # past WHOLE_SET_CHARS
    assert len(long) > clean.WHOLE_SET_CHARS and whole.for_text(long) is not whole
    user = Rule(
        "line", "Gewinnspiel", r"(?i).*gewinnspiel.*", source=Path("boilerplate.toml"), label="rule #1"
    )
    with_user = clean.RuleSet((*clean.generic_rules(), user))
    assert with_user.for_text(NEWS) is not with_user  # the user's rule is absent: the view skips it


@pytest.mark.parametrize("text", [NEWS, PLAIN])
def test_the_whole_set_cleans_as_the_view_does(text, monkeypatch):
    def cleaned():
        clean.rule_set.cache_clear()
        result = clean.clean(text)
        return result.text, [(r.text, r.reason, r.line) for r in result.removed], result.title, result.credits

    by_whole = cleaned()
    monkeypatch.setattr(clean, "WHOLE_SET_CHARS", 0)  # every text by its view
    assert cleaned() == by_whole
    clean.rule_set.cache_clear()
    if text is NEWS:
        assert by_whole[0].startswith("Berlin (dpa) - Der Kanzler") and "Newsletter" not in by_whole[0]
        assert ("Foto: dpa", "photo caption or credit", 5) in by_whole[1]
