"""Who speaks, seventy-third speaker round (docs/accuracy.md, "Speaker round 73"): after a noun of
information ("nach iranischen Angaben", "nach RMV-Angaben") a capitalised word that is no name's genitive
is the clause's own subject or object, not the statement's owner, and a noun compounded with a name by a
hyphen names its owner, so a "von" after it is the passive's agent. German sentences in, speakers out."""

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
