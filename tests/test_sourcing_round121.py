"""Speaker round 121 (docs/accuracy.md, "Speaker round 121 (bug121)"): speaker spans that took a word too
many. An initial's full stop ended no sentence, so a sentence adverb after it ("sagt Susan K. Also …") was
read as the surname and the next sentence as part of the quote; "von" before an acronym or a registered
organisation was read as a surname's particle ("im Auftrag von RTL und NTV"), and before "zufolge" the
commissioner after "im Auftrag" was taken for the survey. German sentences written for the round in, the
the quote's and the speaker's spans out."""

import pytest

from tests.sourcing_speakers import quoted


def spans(text: str) -> list[tuple[str, str, str | None]]:
    """(label, quote as written, speaker span) of every quote."""
    return [(q.label, written, span) for written, span, q in quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Das geht nicht“, sagt Susan K. Also versuchen sie es weiter.",
            [("direct", "Das geht nicht", "Susan K.")],
            id="a sentence adverb after the initial is no surname",
        ),
        pytest.param(
            "Das Amt habe nicht geantwortet, sagt Tobias R. Dabei habe er dreimal geschrieben.",
            [
                ("indirect", "Das Amt habe nicht geantwortet, sagt Tobias R.", "Tobias R."),
                ("indirect", "Dabei habe er dreimal geschrieben.", "Tobias R."),
            ],
            id="the reported sentence ends at the initial",
        ),
        pytest.param(
            "„Wir bleiben hier“, sagt Maria K. Schubert aus Leipzig.",
            [("direct", "Wir bleiben hier", "Maria K. Schubert")],
            id="a surname after the initial stays in the name",
        ),
    ],
)
def test_an_initial_before_a_sentence_opener_ends_the_sentence(text: str, expected: list) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Einer Forsa-Umfrage im Auftrag von RTL und NTV zufolge sind die meisten Befragten dafür.",
            "Einer Forsa-Umfrage",
            id="the survey, not who commissioned it",
        ),
        pytest.param(
            "Einer Studie im Auftrag der Bundesregierung zufolge steigen die Mieten weiter.",
            "Einer Studie",
            id="a study commissioned by an authority",
        ),
        pytest.param(
            "„Wir sind zufrieden“, sagte von der Leyen am Montag.",
            "von der Leyen",
            id="a surname's particle before a name the registry does not know",
        ),
        pytest.param(
            "„Das Programm läuft weiter“, sagt Sarah von RTL.",
            "Sarah von RTL",
            id="after a given name as before",
        ),
    ],
)
def test_no_particle_before_an_organisation(text: str, span: str) -> None:
    assert [found for _, _, found in spans(text)] == [span]
