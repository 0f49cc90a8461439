"""Companies and media outlets for any topic (source_types.toml 1.8, issue 11): well-known companies
and outlets named without "AG" or "Konzern", and an unknown company typed by the words the article
puts around its name — real German news sentences in, a specific type out."""

import pytest

from framing.sources import classify, classify_in_text


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # index companies, international firms and brands, named as German news names them
        ("Aurubis", "business"),
        ("ein Sprecher von Symrise", "business"),
        ("Jungheinrich-Chef Lars Brzoska", "business"),
        ("der ehemalige Mazda Österreich-Chef", "business"),  # was government: "Österreich"
        ("Vorsitzende der Geschäftsführung von Wien Energie", "business"),  # was parliament: "Vorsitzende"
        ("Energie-Steiermark-Sprecher Urs Harnik-Lauris", "business"),
        ("ToyTalk", "business"),
        # outlets cited as sources: tech and games sites, international papers, agencies
        ("TheVerge", "media"),
        ("Ars Technica", "media"),
        ("Kotaku", "media"),
        ("der englische Independent", "media"),
        ("die liberale „El Mundo“", "media"),
        ("der APA", "media"),
        ("Ö1", "media"),
        ("ISNA", "media"),  # the Iranian students' news agency, not Iran's government
        ("LAOLA1", "media"),
        ("laut eXXpress", "media"),
        # testing companies, Austrian industry, statistics offices, associations
        ("Angaben des TÜV Nord", "business"),
        ("Palfinger-Chef Andreas Klauser", "business"),
        ("Statistik Austria", "authority"),  # was expert, from "Statistik"
        ("Eurostat", "authority"),
        ("Volkshilfe", "civil_society"),
        ("Mitarbeiter des Malteser Hilfsdienstes", "civil_society"),
    ],
)
def test_registered_companies_and_outlets(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "Norbert Hofer",  # a frequent surname, not the Austrian discounter
        "die New Yorker Gesundheitsbehörden",  # the adjective, not the magazine
        "Hella von Sinnen",  # a given name, not the supplier
    ],
)
def test_common_names_are_no_company(phrase: str) -> None:
    assert classify(phrase).type not in ("business", "media")


def test_unknown_company_by_the_words_around_it() -> None:
    text = (
        "Quantexa steigerte den Umsatz im dritten Quartal um zehn Prozent, die Aktie legte kräftig zu. "
        "Die Nachfrage bleibe hoch, teilte Quantexa mit."
    )
    found = classify_in_text("Quantexa", text)
    assert (found.type, found.cue) == ("business", "aktie quartal umsatz")


@pytest.mark.parametrize(
    ("phrase", "quote"),
    [
        ("Quantexa-Sprecherin Anna Roth", "„Wir sind zufrieden“, sagte Quantexa-Sprecherin Anna Roth."),
        ("Anna Roth", "„Wir sind zufrieden“, sagte Anna Roth von Quantexa."),
    ],
)
def test_the_company_a_person_speaks_for_by_the_words_around_it(phrase: str, quote: str) -> None:
    text = "Quantexa steigerte den Umsatz im dritten Quartal, die Aktie legte zu. " + quote
    assert classify_in_text(phrase, text).type == "business"


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        # one word of a kind is not enough
        ("Quantexa", "Quantexa hat den Umsatz gesteigert. Das sei ein gutes Zeichen, sagte Quantexa."),
        # a German word as the speaker is no company, whatever surrounds it
        (
            "Hacker",
            "Die Hacker griffen den Konzern an, Hersteller und Kunden waren betroffen, so die Hacker.",
        ),
        # a person named with a given name takes no type from the company's words
        (
            "Moritz Quantel",
            "Moritz Quantel sprach über Umsatz, Aktie und Quartal. Es laufe gut, sagte Quantel.",
        ),
    ],
)
def test_words_around_need_an_unknown_name_and_two_cues(phrase: str, text: str) -> None:
    assert classify_in_text(phrase, text).type == "other"


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        # a registered company's name after a given name is a person's surname
        (
            "Steuerexperte Otto Farny",
            "„Die Reform bringt wenig“, sagt Steuerexperte Otto Farny.",
        ),
        (
            "Hans-Stephan Bosch",
            "Wir sind sehr zufrieden, sagte auch Hans-Stephan Bosch.",
        ),
        # a registered name that is a given name before the surname, read around the person's mention
        (
            "Warmbier",
            "Der 21-jährige Otto Frederick Warmbier entschuldigte sich. „Es tut mir leid“, sagte Warmbier.",
        ),
    ],
)
def test_company_name_as_a_persons_name(phrase: str, text: str) -> None:
    assert classify_in_text(phrase, text).type != "business"
