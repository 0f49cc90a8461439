"""Issue 16, speed round 34 (branch speed34): the JSON output's checks read marshal's bytes and orjson
nests a value itself, the same text; the per-word answers and word lists remembered in plain dicts in
the compiled build and by ``functools`` caches in pure Python, the same answers; ``Quote`` and
``sources.Source`` write their own ``__init__``, built, compared, hashed and pickled as before."""

from __future__ import annotations

import copy
import dataclasses
import json
import marshal
import math
import pickle
import subprocess
import sys
from functools import _lru_cache_wrapper

import pytest

from framing import resources
from framing.measures import hedging
from framing.model import Quote
from framing.output import _indented, _non_finite, _small_float
from framing.sources import Source, _forms
from framing.speakers import _known_word, flag_tables, noun_kind, speech_words

ORJSON_OTHERWISE = [1e-05, -1.5e-07, 1e-09, 9.99e-05, -6.2e-05, math.nan, math.inf, -math.inf]
ORJSON_THE_SAME = [0.5, -0.25, 1.0, 0.0002, 0.00025, 9.3e-10, 1e-10, 1e16, 5e-324, -0.0, 123.75]


@pytest.mark.parametrize("value", ORJSON_OTHERWISE)
def test_a_float_orjson_writes_otherwise_is_found_in_marshals_bytes(value: float) -> None:
    record = {"Anteil": [0.5, {"Wert": value}], "Text": "Scholz sagte, die Preise seien gestiegen."}
    dumped = marshal.dumps(record)
    assert _non_finite(dumped) or _small_float(dumped)


@pytest.mark.parametrize("value", ORJSON_THE_SAME)
def test_a_float_both_write_alike_is_no_alarm(value: float) -> None:
    record = {"Anteil": [value, 3, value], "Rede": "Kosten von 1e-5 und 0.00001 Prozent? Ja > nein"}
    dumped = marshal.dumps(record)
    assert not _non_finite(dumped) and not _small_float(dumped)


def test_a_value_nested_by_orjson_is_what_json_dumps_writes_at_its_depth() -> None:
    value = {
        "text": "„Wir lassen niemanden allein“, sagte Kanzler Olaf Scholz in Berlin.",
        "spans": [{"start": 0, "end": 33, "attrs": {}}, {"score": 0.25, "list": []}],
        "leer": {},
    }
    for newline in ("\n", "\n  ", "\n    ", "\n      "):
        expected = json.dumps(value, ensure_ascii=False, indent=2, default=str).replace("\n", newline)
        assert _indented(value, newline).decode() == expected
    assert _indented([], "\n    ").decode() == "[]" and _indented("Scholz", "\n  ").decode() == '"Scholz"'


def test_pure_python_calls_the_functools_caches() -> None:
    for function in (noun_kind, _known_word, _forms, hedging.is_participle, speech_words, flag_tables):
        assert isinstance(function, _lru_cache_wrapper)


# The compiled build's forms, run in pure Python: ``in_pure_python`` made a no-op before the modules load
COMPILED_FORMS = """
from framing import memo
memo.in_pure_python = lambda namespace, function, pure: None
from framing import resources, speakers, sources
from framing.measures import hedging
assert not hasattr(speakers.noun_kind, "cache_info")
print(speakers.noun_kind("Sprecherin"), speakers.noun_kind("Innenministerium"), speakers.noun_kind("Angela"))
print(speakers._known_word("haus"), speakers._known_word("qwzxh"), sources._forms("staatsanwälte"))
print(hedging.is_participle("kritisiert"), hedging.is_participle("Haus"), hedging.is_participle("kritisiert"))
words, tables = speakers.speech_words(), speakers.flag_tables()
print(words is speakers.speech_words(), tables is speakers.flag_tables(), "sagen" in words.verbs)
resources.reset()
print(words is not speakers.speech_words(), tables is not speakers.flag_tables(), speakers.noun_kind("Frau"))
"""


def test_the_compiled_builds_plain_dict_memos_give_the_same_answers() -> None:
    done = subprocess.run([sys.executable, "-c", COMPILED_FORMS], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [
        "('role', 'f') ('organisation', '') ('given', 'f')",
        "True False ('staatsanwälte', 'staatsanwält', 'staatsanwalt')",
        "True False True",
        "True True True",
        "True True ('role', 'f')",
    ]
    assert noun_kind("Sprecherin") == ("role", "f") and _forms("staatsanwälte")[-1] == "staatsanwalt"


def test_quotes_and_sources_are_built_as_the_dataclasses_were() -> None:
    quote = Quote(10, 52, True, "Olaf Scholz", speaker_start=60, speaker_end=71, party="SPD")
    assert (quote.label, quote.actor, quote.via, quote.source_cue) == ("direct", None, None, None)
    assert quote == Quote(10, 52, True, "Olaf Scholz", speaker_start=60, speaker_end=71, party="SPD")
    assert hash(quote) == hash(dataclasses.replace(quote)) and pickle.loads(pickle.dumps(quote)) == quote
    assert dataclasses.replace(quote, label="partial").label == "partial"
    with pytest.raises(dataclasses.FrozenInstanceError):
        quote.start = 11  # type: ignore[misc]
    source = Source("parliament", "SPD")
    assert (source.type, source.party, source.cue) == ("parliament", "SPD", None)
    assert source == Source(type="parliament", party="SPD")
    assert {source, Source("parliament", "SPD")} == {source} and pickle.loads(pickle.dumps(source)) == source
    assert copy.deepcopy(quote) == quote and copy.copy(source) == source
    with pytest.raises(dataclasses.FrozenInstanceError):
        source.cue = "Kanzler"  # type: ignore[misc]
    resources.reset()


def test_a_string_that_looks_like_a_small_float_to_marshals_bytes_is_still_written_by_orjson(monkeypatch):
    value = {"Rede": "Zeitung 123456> Scholz", "Anteil": 0.25}  # "g", 7 bytes, then ">" (0x3E)
    assert _small_float(marshal.dumps(value)) and not _non_finite(marshal.dumps(value))
    expected = json.dumps(value, ensure_ascii=False, indent=2, default=str).replace("\n", "\n    ")

    def refuse(*args, **kwargs):
        raise AssertionError("the standard library's encoder was used")

    monkeypatch.setattr("framing.output.json.dumps", refuse)
    assert _indented(value, "\n    ").decode() == expected
