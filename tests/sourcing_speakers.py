"""The speakers of a text's quotes, as the speaker-round tests read them (one helper for every round file)."""

from framing.measures import sourcing
from framing.pipeline import doc_from_text


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker span, resolved speaker) of every quote."""
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    return [
        (doc.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None, q.speaker)
        for q in doc.quotes
    ]
