"""Source types of round 54 (issue 11, branch src54): a bare statement noun as the speaker ("heißt es in
einer Mitteilung", "so der Vorwurf", "heißt es in der Begründung") with no owner of its own is its
issuer's, the person or organisation named in the words of its own sentence before a colon that opens
the quotation, else in the sentence before it (read up to its first Konjunktiv form); a demonstrative,
an owner in the phrase, a medium or a sentence that names no one leaves it untyped. German texts in, a
type out."""

from framing.sources import classify, classify_in_text

MINISTRY = (
    "Wie das guatemaltekische Kulturministerium mitteilt, erweitere dieser Fund das Bild "
    "präkolumbianischer Städte erheblich. Die Entdeckung sei ein kultureller Schatz von nationaler wie "
    "globaler Bedeutung, heißt es in einer Erklärung."
)
HEADING = (
    "Amazon auf Platz eins\nIm März 2024 leitete die EU-Kommission ein förmliches Verfahren gegen Aliexpress "
    "ein. Der Vorwurf lautete unter anderem: Aliexpress setze Servicebedingungen nicht konsequent durch."
)
COURT = (
    "In erster Instanz hatte die Lufthansa vom Arbeitsgericht Frankfurt nicht Recht bekommen. Doch das "
    "Landesarbeitsgericht Hessen drehte das Urteil um. Der Ausbau der Wing-Schiene sei kein tariflich "
    "regelbares Ziel der Gewerkschaft, der Streik somit rechtswidrig, heißt es in der Begründung."
)
COLON = (
    "Das Ordnungsamt der Stadt Frankfurt hat dieses genehmigt, heißt es. Der Börsenverein des Deutschen "
    "Buchhandels hatte Gäste schon auf Veränderungen vorbereitet: „Die Organisation der Buchmesse ist mit "
    "einem hohen Maß an Unwägbarkeiten verbunden“, hieß es in einem Statement."
)
PARTIAL = (
    "Die Hoffnung auf eine Notlösung will der Lebensmittel-Discounter Penny nicht erfüllen: Ein „Zeltverkauf "
    "auf dem Parkplatz ist uns leider nicht möglich“, heißt es in einem Schreiben an das Bezirksamt."
)
REPORTED = (
    "Die EU hat den Gesetzesentwurf kritisiert. Georgien werde im Dezember der Status eines "
    "Beitrittskandidaten verliehen. Das Gesetz stimme nicht mit Werten der EU überein, so die Warnung."
)
DEMONSTRATIVE = (
    "Er habe Rauball einen vertraulichen Brief geschrieben, berichtet die SZ. In diesem Schreiben habe es "
    "wörtlich geheißen, er biete ein Gespräch an."
)
MEDIUM = (
    "Berichtet hatten etwa Vice oder Wired. Man entschuldige sich bei allen Nutzern, so das abschließende "
    "Statement."
)
RELEASE = (
    "Das Landratsamt teilte zudem mit, dass bis Montag, 23. November, 45 044 Personen getestet worden "
    "sind. 1171 Testergebnisse fielen laut Pressemeldung positiv aus."
)
OWNED = (
    "Die Polizei sperrte die Straße. Der Verkehr werde umgeleitet, heißt es in einer Mitteilung der Stadt."
)


def test_the_noun_alone_types_nothing() -> None:
    assert classify("Erklärung").type == "other"


def test_the_issuer_named_in_the_sentence_before_types_the_statement() -> None:
    found = classify_in_text("Erklärung", MINISTRY)
    assert (found.type, found.cue) == ("government", "Kulturministerium")


def test_a_press_release_is_the_office_s_that_announced_it() -> None:
    found = classify_in_text("Pressemeldung", RELEASE)
    assert (found.type, found.cue) == ("authority", "Landratsamt")


def test_a_heading_before_the_sentence_is_no_part_of_it() -> None:
    found = classify_in_text("Vorwurf", HEADING)
    assert (found.type, found.cue) == ("government", "EU-Kommission")


def test_a_court_named_before_its_reasons_is_their_issuer() -> None:
    assert classify_in_text("Begründung", COURT).type == "court"


def test_the_subject_before_the_colon_of_its_own_sentence_comes_first() -> None:
    found = classify_in_text("einem Statement", COLON)
    assert (found.type, found.cue) == ("civil_society", "Börsenverein")


def test_words_between_the_colon_and_the_quotation_mark_are_left_out() -> None:
    assert classify_in_text("einem Schreiben", PARTIAL).type == "business"


def test_a_sentence_is_read_up_to_its_first_konjunktiv_form() -> None:
    found = classify_in_text("Warnung", REPORTED)
    assert found is None or found.type != "parliament"  # not the "Beitrittskandidaten" of reported speech


def test_a_demonstrative_points_to_a_document_named_before() -> None:
    found = classify_in_text("diesem Schreiben", DEMONSTRATIVE)
    assert found is None or found.type != "media"


def test_a_medium_named_before_is_no_issuer() -> None:
    found = classify_in_text("abschließende Statement", MEDIUM)
    assert found is None or found.type == "other"


def test_a_statement_with_its_owner_is_left_to_the_owner() -> None:
    found = classify_in_text("Mitteilung der Stadt", OWNED)
    assert found is None or found.cue != "Polizei"
