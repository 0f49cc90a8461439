"""Who speaks, nineteenth speaker round (README, "Accuracy on real news"): the classes of right persons
missed on the sixth dev set (general press). Real German sentences in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bei einem Brand in einem Wohnhaus sind fünf Kinder ums Leben gekommen. Zudem seien zwei "
            "Erwachsene umgekommen, als sich das Feuer im Treppenhaus ausbreitete, teilte der Zivilschutz "
            "am Samstag mit.",
            [("indirect", "Zudem seien zwei", "Zivilschutz", "Zivilschutz")],
            id="dev6: an inquit after a comma ends the sentence also with a time phrase before the particle",
        ),
        pytest.param(
            "Bei einem Brand sind fünf Kinder ums Leben gekommen. Zwei Erwachsene seien umgekommen, "
            "teilte der Zivilschutz mit.",
            [("indirect", "Zwei Erwachsene seien", "Zivilschutz", "Zivilschutz")],
            id="and without it, as before",
        ),
        pytest.param(
            "Die Kabinettsdirektorin wurde verhaftet. Die Dame sei in privater Mission unterwegs gewesen, "
            "hiess es aus dem Präsidentenpalast.",
            [("indirect", "Die Dame sei", "Präsidentenpalast", "Präsidentenpalast")],
            id="dev6: 'hiess es aus', the Swiss spelling of 'hieß es aus'",
        ),
        pytest.param(
            "Ein weiterer Unfall ereignete sich in St. Gallen. Der Lenker war in Richtung Wil unterwegs, wie "
            "die St. Galler Polizei in einer Mitteilung schreibt.",
            [("indirect", "Der Lenker war", "St. Galler Polizei", "St. Galler Polizei")],
            id="dev6: 'St.' and its full stop open a name, as an academic title does",
        ),
        pytest.param(
            "Den erhofft sich Jansen auch für seine Teamkollegen. „Sollte Troche wirklich bei uns bleiben, "
            "wäre das natürlich eine ganz große Sache“, weiß der amtierende HSV-Präsident.",
            [("direct", "Sollte Troche wirklich", "amtierende HSV-Präsident", "amtierende HSV-Präsident")],
            id="dev6: a finite verb no list holds right after the quotation and its comma is the inquit",
        ),
        pytest.param(
            "„Sollte Troche bleiben, wäre das eine große Sache“, weiß der amtierende HSV-Präsident, warnt "
            "aber: „Man darf nie vergessen, dass wir älter sind.“",
            [
                ("direct", "Sollte Troche bleiben,", "amtierende HSV-Präsident", "amtierende HSV-Präsident"),
                ("direct", "Man darf nie", "amtierende HSV-Präsident", "amtierende HSV-Präsident"),
            ],
            id="dev6: and the verb of saying after its comma shares that subject",
        ),
        pytest.param(
            "„Bereits jetzt sind mehr als 20 Partner dabei“, freut sich Projektleiter Toni Wegscheider.",
            [
                (
                    "direct",
                    "Bereits jetzt sind",
                    "Projektleiter Toni Wegscheider",
                    "Projektleiter Toni Wegscheider",
                )
            ],
            id="dev5: 'freut sich X' after the quotation, its reflexive read past",
        ),
        pytest.param(
            "Yücel hat schon an den vergangenen Buchmesse-Tagen die Menschen angezogen.\n\nDiese "
            "Solidarität habe er auch im Knast gespürt.",
            [("indirect", "Diese Solidarität habe", "er", "Yücel")],
            id="dev6: the subject pronoun right after a Konjunktiv I verb in second place speaks",
        ),
        pytest.param(
            "Gatlin gilt in der Szene als umstritten. Mit einem Sieg wäre er zum ältesten Weltmeister der "
            "Geschichte aufgestiegen.",
            [],
            id="not after a Konjunktiv II, which reports nothing here",
        ),
        pytest.param(
            "Eine offenbar fast unendliche Geschichte: „Mit dem vom Gericht bestellten Gutachter wird zur "
            "Zeit das Verfahren abgestimmt“, erklärt auf Nachfrage Martin Rölen aus der Presseabteilung.",
            [("direct", "Mit dem vom", "Martin Rölen", "Martin Rölen")],
            id="dev6: the inquiry after the verb ('auf Nachfrage') is read past to the subject",
        ),
        pytest.param(
            "Das Verfahren sei abgestimmt, sagte auf APA-Anfrage ein Sprecher der Stadt.",
            [("indirect", "Das Verfahren sei", "ein Sprecher der Stadt", "ein Sprecher der Stadt")],
            id="also before a role with its article",
        ),
        pytest.param(
            "Die Stadt ist schuld. Weil die schadhaften Stellen wichtig für die Beweisaufnahme seien, "
            "könnten sie nicht repariert werden, erklärt der Sprecher: „Wir hätten es lieber anders.“",
            [
                ("indirect", "Weil die schadhaften", "Sprecher", "Sprecher"),
                ("direct", "Wir hätten es", "Sprecher", "Sprecher"),
            ],
            id="dev6: a subordinate clause and a Konjunktiv main clause before the inquit of a quotation",
        ),
        pytest.param(
            "Wenn Müller emotional wurde, erinnerte er sich: „Das war schön.“",
            [("direct", "Das war schön.", None, None)],
            id="a subordinate clause alone before the inquit reports nothing",
        ),
        pytest.param(
            "„Mehr als 20 Partner sind dabei“, freut sich Univ.-Prof. Dr. Robert Galler.",
            [("direct", "Mehr als 20", "Univ.-Prof. Dr. Robert Galler", "Univ.-Prof. Dr. Robert Galler")],
            id="dev5: academic titles joined by a hyphen belong to the name",
        ),
        pytest.param(
            "„Wir bauen die größte Anlage“, sagte Prof. Dr.-Ing. Andreas Reuter.",
            [("direct", "Wir bauen die", "Prof. Dr.-Ing. Andreas Reuter", "Prof. Dr.-Ing. Andreas Reuter")],
            id="also after a title with its full stop",
        ),
        pytest.param(
            "Während des Rennens drehte sich der Trainer zu ihm und sagte: „Weißt du was?“",
            [("direct", "Weißt du was?", "Trainer", "Trainer")],
            id="dev6: 'Während' before a noun phrase and a verb is a preposition; the subject after the verb",
        ),
        pytest.param(
            "Während des Rennens drehte sich sein Sohn zu ihm und sagte: „Weißt du was, Dad?“",
            [("direct", "Weißt du was,", "sein Sohn", "sein Sohn")],
            id="dev6: 'Sohn' is a role noun, as 'Vater' and 'Tochter' are",
        ),
        pytest.param(
            "Während der Minister die Presse traf und sagte, er habe nichts gewusst, protestierten Bauern.",
            [("indirect", "Während der Minister", "Minister", "Minister")],
            id="'Während' that opens a subordinate clause, as before",
        ),
        pytest.param(
            "Die Bilder des Künstlers Heinz Eichhorst werden hoch gehandelt. Udo Kriese (75) hat ein Motiv "
            "ersteigert. „Ich bin in Kücknitz aufgewachsen, das Bild gefällt mir“, sagt er.",
            [("direct", "Ich bin in", "er", "Udo Kriese")],
            id="dev6: two capitalised words before an age in parentheses name a person, also first",
        ),
        pytest.param(
            "Die Tauben fanden nicht raus. Mit dabei war auch Stefan Bröckling von der Tiernothilfe: „Wir "
            "haben festgestellt, dass in den Netzen mehrere Tiere hingen.“",
            [("direct", "Wir haben festgestellt,", "Stefan Bröckling", "Stefan Bröckling")],
            id="dev6: 'dabei' is an adverb, so the subject after the finite verb introduces the quotation",
        ),
        pytest.param(
            "„Wenn er schon so freundlich ist, eigens für mich ein Wort zu kreieren“, sagte Yücel mit einem "
            "Augenzwinkern, dann müsse das auch gewürdigt werden.",
            [
                ("direct", "Wenn er schon", "Yücel", "Yücel"),
                ("indirect", "dann müsse das", "Yücel", "Yücel"),
            ],
            id="dev6: Konjunktiv I after the inquit and its comma goes on with the quotation's speaker",
        ),
        pytest.param(
            "„Wir kommen“, sagte der Minister, der heute in Berlin sei.",
            [("direct", "Wir kommen", "Minister", "Minister")],
            id="not a relative clause about the speaker",
        ),
    ],
)
def test_speaker(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert speakers(text) == expected
