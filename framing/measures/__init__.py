"""Feature families. Each module has one job and the same three names:

- ``FEATURES``: ``{"family.measure": "what it measures, with unit"}`` (the documented names)
- ``annotate(doc, resources) -> list[Span]``: the evidence, as spans on the family's layer(s), read
  with ``resources`` (``lexicons.Resources``: the data files' lexicons and registries by default)
- ``sentence_stats(doc, spans) -> Stats``: the additive statistics the features are computed from,
  per sentence (``additive``), and ``features_from_totals(totals)``: the features from their sums
  over the sentences (floats for the article, arrays for bootstrap resamples of its sentences)
- ``score(doc, spans) -> dict[str, float]``: article-level features computed from those spans
  (``features_from_totals`` of the summed ``sentence_stats``: one formula)

``annotate_doc`` runs them in ``FAMILIES`` order; later families may read earlier layers
(e.g. tone and wording read the ``quote`` spans to tell the outlet's own voice from quoted text).
Non-German articles get no lexicon measures (their language warning says so).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from operator import attrgetter
from types import ModuleType
from typing import Final

import numpy as np

from ..actors import actor_lexicon
from ..collector import article_done
from ..lexicons import FILES, Lexicon, Resources, match_all
from ..model import Doc, Span
from . import emotive, frames, hedging, populism, readability, sourcing, tone, wording
from .additive import Number, ReadingTotals, Totals, totals_of

FAMILIES: Final[tuple[ModuleType, ...]] = (
    sourcing,
    hedging,
    tone,
    emotive,
    wording,
    frames,
    readability,
    populism,
)
# every lexicon the families match, matched together in one pass per document (see lexicons.match_all)
DOCUMENT_LEXICONS: Final[tuple[Callable[[Resources], Lexicon], ...]] = (
    actor_lexicon,
    hedging._lexicon,
    tone.polarity_lexicon,
    tone.news_lexicon,
    emotive._lexicon,
    wording.concept_lexicon,
    lambda resources: wording.topic_lexicon(),
    lambda resources: resources.lexicon(frames.SCHEMES["generic"]),
    lambda resources: resources.lexicon(frames.SCHEMES["policy"]),
)


# each family's feature names start with one of these (its own dynamic ones too: "tone.actor.…")
FAMILY_PREFIXES: Final = {
    module.__name__: {name.split(".", 1)[0] for name in module.FEATURES} for module in FAMILIES
}


def feature_docs() -> dict[str, str]:
    """Every feature name with its description, in family order."""
    docs: dict[str, str] = {}
    for module in FAMILIES:
        docs.update(module.FEATURES)
    return docs


def features_from_totals(totals: Totals, wanted: Collection[str] | None = None) -> dict[str, Number]:
    """Every family's features from summed sentence statistics (``additive.Totals``); with
    ``wanted`` (feature names), only the families that give one of them are computed."""
    prefixes = None if wanted is None else {name.split(".", 1)[0] for name in wanted}
    features: dict[str, Number] = {}
    for module in FAMILIES:
        if prefixes is None or prefixes & FAMILY_PREFIXES[module.__name__]:
            features.update(module.features_from_totals(totals))
    return features


def score(family: ModuleType, doc: Doc, spans: list[Span]) -> dict[str, Number]:
    """One family's features of ``doc`` from its spans: its formulas on its sentence statistics
    summed over the article (what ``annotate_doc`` stores, one family at a time)."""
    return family.features_from_totals(totals_of(family.sentence_stats(doc, spans)))


def statistics_read(names: Collection[str], wanted: Collection[str]) -> list[str]:
    """Which of these statistics the formulas of the ``wanted`` features read (sorted): the others
    need not be fetched to resample them. Probed with two values per statistic, so a formula that
    branched on a value would fail here rather than hide a statistic."""
    probe = ReadingTotals({name: np.zeros(2) for name in names}, np.zeros(2))
    features_from_totals(probe, wanted=wanted)
    return sorted(probe.read & set(names))


MEASURED_LANGUAGES: Final = (None, "de")  # articles in these (None: unknown) are measured; others are not


def annotate_doc(doc: Doc, resources: Resources = FILES) -> Doc:
    """Run every family on ``doc`` with ``resources`` (the data files', or a session's edited
    lexicons and registries): add its spans, sentence statistics and features in place, return ``doc``."""
    if doc.article.language not in MEASURED_LANGUAGES:
        return doc
    match_all(doc, [lexicon_(resources) for lexicon_ in DOCUMENT_LEXICONS])
    for module in FAMILIES:
        spans = module.annotate(doc, resources)
        doc.spans.extend(spans)
        stats = module.sentence_stats(doc, spans)
        doc.sentence_stats.update(stats)
        doc.features.update(module.features_from_totals(totals_of(stats)))
    # by start, longer first, then layer: three stable sorts on plain attributes beat one tuple key
    doc.spans.sort(key=attrgetter("layer"))
    doc.spans.sort(key=attrgetter("end"), reverse=True)
    doc.spans.sort(key=attrgetter("start"))
    doc._matches = None  # the matches live on as spans
    article_done()  # in a batch, out of the collector's young generation
    return doc
