"""Who speaks, seventy-third speaker round (docs/accuracy.md, "Speaker round 73"): after a noun of
information ("nach iranischen Angaben", "nach RMV-Angaben") a capitalised word that is no name's genitive
is the clause's own subject or object, not the statement's owner, and a noun compounded with a name by a
hyphen names its owner, so a "von" after it is the passive's agent. "nach eigenen Angaben" is the
subject's also where it follows the finite verb, opens the clause before a verb with reflexives only, or is
a relative pronoun (its span the attribution's words, its speaker the subject). German sentences in,
speakers out."""

from .sourcing_speakers import speakers


def test_the_subject_after_an_adjective_of_origin_is_no_owner():
    text = "Bei den Verhandlungen zeichnen sich nach iranischen Angaben Fortschritte ab."
    assert speakers(text) == [("iranischen Angaben", "iranischen Angaben")]


def test_the_agent_after_a_name_compound_is_no_owner():
    text = "Gut die Hälfte wurde nach RMV-Angaben von Menschen erworben, die bisher keine Stammkunden waren."
    assert speakers(text) == [("RMV-Angaben", "RMV-Angaben")]


def test_a_name_in_the_genitive_still_owns_the_view():
    assert speakers("Nach Ansicht Athens sei das Angebot nicht ausreichend.") == [("Athens", "Athens")]


def test_a_genitive_after_the_noun_still_owns_it():
    assert speakers("Die Lage sei nach Angaben der Polizei ruhig.") == [("Polizei", "Polizei")]


def test_a_von_phrase_after_a_bare_noun_still_owns_it():
    text = "Nach Angaben von Aktivisten seien mehrere Dörfer beschossen worden."
    assert speakers(text) == [("Aktivisten", "Aktivisten")]


def test_the_subject_after_the_finite_verb_owns_its_own_statements():
    text = "Dieser Tage zählt das Innenministerium nach eigenen Angaben pro Tag 300 Asylanträge."
    assert speakers(text) == [("eigenen Angaben", "Innenministerium")]


def test_the_subject_after_the_verb_behind_an_adjective_read_as_such():
    text = "In Gaza-Stadt zerstörte die israelische Armee nach eigenen Angaben mehrere Tunnel."
    assert speakers(text) == [("eigenen Angaben", "israelische Armee")]


def test_a_country_before_its_verb_owns_its_own_statements():
    text = "Mazedonien hat nach eigenen Angaben mehrere hundert Migranten zurückgeschickt."
    assert speakers(text) == [("eigenen Angaben", "Mazedonien")]


def test_a_relative_pronoun_stands_for_the_named_person_before_it():
    text = (
        "Die beiden trafen 2013 erstmals zusammen. Gerhard Richter, der nach eigenen Angaben "
        "Pärts Musik hypnotisch findet, malte Bilder für ihn."
    )
    assert speakers(text)[0][1] == "Gerhard Richter"
