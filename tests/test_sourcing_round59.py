"""Who speaks, fifty-ninth speaker round (docs/accuracy.md, "speaker round 59"): verbs and frames of saying.
A verb of saying in the main clause that opens a sentence and ends at its colon, with no quotation marks in
the sentence, introduces the clause after the colon as its subject's speech, in the indicative as after
``_says_comma``'s comma ("warnt die Polizei: Zwei Hochspannungsmasten … sind beschädigt."); not where the
subject names no one ("Anders gesagt: …", "Mein Grundsatz lautet: …"), not a list after the colon, not a
subordinate clause's verb. Real German sentences in (dev8, dev15, gnad1000), the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev15
            "Massiver Blackout: Was ist am Mittwoch in Berlin passiert?\n\nKurz nach halb neun Uhr morgens "
            "warnt die Polizei: Zwei Hochspannungsmasten in Johannisthal sind beschädigt. Die erste Meldung "
            "an den Stromanbieter kam offenbar noch mitten in der Nacht.",
            [("indirect", "Kurz nach halb", "Polizei", "Polizei")],
            id="warnt die Polizei: …",
        ),
        pytest.param(  # dev8
            "Die österreichischen Spitzensegler trainieren ab Dezember in Rio. Mena mahnte: Die Gewässer "
            "sind nicht sicher für Wasseraktivitäten.",
            [("indirect", "Mena mahnte: Die", "Mena", "Mena")],
            id="Mena mahnte: …",
        ),
        pytest.param(  # gnad1000
            "Zu Besuch in Sarajevo stellte Österreichs Außenminister Sebastian Kurz am Donnerstag klar: Wir "
            "koppeln die Annäherung an die EU an die notwendigen Reformen.",
            [
                (
                    "indirect",
                    "Zu Besuch in",
                    "Österreichs Außenminister Sebastian Kurz",
                    "Österreichs Außenminister Sebastian Kurz",
                )
            ],
            id="stellte X klar: …",
        ),
    ],
)
def test_colon_after_a_verb_of_saying(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # gnad1000
            "Bis zum Erlöschen des letzten Sterns werden noch viele Planeten entstehen. Anders ausgedrückt: "
            "Zwischen jetzt und dem Erlöschen des letzten Sterns werden fast zwölfmal so viele Planeten "
            "entstehen.",
            id="not Anders ausgedrückt: …",
        ),
        pytest.param(  # gnad1000
            "Mein Grundsatz lautet: Wer berechtigterweise in Österreich lebt, soll auch einen Beitrag "
            "leisten.",
            id="not a subject that names no one",
        ),
        pytest.param(
            "Die Polizei nannte drei Gründe: steigende Kosten und fehlendes Personal.",
            id="not a list after the colon",
        ),
    ],
)
def test_no_speech_after_the_colon(text: str) -> None:
    assert speakers(text) == []
