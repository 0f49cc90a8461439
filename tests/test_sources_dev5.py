"""Source types from the errors on the fifth dev set (source_types.toml 1.13, framing/sources.py): an
academic title before a name yields to the office the article gives the person, the full stop of a title
ends no sentence before a role, association and hunting-association heads are civil society, a national
park is a state body, and a party in capitals names its party — German news sentences in, a type out."""

import pytest

from framing.sources import classify, classify_in_text

COVESTRO = (
    "Covestro will künftig verstärkt Enzyme nutzen. „Die Biotechnologie hat enormes Potenzial“, sagt "
    "Dr. Markus Steilemann, Vorstandsvorsitzender Covestro. „Wir wollen unsere Fähigkeiten ausbauen.“"
)
STIFTUNG = (
    "„Die Messe ist für die jungen Talente eine hervorragende Gelegenheit“, sagt Dr. Sven Baszio, "
    "Geschäftsführender Vorstand der Stiftung Jugend forscht e. V. „Wir freuen uns sehr.“"
)
VIROLOGIN = "„Die Lage bleibt ernst“, sagte Dr. Anna Berg. Die Zahl der Fälle steigt weiter."


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        # the office after the name says whom the doctor speaks for
        ("Dr. Markus Steilemann", COVESTRO, "business"),
        ("Dr. Sven Baszio", STIFTUNG, "civil_society"),
        # with no role in the article the title still says what the person is
        ("Dr. Anna Berg", VIROLOGIN, "expert"),
    ],
)
def test_a_title_yields_to_the_office_the_article_gives(phrase: str, text: str, expected: str) -> None:
    assert classify_in_text(phrase, text).type == expected


FEUERWEHR = (
    "Gestern wurden 57 Ehrenamtliche der Freiwilligen Feuerwehr ausgezeichnet. Es ehrten sie "
    "Landesbranddirektor Dr. Karsten Homrighausen, der Ständige Vertreter Karsten Göwecke sowie der "
    "Landesbeauftragte der Freiwilligen Feuerwehren. „Sie alle investieren viel Zeit“, sagte "
    "Dr. Karsten Homrighausen."
)


def test_the_full_stop_of_a_title_ends_no_sentence_before_the_role() -> None:
    # "Landesbranddirektor Dr. Karsten Homrighausen": the role before the title is the person's
    assert classify_in_text("Dr. Karsten Homrighausen", FEUERWEHR).type == "authority"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("BDZV-Hauptgeschäftsführer Dietmar Wolff", "civil_society"),
        ("Hauptgeschäftsführerin der Handwerkskammer", "civil_society"),
        ("Geschäftsführer der Firma", "business"),  # a company's manager stays business
        ("Hauptgeschäftsführer der Deutschen Bahn", "business"),  # weak: the organisation named decides
        ("Landesjägermeister Josef Pröll", "civil_society"),
        ("Bezirksjägermeisterin", "civil_society"),
        ("Jäger", "citizen"),  # a hunter speaks for himself
        ("Nationalparkleiter Dr. Roland Baier", "authority"),
        ("stellvertretende Nationalparkleiter Ulrich Brendel", "authority"),
        ("die Nationalparkverwaltung", "authority"),
    ],
)
def test_dev5_heads(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


PIRATEN = (
    "Die Anhörung hat die mangelnde Bereitschaft der EU offenbart, schlussfolgert Patrick Breyer (PIRATEN), "
    "der Berichterstatter des Ausschusses. „Das ist bestenfalls naiv“, sagt Breyer."
)


@pytest.mark.parametrize(
    ("phrase", "party"),
    [("Patrick Breyer (PIRATEN)", "Piraten"), ("Anna Roth (GRÜNE)", "Grüne"), ("Die LINKE", "Linke")],
)
def test_a_party_in_capitals_names_its_party(phrase: str, party: str) -> None:
    found = classify(phrase)
    assert (found.type, found.party) == ("parliament", party)


def test_a_person_with_a_party_in_capitals_in_the_article() -> None:
    found = classify_in_text("Patrick Breyer", PIRATEN)
    assert (found.type, found.party) == ("parliament", "Piraten")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a city at the end of the words before the name is where the organisation is
        (
            "Wie der Direktor des Getränkegroßhandels OBD Grand Paris, Pascal Clément, erklärte, habe der "
            "Transport über die Seine Vorteile.",
            "business",
        ),
        ("Das sagte der Direktor der Deutschen Bank in Frankfurt, Pascal Clément, am Montag.", "business"),
        # with no other role before it, a city's office stays the government's
        ("Das sagte die Bürgermeisterin von Paris, Pascal Clément, am Montag.", "government"),
    ],
)
def test_a_place_before_a_name_yields_to_the_organisation_before_it(sentence: str, expected: str) -> None:
    assert classify_in_text("Pascal Clément", sentence).type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation's name in quotation marks, after "von" and after the word that introduces it
        (
            "Die globale Kampagne „Stop Killer Robots“ wirbt für ein Verbot. Anna Roth von „Stop Killer "
            "Robots“ sagt: „Maschinen dürfen nicht über Leben und Tod entscheiden.“",
            "civil_society",
        ),
        (
            'Die Initiative "Saubere Luft" startet heute. Anna Roth von "Saubere Luft" sagt: "Wir fordern '
            'ein Verbot."',
            "civil_society",
        ),
        # a quotation after the name is no organisation of hers
        ("Anna Roth sagt: „Wir fordern ein Verbot.“ Die Kampagne läuft seit Mai.", "other"),
    ],
)
def test_an_organisation_named_in_quotation_marks(text: str, expected: str) -> None:
    assert classify_in_text("Anna Roth", text).type == expected


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        # a weak profession beside a name: the organisation the article gives the person decides
        (
            "Ko-Autor Nopphol Witvorapong",
            "Das sei nachhaltiger, sagte Ko-Autor Nopphol Witvorapong von der Chulalongkorn University.",
            "expert",
        ),
        # a weak office beside a name is read as before, not as the newspaper that quotes the person
        (
            "Vorstand Jens Bischof",
            "Das sei die größte Umstellung, zitiert die Süddeutsche Zeitung den zuständigen Vorstand Jens "
            "Bischof.",
            "business",
        ),
    ],
)
def test_a_weak_profession_beside_a_name_but_not_a_weak_office(phrase: str, text: str, expected: str) -> None:
    assert classify_in_text(phrase, text).type == expected


BWE = (
    "BWE-Präsident Hermann Albers: „Die Verfahren dauern zu lange.“ Laut einer Studie ist das Tempo zu "
    "niedrig. Hermann Albers: „Die Bundesregierung muss mehr Beschleunigung wagen.“"
)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # an unknown abbreviation of three letters or more before "Präsident" names an association
        ("BWE-Präsident Hermann Albers", "civil_society"),
        ("Hermann Albers", "civil_society"),  # the same role read at the person's first mention
        # a country of two letters, a registered body and the Austrian high courts keep their types
        ("US-Präsident Joe Biden", "government"),
        ("EU-Präsident Charles Michel", "government"),
        ("EZB-Präsidentin Christine Lagarde", "authority"),
        ("VfGH-Präsident Christoph Grabenwarter", "court"),
    ],
)
def test_a_president_of_an_unknown_abbreviation(phrase: str, expected: str) -> None:
    assert classify_in_text(phrase, BWE).type == expected
