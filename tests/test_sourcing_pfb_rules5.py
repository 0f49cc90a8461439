"""Attribution rules of the sixth round on the train split of Petersen-Frey & Biemann (2024), German
Wikinews quotation attribution (benchmarks/quotes_pfb.py --split train --errors): real German news
sentences in, the speaker span out."""

import pytest

from framing.pipeline import doc_from_text
from tests.test_sourcing_pfb_rules import spans

CASES = [
    (
        "a statement after the preposition of 'heißt es' speaks for its owner",
        "Einspareffekte für das Unternehmen sollen „durch mehr Effizienz und eine höhere Produktivität“ "
        "erreicht werden, so heißt es in einer gemeinsamen Erklärung des Airbus-Gesamtbetriebsrates und der "
        "IG Metall Küste.",
        [("partial", "Airbus-Gesamtbetriebsrates und der IG Metall Küste")],
    ),
    (
        "… and names none when no one owns it",
        "In den anfänglichen Berichten hatte es geheißen, dass sechs Kopten erschossen wurden.",
        [],
    ),
    (
        "an inquiry after the preposition names no source: the one after it does",
        "Die Terminkollision sei reiner Zufall, heißt es auf STANDARD-Anfrage aus dem Büro von Strache.",
        [("indirect", "Büro von Strache")],
    ),
    (
        "… also before the verb",
        "Auf Anfrage des STANDARD heißt es vonseiten der Universität Wien, man sei prinzipiell an "
        "Qualitätssicherung der Forschung interessiert.",
        [("indirect", "Universität Wien")],
    ),
    (
        "'auf' opens the source of 'heißt es' too",
        "Auf der documenta-Homepage heißt es zur Begründung, warum man sich für dieses Bild entschieden "
        "hat: „Die Zählstriche wurden aufgrund ihrer archaischen und stark bildhaften Darstellung der Zahl "
        "zwölf gewählt.“",
        [("direct", "documenta-Homepage")],
    ),
    (
        "the source before a clause set off by commas",
        "In dieser Resolution, die vom Sicherheitsrat der Vereinten Nationen angenommen wurde, heißt es, "
        "dass es beim Schutz von Kindern in bewaffneten Konflikten zwar Fortschritte gegeben habe.",
        [("indirect", "dieser Resolution")],
    ),
    (
        "… but not a place opening a reported sentence",
        "In Berlin sei die Lage ernst, hieß es.",
        [],
    ),
    (
        "a noun phrase with its article right after the verb speaks when nothing before the verb does",
        "Am gestrigen Montagmorgen stellte eine Polizeistreife fest, dass ein Rotorblatt des zwischen Ebern "
        "und Untermerzbach stehenden Windrades abgebrochen war.",
        [("indirect", "eine Polizeistreife")],
    ),
    (
        "… also an organisation the finder does not know",
        "Dabei hofft die NASA, dass innerhalb der nächsten drei Jahre private US-Unternehmen bei der "
        "Entwicklung von Fluggeräten Fortschritte machen.",
        [("indirect", "NASA")],
    ),
    (
        "the subject after the first verb of a clause an adverbial opens speaks for the verb after 'und'",
        "Dies wollte die 20-jährige Schülerin nicht akzeptieren und gab vor, eine Aussprache herbeiführen "
        "zu wollen.",
        [("indirect", "20-jährige Schülerin")],
    ),
    (
        "… also for a partial quote",
        "In seiner Stellungnahme befand der israelische Premierminister Benjamin Netanyahu den "
        "US-Luftangriff als gerechtfertigt und nannte Trumps Angriffsauftrag „schnell, kraftvoll und "
        "entschieden“.",
        [("partial", "israelische Premierminister Benjamin Netanyahu")],
    ),
    (
        "… but a source opening the clause still speaks",
        "Nach israelischen Militärangaben seien IDF-Fallschirmjäger beschossen worden und erwiderten das "
        "Feuer auf die Personen.",
        [("indirect", "israelischen Militärangaben")],
    ),
    (
        "an acronym the lemmatizer knows as a word names an organisation that speaks",
        "Trotz Anerkennung für die TV-Medien, die es den Wählern ermöglicht hätten, eine wohlüberlegte "
        "Wahlentscheidung zu treffen, kritisiert die OSZE die TV-Berichterstattung zur Wahl, wobei sie das "
        "staatliche Fernsehen von der Kritik ausnimmt. So seien die Berichte in den meisten Sendern "
        "unausgewogen gewesen.",
        [("indirect", "OSZE"), ("indirect", "OSZE")],
    ),
    (
        "… but not a word set in capitals",
        "Peter Kolba, Leiter der dortigen Rechtsabteilung, sagt zum STANDARD: Rechtlich ändert sich durch "
        "das Rundschreiben nichts, es gibt den Schulleitern nur Beispiele zur Orientierung.",
        [("indirect", "Peter Kolba")],
    ),
    (
        "… but not after a pronoun that is the subject",
        "Wir fordern die Migranten und Flüchtlinge auf, den griechischen Behörden zu vertrauen.",
        [],
    ),
    (
        "… nor after a passive",
        "Googles Smartphone zeige wie gut Android-Geräte sein können, bei der Hardware wird vor allem die "
        "Kamera gelobt.",
        [],
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_sixth_round_rules(rule, text, expected):
    assert spans(text) == expected, rule


OWN = [
    (
        "Die Feuerwehr hat nach eigenen Angaben bislang die Hälfte der Halle abgesucht.",
        ("eigenen Angaben", "Feuerwehr", "authority"),
    ),
    (
        "Nach eigenen Angaben hat das Unternehmen einen Werbepartner gefunden, der drei Monate lang die "
        "Produkteinführung in Europa begleiten soll.",
        ("eigenen Angaben", "Unternehmen", "business"),
    ),
    (
        "Der Konzern beschäftigt eigenen Angaben zufolge weltweit 3.000 Mitarbeiter.",
        ("eigenen Angaben", "Konzern", "business"),
    ),
    (  # the subject after the finite verb when another phrase opens the clause (speaker round 73)
        "Dieser Tage zählt das Innenministerium nach eigenen Angaben pro Tag 300 bis 450 Asylanträge.",
        ("eigenen Angaben", "Innenministerium", "government"),
    ),
    (  # a subject that names no one: the attribution's words themselves, as before
        "Bis dahin dauert es nach eigenen Angaben noch zwei Jahre.",
        ("eigenen Angaben", "eigenen Angaben", "other"),
    ),
    (  # no "eigenen": the noun phrase itself, as before; typed anonymous since source types round 41
        "Nach ersten Angaben hat das Unternehmen einen Werbepartner gefunden.",
        ("ersten Angaben", "ersten Angaben", "anonymous"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN)
def test_own_statement_speaks_for_the_subject(text: str, expected: tuple[str, str, str]) -> None:
    """ "nach eigenen Angaben" keeps its words as the span (as the data set marks it) and names the
    clause's subject as the person, whose type it takes."""
    doc = doc_from_text(text)
    quote = doc.quotes[-1]
    span = doc.text[quote.speaker_start : quote.speaker_end]
    assert (span, quote.speaker, quote.source_type) == expected


TYPES = [
    (  # source_types 1.5: the German name typed as the abbreviation ("WFP")
        "Der Sprecher des Welternährungsprogramms, Tomson Phiri, sagte, die Lage sei dramatisch.",
        "authority",
    ),
    ("Die Mönche erklärten, sie würden ihre Proteste fortsetzen.", "civil_society"),
    (  # a magazine's name after a given name is a surname: the NASA decides
        "Alan Stern, Direktor des Wissenschaftlichen Missionsrats der NASA, sagte, die Sonde sei gesund.",
        "authority",
    ),
    ("Laut „Stern“ sei der Minister zurückgetreten.", "media"),
]


@pytest.mark.parametrize(("text", "source_type"), TYPES)
def test_source_types_of_bodies_and_names(text: str, source_type: str) -> None:
    assert doc_from_text(text).quotes[-1].source_type == source_type
