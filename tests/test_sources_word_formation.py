"""Source types from productive German word formation (source_types.toml 1.11, issue 11, item 2): the
organisation a role is bound to decides over the role word — by a compound's modifier ("Vereinsobmann",
"Siemens-Forscher"), by a hyphen to a name the article types ("GPA-djp-Chef" after "Die Gewerkschaft
GPA-djp"), over a party in brackets — and heads that name an association of the persons before them
("Psychotherapeutenkammer") — real German news sentences in, a specific type out."""

import pytest

from framing.sources import classify, classify_in_text


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # offices parties share with associations: the association in the modifier decides
        ("Vereinsobmann Franz Huber", "civil_society"),
        ("Gewerkschaftsobmann Rainer Wimmer", "civil_society"),
        ("die Vereinsobfrau", "civil_society"),
        ("BUND-Landesvorsitzender Richard Mergner", "civil_society"),
        # a party's office stays a party's
        ("Landesobmann Thomas Stelzer", "parliament"),
        ("Parteiobmann", "parliament"),
        ("Bundesvorsitzender", "parliament"),
        # the Austrian parliamentary group's head is no club's (a club is an association)
        ("Klubobmann August Wöginger", "parliament"),
        ("Landtagsklubobmann", "parliament"),
        # "Bündnisses": nouns in "-nis" double their "s" before an ending
        ("Sprecherin des Bündnisses", "civil_society"),
        ("Sprecher des Aktionsbündnisses", "civil_society"),
        # a secretary of whatever the modifier names
        ("Gewerkschaftssekretärin Anna Roth", "civil_society"),
        ("Staatssekretär Jörg Kukies", "government"),
        ("Generalsekretär der SPD", "parliament"),
        # whoever protects what the modifier names is an activist; the listed authorities stay
        ("Mieterschützer", "civil_society"),
        ("Verfassungsschützer", "authority"),
        # a chamber or representation of persons is their association; a court's chamber stays
        ("Präsident der Psychotherapeutenkammer", "civil_society"),
        ("Steuerberaterkammer", "civil_society"),
        ("Strafkammer", "court"),
        ("Sprecher der Studentenvertretung", "civil_society"),
        # "club" ends compounds too
        ("Verkehrsclub Österreich", "civil_society"),
        # "die Gefängnisse": the plural of a noun in "-nis", the prisons' administration
        ("die Gefängnisse", "authority"),
        # a profession bound to a registered company or association speaks for it
        ("Siemens-Forscher", "business"),
        ("Forscherin bei BASF", "business"),
        ("Henk Jaap Meijer, Laborleiter der Emsland Stärke GmbH", "business"),
        ("Wissenschaftler von Greenpeace", "civil_society"),
        # a university or clinic is no employer the profession yields to: they stay experts
        ("Forscher der Universität", "expert"),
        ("Forscher der Charité", "expert"),
    ],
)
def test_compounds_take_the_type_of_their_organisation(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


@pytest.mark.parametrize(
    ("phrase", "party"),
    [
        # party youth wings are the party's, by the convention for party officials
        ("Vorsitzende der Jungen Union", "CDU/CSU"),
        ("Juso-Chefin Jessica Rosenthal", "SPD"),
    ],
)
def test_youth_wings_are_their_party(phrase: str, party: str) -> None:
    found = classify(phrase)
    assert (found.type, found.party) == ("parliament", party)


GPA = (
    "Die Gewerkschaft GPA-djp sieht Handlungsbedarf bei All-in-Verträgen. Schließlich sei ein "
    "All-in-Gehalt oft nur auf den ersten Blick von Vorteil, sagte GPA-djp-Chef Wolfgang Katzian (SPÖ) "
    "am Montag in Wien. Katzian forderte eine Obergrenze."
)
VGT = (
    "Der Verein gegen Tierfabriken (VGT) hat Anzeige erstattet. Das Gesetz werde nicht vollzogen, "
    "kritisierte VGT-Obmann Martin Balluch. Balluch kündigte weitere Proteste an."
)
VIDA = (
    "Die Gewerkschaft vida warnt vor Einsparungen bei den Bahnen. Das gehe zulasten der Sicherheit, "
    "sagte vida-Vorsitzender Gottfried Winkler. Winkler verlangte mehr Personal."
)
VOEZ = (
    "Der Verband Österreichischer Zeitungen (VÖZ) begrüßt die neue Presseförderung. Sie sei überfällig, "
    "sagte VÖZ-Geschäftsführer Gerald Grünberger."
)


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("GPA-djp-Chef Wolfgang Katzian", GPA),
        # the bare name: the party in brackets after it no longer decides over his union
        ("Katzian", GPA),
        ("VGT-Obmann Martin Balluch", VGT),
        ("Balluch", VGT),
        ("Winkler", VIDA),
        ("VÖZ-Geschäftsführer Gerald Grünberger", VOEZ),
    ],
)
def test_a_role_bound_to_an_organisation_takes_its_type_from_the_article(phrase: str, text: str) -> None:
    assert classify_in_text(phrase, text).type == "civil_society"


def test_a_party_the_article_names_keeps_its_chief_in_parliament() -> None:
    text = (
        "Die prokurdische Partei HDP kritisierte die Regierung. Das sei ein Angriff auf die Demokratie, "
        "sagte HDP-Chef Selahattin Demirtas."
    )
    assert classify_in_text("HDP-Chef Selahattin Demirtas", text).type == "parliament"


def test_a_field_before_a_weak_role_is_no_organisation() -> None:
    text = "Der Konflikt dauert an. Nahost bleibe ein Pulverfass, sagte Nahost-Experte Michael Lüders."
    assert classify_in_text("Nahost-Experte Michael Lüders", text).type == "expert"


def test_a_former_role_speaks_for_no_one() -> None:
    text = (
        "Der Fernsehsender 9Live stellt den Betrieb ein. Wir wurden über Nacht entlassen, sagte eine "
        "ehemalige 9Live-Mitarbeiterin."
    )
    assert classify_in_text("ehemalige 9Live-Mitarbeiterin", text).type == "citizen"


def test_the_name_an_abbreviation_stands_for_starts_after_the_role() -> None:
    text = (
        "Die Zahlen seien geschönt worden, berichtet Ernst Huber, Geschäftsführer von Radio Süd und seit "
        "dieser Woche Vorsitzender des Verbands der Privatsender (VÖP). Das sei systematisch geschehen, "
        "sagt der VÖP-Vorsitzende."
    )
    found = classify_in_text("VÖP-Vorsitzende", text)
    assert (found.type, found.cue) == ("civil_society", "Verbands")


def test_a_bare_chair_where_no_party_or_parliament_is_named_is_an_associations() -> None:
    text = (
        "Die Universitätenkonferenz fordert mehr Geld für die Hochschulen. Ein offener Zugang sei "
        "unrealistisch, sagte die Vorsitzende Sonja Hammerschmid."
    )
    assert classify_in_text("Vorsitzende Sonja Hammerschmid", text).type == "civil_society"


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        (
            "Vorsitzende Sonja Hammerschmid",
            "Die SPD tagt in Berlin. Das sei ein Erfolg, sagte die Vorsitzende Sonja Hammerschmid.",
        ),
        (
            "Der Jobbik-Vorsitzende Gábor Vona",
            "Die rechtsextreme Partei Jobbik legt zu. Das Land brauche eine Wende, sagte der "
            "Jobbik-Vorsitzende Gábor Vona.",
        ),
    ],
)
def test_a_chair_in_a_political_article_stays_in_parliament(phrase: str, text: str) -> None:
    assert classify_in_text(phrase, text).type == "parliament"
