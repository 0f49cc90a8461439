"""Source types of round 53 (issue 11, branch src53): a surname that ends in an organisation's word right
after a given name is a name ("Angela Inselkammer" is no court's "Kammer", "Margot Friedländer" no
"Länder"), also where the article later writes it alone; a given name that is a function word in lower
case, right after a role noun, opens the person's first mention ("vom zuständigen Staatsepidemiologen
Anders Tegnell"); physicians and epidemiologists of the state by their office ("Amtsärztin",
"Staatsepidemiologe") are an authority; "Tegnells Kritiker" are not Tegnell. German texts in, a type out."""

from framing.sources import classify, classify_in_text

HOTELS = (
    "Die Präsidentin des Bayerischen Hotel- und Gaststättenverbandes, Angela Inselkammer, sitzt da mit "
    "verschränkten Armen. Die Hotels hätten das Thema Hygiene im Griff, erklärt Inselkammer. „Wir sind "
    "bereit“, sagte Angela Inselkammer am Abend."
)
SURVIVOR = (
    "Die Holocaust-Überlebende und Berliner Ehrenbürgerin Margot Friedländer liest seit Jahren in Schulen. "
    "„Es ist nicht zu erklären“, sagt Friedländer."
)
SWEDEN = (
    "Der schwedische Sonderweg in der Pandemie wurde bestimmt vom zuständigen Staatsepidemiologen Anders "
    "Tegnell. Für Tegnells Kritiker ist die Sache längst klar: Sein Weg sei ein Experiment. Schon vor "
    "Wochen hat Tegnell zugegeben, dass seine Behörde überrascht worden sei."
)
OPENING = (
    "Die Zahlen steigen. Anders als Tegnell setzen die Nachbarländer auf Schließungen. Man habe Fehler "
    "gemacht, sagte Tegnell."
)
CENTRAL_BANK = (
    "EZB-Chefin Lagarde erwartet ein Aus des Gipfels.\n\nChristine\n\nLagarde, die Präsidentin der "
    "Europäischen Zentralbank (EZB), hat ein Scheitern in Aussicht gestellt. Das sei besser, sagte Lagarde."
)


def test_a_surname_ending_in_a_courts_word_after_a_given_name_is_no_court() -> None:
    assert classify("Angela Inselkammer").type == "other"
    assert classify("Inselkammer").type == "court"  # alone, without the article, the word is read as written


def test_the_role_at_the_first_mention_types_the_compound_surname() -> None:
    for phrase in ("Angela Inselkammer", "Inselkammer"):
        found = classify_in_text(phrase, HOTELS)
        assert (found.type, found.cue) == ("civil_society", "Gaststättenverbandes")


def test_a_surname_ending_in_laender_is_no_government() -> None:
    found = classify_in_text("Friedländer", SURVIVOR)
    assert (found.type, found.cue) == ("citizen", "Ehrenbürgerin")


def test_a_listed_word_after_a_given_name_stays_as_listed() -> None:
    assert classify("Hans Kammer").type == "court"
    assert classify("Peter Landgericht").type == "court"


def test_a_role_before_the_first_mention_keeps_the_registrys_reading() -> None:
    assert classify_in_text("Lagarde", CENTRAL_BANK).type == "authority"


def test_a_function_word_after_a_role_noun_is_a_given_name() -> None:
    found = classify_in_text("Tegnell", SWEDEN)
    assert (found.type, found.cue) == ("authority", "Staatsepidemiologen")


def test_a_function_word_opening_a_sentence_is_no_given_name() -> None:
    assert classify_in_text("Tegnell", OPENING).type == "other"


def test_critics_named_by_the_persons_genitive_are_not_the_person() -> None:
    assert classify_in_text("Tegnells Kritiker", SWEDEN).type != "authority"


def test_physicians_of_the_state_by_their_office_are_an_authority() -> None:
    for phrase in ("Amtsärztin Petra Meier", "Amtsarzt", "Kantonsärztin", "Staatsepidemiologe"):
        assert classify(phrase).type == "authority", phrase
    for phrase in ("Epidemiologe", "Ärztin", "Kinderarzt"):
        assert classify(phrase).type == "expert", phrase
