"""Populist language after Gründl's German populism dictionary (``data/lexicons/
populism_gruendl_de``, CC0): anti-elitism, people-centrism and sovereignty, own voice vs quoted.

The dictionary's patterns are R regular expressions for lower-cased text. At load time they are
translated (POSIX classes to Python, "(.*)" and ".*" to "\\w*" so no pattern runs across words)
and anchored to word boundaries. Each pattern runs only on texts that contain its required
literal ("partei" for "alt(-)?partei(en)?"): which literals a text holds is read off its word
types (remembered per word, so a corpus pays once per new word), and only those patterns run, in
windows around the literal. One pass of the full 238-way expression would cost a quarter of a
second per article.
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache

from ..errors import DataFileError
from ..model import Doc, Span
from ..resources import data_path
from .voice import voice

DIMENSIONS = ("anti_elitism", "people_centrism", "sovereignty")
FEATURES = {
    "populism.per_1k": "populist expressions in the outlet's own voice per 1,000 words",
    **{
        f"populism.{d}_per_1k": f"{d.replace('_', ' ')} expressions in the own voice per 1,000 words"
        for d in DIMENSIONS
    },
    "populism.quoted_per_1k": "populist expressions inside quotes per 1,000 words",
}


def translate(pattern: str) -> str:
    """An R dictionary pattern as a Python pattern confined to word boundaries."""
    python = pattern.strip()
    python = python.replace("[^[:space:]]", r"\S").replace("[[:space:]]", r"\s")
    python = python.replace("(.*)", r"\w*").replace(".*", r"\w*")
    return rf"(?<!\w)(?:{python})(?!\w)"


_OPTIONAL_OR_GROUP = re.compile(r"\([^()]*\)[?*]?|\[[^\]]*\][?*+]?|\\\w[*+?]?")


def required_literal(pattern: str) -> str | None:
    """The longest piece of plain text every match must contain ("partei" in "alt(-)?partei(en)?"),
    so a pattern only runs on texts that contain it; None when there is no piece of 3+ letters."""
    plain, previous = pattern.strip(), None
    while plain != previous:  # innermost groups first, until no group is left
        plain, previous = _OPTIONAL_OR_GROUP.sub(" ", plain), plain
    pieces = [piece for piece in re.split(r"[^\w-]+", plain) if len(piece) >= 3 and "-" not in piece]
    return max(pieces, key=len) if pieces else None


@cache
def dictionary() -> list[tuple[str | None, re.Pattern[str], dict[str, str]]]:
    """(required literal, compiled pattern, dictionary row) for every entry."""
    path = data_path("lexicons", "populism_gruendl_de.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    entries = []
    for number, row in enumerate(rows, 2):
        try:
            compiled = re.compile(translate(row["pattern"]))
        except re.error as error:
            raise DataFileError(path, f"pattern {row['pattern']!r}: {error}", number) from error
        entries.append((required_literal(row["pattern"]), compiled, row))
    return entries


WINDOW = 80  # characters around a literal in which its pattern may match


@lru_cache(maxsize=200_000)
def _literals_in(word: str) -> frozenset[str]:
    """The dictionary's required literals inside one lower-case word, remembered per word type:
    a pattern is tried only on texts with a word containing its literal."""
    return frozenset(literal for literal, _, _ in dictionary() if literal and literal in word)


def _windows(text: str, literal: str | None) -> list[tuple[int, int]]:
    """Stretches of ``text`` around each occurrence of ``literal`` (the whole text without one)."""
    if literal is None:
        return [(0, len(text))]
    windows: list[tuple[int, int]] = []
    position = text.find(literal)
    while position != -1:
        start, end = max(0, position - WINDOW), min(len(text), position + len(literal) + WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
        position = text.find(literal, position + 1)
    return windows


def annotate(doc: Doc) -> list[Span]:
    lower = doc.text.lower()
    if len(lower) != len(doc.text):  # keep offsets: a few characters lower-case to two ("İ")
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in doc.text)
    present: set[str] = set()
    for form in {form for form, _ in doc.token_keys()}:
        present.update(_literals_in(form))
    found = set()
    for index, (literal, pattern, _) in enumerate(dictionary()):
        if literal is not None and literal not in present:
            continue
        for window_start, window_end in _windows(lower, literal):
            found |= {
                (m.start(), m.end(), index)
                for m in pattern.finditer(lower, window_start, window_end)
                if m.end() > m.start()
            }
    rows = [row for _, _, row in dictionary()]
    found = [(start, end, rows[index]) for start, end, index in found]
    spans, taken_until = [], -1
    for start, end, row in sorted(found, key=lambda f: (f[0], -f[1])):
        if start < taken_until:
            continue  # overlapping entries: the longest match at a position wins
        taken_until = end
        attrs = {
            "style": row["style"],
            "sub_type": row["sub_type"],
            "pattern": row["pattern"],
            "voice": voice(doc.text, start, end),
        }
        spans.append(Span(start, end, "populism", row["dimension"].replace("-", "_"), attrs=attrs))
    return spans


def score(doc: Doc, spans: list[Span]) -> dict[str, float]:
    words = doc.word_count()

    def per_1k(count: int) -> float:
        return 1000 * count / words if words else 0.0

    own = [s for s in spans if s.attrs["voice"] == "own"]
    features = {"populism.per_1k": per_1k(len(own))}
    for dimension in DIMENSIONS:
        features[f"populism.{dimension}_per_1k"] = per_1k(sum(s.label == dimension for s in own))
    features["populism.quoted_per_1k"] = per_1k(len(spans) - len(own))
    return features
