"""Source types of round 42 (issue 11, branches src42 and src42b): organisations and their people that fell
back to "other". A person first named with a role of no type that an organisation's staff holds
("Projektleiter", "Leiterin", "Direktor", "Koordinatorin", "Stellvertreter") speaks for the organisation named
just before, as a spokesperson does; on an organisation's own page, for the publisher first. A device whose
head is a broadcaster's word ("GPS-Sender", "Peilsender") names no organisation.
German texts in, a type out."""

import pytest

from framing.sources import classify_in_text, named_before

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
    ("sentence", "expected"),
    [
        ("Der verstummte GPS-Sender von Bavaria ist wieder aktiv.", None),  # a bird's transmitter
        ("Den Peilsender fand die Polizei unter dem Auto.", "authority"),  # the police, not the device
        ("Mit Störsendern blockierte das Militär den Funk.", "authority"),
        ("Der TV-Sender zeigte das Spiel.", "media"),  # a broadcaster stays one
        ("Das habe der Fernsehsender bestätigt.", "media"),
        ("Den lokalen Rundfunksender erreichte die Nachricht zuerst.", "media"),  # not a "Funksender"
    ],
)
def test_a_device_named_by_a_broadcaster_s_word_is_no_organisation(
    sentence: str, expected: str | None
) -> None:
    found = named_before([sentence])
    assert (found.type if found else None) == expected


def test_a_project_head_after_a_transmitter_is_no_broadcaster_s() -> None:
    text = (
        "Der seit zwei Monaten verstummte GPS-Sender von Bavaria ist wieder aktiv. „Da fällt einem ein "
        "Stein vom Herzen“, freut sich unser Projektleiter Toni Wegscheider."
    )
    assert classify_in_text("Projektleiter Toni Wegscheider", text).type == "other"  # was media
