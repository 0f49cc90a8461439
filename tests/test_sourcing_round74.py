"""Who speaks, seventy-fourth speaker round (docs/accuracy.md, "Speaker round 74"): "nach eigenen Angaben"
with a pronoun for the subject that opened the sentence before, in a relative clause whose antecedent stands
before the participle that ends its clause or is a noun named before, "laut eignen Angaben"; before "zufolge"
a possessive or dative pronoun for whom it refers to, and a time phrase skipped; "nach Angaben aus" circles or
a place; the owner after "nach Angaben von"/"der" with its unknown adjective or bare genitive plural, cut
before the subject it ran into. German sentences in, speakers out."""

from .sourcing_speakers import speakers


def test_the_antecedent_before_the_participle_owns_its_own_statements():
    text = (
        "Die Existenz des Servers wurde von dem rumänischen Hacker Marcel Lazar enthüllt, der nach eigenen "
        "Angaben leicht in das System eindringen konnte."
    )
    assert speakers(text) == [("eigenen Angaben", "rumänischen Hacker Marcel Lazar")]


def test_an_organisation_named_before_is_the_antecedent_after_the_reports():
    text = (
        "Bei einem Drohnenangriff ist nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte ein "
        "Kommandant getötet worden. Die Berichte der in Großbritannien ansässigen Beobachtungsstelle, die "
        "nach eigenen Angaben über zahlreiche Informanten in Syrien verfügt, sind kaum überprüfbar."
    )
    # round 100: the observatory is read with its name's "für Menschenrechte", and "der … Beobachtungsstelle"
    # names it again (``_entity_with_word``): the person is its full name
    assert speakers(text)[1] == ("eigenen Angaben", "Syrischen Beobachtungsstelle für Menschenrechte")


def test_a_relative_clause_after_a_thing_names_no_one():
    text = "Das Unternehmen baut das Windrad, das nach eigenen Angaben das größte im Land ist."
    assert speakers(text) == [("eigenen Angaben", "eigenen Angaben")]


def test_the_short_form_eignen_is_the_subjects_own_statement():
    text = "Der Biontech-Chef Ugur Sahin hat sich laut eignen Angaben dreimal impfen lassen."
    assert speakers(text) == [("eignen Angaben", "Biontech-Chef Ugur Sahin")]


def test_a_possessive_before_zufolge_names_the_person_before():
    text = (
        "Die Änderung gibt den Konkursverwaltern mehr Möglichkeiten, erklärt der Sofioter Anwalt Alexander "
        "Angelow. Seinen Angaben zufolge wird das Volumen der Zessionen auf 800 Millionen Lewa geschätzt."
    )
    assert speakers(text)[1] == ("Seinen", "Sofioter Anwalt Alexander Angelow")


def test_a_possessive_before_wonach_is_not_read_as_zufolge():
    text = (
        "Trotz des Rückschlags sind Rapids Meisterchancen intakt. Seine Aussage, wonach Rapid vom Titel weit "
        "entfernt ist, relativierte Barisic."
    )
    assert ("Seine", "Rapids Meisterchancen") not in speakers(text)


def test_circles_after_aus_are_the_source():
    text = "Die Staatsanwaltschaft will nach Angaben aus Justizkreisen die Ermittlungen einstellen."
    assert speakers(text) == [("Justizkreisen", "Justizkreisen")]


def test_a_capital_after_aus_is_the_source():
    text = "Nach Angaben aus Moskau sprachen sie über die Einbindung weiterer Akteure."
    assert speakers(text) == [("Moskau", "Moskau")]


def test_a_time_after_aus_is_no_source():
    assert speakers("Die Zahl stieg nach Angaben aus dem Jahr 2015 deutlich.") == [("Angaben", "Angaben")]


def test_an_unknown_adjective_in_the_genitive_keeps_its_owner():
    text = (
        "Dem Konzern wird nach Angaben der staatsnahen Nachrichtenagentur Anadolu vorgeworfen, die "
        "Terrororganisation finanziert zu haben."
    )
    assert speakers(text) == [
        ("staatsnahen Nachrichtenagentur Anadolu", "staatsnahen Nachrichtenagentur Anadolu")
    ]


def test_a_dative_pronoun_before_zufolge_is_the_person_named_before():
    text = "Die Ökonomin Petra Hansen hat die Zahlen geprüft. Ihr zufolge wird die Wirtschaft schrumpfen."
    assert speakers(text) == [("Ihr", "Ökonomin Petra Hansen")]


def test_a_masculine_dative_pronoun_before_zufolge():
    text = "Hans Müller hat die Zahlen geprüft. Ihm zufolge wird die Wirtschaft schrumpfen."
    assert speakers(text) == [("Ihm", "Hans Müller")]


def test_a_time_phrase_between_the_source_and_zufolge_is_skipped():
    text = (
        "Das Recht auf Nahrung ist bedroht. Einer Studie von Human Rights Watch von Anfang 2022 zufolge "
        "musste in jedem vierten Haushalt ein Erwachsener eine Mahlzeit ausfallen lassen."
    )
    assert speakers(text) == [("Human Rights Watch", "Human Rights Watch")]


def test_a_weekday_after_the_noun_of_information_is_no_source():
    text = "Deutlich gestiegen ist dem Bericht vom Donnerstag zufolge besonders der Anteil der Gewalttaten."
    assert speakers(text) == [("Bericht", "Bericht")]


def test_a_pronoun_after_eigenen_angaben_is_the_organisation_that_opened_the_sentence_before():
    text = (
        "Nach Angaben von Aktivisten rücken kurdische Kämpfer vor. Die türkische Armee hatte Stellungen der "
        "Kurden beschossen. Nach eigenen Angaben reagierte sie damit auf Beschuss ihres Gebiets."
    )
    assert speakers(text)[-1] == ("eigenen Angaben", "türkische Armee")


def test_the_owner_takes_its_own_genitive_plural_without_article():
    text = "Nach Angaben von Vertretern deutscher Nachrichtendienste hat Peking ganze Netzwerke aufgebaut."
    assert speakers(text) == [
        ("Vertretern deutscher Nachrichtendienste", "Vertretern deutscher Nachrichtendienste")
    ]


def test_the_owner_stops_before_the_subject_it_ran_into():
    text = (
        "Von dort aus versuchen nach Angaben von Sicherheitskräften Extremisten aus Libyen, Allianzen mit "
        "Militanten zu schmieden."
    )
    assert speakers(text) == [("Sicherheitskräften", "Sicherheitskräften")]


def test_a_role_and_a_surname_that_is_a_word_stay_one_owner():
    text = "Netanjahu zitierte Jaalon nach umstrittenen Aussagen von Generalmajor Golan zu sich."
    assert speakers(text) == [("Generalmajor Golan", "Generalmajor Golan")]


def test_a_country_in_the_genitive_stays_with_its_noun():
    text = "Nach Angaben von Polens Grenzschutz haben erneut Migranten versucht, die Grenze zu überqueren."
    assert speakers(text) == [("Polens Grenzschutz", "Polens Grenzschutz")]
