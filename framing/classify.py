"""Classifiers that tell outlets (or user-defined labels) apart, evaluated honestly.

The pipeline joins word n-grams (1–2), character n-grams (3–5, within word boundaries) of the clean
text and the lexicon/rule features of ``framing.features.ArticleFeatures``, and fits a logistic
regression (balanced class weights). Evaluation is grouped cross-validation: the articles of one
event (or, without events, one article) never sit in both a training and a test fold, so a
classifier cannot score by recognising a story it has seen. Boilerplate is removed before
training (clean text only), and a leakage check reports when outlet names, domains or promo
phrases still carry the prediction. Below ``MIN_PER_CLASS`` examples per class it refuses, and
says why, instead of printing a meaningless score.
"""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import joblib
import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, f1_score
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

from . import __version__
from .choices import FEATURE_KINDS as KINDS
from .errors import FramingError
from .features import ArticleFeatures
from .model import Doc
from .outlets import load_registry
from .progress import Progress

MIN_PER_CLASS = 10  # fewer examples per class than this: no classifier, an explanation instead
MAX_FOLDS = 5
PROMO_WORDS = re.compile(
    r"(?i)whatsapp|facebook|newsletter|abonn|kommentar|redaktion|startseite|epoch|news\.de"
)


class NotEnoughData(FramingError):
    """Too few examples (or classes, or groups) for an evaluation that means anything."""


class CleanText(TransformerMixin, BaseEstimator):
    """Docs to their clean body text (boilerplate already removed), for the n-gram vectorizers."""

    def fit(self, X, y=None):
        return self

    def transform(self, X: Sequence[Doc]) -> list[str]:
        return [doc.text for doc in X]

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return np.array(["text"], dtype=object)


def build_pipeline(kind: str = "both") -> Pipeline:
    """The classifier: n-grams, lexicon features or both, then logistic regression."""
    if kind not in KINDS:
        raise FramingError(f"unknown feature set {kind!r}; use one of {', '.join(KINDS)}")
    parts = []
    if kind in ("both", "ngrams"):
        parts.append(
            (
                "word",
                make_pipeline(CleanText(), TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
            )
        )
        parts.append(
            (
                "char",
                make_pipeline(
                    CleanText(),
                    TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True),
                ),
            )
        )
    if kind in ("both", "lexicon"):
        parts.append(("lexicon", make_pipeline(ArticleFeatures(), StandardScaler())))
    return Pipeline(
        [
            ("features", FeatureUnion(parts)),
            ("model", LogisticRegression(max_iter=2000, class_weight="balanced", C=2.0)),
        ]
    )


@dataclass
class Evaluation:
    labels: list[str]
    kind: str
    folds: int
    grouping: str  # "event" or "article"
    macro_f1_per_fold: list[float]
    confusion: list[list[int]]  # rows: true label, columns: predicted, in ``labels`` order
    indicative: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    ablation: dict[str, float] = field(default_factory=dict)
    leakage: list[str] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        return float(np.mean(self.macro_f1_per_fold))

    @property
    def macro_f1_spread(self) -> float:
        return float(np.std(self.macro_f1_per_fold))

    def summary(self) -> str:
        return (
            f"macro-F1 {self.macro_f1:.2f} ± {self.macro_f1_spread:.2f} over {self.folds} folds "
            f"grouped by {self.grouping}; chance level {1 / len(self.labels):.2f}"
        )


def check_enough(labels: Sequence[str], groups: Sequence[str]) -> int:
    """The number of folds to use, or NotEnoughData explaining what is missing."""
    counts = {label: labels.count(label) for label in sorted(set(labels))}
    if len(counts) < 2:
        raise NotEnoughData(f"only one class ({next(iter(counts), 'none')}): a classifier needs at least two")
    small = {label: n for label, n in counts.items() if n < MIN_PER_CLASS}
    if small:
        listed = ", ".join(f"{label} ({n})" for label, n in small.items())
        raise NotEnoughData(
            f"too little data: at least {MIN_PER_CLASS} examples per class are needed for a reliable "
            f"classifier, but {listed} have fewer; any score would mostly reflect chance"
        )
    folds = min(MAX_FOLDS, min(counts.values()), len(set(groups)))
    if folds < 2:
        raise NotEnoughData("all examples belong to one event: grouped cross-validation is impossible")
    return folds


def evaluate(
    docs: Sequence[Doc],
    labels: Sequence[str],
    groups: Sequence[str] | None = None,
    *,
    kind: str = "both",
    ablation: bool = True,
    seed: int = 0,
    progress: Progress | None = None,
) -> Evaluation:
    """Grouped cross-validated evaluation; groups default to events, else one group per article.
    ``progress`` counts folds (those of the ablation runs included)."""
    labels = list(labels)
    if groups is None:
        events = [doc.article.event for doc in docs]
        grouping = "event" if all(events) and len(set(events)) >= 2 else "article"
        groups = [str(event) for event in events] if grouping == "event" else [doc.article.id for doc in docs]
    else:
        grouping = "given groups"
    groups = list(groups)
    folds = check_enough(labels, groups)
    classes = sorted(set(labels))
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    scores, confusion = [], np.zeros((len(classes), len(classes)), dtype=int)
    docs = list(docs)
    progress = progress or Progress.off()
    if progress.total is None:
        progress.total = folds * (3 if ablation and kind == "both" else 1)
    for number, (train, test) in enumerate(splitter.split(docs, labels, groups), 1):
        model = build_pipeline(kind).fit([docs[i] for i in train], [labels[i] for i in train])
        predicted = model.predict([docs[i] for i in test])
        truth = [labels[i] for i in test]
        scores.append(float(f1_score(truth, predicted, average="macro", labels=classes, zero_division=0)))
        confusion += confusion_matrix(truth, predicted, labels=classes)
        progress.update(1, f"{kind} fold {number}/{folds}: macro-F1 {scores[-1]:.2f}")
    result = Evaluation(classes, kind, folds, grouping, scores, confusion.tolist())
    final = build_pipeline(kind).fit(docs, labels)
    result.indicative = indicative_features(final)
    result.leakage = leakage_check(result.indicative)
    if ablation and kind == "both":
        result.ablation = {"both": result.macro_f1}
        for other in ("lexicon", "ngrams"):
            result.ablation[other] = evaluate(
                docs, labels, groups, kind=other, ablation=False, seed=seed, progress=progress
            ).macro_f1
    return result


def indicative_features(model: Pipeline, top: int = 10) -> dict[str, list[tuple[str, float]]]:
    """Per class, the features that most raise its predicted probability (word, n-gram or measure)."""
    names = model.named_steps["features"].get_feature_names_out()
    classifier = model.named_steps["model"]
    coefficients = classifier.coef_
    if len(classifier.classes_) == 2:
        coefficients = np.vstack([-coefficients[0], coefficients[0]])
    result = {}
    for label, row in zip(classifier.classes_, coefficients, strict=True):
        best = np.argsort(row)[::-1][:top]
        result[str(label)] = [(_readable(names[i]), float(row[i])) for i in best if row[i] > 0]
    return result


def _readable(name: str) -> str:
    block, _, feature = name.partition("__")
    return {"word": f"word “{feature}”", "char": f"characters “{feature}”"}.get(block, f"measure {feature}")


def leakage_check(indicative: dict[str, list[tuple[str, float]]]) -> list[str]:
    """Warnings where an outlet's own name, domain or promo wording is among its top features."""
    registry = load_registry()
    warnings = []
    for label, features in indicative.items():
        outlet = registry.by_name(label)
        marks = {label.lower()}
        if outlet:
            marks |= {outlet.name.lower(), outlet.id.lower(), *(d.lower() for d in outlet.domains)}
            marks |= {alias.lower() for alias in outlet.aliases}
        for feature, _ in features:
            text = feature.split("“")[-1].rstrip("”").strip().lower()
            if len(text) >= 3 and (
                any(text in mark or mark in text for mark in marks) or PROMO_WORDS.search(text)
            ):
                warnings.append(
                    f"{label}: “{text}” among the top features — outlet name or boilerplate may leak"
                )
    return warnings


@dataclass
class SavedModel:
    pipeline: Pipeline
    metadata: dict

    def save(self, path: Path) -> None:
        joblib.dump({"pipeline": self.pipeline, "metadata": self.metadata}, path)
        Path(f"{path}.json").write_text(
            json.dumps(self.metadata, indent=2, ensure_ascii=False), encoding="utf-8"
        )

    @classmethod
    def load(cls, path: Path) -> SavedModel:
        try:
            stored = joblib.load(path)
        except (OSError, EOFError, ValueError, KeyError, pickle.UnpicklingError) as error:
            raise FramingError(f"{path}: not a framing model file ({error})") from error
        if not isinstance(stored, dict) or "pipeline" not in stored:
            raise FramingError(f"{path}: not a framing model file")
        return cls(stored["pipeline"], stored["metadata"])

    def predict(self, docs: Sequence[Doc]) -> list[tuple[str, float]]:
        """(label, probability of that label) per document."""
        probabilities = self.pipeline.predict_proba(list(docs))
        classes = self.pipeline.named_steps["model"].classes_
        return [(str(classes[row.argmax()]), float(row.max())) for row in probabilities]


def train(
    docs: Sequence[Doc], labels: Sequence[str], *, kind: str = "both", evaluation: Evaluation | None = None
) -> SavedModel:
    """Fit on all examples; the metadata records labels, features, date and evaluation scores."""
    check_enough(list(labels), [doc.article.id for doc in docs])
    pipeline = build_pipeline(kind).fit(list(docs), list(labels))
    metadata = {
        "framing_version": __version__,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "labels": sorted(set(labels)),
        "examples": len(labels),
        "features": kind,
        "evaluation": asdict(evaluation) | {"macro_f1": evaluation.macro_f1} if evaluation else None,
    }
    return SavedModel(pipeline, metadata)
