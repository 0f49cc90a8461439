"""Who speaks, twenty-third speaker round (README, "Accuracy on real news"): reported speech whose speaker
is in the text but was not found. The Konjunktiv I of verbs in "-eln"/"-ern" ("es handele sich"), a
subject with its owner in the genitive ("Die Führung der britischen Armee hatte beschlossen, …") or
before an addressee in the dative ("bestätigte die Deutsche Bahn dem Zugreiseblog, dass …"), and
Konjunktiv speech before the colon of a quotation. Real German sentences in, the speakers out."""

import pytest

from framing.speakers import konjunktiv_one
from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [
        ("handele", "handeln", True),
        ("handle", "handeln", True),
        ("fordere", "fordern", True),
        ("verändere", "verändern", True),
        ("habe", "haben", True),
        ("handeln", "handeln", False),
        ("andere", "anderer", False),  # the adjective: its lemma is no verb in "-ern"
        ("äußere", "äußer", False),
    ],
)
def test_konjunktiv_one_of_verbs_in_eln_and_ern(form: str, lemma: str, expected: bool) -> None:
    assert konjunktiv_one(form, lemma) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Inzwischen hat EU-Ratspräsident Donald Tusk die US-türkische Vereinbarung scharf kritisiert. "
            "Bei dem Deal handele es sich nicht um eine Waffenruhe, sondern um eine "
            "Kapitulationsaufforderung an die Kurden.",
            [("indirect", "Bei dem Deal", "EU-Ratspräsident Donald Tusk", "EU-Ratspräsident Donald Tusk")],
            id="dev7: 'handele' is Konjunktiv I, the critic's reasoning goes on",
        ),
        pytest.param(
            "Derartige Verschwörungstheorien seien sehr beunruhigend, so der Sozialdemokrat. Es handle sich "
            "um grobe, lügenhafte Geschichtsfälschung.",
            [
                ("indirect", "Derartige Verschwörungstheorien seien", "Sozialdemokrat", "Sozialdemokrat"),
                ("indirect", "Es handle sich", "Sozialdemokrat", "Sozialdemokrat"),
            ],
            id="gnad: 'handle', the form without the stem's e, continues the speaker",
        ),
        pytest.param(
            "Der Gewerkschafter kritisierte den Plan. Er fordere mehr Geld für die Beschäftigten.",
            [("indirect", "Er fordere mehr", "Er", "Gewerkschafter")],
            id="'fordere' names its subject pronoun's person as the speaker",
        ),
        pytest.param(
            "Ich ändere nichts an meinem Plan.",
            [],
            id="the first person of the indicative reports nothing",
        ),
    ],
)
def test_konjunktiv_of_verbs_in_eln_and_ern(text: str, expected: list) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Der 81-jährige Besitzer eines Hauses hatte vor längerer Zeit festgestellt, dass Mäuse sein Haus "
            "bevölkert hatten.",
            [
                (
                    "indirect",
                    "Der 81-jährige Besitzer",
                    "81-jährige Besitzer eines Hauses",
                    "81-jährige Besitzer eines Hauses",
                )
            ],
            id="PFB train: a noun no list knows with its owner in the genitive before the verb",
        ),
        pytest.param(
            "Die Führung der britischen Armee hatte am 29. Februar beschlossen, ihn aus der afghanischen "
            "Provinz Helmand zurückzuholen.",
            [("indirect", "Die Führung der", "Führung der britischen Armee", "Führung der britischen Armee")],
            id="PFB train: a body's leadership decides",
        ),
        pytest.param(
            "Die Eltern des Kindes sagten, die Krone sei nicht echt.",
            [("indirect", "Die Eltern des", "Eltern des Kindes", "Eltern des Kindes")],
            id="a plural subject with its genitive",
        ),
        pytest.param(
            "Die Forderung des Ministers kritisierte der Verband, das sei falsch.",
            [("indirect", "Die Forderung des", "Verband", "Verband")],
            id="an object first: the subject after the verb speaks",
        ),
        pytest.param(
            "Den Besitzer des Hauses kritisierte er, das sei falsch.",
            [],
            id="an accusative article before the verb opens no subject",
        ),
    ],
)
def test_subject_with_its_owner_before_the_verb(text: str, expected: list) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gleichzeitig bestätigte die Deutsche Bahn dem Zugreiseblog, dass für den Premium-Bereich ein "
            "überarbeitetes Design geplant ist.",
            [("indirect", "Gleichzeitig bestätigte die", "Deutsche Bahn", "Deutsche Bahn")],
            id="dev7: the subject after the verb before the medium spoken to, in the dative",
        ),
        pytest.param(
            "Auf den Vorwurf der CDU entgegneten die Unterstützer des Antrags, dass die Investoren in den "
            "Prozess eingebunden werden sollen.",
            [("indirect", "Auf den Vorwurf", "Unterstützer des Antrags", "Unterstützer des Antrags")],
            id="PFB train: the subject after the verb with its owner in the genitive",
        ),
        pytest.param(
            "Am Montag sagten die Eltern des Kindes dem Gericht, sie hätten nichts gesehen.",
            [("indirect", "Am Montag sagten", "Eltern des Kindes", "Eltern des Kindes")],
            id="owner and addressee together",
        ),
    ],
)
def test_subject_with_its_owner_or_addressee_after_the_verb(text: str, expected: list) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Die Altenpflege ist kein Hotspot der Pandemie“, sagt Diözesancaritasdirektor Heinz-Josef "
            "Kessmann. Vergleichbare Werte gebe es auch in den Krankenhäusern. Ungeimpfte würden täglich "
            "getestet, Geimpfte mehrfach in der Woche: „3G und 2G+ ist für uns längst Standard“, erklärt "
            "Kessmann.",
            [
                (
                    "direct",
                    "Die Altenpflege ist",
                    "Diözesancaritasdirektor Heinz-Josef Kessmann",
                    "Diözesancaritasdirektor Heinz-Josef Kessmann",
                ),
                (
                    "indirect",
                    "Vergleichbare Werte gebe",
                    "Diözesancaritasdirektor Heinz-Josef Kessmann",
                    "Diözesancaritasdirektor Heinz-Josef Kessmann",
                ),
                ("indirect", "Ungeimpfte würden täglich", "Kessmann", "Kessmann"),
                ("direct", "3G und 2G+", "Kessmann", "Kessmann"),
            ],
            id="dev4: Konjunktiv before the colon goes with the quotation's speaker",
        ),
        pytest.param(
            "Die Altenheime sind voll. Ungeimpfte würden täglich getestet, Geimpfte mehrfach in der Woche: "
            "„3G und 2G+ ist für uns längst Standard“, erklärt Kessmann.",
            [
                ("indirect", "Ungeimpfte würden täglich", "Kessmann", "Kessmann"),
                ("direct", "3G und 2G+", "Kessmann", "Kessmann"),
            ],
            id="no one spoke in the sentence before: the quotation's inquit names the speaker (round 155)",
        ),
        pytest.param(
            "„Die Altenpflege ist kein Hotspot“, sagt Diözesancaritasdirektor Heinz-Josef Kessmann. Wir "
            "würden täglich testen: „3G ist für uns längst Standard“, erklärt Kessmann.",
            [
                (
                    "direct",
                    "Die Altenpflege ist",
                    "Diözesancaritasdirektor Heinz-Josef Kessmann",
                    "Diözesancaritasdirektor Heinz-Josef Kessmann",
                ),
                ("direct", "3G ist für", "Kessmann", "Kessmann"),
            ],
            id="a first person before the colon is no reported speech",
        ),
    ],
)
def test_konjunktiv_before_the_colon_of_a_quotation(text: str, expected: list) -> None:
    assert speakers(text) == expected
