"""framing: a German-first analyzer of source bias and framing in news articles.

Pipeline: ingest → clean → segment → annotate → measure → compare → present.
"""

__version__ = "0.1.0"

from .model import Article, Doc, Paragraph, Removed, Sentence, Skipped, Span, Token
from .pipeline import Analysis, AnalysisOptions, analyze_documents, analyze_paths, prepare

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
