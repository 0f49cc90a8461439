"""Speaker round 130 (bug130, issue 11): round 110's two fixes (a finite verb in "-en" read as an adjective
before a name, ``_plural_verb``; a copula read past a preposition before the name or a negation before its
role noun, ``_subject_predicate``, source_types 1.48) on top of round 128's held-back description, which a
later role noun beats and a party alone does not; "Klubobleute" as parliament. Sentences written for the
tests."""

from framing.sources import _plural_verb
from tests.sourcing_speakers import typed


def test_a_verb_in_en_ends_the_words_before_a_name():
    text = "Kurzarbeiter zählen bei Anna Berger zum Stammpublikum. „Die Fristen sind knapp“, sagt Berger."
    assert typed("Berger", text)[1] != "Kurzarbeiter"
    text = "Untersuchungen belasten Paul Hansen schwer. „Das ist falsch“, sagte Hansen."
    assert typed("Hansen", text) == ("other", None)


def test_an_adjective_in_en_stays_before_the_name():
    words = ("zählen", "wollen", "belasten", "schwäbischen", "neuen", "offenen")
    assert [_plural_verb(word) for word in words] == [True, True, True, False, False, False]
    text = "Der Leiter des Gesundheitsamts im schwäbischen Kreis, Otto Brandl, warnte. „Eilig“, sagte Brandl."
    assert typed("Brandl", text) == ("authority", "Gesundheitsamts")


def test_the_publisher_s_later_role_noun_types_him_once_the_verb_is_no_adjective():
    text = (
        "Mit ihrem Verlag setzen Anna Berger und Jörg Sander auf leise Bücher. Der Mann und der Hund "
        "verhalten sich zueinander umgekehrt. Der Verleger Jörg Sander ist groß. "
        "„Wir machen weiter“, sagt Sander."
    )
    assert typed("Sander", text) == ("media", "Verleger")


def test_a_later_party_does_not_beat_the_description_once_the_verb_is_no_adjective():
    text = (
        "Umfragen sehen Markus Söder vorn. Der Ministerpräsident tritt ans Rednerpult. "
        "„Wir müssen handeln“, sagt Söder (CSU)."
    )
    assert typed("Söder", text) == ("government", "Ministerpräsident")


def test_a_negated_copula_gives_no_role():
    text = "Anna Berger ist nicht mehr Bürgermeisterin. „Die Lage ist ernst“, sagt Berger."
    assert typed("Berger", text)[0] != "government"
    text = "Anna Berger ist keine Ärztin. „Ich sehe das anders“, sagt Berger."
    assert typed("Berger", text)[0] != "expert"


def test_not_only_still_gives_the_role():
    text = (
        "Anna Berger ist nicht nur Bürgermeisterin, sondern auch Mutter. „Die Lage ist ernst“, sagt Berger."
    )
    assert typed("Berger", text) == ("government", "Bürgermeisterin")


def test_a_copula_after_a_preposition_is_another_subject_s():
    text = "Für Paul Hansen war der Fokus auf Wirtschaft wichtig. „Das ist falsch“, sagte Hansen."
    assert typed("Hansen", text) == ("other", None)
    text = "Für Anna Berger ist der Bürgermeister ein Gegner. „Die Lage ist ernst“, sagt Berger."
    assert typed("Berger", text)[0] != "government"


def test_a_pronoun_copula_and_a_name_s_particle_still_give_the_role():
    text = "Kritik kommt von Gisela Hartmann; sie ist Sprecherin der FDP-Fraktion. Sie warnte vor dem Gesetz."
    assert typed("Gisela Hartmann", text)[0] == "parliament"
    text = "Max von Hohenberg kam. Von Hohenberg ist Bürgermeister. „Schade“, sagte Max von Hohenberg."
    assert typed("Max von Hohenberg", text) == ("government", "Bürgermeister")


def test_the_plural_of_klubobmann_is_parliament_not_people():
    text = (
        "Im Landtag haben die Klubobleute Klaus Huber (ÖVP) und Otto Maier (SPÖ) eine Änderung vorgelegt. "
        "„Das ist gut“, sagte Huber."
    )
    assert typed("Huber", text) == ("parliament", "Klubobleute")


def test_a_cleft_after_mit_names_the_person_another_preposition_does_not():
    text = (
        "Mit Silke Berger war es die Fraktionschefin der Grünen, die am Donnerstag sprach. "
        "„Das ist wichtig“, sagte Berger."
    )
    assert typed("Berger", text) == ("parliament", "Fraktionschefin")
    text = "Mit Paul Hansen ist der Bürgermeister zufrieden. „Das ist falsch“, sagte Hansen."
    assert typed("Hansen", text)[0] != "government"
