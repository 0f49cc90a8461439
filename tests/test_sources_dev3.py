"""Source types from the errors on the third dev set (source_types.toml 1.7): farmers' associations,
a party's nickname, the federal and state governments together, and an age or a profession that
yields to the office the article gives the person elsewhere — real German news sentences, a specific
type out."""

import pytest

from framing.sources import classify, classify_in_text


@pytest.mark.parametrize(
    ("phrase", "text", "expected", "cue"),
    [
        # young farmers' associations are civil society, not the parliament of a weak "Vorsitzender"
        (
            "Philipp Sander",
            "Für Philipp Sander, den Vorsitzenden des Rings der Landjugend, wäre die Prämie gerechter. "
            "„Wir brauchen echte Zukunftsperspektiven“, sagte Sander.",
            "civil_society",
            "Landjugend",
        ),
        (
            "Phillip Brändle",
            "Phillip Brändle, der die junge AbL auf dem Treffen vertrat, zeigte sich optimistisch.",
            "civil_society",
            "AbL",
        ),
    ],
)
def test_farmers_associations(phrase: str, text: str, expected: str, cue: str) -> None:
    found = classify_in_text(phrase, text)
    assert (found.type, found.cue) == (expected, cue)


def test_party_nickname() -> None:
    found = classify("die Blauen")  # "So seien vier PR-Mitarbeiter dabei gewesen, kritisieren die Blauen."
    assert (found.type, found.party) == ("parliament", "FPÖ")


@pytest.mark.parametrize("phrase", ["Bund und Länder", "von Bund und Ländern"])
def test_federal_and_state_governments(phrase: str) -> None:
    assert classify(phrase).type == "government"  # "Als Grund nennen Bund und Länder „die Unsicherheit“"


ZDK = (
    "ZdK-Präsidentin ist seit 2021 die Sozialwissenschaftlerin Irme Stetter-Karp. Irme Stetter-Karp ist mit "
    "großer Mehrheit zur neuen Präsidentin des Zentralkomitees der deutschen Katholiken gewählt worden. "
    "Stetter-Karp (65) folgt Thomas Sternberg. Sie wolle für Reformen kämpfen, sagte Stetter-Karp."
)


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        # an age at the mention found first does not outrank the office the article gives her before it
        ("Stetter-Karp", ZDK, "civil_society"),
        # a profession without an office stays
        ("Roth", "Die Neurologin Anna Roth warnt. Roth (52) sagte, das Risiko sei gering.", "expert"),
        # an age and nothing else: a private person
        ("Maria", "Eine Anwohnerin ist verärgert. Maria (34) sagt, der Lärm sei unerträglich.", "citizen"),
    ],
)
def test_age_does_not_outrank_a_role(phrase: str, text: str, expected: str) -> None:
    assert classify_in_text(phrase, text).type == expected


def test_possessive_ends_the_role_before_a_name() -> None:
    """The role before "seinen" is the predecessor's, not the successor's."""
    text = (
        "Thomas Weikert zuckte mit den Schultern. In einem Interview attackierte Ex-Präsident Alfons "
        "Hörmann seinen Nachfolger Weikert. „Ich kenne keine Kampagne“, sagte Weikert."
    )
    assert classify_in_text("Weikert", text).type == "other"


def test_name_of_several_words_hyphenated_to_a_role() -> None:
    """The IG Metall's secretary is a trade unionist, not the government the sentence before names."""
    text = (
        "Die IG Metall Nordhessen kritisierte die Vergabepolitik der Bundesregierung. Dennis Poß, IG "
        "Metall-Sekretär, warnte vor dem Verlust tausender Arbeitsplätze."
    )
    assert classify_in_text("Dennis Poß", text).type == "civil_society"
    assert classify("Deutsche Bank-Chef").cue == "Deutsche Bank"
