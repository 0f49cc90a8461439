"""Who speaks, twenty-fourth speaker round (README, "Accuracy on real news"): the last speaker carried
too far, the largest class of wrong persons on the Petersen-Frey & Biemann train split. A sentence
whose main clause is in the indicative, with a person or body as its subject, leaves the last
speaker's reported speech: the Konjunktiv in a later clause of the sentence is that subject's
("Journalisten beschweren sich …, nur die Reporter … seien zugelassen"). Real German sentences in, the
speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Die Behörden gehen von einem terroristischen Hintergrund aus, hieß es. Journalisten beschweren "
            "sich unterdessen über massive Behinderungen der Berichterstattung, nur die Reporter des "
            "staatlichen Fernsehkanals Rossija seien zugelassen.",
            [
                ("indirect", "Die Behörden gehen", "Behörden", "Behörden"),
                ("indirect", "Journalisten beschweren sich", "Journalisten", "Journalisten"),
            ],
            id="PFB train: the journalists complain, the authorities said something else before",
        ),
        pytest.param(
            "Der stellvertretende Ministerpräsident Suthep Thaugsuban sagte, die Regierung werde nicht mit "
            "Gewalt vorgehen. Die Demonstranten der UDD beabsichtigten, die Regierung zu provozieren, in "
            "diese Falle werde man jedoch nicht gehen.",
            [
                (
                    "indirect",
                    "Der stellvertretende Ministerpräsident",
                    "stellvertretende Ministerpräsident Suthep Thaugsuban",
                    "stellvertretende Ministerpräsident Suthep Thaugsuban",
                ),
                ("indirect", "Die Demonstranten der", "Demonstranten der UDD", "Demonstranten der UDD"),
            ],
            id="PFB train: a new subject in the indicative, the Konjunktiv two clauses on",
        ),
        pytest.param(
            "Auch viele europäische Außenminister erklärten ihre Zufriedenheit über die Rice-Äußerungen. "
            "Politische Beobachter wiesen daraufhin, dass unter Folter von Vertretern der US-Regierung nicht "
            "unbedingt dasselbe verstanden werde wie von europäischen Politikern.",
            [("indirect", "Politische Beobachter wiesen", "Politische Beobachter", "Politische Beobachter")],
            id="PFB dev: an adjective opens the subject (no verb of saying in 'wiesen daraufhin')",
        ),
        pytest.param(
            "Der Minister sagte, das Gesetz sei gut. Seine Frau ist mehrfach operiert worden, und er wolle "
            "sie nun begleiten.",
            [
                ("indirect", "Der Minister sagte,", "Minister", "Minister"),
                ("indirect", "Seine Frau ist", "Minister", "Minister"),
            ],
            id="a pronoun opening the Konjunktiv clause goes on with the last speaker",
        ),
        pytest.param(
            "Der Sender sagte, nur zehn Kandidaten dürften auftreten. Trump würde sich kaum an die Regel "
            "halten, all das garantiere Aufmerksamkeit.",
            [
                ("indirect", "Der Sender sagte,", "Sender", "Sender"),
                ("indirect", "Trump würde sich", "Sender", "Sender"),
            ],
            id="Konjunktiv II in the main clause: no indicative, the last speaker goes on",
        ),
        pytest.param(
            "Der Sprecher sagte, man habe die Lage im Griff. Viele Sender bedeuten, dass viele Interessen "
            "befriedigt werden müssten.",
            [
                ("indirect", "Der Sprecher sagte,", "Sprecher", "Sprecher"),
                ("indirect", "Viele Sender bedeuten,", "Sprecher", "Sprecher"),
            ],
            id="a generic subject ('Viele …') names no source",
        ),
        pytest.param(
            "Der Bürgermeister sagte, man werde verkaufen. Sollte Lustenau nicht an Ikea verkaufen, werde "
            "sich das Unternehmen einen anderen Standort suchen.",
            [
                ("indirect", "Der Bürgermeister sagte,", "Bürgermeister", "Bürgermeister"),
                ("indirect", "Sollte Lustenau nicht", "Bürgermeister", "Bürgermeister"),
            ],
            id="a verb opening the sentence is no subject's phrase",
        ),
        pytest.param(
            "Das bisherige System habe sich als unzureichend erwiesen, sagte der Kommissar. 1500 Grenzbeamte "
            "sollten das am Ende sein, welche von der Kommission direkt gesteuert würden.",
            [
                ("indirect", "Das bisherige System", "Kommissar", "Kommissar"),
                ("indirect", "1500 Grenzbeamte sollten", "Kommissar", "Kommissar"),
            ],
            id="Konjunktiv in a relative clause describes the subject, it reports nothing of it",
        ),
    ],
)
def test_indicative_subject(text: str, expected: list) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Auch die österreichische Tiscover GmbH wurde 2008 von HRS übernommen.Ralph Senkel vom Hotel "
            "Sängerhof Königswinter kommentierte die Provisionserhöhung: „Ich habe bei hrs.de sämtliche "
            "Rabatte gestrichen.“",
            [("direct", "Ich habe bei", "Ralph Senkel", "Ralph Senkel")],
            id="dev2: a full stop written against the next sentence's first word ends the sentence",
        ),
        pytest.param(
            "„Die Kirche braucht Reformen“, sagte Merkel.Als „verpasste Chance“ beurteilte der "
            "parlamentarische Geschäftsführer der Grünen das Pontifikat. „Unter ihm ist die Kirche "
            "zurückgefallen.“",
            [
                ("direct", "Die Kirche braucht", "Merkel", "Merkel"),
                (
                    "partial",
                    "verpasste Chance",
                    "parlamentarische Geschäftsführer der Grünen",
                    "parlamentarische Geschäftsführer der Grünen",
                ),
                (
                    "direct",
                    "Unter ihm ist",
                    "parlamentarische Geschäftsführer der Grünen",
                    "parlamentarische Geschäftsführer der Grünen",
                ),
            ],
            id="PFB train: 'Merkel.Als' ends Merkel's sentence, the next speaker's chain starts",
        ),
    ],
)
def test_glued_full_stop(text: str, expected: list) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "sagte der Papst.Der ältere Bruder war eingeweiht.",
            ["sagte der Papst.", "Der ältere Bruder war eingeweiht."],
        ),
        (
            "Das ist z.B. gut und steht auf news.de im Netz.",
            ["Das ist z.B. gut und steht auf news.de im Netz."],
        ),
        ("Ja.Ukraine-Kriegnews.de berichtet.", ["Ja.Ukraine-Kriegnews.de berichtet."]),
        ("Die Firma ASP.Net und die Mio.Euro bleiben.", ["Die Firma ASP.Net und die Mio.Euro bleiben."]),
    ],
)
def test_glued_full_stop_sentences(text: str, sentences: list) -> None:
    from framing.segment import sentence_bounds

    assert [text[a:b] for a, b in sentence_bounds(text, 0, len(text))] == sentences
