"""Source types of round 31 (issue 11, item 2, branch src31): the organisation a role belongs to, typed by
what the article says that organisation is, and role words read by a general sense. German sentences in, a
type out."""

from framing.sources import classify
from tests.test_sources_round29 import typed

SECTOR_SPOKESPERSON = (
    "Hildegard Müller kann sich den Automobilvertrieb ohne den stationären Handel nicht vorstellen. Bei der "
    "Transformation sieht Müller die neue Bundesregierung in der Pflicht. Transformation und Wandel würden "
    "im Koalitionsvertrag als Chance verstanden, so die Industriesprecherin."
)


def test_a_sectors_spokesperson_speaks_for_its_association() -> None:
    assert typed("Industriesprecherin", SECTOR_SPOKESPERSON)[0] == "civil_society"
    found = classify("der Branchensprecher")
    assert found is not None and found.type == "civil_society"


def test_a_companys_spokesperson_stays_the_companys() -> None:
    found = classify("Konzernsprecherin")
    assert found is not None and found.type == "business"


NGO_TAKEN_UP = (
    "Das auf strategische Klagen spezialisierte European Center for Constitutional and Human Rights (ECCHR) "
    "unterstützt gemeinsam mit mehreren Organisationen eine am Montag eingelegte Verfassungsbeschwerde. "
    "{next} Das ECCHR sieht das anders."
)


def test_an_organisation_is_what_the_next_sentence_calls_it() -> None:
    text = NGO_TAKEN_UP.format(next="Das teilte die Berliner NGO am Vormittag mit.")
    assert typed("ECCHR", text)[0] == "civil_society"
    text = NGO_TAKEN_UP.format(next="Der Verein will nun nach Karlsruhe gehen.")
    assert typed("ECCHR", text)[0] == "civil_society"


def test_a_plural_or_another_named_organisation_takes_up_nothing() -> None:
    for sentence in (
        "Die Organisationen wollen in Karlsruhe klagen.",  # all of them, not the one
        "Das teilte die US-Firma am Vormittag mit.",  # another's, bound to its name
        "Die Firma Westinghouse teilte das mit.",  # another organisation, named
        "Die Entsendung von Beobachtern ist geplant.",  # no organisation's noun
    ):
        assert typed("ECCHR", NGO_TAKEN_UP.format(next=sentence))[0] in (None, "other"), sentence


PUBLISHER_MANAGER = (
    "Auch die Funke Mediengruppe verschwendet derzeit wohl wenig Gedanken an Sammel-Plattformen. Seine "
    "Management-Kollegin Ruth Betz, {role} verantwortlich für „Digitale Transformation“, erklärt, dass der "
    "Verlag nur noch in Kundenwünschen denke."
)


def test_a_weak_company_word_yields_to_the_organisation_named_beside_the_person() -> None:
    text = PUBLISHER_MANAGER.format(role="bei Funke")
    assert typed("Management-Kollegin Ruth Betz", text)[0] == "media"


def test_a_weak_company_word_stays_where_the_article_names_no_organisation() -> None:
    text = PUBLISHER_MANAGER.format(role="seit Jahren")
    assert typed("Management-Kollegin Ruth Betz", text)[0] == "business"


NUMBERED_PANEL = (
    "Die Verfassungsbeschwerde baut unmittelbar auf das Urteil des BVerfG zur US Airbase Ramstein auf. "
    "In Bezug auf das Drohnenprogramm war die Klage zwar gescheitert. {panel} hat hier aber zugleich "
    "klargestellt, dass deutsche Grundrechte auch Schutzpflichten begründen."
)


def test_a_numbered_panel_after_a_court_is_the_courts() -> None:
    for panel in ("Der Zweite Senat", "Der 2. Senat"):
        assert typed(panel, NUMBERED_PANEL.format(panel=panel))[0] == "court", panel
    assert typed("dem Zweiten Senat", NUMBERED_PANEL.format(panel="Der Zweite Senat"))[0] == "court"


def test_a_numbered_senate_without_a_court_stays_a_senate() -> None:
    text = "Der Zweite Senat der Stadt hat das Gesetz beschlossen. Die Senatorin verteidigte es."
    assert typed("Der Zweite Senat", text)[0] != "court"


TITLED_EMPLOYEE = (
    "Das auf strategische Klagen spezialisierte European Center for Constitutional and Human Rights (ECCHR) "
    "unterstützt eine Verfassungsbeschwerde. Das teilte die Berliner NGO am Vormittag mit. „Auf die "
    "Situation in Gaza können wir nun die Kriterien anwenden“, sagt Dr. Alexander Schwarz. Der Jurist "
    "ist {where} mitverantwortlich für den Programmbereich Völkerstraftaten."
)


def test_a_title_yields_to_the_employer_the_next_sentence_names() -> None:
    assert typed("Dr. Alexander Schwarz", TITLED_EMPLOYEE.format(where="beim ECCHR"))[0] == "civil_society"
    assert typed("Dr. Alexander Schwarz", TITLED_EMPLOYEE.format(where="bei Siemens"))[0] == "business"


def test_a_title_stays_where_the_next_sentence_names_no_employer() -> None:
    text = TITLED_EMPLOYEE.format(where="seit Jahren")
    assert typed("Dr. Alexander Schwarz", text)[0] == "expert"


CHAMBER = (
    "Das Verfassungsgericht in Rom verwarf am Dienstag einen Antrag der {compound}, die Mailänder Justiz für "
    "nicht zuständig zu erklären. Die Kammer hatte argumentiert, den Fall müsse ein Ministergericht klären."
)


def test_a_bare_organisation_noun_is_the_compound_the_article_writes_with_it() -> None:
    assert typed("Die Kammer", CHAMBER.format(compound="Abgeordnetenkammer"))[0] == "parliament"
    assert typed("Die Kammer", CHAMBER.format(compound="Landwirtschaftskammer"))[0] == "civil_society"


def test_a_bare_chamber_without_a_compound_stays_a_courts() -> None:
    assert typed("Die Kammer", CHAMBER.format(compound="Regierung"))[0] == "court"


PARTY_AND_STATE = (
    "{role} Reinhold Mitterlehner will auf gute Zusammenarbeit mit dem neuen Regierungsteam setzen. Bereits "
    "am Dienstag habe es mit Kern ein einstündiges Gespräch gegeben, sagte ÖVP-Chef Mitterlehner im ORF."
)


def test_a_party_office_in_the_phrase_yields_to_the_state_office_given_in_full() -> None:
    text = PARTY_AND_STATE.format(role="Vizekanzler und ÖVP-Obmann")
    assert typed("ÖVP-Chef Mitterlehner", text) == ("government", "ÖVP")


def test_a_party_office_stays_where_the_full_mention_gives_no_state_office() -> None:
    for role in ("ÖVP-Obmann", "Der frühere Vizekanzler und ÖVP-Obmann"):
        text = PARTY_AND_STATE.format(role=role)
        assert typed("ÖVP-Chef Mitterlehner", text) == ("parliament", "ÖVP"), role


def test_an_associations_noun_bound_to_a_party_is_the_partys_body() -> None:
    found = classify('Bundessprecher des Arbeitskreises "Queer" in der Linkspartei Frank Laubenburg')
    assert found is not None and (found.type, found.party) == ("parliament", "Linke")


def test_an_association_joined_to_a_party_by_und_stays_an_association() -> None:
    found = classify("Arbeiterkammer und Grüne")
    assert found is not None and found.type == "civil_society"
    found = classify("Gewerkschafter und SPD-Mitglied Hans Meier")
    assert found is not None and found.type == "civil_society"


PRIVATE = (
    "Dennoch habe der Richter vergangene Woche keine sofortige Inhaftierung angeordnet. Der Mann namens "
    "{name} wurde zu fünf Jahren Haft verurteilt. Er habe sich nur verteidigt, sagte {name}."
)


def test_a_surname_written_as_its_initial_is_a_private_persons() -> None:
    assert typed("Iliass K.", PRIVATE.format(name="Iliass K."))[0] == "citizen"


def test_a_middle_initial_makes_no_private_person() -> None:
    assert typed("Thomas D. Trummer", PRIVATE.format(name="Thomas D. Trummer"))[0] != "citizen"


def test_a_medium_after_laut_relays_the_speaker() -> None:
    found = classify("der venezolanische Präsident laut BBC News")
    assert found is not None and found.type == "government"


def test_a_medium_of_the_speakers_own_role_stays() -> None:
    found = classify("BBC-Reporter laut Kollegen")
    assert found is not None and found.type == "media"


def test_a_medium_after_laut_alone_is_the_speaker() -> None:
    found = classify("laut BBC News")
    assert found is not None and found.type == "media"


TWO_ROLES = (
    "„Bis 67 kann man das nicht machen“, sagte Timo Kowalski, {roles}, im WDR. Gerade im Rettungsdienst "
    "werde die Belastung immer größer, sagt Kowalski."
)


def test_a_second_role_with_its_organisation_beats_a_first_with_a_place_only() -> None:
    text = TWO_ROLES.format(roles="Feuerwehrmann in Essen und Gewerkschafter bei Verdi")
    assert typed("Kowalski", text)[0] == "civil_society"


def test_a_first_role_stays_where_the_second_names_no_organisation_or_it_is_an_office() -> None:
    text = TWO_ROLES.format(roles="Feuerwehrmann in Essen und Gewerkschafter")
    assert typed("Kowalski", text)[0] == "authority"
    text = TWO_ROLES.format(roles="Bürgermeister in Essen und Gewerkschafter bei Verdi")
    assert typed("Kowalski", text)[0] == "government"


SPORTS_BODY = (
    "Kurz vor den Olympischen Spielen in Peking sind zwei Athleten positiv getestet worden. Der "
    "Weltcup-Sieger verpasst die Eröffnung, die Mannschaft reist ohne ihn, der Trainer ist enttäuscht. "
    "Das teilte der DOSB mit."
)


def test_a_sports_confederation_in_a_report_on_sport_is_a_sports_officials() -> None:
    assert typed("DOSB", SPORTS_BODY)[0] == "other"
    assert typed("Der Deutsche Olympische Sportbund", SPORTS_BODY)[0] == "other"


def test_a_sports_confederation_elsewhere_stays_an_association() -> None:
    assert typed("DOSB", "Der DOSB fordert mehr Geld für Schwimmbäder, teilte der Verband mit.")[0] == (
        "civil_society"
    )


def test_a_teams_manager_is_a_sports_role_not_a_companys() -> None:
    text = (
        "Der Großteil des aktuellen Teams wird auch das künftige Bimota-Team bilden. In der Mitteilung kam "
        "auch Guim Roda, der aktuelle Team-Manager von KRT, zu Wort: „Wir freuen uns sehr darauf.“"
    )
    assert typed("Guim Roda", text)[0] == "other"
    found = classify("Teamchef Marcel Koller")
    assert found is not None and found.type == "other"


def test_an_austrian_school_authority_is_an_authority_and_a_swiss_one_a_government() -> None:
    text = "Die Bildungsdirektion Kärnten teilte mit, man prüfe den Fall."
    assert typed("Bildungsdirektion", text)[0] == "authority"
    text = "Die Bildungsdirektion des Kantons Zürich teilte mit, der Kanton prüfe das. Der Kanton handelt."
    assert typed("Bildungsdirektion", text)[0] == "government"
