"""The chain of speech across sentences (thirteenth speaker round, the continuation classes of the
tenth round's table; README, "Accuracy on real news"): when a sentence after speech goes on with the
last speaker. Real German news sentences in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sein Sohn Saif al-Islam bereitet nach Informationen der Nachrichtenagentur Reuters seine "
            "Flucht vor. Er wolle an der libyschen Grenze zu Niger und Algerien mit einem gefälschten "
            "Pass das Land verlassen.",
            [
                ("indirect", "Sein Sohn Saif", "Nachrichtenagentur Reuters", "Nachrichtenagentur Reuters"),
                ("indirect", "Er wolle an", "Nachrichtenagentur Reuters", "Nachrichtenagentur Reuters"),
            ],
            id="PFB train: the pronoun of a Konjunktiv sentence after a report is whom it talks about",
        ),
        pytest.param(
            "Alles in allem sei es für alle Parteien, so der OSZE-Bericht, möglich gewesen, Wahlkampf zu "
            "betreiben. Jedoch wurden Behinderungen der Wahlkampfaktivitäten von Oppositionsparteien "
            "registriert. Auch seien die Grenzen von Staat und Regierungspartei nicht immer deutlich zu "
            "erkennen gewesen.",
            [
                ("indirect", "Alles in allem", "OSZE-Bericht", "OSZE-Bericht"),
                ("indirect", "Auch seien die", "OSZE-Bericht", "OSZE-Bericht"),
            ],
            id="PFB train: one sentence between that reports nothing and names no one keeps the chain",
        ),
        pytest.param(
            "Gottesdienst sei „Identitätsmarker oder Wesensmerkmal einer jeden Kirche“, betonte Stäblein. "
            "In Anlehnung an den Soziologen Hartmut Rosa fragte er: „Wie findet der Gottesdienst Resonanz? "
            "Wie kommt er zum Klingen?“ Durch Erneuerung! In Folge der Kontaktbeschränkungen sei „ein "
            "neues Handlungsfeld für Gottesdienste entstanden“, von Videogottesdienst über Blogs bis "
            "Instagram.",
            [
                ("partial", "Identitätsmarker oder Wesensmerkmal", "Stäblein", "Stäblein"),
                ("direct", "Wie findet der", "er", "Stäblein"),
                ("partial", "ein neues Handlungsfeld", "er", "Stäblein"),
            ],
            id="dev4: the same through an exclamation, for a Konjunktiv sentence's partial quotation",
        ),
        pytest.param(
            "Die Polizei sprach von einem Unfall, der Fahrer sei zu schnell gewesen. Am Abend besuchte der "
            "Bürgermeister die Unfallstelle. Die Straße sei seit Jahren gefährlich.",
            [("indirect", "Die Polizei sprach", "Polizei", "Polizei")],
            id="a person named in the sentence between ends the chain",
        ),
        pytest.param(
            "Thaksin sagte, er werde bei der Wahl nicht mehr antreten. Am 15. Mai hat die Wahlkommission "
            "den Termin für die Neuwahlen festgelegt. Mögliche Termine seien der 24. September sowie der "
            "8. Oktober.",
            [("indirect", "Thaksin sagte, er", "Thaksin", "Thaksin")],
            id="PFB train: a body as the subject after the verb of the sentence between ends it too",
        ),
        pytest.param(
            "Der Mann sei von Tauchern tot geborgen worden, berichtete die Polizei. In Aalen starb am "
            "Sonntagabend ein Mädchen an der Bahnstrecke. Die Schülerin habe unter einer Brücke Schutz vor "
            "dem Regen gesucht, hieß es.",
            [("indirect", "Der Mann sei", "Polizei", "Polizei")],
            id="gnad: a sentence that names its source in place is not carried across the sentence between",
        ),
        pytest.param(
            "Eine Frau kommt von der französischen Seite über die Brücke. Sie findet das zwar ungewohnt, "
            "aber nachvollziehbar: „Es gehen immer noch zu viele Franzosen zum Einkaufen nach Deutschland.“ "
            "Stellt sie als Bewohnerin des angeblichen Risikogebiets nicht eine ebenso große Gefahr dar wie "
            "ein Franzose? „Ich muss jetzt weitergehen.“",
            [
                ("direct", "Es gehen immer", "Sie", "Eine Frau"),
                ("direct", "Ich muss jetzt", "sie", "Eine Frau"),
            ],
            id="dev: a person in the sentence between (role, pronoun): the quotation takes that mention",
        ),
    ],
)
def test_speech_goes_on_or_ends(text, expected):
    assert speakers(text) == expected
