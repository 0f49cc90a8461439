"""Outlet × measure tables with bootstrap 95 % confidence intervals.

How uncertainty is estimated depends on what there is to resample:
- an outlet with one article: its sentences are resampled with replacement ("sentences" method),
  so the interval says how much the number depends on which sentences the article happens to
  contain. Each sentence is drawn with its annotations as found in the whole article (a speaker
  resolved from an earlier sentence stays resolved), as its additive statistics
  (``measures.additive``: words, syllables, markers, quotes, tone scores … per sentence): a
  resample's features are the families' formulas applied to the sums of the statistics of the
  sentences drawn, so nothing is analysed again and a resample costs a matrix product;
- an outlet with several articles: the articles are resampled ("articles" method).
Differences are each outlet's value minus the mean of the other outlets of the same comparison,
with an interval from the same resamples. An interval that excludes 0 marks a difference worth
pointing at; with few articles it is wide, and the table says how many articles it rests on.
A feature the statistics do not give (none of the families' today) gets no interval (NaN).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..choices import DEFAULT_RESAMPLES
from ..measures import MEASURED_LANGUAGES, features_from_totals
from ..measures.additive import Totals
from ..model import Doc


@dataclass
class SentenceTable:
    """One article's per-sentence statistics (``Doc.sentence_stats``) as sentences × statistics,
    the statistics that are not zero throughout, by name in sorted order (so an article from
    files and from the store gives the same array, except that the store's leaves out those the
    compared features' formulas do not read)."""

    names: list[str]
    values: np.ndarray

    @classmethod
    def of(cls, stats: dict[str, list[float]]) -> SentenceTable:
        names = sorted(name for name, column in stats.items() if any(column))
        sentences = len(next(iter(stats.values()))) if stats else 0
        values = np.array([stats[name] for name in names], dtype=float).reshape(len(names), sentences)
        return cls(names, values.T.copy())

    @property
    def sentences(self) -> int:
        """Sentences the article has (0: nothing to resample)."""
        found = self.names.index("sentences") if "sentences" in self.names else None
        return 0 if found is None else int(self.values[:, found].sum())


def _bounds(samples: np.ndarray, features: int) -> tuple[np.ndarray, np.ndarray]:
    """The 2.5th and 97.5th percentiles of each column of resamples × features (NaN without any)."""
    if not len(samples):
        return np.full(features, np.nan), np.full(features, np.nan)
    low, high = np.percentile(samples, [2.5, 97.5], axis=0)
    return low, high


@dataclass
class OutletArticles:
    """One outlet's measured articles in a comparison, in article-id order: their feature values
    (articles × features) and, when it is the outlet's only article, its sentence statistics,
    whose sentences are resampled."""

    values: np.ndarray
    lone: SentenceTable | None = None


def measured(docs: Sequence[Doc]) -> list[Doc]:
    """The articles the measures were computed for (German ones; others carry a language warning)."""
    return [doc for doc in docs if doc.article.language in MEASURED_LANGUAGES]


def compared_outlet(outlet: str | None) -> str:
    """The name an article's outlet is compared under ("unknown" when none is named)."""
    return outlet or "unknown"


def by_outlet(docs: Sequence[Doc]) -> dict[str, list[Doc]]:
    """The measured articles grouped by outlet (``compared_outlet``)."""
    groups: dict[str, list[Doc]] = {}
    for doc in measured(docs):
        groups.setdefault(compared_outlet(doc.article.outlet), []).append(doc)
    return groups


def outlet_groups(docs: Sequence[Doc], features: Sequence[str]) -> dict[str, OutletArticles]:
    """The measured articles by outlet (in the order outlets first appear), as compared."""
    groups = {}
    for outlet, members in by_outlet(docs).items():
        members = sorted(members, key=lambda doc: doc.article.id)
        values = np.array([[d.features.get(f, 0.0) for f in features] for d in members], dtype=float)
        lone = SentenceTable.of(members[0].sentence_stats) if len(members) == 1 else None
        groups[outlet] = OutletArticles(values.reshape(len(members), len(features)), lone)
    return groups


def compare_outlets(
    docs: Sequence[Doc],
    features: Sequence[str] | None = None,
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
) -> pd.DataFrame:
    """One row per outlet and feature: value, 95 % CI, difference to the other outlets and its CI.

    Articles that were not measured (not German: no lexicon measures) are left out rather than
    counted as zeros; ``measured`` tells which those are."""
    if features is None:
        features = sorted({name for doc in measured(docs) for name in doc.features})
    groups = outlet_groups(docs, features)
    return compare_groups(groups, features, resamples=resamples, seed=seed)


def compare_groups(
    groups: dict[str, OutletArticles],
    features: Sequence[str],
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
) -> pd.DataFrame:
    """``compare_outlets`` on articles already grouped by outlet (rows in the groups' order), so a
    corpus store can hand over feature values and sentence statistics without rebuilding documents."""
    [table] = compare_events([("", groups)], features, resamples=resamples, seed=seed)
    return table.drop(columns="event").astype(dict.fromkeys(("outlet", "feature", "method"), str))


SAMPLE_CELLS_PER_BATCH = 2_000_000  # resampled values (outlets × resamples × features) compared together


def compare_events(
    events: Iterable[tuple[str, dict[str, OutletArticles]]],
    features: Sequence[str],
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
) -> Iterator[pd.DataFrame]:
    """``compare_groups`` of each (event name, groups), several events to a table with the event's
    name first, a table per ``event_batches`` batch (memory: its resamples): a batch's lone
    articles get the families' formulas in one call and its intervals come from one sort, so
    thousands of small events cost little more than their rows. Each event is resampled by a
    generator set back to ``seed``: its numbers do not depend on the events beside it. At least one
    table, empty (with the columns) when there is nothing to compare."""
    rng = np.random.default_rng(seed)
    start = rng.bit_generator.state  # set back for every event: cheaper than a new generator
    tables = 0
    for batch in event_batches(events, len(features), resamples):
        drawn = []
        for name, groups in batch:
            rng.bit_generator.state = start
            drawn.append(_Drawn.of(name, groups, features, resamples, rng))
        yield _compared(drawn, features)
        tables += 1
    if not tables:
        yield _compared([], features)


def event_batches(
    events: Iterable[tuple[str, dict[str, OutletArticles]]], features: int, resamples: int
) -> Iterator[list[tuple[str, dict[str, OutletArticles]]]]:
    """The events in the batches ``compare_events`` compares together: each closed as soon as its
    resampled values (outlets × resamples × features) reach SAMPLE_CELLS_PER_BATCH."""
    batch: list[tuple[str, dict[str, OutletArticles]]] = []
    cells = 0
    for event in events:
        batch.append(event)
        cells += len(event[1]) * resamples * features
        if cells >= SAMPLE_CELLS_PER_BATCH:
            yield batch
            batch, cells = [], 0
    if batch:
        yield batch


def joined_tables(tables: list[pd.DataFrame]) -> pd.DataFrame:
    """Tables of ``compare_events`` as one, their names still categories (codes, not texts); tables
    without rows (and maybe without the difference columns) left out unless all are."""
    from pandas.api.types import union_categoricals

    tables = [table for table in tables if len(table)] or tables[:1]
    if len(tables) == 1:
        return tables[0]
    return pd.DataFrame(
        {
            name: union_categoricals([table[name] for table in tables])
            if isinstance(column.dtype, pd.CategoricalDtype)
            else np.concatenate([table[name].to_numpy() for table in tables])
            for name, column in tables[0].items()
        }
    )


@dataclass
class _Drawn:
    """One event's outlets with their bootstrap samples (resamples × features of the outlet's mean
    features; a lone article's filled in by ``_apply_formulas``) and methods."""

    event: str
    groups: dict[str, OutletArticles]
    samples: dict[str, np.ndarray]
    methods: dict[str, str]
    lone: list[_Lone]

    @classmethod
    def of(cls, event: str, groups: dict[str, OutletArticles], features: Sequence[str], resamples: int, rng):
        # resampled by outlet name and article id: the same intervals whatever order the articles came in
        samples, methods, lone = {}, {}, []
        for outlet in sorted(groups):
            group = groups[outlet]
            if group.lone is None:
                picks = rng.integers(0, len(group.values), (resamples, len(group.values)))
                samples[outlet], methods[outlet] = group.values[picks].mean(axis=1), "articles"
            elif not group.lone.sentences:
                samples[outlet], methods[outlet] = np.zeros((0, len(features))), "none"
            else:
                totals = _resampled_totals(group.lone, resamples, rng)
                samples[outlet], methods[outlet] = np.empty((resamples, len(features))), "sentences"
                lone.append(_Lone(group.lone.names, totals, group.values[0], samples[outlet]))
        return cls(event, groups, samples, methods, lone)


@dataclass
class _Lone:
    """A lone article's resampled sums of statistics (resamples × its statistics), and the samples
    its features' formulas fill in."""

    names: list[str]
    totals: np.ndarray
    values: np.ndarray  # the article's own feature values
    samples: np.ndarray


def _resampled_totals(table: SentenceTable, resamples: int, rng) -> np.ndarray:
    """Resamples × statistics of one article whose sentences are drawn with replacement: each
    resample's multiplicity of every sentence times the statistics."""
    n = len(table.values)
    picks = rng.integers(0, n, (resamples, n))
    counts = np.bincount((picks + n * np.arange(resamples)[:, None]).ravel(), minlength=resamples * n)
    return counts.reshape(resamples, n).astype(float) @ table.values


def _apply_formulas(lones: list[_Lone], features: Sequence[str]) -> None:
    """Fill the lone articles' samples: the families' formulas, which work value by value, applied
    once to all their resampled sums stacked (a statistic an article lacks is 0 in its rows, as the
    formulas take an absent one). A feature the formulas do not give is 0 where the article has
    none of it and NaN where it has (no honest interval)."""
    if not lones:
        return
    names = sorted({name for lone in lones for name in lone.names})
    column = {name: number for number, name in enumerate(names)}
    ends = np.cumsum([len(lone.totals) for lone in lones])
    stacked = np.zeros((int(ends[-1]), len(names)), order="F")  # the formulas read whole statistics
    for lone, end in zip(lones, ends, strict=True):
        stacked[end - len(lone.totals) : end, [column[name] for name in lone.names]] = lone.totals
    found = features_from_totals(
        Totals(dict(zip(names, stacked.T, strict=True)), np.zeros(len(stacked))), wanted=features
    )
    formulas = np.empty((len(stacked), len(features)), order="F")  # filled feature by feature
    missing = [number for number, name in enumerate(features) if name not in found]
    for number, name in enumerate(features):
        if name in found:
            formulas[:, number] = found[name]
    if missing:  # each lone article's rows: 0 where it has none of the feature, else NaN
        values = np.array([lone.values[missing] for lone in lones])
        filled = np.where(values == 0, 0.0, np.nan)
        formulas[:, missing] = np.repeat(filled, [len(lone.totals) for lone in lones], axis=0)
    for lone, end in zip(lones, ends, strict=True):
        lone.samples[:] = formulas[end - len(lone.totals) : end]


ROW_COLUMNS = ["event", "outlet", "feature", "value", "low", "high", "articles", "method"]
DIFFERENCE_COLUMNS = ["difference", "difference_low", "difference_high"]


def _compared(batch: list[_Drawn], features: Sequence[str]) -> pd.DataFrame:
    """The rows of these events: each outlet's block of one row per feature, in the groups' order."""
    _apply_formulas([lone for drawn in batch for lone in drawn.lone], features)
    count = len(features)
    blocks: list[np.ndarray] = []  # each outlet's samples, in row order
    labels: list[tuple[str, str, int, str]] = []  # each block's event, outlet, articles, method
    values: list[np.ndarray] = []
    compared: list[int] = []  # the blocks with a difference to the other outlets
    differences: list[np.ndarray] = []
    difference_samples: list[np.ndarray] = []
    for drawn in batch:
        means = {outlet: _mean(list(group.values)) for outlet, group in drawn.groups.items()}
        for outlet, group in drawn.groups.items():
            others = sorted(o for o in drawn.groups if o != outlet)
            if others and len(drawn.samples[outlet]):
                other_samples = _mean([drawn.samples[o] for o in others if len(drawn.samples[o])])
                compared.append(len(blocks))
                differences.append(means[outlet] - _mean([means[o] for o in others]))
                difference_samples.append(drawn.samples[outlet] - other_samples)
            blocks.append(drawn.samples[outlet])
            values.append(means[outlet])
            labels.append((drawn.event, outlet, len(group.values), drawn.methods[outlet]))
    if not blocks or not count:
        return pd.DataFrame(columns=ROW_COLUMNS)
    low, high = _stacked_bounds(blocks + difference_samples, count)
    events, outlets, articles, methods = zip(*labels, strict=True)
    table: dict[str, Any] = {
        name: _repeated(column, count)
        for name, column in (("event", events), ("outlet", outlets), ("method", methods))
    }
    table["articles"] = np.repeat(articles, count)
    table["feature"] = pd.Categorical.from_codes(
        np.tile(np.arange(count), len(blocks)), categories=list(features)
    )
    table["value"] = np.concatenate(values).astype(float)
    table["low"], table["high"] = low[: len(blocks)].ravel(), high[: len(blocks)].ravel()
    if compared:  # rows of an outlet without others or samples have none (NaN)
        for name, part in zip(
            DIFFERENCE_COLUMNS,
            (np.array(differences), low[len(blocks) :], high[len(blocks) :]),
            strict=True,
        ):
            column = np.full((len(blocks), count), np.nan)
            column[compared] = part
            table[name] = column.ravel()
    return pd.DataFrame({name: table[name] for name in [*ROW_COLUMNS, *DIFFERENCE_COLUMNS] if name in table})


def _mean(arrays: list[np.ndarray]) -> np.ndarray:
    """``np.mean(arrays, axis=0)``, the same numbers without stacking the arrays: numpy sums along
    the first axis array by array, from 0 (so one array's -0 turns 0), then divides by the count."""
    total = arrays[0] + 0.0
    for array in arrays[1:]:
        total += array
    if len(arrays) > 1:
        total /= len(arrays)
    return total


def _repeated(labels: Sequence[str], count: int) -> pd.Categorical:
    """Each label ``count`` times, as categories: a few names over many rows, which tables and
    DuckDB take as codes rather than as one text per row."""
    categories, codes = np.unique(np.asarray(labels, dtype=object), return_inverse=True)
    return pd.Categorical.from_codes(np.repeat(codes, count), categories=categories)


def _stacked_bounds(samples: list[np.ndarray], features: int) -> tuple[np.ndarray, np.ndarray]:
    """``_bounds`` of several outlets' samples (each resamples × features) at once: outlets ×
    features each. A cell whose resamples are all the same number (bit for bit: most features of
    most outlets are 0 in every resample) takes that number without a sort; the others, among
    outlets with the common number of resamples, from one sort (numpy's own percentile selects the
    ranks again per call); any other outlet (none) on its own."""
    low, high = np.full((len(samples), features), np.nan), np.full((len(samples), features), np.nan)
    size = max((len(sample) for sample in samples), default=0)
    together = [number for number, sample in enumerate(samples) if len(sample) == size] if size >= 2 else []
    if together:
        bits = [samples[number].view(np.int64) for number in together]
        constant = np.array([cells.min(axis=0) == cells.max(axis=0) for cells in bits])  # outlets × features
        outlets = np.asarray(together)
        rows, columns = np.nonzero(constant)
        value = np.array([samples[number][0] for number in together])[rows, columns]
        for bound, q in ((low, 2.5), (high, 97.5)):
            bound[outlets[rows], columns] = _percentile_between(value, value, size, q)
        rows, columns = np.nonzero(~constant)
        if len(rows):  # varying cells × resamples, outlet by outlet as np.nonzero gives them
            ordered = np.concatenate(
                [samples[number][:, ~constant[row]].T for row, number in enumerate(together)]
            )
            ordered.sort(axis=1)  # in place: the gathered cells are the one copy
            for bound, q in ((low, 2.5), (high, 97.5)):
                bound[outlets[rows], columns] = _sorted_percentile(ordered, q)
    for number in sorted(set(range(len(samples))) - set(together)):
        low[number], high[number] = _bounds(samples[number], features)
    return low, high


def _sorted_percentile(ordered: np.ndarray, q: float) -> np.ndarray:
    """numpy's default (linear) percentile ``q`` along the last axis of an array sorted along it,
    computed as numpy computes it (the same float operations, so the same numbers; NaN where one is)."""
    size = ordered.shape[-1]
    below = int(np.floor((size - 1) * (np.float64(q) / 100)))
    result = _percentile_between(ordered[..., below], ordered[..., below + 1], size, q)
    result[np.isnan(ordered[..., -1])] = np.nan  # NaN sorts last
    return result


def _percentile_between(a: np.ndarray, b: np.ndarray, size: int, q: float) -> np.ndarray:
    """numpy's linear percentile ``q`` of ``size`` sorted values, from the two values at the ranks
    around it, with numpy's float operations."""
    position = (size - 1) * (np.float64(q) / 100)
    gamma = position - np.floor(position)
    difference = b - a
    return b - difference * (1 - gamma) if gamma >= 0.5 else a + difference * gamma
