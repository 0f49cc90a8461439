"""Source types of round 36 (issue 11, branch src36): the kind of organisation from what the organisation is —
the United Nations system's organisations are authorities as the UN are, the federal departmental research
institutes and the central banks are authorities (a governor is weak: the organisation named with the office
decides), the intergovernmental science panels are experts, a "Foundation" is a "Stiftung". German sentences
in, a type and its cue out."""

import pytest

from framing.sources import classify, classify_in_text

MOTOVUN = (
    "Die Weltbank hat ihre Prognose für das Wachstum in Südosteuropa gesenkt. „Die Lage bleibt angespannt“, "
    "teilte die Weltbank am Dienstag mit."
)
METTENLEITER = (
    "Die Geflügelpest breitet sich weiter aus. „Wir rechnen mit weiteren Ausbrüchen“, sagte der Präsident "
    "des Friedrich-Loeffler-Instituts, Thomas Mettenleiter. Mettenleiter rief die Halter zur Vorsicht auf."
)
IOM = "Internationale Organisation für Migration"
WATSON = (
    "Robert Watson, Vorsitzender des Weltbiodiversitätsrats IPBES, stellte den Bericht in Paris vor. „Die "
    "Natur verschwindet schneller als je zuvor“, sagte Robert Watson."
)


@pytest.mark.parametrize(
    ("phrase", "expected", "cue"),
    [
        ("die Weltbank", "authority", "Weltbank"),  # was government
        ("IWF-Chefin Kristalina Georgiewa", "authority", "IWF-Chefin"),  # was government
        ("der Internationale Währungsfonds", "authority", "Währungsfonds"),
        ("das UN-Kinderhilfswerk Unicef", "authority", "UN-Kinderhilfswerk"),  # was civil society
        ("ein UNHCR-Sprecher", "authority", "UNHCR-Sprecher"),  # was civil society
        ("die Welternährungsorganisation FAO", "authority", "Welternährungsorganisation"),
        ("die Welthandelsorganisation", "authority", "Welthandelsorganisation"),  # as before
        ("die Internationale Organisation für Migration", "authority", IOM),
        ("das Bundesinstitut für Risikobewertung", "authority", "Bundesinstitut"),  # was expert ("institut")
        ("die Bundesanstalt für Materialforschung und -prüfung", "authority", "Bundesanstalt"),
        ("eine Sprecherin des Julius Kühn-Instituts", "authority", "Julius Kühn-Instituts"),
        ("der Direktor der Landesanstalt für Medien NRW", "authority", "Landesanstalt"),  # was media
        ("das Landesinstitut für Schulqualität", "authority", "Landesinstitut"),  # was expert
        ("der Weltklimarat", "expert", "Weltklimarat"),  # was no cue
        ("die Internet Watch Foundation", "civil_society", "Foundation"),  # was no cue
        ("OeNB-Gouverneur Ewald Nowotny", "authority", "OeNB-Gouverneur"),  # was government
        ("die Gouverneurin der Bank of England", "authority", "Bank of England"),  # was business ("Bank")
        ("die Oesterreichische Nationalbank", "authority", "Nationalbank"),  # was business
        ("Texas-Gouverneur Greg Abbott", "government", "Texas-Gouverneur"),  # a state's governor as before
        ("der Gouverneur der Provinz Kandahar", "government", "Gouverneur"),
    ],
)
def test_what_the_organisation_is_gives_the_type(phrase: str, expected: str, cue: str) -> None:
    found = classify(phrase)
    assert found is not None
    assert (found.type, found.cue) == (expected, cue)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("das Deutsche Komitee für Unicef", "civil_society"),  # the association that collects for it
        ("das Deutsche Kinderhilfswerk", "civil_society"),  # no UN agency
        ("das Alfred-Wegener-Institut", "expert"),  # a Helmholtz centre is no federal agency
        ("der russische UN-Botschafter", "government"),  # a state's envoy to the UN stays its government's
    ],
)
def test_what_stays_as_it_was(phrase: str, expected: str) -> None:
    found = classify(phrase)
    assert found is not None
    assert found.type == expected


def test_the_world_bank_speaks_as_an_authority_in_its_article() -> None:
    found = classify_in_text("Weltbank", MOTOVUN)
    assert found is not None
    assert (found.type, found.cue) == ("authority", "Weltbank")


def test_the_head_of_a_federal_research_institute_is_an_authority() -> None:
    found = classify_in_text("Mettenleiter", METTENLEITER)
    assert found is not None
    assert (found.type, found.cue) == ("authority", "Friedrich-Loeffler-Instituts")


def test_the_chair_of_a_science_panel_is_an_expert() -> None:
    # "Vorsitzender" alone would make him an association's chair (civil society)
    found = classify_in_text("Robert Watson", WATSON)
    assert found is not None
    assert found.type == "expert"
