"""Distinctive vocabulary: lemmas an outlet uses more (or less) than the others.

For each lemma, a 2×2 comparison of its frequency in the target's clean text against the rest:
log-likelihood G² (Dunning 1993; Rayson & Garside 2000) for how sure the difference is, and
Hardie's (2014) log ratio, log2 of the ratio of relative frequencies (0.5 added to zero counts),
for how large it is. A lemma is reported when it occurs at least ``min_frequency`` times in the
target and its G² reaches ``min_g2`` (3.84 ≈ p < 0.05, 6.63 ≈ p < 0.01, 10.83 ≈ p < 0.001,
15.13 ≈ p < 0.0001, each for one test: with thousands of lemmas, use the stricter values).
Stopwords (``data/stopwords_de.txt``) and punctuation are left out; boilerplate is already gone.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..choices import DEFAULT_MIN_FREQUENCY, DEFAULT_MIN_G2
from ..model import Doc
from ..resources import word_list

# One default for the library, the CLI and the app: p < 0.01 for one test. Small teaching corpora
# (a few articles per outlet) find next to nothing at 10.83; with thousands of lemmas, ask for more.
SIGNIFICANCE = ((15.13, "p<0.0001"), (10.83, "p<0.001"), (6.63, "p<0.01"), (3.84, "p<0.05"))


@dataclass(frozen=True, slots=True)
class Keyword:
    lemma: str
    target_count: int
    reference_count: int
    target_per_10k: float
    reference_per_10k: float
    g2: float
    log_ratio: float
    significance: str
    examples: tuple[str, ...]  # surface forms as written in the target

    @property
    def direction(self) -> str:
        return "overused" if self.log_ratio > 0 else "underused"


def content_lemma(lemma: str) -> str | None:
    """The lower-case lemma counted by keyness; None for stopwords and one-letter lemmas."""
    lowered = lemma.lower()
    return None if lowered in word_list("stopwords_de.txt") or len(lowered) < 2 else lowered


def lemma_counts(docs: Iterable[Doc]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Content-lemma counts (lower case) and (lemma, surface form) counts."""
    lemmas: Counter[str] = Counter()
    forms: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        for (lemma, form, _), count in doc.word_counts().items():
            if counted := content_lemma(lemma):
                lemmas[counted] += count
                forms[(counted, form)] += count
    return lemmas, forms


def log_likelihood(a: int, b: int, c: int, d: int) -> float:
    """G² for a word seen ``a`` times in a corpus of ``c`` tokens and ``b`` times in one of ``d``."""
    expected_a = c * (a + b) / (c + d)
    expected_b = d * (a + b) / (c + d)
    g2 = 0.0
    if a:
        g2 += a * math.log(a / expected_a)
    if b:
        g2 += b * math.log(b / expected_b)
    return 2.0 * g2


def log_ratio(a: int, b: int, c: int, d: int) -> float:
    """Hardie's log ratio: log2 of relative frequency in target over reference (0.5 for zeros)."""
    return math.log2(((a or 0.5) / c) / ((b or 0.5) / d))


def keyness(target: list[Doc], reference: list[Doc], **options: Any) -> list[Keyword]:
    """Keywords of ``target`` against ``reference``, strongest first (by G², then log ratio);
    ``options`` as for ``keywords_of`` (min_frequency, min_g2, top, include_underused)."""
    return keywords_of(*lemma_counts(target), lemma_counts(reference)[0], **options)


def keywords_of(
    target_lemmas: Counter[str],
    target_forms: Counter[tuple[str, str]],
    reference_lemmas: Counter[str],
    *,
    min_frequency: int = DEFAULT_MIN_FREQUENCY,
    min_g2: float = DEFAULT_MIN_G2,
    top: int | None = 30,
    include_underused: bool = False,
) -> list[Keyword]:
    """``keyness`` from the lemma counts (however they were counted: from articles or in the store);
    the examples are the lemma's most frequent forms in the target, equal counts alphabetically."""
    size_t, size_r = sum(target_lemmas.values()), sum(reference_lemmas.values())
    if not size_t or not size_r:
        return []
    vocabulary = set(target_lemmas) | (set(reference_lemmas) if include_underused else set())
    keywords = []
    for lemma in vocabulary:
        a, b = target_lemmas[lemma], reference_lemmas[lemma]
        if a < min_frequency and not (include_underused and b >= min_frequency):
            continue
        g2 = log_likelihood(a, b, size_t, size_r)
        ratio = log_ratio(a, b, size_t, size_r)
        if g2 < min_g2 or (ratio < 0 and not include_underused):
            continue
        level = next(label for threshold, label in SIGNIFICANCE if g2 >= threshold)
        keywords.append(Keyword(lemma, a, b, 1e4 * a / size_t, 1e4 * b / size_r, g2, ratio, level, ()))
    keywords.sort(key=lambda k: (-k.g2, -k.log_ratio, k.lemma))
    keywords = keywords[:top] if top else keywords
    chosen = {k.lemma for k in keywords}
    forms: dict[str, list[tuple[int, str]]] = {}
    for (lemma, form), count in target_forms.items():
        if lemma in chosen:
            forms.setdefault(lemma, []).append((-count, form))
    return [
        replace(k, examples=tuple(form for _, form in sorted(forms.get(k.lemma, []))[:3])) for k in keywords
    ]


def keyness_by_outlet(docs: list[Doc], **options) -> dict[str, list[Keyword]]:
    """Each outlet's keywords against all other outlets' articles."""
    outlets = sorted({doc.article.outlet or "unknown" for doc in docs})
    result = {}
    for outlet in outlets:
        target = [doc for doc in docs if (doc.article.outlet or "unknown") == outlet]
        reference = [doc for doc in docs if (doc.article.outlet or "unknown") != outlet]
        result[outlet] = keyness(target, reference, **options)
    return result
