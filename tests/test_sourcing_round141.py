"""Speaker round 141 (docs/accuracy.md, "Speaker round 141 (narr141)"): the writer's own question after a
speaker's sentence ("Und wäre das nicht eine folgerichtige Idee?") was read as that speaker's reported speech;
a question with no quotation, no verb of saying and no Konjunktiv but the author's conditional is now no
one's. A question in the Konjunktiv I ("Wie solle eine Stadt das bezahlen?") stays reported speech.
German sentences written for the round in, the quotes and their speakers out."""

import pytest

from tests.sourcing_speakers import quoted


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(quote's text, speaker span) of every quote."""
    return [(words, span) for words, span, _ in quoted(text)]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        pytest.param(
            "Die Initiative der Anwohner fordert einen sofortigen Baustopp. Und wäre das nicht wirklich eine "
            "folgerichtige Idee? Der Handel leidet schon lange.",
            "Und wäre das nicht wirklich eine folgerichtige Idee?",
            id="the writer's conditional question after a demand",
        ),
        pytest.param(
            "Der Lockdown hat nicht gereicht, sagt die Virologin Anna Berger. Auch wisse man bis heute "
            "nicht, woher die meisten Infektionen stammten. Aber sind die Pläne, dass die Regeln zu "
            "Weihnachten gelockert werden sollen, sinnvoll?",
            "Aber sind die Pläne, dass die Regeln zu Weihnachten gelockert werden sollen, sinnvoll?",
            id="an indicative question after a journalist's report",
        ),
        pytest.param(
            "Ministerpräsident Peter Krause setzte hinter das Volksfest ein Fragezeichen und sagte, es "
            "könne nur unter anderen Bedingungen stattfinden. Weiß die Politik etwa mehr, als sie den "
            "Bürgern preisgibt, oder soll der Ausnahmezustand zur Regel werden?",
            "Weiß die Politik etwa mehr, als sie den Bürgern preisgibt, oder soll der Ausnahmezustand zur "
            "Regel werden?",
            id="a question with the writer's soll",
        ),
    ],
)
def test_the_writers_question_is_no_ones_speech(text, question):
    found = quotes(text)
    assert all(words != question for words, _ in found)


def test_the_speakers_sentences_before_the_question_stay_theirs():
    text = (
        "Der Lockdown hat nicht gereicht, sagt die Virologin Anna Berger. Auch wisse man bis heute nicht, "
        "woher die meisten Infektionen stammten. Aber sind die Pläne sinnvoll?"
    )
    assert quotes(text) == [
        ("Der Lockdown hat nicht gereicht, sagt die Virologin Anna Berger.", "Virologin Anna Berger"),
        ("Auch wisse man bis heute nicht, woher die meisten Infektionen stammten.", "Virologin Anna Berger"),
    ]


@pytest.mark.parametrize(
    ("text", "question", "speaker"),
    [
        pytest.param(
            "Der Bürgermeister kritisierte die Pläne des Landes scharf. Die Kommunen seien schon jetzt "
            "am Ende ihrer Kräfte. Wie solle eine Stadt das denn bezahlen?",
            "Wie solle eine Stadt das denn bezahlen?",
            "Bürgermeister",
            id="a reported question in the Konjunktiv I",
        ),
        pytest.param(
            "Die Gewerkschaft lehnt die Pläne ab, sagte ihr Sprecher Jan Vogt. Wer solle denn die Mehrarbeit "
            "leisten? Das sei nicht zu schaffen.",
            "Wer solle denn die Mehrarbeit leisten?",
            "ihr Sprecher Jan Vogt",
            id="a reported question between two reported sentences",
        ),
    ],
)
def test_a_reported_question_stays_the_speakers(text, question, speaker):
    assert (question, speaker) in quotes(text)


@pytest.mark.parametrize(
    ("text", "question", "speaker"),
    [
        pytest.param(
            "Neue Zentren müssten am Stadtrand errichtet werden, sagt der Bezirksvorsteher Karl Stumpf. Die "
            "Anrainer hätten Angst. Wo man diese sonst in Wien errichten soll?",
            "Wo man diese sonst in Wien errichten soll?",
            "Bezirksvorsteher Karl Stumpf",
            id="a dependent question standing alone",
        ),
        pytest.param(
            "Der Innenminister Jan Weber äußerte sich am Montag zur Lage. Die größte Aufgabe ist laut Weber "
            "die Frage: Wer ist Extremist, und wer steht auf dem Boden des Grundgesetzes?",
            "Die größte Aufgabe ist laut Weber die Frage: Wer ist Extremist, und wer steht auf dem Boden des "
            "Grundgesetzes?",
            "Weber",
            id="a question with laut",
        ),
    ],
)
def test_a_question_with_a_sign_of_report_stays_speech(text, question, speaker):
    assert (question, speaker) in quotes(text)
