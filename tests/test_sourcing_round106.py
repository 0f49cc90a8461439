"""Speaker round 106 (docs/accuracy.md, "Speaker round 106 (smp14)"): bugs in the shared speaker machinery
found by reading a fresh sample of fang4. An interview answer is the interviewee's from its label on: its
first sentence, which opens at the label, is no second quote of its own. The clause reported before a
partial quotation ("Der Fahrplan werde ergänzt, sagt Söder, „…“") is one quote, not a second one read again
beside the quotation. German sentences written after fang4 in, the quotes and their speakers out."""

import pytest

from .test_sourcing_cross_set import speakers

INTERVIEW = (
    "„Wir schaffen das“, sagt die Wirtin Lan Pham. Sie führt ein Café in Leipzig.\n\n"
    "ZEIT ONLINE: Wie lief das erste Wochenende?\n\n"
    "Pham: Gut. Die Gäste waren froh, dass wir wieder offen haben.\n\n"
    "ZEIT ONLINE: Fürchten Sie, dass Sie sich anstecken?\n\n"
    "Pham: Nein, aber wenn alle die Regeln beachten würden, ließen sich viele Ansteckungen verhindern. "
    "Wir haben genug Masken.\n\n"
    "ZEIT ONLINE: Wie lange halten Sie das durch?\n\n"
    "Pham: Ein paar Monate, dann wird es eng."
)


def test_an_answer_opening_at_its_label_is_one_quote():
    answers = [q for q in speakers(INTERVIEW) if q[2] == "Pham"]
    assert [words for _, words, _, _ in answers] == ["Gut. Die Gäste", "Nein, aber wenn", "Ein paar Monate,"]
    assert not [q for q in speakers(INTERVIEW) if q[1].startswith("Pham:")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Der Fahrplan werde ergänzt, sagt Söder in seiner Rede, „von grün auf dunkelrot“.",
            id="fang4: Konjunktiv I before the inquit",
        ),
        pytest.param(
            "Die Kultusministerin Anna Berg besuchte eine Schule. Die Schulen würden bald wieder geöffnet, "
            "sagte Berg am Montag, „aber nur mit Masken“.",
            id="Konjunktiv II before the inquit",
        ),
    ],
)
def test_the_clause_before_a_partial_quotation_is_one_quote(text):
    assert [label for label, *_ in speakers(text)] == ["indirect", "partial"]
