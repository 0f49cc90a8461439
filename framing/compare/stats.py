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

import numpy as np
import pandas as pd

from ..choices import DEFAULT_RESAMPLES
from ..measures import annotate_doc
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


def outlet_samples(
    docs: Sequence[Doc],
    features: Sequence[str],
    resamples: int,
    rng,
    step: Callable[[], None] | None = None,
) -> tuple[np.ndarray, str]:
    """Bootstrap samples (resamples × features) of one outlet's mean features, and the method.
    ``step`` is called after each re-analysed resample of a single article (for progress)."""
    if len(docs) == 1:
        doc = docs[0]
        if not doc.sentences:
            return np.zeros((0, len(features))), "none"
        rows = []
        for _ in range(resamples):
            rows.append(resample_article(doc, rng).features)
            if step is not None:
                step()
        return np.array([[row.get(name, 0.0) for name in features] for row in rows]), "sentences"
    matrix = np.array([[doc.features.get(name, 0.0) for name in features] for doc in docs])
    picks = rng.integers(0, len(docs), (resamples, len(docs)))
    return matrix[picks].mean(axis=1), "articles"


def measured(docs: Sequence[Doc]) -> list[Doc]:
    """The articles the measures were computed for (German ones; others carry a language warning)."""
    return [doc for doc in docs if doc.article.language in (None, "de")]


def by_outlet(docs: Sequence[Doc]) -> dict[str, list[Doc]]:
    """The measured articles grouped by outlet ("unknown" when none is named)."""
    groups: dict[str, list[Doc]] = {}
    for doc in measured(docs):
        groups.setdefault(doc.article.outlet or "unknown", []).append(doc)
    return groups


def resampled_characters(docs: Sequence[Doc]) -> int:
    """Characters re-analysed by one bootstrap resample: the texts of outlets with one article
    (their sentences are resampled and analysed afresh); outlets with several cost next to nothing."""
    return sum(len(members[0].text) for members in by_outlet(docs).values() if len(members) == 1)


def resamples_for(docs: Sequence[Doc], wanted: int = DEFAULT_RESAMPLES) -> int:
    """``wanted`` resamples, fewer (not under FEWEST_RESAMPLES) when the articles of single-article
    outlets are long, so their re-analysis stays near RESAMPLED_CHARS characters: one 2 MB article
    would otherwise be analysed afresh 200 times."""
    affordable = RESAMPLED_CHARS // max(resampled_characters(docs), 1)
    return min(wanted, max(FEWEST_RESAMPLES, affordable))


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
    groups = by_outlet(docs)  # rows in the order the outlets first appear
    if features is None:
        features = sorted({name for doc in measured(docs) for name in doc.features})
    rng = np.random.default_rng(seed)
    values, samples, methods = {}, {}, {}
    total = resamples * sum(len(members) == 1 for members in groups.values())
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    # resampled by outlet name and article id: the same intervals whatever order the articles came in
    for outlet in sorted(groups):
        members = sorted(groups[outlet], key=lambda doc: doc.article.id)
        values[outlet] = np.array([[d.features.get(f, 0.0) for f in features] for d in members]).mean(axis=0)
        samples[outlet], methods[outlet] = outlet_samples(members, features, resamples, rng, step)
    rows = []
    for outlet in groups:  # the percentiles of all features at once: the same numbers, far fewer calls
        others = sorted(o for o in groups if o != outlet)
        low, high = _bounds(samples[outlet], len(features))
        compared = bool(others and len(samples[outlet]))
        if compared:
            other_samples = np.mean([samples[o] for o in others if len(samples[o])], axis=0)
            other_values = np.mean([values[o] for o in others], axis=0)
            difference_low, difference_high = _bounds(samples[outlet] - other_samples, len(features))
        for column, feature in enumerate(features):
            row = {
                "outlet": outlet,
                "feature": feature,
                "value": float(values[outlet][column]),
                "low": float(low[column]),
                "high": float(high[column]),
                "articles": len(groups[outlet]),
                "method": methods[outlet],
            }
            if compared:
                row.update(
                    difference=float(row["value"] - other_values[column]),
                    difference_low=float(difference_low[column]),
                    difference_high=float(difference_high[column]),
                )
            rows.append(row)
    columns = ["outlet", "feature", "value", "low", "high", "articles", "method"]
    return pd.DataFrame(rows) if rows else pd.DataFrame(columns=columns)
