"""Feature families. Each module has one job and the same three names:

- ``FEATURES``: ``{"family.measure": "what it measures, with unit"}`` (the documented names)
- ``annotate(doc) -> list[Span]``: the evidence, as spans on the family's layer(s)
- ``score(doc, spans) -> dict[str, float]``: article-level features computed from those spans

``annotate_doc`` runs them in ``FAMILIES`` order; later families may read earlier layers
(e.g. tone and wording read the ``quote`` spans to tell the outlet's own voice from quoted text).
Non-German articles get no lexicon measures (their language warning says so).
"""

from __future__ import annotations

from types import ModuleType

from ..model import Doc
from . import emotive, frames, hedging, populism, readability, sourcing, tone, wording

FAMILIES: tuple[ModuleType, ...] = (sourcing, hedging, tone, emotive, wording, frames, readability, populism)


def feature_docs() -> dict[str, str]:
    """Every feature name with its description, in family order."""
    docs: dict[str, str] = {}
    for module in FAMILIES:
        docs.update(module.FEATURES)
    return docs


def annotate_doc(doc: Doc) -> Doc:
    """Run every family on ``doc``: add its spans and features in place, return ``doc``."""
    if doc.article.language not in (None, "de"):
        return doc
    for module in FAMILIES:
        spans = module.annotate(doc)
        doc.spans.extend(spans)
        doc.features.update(module.score(doc, spans))
    doc.spans.sort(key=lambda span: (span.start, -span.end, span.layer))
    return doc
