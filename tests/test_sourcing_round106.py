"""Speaker round 106 (docs/accuracy.md, "Speaker round 106 (smp14)"): bugs in the shared speaker machinery
found by reading a fresh sample of fang4. An interview answer is the interviewee's from its label on: its
first sentence, which opens at the label, is no second quote of its own. German sentences written after
fang4 in, the quotes and their speakers out."""

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
