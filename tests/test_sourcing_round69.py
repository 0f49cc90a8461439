"""Who speaks, sixty-ninth speaker round (docs/accuracy.md, "Speaker round 69"): round 67's licensed given
names, guarded. A person named only by a given name of the licensed list (none of the hand lists) is a
referent of a later pronoun or role noun only where the name opens its sentence (the subject before the
finite verb) or once the person has spoken; named in passing (an object, after a preposition) the name is
no referent. Real-shaped German sentences in, the speakers out."""

from framing.speakers import speech_words

from .sourcing_speakers import speakers


def test_the_licensed_only_names_leave_out_the_hand_lists():
    words = speech_words()
    assert "Laith" in words.licensed and "Thomas" not in words.licensed
    assert words.given["Laith"] == "m"


def test_er_passes_over_a_licensed_name_named_as_an_object():
    text = (
        "Thomas Berger leitet das Projekt seit 2019. Am Montag traf er in Wien Laith Haddad. "
        "„Die Kosten sind gestiegen“, sagte er."
    )
    assert speakers(text) == [("er", "Thomas Berger")]


def test_er_passes_over_a_licensed_name_after_a_preposition():
    text = (
        "Thomas Berger leitet das Projekt seit 2019. Am Montag sprach er mit Laith Haddad. "
        "„Die Kosten sind gestiegen“, sagte er."
    )
    assert speakers(text) == [("er", "Thomas Berger")]


def test_er_reaches_a_licensed_name_that_opens_its_sentence():
    text = (
        "Thomas Berger leitet das Projekt seit 2019. Laith Haddad traf ihn am Montag in Wien. "
        "„Die Kosten sind gestiegen“, sagte er."
    )
    assert speakers(text) == [("er", "Laith Haddad")]


def test_er_reaches_a_licensed_name_that_has_spoken():
    text = (
        "Thomas Berger leitet das Projekt seit 2019. „Wir sind spät dran“, sagte am Montag Laith Haddad. "
        "„Die Kosten sind gestiegen“, sagte er."
    )
    assert speakers(text) == [("Laith Haddad", "Laith Haddad"), ("er", "Laith Haddad")]


def test_sie_reaches_a_licensed_name_after_a_colon():
    text = (
        "Ein Streifzug durch Paris: Marguerite Duras. Jeder Komfort widerte sie an. "
        "„Ich sehe immer wie eine Clocharde aus“, sagte sie einmal."
    )
    assert speakers(text) == [("sie", "Marguerite Duras")]
