"""Who speaks, twenty-eighth speaker round (README, "Accuracy on real news"): the exact span where the
person is right. In reported speech that goes on without a verb of saying, the subject pronoun of the
reported clause ("Die Entscheidung wolle er der NATO überlassen", "Nur Seitenwind möge sie …") is what
the speaker talks about, not where they are named: the span stays at the speaker's mention before it,
as the gold convention's rule 4 has it (the nearest preceding mention). An object pronoun the speaker
is named by in the sentence ("habe ihn „schockiert“") and the subject of an inquit ("sagte er") keep
their span. Real German sentences in, the speaker spans out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Wir gehen davon aus, dass die Operation in dieser Zwischenzeit weitergeht“, wird Panetta "
            "zitiert. Die Entscheidung wolle er der NATO überlassen.",
            [
                ("direct", "Wir gehen davon", "Panetta", "Panetta"),
                ("indirect", "Die Entscheidung wolle", "Panetta", "Panetta"),
            ],
            id="PFB train: the pronoun after the Konjunktiv verb, the speaker named before",
        ),
        pytest.param(
            "Gülsen Celebi gab an, dass ihre Mandantin „große Angst hatte“. Zuerst habe sie nicht damit "
            "gerechnet, dass der Mann zur Verhandlung erscheinen würde.",
            [
                ("partial", "große Angst hatte", "Gülsen Celebi", "Gülsen Celebi"),
                ("indirect", "Zuerst habe sie", "Gülsen Celebi", "Gülsen Celebi"),
            ],
            id="PFB dev: 'Zuerst habe sie …' goes on with the lawyer's own mention",
        ),
        pytest.param(
            "Nächster Anruf in Kiel. Philipp H. geht ans Telefon. Ob er der Vorstandsvorsitzende des "
            "Verbandes sei? Ja, das sei er.",
            [
                ("indirect", "Ob er der", "Philipp H.", "Philipp H."),
                ("indirect", "Ja, das sei", "Philipp H.", "Philipp H."),
            ],
            id="dev: the subject pronoun of a reported question and answer",
        ),
        pytest.param(
            "Über sich sagte Massino, mit zwölf habe er Brieftauben gestohlen. Schnell sei er an die Spitze "
            "des Clans gelangt.",
            [
                ("indirect", "Über sich sagte", "Massino", "Massino"),
                ("indirect", "Schnell sei er", "Massino", "Massino"),
            ],
            id="dev2: 'Schnell sei er …' is what Massino says of himself",
        ),
        pytest.param(
            "Die Maschine hat ein modernisiertes Fahrwerk. Morszeck beschrieb das Flugverhalten im vorigen "
            "Jahr als „sehr gutmütig“. Nur Seitenwind möge sie „nicht besonders“.",
            [
                ("partial", "sehr gutmütig", "Morszeck", "Morszeck"),
                ("partial", "nicht besonders", "Morszeck", "Morszeck"),
            ],
            id="dev6: a subject pronoun is no place of the continued speaker",
        ),
        pytest.param(
            "Der Bürgermeister sagte, die Stadt habe alles versucht. Doch die Schließung habe ihn "
            "„schockiert“.",
            [
                ("indirect", "Der Bürgermeister sagte,", "Bürgermeister", "Bürgermeister"),
                ("partial", "schockiert", "ihn", "Bürgermeister"),
            ],
            id="an object pronoun naming the continued speaker keeps its span",
        ),
        pytest.param(
            "Ein Sprecher der Polizei bestätigte den Einsatz am Bahnhof. Die Lage sei inzwischen ruhig, "
            "sagte er.",
            [("indirect", "Die Lage sei", "er", "Ein Sprecher der Polizei")],
            id="the pronoun subject of an inquit keeps its span",
        ),
    ],
)
def test_round28_speakers(text: str, expected: list) -> None:
    assert speakers(text) == expected
