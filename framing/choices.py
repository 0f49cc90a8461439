"""Names and defaults the command line offers, kept apart from the modules that use them: those
import scikit-learn, DuckDB and pandas (over a second together), which `framing analyze` never needs."""

from __future__ import annotations

from .schema import SPEC

FEATURE_KINDS = ("both", "lexicon", "ngrams")  # the classifier's feature sets (framing.classify)
TABLES = tuple(table.name for table in SPEC if table.name != "framing_meta")  # exportable (framing.store)
DEFAULT_RESAMPLES = 200  # bootstrap resamples of a comparison (framing.compare.stats)
