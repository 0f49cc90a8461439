"""Source types of round 52 (issue 11, branch src52): a name no list types that the article writes after a
definite article as the subject of a verb of reporting ("Wie die „Zeit“ berichtet", "schreibt die Neue
Westfälische", "wie der STANDARD damals berichtete"), or in the genitive of a noun of reporting ("nach
Informationen des STANDARD"), is a medium the registry lacks; a bare surname as the subject stays a
person. German texts in, a type out."""

from framing.sources import classify, classify_in_text

WEEKLY = (
    "Der Verbraucherschützer hält das für fraglich.\n\nWie die „Zeit“ berichtet, könnten die Daten aber "
    "noch deutlich weiter gestreut werden. So werde die britische Firma hinter der Vorrichtung genannt."
)
REGIONAL = (
    "Das Ergebnis sei desolat für die einst starke SPD in NRW, schreibt die Neue Westfälische. Dortmund "
    "und Bielefeld wurden nicht im ersten Wahlgang verteidigt."
)
OWN_PAPER = (
    "Ihm wurde vorgeworfen, er habe einen Flüchtling illegal beschäftigt – wie der STANDARD damals "
    "berichtete. Das zumindest ist die Rechtsansicht der Behörde."
)
GENITIVE = (
    "Nach Informationen des STANDARD wurde die Abstimmung über die Einsetzung des Schiedsgerichts verschoben."
)
ABBREVIATION = "Wie die MK berichtet, habe die Polizei mit einem Verantwortlichen gesprochen."
PERSON = (
    "Die Schule bleibt geschlossen. Die Kinder hätten sechs Kurse besucht, berichtet Meyer. Auch die "
    "Lehrkräfte warten nun auf ihr Testergebnis."
)
NO_VERB = "Die Zeit drängt, sagte die Ministerin. Wie die Zeit vergeht, wisse niemand."


def test_the_name_alone_types_nothing() -> None:
    assert classify("Zeit").type == "other"


def test_a_title_in_quotation_marks_before_a_verb_of_reporting_is_a_medium() -> None:
    found = classify_in_text("Zeit", WEEKLY)
    assert (found.type, found.cue) == ("media", "Zeit")


def test_a_title_after_an_inverted_verb_of_reporting_is_a_medium() -> None:
    found = classify_in_text("Neue Westfälische", REGIONAL)
    assert (found.type, found.cue) == ("media", "Neue Westfälische")


def test_an_adverb_may_stand_between_the_title_and_its_verb() -> None:
    found = classify_in_text("STANDARD", OWN_PAPER)
    assert (found.type, found.cue) == ("media", "STANDARD")


def test_a_title_in_the_genitive_of_a_noun_of_reporting_is_a_medium() -> None:
    assert classify_in_text("STANDARD", GENITIVE).type == "media"


def test_an_abbreviation_after_the_article_is_a_medium() -> None:
    assert classify_in_text("MK", ABBREVIATION).type == "media"


def test_a_surname_without_an_article_stays_a_person() -> None:
    assert classify_in_text("Meyer", PERSON).type != "media"


def test_the_word_without_a_verb_of_reporting_stays_untyped() -> None:
    assert classify_in_text("Zeit", NO_VERB).type != "media"


LAW = (
    "Infektionen müssen gemeldet werden. Das schreibt das Infektionsschutzgesetz vor. Aber nicht alle Ämter "
    "erfassen die Fälle."
)
TEAM = (
    '"Alle Kinder waren zuvor fit und wohlauf", schreibt das Team um Riphagen in der Ärztezeitschrift '
    "Lancet.\n\nZumindest vier von ihnen seien im familiären Umfeld in Kontakt gewesen."
)
CONTRACT = (
    "Das Vertrauensarbeitszeitmodell schreibt ein Gleitzeitmodell ohne Kernzeiten fest. Man gehe davon aus."
)
CLUB = "Vor wenigen Tagen meldete der FC Valencia, dass fünf Spieler der Mannschaft infiziert seien."


def test_a_separable_verb_whose_clause_goes_on_names_no_medium() -> None:
    assert classify_in_text("Infektionsschutzgesetz", LAW).type != "media"
    assert classify_in_text("Vertrauensarbeitszeitmodell", CONTRACT).type != "media"


def test_a_title_whose_clause_goes_on_is_no_medium() -> None:
    assert classify_in_text("Team", TEAM).type != "media"


def test_an_announcement_is_no_report() -> None:
    assert classify_in_text("FC Valencia", CLUB).type != "media"
