"""Source types of round 27 (issue 11, item 2, branch src27): a role the article gives in another mention of
the same person, carried to the speaker. A person first named in full without a role ("Hildegard Weber kann
sich … nicht vorstellen.") takes the role a definite role noun gives her anywhere inside the next sentence
("… berichtete die Präsidentin des Herstellerverbandes VDA"), the noun read with its genitive; the noun must
agree with its article and with the person's given name, and no quotation and no given name of that gender
may stand between; a past role and one bound to the person's own name give none. A bare person noun with its
definite article ("beruhigt die Chefin", "berichtet die 50-Jährige", "sagt die Branchenkennerin") takes the
office of the nearest person named in full before its first use, of its gender and named more than once, who
is no spokesperson; not a plural, nor a noun a name or genitive follows. German sentences in, a type and its
cue out."""

from framing.sources import classify_in_text

VERBAND = (
    "Hildegard Weber kann sich den Autovertrieb ohne den Handel nicht vorstellen. Im Gespräch mit den "
    "Studenten Werner Bader und Maximilian Jessel berichtete die Präsidentin des Herstellerverbandes VDA am "
    "Donnerstag über ihre Erfahrungen. Gefragt nach dem Direktvertrieb, sagte Weber: „Das geht so nicht.“"
)
QUOTED_BETWEEN = (  # the quotation is not the noun's own (src39 reads "„…“, sagte die Präsidentin …" as hers)
    "Hildegard Weber kann sich den Autovertrieb ohne den Handel nicht vorstellen. „Das geht so nicht“, hieß "
    "es, bevor die Präsidentin des Herstellerverbandes VDA am Donnerstag sprach. Später sagte Weber: „Das "
    "bleibt so.“"
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


FORMER = (
    "Irmgard Weber wird bei der Bundespräsidentenwahl im Frühjahr kandidieren. Das gab die ehemalige "
    "Präsidentin des Obersten Gerichtshofs am Donnerstag in einem Video bekannt. Jeder Beitrag sei "
    "willkommen, so Weber."
)
OWN_NAME = (
    "Tayyip Weber geht mit seinem Gefolgsmann die Liste des neuen Kabinetts durch. Am Vormittag verkündet "
    "der Weber-Premier dann die neue Regierung. „Wir sind bereit“, sagte Weber."
)


def test_a_past_role_in_the_next_sentence_speaks_for_no_one() -> None:
    found = classify_in_text("Weber", FORMER)
    assert found is None or found.type == "other"


def test_a_role_bound_to_the_persons_own_name_is_another_persons() -> None:
    found = classify_in_text("Weber", OWN_NAME)
    assert found is None or found.cue != "Weber-Premier"


GROSSMARKT = (
    "Gabi Weber und Eliane Kroll stehen in einer Halle des Großmarktes. Eliane Kroll, Geschäftsführerin "
    "des Großmarktes, kämpft derzeit an vielen Fronten. „Wir haben an alles gedacht“, sagt Eliane Kroll. "
    "„Es gibt neue Herausforderungen“, berichtet die 50-Jährige. „Der Kreislauf ist unterbrochen“, sagt "
    "die Branchenkennerin. Angst vor Engpässen müsse niemand haben, beruhigt die Chefin."
)
COURT = (
    "Gegen den 39-Jährigen besteht ein Haftbefehl. Laut Richter Joachim Banke sei nichts weiter "
    "passiert, so Joachim Banke. Dem Niederländer wurde vorgeworfen, seine Frau zu belästigen. Der "
    "39-Jährige gab an, es gehe ihm nur um die Kinder."
)
SPOKESMAN = (
    "Der Kläger ist verärgert. Laut Justizsprecher Joachim Banke sei nichts weiter passiert, so Joachim "
    "Banke. Der Niederländer sei nicht aggressiv, hieß es."
)
ONCE = (
    "Im Saal war es laut. Laut Richter Joachim Banke sei nichts weiter passiert. Der Niederländer sei "
    "nicht aggressiv, hieß es."
)
TWICE = (
    "Im Saal war es laut. Laut Richter Joachim Banke sei nichts weiter passiert, so Joachim Banke. Der "
    "Niederländer sei nicht aggressiv, hieß es."
)


def test_a_bare_person_noun_takes_the_office_of_the_person_named_before_it() -> None:
    for noun in ("50-Jährige", "Branchenkennerin", "Chefin"):
        found = classify_in_text(noun, GROSSMARKT)
        assert found is not None and (found.type, found.cue) == ("business", "Geschäftsführerin"), noun


def test_a_bare_noun_used_before_the_name_stands_for_someone_else() -> None:
    found = classify_in_text("39-Jährige", COURT)
    assert found is not None and found.type == "citizen"


def test_a_spokesperson_is_not_what_a_bare_noun_stands_for() -> None:
    found = classify_in_text("Niederländer", SPOKESMAN)
    assert found is not None and found.type == "citizen"


def test_a_person_named_once_is_not_what_a_bare_noun_stands_for() -> None:
    once, twice = classify_in_text("Niederländer", ONCE), classify_in_text("Niederländer", TWICE)
    assert once is not None and once.type == "citizen"
    assert twice is not None and twice.type == "court"


LEITER = (
    "Peter Roth, Geschäftsführer der Firma Quantix, ist zufrieden, so Peter Roth. „Es geht nicht“, erklärte "
    "der Leiter, Dieter Kranz, der Zeitung."
)
PLURAL = (
    "Eliane Kroll, Geschäftsführerin des Großmarktes, kämpft an vielen Fronten, so Eliane Kroll. Die "
    "Branchenkenner sehen das anders."
)


def test_a_person_noun_with_a_name_after_it_is_that_persons_role() -> None:
    found = classify_in_text("Leiter", LEITER)
    assert found is None or found.type != "business"


def test_a_plural_person_noun_stands_for_no_one_person() -> None:
    found = classify_in_text("Branchenkenner", PLURAL)
    assert found is not None and found.type == "expert"


UNIVERSITY = (
    "Vor einem Jahrzehnt erregten die Pflanzen die Aufmerksamkeit von Jeanmaire Kroll, einer Botanikerin von "
    "der Long Island University in Brooklyn. „Es ist ziemlich bizarr“, sagt Kroll."
)


def test_a_place_inside_an_organisations_name_after_the_person_yields_to_the_organisation() -> None:
    found = classify_in_text("Kroll", UNIVERSITY)
    assert found is not None and (found.type, found.cue) == ("expert", "University")


IMPORTEUR = (
    "Gabi Kroll und Eliane Weber stehen in einer Halle des Großmarktes. Kisten mit Obst stapeln sich "
    "meterhoch. Gabi Kroll, die bei der Ingmar Heuer GmbH den Import von Früchten organisiert, nennt die "
    "Hürden: „Die Luftfrachtkosten sind gestiegen“, sagt Kroll."
)
SURNAME_ONLY = (
    "Gabi Kroll und Eliane Weber stehen in einer Halle des Großmarktes. Kisten mit Obst stapeln sich "
    "meterhoch. Später sagte Kroll, die bei der Ingmar Heuer GmbH den Import von Früchten organisiert, sei "
    "streng, und lachte."
)


def test_a_relative_clause_at_a_later_mention_in_full_gives_the_role() -> None:
    found = classify_in_text("Gabi Kroll", IMPORTEUR)
    assert found is not None and (found.type, found.cue) == ("business", "GmbH")


def test_a_relative_clause_after_a_surname_alone_is_not_read_at_a_later_mention() -> None:
    found = classify_in_text("Gabi Kroll", SURNAME_ONLY)
    assert found is None or found.type == "other"
