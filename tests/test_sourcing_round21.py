"""Who speaks, twenty-first speaker round (README, "Accuracy on real news"): reported speech after a
sentence whose subject, an organisation, follows its verb, as a court's reasoning is reported on the
seventh dev set. Real German sentences in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Auch das verhängte Ordnungsgeld bewertete der Senat als rechtmäßig. Im Gerichtssaal habe der "
            "Richter die Sitzungsgewalt inne. Auch die Höhe des Ordnungsgeldes sei angemessen.",
            [
                ("indirect", "Im Gerichtssaal habe", "Senat", "Senat"),
                ("indirect", "Auch die Höhe", "Senat", "Senat"),
            ],
            id="dev7: the subject after the verb of a sentence an object opens announces the Konjunktiv",
        ),
        pytest.param(
            "Zunächst hatte das OLG keinerlei Bedenken gegen die Rechtmäßigkeit der Verordnung. Auf "
            "Grundlage des § 3 Abs. 2 habe der Landkreis Aurich das Tragen von Gesichtsmasken "
            "vorgeschrieben.",
            [("indirect", "Auf Grundlage des", "OLG", "OLG")],
            id="dev7: and after an adverb, an organisation's acronym as that subject",
        ),
        pytest.param(
            "Am Montag traf die Gewerkschaft die Arbeitgeber. Die Gespräche seien gut verlaufen.",
            [("indirect", "Die Gespräche seien", "Gewerkschaft", "Gewerkschaft")],
            id="an organisation after the verb of a sentence a time phrase opens, before 'seien'",
        ),
        pytest.param(
            "Am Montag traf der Minister die Opposition. Die Gespräche seien gut verlaufen.",
            [],
            id="gnad: not a person or role after the verb: organisations and media only",
        ),
        pytest.param(
            "Am Montag verhandelten die Gewerkschaft und der Verband. Eine Einigung sei nicht in Sicht.",
            [],
            id="PFB train: not one of things or bodies coordinated",
        ),
        pytest.param(
            "Weitere Anteile halten die UNIQA (29,6 Prozent), das Bankhaus Schelhammer und die Vienna "
            "Insurance Group. Die LLI habe ein verbindliches Angebot erhalten.",
            [],
            id="gnad: not the first of an enumeration with commas",
        ),
        pytest.param(
            "In diesem Sinne ist auch das Unternehmen ein Vorreiter. Die Kosten seien hoch.",
            [],
            id="gnad: not the subject of a copula",
        ),
        pytest.param(
            "An den Orten, an denen das DAI ausgegraben hat, haben wir Wächter angestellt. Darüber hinaus "
            "bin ich mit den Scheichs in Kontakt, bespreche Probleme.",
            [],
            id="gnad: a first-person sentence after it is no one's reported speech",
        ),
        pytest.param(
            "Zunächst hatte das Gericht keine Bedenken. Es wäre ein Segen.",
            [],
            id="gnad: Konjunktiv II after it reports nothing",
        ),
        pytest.param(
            "Der Humor sei zu schwarz für ARD und ZDF, sagt Produzent Lueftner. Den Vertriebsweg möchte "
            "die britische ITV Global. Weitere Märkte seien Skandinavien und die Beneluxländer.",
            [("indirect", "Der Humor sei", "Produzent Lueftner", "Produzent Lueftner")],
            id="gnad: not within the paragraph of another speaker",
        ),
        pytest.param(
            "Der Humor sei zu schwarz für ARD und ZDF, sagt Produzent Lueftner.\n\nDen Vertriebsweg möchte "
            "die britische ITV Global. Weitere Märkte seien Skandinavien und die Beneluxländer.",
            [
                ("indirect", "Der Humor sei", "Produzent Lueftner", "Produzent Lueftner"),
                ("indirect", "Weitere Märkte seien", "britische ITV Global", "britische ITV Global"),
            ],
            id="but in the next paragraph",
        ),
    ],
)
def test_round21(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert speakers(text) == expected
