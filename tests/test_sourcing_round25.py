"""Who speaks, twenty-fifth speaker round (README, "Accuracy on real news"): partial quotations, the
weakest kind. A short quotation taken for a scare quote goes on the words of a quotation before it in
the same sentence when no one else is named between them. Real German sentences in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers

RICE = "spätere Außenministerin Condoleezza Rice"


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
