"""Who speaks, twenty-seventh speaker round (README, "Accuracy on real news"): verbs of saying the lists
lacked, from dev8's first-run error classes. "erwarten" and "unterstellen" report what their subject
says ("Das Team erwartet aber, dass …", "unterstellte in einem Beitrag auf X, … hätten …"); a verb of
saying as the infinitive after "sein … zu" is said by no one ("ein Totalverlust sei zu erwarten"), so
the sentence keeps the speaker it has. Real German sentences in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Noch benötigt dieses Verfahren zwar mehr Strom als gängige Ammoniak-Cracker. Das Team erwartet "
            "aber, dass der Energieaufwand mit weiterer Optimierung bis auf wenige Kilowattstunden pro "
            "Kilogramm Wasserstoff sinken wird.",
            [("indirect", "Das Team erwartet", "Team", "Team")],
            id="dev8: erwarten with dass reports its subject's expectation",
        ),
        pytest.param(
            "Angesichts der Wettervorhersagen erwartete die Hochwasserzentrale, dass die Wasserstände "
            "weiter steigen.",
            [("indirect", "Angesichts der Wettervorhersagen", "Hochwasserzentrale", "Hochwasserzentrale")],
            id="gnad: erwarten with its subject after the verb",
        ),
        pytest.param(
            "Der Bundessprecher des Arbeitskreises Queer in der Linkspartei Frank Laubenburg unterstellte in "
            "einem Beitrag auf X, Politikerin Sahra Wagenknecht und Biologin Marie-Luise Vollbrecht hätten "
            "den Täter zu Gewalt ermutigt.",
            [
                (
                    "indirect",
                    "Der Bundessprecher des",
                    "Bundessprecher des Arbeitskreises Queer in der Linkspartei Frank Laubenburg",
                    "Bundessprecher des Arbeitskreises Queer in der Linkspartei Frank Laubenburg",
                )
            ],
            id="dev8: unterstellen with a Konjunktiv clause",
        ),
        pytest.param(
            "Nordkorea unterstellt den USA, durch ihre laufenden Militärübungen mit Südkorea einen Angriff "
            "vorzubereiten.",
            [("indirect", "Nordkorea unterstellt den", "Nordkorea", "Nordkorea")],
            id="gnad: unterstellen with a zu-infinitive",
        ),
        pytest.param(
            "Im Mai hat das Höchstgericht entschieden, dass die ARAG einem Kleinanleger eine Klage gegen die "
            "verkaufende Bank zahlen muss. Die ARAG wollte nicht decken und berief sich dabei auf die "
            "sogenannte Spekulationsklausel: Eine Kommanditbeteiligung an einem ausländischen Fonds, wie sie "
            "der Anleger eingegangen war, stelle ein extrem hohes spekulatives Risiko dar, ein Totalverlust "
            "sei zu erwarten. Mit diesem Argument blitzte die ARAG ab.",
            [
                ("indirect", "Im Mai hat", "Höchstgericht", "Höchstgericht"),
                ("indirect", "Die ARAG wollte", "ARAG", "ARAG"),
            ],
            id="gnad: 'sei zu erwarten' is said by no one, the ARAG keeps its claim",
        ),
        pytest.param(
            "Die ARAG wollte nicht decken und berief sich dabei auf die sogenannte Spekulationsklausel: Eine "
            "Kommanditbeteiligung an einem ausländischen Fonds stelle ein extrem hohes spekulatives Risiko "
            "dar, ein Totalverlust sei zu erwarten. Mit diesem Argument blitzte die ARAG ab.",
            [("indirect", "Die ARAG wollte", "ARAG", "ARAG")],
            id="the subject of 'sei zu erwarten' is no speaker",
        ),
    ],
)
def test_round27_speakers(text: str, expected: list) -> None:
    assert speakers(text) == expected
