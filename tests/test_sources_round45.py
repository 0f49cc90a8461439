"""Source types of round 45 (issue 11, branch src45): organisations whose kind the words of their names
read wrong (source_types.toml 1.37: a think tank named "Stiftung", a financial data company called an
"Institut", the banks' payment "Initiative"), so a role bound to them by a genitive or a hyphen takes their
type, as the convention has a person's organisation decide over a generic title. German texts in, a type
out."""

import pytest

from framing.sources import classify, classify_in_text

THINK_TANK = (
    "Die Bedeutung des Handelspartners Iran ist überschaubar. Sascha Lohmann, Sanktionsexperte der Stiftung "
    "Wissenschaft und Politik, sagt: Deutschland habe das Druckpotential weitgehend ausgeschöpft. Das "
    "Risiko bleibe hoch, erklärt Lohmann."
)
INDEX = (
    "Der Markit-Einkaufsmanagerindex kletterte im Juni um 0,5 auf 54,1 Punkte, wie aus einer Umfrage des "
    "Markit-Instituts hervorgeht. Die Eurozone wachse so stark wie seit vier Jahren nicht, sagte "
    "Markit-Chefökonom Chris Williamson."
)
PAYMENTS = (
    "Die Banken wollen Paypal Konkurrenz machen. Händler sollen die Girocard auch für EPI nutzen können, "
    "zitiert das Handelsblatt EPI-Chefin Martina Weimert."
)


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        ("Sascha Lohmann", THINK_TANK, "expert"),  # was civil society by "Stiftung"
        ("Lohmann", THINK_TANK, "expert"),
        ("Markit-Chefökonom Chris Williamson", INDEX, "business"),  # was expert by "Institut"
        ("EPI-Chefin Martina Weimert", PAYMENTS, "business"),  # was civil society by "Initiative"
    ],
)
def test_a_role_bound_to_an_organisation_takes_the_organisations_kind(
    phrase: str, text: str, expected: str
) -> None:
    assert classify_in_text(phrase, text).type == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Chefökonom von IHS Markit Chris Williamson", "business"),  # not the Viennese institute "IHS"
        ("Kawasaki-Präsident Hiroshi Ito", "business"),  # a company's president, no head of state
        ("ICANN-Chef Paul Twomey", "civil_society"),
        ("Umfrage des Markit-Instituts", "expert"),  # a survey stays what the survey noun says
    ],
)
def test_the_organisation_named_in_the_phrase_decides(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


def test_a_profession_at_a_university_of_an_authority_stays_an_expert() -> None:
    # the general reading tried in round 45 (a profession bound to any registered organisation takes its type)
    # typed the Bundeswehr's university researchers and "KI-Forscher der Welt" wrong in the events dev texts
    assert classify("Sicherheitsexperte der Bundeswehr-Uni Carlo Masala").type == "expert"
    assert classify("einer der wichtigsten KI-Forscher der Welt").type == "expert"


HOFER = (
    "Wenn Leute mit Pflichtschulabschluss kommen, dann ist das kein gutes Geschäft, sagt IHS-Mann Hofer. Der "
    "Ökonom hält die Studie für zu optimistisch."
)


@pytest.mark.parametrize(
    ("phrase", "expected", "party"),
    [
        ("IHS-Mann Hofer", "expert", None),  # the institute's economist, no private person
        ("der CDU-Mann", "parliament", "CDU"),
        ("Siemens-Frau Anna Roth", "business", None),
        ("Greenpeace-Frau Anna Roth", "civil_society", None),
    ],
)
def test_a_man_or_woman_of_a_named_organisation_speaks_for_it(
    phrase: str, expected: str, party: str | None
) -> None:
    found = classify(phrase)
    assert (found.type, found.party) == (expected, party)


@pytest.mark.parametrize("phrase", ["Schweden-Mann", "Security-Mann", "die DFB-Frauen", "Costners Noch-Frau"])
def test_a_country_an_unknown_word_or_a_team_before_the_person_noun_keeps_it_a_person(phrase: str) -> None:
    assert classify(phrase).type == "citizen"


def test_the_organisations_man_read_with_his_article() -> None:
    assert classify_in_text("IHS-Mann Hofer", HOFER).type == "expert"
