"""Who speaks, fortieth speaker round (docs/accuracy.md, "speaker round 40"): frames of saying beyond verbs,
each counted in the dev gold's misses, the Petersen-Frey & Biemann train cues and the Redewiedergabe corpus
before it was read. (1) "ist von … die Rede" with no quotation marks: the source is the phrase after the
preposition that opens the sentence ("In Beraterkreisen ist von … die Rede"), none where no source opens
it. (2) "Für X, <apposition>, …" with the finite verb in the Konjunktiv after the apposition reports X's
view as "Für X ist …" does. (3) A conviction stated with a clause after it ("ist überzeugt, dass …", "ist
zuversichtlich, … zu …"); a separable verb without its particle is no verb of saying before a colon. Real
German sentences in (dev3, dev10's WirtschaftsWoche article, the public 10kGNAD articles of benchmarks'
gnad1000), the speakers out; each fails without its rule, the guards without their exclusion."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Der Konzern will Sparten verkaufen. In Beraterkreisen ist von einem Desinvestitionsbedarf in "
            "Milliardenhöhe die Rede.",
            [("indirect", "In Beraterkreisen ist", "Beraterkreisen", "Beraterkreisen")],
            id="dev10: 'In Beraterkreisen ist von … die Rede' without marks",
        ),
        pytest.param(
            "In ägyptischen Justizkreisen war jedoch von acht getöteten Mexikanern und vier Ägyptern die "
            "Rede. Zehn Menschen seien zudem verletzt worden.",
            [
                (
                    "indirect",
                    "In ägyptischen Justizkreisen",
                    "ägyptischen Justizkreisen",
                    "ägyptischen Justizkreisen",
                ),
                ("indirect", "Zehn Menschen seien", "ägyptischen Justizkreisen", "ägyptischen Justizkreisen"),
            ],
            id="gnad: the source goes on to the Konjunktiv after it",
        ),
        pytest.param(
            "Baier ist überzeugt, dass Varoufakis der richtige Mann an der Spitze der Bewegung ist.",
            [("indirect", "Baier ist überzeugt,", "Baier", "Baier")],
            id="gnad: 'ist überzeugt, dass …'",
        ),
        pytest.param(
            "Der Nationaltrainer ist hingegen zuversichtlich, die Schweden mit dem aktuellen Kader schlagen "
            "zu können.",
            [("indirect", "Der Nationaltrainer ist", "Nationaltrainer", "Nationaltrainer")],
            id="'ist zuversichtlich' with a zu-infinitive",
        ),
    ],
)
def test_frame_of_saying(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Das teilte die Gesundheitsministerin mit. Zunächst war von 35 Toten einschließlich der "
            "Attentäter die Rede.",
            id="gnad: no source opens the sentence",
        ),
        pytest.param(
            "Seit Wochen ist in Wien von einem Rücktritt des Ministers die Rede.",
            id="a place after the opening is no source (the preposition must open the sentence)",
        ),
        pytest.param(
            "Die erste Begegnung mit seinem großen politischen Vorbild Strache am Rochusmarkt hat ihn "
            "überzeugt. Ich habe ihn nur vom Fernsehen gekannt.",
            id="gnad: the possessive 'seinem' is no form of 'sein … überzeugt'",
        ),
        pytest.param("Die Jury war vom Film überzeugt.", id="no clause reports a view"),
    ],
)
def test_no_frame_of_saying(text: str) -> None:
    assert speakers(text) == []


def test_holder_before_apposition_and_konjunktiv() -> None:
    """dev3: the verb after "Für X" and X's apposition is in the Konjunktiv; before, the minister who spoke
    before was taken."""
    text = (
        "Die Ministerin lobte die Prämie. Für Philipp Sander, dem Vorsitzenden des Rings der Landjugend, "
        "würden durch die Prämie kleinere und mittlere Betriebe stärker profitieren."
    )
    assert speakers(text) == [("indirect", "Für Philipp Sander,", "Philipp Sander", "Philipp Sander")]


def test_holder_before_apposition_indicative() -> None:
    """The indicative after the apposition tells of X; no one's view is reported."""
    text = "Für Anna Schmidt, die seit Jahren im Verein spielt, begann die Saison mit einer Verletzung."
    assert speakers(text) == []


def test_separable_verb_without_particle_before_colon() -> None:
    """dev10: "machen" (of "machen klar") without its particle is no verb of saying, so the Konjunktiv
    before the colon is the quotation's speaker's (round 35's step), not a sentence with a verb of its own.
    Round 55: "Eliane" is a given name, so "die Managerin" is the woman named before."""
    text = (
        "Doch das Konsumverhalten habe sich mittlerweile eingependelt, berichtet Eliane Steinmeyer. Insofern "
        "müsse man sich keine Sorgen um den Nachschub machen: „Es muss niemand hamstern“, sagt die Managerin."
    )
    assert speakers(text) == [
        ("indirect", "Doch das Konsumverhalten", "Eliane Steinmeyer", "Eliane Steinmeyer"),
        ("indirect", "Insofern müsse man", "Managerin", "Eliane Steinmeyer"),
        ("direct", "Es muss niemand", "Managerin", "Eliane Steinmeyer"),
    ]
