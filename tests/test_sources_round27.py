"""Source types of round 27 (issue 11, item 2, branch src27): a role the article gives in another mention of
the same person, carried to the speaker. A person first named in full without a role ("Hildegard Weber kann
sich … nicht vorstellen.") takes the role a definite role noun gives her anywhere inside the next sentence
("… berichtete die Präsidentin des Herstellerverbandes VDA"), the noun read with its genitive; the noun must
agree with its article and with the person's given name, and no quotation and no given name of that gender
may stand between. German sentences in, a type and its cue out."""

from framing.sources import classify_in_text

VERBAND = (
    "Hildegard Weber kann sich den Autovertrieb ohne den Handel nicht vorstellen. Im Gespräch mit den "
    "Studenten Werner Bader und Maximilian Jessel berichtete die Präsidentin des Herstellerverbandes VDA am "
    "Donnerstag über ihre Erfahrungen. Gefragt nach dem Direktvertrieb, sagte Weber: „Das geht so nicht.“"
)
QUOTED_BETWEEN = (
    "Hildegard Weber kann sich den Autovertrieb ohne den Handel nicht vorstellen. „Das geht so nicht“, sagte "
    "die Präsidentin des Herstellerverbandes VDA am Donnerstag. Später sagte Weber: „Das bleibt so.“"
)
NAMED_BETWEEN = (
    "Hildegard Weber kann sich den Autovertrieb ohne den Handel nicht vorstellen. Im Gespräch mit Anna "
    "Kroll berichtete die Präsidentin des Herstellerverbandes VDA am Donnerstag über ihre Erfahrungen. "
    "Später sagte Weber: „Das bleibt so.“"
)
DATIVE = (
    "Hildegard Weber kann sich den Autovertrieb ohne den Handel nicht vorstellen. Im Gespräch widersprach "
    "sie der Präsidentin des Herstellerverbandes VDA am Donnerstag deutlich. Später sagte Weber: „Das "
    "bleibt so.“"
)
HERTHA = (
    "In diesem Sommer war Michael Preetz ganz vorne mit dabei. Kaum hatte die Liga ihren Meister gekürt, "
    "präsentierte der Manager des Berliner Sportclubs Hertha schon seinen ersten Neuzugang für den Kader. "
    "Der Trainer lobte die Mannschaft nach dem Spiel in der Bundesliga, das Tor fiel spät. „Wir sind "
    "bereit“, sagte Preetz."
)


def test_a_role_inside_the_next_sentence_carries_to_the_person_named_in_full() -> None:
    found = classify_in_text("Weber", VERBAND)
    assert found is not None and (found.type, found.cue) == ("civil_society", "Herstellerverbandes")


def test_a_quotation_between_stops_the_role_from_carrying() -> None:
    found = classify_in_text("Weber", QUOTED_BETWEEN)
    assert found is None or found.type == "other"


def test_a_given_name_of_the_same_gender_between_stops_the_role_from_carrying() -> None:
    found = classify_in_text("Weber", NAMED_BETWEEN)
    assert found is None or found.type == "other"


def test_a_role_noun_that_disagrees_with_its_article_is_no_subject() -> None:
    found = classify_in_text("Weber", DATIVE)
    assert found is None or found.type == "other"


def test_a_sports_club_in_the_genitive_makes_its_manager_a_sports_official() -> None:
    found = classify_in_text("Preetz", HERTHA)
    assert found is not None and found.type == "other"
