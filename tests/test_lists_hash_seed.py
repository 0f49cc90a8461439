"""The speaker, source-type and actor lists and the lexicons read the same in every process: no answer may
hang on the order in which Python iterates a set of strings, which the hash seed sets (a listed role that is
also another role's inflection, "Ökonomen", got its gender from whichever came first)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from framing.speakers import noun_kind

ROOT = Path(__file__).resolve().parent.parent
LEXICONS = (
    *("emotive_de", "frames_generic_de", "frames_policy_de"),
    *("hedging_de", "polarity_de", "polarity_news_de"),
)
DIGEST = f"""
LEXICONS = {LEXICONS!r}
import dataclasses, hashlib
from framing.actors import actor_lexicon, registry_actors
from framing.lexicons import load_lexicon
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
    if hasattr(value, "__dict__"):
        return [(key, plain(item)) for key, item in sorted(vars(value).items())]
    return value if isinstance(value, (str, int, float, bool, type(None))) else type(value).__name__
lists = [speech_words(), registry(), registry_actors(), actor_lexicon()]
lists += [load_lexicon(name) for name in LEXICONS]
print(hashlib.sha256(repr([plain(item) for item in lists]).encode()).hexdigest())
"""


def _digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", DIGEST], env=env, capture_output=True, text=True, check=True)
    return run.stdout.strip()


def test_the_lists_and_lexicons_are_the_same_under_every_hash_seed():
    # dicts compared in their insertion order, tuples in theirs: both must not depend on a set's order
    assert len({_digest(seed) for seed in ("1", "2", "3")}) == 1


def test_a_listed_plural_that_is_also_an_inflection_has_no_single_gender():
    # "Ökonomen" is listed and is "Ökonom" + "en": plural or oblique singular, so either gender
    assert noun_kind("Ökonomen") == ("role", "")
    assert noun_kind("Ökonom") == ("role", "m")
