"""Speaker round 153 (docs/accuracy.md, "Speaker round 153 (colon153)"): a quotation after a colon that a
title cue ends ("gegen das Grundgesetz:", "Ein Beispiel:", "die App:") is speech when a comma and a verb of
saying follow it, or when the Konjunktiv of reported speech goes on before the colon ("Er findet, die Liga
brauche einen Plan B: „…“"): a direct quote of its own, the reported clause an indirect quote ending before
the colon, not one indirect quote of the whole sentence. German sentences written for the round in, the
quotes out."""

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
    found = quotes(
        "Die Studie trägt den Titel: „Antikörper bei leichtem und schwerem Verlauf“ und ergab wenig."
    )
    assert not any(said.startswith("Antikörper") for _, said, _ in found)


def test_reported_speech_before_the_colon_ends_there_and_the_quotation_is_direct() -> None:
    found = quotes(
        "Der Trainer Pablo Ojeda war unzufrieden. Er findet, die Liga brauche einen Plan B: "
        "„Wir können nicht immer von Woche zu Woche improvisieren.“"
    )
    assert ("direct", "Wir können nicht immer von Woche zu Woche improvisieren.", "Er") in found
    assert ("indirect", "Er findet, die Liga brauche einen Plan B", "Er") in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Der Spieler ist zufrieden. Er habe damals nach dem Motto gelebt: „Ich kann nicht werfen, "
            "dafür spiele ich hart.“",
            id="Motto",
        ),
        pytest.param(
            "Die Meldestelle berichtete, bei Demonstrationen würden Schilder gezeigt mit der Aufschrift: "
            "„Ausgangssperren sind Willkür“.",
            id="Aufschrift",
        ),
    ],
)
def test_a_name_after_reported_speech_and_a_colon_stays_no_direct_quote(text: str) -> None:
    assert not any(label == "direct" for label, _, _ in quotes(text))
