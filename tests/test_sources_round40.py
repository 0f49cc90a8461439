"""Source types of round 40 (issue 11, branch src40): role words read as the wrong type. A sector before a
role of no type is its association's ("die Branchenkoordinatorin" of a union, not a company by "Branche"),
and an organisation the phrase names still decides; a person whose name the outlet changed is a private
person, whatever role the article gives them ("der Soldat Andrij"); "Frau", "Mann" and "Freundin" say no
more than an age in an article about sport; "die erste Frau an der Spitze des ICMPD" heads the organisation
named, "die Frau des Bundespräsidenten" stays a private person. German phrases and texts in, a type out."""

import pytest

from framing.sources import classify, classify_in_text


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("die Branchenkoordinatorin für Busse und Bahnen", "civil_society"),  # was business by "Branche"
        ("Industriekoordinator", "civil_society"),  # was business by "Industrie"
        ("Branchenkoordinatorin der Commerzbank", "business"),  # the organisation named decides
        ("Branchenkoordinatorin bei Verdi", "civil_society"),
        ("Branchenkenner", "expert"),  # a typed head keeps its type
        ("Industriekaufmann", "business"),
        ("die Koordinatorin", "other"),  # no sector, no type
    ],
)
def test_a_sector_before_a_role_of_no_type(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


STRIKE = (
    "Die Streiks treffen vor allem Pendlerinnen und Pendler.\n\n"
    "Der Gewerkschaft Verdi sind diese Auswirkungen bewusst. Auf BR-Anfrage betont die "
    "Branchenkoordinatorin für Busse und Bahnen, Katharina Wagner, dass die Streiks niemanden kalt "
    "lassen: Es tue ihr leid, dass viele Beschäftigte zusätzlich belastet werden."
)


def test_a_union_s_sector_coordinator() -> None:
    found = classify_in_text("Katharina Wagner", STRIKE)
    assert (found.type, found.cue) == ("civil_society", "Branchenkoordinatorin")  # was business


BACHMUT = (
    "Die ukrainische Armee hat ihre Reserven lange geschont. Auch Andrij und Maxym (Namen von der Redaktion "
    'geändert) haben bei Bachmut gekämpft. "Ich hoffe sehr, dass es sich gelohnt hat", sagt Andrij. '
    '"Endlich wieder befreite Gebiete", sagt Maxym. Diesen Preis sieht der Soldat Andrij jedes Mal, wenn er '
    'auf sein Handy schaut: "Viele Kameraden sind gefallen."'
)


@pytest.mark.parametrize("phrase", ["Andrij", "Soldat Andrij", "Maxym"])
def test_a_changed_name_is_a_private_person(phrase: str) -> None:
    found = classify_in_text(phrase, BACHMUT)
    assert (found.type, found.cue) == ("citizen", "Namen von der Redaktion geändert")  # was authority, other


def test_a_soldier_under_his_own_name_stays_the_army_s() -> None:
    text = BACHMUT.replace(" (Namen von der Redaktion geändert)", "")
    assert classify_in_text("Soldat Andrij", text).type == "authority"


def test_a_changed_name_after_a_full_name() -> None:
    text = (
        "Polizeibeamter Thomas Berger (Name geändert) erzählt von seinen Nachtschichten. "
        '"Wir sind zu wenige", sagt Berger.'
    )
    assert classify_in_text("Berger", text).type == "citizen"
    assert classify_in_text("Berger", text.replace("(Name geändert)", "(42)")).type == "authority"


LUGE = (
    "Lillehammer. Am Samstag beginnt die neue Saison im Weltcup der Rodlerinnen. Mit Zimmergefährtin "
    "Julia Taubitz hat Natalie Maag im Vorjahr die Weltmeisterschaft im Sprint gewonnen, mit Freundin "
    'Julia Taubitz auf der Bahn im Kohlgrund. "Ich würde mich riesig freuen, wenn es im Weltcup wieder mal '
    'in Richtung Podest geht", sagt die junge Frau aus Wernetshausen im Kanton Zürich. Die Mannschaft '
    "trainiert in Oberhof."
)


def test_a_woman_in_an_article_about_sport_is_the_athlete() -> None:
    woman = "junge Frau aus Wernetshausen im Kanton Zürich"
    assert classify_in_text(woman, LUGE).type == "other"  # was citizen
    assert classify_in_text("Taubitz", LUGE).type == "other"  # "Freundin": was citizen


def test_a_woman_elsewhere_stays_a_citizen() -> None:
    text = (
        "In Wernetshausen wird eine neue Strasse gebaut. "
        '"Wir hören den Lärm jeden Tag", sagt die junge Frau aus Wernetshausen im Kanton Zürich.'
    )
    assert classify_in_text("junge Frau aus Wernetshausen im Kanton Zürich", text).type == "citizen"


@pytest.mark.parametrize(
    ("phrase", "expected", "cue"),
    [
        ("die erste Frau an der Spitze der Bundesbank", "authority", "Bundesbank"),  # was citizen by "Frau"
        ("der erste Mann an der Spitze des Vereins", "civil_society", "Vereins"),  # was citizen
        ("die erste Frau an der Spitze des ICMPD", "authority", "ICMPD"),  # an intergovernmental body
        ("die Frau des Bundespräsidenten", "citizen", "Frau"),  # his wife, not his office
        ("der Mann an der Spitze der Demonstranten", "citizen", "Demonstranten"),
        ("die Frau an der Spitze", "citizen", "Frau"),  # no organisation named
    ],
)
def test_a_person_at_the_head_of_an_organisation(phrase: str, expected: str, cue: str) -> None:
    found = classify(phrase)
    assert (found.type, found.cue) == (expected, cue)


ICMPD = (
    "Raab setzte sich in der Abstimmung mit 13 zu 8 Stimmen gegen ihren Mitbewerber durch.\n\n"
    'Raab ist die erste Frau an der Spitze des ICMPD. Raab bezeichnete es als "Privileg", die Führung zu '
    "übernehmen."
)


def test_a_woman_named_as_the_first_at_the_head() -> None:
    found = classify_in_text("Raab", ICMPD)
    assert (found.type, found.cue) == ("authority", "ICMPD")  # was citizen by "Frau"
