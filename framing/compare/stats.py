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

from collections.abc import Sequence
from dataclasses import dataclass

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
    files and from the store gives the same array)."""

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


def resampled_features(
    table: SentenceTable, features: Sequence[str], values: np.ndarray, resamples: int, rng
) -> np.ndarray:
    """Resamples × features of one article whose sentences are drawn with replacement: each
    resample's multiplicity of every sentence times the statistics, then the families' formulas.
    ``values``: the article's own feature values, which say what a feature the formulas do not
    give is (0 where the article has none of it, NaN where it has: no honest interval)."""
    n = len(table.values)
    picks = rng.integers(0, n, (resamples, n))
    counts = np.bincount((picks + n * np.arange(resamples)[:, None]).ravel(), minlength=resamples * n)
    totals = counts.reshape(resamples, n).astype(float) @ table.values
    found = features_from_totals(
        Totals(dict(zip(table.names, totals.T, strict=True)), np.zeros(resamples)), wanted=features
    )
    samples = np.empty((resamples, len(features)))
    for column, (name, value) in enumerate(zip(features, values, strict=True)):
        samples[:, column] = found.get(name, 0.0 if value == 0 else np.nan)
    return samples


def outlet_samples(
    group: OutletArticles, features: Sequence[str], resamples: int, rng
) -> tuple[np.ndarray, str]:
    """Bootstrap samples (resamples × features) of one outlet's mean features, and the method."""
    if group.lone is not None:
        if not group.lone.sentences:
            return np.zeros((0, len(features))), "none"
        return resampled_features(group.lone, features, group.values[0], resamples, rng), "sentences"
    picks = rng.integers(0, len(group.values), (resamples, len(group.values)))
    return group.values[picks].mean(axis=1), "articles"


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
    rng = np.random.default_rng(seed)
    # resampled by outlet name and article id: the same intervals whatever order the articles came in
    values = {outlet: group.values.mean(axis=0) for outlet, group in groups.items()}
    samples, methods = {}, {}
    for outlet in sorted(groups):
        samples[outlet], methods[outlet] = outlet_samples(groups[outlet], features, resamples, rng)
    outlets, count = list(groups), len(features)
    if not outlets or not count:
        return pd.DataFrame(columns=["outlet", "feature", "value", "low", "high", "articles", "method"])
    low, high = _stacked_bounds([samples[outlet] for outlet in outlets], count)
    differences, difference_samples = {}, {}
    for outlet in outlets:
        others = sorted(o for o in groups if o != outlet)
        if others and len(samples[outlet]):
            other_samples = np.mean([samples[o] for o in others if len(samples[o])], axis=0)
            differences[outlet] = values[outlet] - np.mean([values[o] for o in others], axis=0)
            difference_samples[outlet] = samples[outlet] - other_samples
    columns = {
        "outlet": np.repeat(outlets, count),
        "feature": np.tile(np.asarray(features, dtype=object), len(outlets)),
        "value": np.concatenate([values[outlet] for outlet in outlets]).astype(float),
        "low": low.ravel(),
        "high": high.ravel(),
        "articles": np.repeat([len(groups[outlet].values) for outlet in outlets], count),
        "method": np.repeat([methods[outlet] for outlet in outlets], count),
    }
    if differences:  # rows of an outlet without others or samples have none (NaN)
        compared = [outlet for outlet in outlets if outlet in differences]
        difference_low, difference_high = _stacked_bounds([difference_samples[o] for o in compared], count)
        rows = [outlets.index(outlet) for outlet in compared]
        for name, parts in (
            ("difference", np.array([differences[outlet] for outlet in compared])),
            ("difference_low", difference_low),
            ("difference_high", difference_high),
        ):
            column = np.full((len(outlets), count), np.nan)
            column[rows] = parts
            columns[name] = column.ravel()
    return pd.DataFrame(columns)


def _stacked_bounds(samples: list[np.ndarray], features: int) -> tuple[np.ndarray, np.ndarray]:
    """``_bounds`` of several outlets' samples (each resamples × features) at once: outlets ×
    features each, from one sort (numpy's own percentile selects the ranks again per call)."""
    sizes = {len(sample) for sample in samples}
    if len(sizes) != 1 or min(sizes) < 2:
        pairs = [_bounds(sample, features) for sample in samples]
        return np.array([pair[0] for pair in pairs]), np.array([pair[1] for pair in pairs])
    ordered = np.sort(np.stack(samples).transpose(0, 2, 1), axis=2)  # outlets × features × resamples
    low, high = (_sorted_percentile(ordered, q) for q in (2.5, 97.5))
    return low, high


def _sorted_percentile(ordered: np.ndarray, q: float) -> np.ndarray:
    """numpy's default (linear) percentile ``q`` along the last axis of an array sorted along it,
    computed as numpy computes it (the same float operations, so the same numbers; NaN where one is)."""
    position = (ordered.shape[-1] - 1) * (np.float64(q) / 100)
    below = int(np.floor(position))
    gamma = position - np.float64(below)
    a, b = ordered[..., below], ordered[..., below + 1]
    difference = b - a
    result = b - difference * (1 - gamma) if gamma >= 0.5 else a + difference * gamma
    result[np.isnan(ordered[..., -1])] = np.nan  # NaN sorts last
    return result
