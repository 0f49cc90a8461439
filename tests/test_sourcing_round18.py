"""Who speaks, eighteenth speaker round (README, "Accuracy on real news"): the classes of right persons
missed on the fifth dev set. Real German sentences in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Die Preise für das tägliche Leben explodieren. Strom, Heizen, Lebensmittel – alles wird "
            "teurer“, sagt unsere Vorsitzende Pamela Rendi-Wagner.",
            [
                (
                    "direct",
                    "Die Preise für",
                    "unsere Vorsitzende Pamela Rendi-Wagner",
                    "unsere Vorsitzende Pamela Rendi-Wagner",
                )
            ],
            id="dev5: a possessive of 'wir' opens the speaker after the verb as 'seine' does",
        ),
        pytest.param(
            "„Wohnen gehörte auch 2021 schon zu den größten Preistreibern“, sagt unsere Wohnbausprecherin "
            "Ruth Becher. „Heuer ist die Inflation noch dramatisch höher.“",
            [
                (
                    "direct",
                    "Wohnen gehörte auch",
                    "unsere Wohnbausprecherin Ruth Becher",
                    "unsere Wohnbausprecherin Ruth Becher",
                ),
                (
                    "direct",
                    "Heuer ist die",
                    "unsere Wohnbausprecherin Ruth Becher",
                    "unsere Wohnbausprecherin Ruth Becher",
                ),
            ],
            id="dev5: and the quotation after it follows that speaker",
        ),
        pytest.param(
            "„Da fällt einem schon ein Stein vom Herzen“, sagt seine Projektleiterin Anna Wegscheider.",
            [
                (
                    "direct",
                    "Da fällt einem",
                    "seine Projektleiterin Anna Wegscheider",
                    "seine Projektleiterin Anna Wegscheider",
                )
            ],
            id="the possessive of the third person, as before",
        ),
        pytest.param(
            "In einer Pressemitteilung des Gerichts heißt es, dass zwar verschiedene Anzeichen einen "
            "Anfangsverdacht begründeten.",
            [("indirect", "In einer Pressemitteilung", "Gerichts", "Gerichts")],
            id="dev2: a compound noun of information after 'heißt es in' speaks for its owner",
        ),
        pytest.param(
            "Sollte das Gesetz so beschlossen werden, könne dies zur Verselbstständigung des Staatsschutzes "
            "führen, heißt es im diesjährigen Wahrnehmungsbericht der Anwälte, der am Montag in Wien "
            "präsentiert wurde.",
            [("indirect", "Sollte das Gesetz", "Anwälte", "Anwälte")],
            id="gnad: and after the verb, with an adjective before it",
        ),
        pytest.param(
            "Die Indizien seien nicht ausreichend, hieß es in einer Pressemitteilung.",
            [("indirect", "Die Indizien seien", "einer Pressemitteilung", "einer Pressemitteilung")],
            id="without an owner the statement itself, as before",
        ),
        pytest.param(
            "Bei den Airlines und Zulieferern habe sich die Umsetzung des CO2-neutralen Fliegens in den "
            "letzten Jahren „massiv verfestigt“. „Das steht auf der Agenda.“",
            [("direct", "Das steht auf", None, None)],
            id="dev3: a capitalised adjective of a hyphenated compound names no one the sentence is about",
        ),
        pytest.param(
            "Die Reise führt nach Kanada. Dort sprach Jüri Ratas-Kask mit Journalisten. „Das steht auf der "
            "Agenda.“",
            [("direct", "Das steht auf", "Jüri Ratas-Kask", "Jüri Ratas-Kask")],
            id="a hyphenated name whose parts are capitalised still does",
        ),
        pytest.param(
            "Bundespräsident Frank-Walter Steinmeier hat das BKA gewürdigt. „Sie haben unser Land mitten "
            "ins Herz getroffen“, sagte das Staatsoberhaupt. Die Zahl der Straftaten habe einen "
            "Höchststand erreicht.",
            [
                ("direct", "Sie haben unser", "Staatsoberhaupt", "Bundespräsident Frank-Walter Steinmeier"),
                ("indirect", "Die Zahl der", "Staatsoberhaupt", "Bundespräsident Frank-Walter Steinmeier"),
            ],
            id="dev5: 'das Staatsoberhaupt' is the president named before, as 'der Politiker' is",
        ),
        pytest.param(
            "Die Verhaftung des Soziologen war kritisiert worden. Die Generalbundesanwaltschaft hatte den "
            "Haftbefehl damit begründet, dass er in seinen Texten „Phrasen und Schlagwörter“ verwende. "
            "Demnach sei er „intellektuell in der Lage“, die Texte zu verfassen.",
            [
                (
                    "partial",
                    "Phrasen und Schlagwörter",
                    "Generalbundesanwaltschaft",
                    "Generalbundesanwaltschaft",
                ),
                ("partial", "intellektuell in der", "Generalbundesanwaltschaft", "Generalbundesanwaltschaft"),
            ],
            id="dev2: a partial quotation in continued speech: its subject pronoun is whom the speaker means",
        ),
        pytest.param(
            "Die Firma wächst.\n\nZufriedenheit der Kunden an erster Stelle\n\nFür Boris Dujakovic stehen "
            "Qualität und Kundenzufriedenheit bei der Reinigung an erster Stelle: „Ich habe bemerkt, der "
            "Preis kommt an zweiter Stelle.“",
            [("direct", "Ich habe bemerkt,", "Boris Dujakovic", "Boris Dujakovic")],
            id="dev4: the person whose view a sentence opened by 'Für' gives before a colon speaks after it",
        ),
        pytest.param(
            "Sie züchtet das Ökohuhn der Zukunft. Für Inga Günther die einzige nachhaltige Alternative: „Das "
            "Verbot des Kükentötens kann nur ein erster Schritt sein.“",
            [("direct", "Das Verbot des", "Inga Günther", "Inga Günther")],
            id="dev5: also without a verb, and with a name no list knows",
        ),
        pytest.param(
            "Für Kinder gilt: „Nie allein baden.“",
            [("direct", "Nie allein baden.", None, None)],
            id="not for whom a rule is meant",
        ),
    ],
)
def test_speaker(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert speakers(text) == expected
