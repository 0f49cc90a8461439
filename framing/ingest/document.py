"""What a reader yields: one input document's text and whatever metadata came with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FIELDS = ("text", "id", "outlet", "url", "title", "date", "event")


@dataclass(slots=True)
class RawDocument:
    source: str  # file path, "file.csv row 3", URL or "stdin"
    text: str
    id: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    event: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # what reading changed, shown with the article


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which column (CSV) or key (JSON, JSONL) holds each field; only ``text`` is required."""

    text: str = "text"
    id: str = "id"
    outlet: str = "outlet"
    url: str = "url"
    title: str = "title"
    date: str = "date"
    event: str = "event"

    @classmethod
    def parse(cls, pairs: list[str]) -> ColumnMap:
        """From ``["text=body", "outlet=source"]`` as given on the command line."""
        from ..errors import FramingError

        mapping = {}
        for pair in pairs:
            name, separator, column = pair.partition("=")
            if not separator or name not in FIELDS or not column:
                raise FramingError(
                    f"bad column mapping {pair!r}: use FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}"
                )
            mapping[name] = column
        return cls(**mapping)
