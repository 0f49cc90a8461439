"""Source types of round 42 (issue 11, branch src42): organisations and their people that fell back to "other"
or were typed as a party's. A person first named with a role of no type that an organisation's staff holds
("Projektleiter", "Leiterin", "Direktor", "Koordinatorin", "Stellvertreter") speaks for the organisation named
just before, as a spokesperson does; on an organisation's own page, for the publisher first. An office that
parties share with associations ("Obmann", "Vorsitzende") is the association's or chamber's named just
before or bound to it by "von" or the genitive, not the party the article is about. German texts in, a type
out."""

import pytest

from framing.sources import classify, classify_in_text

PHILAE = (
    "Der Lander Philae hat sich gemeldet. Es gab zwei Kontakte von jeweils zehn Sekunden, wie Paolo Ferri "
    "von der ESA am Montag in Darmstadt mitteilte. Philae geht es gut, sagt Projektleiter Stephan Ulamec. "
    "Woran die Übertragung scheiterte, sei noch unklar, so Ulamec."
)
PIK = (
    "Der Vertrag bedeute eine Senkung der Emissionen auf null, erklärte der Leiter des Potsdam-Instituts für "
    "Klimafolgenforschung, Hans Joachim Schellnhuber. Sein Stellvertreter Ottmar Edenhofer bezeichnete das "
    "Abkommen als Durchbruch."
)
MAYA = (
    "Archäologen der Universität Calgary haben drei Städte der Maya entdeckt. „Jeder kleine Fund ist ein "
    "Puzzlestück“, betont Projektkoordinatorin Dora García."
)
# a party named in the article, far from the chair: the party the article is about took him before
NEIGHBOURS = (
    "Die FPÖ fordert mehr Polizei. Der Verein Pro Nachbar betreut Nachbarschaftsinitiativen und stellt den "
    "Kontakt zur Polizei her, wie Obmann Karl L. Brunnbauer sagt. Sich zu bewaffnen, lehnt Brunnbauer ab."
)
ROMA = (
    "SPÖ und ÖVP verurteilten den Anschlag. Auch äußerte sich der Zentralrat Deutscher Sinti und Roma. Der "
    "Anschlag zeige, wie gefährlich Rechtsextremisten seien, erklärte sein Vorsitzender Romani Rose."
)
PARTY_CHAIR = (
    "Die SPÖ Oberösterreich hat am Montag getagt. Wir bleiben in der Regierung, sagte der Vorsitzende "
    "Reinhold Entholzer."
)


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        ("Projektleiter Stephan Ulamec", PHILAE, "authority"),  # the ESA named before; was other
        ("Ulamec", PHILAE, "authority"),  # the role at the first mention
        ("Sein Stellvertreter Ottmar Edenhofer", PIK, "expert"),  # the institute's deputy head; was other
        ("Projektkoordinatorin Dora García", MAYA, "expert"),  # the university's project; was other
    ],
)
def test_a_staff_role_of_no_type_speaks_for_the_organisation_named_before(
    phrase: str, text: str, expected: str
) -> None:
    assert classify_in_text(phrase, text).type == expected


def test_a_role_bound_to_another_by_its_modifier_takes_nothing_from_before() -> None:
    text = "Die ESA hat den Lander geweckt. Es sei ein toller Tag, sagt Kunsthaus-Direktor Thomas Trummer."
    assert classify_in_text("Kunsthaus-Direktor Thomas Trummer", text).type == "other"


@pytest.mark.parametrize(
    "phrase",
    [
        # whose the role is, said after it by "bei" or a genitive (PFB train: the FES, not the parties before)
        "Frank Karl, Leiter der Abteilung Politische Information bei der FES",
        "Angaben des künstlerischen Leiters",  # a genitive: no one named
    ],
)
def test_a_role_bound_to_what_follows_takes_nothing_from_before(phrase: str) -> None:
    text = (
        "Die Volksparteien verlieren Wähler. Das zeige die Studie, sagte Frank Karl, Leiter der Abteilung "
        "Politische Information bei der FES. Nach Angaben des künstlerischen Leiters sind alle Karten "
        "verkauft."
    )
    assert classify_in_text(phrase, text).type == "other"


def test_on_an_organisation_s_own_page_its_project_head_speaks_for_it_before_the_sentence_before() -> None:
    text = (
        "Der seit zwei Monaten verstummte GPS-Sender von Bavaria ist wieder aktiv. „Da fällt einem ein "
        "Stein vom Herzen“, freut sich unser Projektleiter Toni Wegscheider. Ein vom bayerischen "
        "Naturschutzverband LBV betreutes Projekt wildert Bartgeier aus."
    )
    url = "https://www.lbv.de/news/details/lebenszeichen-von-bavaria/"
    found = classify_in_text("Projektleiter Toni Wegscheider", text, url=url)
    assert found.type == "civil_society"  # not media by the "GPS-Sender" of the sentence before


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("Obmann Karl L. Brunnbauer", NEIGHBOURS),  # was parliament (the FPÖ the article names)
        ("sein Vorsitzender Romani Rose", ROMA),  # was parliament (SPÖ and ÖVP)
        ("Romani Rose", ROMA),
    ],
)
def test_a_chair_of_no_party_is_the_association_s_named_just_before(phrase: str, text: str) -> None:
    found = classify_in_text(phrase, text)
    assert (found.type, found.party) == ("civil_society", None)


def test_a_chair_whose_party_is_named_nearer_stays_the_party_s() -> None:
    assert classify_in_text("Vorsitzende Reinhold Entholzer", PARTY_CHAIR).type == "parliament"


@pytest.mark.parametrize(
    ("phrase", "expected", "cue"),
    [
        ("Obfrau von Attac", "civil_society", "Attac"),  # was parliament by "Obfrau"
        ("Obmann von Greenpeace", "civil_society", "Greenpeace"),
        ("Obmann der Wirtschaftskammer", "business", "Wirtschaftskammer"),  # a chamber of commerce's
        ("Obmann der Caritas", "civil_society", "Caritas"),  # as before
    ],
)
def test_a_shared_office_bound_to_an_association_or_chamber_is_theirs(
    phrase: str, expected: str, cue: str
) -> None:
    found = classify(phrase)
    assert (found.type, found.cue) == (expected, cue)


@pytest.mark.parametrize(("phrase", "party"), [("Obmann von der ÖVP", "ÖVP"), ("Obmann der ÖVP", "ÖVP")])
def test_a_shared_office_bound_to_a_party_stays_the_party_s(phrase: str, party: str) -> None:
    found = classify(phrase)
    assert (found.type, found.party) == ("parliament", party)
