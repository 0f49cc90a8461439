"""Source types of round 37 (issue 11, branch src37): a weak expert head whose compound modifier names the
field the person knows ("Geheimdienstexperte", "Bankenanalyst", "Militärexperte") is an expert, not the
authority or business the modifier names; an office inside the organisation keeps the organisation's kind
("Polizeisprecher", "Bankchef"), and a party's or a named organisation's modifier still decides. German
phrases in, a type out."""

import pytest

from framing.sources import classify, classify_in_text, registry


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("der Geheimdienstexperte Erich Schmidt-Eenboom", "expert"),  # was authority
        ("Militärexperte Sauer", "expert"),  # was authority (events dev: a researcher, not the army)
        ("US-Militärexperte James Acton", "expert"),  # was authority
        ("der Bankenanalyst Dieter Hein", "expert"),  # was business
        ("eine Polizeiexpertin", "expert"),  # was authority
        ("der Wirtschaftsexperte", "expert"),  # was business
        ("die Medienexperten", "expert"),  # was media
        ("Geheimdienst-Experte Erich Schmidt-Eenboom", "expert"),  # a noun before a hyphen: was authority
        ("die Banken-Analystin", "expert"),  # was business
        # strong expert heads decided by themselves before this round, and still do
        ("der Polizeiforscher Rafael Behr", "expert"),
        ("Russland-Kenner Gerhard Mangott", "expert"),
    ],
)
def test_field_head_is_an_expert(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


@pytest.mark.parametrize(
    ("phrase", "expected", "party"),
    [
        ("ein Polizeisprecher", "authority", None),  # an office inside the organisation: its kind
        ("der Bankchef", "business", None),
        ("ein Ministeriumssprecher", "government", None),
        ("der SPD-Gesundheitsexperte Karl Lauterbach", "parliament", "SPD"),  # a party's modifier decides
        ("der Unionsexperte", "parliament", "CDU/CSU"),
        ("der Unions-Experte", "parliament", "CDU/CSU"),  # a party's word before a hyphen still decides
        ("die Wirtschaftsexpertin der Grünen", "parliament", "Grüne"),  # the party named after decides
        ("der Bankenexperte der Deutschen Bank", "business", None),  # the employer named after decides
        ("Bundeswehr-Experte", "authority", None),  # a named organisation's modifier still decides
    ],
)
def test_offices_parties_and_employers_still_decide(phrase: str, expected: str, party: str | None) -> None:
    found = classify(phrase)
    assert (found.type, found.party) == (expected, party)


def test_field_expert_in_an_article() -> None:
    text = (
        "Russland versetzt seine Atomstreitkräfte in Alarmbereitschaft. „Es besteht ein sehr ernstes "
        "Risiko“, sagt der Militärexperte James Acton."
    )
    assert classify_in_text("der Militärexperte James Acton", text).type == "expert"


def test_field_heads_are_registry_data() -> None:
    assert {"experte", "expertin", "analyst"} <= set(registry().field_heads)
