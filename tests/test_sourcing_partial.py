"""Speakers of partial quotations, the weakest kind on every dev set (issue 11, item 1; README,
"Accuracy on real news", the eleventh round): each rule for an error class found in at least two
sets (our dev sets and the Petersen-Frey & Biemann splits); real German news sentences in, the
speaker out."""

import pytest

from tests.test_sourcing_cross_set import speakers

SPRECHER = "innenpolitische Sprecher der Fraktion der SPD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Seit dem Vorjahr ist Stetter-Karp auch Präsidentin des Deutschen Vereins für öffentliche und "
            'private Fürsorge. Als ZdK-Chefin will Stetter-Karp "leidenschaftlich für Reformen kämpfen". '
            "Ihr neues Amt sieht sie als politische und gesellschaftliche Aufgabe.",
            [("partial", "leidenschaftlich für Reformen", "Stetter-Karp", "Stetter-Karp")],
            id="dev3: the subject after the verb of intention",
        ),
        pytest.param(  # before: the quote went on with Hassemer's chain of Konjunktiv
            "Auch Winfried Hassemer, Papiers Stellvertreter, glaubt, dass ein weiteres Verbotsfahren "
            "möglich sei. Auch der innenpolitische Sprecher der Fraktion der SPD im Deutschen Bundestag, "
            "Dieter Wiefelspütz, will „in den kommenden Wochen noch einmal sorgfältigst prüfen“, ob ein "
            "neues NPD-Verbot angestrebt werden solle.",
            [
                ("indirect", "Auch Winfried Hassemer,", "Winfried Hassemer", "Winfried Hassemer"),
                ("partial", "in den kommenden", SPRECHER, SPRECHER),
                ("indirect", "ob ein neues", SPRECHER, SPRECHER),
            ],
            id="PFB train: the subject before the verb of intention, not the last speaker",
        ),
    ],
)
def test_intention(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert speakers(text) == expected


def test_intention_needs_its_particle() -> None:
    """The verb "haben" is one of intention only with its "vor": "Bisher habe die Bundesregierung …" is a
    Konjunktiv going on with the speaker before (dev2)."""
    text = (
        "Der Bundesdatenschutzbeauftragte Peter Schaar kritisierte die Pläne. Bisher habe die "
        "Bundesregierung die Einrichtung einer „zentralen Datenbank“ ausgeschlossen."
    )
    schaar = "Bundesdatenschutzbeauftragte Peter Schaar"
    assert speakers(text)[-1] == ("partial", "zentralen Datenbank", schaar, schaar)
