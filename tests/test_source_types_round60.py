"""Source types of round 60 (issue 11, branch src60): German public bodies, roles and organisation kinds that
fresh news names and the lists missed or read wrong (source_types 1.44), and inconsistencies of the lists
("vorständin" strong while "vorstand" is weak; "Élyséepalast" in one word; "Bundesheer").
Sentences written for the tests."""

from .sourcing_speakers import typed


def test_a_union_board_member_in_the_feminine_is_the_union_s() -> None:
    text = "„Die Schulen brauchen mehr Personal“, sagte GEW-Vorständin Petra Lindner am Montag in Frankfurt."
    assert typed("GEW-Vorständin Petra Lindner", text) == ("civil_society", "GEW-Vorständin")


def test_a_board_member_of_a_company_in_the_feminine_stays_business() -> None:
    text = "Finanzvorständin Bettina Kraus sagte, der Umsatz der Bank sei im Quartal gestiegen."
    assert typed("Finanzvorständin Bettina Kraus", text) == ("business", "Finanzvorständin")


def test_the_local_employment_agency_is_an_authority_not_a_medium() -> None:
    text = "Wie die Agentur für Arbeit mitteilt, waren im Mai im Landkreis 4200 Menschen ohne Arbeit."
    assert typed("Agentur für Arbeit", text) == ("authority", "Agentur für Arbeit")


def test_the_conference_of_the_states_education_ministers_is_government() -> None:
    text = "Die Kultusministerkonferenz betonte, die Abschlüsse würden in allen Ländern anerkannt."
    assert typed("Kultusministerkonferenz", text) == ("government", "Kultusministerkonferenz")
    short = "Auch die KMK erklärte, die Prüfungen fänden wie geplant statt."
    assert typed("KMK", short) == ("government", "KMK")


def test_a_police_report_is_the_police_s() -> None:
    text = "In der Polizeimeldung heißt es, der Fahrer sei mit hoher Geschwindigkeit unterwegs gewesen."
    assert typed("Polizeimeldung", text) == ("authority", "Polizeimeldung")


def test_a_state_s_pupils_representative_is_civil_society() -> None:
    text = "„Wir wollen gehört werden“, sagte Landesschülersprecher Jonas Brehm der Zeitung."
    assert typed("Landesschülersprecher Jonas Brehm", text) == ("civil_society", "Landesschülersprecher")


def test_the_world_medical_association_is_civil_society() -> None:
    text = "Die Vorstandsvorsitzende des Weltärztebundes warnte, die Kliniken seien überlastet."
    assert typed("Vorstandsvorsitzende des Weltärztebundes", text)[0] == "civil_society"


def test_a_welfare_association_is_civil_society_not_an_employer() -> None:
    text = "Die Volkssolidarität kündigte an, als Arbeitgeber die Löhne ihrer Pflegekräfte zu erhöhen."
    assert typed("Volkssolidarität", text) == ("civil_society", "Volkssolidarität")


def test_the_elysee_palace_written_as_one_word_is_the_french_government() -> None:
    text = "Aus dem Élyséepalast hieß es, der Präsident werde am Abend zur Nation sprechen."
    assert typed("Élyséepalast", text) == ("government", "Élyséepalast")


def test_the_austrian_army_is_an_authority_as_the_bundeswehr() -> None:
    text = "Ein Sprecher des Bundesheeres sagte, die Soldaten würden bis Ende Mai an der Grenze bleiben."
    assert typed("Ein Sprecher des Bundesheeres", text) == ("authority", "Bundesheeres")


def test_the_public_health_service_and_a_state_health_commissioner_are_authorities() -> None:
    text = "„Wir prüfen jeden Fall“, sagte der Leiter des öffentlichen Gesundheitsdienstes der Stadt."
    assert typed("Leiter des öffentlichen Gesundheitsdienstes", text)[0] == "authority"
    other = "„Die Lage ist ernst“, sagte die staatliche Gesundheitsbeauftragte Mary Collins vor Journalisten."
    commissioner = typed("staatliche Gesundheitsbeauftragte Mary Collins", other)
    assert commissioner == ("authority", "Gesundheitsbeauftragte")


def test_an_anti_poverty_network_is_civil_society() -> None:
    text = "Auch die Armutskonferenz warnt in einer Aussendung vor Kürzungen bei der Mindestsicherung."
    assert typed("Armutskonferenz", text) == ("civil_society", "Armutskonferenz")
