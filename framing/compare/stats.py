"""Outlet × measure tables with bootstrap 95 % confidence intervals.

How uncertainty is estimated depends on what there is to resample:
- an outlet with one article: its sentences are resampled with replacement and the article is
  re-analysed each time ("sentences" method), so the interval says how much the number depends on
  which sentences the article happens to contain;
- an outlet with several articles: the articles are resampled ("articles" method).
Differences are each outlet's value minus the mean of the other outlets of the same comparison,
with an interval from the same resamples. An interval that excludes 0 marks a difference worth
pointing at; with few articles it is wide, and the table says how many articles it rests on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..choices import DEFAULT_RESAMPLES
from ..measures import MEASURED_LANGUAGES, annotate_doc
from ..model import Article, Doc
from ..segment import segment

FEWEST_RESAMPLES = 50
RESAMPLED_CHARS = 2_000_000  # re-analysed per comparison: the demo event's 200 resamples, a few seconds


def resample_article(doc: Doc, rng: np.random.Generator) -> Doc:
    """The article's sentences drawn with replacement (one paragraph each), analysed afresh."""
    text = doc.text
    picks = rng.integers(0, len(doc.sentences), len(doc.sentences))
    body = "\n\n".join(text[doc.sentences[i].start : doc.sentences[i].end] for i in picks)
    article = Article(id=f"{doc.article.id}~", source="bootstrap", raw_text=body, text=body, language="de")
    return annotate_doc(segment(article))


def _bounds(samples: np.ndarray, features: int) -> tuple[np.ndarray, np.ndarray]:
    """The 2.5th and 97.5th percentiles of each column of resamples × features (NaN without any)."""
    if not len(samples):
        return np.full(features, np.nan), np.full(features, np.nan)
    low, high = np.percentile(samples, [2.5, 97.5], axis=0)
    return low, high


@dataclass
class OutletArticles:
    """One outlet's measured articles in a comparison, in article-id order: their feature values
    (articles × features) and, when it is the outlet's only article, the article itself, whose
    sentences are resampled (it needs text and sentences, not its spans)."""

    values: np.ndarray
    lone: Doc | None = None


def outlet_samples(
    group: OutletArticles,
    features: Sequence[str],
    resamples: int,
    rng,
    step: Callable[[], None] | None = None,
) -> tuple[np.ndarray, str]:
    """Bootstrap samples (resamples × features) of one outlet's mean features, and the method.
    ``step`` is called after each re-analysed resample of a single article (for progress)."""
    if group.lone is not None:
        doc = group.lone
        if not doc.sentences:
            return np.zeros((0, len(features))), "none"
        rows = []
        for _ in range(resamples):
            rows.append(resample_article(doc, rng).features)
            if step is not None:
                step()
        return np.array([[row.get(name, 0.0) for name in features] for row in rows]), "sentences"
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


def resampled_characters(docs: Sequence[Doc]) -> int:
    """Characters re-analysed by one bootstrap resample: the texts of outlets with one article
    (their sentences are resampled and analysed afresh); outlets with several cost next to nothing."""
    return sum(len(members[0].text) for members in by_outlet(docs).values() if len(members) == 1)


def resamples_for(docs: Sequence[Doc], wanted: int = DEFAULT_RESAMPLES) -> int:
    """``wanted`` resamples, fewer (not under FEWEST_RESAMPLES) when the articles of single-article
    outlets are long, so their re-analysis stays near RESAMPLED_CHARS characters: one 2 MB article
    would otherwise be analysed afresh 200 times."""
    return resamples_within(resampled_characters(docs), wanted)


def resamples_within(characters: int, wanted: int = DEFAULT_RESAMPLES) -> int:
    """``resamples_for`` given the characters one resample re-analyses."""
    affordable = RESAMPLED_CHARS // max(characters, 1)
    return min(wanted, max(FEWEST_RESAMPLES, affordable))


def outlet_groups(docs: Sequence[Doc], features: Sequence[str]) -> dict[str, OutletArticles]:
    """The measured articles by outlet (in the order outlets first appear), as compared."""
    groups = {}
    for outlet, members in by_outlet(docs).items():
        members = sorted(members, key=lambda doc: doc.article.id)
        values = np.array([[d.features.get(f, 0.0) for f in features] for d in members], dtype=float)
        lone = members[0] if len(members) == 1 else None
        groups[outlet] = OutletArticles(values.reshape(len(members), len(features)), lone)
    return groups


def compare_outlets(
    docs: Sequence[Doc],
    features: Sequence[str] | None = None,
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> pd.DataFrame:
    """One row per outlet and feature: value, 95 % CI, difference to the other outlets and its CI.

    Articles that were not measured (not German: no lexicon measures) are left out rather than
    counted as zeros; ``measured`` tells which those are. ``progress(done, total)`` is called after
    each re-analysed resample (the slow part), so a caller can show progress or stop the work."""
    if features is None:
        features = sorted({name for doc in measured(docs) for name in doc.features})
    groups = outlet_groups(docs, features)
    return compare_groups(groups, features, resamples=resamples, seed=seed, progress=progress)


def compare_groups(
    groups: dict[str, OutletArticles],
    features: Sequence[str],
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> pd.DataFrame:
    """``compare_outlets`` on articles already grouped by outlet (rows in the groups' order), so a
    corpus store can hand over feature values without rebuilding documents."""
    rng = np.random.default_rng(seed)
    total = resamples * sum(group.lone is not None for group in groups.values())
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    # resampled by outlet name and article id: the same intervals whatever order the articles came in
    values = {outlet: group.values.mean(axis=0) for outlet, group in groups.items()}
    samples, methods = {}, {}
    for outlet in sorted(groups):
        samples[outlet], methods[outlet] = outlet_samples(groups[outlet], features, resamples, rng, step)
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
