"""The article-level feature matrix as a scikit-learn transformer, for pipelines and classifiers.

``ArticleFeatures`` takes texts (clean German article bodies), Articles or Docs and yields one row
per article with the documented features (``framing.measures.feature_docs()``); names whose families
emit them dynamically (per actor, per concept) are fixed at ``fit`` time, so columns stay stable.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from .measures import annotate_doc, feature_docs
from .model import Article, Doc
from .pipeline import doc_from_text
from .segment import segment


def to_doc(item: str | Article | Doc) -> Doc:
    """An analysed Doc from a clean text, an Article or a Doc (Docs without features are analysed)."""
    if isinstance(item, Doc):
        return item if item.features else annotate_doc(item)
    if isinstance(item, Article):
        return annotate_doc(segment(item))
    if isinstance(item, str):
        return doc_from_text(item)
    raise TypeError(f"expected a text, Article or Doc, got {type(item).__name__}")


class ArticleFeatures(TransformerMixin, BaseEstimator):
    """Lexicon and rule features of each article (``family.measure`` columns).

    include: feature-name prefixes to keep (e.g. ``("tone.", "hedge.")``); None keeps all.
    """

    def __init__(self, include: tuple[str, ...] | None = None):
        self.include = include

    def fit(self, X: Iterable[str | Article | Doc], y=None):
        self._fit_docs([to_doc(item) for item in X])
        return self

    def fit_transform(self, X: Iterable[str | Article | Doc], y=None, **fit_params) -> np.ndarray:
        docs = [to_doc(item) for item in X]  # analyse once, not once for fit and once for transform
        self._fit_docs(docs)
        return self.transform(docs)

    def _fit_docs(self, docs: list[Doc]) -> None:
        names = set(feature_docs())
        for doc in docs:
            names.update(doc.features)
        if self.include is not None:
            names = {name for name in names if name.startswith(tuple(self.include))}
        self.feature_names_ = np.array(sorted(names), dtype=object)

    def transform(self, X: Iterable[str | Article | Doc]) -> np.ndarray:
        names = self.feature_names_
        rows = [[to_doc(item).features.get(name, 0.0) for name in names] for item in X]
        return np.asarray(rows, dtype=float).reshape(len(rows), len(names))

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return self.feature_names_.copy()
