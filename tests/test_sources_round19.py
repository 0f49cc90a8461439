"""Source types of round 19 (issue 11, item 2, branch src19): the largest confusions summed over all
tunable sets, fixed by general means — a reader's noun that is a surname, a counterpart in office, the
plural of "Land", vague groups with adjectives or an object, a critic by profession before a name, an
origin in an article about sport, a name the article writes as a web address — German phrases and
sentences in, a type and its cue out."""

import pytest

from framing.sources import classify, classify_in_text

LESER = (
    "Adblue gibt es an jeder Tankstelle. „Allerdings verraten viele Fahrzeuge nicht, welche Menge "
    "nachgefüllt werden muss“, so der Auto-Experte Achmed Leser vom TÜV Thüringen."
)
LAWROW = (
    "Das erklärte der chinesische Außenminister Wang Yi am Dienstag bei einem Besuch seines "
    "russischen Amtskollegen Sergej Lawrow. Lawrow erklärte, die Beziehungen seien gut."
)
MANGOLD = (
    "Die Dichterin ist bekannt für ihre hermetischen Werke. Kritiker Ijoma Mangold urteilte 2013 über "
    "den Erzählungsband, er sei „ein Schlag ins Gesicht“."
)
SPORT = (
    "Bei den Australian Open gewann der Spanier Rafael Nadal sein 21. Grand-Slam-Turnier. Er trat im "
    "Finale gegen den russischen Tennisspieler Daniil Medvedev an, im Halbfinale schlug er den Italiener "
    "Matteo Berrettini. In seinem Interview auf dem Platz sagte Nadal, es sei eine emotionale Partie gewesen."
)
STREET = "Viele Pendler warten seit Stunden. „Das gehe heute nicht mehr“, sagt der Franzose Luc Martin."
JBN = (
    "Die CSU-Staatsregierung blockiert den Ausbau der Windkraft. Julian Fürholzer, Landesvorstand der JBN "
    "erklärt: „Es kann nicht sein, dass wir durch politische Machtkämpfe wichtige Zeit verlieren.“"
)
OEPA = (
    "Die Österreichische Plattform für Alleinerziehende (ÖPA) hat mehr Kinderbetreuung gefordert. Die ÖPA "
    "erinnerte an die UN-Kinderrechtskonvention. Gerade Alleinerziehende können das nicht alleine tragen, "
    "betonte Vorstandsvorsitzende Evelyn Martin."
)
COCKPIT = (
    "Die Pilotenvereinigung Cockpit wurde auf dem falschen Fuß erwischt. „Wir sind vollkommen überrascht“, "
    "erklärte Vorstand Markus Wahl."
)
CREDITSHELF = (
    "Die creditshelf Aktiengesellschaft ist im Bereich der Mittelstandsfinanzierung tätig. Die Übernahme "
    "stärke das Wachstum, teilte creditshelf mit."
)
PAD = (
    "Hauptorganisator der Proteste ist die Bewegung „People's Alliance for Democracy“ (PAD). Die PAD will "
    "die Proteste noch ausweiten, sagte sie."
)
XI = (
    "Nach einem Gespräch zwischen dem chinesischen Präsidenten Xi Jinping und Wladimir Putin lobte der Kreml "
    "die Gespräche. Umso bedeutender, dass der chinesische Präsident Xi Jinping am Mittwoch anrief. „China "
    "ist bereit, Russland zu unterstützen“, soll Xis Wortlaut gewesen sein."
)
LI = (
    "Der Handel habe sich verdoppelt. „Der Handel verbessert die Beziehungen“, erklärt Li Lifan, Experte für "
    "Russland und Zentralasien an der Akademie der Sozialwissenschaften Shanghai."
)
TIERNOTHILFE = (
    "In den Netzen hängen tote Tauben. Mit dabei war auch Stefan Bröckling von der Tiernothilfe: „Wir haben "
    "festgestellt, dass in den Netzen mehrere große Löcher sind.“"
)
WEBSITE = (
    "iRights.info erscheinen die Forderungen als fragwürdig. Im Fall des Fotografen kommt iRights aber "
    "zum Schluss: Er verlange zu viel."
)


@pytest.mark.parametrize(
    ("phrase", "text", "expected", "cue"),
    [
        # "Leser" after a given name is a surname: the organisation after the name decides
        ("Auto-Experte Achmed Leser", LESER, "business", "TÜV"),
        # a counterpart in office is an office (government, weak), not a colleague at work
        ("Lawrow", LAWROW, "government", "Amtskollegen"),
        # a critic by profession right before a name writes in the media
        ("Kritiker Ijoma Mangold", MANGOLD, "media", "Kritiker"),
        # an origin in an article about sport is the athlete (the convention's other), not a private person
        ("Nadal", SPORT, "other", "Spanier"),
        ("Luc Martin", STREET, "citizen", "Franzose"),
        # a party's or an association's board bound to a name no registry knows: an association's
        ("Julian Fürholzer", JBN, "civil_society", "Landesvorstand"),
        ("Julian Fürholzer", JBN.replace("der JBN", "der CSU"), "parliament", "Landesvorstand"),
        # a board office that associations share, with only a name beside it: the association that is the
        # subject of its sentence or the one before (a company's there stays business)
        ("Vorstandsvorsitzende Evelyn Martin", OEPA, "civil_society", "Vorstandsvorsitzende"),
        ("Vorstand Markus Wahl", COCKPIT, "civil_society", "Vorstand"),
        (
            "Vorstand Markus Wahl",
            COCKPIT.replace("Pilotenvereinigung Cockpit", "Lufthansa"),
            "business",
            "Vorstand",
        ),
        # a name in small letters that is no German word: the organisation the article types
        ("creditshelf", CREDITSHELF, "business", "Aktiengesellschaft"),
        # an abbreviation in brackets after a name in quotation marks: the word that introduces the name
        ("Die PAD", PAD, "civil_society", "Bewegung"),
        # the genitive of a short surname is the person named so
        ("Xis", XI, "government", "Präsident"),
        # a country after a preposition of topic is what an expert knows about, not whose he is
        ("Li Lifan", LI, "expert", "Akademie"),
        # a relief organisation named by whom it helps
        ("Stefan Bröckling", TIERNOTHILFE, "civil_society", "Tiernothilfe"),
        # a name the article also writes as a web address is the website
        ("iRights", WEBSITE, "media", "iRights.info"),
        ("iRights", WEBSITE.split(": ", 1)[0].split(". ", 1)[1], "other", None),
    ],
)
def test_a_speaker_read_with_its_article(phrase: str, text: str, expected: str, cue: str | None) -> None:
    found = classify_in_text(phrase, text)
    assert found is not None and (found.type, found.cue) == (expected, cue)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("ein Leser", "citizen"),  # no name before the noun: a reader
        ("Amtskollege", "government"),
        ("Kollege", "other"),  # a colleague at work: no type of their own (round 25; citizen before)
        ("das deutsche Management", "business"),
        ("die Aidshilfe", "civil_society"),
        ("die Finanzhilfe", "other"),
        # a country bound to a profession or after "für" is its topic; with no profession it stays whose
        ("Russland-Experte Li Lifan", "expert"),
        ("China-Expertin", "expert"),
        ("Experte für China", "expert"),
        ("Beauftragter für Russland", "government"),
        ("US-Präsident", "government"),
        # comments in the plural name unnamed writers; a medium's commentary stays the medium's
        ("unzähligen gerührten Fan-Kommentare", "anonymous"),
        ("Leserkommentare", "anonymous"),
        ("ein Kommentar", "media"),
        # friends are private people; a party friend stays the party's
        ("ein anderer Schulfreund", "citizen"),
        ("seine Freundin", "citizen"),
        ("Parteifreund", "parliament"),
        ("das Management des Vereins", "civil_society"),
        ("die beiden Länder", "government"),
        ("Bund und Länder", "government"),
        # vague groups with adjectives or an object in the genitive name nobody
        ("prominente Stimmen", "anonymous"),
        ("viele kritische Stimmen", "anonymous"),
        ("Kritiker des NetzDG", "anonymous"),
        ("die Kritiker der Reform", "anonymous"),
        ("Kritiker", "anonymous"),
        ("Stimmen aus der CDU", "parliament"),  # a party beside them keeps them someone's
        # a critic by profession, with or without the article, also as a compound
        ("der Kritiker Marcel Reich-Ranicki", "media"),
        ("Literaturkritikerin Sigrid Löffler", "media"),
        ("Putin-Kritiker Alexej Nawalny", "other"),  # what he criticises: no profession, no group
    ],
)
def test_a_speaker_phrase_alone(phrase: str, expected: str) -> None:
    found = classify(phrase)
    assert found is not None and found.type == expected, phrase


POCHER = (
    "Die Situation im Ehedrama ist angespannt. Amira hat sich getrennt, ihr Ehemann Oliver Pocher sieht die "
    "Dinge jedoch anders. „Beziehung? Das ist doch Quatsch“, sagt Pocher in einem Live-Interview."
)


def test_a_family_role_on_a_site_named_for_celebrities_is_the_entertainer() -> None:
    found = classify_in_text("Pocher", POCHER, url="https://vipflash.de/twr/176739")
    assert found is not None and (found.type, found.cue) == ("other", "Ehemann")
    # on a news site's general page, or with no address, the family role still makes a citizen
    assert (
        classify_in_text("Pocher", POCHER, url="https://www.example-zeitung.de/region/176739").type
        == "citizen"
    )
    assert classify_in_text("Pocher", POCHER).type == "citizen"


CARITAS = (
    "Eva Welskop-Deffaa zur neuen Caritas-Präsidentin gewählt\n\nEva M. Welskop-Deffaa (62) ist von der "
    "Delegiertenversammlung gewählt worden. „Not lindern, das ist unser Programm“, kommentiert "
    "Welskop-Deffaa ihre Wahl."
)


LEOBEN = (
    "Der Rektor der Montanuniversität Leoben, Wilfried Eichlseder, begrüßte die Gäste. Verliehen wurde die "
    "Florianiplakette des ÖBFV in Bronze an Rektor Wilfried Eichlseder. Dann betonte Rektor Eichlseder: "
    "„Mit diesem Zentrum haben wir den Horizont erweitert.“"
)


@pytest.mark.parametrize(
    ("phrase", "text", "expected", "cue", "other_phrase", "without"),
    [
        # the office a person is elected to right after the name; with none the bracketed age stays
        (
            "Welskop-Deffaa",
            CARITAS,
            "civil_society",
            "Caritas-Präsidentin",
            "Welskop-Deffaa",
            "citizen",
        ),
        # a weak role noun before a surname defers to the role the article gives in full; what is given
        # "an" a person is no role of theirs
        ("Rektor Eichlseder", LEOBEN, "expert", "Montanuniversität", "Rektor Eichlseder", "citizen"),
    ],
)
def test_a_role_the_article_gives_elsewhere(
    phrase: str, text: str, expected: str, cue: str, other_phrase: str, without: str
) -> None:
    found = classify_in_text(phrase, text)
    assert found is not None and (found.type, found.cue) == (expected, cue)
    rest = text.split("\n\n", 1)[1] if "\n\n" in text else text.split(". ", 1)[1]
    assert classify_in_text(other_phrase, rest).type == without


def test_what_is_given_to_a_person_is_no_role_of_theirs() -> None:
    assert classify_in_text("Wilfried Eichlseder", LEOBEN.split(". ", 1)[1]).type != "business"


OLYMPIA = (
    "Bei Olympia spielt der Sport für die Mannschaft nur eine Nebenrolle, der Weltcup "
    "ruht. In einem Interview attackierte Ex-Präsident Alfons Hörmann seinen Nachfolger. Er gehe davon aus, "
    "sagte Hörmann, dass dieser an der Kampagne beteiligt gewesen sei."
)


def test_an_occasion_of_speech_is_no_role_and_a_bare_president_in_sport_is_an_official() -> None:
    found = classify_in_text("Hörmann", OLYMPIA)
    assert found is not None and (found.type, found.cue) == ("other", "Ex-Präsident")
    # outside sport the bare office stays a government's; the interview is still no role
    plain = OLYMPIA.split(". ", 1)[1]
    assert classify_in_text("Hörmann", plain).type == "government"
    # a head of state named with the country stays government in an article about sport
    biden = OLYMPIA.replace("Ex-Präsident Alfons Hörmann", "US-Präsident Joe Biden").replace(
        "Hörmann", "Biden"
    )
    assert classify_in_text("Biden", biden).type == "government"
