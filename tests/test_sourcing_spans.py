"""Speaker span boundaries (seventeenth speaker round; README, "Accuracy on real news"): the right
person, named with the words our gold's convention gives its span. Real German news sentences in,
the speaker spans out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„3G und 2G+ ist für uns längst Standard“, erklärt Kessmann in einer Pressemitteilung des "
            "Caritasverbandes. Solange es keine allgemeine Impfpflicht gebe, müsse auch den "
            "Pflegemitarbeitenden vertraut werden, dass sie sich entsprechend vorsichtig verhielten.",
            [
                ("direct", "3G und 2G+", "Kessmann", "Kessmann"),
                ("indirect", "Solange es keine", "Kessmann", "Kessmann"),
            ],
            id="dev4: a pronoun in a later clause is the reported words, not the speaker's mention",
        ),
        pytest.param(
            "Irme Stetter-Karp betonte, auch internationale Solidarität sei nötig. Das ZdK solle als "
            "Dialogpartner auftreten; sie selbst stehe für einen kollegialen Stil.",
            [
                ("indirect", "Irme Stetter-Karp betonte,", "Irme Stetter-Karp", "Irme Stetter-Karp"),
                ("indirect", "Das ZdK solle", "Irme Stetter-Karp", "Irme Stetter-Karp"),
            ],
            id="dev3: after a semicolon",
        ),
        pytest.param(
            "Das Bau- und Transportministerium teilte mit, dass die Straße bis auf Weiteres gesperrt sei.",
            [("indirect", "Das Bau- und", "Bau- und Transportministerium", "Bau- und Transportministerium")],
            id="PFB dev: the span keeps the first part of the compound",
        ),
        pytest.param(
            "Stoiber hatte besonders die Rolle der Fraktions- und Parteivorsitzenden betont: „Die "
            "Entscheidungen fallen im Kreise der Parteivorsitzenden und der Fraktionsvorsitzenden.“",
            [("direct", "Die Entscheidungen fallen", "Stoiber", "Stoiber")],
            id="PFB train: the clause goes on past the hyphen, so its subject is found",
        ),
        pytest.param(
            "„Die Lieferketten werden sich nachhaltig verändern“, sagte der Konzernchef von FACC mit Blick "
            "auf Europa, die USA und China.",
            [("direct", "Die Lieferketten werden", "Konzernchef von FACC", "Konzernchef von FACC")],
            id="dev3: a compound in -chef is a role, so its 'von' phrase belongs to it",
        ),
        pytest.param(
            "Der Chefarzt der Klinik sagte, die Lage auf den Stationen sei angespannt.",
            [("indirect", "Der Chefarzt der", "Chefarzt der Klinik", "Chefarzt der Klinik")],
            id="a compound in -arzt with its genitive",
        ),
        pytest.param(
            "„Die Ergebnisse werden weiter mit Schleichwerbung veröffentlicht“, sagte der Vorsitzende des "
            "Linux-Verbandes, Elmar Gesse.",
            [("direct", "Die Ergebnisse werden", "Elmar Gesse", "Elmar Gesse")],
            id="PFB train: the name after the role's comma, though the lemmatizer knows 'Elmar'",
        ),
        pytest.param(
            "„Die positive Entwicklung am Arbeitsmarkt setzt sich fort“, äußerte sich der Chef der "
            "Bundesagentur für Arbeit, Frank-Jürgen Weise, in Nürnberg.",
            [("direct", "Die positive Entwicklung", "Frank-Jürgen Weise", "Frank-Jürgen Weise")],
            id="PFB train: a surname that is a German word ('Weise'), set off by commas",
        ),
        pytest.param(
            "„Die positive Entwicklung am Arbeitsmarkt setzt sich fort“, äußerte sich der Chef der "
            "Bundesagentur für Arbeit in Nürnberg.",
            [
                (
                    "direct",
                    "Die positive Entwicklung",
                    "Chef der Bundesagentur für Arbeit",
                    "Chef der Bundesagentur für Arbeit",
                )
            ],
            id="PFB train: 'für' and its noun after an organisation belong to its name",
        ),
        pytest.param(
            "Die Deutsche Schutzvereinigung für Wertpapierbesitz (DSW) kritisierte, der Vorstand habe die "
            "Aktionäre zu spät informiert.",
            [
                (
                    "indirect",
                    "Die Deutsche Schutzvereinigung",
                    "Deutsche Schutzvereinigung für Wertpapierbesitz",
                    "Deutsche Schutzvereinigung für Wertpapierbesitz",
                )
            ],
            id="PFB train: the same before the verb, its acronym in parentheses left out",
        ),
        pytest.param(
            "Nach Angaben informierter Kreise soll der Minister noch in dieser Woche zurücktreten.",
            [("indirect", "Nach Angaben informierter", "informierter Kreise", "informierter Kreise")],
            id="PFB train: the owner of a noun of information in the genitive plural without article",
        ),
        pytest.param(
            "Nach Meinung politischer Beobachter sei die Wahl damit entschieden.",
            [("indirect", "Nach Meinung politischer", "politischer Beobachter", "politischer Beobachter")],
            id="PFB dev: the same after a point of view",
        ),
        pytest.param(
            "Theo Zwanziger, Präsident des Deutschen Fußball-Bundes (DFB) nannte die Bewerbung "
            "hervorragend, sie sei ein Gewinn für den Frauenfußball.",
            [("indirect", "Theo Zwanziger, Präsident", "Theo Zwanziger", "Theo Zwanziger")],
            id="PFB train: a name at the sentence's start, its role after a comma left unclosed",
        ),
        pytest.param(
            "Stephen Singer, ein Klimaexperte vom WWF erklärte, der Bericht sei „ein grundlegendes "
            "Dokument“.",
            [("partial", "ein grundlegendes Dokument", "Stephen Singer", "Stephen Singer")],
            id="PFB train: the same with the role's article",
        ),
        pytest.param(
            "Die Nähe des Bären zu Siedlungen stellt nach Angaben des Sprechers des bayerischen "
            "Umweltministeriums, Roland Eichhorn, ein immer größer werdendes Risiko dar.",
            [("indirect", "Die Nähe des", "Roland Eichhorn", "Roland Eichhorn")],
            id="PFB dev: the name after the role's comma also after a noun of information",
        ),
        pytest.param(
            "Nach Angaben der Internationalen Föderation der Rotkreuz- und Rothalbmond-Gesellschaften "
            "(IFRC) seien seit Anfang 2020 über 17.000 Menschen durch Katastrophen gestorben.",
            [
                (
                    "indirect",
                    "Nach Angaben der",
                    "Internationalen Föderation der Rotkreuz- und Rothalbmond-Gesellschaften",
                    "Internationalen Föderation der Rotkreuz- und Rothalbmond-Gesellschaften",
                )
            ],
            id="dev4: a federation's genitive with a compound cut short, after a noun of information",
        ),
        pytest.param(
            "Bischof Christian Stäblein predigte in der Marienkirche. „Der Geist Gottes möge uns endlich "
            "vernünftig werden lassen“, betete der Bischof.",
            [("direct", "Der Geist Gottes", "Bischof", "Bischof Christian Stäblein")],
            id="dev4: 'beten' is a verb of saying, so its inquit names the mention",
        ),
        pytest.param(
            "„Die Nutzer sollen einen Zustellungsbevollmächtigten nennen können“, heißt es in der "
            "Einleitung des Entwurfs.",
            [("direct", "Die Nutzer sollen", "Einleitung des Entwurfs", "Einleitung des Entwurfs")],
            id="dev3: a common noun with its article keeps the genitive that names it",
        ),
        pytest.param(
            "Laut einem Positionspapier des Bundesministeriums des Innern sollen die Daten zehn Jahre "
            "gespeichert werden.",
            [
                (
                    "indirect",
                    "Laut einem Positionspapier",
                    "Bundesministeriums des Innern",
                    "Bundesministeriums des Innern",
                )
            ],
            id="PFB dev: after 'laut' a document's genitive names its author (round 75, gold rule 8)",
        ),
        pytest.param(
            "Die praktische Anwendung der Richtlinienkompetenz des Bundeskanzlers stellte der "
            "SPD-Vorsitzende Franz Müntefering in Frage: „Die Anwendung der Richtlinie ist nicht "
            "lebenswirklich.“",
            [
                (
                    "direct",
                    "Die Anwendung der",
                    "SPD-Vorsitzende Franz Müntefering",
                    "SPD-Vorsitzende Franz Müntefering",
                )
            ],
            id="PFB train: not before the verb, where such a phrase may be the object",
        ),
        pytest.param(
            "Allerdings wird der Betrag laut Unternehmenschef Richard Canny nicht ausreichen. Zwar sei es "
            "ein wichtiger Schritt, und man sei dankbar – so Canny –, trotzdem sei die Firma auf weitere "
            "Mittel angewiesen.",
            [
                (
                    "indirect",
                    "Allerdings wird der",
                    "Unternehmenschef Richard Canny",
                    "Unternehmenschef Richard Canny",
                ),
                ("indirect", "Zwar sei es", "Canny", "Canny"),
            ],
            id="dev2: 'so X' between dashes names the mention in the quote's own sentence",
        ),
    ],
)
def test_the_speaker_span_is_the_whole_mention_and_no_more(text, expected):
    """A pronoun in a later clause is the reported words, not the continued speaker's mention; a compound
    cut short before "und" is one noun with the next; compounds of "chef" and "arzt" are role nouns that
    keep their complement, as an organisation or role keeps "für" and its noun; a name of two words set
    off by a comma after a role (also after "nach Angaben") is the speaker's span, as one before its
    role whose closing comma is left out, and the owner of a noun of information in the genitive plural
    without article; after "laut", "so" or "in" a source's common noun keeps the genitive naming it;
    "– so X –" names the speaker in place."""
    assert speakers(text) == expected
