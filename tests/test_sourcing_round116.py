"""Speaker round 116 (docs/accuracy.md, "Speaker round 116 (anon116)"): a private person the press names
by a given name and a surname's initial ("Maria T.") after the verb of saying lost the initial's full stop
where the clause was cut at it ("erzählt Kerstin H.:", "sagt Maria T. aus Köln") and so the citizen type
its name gives; and a bare initial ("K.") that two persons named in full share takes their type where both
have the same one. German sentences written for the round in, the speaker's span and type out."""

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker span as written, source type) of every quote."""
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    return [
        (doc.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None, q.source_type)
        for q in doc.quotes
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "„Schon am dritten Tag musste er operiert werden“, erzählt Kerstin H.: „Er hatte eine Zyste.“",
            "Kerstin H.",
            id="a colon after the initial",
        ),
        pytest.param(
            "„Wir sind müde“, sagt Maria T. aus Köln.", "Maria T.", id="an origin after the initial"
        ),
        pytest.param(
            "„Ich wollte mitmachen“, gab Bobby K. zu.", "Bobby K.", id="the verb's particle after it"
        ),
        pytest.param(
            "„Unmöglich“, berichtet Max M. Die Hilfen kamen nie an.",
            "Max M.",
            id="the next sentence after the initial",
        ),
        pytest.param("„Wir sind müde“, sagt Maria T.", "Maria T.", id="the initial ends the text"),
    ],
)
def test_the_initial_keeps_its_full_stop(text: str, span: str) -> None:
    """The span as written, with the initial's full stop, and the private person's type."""
    assert speakers(text)[0] == (span, "citizen")


@pytest.mark.parametrize(
    ("second", "kind"),
    [
        pytest.param("Geschäftsführer", "business", id="both bearers of the initial run a company"),
        pytest.param("Pfarrer", "other", id="bearers of two types leave the bare initial untyped"),
    ],
)
def test_a_bare_initial_takes_the_type_its_bearers_share(second: str, kind: str) -> None:
    """ "K." may be Jacek K. or Sebastian K.; where both are business, "K." is business either way."""
    text = (
        "Firmenchef Jacek K. sagte: „Wir liefern pünktlich.“\n\n"
        f"{second} Sebastian K. sagte: „Die Aufträge laufen gut.“\n\n"
        "Später ruft einer von beiden zurück. „Mehr sagen wir nicht“, sagt K."
    )
    assert speakers(text)[-1] == ("K", kind)
