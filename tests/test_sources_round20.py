"""Source types of round 20 (issue 11, item 2, branch src20): dev8's general classes — a word that names
something else gives the type (the medium a person spoke to, a platform in a truncated compound) and
role nouns in an umlauted plural — German phrases and sentences in, a type and its cue out."""

import pytest

from framing.sources import classify, classify_in_text

DAVIES = (
    "Die britische Regierung will der Autoindustrie helfen. Ziel sei es, dass 2018 wieder zwei Millionen "
    "Fahrzeuge produziert werden, sagte der Vize-Chef der staatlichen Wirtschaftsförderungsgesellschaft, "
    "Lawrence Davies, der Welt am Sonntag laut Vorausbericht. Davies sagte, das sei machbar."
)
LEIVA = (
    "Als ich zur Nuntiatur gehen wollte, haben sie mich vor meinem Haus festgenommen, sagte die "
    "Dissidentin Miriam Leiva der dpa. Franziskus wurde am Montag in Holguin empfangen."
)
SOMMER = (
    "Das Image Kölns hat einen Knacks erlitten, sagte der Geschäftsführer von Köln-Tourismus, Josef "
    "Sommer, dem Kölner Stadt-Anzeiger. Der Verband berichtete ebenfalls von Absagen."
)


@pytest.mark.parametrize(
    ("text", "phrase", "expected", "cue"),
    [
        (DAVIES, "Lawrence Davies", "authority", "Wirtschaftsförderungsgesellschaft"),
        (DAVIES, "Davies", "authority", "Wirtschaftsförderungsgesellschaft"),
        (SOMMER, "Josef Sommer", "business", "Geschäftsführer"),
    ],
)
def test_the_medium_spoken_to_is_no_employer(text: str, phrase: str, expected: str, cue: str) -> None:
    found = classify_in_text(phrase, text)
    assert found is not None
    assert (found.type, found.cue) == (expected, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Das sei falsch, sagte Peter Müller der Süddeutschen Zeitung.",
        "Das sei falsch, sagte Peter Müller, der Welt am Sonntag.",
        "Das sei falsch, sagte Peter Müller der „Welt am Sonntag“.",
        "Das sei falsch, sagte Peter Müller der Nachrichtenagentur Reuters.",
        LEIVA.replace("die Dissidentin ", ""),
    ],
)
def test_a_bare_name_before_the_medium_spoken_to_is_untyped(text: str) -> None:
    phrase = "Miriam Leiva" if "Leiva" in text else "Peter Müller"
    found = classify_in_text(phrase, text)
    assert found is not None
    assert found.type == "other"


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        ("Das sei falsch, sagte Peter Müller, Redakteur der Welt am Sonntag.", "media", "Redakteur"),
        (
            "Das sei falsch, sagte Peter Müller, der Chefredakteur der Welt am Sonntag.",
            "media",
            "Chefredakteur",
        ),
        ("Das sei falsch, sagte Peter Müller von der Welt am Sonntag.", "media", "Welt"),
    ],
)
def test_a_role_or_preposition_before_the_medium_still_binds_it(text: str, expected: str, cue: str) -> None:
    found = classify_in_text("Peter Müller", text)
    assert found is not None
    assert (found.type, found.cue) == (expected, cue)


def test_an_object_after_the_article_is_no_medium_spoken_to() -> None:
    text = (
        "Die Bandbreite der Schätzungen der von der APA befragten Experten ist enorm. Dessen Errichtung "
        "könnte nach Schätzungen teuer werden."
    )
    found = classify_in_text("Schätzungen", text)
    assert found is not None
    assert (found.type, found.cue) == ("media", "APA")


def test_a_truncated_platform_compound_shares_the_head_of_the_group() -> None:
    found = classify("linksliberale X- (ehemals: Twitter-) Community")
    assert found is not None
    assert (found.type, found.cue) == ("citizen", "Community")


def test_truncated_compounds_before_und_still_share_the_head() -> None:
    found = classify("die Journalistinnen- und Journalisten-Union")
    assert found is not None
    assert (found.type, found.cue) == ("civil_society", "Journalisten-Union")


@pytest.mark.parametrize(
    ("phrase", "expected", "cue"),
    [
        ("die Mailänder Staatsanwälte", "authority", "Staatsanwälte"),
        ("den Staatsanwälten", "authority", "Staatsanwälten"),
        ("in den Hauptstädten", "government", "Hauptstädten"),
    ],
)
def test_an_umlauted_plural_finds_its_singular_head(phrase: str, expected: str, cue: str) -> None:
    found = classify(phrase)
    assert found is not None
    assert (found.type, found.cue) == (expected, cue)


def test_a_development_agency_is_an_authority_and_a_company_stays_one() -> None:
    agency = classify("der staatlichen Wirtschaftsförderungsgesellschaft")
    company = classify("der Wohnungsbaugesellschaft")
    assert agency is not None and company is not None
    assert (agency.type, company.type) == ("authority", "business")


KERRY = (
    "Washington – US-Außenminister John Kerry hat zum Abbau der Spannungen aufgerufen. Dies habe Kerry bei "
    "einem Gespräch mit dem palästinensischen Präsidenten Mahmoud Abbas deutlich gemacht. Demnach sprachen "
    "die beiden Politiker über die Lage. Kerrys Sprecher unterstrich, dass die USA den Siedlungsbau als "
    "illegal betrachteten."
)


SOLAR = (
    "Dicke Schneeschichten machen einem Modul nichts aus, berichtet der Modulanbieter IBC. "
    "„Bei der Frage, ob die Module von Schneelasten befreit werden sollten, scheiden sich die Geister“, "
    "heißt es auch im IBC Solar-Blog."
)


@pytest.mark.parametrize(
    ("text", "phrase", "expected", "cue"),
    [
        (KERRY, "Kerrys Sprecher", "government", "US-Außenminister"),  # the genitive's spokesperson
        (SOLAR, "IBC Solar-Blog", "business", "Modulanbieter"),  # the company's own blog
    ],
)
def test_a_phrase_speaks_for_whom_it_names(text: str, phrase: str, expected: str, cue: str) -> None:
    found = classify_in_text(phrase, text)
    assert found is not None
    assert (found.type, found.cue) == (expected, cue)


@pytest.mark.parametrize("phrase", ["Finanzblog", "der Blog", "das Solar-Blog"])
def test_a_blog_of_no_named_organisation_stays_a_medium(phrase: str) -> None:
    found = classify_in_text(phrase, SOLAR)
    assert found is not None
    assert found.type == "media"
