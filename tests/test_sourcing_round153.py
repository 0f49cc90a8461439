"""Speaker round 153 (docs/accuracy.md, "Speaker round 153 (colon153)"): a quotation after a colon that a title
cue ends ("gegen das Grundgesetz:", "Ein Beispiel:", "die App:") is speech when a comma and a verb of saying
follow it, so it is a direct quote of the inquit's speaker, not swallowed by an indirect quote of the whole
sentence. German sentences written for the round in, the quotes out."""

import pytest

from tests.sourcing_speakers import quoted


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """(label, quote's text, speaker span) of every quote."""
    return [(q.label, said, span) for said, span, q in quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ein Beispiel: „Die Gerüchte über Unfruchtbarkeit führen bei den Pflegekräften zu großer "
            "Verunsicherung“, berichtet Tanja Kurz, Sprecherin der Korian-Gruppe.",
            (
                "direct",
                "Die Gerüchte über Unfruchtbarkeit führen bei den Pflegekräften zu großer Verunsicherung",
                "Tanja Kurz",
            ),
            id="Beispiel",
        ),
        pytest.param(
            "Die Juristin Anna Edenharter ist skeptisch. Auch die Ausgangssperren verstoßen gegen das "
            "Grundgesetz: „Sie sind verfassungswidrig, weil sie nicht geeignet sind“, sagte Edenharter.",
            ("direct", "Sie sind verfassungswidrig, weil sie nicht geeignet sind", "Edenharter"),
            id="Grundgesetz",
        ),
        pytest.param(
            "Reinhold Schmidt bestätigte die Arbeit an einer solchen App: „Die Anwendung soll uns helfen, "
            "Probleme zentral zu erfassen“, sagte Schmidt.",
            ("direct", "Die Anwendung soll uns helfen, Probleme zentral zu erfassen", "Schmidt"),
            id="App",
        ),
    ],
)
def test_a_quotation_with_its_inquit_after_a_title_cue_and_colon_is_direct(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in quotes(text)


def test_a_title_after_its_cue_and_colon_stays_no_quote() -> None:
    found = quotes("Die Studie trägt den Titel: „Antikörper bei leichtem und schwerem Verlauf“ und ergab wenig.")
    assert not any(said.startswith("Antikörper") for _, said, _ in found)
