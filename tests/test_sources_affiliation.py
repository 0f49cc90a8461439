"""Source types from what an article says of an organisation (source_types.toml 1.6): the full name an
abbreviation in brackets stands for, an apposition after a company's name, the company or person a role
of no type belongs to, the organisation a spokesperson of no one speaks for, web addresses, and general
role nouns and bodies — real German news sentences, a specific type out."""

import pytest

from framing.sources import classify, classify_in_text

QUANTICA = (
    "Quantica, ein Münchner Softwarehersteller, streicht Stellen. Das sagte Anna Weber, Sprecherin von "
    "Quantica."
)
RYANAIR = (
    "Die Billigfluggesellschaft Ryanair erwägt offenbar eine Gebühr für die Toiletten. Konzernchef Michael "
    "O’Leary sagte, die Gebühr werde ein Pfund betragen. Pressesprecher Steven McNamara spielte die Idee "
    "jedoch herunter."
)


@pytest.mark.parametrize(
    ("phrase", "text", "expected", "cue"),
    [
        # an abbreviation in brackets takes the type of the name it stands for
        (
            "die BWB",
            "Das teilte heute, Freitag, die Bundeswettbewerbsbehörde (BWB) auf ihrer Homepage mit.",
            "authority",
            "Bundeswettbewerbsbehörde",
        ),
        (
            "LLI",
            "Der Generaldirektor der Leipnik-Lundenburger Invest Beteiligungs AG (LLI), Josef Pröll, zeigt "
            "sich zufrieden mit dem Deal.",
            "business",
            "AG",
        ),
        (
            "Die GdF",
            "Nach dem Beschluss hat sich die Gewerkschaft der Flugsicherung (GdF) zu Wort gemeldet.",
            "civil_society",
            "Gewerkschaft",
        ),
        # the name ends at the comma before it: "Demokratischer Partei", not "Das Bündnis aus …"
        (
            "die PDM",
            "Das Bündnis aus Liberaldemokraten (PLDM), Demokratischer Partei (PDM) und Liberalen (PL) "
            "kam mit zusammen 48 Prozent auf die Mehrheit der Sitze.",
            "parliament",
            "Partei",
        ),
        (
            "HG",
            "Das Wiener Handelsgericht (HG) verwirft in einem nicht rechtskräftigen Urteil den Einwand.",
            "court",
            "Handelsgericht",
        ),  # two capitals as a word of their own
        # an apposition after a company's name, also "one of several"
        (
            "Fraser Kyne",
            "Fraser Kyne von Bromium, einer Sicherheitsfirma, die sich auf Viren und Malware "
            "spezialisiert hat, sagt, dass man aufpassen müsse.",
            "business",
            "Sicherheitsfirma",
        ),
        (
            "Zentrox",
            "Eine Bestandsaufnahme, der Zentrox, einer der größten Gerätehersteller weltweit, nicht "
            "zustimmt.",
            "business",
            "Gerätehersteller",
        ),
        ("Anna Weber", QUANTICA, "business", "Softwarehersteller"),
        (
            "Anna Weber",
            QUANTICA.replace("Sprecherin von", "Mitarbeiterin bei"),
            "business",
            "Softwarehersteller",
        ),  # the company over a weak role
        (
            "Quantix",
            "Die Quantix-Aktie stieg um drei Prozent. Quantix teilte mit, die Nachfrage sei hoch.",
            "business",
            "Aktie",
        ),  # a share is a company's
        # a name of several words after "von", a name in quotation marks before a person
        (
            "Sifton",
            "John Sifton von Human Rights Watch sagte, es sei ein Massaker. Sifton sagte weiter, man "
            "ermittle.",
            "civil_society",
            "Human Rights Watch",
        ),
        (
            "Charles Gassenheimer",
            "Der Geschäftsführer von „Ener1“, Charles Gassenheimer, sagte, das "
            "Investment sei mit der Firmenstrategie vereinbar.",
            "business",
            "Geschäftsführer",
        ),
        (
            "Henderson",
            "Ein Sprecher der „Polizei von DeLand“, Commander Randy Henderson, sagte, das Flugzeug "
            "sei tief geflogen.",
            "authority",
            "Polizei",
        ),
        # a role of no type takes the type the article gives its company or the person it works for
        (
            "Roewe",
            "Der Flugtaxi-Hersteller Lilium ist zahlungsunfähig. „Wir kämpfen weiter“, sagte Lilium-Chef "
            "Klaus Roewe. Roewe will nun Investoren finden.",
            "business",
            "Flugtaxi-Hersteller",
        ),
        (
            "Ein Clinton-Sprecher",
            "Ex-Außenministerin Hillary Clinton hat für dienstliche Mails einen privaten Server genutzt. "
            "Ein Clinton-Sprecher erklärte, der Bericht zeige, dass sie nichts verheimlicht habe.",
            "government",
            "Ex-Außenministerin",
        ),
        (
            "Die Sprecherin von Anna Roth",
            "Die Grünen-Abgeordnete Anna Roth kritisiert den Plan. Die Sprecherin "
            "von Anna Roth sagte, man prüfe eine Klage.",
            "parliament",
            "Grünen-Abgeordnete",
        ),
        # a spokesperson of no one speaks for the organisation named just before
        ("Pressesprecher Steven McNamara", RYANAIR, "business", "Konzernchef"),
        (
            "Sprecher Konrad Kmetic",
            "Die Wirtschafts- und Korruptionsstaatsanwaltschaft will keine Angaben zu "
            "dem Vorgehen machen, wie deren Sprecher Konrad Kmetic erklärte.",
            "authority",
            "Korruptionsstaatsanwaltschaft",
        ),
        # a shop or trade a person runs
        (
            "Jan Müller",
            "„Wir haben kein Problem“, sagt Jan Müller, der in Hamburg ein Café betreibt.",
            "business",
            "Café",
        ),
        (
            "Jan Müller",
            "„Die Preise steigen“, sagt Jan Müller. Er führt eine Bäckerei in Köln.",
            "business",
            "Bäckerei",
        ),
        (
            "Sabine Krämer",
            "„Wir suchen Fachkräfte“, sagt Sabine Krämer, Personalleiterin bei Müller Maschinenbau.",
            "business",
            "Maschinenbau",
        ),
        # a web address is a website
        ("Petra Hauser", "„Kleine Sender leiden“, sagt Petra Hauser von media.at.", "media", "media.at"),
    ],
)
def test_what_the_article_says_decides(phrase: str, text: str, expected: str, cue: str) -> None:
    found = classify_in_text(phrase, text)
    assert (found.type, found.cue) == (expected, cue)


@pytest.mark.parametrize(
    ("phrase", "text", "wrong"),
    [
        # a relative clause is no apposition: the body it names is not the speaker's
        (
            "Kommentar",
            "In der Süddeutschen Zeitung erschien ein Kommentar, der die Entscheidung des "
            "Nobelkomitees als Verirrung bezeichnet.",
            "civil_society",
        ),
        # "US-" in a compound names no organisation
        (
            "der US-Partner von EADS, Northrop Grumman",
            "Der US-Partner von EADS, Northrop Grumman, hofft auf den Auftrag der US-Regierung.",
            "government",
        ),
        # a chief may belong to anyone named before: only spokespeople speak for it
        (
            "Technikchef James Allison",
            "Ferrari gewann in Spa. Technikchef James Allison lobte das Team.",
            "business",
        ),
    ],
)
def test_what_the_article_says_of_others_does_not(phrase: str, text: str, wrong: str) -> None:
    assert classify_in_text(phrase, text).type != wrong


def test_a_web_address_is_a_website_not_an_abbreviation():
    assert classify("laut bildblog.de").type == "media"
    assert classify("iRights.info").type == "media"
    assert classify("Die Campact e.V.").type == "civil_society"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Die Wissenschafter", "expert"),  # the Austrian and Swiss spelling
        ("Die Ernährungswissenschafterin", "expert"),
        ("ÖGB-Chef Erich Foglar", "civil_society"),
        ("Wifo-Chef Karl Aiginger", "expert"),
        ("die Wirtschaftskammer", "business"),  # a chamber of commerce (business: src29), no court's chamber
        ("Präfektin Fabienne Buccio", "government"),
        ("Grün-Landesrat Rudi Anschober", "government"),
        ("der demokratische Minderheitsführer im Senat, Harry Reid", "parliament"),
        ("Bildungssprecher Harald Walser", "parliament"),
        ("Bundesschulsprecher Maximilian Gnesda", "civil_society"),  # pupils' representative
        ("ein Sprecher der Präfektur", "government"),
        ("Ein Sprecher der Bayerischen Landeszentrale für neue Medien", "authority"),
        ("WTO-Chef Roberto Azevedo", "authority"),
        ("die Konzernmutter", "business"),
        ("Gründer des KI-Start-ups Neuralix", "business"),  # a head written with its hyphen
        ("der Think-Tank", "expert"),
        ("SPD-Co-Chefin Saskia Esken", "parliament"),
        ("der Chef des ukrainischen Gasmonopolisten Naftogas Andrej Kobolew", "business"),
        ("Co-Founder Jan Berg", "business"),
        ("die TransCanada Corp", "business"),
        ("US-Genetiker George Church", "expert"),  # medical and research specialists
        ("die Neurologin Anna Roth", "expert"),
        ("Forschungsleiter Stephan Ulamec", "expert"),
        ("der Pressefotograf", "media"),
        ("ZTE-Chef Schuster", "business"),
        ("Jerry Larson, dem Präsidenten von UP Aerospace", "business"),  # an English word ending a company
        ("die Zeitschrift Technology Review", "media"),
        ("ein Sprecher von Kärcher", "business"),
        ("die Senderketten NPR und PBS", "media"),
    ],
)
def test_general_role_nouns_and_bodies(phrase: str, expected: str) -> None:
    assert classify(phrase).type == expected
