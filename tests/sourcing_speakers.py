"""The speakers of a text's quotes, as the speaker-round tests read them (one helper for every round file)."""

from framing.measures import sourcing
from framing.model import Quote
from framing.pipeline import doc_from_text
from framing.sources import classify_in_text


def quoted(text: str) -> list[tuple[str, str | None, Quote]]:
    """(quote's text, speaker span, the quote) of every quote, sourcing run on ``text`` alone."""
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    return [
        (
            doc.text[q.start : q.end],
            doc.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
            q,
        )
        for q in doc.quotes
    ]


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker span, resolved speaker) of every quote."""
    return [(span, quote.speaker) for _, span, quote in quoted(text)]


def named_types(text: str) -> list[tuple[str | None, str | None]]:
    """(person named, source type) of every quote."""
    return [(quote.speaker, quote.source_type) for _, _, quote in quoted(text)]


def spoken(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker span, source type) of every quote."""
    return [(span, quote.source_type) for _, span, quote in quoted(text)]


def typed(phrase: str, text: str) -> tuple[str, str | None]:
    """(type, cue) of a speaker ``phrase`` read in ``text``; it must be typed."""
    found = classify_in_text(phrase, text)
    assert found is not None
    return found.type, found.cue
