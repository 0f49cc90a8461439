"""Source types of courts and of a platform's users (issue 11, item 2, branch src18): the German
courts' abbreviations ("das OLG"), a court's senates ("der Strafsenat", a bare "der Senat" after a
court is named) and users who name nobody ("Eine Nutzerin", "Ein anderer Instagram-User") — German
sentences in, a type out, from the taxonomy, the article reading and the pipeline."""

from framing.model import Article
from framing.pipeline import analyze_article
from framing.sources import classify, classify_in_text

COURT = (
    "Gegen das Urteil legte der Anwalt Rechtsmittel beim OLG ein. Das Gericht wies beide Rechtsmittel "
    "zurück. Auch das Ordnungsgeld bewertete der Senat als rechtmäßig. Der Verteidiger sei ein "
    "unabhängiges Organ der Rechtspflege, so das OLG."
)


def test_a_german_courts_abbreviation_is_a_court() -> None:
    for phrase in ("OLG", "das OLG", "OVG", "der BFH", "das BSG", "das LSG", "BayObLG"):
        found = classify(phrase)
        assert found is not None and found.type == "court", phrase
    # abbreviations that also name a company or a legal form are not read as courts
    assert classify("LG").type != "court"
    assert classify("Siemens AG").type == "business"


def test_a_courts_senate_named_by_its_matter_is_a_court() -> None:
    for phrase in ("der 2. Strafsenat", "Der Kartellsenat", "das Kammergericht"):
        assert classify(phrase).type == "court", phrase


def test_a_bare_senate_after_a_court_is_the_courts_panel() -> None:
    found = classify_in_text("Senat", COURT)
    assert found is not None and found.type == "court"
    found = classify_in_text("der Senat", COURT)
    assert found is not None and found.type == "court"


def test_a_senate_with_no_court_before_it_or_a_city_states_senate_stays_government() -> None:
    berlin = (
        "Die Opposition kritisierte die Pläne scharf. Der Senat will die Mieten deckeln, sagte "
        "Bausenatorin Anna Roth."
    )
    assert classify_in_text("Senat", berlin).type == "government"
    # a court is named, but the article also writes of the senate's administration: a city state's
    berlin_court = (
        "Das Verwaltungsgericht gab der Klage statt. Der Senat kündigte Berufung an. Die "
        "Senatsverwaltung prüft das Urteil."
    )
    assert classify_in_text("Senat", berlin_court).type == "government"
    # a court named in a paragraph long before the senate is not read
    far = "Das OLG entschied im März. " + "Die Stadt plant neue Wege. " * 4 + "Der Senat lobte den Plan."
    assert classify_in_text("Senat", far).type == "government"


def test_a_platforms_user_who_is_not_named_is_anonymous() -> None:
    for phrase in ("Eine Nutzerin", "Nutzerin", "Ein anderer Instagram-User", "Viele Instagram-Nutzer:innen"):
        found = classify(phrase)
        assert found is not None and found.type == "anonymous", phrase
    # with a name the user is a private citizen, as before
    assert classify("Nutzerin Anna Roth").type == "citizen"
    assert classify("Facebook-Nutzer Peter Lang").type == "citizen"


def test_the_pipeline_types_a_users_comment_anonymous() -> None:
    text = (
        "Der neue BH stößt auf Kritik. Eine Nutzerin erklärte, sie trage BHs meist nur, um ihre "
        "Haut zu schützen."
    )
    doc = analyze_article(Article(id="bh", source="test", raw_text=text, text=text))
    typed = {q.source_type for q in doc.quotes if q.speaker and "Nutzerin" in q.speaker}
    assert typed == {"anonymous"}


def test_a_community_named_with_a_capitalised_adjective_is_civil_society() -> None:
    text = (
        "Ali Demir, Präsident der Griechischen Gemeinde München, zeigte sich besorgt. Die Lage sei "
        "ernst, sagte Demir."
    )
    found = classify_in_text("Demir", text)
    assert found is not None and found.type == "civil_society"
    assert classify("die Jüdische Gemeinde").type == "civil_society"
    # a municipality stays a municipality: a lower-case adjective, the Swiss "Politische Gemeinde",
    # an adjective opening a sentence without an article
    assert classify("die kleine Gemeinde").type == "government"
    assert classify("die Politische Gemeinde Aarau").type == "government"
    assert classify("Kleine Gemeinden").type == "government"


def test_a_form_of_address_before_a_name_is_no_role() -> None:
    interview = (
        "Energie-Expertin Anna Veronika Wendland ist sich im Gespräch sicher: Der Ausstieg sei reine "
        "Augenwischerei.\n\nFrau Wendland, Wirtschaftsminister Robert Habeck verkündete diese Woche "
        "einen neuen Plan. Was halten Sie davon?"
    )
    found = classify_in_text("Energie-Expertin Anna Veronika Wendland", interview)
    assert found is not None and found.type == "expert"
    # with its article "Frau" is a person noun as before
    witness = "Eine Frau Anna Roth aus Kassel sah den Unfall. „Es ging ganz schnell“, sagte Roth."
    assert classify_in_text("Roth", witness).type == "citizen"
