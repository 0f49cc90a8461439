"""Speaker round 146 (docs/accuracy.md, "Speaker round 146 (narr146)"): a sentence whose only sign of speech
is a verb of saying at the end of a subordinate clause ("Während Innenstadthändler um die Existenz fürchten,
…") or a relative clause, or used as an attribute ("die versprochene Zahlung"), is the writer's narration, not
the reported speech of the speaker before it nor of the clause's subject. A zu-clause after that verb still
reports what was said, and a verb of saying in the main clause still makes the sentence reported. German
sentences written for the round in, the quotes and their speakers out."""

import pytest

from tests.sourcing_speakers import quoted

SURVEY = "Im Handel nennen 40 Prozent der Betriebe die Lage schlecht, sagte der Verbandschef Peter Lang."


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(quote's text, speaker span) of every quote."""
    return [(words, span) for words, span, _ in quoted(text)]


@pytest.mark.parametrize(
    "narration",
    [
        pytest.param(
            "Während Innenstadthändler um die Existenz fürchten, legten Discounter bei den Umsätzen zu.",
            id="a verb of saying at the end of a während clause",
        ),
        pytest.param(
            "Paolo, der seinen Nachnamen nicht verrät, ist in der Stadt meist zu Fuß unterwegs.",
            id="a verb of saying at the end of a relative clause",
        ),
    ],
)
def test_a_verb_of_saying_in_a_subordinate_clause_is_narration(narration):
    assert quotes(f"{SURVEY} {narration}") == [(SURVEY, "Verbandschef Peter Lang")]


@pytest.mark.parametrize(
    ("text", "reported", "speaker"),
    [
        pytest.param(
            f"{SURVEY} Die Händler bekamen wenig Geld, obwohl die Regierung angekündigt hatte, alle Anträge "
            "schnell zu bearbeiten.",
            "Die Händler bekamen wenig Geld, obwohl die Regierung angekündigt hatte, alle Anträge schnell zu "
            "bearbeiten.",
            "Regierung",
            id="a zu-clause after the verb says what was announced",
        ),
        pytest.param(
            "Die Kanzlerin sagte, es gebe keinen Grund zur Sorge. Sie forderte die Länder auf, die Regeln "
            "einzuhalten.",
            "Sie forderte die Länder auf, die Regeln einzuhalten.",
            "Sie",
            id="a verb of saying in the main clause",
        ),
        pytest.param(
            "Die Zahl der Neuinfektionen sei gesunken, erklärte RKI-Präsident Lothar Wieler. Die Impfungen "
            "beginnen, wie die Kommission mitteilte, erst im Januar.",
            "Die Impfungen beginnen, wie die Kommission mitteilte, erst im Januar.",
            "Kommission",
            id="a wie clause names the source",
        ),
    ],
)
def test_reported_speech_stays(text, reported, speaker):
    assert (reported, speaker) in quotes(text)
