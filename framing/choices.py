"""Names and defaults the command line offers, kept apart from the modules that use them: those
import scikit-learn, DuckDB and pandas (over a second together), which `framing analyze` never needs,
and the analysis itself, which `framing --help` never needs."""

from __future__ import annotations

import os

from .schema import SPEC

FEATURE_KINDS = ("both", "lexicon", "ngrams")  # the classifier's feature sets (framing.classify)
TABLES = tuple(table.name for table in SPEC if table.name != "framing_meta")  # exportable (framing.store)
DEFAULT_RESAMPLES = 200  # bootstrap resamples of a comparison (framing.compare.stats)
DEFAULT_MIN_G2 = 6.63  # keyness: log-likelihood for p < 0.01 in one test (framing.compare.keyness)
DEFAULT_MIN_FREQUENCY = 3  # keyness: occurrences a lemma needs in the outlet
EVENT_THRESHOLD = 0.1  # events: mean similarity at which articles join (framing.compare.events)
MATRICES = ("wording", "voices", "camps", "frames", "actor-tone")  # framing.compare.matrices.MATRICES
FRAME_SCHEMES = ("generic", "policy")  # framing.measures.frames.SCHEMES
DEFAULT_MAX_MB = float(os.environ.get("FRAMING_MAX_MB", "10"))  # largest document (framing.ingest)
MAX_TIMEOUT = 86_400  # seconds a --url fetch may be given (framing.ingest.fetch)
