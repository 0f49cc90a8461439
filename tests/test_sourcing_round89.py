"""Who speaks, eighty-ninth speaker round (docs/accuracy.md, "Speaker round 89"): the subject of a passive of
saying is what was said or the one addressed, never the speaker: a participle before "worden" ("Das Gegenteil
war prophezeit worden") and a directive's participle after a copula ("Die US-Bürger sind aufgerufen, …"), as
the passive's "wurden aufgefordert" already was. German sentences in, quotes and speakers out."""

from .sourcing_speakers import quoted, speakers


def test_the_addressee_of_a_call_after_a_copula_is_no_speaker():
    text = (
        "Die US-Bürger sind aufgerufen, am Dienstag den Präsidenten, die 435 Abgeordneten des "
        "Repräsentantenhauses sowie etwa ein Drittel der 100 Mandate im Senat neu zu bestimmen."
    )
    assert quoted(text) == []


def test_citizens_asked_to_behave_are_no_speakers():
    assert quoted("Alle Bürger sind jetzt gefordert, sich der Pandemie angemessen zu verhalten.") == []
    assert quoted("Die Teilnehmer sind dazu aufgerufen, schwarze Kleidung zu tragen.") == []


def test_what_had_been_prophesied_is_no_speaker():
    text = (
        "Das glatte Gegenteil war prophezeit worden, ein demokratischer Durchmarsch nämlich im Falle einer "
        "sehr hohen Wahlbeteiligung."
    )
    assert quoted(text) == []


def test_a_pluperfect_passive_before_an_inquit_goes_to_the_inquit():
    text = "Das glatte Gegenteil war prophezeit worden, sagte Müller."
    assert speakers(text) == [("Müller", "Müller")]


def test_the_agent_of_a_pluperfect_passive_still_speaks():
    text = "Der Plan war von Kanzlerin Merkel kritisiert worden, sagte er."
    assert speakers(text) == [("Kanzlerin Merkel", "Kanzlerin Merkel")]


def test_the_active_call_keeps_its_subject():
    text = "Die Regierung hat die Menschen aufgefordert, zu Hause zu bleiben."
    assert speakers(text) == [("Regierung", "Regierung")]


def test_the_addressee_of_a_passive_in_a_clause_with_its_verb_last_is_no_speaker():
    text = (
        "Es war eine aberwitzige Situation: Während die Amerikaner angesichts der Krise aufgefordert wurden, "
        "zuhause zu bleiben, reiste der Präsident."
    )
    assert quoted(text) == []


def test_the_agent_of_a_passive_in_a_clause_with_its_verb_last_speaks():
    assert speakers("Wie von Experten gefordert wurde, sinke der Preis.") == [("Experten", "Experten")]


def test_what_is_called_so_is_no_speaker():
    text = (
        "Psychotische Killervögel, wie die intelligenten Flugkörper neuerdings von den britischen Medien "
        "bezeichnet werden, terrorisieren die Bevölkerung."
    )
    assert quoted(text) == []
