"""Speaker round 106 (docs/accuracy.md, "Speaker round 106 (smp14)"): bugs in the shared speaker machinery
found by reading a fresh sample of fang4. An interview answer is the interviewee's from its label on: its
first sentence, which opens at the label, is no second quote of its own. A role noun that names one person
("die CDU-Politikerin", "die 53-Jährige") refers to no group in the plural, whose "die" the phrase reads as
feminine ("die Virologen" of the clause it reports). German sentences written after fang4 in, the quotes and
their speakers out."""

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
    ("text", "person"),
    [
        pytest.param(
            "Die Landrätin Petra Hohmann besuchte am Montag eine Schule. Bisher hätten die Virologen keine "
            "Masken empfohlen, sagte die CDU-Politikerin. Sie halte sie aber für nötig.",
            "Landrätin Petra Hohmann",
            id="fang4: a party politician after the experts she reports",
        ),
        pytest.param(
            "Die Wirtin Anna Huber steht in ihrer Küche. Gerade die älteren Kunden seien froh über den "
            "Lieferdienst, sagt die 53-Jährige.",
            "Wirtin Anna Huber",
            id="fang4: an age noun after the customers she reports",
        ),
    ],
)
def test_a_role_noun_for_one_person_refers_to_no_plural(text, person):
    assert {found_person for _, _, _, found_person in speakers(text)} == {person}
