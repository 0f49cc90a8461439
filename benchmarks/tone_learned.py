"""What a trained linear model on words reaches on GerNTSA dev, in grouped cross-validation inside dev.

usage: python -m benchmarks.tone_learned GIT_DIR [--seeds N] [--only SUBSTRING]
       (GIT_DIR: the .git directory of a clone of cgoer/GerNTSA)

An upper bound for a learned tone lexicon (issue 11, round 6), checked before building one: if
scikit-learn's linear models on the words of a snippet do not beat the product's lexicon sum in
cross-validation, a word-weight file learned from these labels has nothing to ship. Data and split
as in ``benchmarks/tone_target.py`` (GerNTSA at ``tone_eval.COMMIT``, CC BY 4.0; the test rows are
dropped as the file is read, there is no test option).

Features, one model per combination: lower-case word forms or lemmas, unigrams or unigrams and
bigrams (binary, kept when they occur in two or more training snippets), with the topic word of the
snippet (``target_anchor``) kept, masked (dropped) or marked (replaced by one ``<topic>`` token, so
"<topic> verliert" is a feature); with or without the product's lexicon features as extra columns
(standardised on the training folds: the tone sum, the counts and sums of positive and negative
tone spans, the count and sum of negated ones); and the lexicon features alone. Models: ridge
regression on −1/0/+1 and logistic regression (three classes, balanced class weights, score
P(positive) − P(negative)). Folds: five, grouped by snippet text (a snippet labelled for several
topic words stays in one fold), shuffled with seeds 0, 1, 2. The neutral band of each held fold is
the best macro-F1 band of inner out-of-fold scores on the four training folds (three inner folds),
so no held label chooses anything. Reported: agreement, macro-F1 and Spearman's rho of each held
fold, mean ± sd over the 5 × seeds folds; first the plain lexicon sum on the same folds.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from benchmarks.tone_eval import CLASSES, VALUE, classify, macro_f1, spearman
from benchmarks.tone_target import BANDS, Target, load_dev
from framing.measures import tone
from framing.pipeline import doc_from_text

TOPIC = "<topic>"
NUMBER = "<num>"
MIN_DF = 2
INNER_FOLDS = 3


@dataclass(frozen=True)
class Row:
    """One dev snippet: its text (the fold group), label, word forms and lemmas (numbers as one
    token, punctuation dropped) with whether each is on the topic word, and its lexicon features."""

    text: str
    label: str
    forms: tuple[str, ...]
    lemmas: tuple[str, ...]
    on_topic: tuple[bool, ...]
    lexicon: tuple[float, ...]


def lexicon_features(spans: list) -> tuple[float, ...]:
    """The product's tone spans as columns: sum; positive count and sum; negative count and sum;
    negated count and sum."""
    scores = [span.score for span in spans]
    negated = [span.score for span in spans if span.attrs["negated"]]
    positive = [s for s in scores if s > 0]
    negative = [s for s in scores if s < 0]
    return (
        sum(scores),
        len(positive),
        sum(positive),
        len(negative),
        sum(negative),
        len(negated),
        sum(negated),
    )


def row_of(target: Target) -> Row:
    doc = doc_from_text(target.item.text, annotate=False)
    words = [t for t in doc.tokens if t.kind != "punct"]
    forms = tuple(NUMBER if t.kind == "number" else t.text.lower() for t in words)
    lemmas = tuple(NUMBER if t.kind == "number" else t.lemma.lower() for t in words)
    on_topic = tuple(t.start < target.end and t.end > target.start for t in words)
    spans = tone.annotate(doc)
    return Row(target.item.text, target.item.label, forms, lemmas, on_topic, lexicon_features(spans))


def terms(row: Row, level: str, topic: str, bigrams: bool) -> list[str]:
    """The features of one snippet: its words (``form`` or ``lemma``), the topic word kept, masked
    or marked, and their bigrams if asked."""
    words = []
    for word, on in zip(row.forms if level == "form" else row.lemmas, row.on_topic, strict=True):
        if on and topic == "mask":
            continue
        words.append(TOPIC if on and topic == "mark" else word)
    if bigrams:
        return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
    return words


def word_matrix(rows: list[Row], level: str, topic: str, bigrams: bool) -> sparse.csr_matrix:
    """Binary term columns over all dev rows; each fold keeps those frequent in its training rows."""
    vectorizer = CountVectorizer(
        analyzer=lambda row: terms(row, level, topic, bigrams), binary=True, dtype=float
    )
    return vectorizer.fit_transform(rows).tocsr()


def design(
    words: sparse.csr_matrix | None, lexicon: np.ndarray | None, train: np.ndarray, test: np.ndarray
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Training and held matrices, everything fitted on the training rows only."""
    parts: list[tuple] = []
    if words is not None:
        keep = np.flatnonzero(np.asarray(words[train].sum(axis=0)).ravel() >= MIN_DF)
        parts.append((words[train][:, keep], words[test][:, keep]))
    if lexicon is not None:
        scaler = StandardScaler().fit(lexicon[train])
        parts.append(
            (
                sparse.csr_matrix(scaler.transform(lexicon[train])),
                sparse.csr_matrix(scaler.transform(lexicon[test])),
            )
        )
    return (
        sparse.hstack([p[0] for p in parts]).tocsr(),
        sparse.hstack([p[1] for p in parts]).tocsr(),
    )


def fit_score(model: str, strength: float, x_train, y_train: np.ndarray, x_test) -> np.ndarray:
    """A continuous score per held row: ridge's prediction, or P(positive) − P(negative)."""
    if model == "ridge":
        return Ridge(alpha=strength).fit(x_train, y_train).predict(x_test)
    fitted = LogisticRegression(C=strength, max_iter=2000, class_weight="balanced").fit(x_train, y_train)
    probabilities = fitted.predict_proba(x_test)
    order = list(fitted.classes_)
    return probabilities[:, order.index(1)] - probabilities[:, order.index(-1)]


def best_band(labels: list[str], scores: np.ndarray) -> float:
    """The band of the best macro-F1 (ties: the one nearest the product's 0.9)."""
    return max(
        BANDS,
        key=lambda band: (
            macro_f1(Counter(zip(labels, (classify(s, band) for s in scores), strict=True))),
            -abs(band - 0.9),
        ),
    )


@dataclass(frozen=True)
class Config:
    """One model: its word features (None: lexicon features only) and regularisation."""

    level: str | None
    bigrams: bool
    topic: str
    lexicon: bool
    model: str
    strength: float

    def name(self) -> str:
        if self.level is None:
            words = "lexicon features only"
        else:
            grams = "uni+bigrams" if self.bigrams else "unigrams"
            words = f"{self.level} {grams}, topic {self.topic}" + (" + lexicon" if self.lexicon else "")
        regulariser = "alpha" if self.model == "ridge" else "C"
        return f"{words:<40} {self.model} {regulariser}={self.strength:g}"


CONFIGS = [
    *(
        Config(level, bigrams, topic, lexicon, model, strength)
        for level, bigrams, topic, lexicon in itertools.product(
            ("form", "lemma"), (False, True), ("keep", "mask", "mark"), (False, True)
        )
        for model, strength in (("ridge", 300.0 if lexicon else 10.0), ("logreg", 0.1))
    ),
    Config(None, False, "keep", True, "ridge", 1.0),
    Config(None, False, "keep", True, "logreg", 1.0),
    *(Config("form", False, "keep", True, "ridge", alpha) for alpha in (10.0, 30.0, 1000.0)),
    *(Config("lemma", False, "keep", True, "ridge", alpha) for alpha in (10.0, 100.0, 1000.0)),
    Config("form", True, "mark", True, "ridge", 1000.0),
]


def folds(texts: list[str], seed: int, n: int) -> list[tuple[np.ndarray, np.ndarray]]:
    splitter = GroupKFold(n_splits=n, shuffle=True, random_state=seed)
    return list(splitter.split(np.zeros(len(texts)), groups=texts))


def held_out(
    scores: np.ndarray, labels: list[str], band: float, test: np.ndarray
) -> tuple[float, float, float]:
    """Agreement, macro-F1 and rho of the held rows."""
    gold = [labels[n] for n in test]
    predicted = [classify(s, band) for s in scores]
    pairs = Counter(zip(gold, predicted, strict=True))
    agreement = sum(pairs[(c, c)] for c in CLASSES) / len(gold)
    return agreement, macro_f1(pairs), spearman(list(scores), [float(VALUE[g]) for g in gold])


def cross_validate(rows: list[Row], config: Config | None, seeds: int) -> np.ndarray:
    """Per held fold (5 × seeds): agreement, macro-F1, rho. ``None``: the plain lexicon sum."""
    texts = [row.text for row in rows]
    labels = [row.label for row in rows]
    y = np.array([VALUE[label] for label in labels], dtype=float)
    lexicon = np.array([row.lexicon for row in rows])
    words = None
    if config is not None and config.level is not None:
        words = word_matrix(rows, config.level, config.topic, config.bigrams)
    use_lexicon = lexicon if config is None or config.lexicon else None
    results = []
    for seed in range(seeds):
        for train, test in folds(texts, seed, 5):
            if config is None:
                band = best_band([labels[n] for n in train], lexicon[train, 0])
                results.append(held_out(lexicon[test, 0], labels, band, test))
                continue
            inner = np.zeros(len(train))
            for inner_train, inner_test in folds([texts[n] for n in train], seed + 100, INNER_FOLDS):
                a, b = train[inner_train], train[inner_test]
                x_a, x_b = design(words, use_lexicon, a, b)
                inner[inner_test] = fit_score(config.model, config.strength, x_a, y[a], x_b)
            band = best_band([labels[n] for n in train], inner)
            x_train, x_test = design(words, use_lexicon, train, test)
            scores = fit_score(config.model, config.strength, x_train, y[train], x_test)
            results.append(held_out(scores, labels, band, test))
    return np.array(results)


def summary(results: np.ndarray) -> str:
    mean, sd = results.mean(axis=0), results.std(axis=0)
    return f"{mean[0]:6.1%} ± {sd[0]:.1%}   {mean[1]:.3f} ± {sd[1]:.3f}   {mean[2]:.3f} ± {sd[2]:.3f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", help="the .git directory of a clone of cgoer/GerNTSA")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--only", default="", help="run the models whose name contains this")
    args = parser.parse_args(argv)
    rows = [row_of(target) for target in load_dev(args.git_dir)]
    print(
        f"GerNTSA dev: {len(rows)} snippets, {len({r.text for r in rows})} texts; grouped 5-fold x "
        f"{args.seeds} seeds; agreement, macro-F1, rho: mean ± sd over held folds"
    )
    plain = summary(cross_validate(rows, None, args.seeds))
    print(f"  {'the product (plain lexicon sum), band from training folds':<62} {plain}", flush=True)
    for config in CONFIGS:
        if args.only in config.name():
            print(f"  {config.name():<62} {summary(cross_validate(rows, config, args.seeds))}", flush=True)


if __name__ == "__main__":
    main()
