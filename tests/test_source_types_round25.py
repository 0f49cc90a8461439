"""Source types of round 25 (issue 11, item 2, branch src25): role words read as the wrong type and role
nouns no list knew. Words that carry no type by themselves give none: a colleague is typed by whose
colleague they are ("Yuans Kollege", "Halas‘ Kollege") or by the modifier, a modifier of rank
("Seniorautorin") is no senior citizen; an age written in lower case after its number ("sagt die
27-jährige") names a private person as "die 27-Jährige" does; the people a survey asked ("die Befragten")
are citizens; an author's noun has a sense per context (the authors of a study are experts, of a novel
authors). source_types.toml 1.20. German sentences in, a type and its cue out."""

import pytest

from framing.sources import classify, classify_in_text, generic_role

AMMONIAK = (
    "Eine günstigere Alternative haben nun Yigao Yuan von der Rice University on Houston und seine Kollegen "
    "entwickelt. „Unter Lichtzufuhr zeigte der Kupfer-Eisen-Katalysator eine Reaktivität und Effizienz, die "
    "mit der des gängigen Katalysators Kupfer-Ruthenium vergleichbar ist“, berichtet Yuans Kollege Hossein "
    "Robatjazi. „Dies ist der erste Bericht in der Fachliteratur“, sagt Seniorautorin Naomi Halas von der "
    "Rice University. „Unsere Entdeckung ebnet den Weg zu nachhaltigem Wasserstoff“, sagt Halas‘ Kollege "
    "Peter Nordlander."
)
KAKUMA = (
    "Deshalb durfte sie 2010 nach Kakuma umsiedeln. “Hier fühle ich mich sicher,” sagt die 27-jährige. "
    "„Das ist besser, als wenn die Leute sich verprügeln“, meint der 28-jährige Sudanese."
)
STUDIE = (
    "In einer Studie der Medienanstalt Nordrhein-Westfalen mit dem Titel „Money for nothing and content for "
    "free?“ schlussfolgern die Autoren, dass es unter Nutzerinnen und Nutzern weiterhin eine "
    "Gratismentalität gebe. Auf die Frage, ob sich das rechnen könne, zogen die Befragten Vergleiche zu "
    "Spielfilmen."
)
ROMAN = (
    "Der Roman erzählt von einer Kindheit am Meer. Die Autoren schreiben, sie hätten drei Sommer lang an der "
    "Küste gelebt."
)


def test_a_colleague_is_typed_by_whose_colleague_they_are() -> None:
    found = classify_in_text("Yuans Kollege Hossein Robatjazi", AMMONIAK)
    assert found is not None and (found.type, found.cue) == ("expert", "University")


def test_a_genitive_apostrophe_after_s_names_whose_colleague() -> None:
    found = classify_in_text("Halas‘ Kollege Peter Nordlander", AMMONIAK)
    assert found is not None and (found.type, found.cue) == ("expert", "University")


@pytest.mark.parametrize("phrase", ["ein Kollege", "Kollegin Anna Roth", "die Kollegen"])
def test_a_colleague_alone_gives_no_type(phrase: str) -> None:
    found = classify(phrase)
    assert found is not None and found.type != "citizen"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Fraktionskollegin Anna Roth", "parliament"),
        ("Management-Kollegin Ruth Betz", "business"),
        ("seines russischen Amtskollegen Sergej Lawrow", "government"),
    ],
)
def test_a_colleague_s_modifier_decides(phrase: str, expected: str) -> None:
    found = classify(phrase)
    assert found is not None and found.type == expected


@pytest.mark.parametrize("phrase", ["Seniorautorin Naomi Halas", "Senior-Autorin Naomi Halas"])
def test_a_modifier_of_rank_is_no_senior_citizen(phrase: str) -> None:
    assert classify(phrase).type != "citizen"
    found = classify_in_text(phrase, AMMONIAK)
    assert found is not None and (found.type, found.cue) == ("expert", "University")


@pytest.mark.parametrize("phrase", ["die Seniorin", "Senioren", "ein Senior aus Salzkotten"])
def test_seniors_themselves_stay_citizens(phrase: str) -> None:
    assert classify(phrase).type == "citizen"


@pytest.mark.parametrize("phrase", ["die 27-jährige", "27-jährige", "der 28-jährige Sudanese", "30-jährigen"])
def test_an_age_in_lower_case_names_a_private_person(phrase: str) -> None:
    found = classify(phrase)
    assert found is not None and found.type == "citizen"


def test_an_age_in_lower_case_read_in_its_article() -> None:
    found = classify_in_text("27-jährige", KAKUMA)
    assert found is not None and found.type == "citizen"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("der 45-jährige Präsident", "government"),
        ("der 31-jährige Polizist", "authority"),
        ("der 45-jährige Sprecher", "other"),  # a role of no type: the organisation named before decides
    ],
)
def test_an_age_adjective_yields_to_the_role_it_is_put_before(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


@pytest.mark.parametrize("phrase", ["Befragten", "25 Prozent der Befragten", "Die Befragte"])
def test_the_people_a_survey_asked_are_citizens(phrase: str) -> None:
    found = classify(phrase)
    assert found is not None and found.type == "citizen"


def test_a_survey_of_a_profession_is_typed_by_it() -> None:
    assert classify("die befragten Ökonomen").type == "expert"


def test_the_authors_of_a_study_are_experts() -> None:
    found = classify_in_text("Autoren", STUDIE)
    assert found is not None and (found.type, found.cue) == ("expert", "Studie")
    found = classify_in_text("Befragten", STUDIE)
    assert found is not None and found.type == "citizen"


def test_the_authors_of_a_novel_stay_authors() -> None:
    found = classify_in_text("Autoren", ROMAN)
    assert found is not None and found.type == "other"


HACHLEITNER = (
    "Das sei nicht einfach zu beantworten, sagt Bernhard Hachleitner von der Universität für angewandte "
    "Kunst. Hachleitner und seine Kollegen versuchen es dennoch. Es gebe seltsame Koalitionen, sagt sein "
    "Kollege Hachleitner."
)


def test_a_role_of_no_type_before_a_surname_is_not_part_of_the_name() -> None:
    found = classify_in_text("Sein Kollege Hachleitner", HACHLEITNER)
    assert found is not None and (found.type, found.cue) == ("expert", "Universität")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("Forschungsteam", "expert"), ("das Team", "other"), ("das Moderatorenteam", "media")],
)
def test_a_team_is_whose_team_it_is(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


def test_a_team_alone_is_of_the_organisation_named_before() -> None:
    assert generic_role("Das Team")  # as "der Sprecher": the organisation named before decides


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Chefentwickler Shigeru Miyamoto", "business"),
        ("Entwickler Garry Newman", "business"),
        ("ein Sprecher der Notdienste in Gaza", "authority"),
        ("Villeneigentümer Heinrich Schuster", "citizen"),
        ("die Wohnungseigentümer", "citizen"),
        ("der Eigentümer des Verlags", "business"),
    ],
)
def test_role_and_organisation_nouns_no_list_knew(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected
