"""Per-sentence additive statistics: the numbers every feature is computed from.

Each family gives ``sentence_stats(doc, spans) -> Stats`` (statistic → its value in each sentence)
and ``features_from_totals(totals) -> {feature: value}``; ``measures.score`` is the latter applied to
the sums over all sentences, so one formula serves the article and a bootstrap resample of its
sentences (``framing.compare.stats``: totals of resamples × statistics, numpy arrays). The text is
cut into one cell per sentence (a cell runs from its sentence's start to the next one's, the first
from 0, the last to the end of the text; a text without sentences is one cell counting 0
sentences), so characters and spans between sentences count too and the sums are exact.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import repeat
from typing import Any

import numpy as np

from ..model import Doc

Stats = dict[str, list[float]]  # statistic → its value in each cell (sentence), in text order
Number = Any  # a float (one article) or a numpy array (one value per resample)


class Totals(dict):
    """Statistics summed over an article's sentences (floats) or over resamples (arrays, one value
    each); a statistic never counted is zero."""

    def __init__(self, columns: dict[str, Number], zero: Number = 0.0) -> None:
        super().__init__(columns)
        self.zero = zero

    def __missing__(self, name: str) -> Number:
        return self.zero

    def named(self, prefix: str) -> list[str]:
        """The statistics starting with ``prefix``, sorted."""
        return sorted(name for name in self if name.startswith(prefix))

    def values_of(self, names: list[str]) -> list[Number]:
        """``self[name]`` of each of ``names``, read by one ``map``: no Python call (``__missing__``)
        for each statistic never counted, most of a family with many features."""
        return list(map(self.get, names, repeat(self.zero)))


class ReadingTotals(Totals):
    """Totals that note the statistics read from them: formulas applied to these tell which
    statistics a comparison of some features needs (``measures.statistics_read``)."""

    def __init__(self, columns: dict[str, Number], zero: Number = 0.0) -> None:
        super().__init__(columns, zero)
        self.read: set[str] = set()

    def __getitem__(self, name: str) -> Number:
        self.read.add(name)
        return super().__getitem__(name)

    def named(self, prefix: str) -> list[str]:
        found = super().named(prefix)
        self.read.update(found)
        return found

    def values_of(self, names: list[str]) -> list[Number]:
        self.read.update(names)
        return super().values_of(names)


def totals_of(stats: Stats) -> Totals:
    """An article's totals: each statistic summed over its sentences in text order."""
    return Totals({name: sum(values) for name, values in stats.items()})


def ratio(numerator: Number, denominator: Number, scale: float = 1.0) -> Number:
    """``scale * numerator / denominator``, 0 where the denominator is 0 (floats or arrays)."""
    if isinstance(denominator, np.ndarray) or isinstance(numerator, np.ndarray):
        top, bottom = np.broadcast_arrays(
            scale * np.asarray(numerator, float), np.asarray(denominator, float)
        )
        return np.divide(top, bottom, out=np.zeros(bottom.shape), where=bottom != 0)
    return scale * numerator / denominator if denominator else 0.0


def rounded_mean(total: Number, count: Number) -> Number:
    """``total / count`` to 4 decimals, 0 without a count (the tone means' rounding)."""
    if isinstance(count, np.ndarray) or isinstance(total, np.ndarray):
        return np.round(ratio(total, count), 4)
    return round(total / count, 4) if count else 0.0


def only_where(condition: Number, value: Number) -> Number:
    """``value`` where ``condition`` holds, else 0."""
    if isinstance(condition, np.ndarray):
        return np.where(condition, value, 0.0)
    return value if condition else 0.0


def cells(doc: Doc) -> int:
    """How many cells the text is cut into: one per sentence, one for a text without any."""
    return max(1, len(doc.sentences))


def cell_starts(doc: Doc) -> list[int]:
    """Where each cell starts (the first at 0)."""
    return [0, *(sentence.start for sentence in doc.sentences[1:])]


def cell_at(starts: list[int], position: int) -> int:
    """The cell holding ``position``."""
    return max(0, bisect_right(starts, position) - 1)


class Tally:
    """Per-cell statistics being counted: ``add(name, cell)`` adds to one cell's value."""

    def __init__(self, doc: Doc) -> None:
        self.size = cells(doc)
        self.stats: Stats = {}

    def add(self, name: str, cell: int, amount: float = 1.0) -> None:
        column = self.stats.get(name)
        if column is None:
            column = self.stats[name] = [0.0] * self.size
        column[cell] += amount

    def count(self, name: str, found: Iterable[int]) -> None:
        """One for each cell number in ``found``, as one ``add`` each would count it (the column made at
        the first), without a call a cell (speed round 44)."""
        column = self.stats.get(name)
        for cell in found:
            if column is None:
                column = self.stats[name] = [0.0] * self.size
            column[cell] += 1.0


def words(totals: Totals) -> Number:
    """Words: tokens that are not punctuation (``Doc.word_count``)."""
    return totals["word_tokens"] + totals["number_tokens"]


def shared_stats(doc: Doc) -> Stats:
    """What several families divide by, per cell: sentences, word and number tokens (``words``),
    characters and quoted characters (``voice.quoted_regions``); counted once. Numbers are
    counted apart from words because they are rare: a store keeps only values that are not 0."""
    from .voice import quoted_regions

    if doc._shared is not None:
        return doc._shared
    size = cells(doc)
    word_counts = doc.sentence_kind_counts("word")  # per sentence in C, where segmentation kept kinds
    if word_counts is not None and doc.sentences:
        counts = {"word": word_counts, "number": doc.sentence_kind_counts("number") or []}
    else:
        counts = {"word": [0.0] * size, "number": [0.0] * size}
        for token in doc.tokens:
            if token.kind != "punct":
                counts["word" if token.kind == "word" else "number"][token.sentence] += 1.0
    starts = cell_starts(doc)
    ends = [*starts[1:], len(doc.text)]
    characters = [float(end - start) for start, end in zip(starts, ends, strict=True)]
    quoted = [0.0] * size
    for start, end in quoted_regions(doc.text):
        for cell in range(cell_at(starts, start), cell_at(starts, max(start, end - 1)) + 1):
            quoted[cell] += max(0, min(end, ends[cell]) - max(start, starts[cell]))
    sentences = [1.0] * len(doc.sentences) or [0.0]
    doc._shared = {
        "sentences": sentences,
        "word_tokens": counts["word"],
        "number_tokens": counts["number"],
        "characters": characters,
        "quoted_characters": quoted,
    }
    return doc._shared
