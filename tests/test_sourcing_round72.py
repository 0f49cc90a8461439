"""Who speaks, seventy-second speaker round (docs/accuracy.md, "Speaker round 72"): a chain of reported
speech goes on across one sentence of the author's between two of the speaker's when that sentence tells
of a thing (its subject a noun of no person or body, written as its lemma) or names the speaker and no one
else, with no verb of saying. A sentence that names someone else, has a plural of persons as its subject or
asks a question still ends the chain. German sentences in, speakers out."""

from .sourcing_speakers import speakers


def test_a_sentence_about_a_thing_keeps_the_chain():
    text = (
        "Die Regierung will schneller impfen. Jeder Erwachsene solle bis Jahresende ein Angebot bekommen, "
        "sagte Johnson am Sonntag. Bisher lag das Zieldatum bei Ende Januar. "
        "Die Regierung werde die Landesteile zusätzlich unterstützen."
    )
    assert speakers(text) == [("Johnson", "Johnson"), ("Johnson", "Johnson")]


def test_a_sentence_naming_the_speaker_keeps_the_chain():
    text = (
        "Kontrollen seien auch im Osten notwendig, sagte Doskozil. "
        "Für Doskozil gibt es noch einen dritten Brennpunkt. "
        "Es sei nämlich keineswegs so, dass der Nachbar alle Flüchtlinge aufnehme."
    )
    assert speakers(text) == [("Doskozil", "Doskozil"), ("Doskozil", "Doskozil")]


def test_a_view_of_the_speaker_keeps_the_chain():
    text = (
        "Eine Häufung könne mit der Krisenlage zu tun haben, sagte der Kriminologe Walter Fuchs. "
        "Ob Bürgerwehren das Sicherheitsgefühl wirklich erhöhen, sieht Fuchs skeptisch. "
        "Zudem hätten solche Initiativen in der Regel keinen langen Atem."
    )
    assert speakers(text) == [("Kriminologe Walter Fuchs", "Kriminologe Walter Fuchs")] * 2


def test_a_sentence_naming_someone_else_ends_the_chain():
    text = (
        "Kontrollen seien auch im Osten notwendig, sagte Doskozil. "
        "Neben dem Brenner nennt Mikl-Leitner noch einen dritten Brennpunkt. "
        "Es sei nämlich keineswegs so, dass der Nachbar alle Flüchtlinge aufnehme."
    )
    assert speakers(text)[0] == ("Doskozil", "Doskozil")
    assert ("Doskozil", "Doskozil") not in speakers(text)[1:]


def test_persons_named_by_an_inflected_participle_end_the_chain():
    text = (
        "Die Kampagne habe unter dem früheren Flughafenchef Herbert Kaufmann begonnen, sagte der Anwalt. "
        "Die Genannten wiesen das zurück. "
        "Die Folgen der Kampagne hätten die Geschäfte des Klägers vernichtet."
    )
    assert speakers(text) == [("Anwalt", "Anwalt")]


def test_a_quotation_standing_alone_keeps_the_nearer_mention():
    text = (
        "Ministerpräsident Günther Oettinger hat angekündigt, die Schulzeit zu verkürzen. "
        "Um Zeit zu gewinnen, will Oettinger den Lehrplan straffen. "
        "„Nicht jede Formel ist für das Leben notwendig.“"
    )
    assert speakers(text) == [
        ("Ministerpräsident Günther Oettinger", "Ministerpräsident Günther Oettinger"),
        ("Oettinger", "Oettinger"),
    ]
