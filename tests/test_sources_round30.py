"""Source types of round 30 (issue 11, item 2, branch src30): a role given in another mention carried to the
name: an office written only at a late mention, a first mention with initials for the given names, and a
document that stands for the authors the article names with it. German sentences in, a type out."""

import pytest

from tests.test_sources_round29 import typed

# the person named in full once without a role, then by the surname seven times before the office is written
LATE_OFFICE = (
    "Wladimir Putin warnt vor einer angeblichen Dekolonisierung Russlands. Warum spricht Putin gerade jetzt "
    "davon? Im Katharinen-Saal hat Putin gestern eine Sitzung abgehalten. Was will Putin damit sagen? Aber "
    "warum zelebriert Putin gerade jetzt die Einheit? Außerdem müsse Putin den Laden zusammenhalten, erklärt "
    "Lange. Dieser Fakt treibt Putin heute an, so Lange. Mit der Sitzung wollte Putin auf die Einheit "
    "hinweisen. Am Ende seiner Rede verkündete {role} Putin zwei neue Feiertage."
)
INITIALS = (
    "Die Gefahr eines größeren Krieges ist nach Einschätzung des obersten Generals etwas gesunken. "
    "„Ein wenig, ja“, sagt US-Luftwaffengeneral C.Q. Brown auf die Frage der Nachrichtenagentur. Brown "
    "erklärt, dass nun die Reaktion des Iran entscheidend sei."
)
MOTION = (
    "Die eigenen Soldaten umfassend wertschätzen will künftig auch die Bundesrepublik. Am Donnerstag hat der "
    "Bundestag einen Antrag von SPD, CDU/CSU, Grünen und FDP angenommen, der den 15. Juni zum Nationalen "
    "Veteranentag erklärt. Gewidmet ist das Gedenken allen ehemaligen Soldaten seit der Gründung der "
    "Bundeswehr 1955. Diese ist seit 1959 in mehr als 50 Ländern im Auslandseinsatz gewesen, heißt es stolz "
    "in dem Papier."
)


def test_an_office_written_only_at_a_late_mention_is_the_persons() -> None:
    assert typed("Putin", LATE_OFFICE.format(role="Kremlchef"))[0] == "government"


def test_a_past_office_at_a_late_mention_gives_no_type() -> None:
    assert typed("Putin", LATE_OFFICE.format(role="Ex-Kremlchef"))[0] in (None, "other")


def test_a_place_at_a_late_mention_gives_no_type() -> None:
    assert typed("Putin", LATE_OFFICE.format(role="Russland"))[0] in (None, "other")


MIDDLE_INITIAL = (
    "Fledertiere leben fast überall, sagt Marcel A. Müller vom Institut für Virologie des "
    "Universitätsklinikums Bonn. Das Risiko sei gering, sagt Müller."
)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Brown", INITIALS, "authority"),
        ("Müller", MIDDLE_INITIAL, "expert"),
    ],  # "C.Q. Brown", "Marcel A. Müller"
)
def test_initials_before_a_surname_are_its_first_mention(name: str, text: str, expected: str) -> None:
    assert typed(name, text)[0] == expected


def test_a_document_is_its_authors_named_with_it_before() -> None:
    assert typed("Papier", MOTION) == ("parliament", None)


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        ("Die FDP hat ein Papier der FDP-Bundestagsfraktion veröffentlicht.", ("parliament", "FDP")),
        ("Der Bundestag hat lange beraten. Ein Antrag wurde angenommen.", ("other", None)),  # no authors
    ],
)
def test_a_document_is_its_authors_or_no_ones(named: str, expected: tuple[str, str | None]) -> None:
    text = f"{named} Die Regierung sei das größte Standortrisiko, heißt es in dem Papier."
    found = typed("Papier", text)
    assert (found[0] or "other", found[1]) == expected


def announced(sentence: str) -> str:
    return (
        f"Wir leben in einer Stadt der Superlative! {sentence} Frank Nopper dürfte dasjenige Stadtoberhaupt "
        "sein, das in seinen Reden viele Superlative einstreut. Die Stadt sei die schönste, sagte Nopper."
    )


def test_a_role_in_the_sentence_before_a_first_mention_is_the_persons() -> None:
    assert typed("Frank Nopper", announced("Das fängt beim Oberbürgermeister an."))[0] == "government"


def test_a_role_of_the_other_gender_before_a_first_mention_is_not_the_persons() -> None:
    assert typed("Frank Nopper", announced("Das fängt bei der Bürgermeisterin an."))[0] in (None, "other")


def test_a_role_of_another_person_named_before_is_not_the_persons() -> None:
    text = announced("Das fing beim Oberbürgermeister Fritz Kuhn an.")
    assert typed("Frank Nopper", text)[0] in (None, "other")
