"""Source types of round 43 (issue 11, branch src43): organisations whose people fell back to "other"
because no list held their name. Outlets, an aid organisation and a pacifist association by name, Vienna's
transport company (which the licensed club list gave its works club) and the publishers of Fundus the
registry typed otherwise (source_types.toml 1.35). German texts in, a type out."""

import pytest

from framing.sources import classify, classify_in_text

WIENER_LINIEN = (
    "Mehr Fahrgäste in den Linien U1 und U6 werden erwartet. Die Wiener Linien waren um Beruhigung bemüht: "
    "Man habe die Intervalle verdichtet, sagte ein Sprecher."
)
WORLD_VISION = (
    "In der Vergangenheit sei es oft zu Anfeindungen gekommen. „Wir müssen beide Gruppen fördern“, sagt "
    "Jacqueline Rioba von World Vision."
)
BURDA = (
    "Robert Schneider wird das Amt am 1. März von Ulrich Reitz übernehmen, wie Hubert Burda Media mitteilte."
)


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        ("Die Wiener Linien", WIENER_LINIEN, "business"),  # was a football club's (other)
        ("Jacqueline Rioba", WORLD_VISION, "civil_society"),  # the organisation after "von"; was other
        ("Hubert Burda Media", BURDA, "media"),  # was other
        ("DigiTimes", "Das berichtet Fool.com unter Berufung auf eine Vorabmeldung von DigiTimes.", "media"),
        ("Wikipedia", "Laut Wikipedia hat Richard Gere Sie zur Buddhistin gemacht.", "media"),
        ("DFG-VK", "Die DFG-VK verurteilte den Veteranentag in einer Mitteilung scharf.", "civil_society"),
    ],
)
def test_an_organisation_named_in_the_text_types_its_speaker(phrase: str, text: str, expected: str) -> None:
    assert classify_in_text(phrase, text).type == expected


def test_a_spokesperson_speaks_for_the_transport_company_named_before() -> None:
    assert classify("Sprecher der Wiener Linien").type == "business"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("das Luxemburger Wort", "media"),  # was a citizen by its demonym
        ("die junge Welt", "media"),  # was a citizen by "junge"
        ("Chefredakteur der Jyllands-Posten", "media"),
    ],
)
def test_publishers_of_fundus_are_media(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


EUROPA_PARK = (
    "Der Europa-Park hat zum Fantag eingeladen. Wie der Park mitteilt, durften Mitglieder gratis kommen. "
    "Seit den 90er-Jahren besteht die Kooperation mit dem in Rust gelegenen Freizeitpark."
)
HEIDE_PARK = (
    "Was passiert im Heide-Park in Soltau? Der Park möchte im Februar bekanntgeben, was dort entsteht. Die "
    "Anhänger des größten Freizeitparks in Norddeutschland müssen sich gedulden."
)


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("der Park", EUROPA_PARK),  # "Freizeitpark." at a sentence's end
        ("Park", EUROPA_PARK),
        ("Der Park", HEIDE_PARK),  # the genitive "Freizeitparks"
    ],
)
def test_the_park_is_the_theme_park_the_article_names(phrase: str, text: str) -> None:
    found = classify_in_text(phrase, text)
    assert (found.type, found.cue) == ("business", "Park")  # was other, no cue


def test_a_park_no_typed_compound_names_stays_without_a_cue() -> None:
    found = classify_in_text("Der Park", "Der Stadtpark ist zu klein. Der Park sei überfüllt, hieß es.")
    assert (found.type, found.cue) == ("other", None)


@pytest.mark.parametrize("phrase", ["Insolvenzverwalter Arndt Geiwitz", "der Masseverwalter"])
def test_an_insolvency_administrator_speaks_for_the_company(phrase: str) -> None:
    assert classify(phrase).type == "business"  # was other, no cue
