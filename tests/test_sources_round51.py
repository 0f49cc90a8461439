"""Source types of round 51 (issue 11, branch src51): a verb of office or work whose subject is the
person ("Steffen Kauert leitet die Außenstelle … der Autobahn GmbH", "Er kümmert sich in der
Handwerkskammer …") types the person by the organisation its clause names, where no other mention gives
a role; a capacity with "als", a place, a person noun and a verb in the past give none. German texts in,
a type out."""

from framing.sources import classify, classify_in_text

MOTORWAY = (
    "Aufgeplatzter Beton hatte vor anderthalb Wochen sogar für Vollsperrungen gesorgt.\n\n"
    "Steffen Kauert leitet die Außenstelle Magdeburg der Niederlassung Ost der Autobahn GmbH. Er erklärte "
    "im Interview, bei hohen Temperaturen dehne der Beton sich aus. Bis die Schäden saniert sind, wird es "
    "laut Kauert noch Jahre dauern."
)
CHAMBER = (
    "Frühling und Lockdown waren vorüber, da sah Alexander Dietz das spannendste Ausbildungsjahr seit "
    "Jahrzehnten nahen. Nun ist der September da und Dietz fühlt sich bestätigt. Er kümmert sich in der "
    "Handwerkskammer für München und Oberbayern um Ausbildungsthemen. Bis Ende Juli sah es nicht gut aus, "
    "sagt Dietz."
)
CONSULTANCY = (
    "Claudia Irsfeld leitet die Personalabteilung einer Münchner Unternehmensberatung. Kochen und Putzen "
    "bewältigen überwiegend die Frauen, sagt Irsfeld."
)
COURIER = "Lilli Gavrić arbeitet in Hamburg als Radkurierin. Die Verkehrslage sei schwierig, sagt Gavrić."
CARER = (
    "Markus Bock betreut einen dementen Mann im Seniorenheim. Das sei eine freiheitsentziehende Maßnahme, "
    "sagt Bock."
)
FORMER = (
    "Christoph Wufka hat den Job bekommen. In Stuttgart war Wufka zunächst beim Handelsverband "
    "Baden-Württemberg tätig. Digitalisierung sei ein großes Thema, sagt Wufka."
)
ANOTHER = (
    "Die Lage sei ernst, sagt Anna Roth. Am Montag traf Roth dann Peter Meier. Er leitet die "
    "Personalabteilung einer Unternehmensberatung."
)


def test_the_motorway_company_is_an_authority() -> None:
    found = classify("Autobahn GmbH")
    assert (found.type, found.cue) == ("authority", "Autobahn GmbH")


def test_a_verb_of_office_right_after_the_name_types_its_subject_by_the_organisation() -> None:
    found = classify_in_text("Kauert", MOTORWAY)
    assert (found.type, found.cue) == ("authority", "Autobahn GmbH")


def test_the_full_name_is_typed_as_the_surname_alone() -> None:
    found = classify_in_text("Steffen Kauert", MOTORWAY)
    assert (found.type, found.cue) == ("authority", "Autobahn GmbH")


def test_a_pronoun_opening_the_next_sentence_after_a_later_mention_is_the_subject() -> None:
    found = classify_in_text("Dietz", CHAMBER)
    assert (found.type, found.cue) == ("civil_society", "Handwerkskammer")


def test_the_employer_after_a_department_decides() -> None:
    found = classify_in_text("Irsfeld", CONSULTANCY)
    assert (found.type, found.cue) == ("business", "Unternehmensberatung")


def test_a_capacity_and_a_place_in_the_clause_give_no_employer() -> None:
    found = classify_in_text("Gavrić", COURIER)
    assert found.type == "other"  # "Radkurierin" is no newspaper "Kurier", "Hamburg" no government


def test_a_verb_whose_object_is_a_person_gives_no_organisation() -> None:
    found = classify_in_text("Bock", CARER)
    assert found.type == "other"  # "betreut" is no verb of office here, "Mann" no employer


def test_a_former_employer_in_the_past_gives_none() -> None:
    found = classify_in_text("Wufka", FORMER)
    assert found.type == "other"


def test_a_pronoun_after_another_full_name_is_that_persons() -> None:
    found = classify_in_text("Roth", ANOTHER)
    assert found.type == "other"  # "Er" is Peter Meier
