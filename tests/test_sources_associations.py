"""Source types of association officers (source_types.toml 1.10, from the errors on the fourth dev set):
the association named in the genitive after a role decides over the role word, associations named
"-bund" and a few associations of the dev4 outlets are civil society, and a bare weak role takes the
type the article gives it where it names its organisation — real German news sentences in, a specific
type out."""

import pytest

from framing.sources import classify, classify_in_text


@pytest.mark.parametrize(
    ("phrase", "expected", "cue"),
    [
        # a party title of an association: the Samaritans' federal chair is no party officer
        ("Bundesvorsitzender des Arbeiter-Samariter-Bundes", "civil_society", "Arbeiter-Samariter-Bundes"),
        # associations named "-bund" are civil society as compound heads
        ("Präsident des Landessportbundes", "civil_society", "Landessportbundes"),
        ("Vorsitzender des Naturschutzbundes", "civil_society", "Naturschutzbundes"),
        # the party title stays a party's when a party or no association follows
        ("Bundesvorsitzender der SPD", "parliament", "Bundesvorsitzender"),
        ("Bundesvorsitzender", "parliament", "Bundesvorsitzender"),
        # the federal state is still "der Bund"
        ("Bund und Länder", "government", "Bund und Länder"),
    ],
)
def test_association_in_the_genitive_decides(phrase: str, expected: str, cue: str) -> None:
    found = classify(phrase)
    assert (found.type, found.cue) == (expected, cue)


def test_a_party_before_the_genitive_keeps_its_type() -> None:
    # "Vertreter der Berlusconi-Partei der Initiative …": the party speaks, not the initiative
    assert classify("Vertreter der Berlusconi-Partei der Initiative").type == "parliament"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("BN-Vorsitzende Richard Mergner", "civil_society"),  # Bund Naturschutz in Bayern
        ("DAI-Chefin Christine Bortenlänger", "other"),  # "DAI" alone: also the archaeological institute
        ("Deutsches Aktieninstitut", "civil_society"),
        ("Präsidentin der DLRG", "civil_society"),
        # a platform for people is an association; a bare "Plattform" stays a company's
        ("Österreichische Plattform für Alleinerziehende", "civil_society"),
        ("Plattform", "business"),
        ("eine eigene TV-Plattform für hochauflösendes Fernsehen", "business"),
        # the Red Cross and Red Crescent federation, with its truncated compound
        ("Internationalen Föderation der Rotkreuz- und Rothalbmond-Gesellschaften", "civil_society"),
        ("IFRC", "civil_society"),
        # a blog as a compound's head is a medium
        ("Margarethe Honisch vom Finanzblog", "media"),
    ],
)
def test_dev4_associations(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


DLRG = (
    "„Für die hierfür notwendigen Anpassungen sollten zudem auch bundeseinheitliche rechtliche Regelungen "
    "geschaffen werden“, sagt die Präsidentin der DLRG, Ute Vogt. „Rechtssicherheit für die Helfenden ist "
    "unabdingbar“, fordert Knut Fleckenstein, Bundesvorsitzender des Arbeiter-Samariter-Bundes."
)
AKTIENINSTITUT = (
    "Etwa 600.000 neue Aktiensparer unter 30 Jahren verzeichnete das Deutsche Aktieninstitut (DAI) für das "
    "Corona-Jahr 2020. Das Aktieninstitut freut sich über die neuen Informationsangebote: «Die Aktienkultur "
    "in Deutschland kann davon nur profitieren», sagt DAI-Chefin Christine Bortenlänger."
)


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        ("Ute Vogt", DLRG, "civil_society"),
        ("Knut Fleckenstein", DLRG, "civil_society"),
        ("DAI-Chefin Christine Bortenlänger", AKTIENINSTITUT, "civil_society"),
    ],
)
def test_officers_named_with_their_association(phrase: str, text: str, expected: str) -> None:
    assert classify_in_text(phrase, text).type == expected


CARITAS = (
    "Eva Welskop-Deffaa zur neuen Caritas-Präsidentin gewählt\n\nEva M. Welskop-Deffaa (62) ist von der "
    "Delegiertenversammlung zur neuen Präsidentin des Deutschen Caritasverbandes gewählt worden. „Mehr als "
    "80 Prozent der Mitarbeitenden der Caritas sind Frauen“, so die neue Präsidentin."
)
PRESIDENT = (
    "Der Präsident der Vereinigten Staaten reiste nach Paris. „Wir stehen zusammen“, sagte der Präsident."
)


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        ("neue Präsidentin", CARITAS, "civil_society"),  # the article's "Caritas-Präsidentin"
        ("Präsidentin", CARITAS.split("\n\n", 1)[1], "civil_society"),  # "Präsidentin des … Caritasverbandes"
        ("Präsident", PRESIDENT, "government"),  # the state's president stays government
        ("neue Präsidentin", "„Wir fangen an“, so die neue Präsidentin.", "government"),  # nothing named
    ],
)
def test_a_bare_role_takes_its_organisation_from_the_article(phrase: str, text: str, expected: str) -> None:
    assert classify_in_text(phrase, text).type == expected


def test_a_bare_employee_or_report_keeps_its_type() -> None:
    text = "Ein Bank-Austria-Mitarbeiter bestätigte den Vorfall. „Es war knapp“, sagte ein Mitarbeiter."
    assert classify_in_text("ein Mitarbeiter", text).type == "anonymous"
    report = "Die EU-Kommission legte einen Bericht vor. Laut einem Bericht der EU-Kommission sinkt die Zahl."
    assert classify_in_text("einem Bericht", report).type == "media"
