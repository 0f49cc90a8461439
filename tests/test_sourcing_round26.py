"""Who speaks, twenty-sixth speaker round (README, "Accuracy on real news"): an object, addressee or
apposition taken for the speaker. The noun phrase that opens a sentence before an apposition set off by
commas is the subject: a verb right after the closing comma stands in second place, so the phrase after
it is its object ("X, Sprecher der Y, forderte die Militärjunta auf"), and before a colon the name
speaks, not the role apposed to it ("Prof. Andreas Reuter, Leiter des Fraunhofer IWES: „…“"). The
content of a claim noun with its owner after "der"/"des"/"von", set off by commas in the Konjunktiv, is
the owner's, not the speaker's of the sentence ("Die Einwendung des Anwalts, die Verfügung sei
rechtswidrig, ließ das OLG nicht gelten"). Real German sentences in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bei dem Umsturz waren nach Angaben der Militärjunta zehn Personen ums Leben gekommen. Bazoum "
            "Mohammed, Sprecher der oppositionellen Gruppierung CFDR, forderte die Militärjunta bei der "
            "Kundgebung dazu auf, alsbald zur Demokratie zurückzukehren.",
            [
                ("indirect", "Bei dem Umsturz", "Militärjunta", "Militärjunta"),
                ("indirect", "Bazoum Mohammed, Sprecher", "Bazoum Mohammed", "Bazoum Mohammed"),
            ],
            id="PFB train: the name before the apposition, not the object after the verb",
        ),
        pytest.param(
            "Unterstützung haben auch die Vereinigten Staaten angeboten. Das Staatsoberhaupt Neuseelands, "
            "die britische Königin Elisabeth II., bat Premierminister Key, ihre „tiefe Anteilnahme den "
            "Familien zu übermitteln“.",
            [
                (
                    "partial",
                    "tiefe Anteilnahme den",
                    "Staatsoberhaupt Neuseelands",
                    "Staatsoberhaupt Neuseelands",
                )
            ],
            id="PFB train: a role with its apposition before 'bat', the prime minister asked",
        ),
        pytest.param(
            "Seinem Kollegen, dem Minister, sagte er: „Das geht so nicht.“",
            [
                ("indirect", "Seinem Kollegen, dem", "er", "Minister"),
                ("direct", "Das geht so", "er", "Minister"),
            ],
            id="a pronoun after the verb is its subject: the phrase before the commas is an object",
        ),
        pytest.param(
            "Dem Unternehmen ist ein großer Schritt gelungen. Prof. Dr.-Ing. Andreas Reuter, Leiter des "
            "Fraunhofer IWES: „Durch seine Flexibilität ist der Prüfstand bestens gerüstet.“",
            [
                (
                    "direct",
                    "Durch seine Flexibilität",
                    "Prof. Dr.-Ing. Andreas Reuter",
                    "Prof. Dr.-Ing. Andreas Reuter",
                )
            ],
            id="dev5: the name before the role apposed to it speaks the quotation after the colon",
        ),
        pytest.param(
            "Die Anlage ist fertig. Der Leiter des Instituts: „Wir sind sehr zufrieden.“",
            [("direct", "Wir sind sehr", "Leiter des Instituts", "Leiter des Instituts")],
            id="a role alone before the colon still speaks",
        ),
        pytest.param(
            "Zunächst hatte das OLG keine Bedenken gegen die Verordnung, sagte der Richter. Die Einwendung "
            "des Anwalts, die Allgemeinverfügung sei in rechtswidriger Weise erlassen worden, ließ das OLG "
            "nicht gelten.",
            [
                ("indirect", "Zunächst hatte das", "Richter", "Richter"),
                ("indirect", "die Allgemeinverfügung sei", "Anwalts", "Anwalts"),
            ],
            id="dev7: the lawyer's objection is his, not the court's that rejects it",
        ),
        pytest.param(
            "Einige Anhänger Saddam Husseins protestierten in seiner Heimatstadt Tikrit gegen den "
            "Prozess. Ein anderer Richter des Tribunals ist der Kurde Raed Dschuhi, der an dem "
            "Dudschail-Tribunal nicht teilnimmt. Er trat dem Vorwurf der Verteidigung Saddam Husseins, "
            "das Gericht sei nicht legitim, mit den Worten entgegen, das Gericht sei ein irakisches und "
            "unterliege ausschließlich irakischem Recht.",
            [
                (
                    "indirect",
                    "das Gericht sei",
                    "Verteidigung Saddam Husseins",
                    "Verteidigung Saddam Husseins",
                ),
                ("indirect", "mit den Worten", "Er", "Raed Dschuhi"),
            ],
            id="PFB train: the defence's accusation, then the judge's answer",
        ),
        pytest.param(
            "Die Fraktionen stritten. Auf den Vorwurf der CDU, es handele sich um eine Verschwendung von "
            "Steuergeld, entgegnete der Bürgermeister, die Kosten seien gedeckt.",
            [
                ("indirect", "es handele sich", "CDU", "CDU"),
                ("indirect", "entgegnete der Bürgermeister,", "Bürgermeister", "Bürgermeister"),
            ],
            id="a party's accusation and the mayor's reply in one sentence",
        ),
        pytest.param(
            "Der Minister sagte, der Vorwurf der Opposition, die das Gesetz ablehne, sei haltlos.",
            [("indirect", "Der Minister sagte,", "Minister", "Minister")],
            id="a relative clause after the owner is no claim",
        ),
    ],
)
def test_round26_speakers(text: str, expected: list) -> None:
    assert speakers(text) == expected


def test_a_claim_owner_before_a_last_relative_pronoun_is_no_crash() -> None:
    """A text cut after the comma and a relative pronoun ("…, die"): no token follows to tell a relative
    pronoun from an article; it is read as a relative clause, and the sentence keeps its speaker."""
    text = "Der Plan sei falsch, sagte der Minister zum Vorwurf der SPD, die"
    assert speakers(text) == [("indirect", "Der Plan sei", "Minister", "Minister")]
