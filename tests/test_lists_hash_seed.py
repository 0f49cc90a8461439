"""The speaker and source-type lists read the same in every process: no answer may hang on the order in
which Python iterates a set of strings, which the hash seed sets (a listed role that is also another role's
inflection, "Ökonomen", got its gender from whichever came first)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from framing.speakers import noun_kind

ROOT = Path(__file__).resolve().parent.parent
DIGEST = """
import dataclasses, hashlib
from framing.sources import registry
from framing.speakers import speech_words
def plain(value):
    if isinstance(value, dict):
        return [(key, plain(item)) for key, item in value.items()]
    if isinstance(value, (set, frozenset)):
        return sorted(repr(plain(item)) for item in value)
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if dataclasses.is_dataclass(value):
        return [(field.name, plain(getattr(value, field.name))) for field in dataclasses.fields(value)]
    return value if isinstance(value, (str, int, float, bool, type(None))) else type(value).__name__
print(hashlib.sha256(repr([plain(speech_words()), plain(registry())]).encode()).hexdigest())
"""


def _digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", DIGEST], env=env, capture_output=True, text=True, check=True)
    return run.stdout.strip()


def test_the_speaker_and_source_type_lists_are_the_same_under_every_hash_seed():
    # dicts compared in their insertion order, tuples in theirs: both must not depend on a set's order
    assert len({_digest(seed) for seed in ("1", "2", "3")}) == 1


def test_a_listed_plural_that_is_also_an_inflection_has_no_single_gender():
    # "Ökonomen" is listed and is "Ökonom" + "en": plural or oblique singular, so either gender
    assert noun_kind("Ökonomen") == ("role", "")
    assert noun_kind("Ökonom") == ("role", "m")
