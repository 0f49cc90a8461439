"""The speaker's span after a name in the Saxon genitive (benchmarks/gold/README.md, "Speaker span convention"
rule 11, task conv1): the genitive stands where an article would ("Israels Armee" = "die Armee Israels") and,
like an article (rule 2), is no part of the span; the speaker's words keep it. Real German news sentences in
(dev8, dev10, dev13, dev14, dev15, dev24), the speaker spans and words out."""

import pytest

from .test_sourcing_cross_set import speakers


def _spans(text: str) -> list[tuple[str | None, str | None]]:
    return [(span, words) for _, _, span, words in speakers(text)]


@pytest.mark.parametrize(
    ("text", "span", "words"),
    [
        pytest.param(
            "Die Brasilianer sollen selbst entscheiden, ob sie sich gegen Covid-19 impfen lassen wollen, sie "
            "stehe jedem kostenlos zur Verfügung, sagte Brasiliens Präsident Jair Bolsonaro.",
            "Präsident Jair Bolsonaro",
            "Brasiliens Präsident Jair Bolsonaro",
            id="dev24: a country's president",
        ),
        pytest.param(
            '"Wir waren nicht gut genug", sagte Liverpools Trainer Jürgen Klopp bei "Sky".',
            "Trainer Jürgen Klopp",
            "Liverpools Trainer Jürgen Klopp",
            id="dev15: a club's coach",
        ),
        pytest.param(
            "Israels Armee teilte auf Anfrage mit, die Berichte zu prüfen.",
            "Armee",
            "Israels Armee",
            id="dev15: an organisation",
        ),
        pytest.param(
            "Kerrys Sprecher unterstrich, dass die USA den israelischen Siedlungsbau in den besetzten "
            "Gebieten weiterhin als illegal betrachteten.",
            "Sprecher",
            "Kerrys Sprecher",
            id="dev8: a person's spokesman",
        ),
        pytest.param(
            "Days Familie appellierte an die Behörden, die Journalisten freizulassen.",
            "Familie",
            "Days Familie",
            id="dev10: an ordinary noun",
        ),
        pytest.param(
            "Wie Mecklenburg-Vorpommerns Verkehrsminister Reinhard Meyer (SPD) erklärte, reagiert das Land "
            "mit der Zusatzbestellung bei DB Regio auf die gestiegene Nachfrage.",
            "Verkehrsminister Reinhard Meyer",
            "Mecklenburg-Vorpommerns Verkehrsminister Reinhard Meyer",
            id="dev13: a hyphenated state",
        ),
        pytest.param(
            "Auch in der rot-rot-grünen Koalition war Kalayci kritisiert worden, Berlins Regierender "
            "Bürgermeister Michael Müller (SPD) verteidigte die Senatorin im Tagesspiegel-Interview.",
            "Regierender Bürgermeister Michael Müller",
            "Berlins Regierender Bürgermeister Michael Müller",
            id="fang: a title's capitalised adjective",
        ),
    ],
)
def test_a_saxon_genitive_before_the_noun_is_no_part_of_the_span(text, span, words):
    assert (span, words) in _spans(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Andreas Keith lässt über seinen Anwalt mitteilen, er habe von nichts gewusst.",
            "Andreas Keith",
            id="a given name in -s",
        ),
        pytest.param(
            "Wie das Las Vegas Review-Journal berichtet, wurde die Frau verhaftet.",
            "Las Vegas Review-Journal",
            id="dev10: a name in -s before a word no one knows",
        ),
        pytest.param(
            "Driss Radi sagt, dass sein Sohn schon immer damit gerechnet habe, irgendwann für seine Arbeit "
            "im Gefängnis zu landen.",
            "Driss Radi",
            id="fang: a given name in -ss",
        ),
        pytest.param(
            "Söders Argument, wonach ein Wochenende mit Fußball deutlich erträglicher sei „als ein "
            "Wochenende ohne Fußball“, ist nicht von der Hand zu weisen.",
            "Söders Argument",
            id="fang: a thing its owner states",
        ),
    ],
)
def test_a_name_in_s_that_is_no_genitive_keeps_its_span(text, span):
    assert span in [s for s, _ in _spans(text)]
