"""Attribution rules of the third round on the train split of Petersen-Frey & Biemann (2024), German
Wikinews quotation attribution (benchmarks/quotes_pfb.py --split train --errors): real German news
sentences in, the speaker span out (words in data/registries/speech_de.toml 1.6)."""

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text


def spans(text):
    """(label, speaker span as written) of every quote in ``text``."""
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    return [
        (q.label, doc.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None)
        for q in doc.quotes
    ]


HEARSAY = "Die Polizei teilte mit, zwei Häftlinge seien in der Nacht geflohen. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEARSAY + "Ein Beamter der Anstalt soll den Ausbrechern zur Flucht verholfen haben.",
            [("indirect", "Polizei"), ("indirect", "Polizei")],
        ),
        (  # a plan, not hearsay: a time ahead, a passive infinitive
            HEARSAY + "Die Mauer soll im Mai erhöht werden.",
            [("indirect", "Polizei")],
        ),
    ],
)
def test_hearsay_soll_goes_on_with_the_last_speaker(text, expected):
    """reported.reportative: "soll" of hearsay continues the speaker of the sentence before."""
    assert spans(text) == expected
