"""Serialising analyses: the JSON contract of ``framing analyze``, CSV rows and a terminal table."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from . import spreadsheet
from .model import Doc, Skipped
from .pipeline import Analysis

SCHEMA_VERSION = 1


def doc_stats(doc: Doc) -> dict[str, int]:
    return {
        "words": doc.word_count(),
        "sentences": len(doc.sentences),
        "paragraphs": len(doc.paragraphs),
    }


def article_record(doc: Doc) -> dict[str, Any]:
    """One article as in the stable JSON output (offsets refer to ``text``)."""
    article = doc.article
    return {
        "id": article.id,
        "source": article.source,
        "outlet": article.outlet,
        "url": article.url,
        "title": article.title,
        "date": article.date,
        "language": article.language,
        "event": article.event,
        "text": article.text,
        "removed": [item.to_dict() for item in article.removed],
        "warnings": list(article.warnings),
        "stats": doc_stats(doc),
        "features": dict(doc.features),
        "spans": [span.to_dict(article.text) for span in doc.spans],
        "quotes": [quote.to_dict(article.text) for quote in doc.quotes],
        "metadata": article.metadata,
    }


def analysis_record(analysis: Analysis) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [article_record(doc) for doc in analysis.docs],
        "skipped": [item.to_dict() for item in analysis.skipped],
    }


def to_json(analysis: Analysis) -> str:
    return json.dumps(analysis_record(analysis), ensure_ascii=False, indent=2, default=str)


CSV_COLUMNS = ["id", "source", "outlet", "date", "event", "title", "language", "words", "sentences",
               "paragraphs", "removed", "warnings"]  # fmt: skip


def summary_row(doc: Doc) -> dict[str, Any]:
    article = doc.article
    return {
        "id": article.id,
        "source": article.source,
        "outlet": article.outlet,
        "date": article.date,
        "event": article.event,
        "title": article.title,
        "language": article.language,
        **doc_stats(doc),
        "removed": len(article.removed),
        "warnings": " | ".join(article.warnings),
        **doc.features,
    }


def to_csv(analysis: Analysis) -> str:
    """One row per article (``summary_row``); texts a spreadsheet would run as formulas neutralised."""
    rows = [summary_row(doc) for doc in analysis.docs]
    columns = CSV_COLUMNS + sorted({key for row in rows for key in row} - set(CSV_COLUMNS))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([spreadsheet.cell(column) for column in columns])
    writer.writerows([spreadsheet.cell(row.get(column, "")) for column in columns] for row in rows)
    return buffer.getvalue()


def to_table(analysis: Analysis) -> str:
    header = ("outlet", "date", "title", "words", "sent.", "removed", "warnings")
    rows = [
        (
            doc.article.outlet or "?",
            doc.article.date or "",
            _cut(doc.article.title or "(no headline)", 48),
            str(stats["words"]),
            str(stats["sentences"]),
            str(len(doc.article.removed)),
            str(len(doc.article.warnings)),
        )
        for doc in analysis.docs
        for stats in [doc_stats(doc)]
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    lines.extend(_skipped_lines(analysis.skipped))
    return "\n".join(lines) + "\n"


def _skipped_lines(skipped: list[Skipped]) -> list[str]:
    if not skipped:
        return []
    return [f"\nskipped {len(skipped)} input(s):", *(f"  {item.source}: {item.reason}" for item in skipped)]


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
