"""Names and defaults the command line offers, kept apart from the modules that use them: those
import scikit-learn, DuckDB and pandas (over a second together), which `framing analyze` never needs."""

from __future__ import annotations

FEATURE_KINDS = ("both", "lexicon", "ngrams")  # the classifier's feature sets (framing.classify)
ANALYSIS_TABLES = ("articles", "removed", "sentences", "spans", "quotes", "features")  # framing.store
TABLES = (*ANALYSIS_TABLES, "predictions")
DEFAULT_RESAMPLES = 200  # bootstrap resamples of a comparison (framing.compare.stats)
