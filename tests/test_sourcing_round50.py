"""Who speaks, fiftieth speaker round (docs/accuracy.md, "speaker round 50"): frames of saying. (1) A time
phrase with "an" and its indefinite article ("an einem Sonntagnachmittag") is passed over between the verb
of saying and its subject like "am Sonntag", so that "Das sagte an einem Sonntagnachmittag im Juni 2010
der damalige FDP-Vorsitzende …" names the speaker of the quotes before it (dev13's WELT text, shortened);
not "in einem": "hieß es in einem Entwurf" names a document, the source (gnad1000). (2) A quote without a
speaker in the sentence right before speech that "Das sagte X" closes is X's too ("Freibier für alle mache
beliebt, aber dann „fährt der Karren vor die Wand“. Jetzt sei eine „Zeit des Sparens“. Das sagte …"), not
across a paragraph break. Real German sentences in, the speakers out; each fails without its rule, the
guards without their exclusion."""

from tests.test_sourcing_cross_set import speakers

WESTERWELLE = (
    "Die Worte klingen vertraut. „Ein Land kann nicht über seine eigenen Verhältnisse leben.“ Jetzt sei eine "
    "„Zeit des Sparens“. Das sagte an einem Sonntagnachmittag im Juni 2010 der damalige FDP-Vorsitzende und "
    "Vizekanzler Guido Westerwelle."
)

ENTWURF = (
    "Tausende Iraker hielten sich illegal in der Türkei auf, um in den Westen zu gelangen, begründete "
    "Botschafter Faruk Kaymakcı die Änderungen. Außerdem gebe es eine beträchtliche Zahl mutmaßlicher "
    "Anhänger der Extremistenmiliz Islamischer Staat (IS) im Land. Dennoch hieß es in einem Entwurf für die "
    "EU-Gipfelerklärung, die Migrationsströme aus der Türkei nach Griechenland seien weiterhin viel zu hoch."
)


def test_a_time_phrase_with_an_einem_before_the_subject_of_das_sagte():
    found = speakers(WESTERWELLE)
    westerwelle = "damalige FDP-Vorsitzende und Vizekanzler Guido Westerwelle"
    assert found[0][:3] == ("direct", "Ein Land kann", westerwelle)
    assert ("indirect", "Jetzt sei eine", westerwelle, westerwelle) in found


def test_in_einem_document_is_no_time_phrase():
    found = speakers(ENTWURF)
    assert ("indirect", "Dennoch hieß es", "einem Entwurf", "einem Entwurf") in found


FREIBIER = (
    "Die Worte klingen vertraut. „Ein Land kann nicht über seine eigenen Verhältnisse leben.“ Freibier für "
    "alle mache beliebt, aber dann „fährt der Karren vor die Wand“. Jetzt sei eine „Zeit des Sparens“. Das "
    "sagte am Sonntag der damalige FDP-Vorsitzende Guido Westerwelle."
)


def test_a_quote_right_before_the_speech_das_sagte_closes_is_the_same_speakers():
    found = speakers(FREIBIER)
    westerwelle = "damalige FDP-Vorsitzende Guido Westerwelle"
    assert ("partial", "fährt der Karren", westerwelle, westerwelle) in found
    assert ("indirect", "Jetzt sei eine", westerwelle, westerwelle) in found


def test_no_quote_across_a_paragraph_break_takes_the_speaker_das_sagte_names():
    found = speakers(FREIBIER.replace("“. Jetzt", "“.\n\nJetzt"))
    assert ("partial", "fährt der Karren", None, None) in found
