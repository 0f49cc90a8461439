"""Source types of round 32 (issue 11, item 2, branch src32): a person named beside an organisation's
abbreviation in brackets is typed by what the registry says that organisation is. German sentences in, a
type out."""

from tests.test_sources_round29 import typed

UNION_LEADERS = (
    "Patrick Dury (LCGB) verschwindet schweißgebadet in einem Zelt hinter der Bühne, während Nora Back "
    "(OGBL) strahlend zwischen Journalisten und grüßenden Passanten hin und her läuft. "
    "„Die Regierung muss endlich zuhören“, sagt Nora Back. "
    "„Wir haben als Gewerkschaften ein Dokument vorgelegt“, sagt Dury."
)


def test_a_union_leader_named_beside_the_unions_abbreviation_is_civil_society() -> None:
    assert typed("Nora Back", UNION_LEADERS)[0] == "civil_society"
    assert typed("Dury", UNION_LEADERS)[0] == "civil_society"


def test_the_union_named_alone_is_civil_society() -> None:
    assert typed("OGBL", UNION_LEADERS)[0] == "civil_society"


MINISTER_NAMED_ONCE = (
    "Wie Mecklenburg-Vorpommerns Verkehrsminister Reinhard Meyer (SPD) erklärte, reagiert das Land mit der "
    "Zusatzbestellung auf die hohe Nachfrage. Auf der Strecke sei eine Kapazitätserhöhung erforderlich. "
    "„Rechtzeitig vor den Maifeiertagen geht es los“, hob der SPD-Politiker hervor."
)


def test_a_party_members_noun_takes_the_office_of_the_person_named_with_that_party() -> None:
    assert typed("der SPD-Politiker", MINISTER_NAMED_ONCE) == ("government", "SPD")


def test_a_party_members_noun_of_another_party_keeps_its_type() -> None:
    assert typed("der CDU-Politiker", MINISTER_NAMED_ONCE)[0] == "parliament"
