"""framing: a German-first analyzer of source bias and framing in news articles.

Pipeline: ingest → clean → segment → annotate → measure → compare → present.
"""

__version__ = "0.1.0"

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Article, Doc, Paragraph, Removed, Sentence, Skipped, Span, Token
    from .pipeline import Analysis, AnalysisOptions, analyze_documents, analyze_paths, prepare

_MODEL = ("Article", "Doc", "Paragraph", "Removed", "Sentence", "Skipped", "Span", "Token")
_PIPELINE = ("Analysis", "AnalysisOptions", "analyze_documents", "analyze_paths", "prepare")
_HOMES = {**dict.fromkeys(_MODEL, "model"), **dict.fromkeys(_PIPELINE, "pipeline")}


def __getattr__(name: str) -> object:
    """The public names, imported on first use: `framing --help` and other light commands start
    without loading the analysis pipeline (lexicons, lemmatizer, numpy)."""
    if name in _HOMES:
        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Analysis",
    "AnalysisOptions",
    "Article",
    "Doc",
    "Paragraph",
    "Removed",
    "Sentence",
    "Skipped",
    "Span",
    "Token",
    "__version__",
    "analyze_documents",
    "analyze_paths",
    "prepare",
]
