"""Who speaks, twenty-fifth speaker round (README, "Accuracy on real news"): partial quotations, the
weakest kind. A short quotation taken for a scare quote goes on the words of a quotation before it in
the same sentence when no one else is named between them; a partial quotation in a Konjunktiv I
sentence is the speech of the subject the sentence before names; "als" before a quotation goes on the
verb of saying or assessment across an inserted clause or an article. Real German sentences in, the
speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers

RICE = "spätere Außenministerin Condoleezza Rice"
SARKOZY = "Frankreichs Staatspräsident Nicolas Sarkozy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In ihrer Bewerbungsrede nannte Stetter-Karp den synodalen Prozess „unverzichtbar“, um den "
            "„50-jährigen Reformstau“ zu lösen.",
            [
                ("partial", "unverzichtbar", "Stetter-Karp", "Stetter-Karp"),
                ("partial", "50-jährigen Reformstau", "Stetter-Karp", "Stetter-Karp"),
            ],
            id="dev3: a zu-clause after the quotation of 'nennen' goes on its words",
        ),
        pytest.param(
            "Carlson bezeichnete seinen Interview-Gast daraufhin als „Schwachkopf mit kleinem Hirn“ und "
            "schlug ihm vor, sich „selbst zu ficken“.",
            [
                ("partial", "Schwachkopf mit kleinem", "Carlson", "Carlson"),
                ("partial", "selbst zu ficken", "Carlson", "Carlson"),
            ],
            id="dev7: a coordinated clause without a subject of its own",
        ),
        pytest.param(
            "Die spätere Außenministerin Condoleezza Rice nannte Shultz einen „wahren Patrioten“, dank dem "
            "„die Welt zu einem besseren Ort“ wurde, und einen „großen amerikanischen Staatsmann“.",
            [
                ("partial", "wahren Patrioten", RICE, RICE),
                ("partial", "die Welt zu", RICE, RICE),
                ("partial", "großen amerikanischen Staatsmann", RICE, RICE),
            ],
            id="PFB train: the third quotation of one enumeration",
        ),
        pytest.param(
            "Klose nannte den Platzverweis „überzogen“, nachdem die Bundesregierung die „schwarze Null“ "
            "aufgegeben hatte.",
            [("partial", "überzogen", "Klose", "Klose")],
            id="a subordinate clause with a subject of its own: the second quotation stays a scare quote",
        ),
        pytest.param(
            "Klose nannte den Platzverweis „überzogen“, und die Bundesregierung gab die „schwarze Null“ auf.",
            [("partial", "überzogen", "Klose", "Klose")],
            id="a coordinated clause with a subject of its own: no speech",
        ),
    ],
)
def test_sibling_partial_quotation(text: str, expected: list) -> None:
    assert speakers(text) == expected


JOHNSON = (
    "Die Abgeordneten stimmten über den von Boris Johnson ausgehandelten Vertrag ab. Zu Beginn der Debatte "
    "hatte Johnson noch einmal um Unterstützung geworben. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            JOHNSON + "Es sei ein „großartiger Deal“.",
            [("partial", "großartiger Deal", "Johnson", "Johnson")],
            id="dev6: the person right after the finite verb of the sentence before",
        ),
        pytest.param(
            "Am Rande einer Sitzung nahm jetzt auch der Ministerpräsident des Landes Niedersachsen, "
            "Christian Wulff (CDU), zu der Frage Stellung. Jeder Pädagoge könne „das Konto jetzt einlösen, "
            "er kann es später einlösen“.",
            [("partial", "das Konto jetzt", "Christian Wulff", "Christian Wulff")],
            id="PFB train: a role with its name after 'nahm … Stellung'",
        ),
        pytest.param(
            JOHNSON + "Es ist ein „großartiger Deal“.",
            [],
            id="no Konjunktiv I: a scare quote",
        ),
        pytest.param(
            "Die Abgeordneten stimmten über den von Boris Johnson ausgehandelten Vertrag ab. Zu Beginn der "
            "Debatte war Johnson noch zuversichtlich. Es sei ein „großartiger Deal“.",
            [],
            id="a copula before the subject: it states, it does not announce speech",
        ),
    ],
)
def test_partial_quotation_after_topic(text: str, expected: list) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Frankreichs Staatspräsident Nicolas Sarkozy bezeichnete die Worte Anelkas, sollten sie wirklich "
            "gefallen sein, als „inakzeptabel“.",
            [("partial", "inakzeptabel", SARKOZY, SARKOZY)],
            id="PFB train: 'als' goes on the clause an inserted clause interrupts",
        ),
        pytest.param(
            "Der türkische Verkehrsminister, Binali Yildirim, charakterisierte das Opfer als ein „Beispiel "
            "taktlosen Verhaltens“.",
            [("partial", "Beispiel taktlosen Verhaltens", "Binali Yildirim", "Binali Yildirim")],
            id="PFB dev: an article between 'als' and the quotation; charakterisieren judges",
        ),
        pytest.param(
            "Das Ministerium rechtfertigte die Aktion als „defensiver Natur“.",
            [("partial", "defensiver Natur", "Ministerium", "Ministerium")],
            id="PFB train: rechtfertigen judges",
        ),
        pytest.param(
            "Der Verband kam mit einem Plan, den er lange geprüft hatte, als „Partner“ zum Treffen.",
            [],
            id="an inserted clause before 'als' without a verb of saying or assessment: no speech",
        ),
    ],
)
def test_als_partial_quotation(text: str, expected: list) -> None:
    assert speakers(text) == expected
