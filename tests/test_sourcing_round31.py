"""Who speaks, thirty-first speaker round (README, "Accuracy on real news"): reported speech in the
Konjunktiv I after a sentence with no verb of saying is the subject's of that sentence also when no list
knows the subject as a person or body ("Die linksliberale X- (ehemals: Twitter-) Community schleuderte …
um sich. Malte C. sei einer "…" zum Opfer gefallen"), with guards from grammar: the subject opens the
sentence before a finite verb in the active (no copula, no passive, no object put first), that sentence
has no Konjunktiv or quotation of its own and follows no speech, and the Konjunktiv I stands in a main
clause (not "es sei denn", not in a "wenn" clause, not a wish ending in "!", no first person). Real German
sentences in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers

COMMUNITY = "Die Community reagierte mit Wut auf das Urteil. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Wenige Stunden danach begannen die politischen Instrumentalisierungen. Die linksliberale X- "
            "(ehemals: Twitter-) Community schleuderte mit den gewohnten Begriffen moralisch abgesicherter "
            'Deutungen um sich. Malte C. sei einer "strukturellen Queerfeindlichkeit" und einer steigenden '
            '"Transphobie" zum Opfer gefallen.',
            [
                (
                    "partial",
                    "strukturellen Queerfeindlichkeit",
                    "linksliberale X- (ehemals: Twitter-) Community",
                    "linksliberale X- (ehemals: Twitter-) Community",
                ),
                (
                    "partial",
                    "Transphobie",
                    "linksliberale X- (ehemals: Twitter-) Community",
                    "linksliberale X- (ehemals: Twitter-) Community",
                ),
            ],
            id="dev8: a subject no list knows, a parenthesis inside it, the partial quotations after it",
        ),
        pytest.param(
            COMMUNITY + "Der Schiedsrichter sei befangen gewesen.",
            [("indirect", "Der Schiedsrichter sei", "Community", "Community")],
            id="an indirect sentence after a subject no list knows",
        ),
        pytest.param(
            COMMUNITY + "Wenn der Schiedsrichter befangen sei, müsse das Spiel wiederholt werden.",
            [("indirect", "Wenn der Schiedsrichter", "Community", "Community")],
            id="the Konjunktiv I of a main clause after a 'wenn' clause reports",
        ),
    ],
)
def test_unlisted_subject_before_konjunktiv(text: str, expected: list) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            COMMUNITY + "Das Spiel wird wiederholt, es sei denn, der Verband legt Einspruch ein.",
            id="es sei denn",
        ),
        pytest.param(
            COMMUNITY + "Das Spiel wird nur wiederholt, wenn der Verband zustimme.",
            id="the Konjunktiv only in a 'wenn' clause",
        ),
        pytest.param(
            "Die Community feierte die Mannschaft bis in die Nacht. Es lebe der Verein!", id="a wish"
        ),
        pytest.param(
            "Die Community wurde vom Urteil überrascht. Der Schiedsrichter sei befangen gewesen.",
            id="passive",
        ),
        pytest.param(
            "Die Community ist seit Jahren gespalten. Der Schiedsrichter sei befangen gewesen.", id="copula"
        ),
        pytest.param(
            "Den Schiedsrichter kritisierte die Community scharf. Der Schiedsrichter sei befangen gewesen.",
            id="an object put first",
        ),
        pytest.param(COMMUNITY + "Ich sei befangen gewesen.", id="the first person"),
    ],
)
def test_no_unlisted_subject(text: str) -> None:
    assert speakers(text) == []


def test_speech_going_on_keeps_its_speaker() -> None:
    """PFB train (wn-49024): a quiet sentence between two in the Konjunktiv, its subject a thing no list
    knows ("Die Proteste"), does not take the speech from the agency that speaks before it."""
    text = (
        "Der Aufruhr sei Ergebnis einer Konspiration gewesen, meldete die Agentur Xinhua. Die Proteste "
        "weiteten sich am Wochenende auf andere Regionen aus. In Lanzhou seien einige hundert Studenten "
        "in einen Sitzstreik getreten."
    )
    assert [q[2] for q in speakers(text)] == ["Agentur Xinhua", "Agentur Xinhua"]
