"""Who speaks, thirty-ninth speaker round (docs/accuracy.md, "speaker round 39"): the subject finder of round
36 (framing/measures/subjects.py) extended. (a) A common noun with its article after a verb of saying keeps
its owner in the genitive ("sagt die Liebhaberin der griechischen Küche", gold span rule 3), "der"/"einer"
only before an ordinary noun, as before a medium they are the dative of the one spoken to. (c) The chunker:
an ordinal after a determiner belongs to its phrase and its full stop ends no clause ("der Präsident der 27.
UN-Klimakonferenz"); a common noun before the verb keeps its prepositional attribute ("Eine Schrift aus dem
17. Jahrhundert"); one ordinary noun without article before a singular verb is no subject when a phrase with
its article follows ("Stolz vermeldet das deutsche Management"). Real German sentences in (the dev sets',
10kGNAD's, PFB train's), the speaker spans out; each fails without its rule, the guards without their
exclusion."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Ich freue mich darauf, bald wieder ins Restaurant zu gehen“, sagt die Liebhaberin der "
            "griechischen Küche.",
            [("direct", "Ich freue mich", *["Liebhaberin der griechischen Küche"] * 2)],
            id="dev10: a noun no list knows keeps its genitive after the inquit",
        ),
        pytest.param(
            "Etwa 200 bis 300 Migranten seien mit Stöcken und Steinen aufeinander losgegangen, berichtete "
            "die Präfektur des nordfranzösischen Departements Pas-de-Calais am Freitag.",
            [
                (
                    "indirect",
                    "Etwa 200 bis",
                    *["Präfektur des nordfranzösischen Departements Pas-de-Calais"] * 2,
                )
            ],
            id="10kGNAD: with its genitive the phrase ends the sentence after reported speech",
        ),
        pytest.param(
            "Die Lage sei ernst, sagte ein Freund des Opfers.",
            [("indirect", "Die Lage sei", "ein Freund des Opfers", "ein Freund des Opfers")],
            id="an indefinite noun with its genitive after reported speech",
        ),
        pytest.param(
            "„Wir haben erfahren, dass die beiden bei dem Anschlag starben“, teilte der Arbeitgeber des "
            "Mannes am Samstag mit.",
            [("direct", "Wir haben erfahren,", *["Arbeitgeber des Mannes"] * 2)],
            id="10kGNAD: round 36's masculine nominative keeps its genitive",
        ),
        pytest.param(
            "„Das war ein großer Sieg“, sagte der Schweizer der Gazzetta dello Sport.",
            [("direct", "Das war ein", "Schweizer", "Schweizer")],
            id="guard (dev8): 'der' before a name is the dative of the medium spoken to",
        ),
        pytest.param(
            "Das Touchpad erweist sich als störrisch. Wenn möglich, empfiehlt sich die Verwendung einer "
            "normalen Maus.",
            [],
            id="guard (10kGNAD): no reported speech before the comma, no inquit",
        ),
        pytest.param(
            "Sie galten als stumpf und stur. Eine Schrift aus dem 17. Jahrhundert erklärt die Märker zu "
            "»unfreundlichen Leuten.«",
            [("partial", "unfreundlichen Leuten.", *["Eine Schrift aus dem 17. Jahrhundert"] * 2)],
            id="dev8: an ordinal inside the attribute, which stays with the common noun",
        ),
        pytest.param(
            "„Die multilaterale Diplomatie funktioniert immer noch.“ Das sagte der Präsident der 27. "
            "UN-Klimakonferenz (COP27) am Montag.",
            [("direct", "Die multilaterale Diplomatie", *["Präsident der 27. UN-Klimakonferenz"] * 2)],
            id="dev4: an ordinal's full stop ends no clause, the genitive goes on",
        ),
        pytest.param(
            "Die US Botschaft in Riad teilte dem Fernsehsender CNN mit, dass keine Bürger verletzt worden "
            "seien.",
            [("indirect", "Die US Botschaft", *["US Botschaft in Riad"] * 2)],
            id="PFB train: a common noun's place stays with it before the verb",
        ),
        pytest.param(
            "Kein Verstoß sei die hohe Anzahl an Bagatellfällen, die der Rechnungshof in seinem Bericht "
            "konstatierte.",
            [("indirect", "Kein Verstoß sei", *["der Rechnungshof"] * 2)],
            id="guard (10kGNAD): a possessive's document identifies no one",
        ),
        pytest.param(
            "Stolz vermeldet das deutsche Management, dass in diesem Jahr bislang 33.000 Modelle verkauft "
            "wurden.",
            [("indirect", "Stolz vermeldet das", *["deutsche Management"] * 2)],
            id="dev4: a bare noun before the singular verb, the subject with its article after it",
        ),
        pytest.param(
            "Auch zum Arbeitsplatz fahren die Wiener vermehrt mit dem Pkw. Heuer gab die Hälfte der "
            "Befragten an, mit dem Auto zur Arbeit zu fahren.",
            [("indirect", "Heuer gab die", *["Hälfte der Befragten"] * 2)],
            id="10kGNAD: 'Heuer' opens the sentence, the subject follows the verb",
        ),
        pytest.param(
            "Die Armeen der USA und Südkoreas üben. Auch China kritisierte die Militärübung: „Das ist eine "
            "Provokation.“",
            [("direct", "Das ist eine", "China", "China")],
            id="guard (10kGNAD): a place is a subject without an article",
        ),
        pytest.param(
            "Irmgard Griss will kandidieren. Griss begrüßte die Idee eines Fairnessabkommens: „Das ist ein "
            "gutes Zeichen.“",
            [("direct", "Das ist ein", "Griss", "Griss")],
            id="guard (10kGNAD): a surname that is a German word, named before",
        ),
        pytest.param(
            "Studien bestätigen die Warnung: „Das ist ein Skandal.“",
            [("direct", "Das ist ein", "Studien", "Studien")],
            id="guard: a bare plural before a plural verb is its subject",
        ),
    ],
)
def test_subject_and_its_phrase(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert speakers(text) == expected
