"""The scikit-learn transformer over the measures, and the generated feature documentation."""

from pathlib import Path

import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from framing.docs import features_markdown
from framing.features import ArticleFeatures
from framing.measures import feature_docs

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "Die USA schlagen Alarm. China soll Russland heimlich unterstützen, berichtet Bloomberg.",
    "Peking und Moskau vereinbarten eine engere Zusammenarbeit in Energie und Handel.",
]


def test_transformer_shapes_and_names():
    extractor = ArticleFeatures()
    matrix = extractor.fit_transform(TEXTS)
    names = extractor.get_feature_names_out()
    assert matrix.shape == (2, len(names))
    assert set(feature_docs()) <= set(names)
    assert np.isfinite(matrix).all()
    assert np.array_equal(extractor.transform(TEXTS), matrix)  # stable columns, deterministic


def test_transformer_composes_in_a_pipeline():
    pipeline = make_pipeline(ArticleFeatures(), StandardScaler())
    assert pipeline.fit_transform(TEXTS).shape[0] == 2


def test_include_selects_families():
    extractor = ArticleFeatures(include=("zzz.",)).fit(TEXTS)
    assert extractor.get_feature_names_out().tolist() == []
    assert extractor.transform(TEXTS).shape == (2, 0)


def test_feature_docs_are_up_to_date():
    """docs/features.md is regenerated with `framing features > docs/features.md`."""
    assert (ROOT / "docs" / "features.md").read_text(encoding="utf-8") == features_markdown() + "\n"
