"""Source types from what an article says of an organisation (source_types.toml 1.6): the full name an
abbreviation in brackets stands for, an apposition after a company's name, the company a role of no
type belongs to, and general role nouns and bodies — real German news sentences, a specific type out."""

import pytest

from framing.sources import classify, classify_in_text


def test_an_abbreviation_takes_the_type_of_the_name_it_stands_for():
    agency = "Das teilte heute, Freitag, die Bundeswettbewerbsbehörde (BWB) auf ihrer Homepage mit."
    found = classify_in_text("die BWB", agency)
    assert (found.type, found.cue) == ("authority", "Bundeswettbewerbsbehörde")
    company = (
        "Der Generaldirektor der Leipnik-Lundenburger Invest Beteiligungs AG (LLI), Josef Pröll, zeigt sich "
        "in einer Aussendung zufrieden mit dem Deal."
    )
    assert classify_in_text("LLI", company).type == "business"
    union = "Nach dem Beschluss hat sich die Gewerkschaft der Flugsicherung (GdF) zu Wort gemeldet."
    assert classify_in_text("Die GdF", union).type == "civil_society"
    # the name ends at the comma before it: "Demokratischer Partei", not "Das Bündnis aus …"
    alliance = (
        "Das Bündnis aus Liberaldemokraten (PLDM), Demokratischer Partei (PDM) und Liberalen (PL) kam mit "
        "zusammen 48 Prozent auf die Mehrheit der Sitze."
    )
    assert classify_in_text("die PDM", alliance).type == "parliament"
    court = "Das Wiener Handelsgericht (HG) verwirft in einem nicht rechtskräftigen Urteil den Einwand."
    assert classify_in_text("HG", court).type == "court"  # two capitals as a word of its own
    partner = "Der US-Partner von EADS, Northrop Grumman, hofft auf den Auftrag der US-Regierung."
    phrase = "der US-Partner von EADS, Northrop Grumman"
    assert classify_in_text(phrase, partner).type != "government"  # "US-" names no organisation


def test_an_apposition_after_a_company_name_types_its_people():
    text = (
        "Fraser Kyne von Bromium, einer Sicherheitsfirma, die sich auf Viren und Malware spezialisiert hat, "
        "sagt, dass man aufpassen müsse."
    )
    found = classify_in_text("Fraser Kyne", text)
    assert (found.type, found.cue) == ("business", "Sicherheitsfirma")
    spokeswoman = (
        "Quantica, ein Münchner Softwarehersteller, streicht Stellen. Das sagte Anna Weber, Sprecherin von "
        "Quantica, am Montag."
    )
    assert classify_in_text("Anna Weber", spokeswoman).type == "business"
    staff = spokeswoman.replace("Sprecherin von", "Mitarbeiterin bei")
    assert classify_in_text("Anna Weber", staff).type == "business"  # the company over a weak role
    watch = (
        "John Sifton von Human Rights Watch sagte, es sei ein Massaker. Sifton sagte weiter, man ermittle."
    )
    found = classify_in_text("Sifton", watch)
    assert (found.type, found.cue) == ("civil_society", "Human Rights Watch")  # a name of several words
    quantix = "Die Quantix-Aktie stieg um drei Prozent. Quantix teilte mit, die Nachfrage sei hoch."
    assert classify_in_text("Quantix", quantix).type == "business"  # a share is a company's
    one_of = "Eine Bestandsaufnahme, der Acer, einer der größten Gerätehersteller weltweit, nicht zustimmt."
    assert classify_in_text("Acer", one_of).type == "business"
    # a relative clause is no apposition: the body it names is not the speaker's
    comment = (
        "In der Süddeutschen Zeitung erschien ein Kommentar, der die Entscheidung des Nobelkomitees als "
        "Verirrung bezeichnet."
    )
    assert classify_in_text("Kommentar", comment).type != "civil_society"


def test_a_role_of_no_type_takes_the_type_the_article_gives_its_company():
    text = (
        "Der Flugtaxi-Hersteller Lilium ist zahlungsunfähig. „Wir kämpfen weiter“, sagte Lilium-Chef Klaus "
        "Roewe. Roewe will nun Investoren finden."
    )
    found = classify_in_text("Roewe", text)
    assert (found.type, found.cue) == ("business", "Flugtaxi-Hersteller")


def test_a_name_in_quotation_marks_before_a_person_is_part_of_the_role():
    text = (
        "Der Geschäftsführer von „Ener1“, Charles Gassenheimer, sagte, das Investment sei mit der "
        "Firmenstrategie vereinbar."
    )
    assert classify_in_text("Charles Gassenheimer", text).type == "business"
    police = (
        "Ein Sprecher der „Polizei von DeLand“, Commander Randy Henderson, sagte, das Flugzeug sei tief "
        "geflogen."
    )
    assert classify_in_text("Henderson", police).type == "authority"


def test_a_spokesperson_of_no_one_speaks_for_the_organisation_named_just_before():
    text = (
        "Die Billigfluggesellschaft Ryanair erwägt offenbar eine Gebühr für die Toiletten. Konzernchef "
        "Michael O’Leary sagte, die Gebühr werde ein Pfund betragen. Pressesprecher Steven McNamara spielte "
        "die Idee jedoch herunter."
    )
    found = classify_in_text("Pressesprecher Steven McNamara", text)
    assert (found.type, found.cue) == ("business", "Konzernchef")
    prosecution = (
        "Die Wirtschafts- und Korruptionsstaatsanwaltschaft will keine Angaben zu dem Vorgehen machen, wie "
        "deren Sprecher Konrad Kmetic erklärte."
    )
    assert classify_in_text("Sprecher Konrad Kmetic", prosecution).type == "authority"
    # a chief or a representative may belong to anyone named before: no type from there
    coach = "Ferrari gewann in Spa. Technikchef James Allison lobte das Team."
    assert classify_in_text("Technikchef James Allison", coach).type == "other"


def test_a_role_of_no_type_takes_the_type_of_the_person_it_works_for():
    mails = (
        "Ex-Außenministerin Hillary Clinton hat für dienstliche Mails einen privaten Server genutzt. Ein "
        "Clinton-Sprecher erklärte, der Bericht zeige, dass sie nichts verheimlicht habe."
    )
    found = classify_in_text("Ein Clinton-Sprecher", mails)
    assert (found.type, found.cue) == ("government", "Ex-Außenministerin")
    member = (
        "Die Grünen-Abgeordnete Anna Roth kritisiert den Plan. Die Sprecherin von Anna Roth sagte, man prüfe "
        "eine Klage."
    )
    assert classify_in_text("Die Sprecherin von Anna Roth", member).party == "Grüne"


def test_a_shop_or_trade_a_person_runs_makes_them_business():
    cafe = "„Wir haben kein Problem“, sagt Jan Müller, der in Hamburg ein Café betreibt."
    assert classify_in_text("Jan Müller", cafe).type == "business"
    bakery = "„Die Preise steigen“, sagt Jan Müller. Er führt eine Bäckerei in Köln."
    assert classify_in_text("Jan Müller", bakery).type == "business"
    staff = "„Wir suchen Fachkräfte“, sagt Sabine Krämer, Personalleiterin bei Müller Maschinenbau."
    assert classify_in_text("Sabine Krämer", staff).type == "business"


def test_a_web_address_is_a_website():
    assert classify("laut bildblog.de").type == "media"
    assert classify("iRights.info").type == "media"
    found = classify_in_text("Petra Hauser", "„Kleine Sender leiden“, sagt Petra Hauser von media.at.")
    assert (found.type, found.cue) == ("media", "media.at")
    assert classify("Die Campact e.V.").type == "civil_society"  # an abbreviation with dots is no address


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Die Wissenschafter", "expert"),  # the Austrian and Swiss spelling
        ("Die Ernährungswissenschafterin", "expert"),
        ("ÖGB-Chef Erich Foglar", "civil_society"),
        ("Wifo-Chef Karl Aiginger", "expert"),
        ("die Wirtschaftskammer", "civil_society"),  # a chamber of commerce, not a court's chamber
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
