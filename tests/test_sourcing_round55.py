"""Who speaks, fifty-fifth speaker round (docs/accuracy.md, "speaker round 55"): pronouns reach the person
they refer to. A quotation opened with “ and closed with “ (sloppy copy, as '"…“' already was) ends at its
closing mark, so the inquit after it is read (dev7's Stecher and Bahn-Sprecherin, dev9's Watson). Given names
the lists lacked make a full name a person of a gender that "er" and "sie" can reach (dev4's Maximilian
Thorwirth, dev10's Charles Davis). The predicate of a copula after its subject pronoun ("Im Herzen bin ich
ein heimlicher Politiker") names no one a later "er" could mean, and a clause of unmarked first-person
speech before ", sagte er" holds no antecedent of that "er" (dev8's Cranston, 10kGNAD's quotes without
marks). Real German sentences in, the speakers out; each fails on main before this round."""

import pytest

from framing.measures.voice import quoted_regions
from framing.speakers import noun_kind
from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # dev7's sentence
            "“Diese Entscheidung ist alles andere als leicht. Sara tut mir persönlich sehr leid“, sagte der "
            "Sportliche Leiter des ÖSV, Mario Stecher.",
            ("direct", "Diese Entscheidung ist", "Mario Stecher", "Mario Stecher"),
        ),
        (
            "“Die Kapazitäten unserer Lounges sind beschränkt“, erklärte eine Bahn-Sprecherin dem "
            "Zugreiseblog.",
            ("direct", "Die Kapazitäten unserer", "eine Bahn-Sprecherin", "eine Bahn-Sprecherin"),
        ),
    ],
)
def test_a_quotation_opened_and_closed_with_the_same_mark_reaches_its_inquit(text, expected):
    assert speakers(text) == [expected]


def test_the_same_mark_closes_only_after_the_words_it_quotes():
    text = "“Wir bleiben“, sagte sie. Dann ging sie."
    assert [text[start:end] for start, end in quoted_regions(text)] == ["Wir bleiben"]


@pytest.mark.parametrize(("name", "gender"), [("Maximilian", "m"), ("Charles", "m"), ("Eliane", "f")])
def test_given_names_the_lists_lacked(name, gender):
    assert noun_kind(name) == ("given", gender)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # dev4's runner: "Maximilian" made him a man "er" can reach
            "Am vergangenen Freitag war Maximilian Thorwirth noch als Tempomacher in Karlsruhe unterwegs. Am "
            "Samstag lief er allein. Er sei sehr zufrieden, sagte er.",
            [("indirect", "Er sei sehr", "er", "Maximilian Thorwirth")],
        ),
        (  # dev10's botanist, not the colleague he is compared with
            "Ein Team um Charles Davis, Professor an der Harvard University, bestätigte die Ergebnisse. "
            "Ähnlich wie Molina ist auch Davis von den Pflanzen fasziniert, »weil sie die rätselhaftesten "
            "unter den Blütenpflanzen sind«, sagt er.",
            [
                ("indirect", "Ein Team um", "Ergebnisse", "Ergebnisse"),
                ("partial", "weil sie die", "er", "Davis"),
            ],
        ),
    ],
)
def test_a_pronoun_reaches_a_name_with_a_given_name_the_lists_lacked(text, expected):
    assert speakers(text) == expected


CRANSTON = (
    "Hollywood – Der US-Schauspieler Bryan Cranston (59, Breaking Bad) kann sich nach eigenen Angaben "
    "vorstellen, später einmal in die Lokalpolitik zu gehen. Im Herzen bin ich ein heimlicher Politiker, "
    "sagte er dem US-Magazin Playboy. Er könne sich vorstellen, sich als Bürgermeister zur Wahl zu stellen, "
    "wenn er irgendwann mit der Schauspielerei aufhöre und in einem kleinen Ort lebe. Er würde dann "
    "Prostitution und Cannabis legalisieren, erzählte er."
)


def test_a_copulas_predicate_is_no_one_a_pronoun_refers_to():
    # dev8's 10kGNAD text: "ein heimlicher Politiker" says what Cranston is; every "er" after it is Cranston
    found = speakers(CRANSTON)
    assert [person for _, _, _, person in found[1:]] == ["US-Schauspieler Bryan Cranston"] * 3


def test_a_clause_of_first_person_speech_before_the_inquit_holds_no_antecedent():
    text = (
        "Der Schauspieler Bryan Cranston will in die Politik. Wir wollen mit Bürgermeister Karl Meier reden, "
        "sagte er."
    )
    assert speakers(text) == [("indirect", "Wir wollen mit", "er", "Schauspieler Bryan Cranston")]


def test_a_subject_after_a_passive_auxiliary_stays_a_mention():
    # PFB train's farmer: "wurde ein 39-jähriger Landwirt … getroffen" is the subject, no predicate
    text = (
        "Dabei wurde ein 39-jähriger Landwirt von einer Kugel getroffen. Er sagte aus: „Plötzlich zersprang "
        "die Frontscheibe.“"
    )
    assert speakers(text) == [
        ("direct", "Plötzlich zersprang die", "Er", "ein 39-jähriger Landwirt von einer Kugel")
    ]
