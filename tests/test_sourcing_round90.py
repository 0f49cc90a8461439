"""Who speaks, ninetieth speaker round (docs/accuracy.md, "Speaker round 90"): the subject that owns "nach
eigenen Angaben" ("laut eigenen Aussagen", "laut eigenem Bekunden") where round 60's to 74's readings found
none and the attribution's own words were taken as the speaker: a subject with its object or a first
conjunct between it and the attribution, a pronoun with its reflexive, a relative clause whose pronoun is no
subject, an insertion between dashes, an antecedent no list types, and the maker of a thing named in the
sentence before. German sentences in, speakers out."""

from .sourcing_speakers import speakers


def test_the_subject_of_a_first_conjunct_owns_the_attribution_of_the_second():
    text = (
        "Palas produziert hochpräzise Geräte zur Messung von Partikeln in der Luft und hat nach eigenen "
        "Angaben die Wirksamkeit von mehr als 400 Masken in den vergangenen drei Monaten überprüft."
    )
    assert [speaker for _, speaker in speakers(text)] == ["Palas"]


def test_an_object_between_the_verb_and_the_attribution_leaves_the_subject_first():
    text = (
        "Die Flüchtlingshelfer hatten die Geflüchteten nach eigenen Angaben zwischen dem 25. und 30. Juni "
        "aus dem Mittelmeer gerettet."
    )
    assert [speaker for _, speaker in speakers(text)] == ["Flüchtlingshelfer"]


def test_an_object_that_opens_the_clause_is_no_owner():
    text = "Den Vertrag hatte die Gesellschaft nach eigenen Angaben schon im Mai unterschrieben."
    assert [speaker for _, speaker in speakers(text)] != ["Vertrag"]


def test_a_pronoun_with_its_reflexive_after_the_verb_owns_the_attribution():
    text = (
        "Gauland hielt die Entscheidung für falsch. In der Nacht vor der Sitzung bemühte er sich nach "
        "eigenen Angaben eine Stunde lang am Telefon, Meuthen davon abzubringen."
    )
    assert [speaker for _, speaker in speakers(text)] == ["Gauland"]


def test_the_subject_pronoun_after_a_dative_relative_pronoun_owns_the_attribution():
    text = (
        "Die Sopranistin Maria Jeitler singt in der Staatsoper, einem Haus, dem sie laut eigenem Bekunden "
        "seit 30 Jahren regelmäßige Besuche abstatte."
    )
    assert [speaker for _, speaker in speakers(text)] == ["Maria Jeitler"]


def test_the_phrase_before_an_insertion_between_dashes_owns_it():
    text = (
        "Der Hauptkommissar Peter Gerber ist suspendiert. Der 52-Jährige – nach eigenen Angaben seit mehr "
        "als 30 Jahren bei der Polizei – war im Juli wegen illegalen Waffenbesitzes verurteilt worden."
    )
    assert [speaker for _, speaker in speakers(text)] == ["Hauptkommissar Peter Gerber"]


def test_a_group_no_list_types_is_the_antecedent_of_the_relative_clause():
    text = (
        "Ein Jahr lang haben zwei Filmemacher die Schlächter, die nach eigenen Aussagen in der "
        "Lebensmittelindustrie arbeiten, gefilmt und befragt."
    )
    assert [speaker for _, speaker in speakers(text)] == ["Schlächter"]


def test_the_maker_of_a_thing_named_before_owns_its_statements():
    text = (
        "Facebook etwa stellte erst vor wenigen Wochen seinen neuesten Chatbot namens Blender vor. Laut "
        "eigenen Aussagen ist das Programm der überzeugendste Bot, den es momentan gibt."
    )
    assert [speaker for _, speaker in speakers(text)] == ["Facebook"]


def test_a_body_named_by_a_compound_after_the_verb_owns_its_statements():
    text = (
        "Die Polizei hat am Montag eine Razzia durchgeführt. Nach eigenen Angaben erhielt das Bundesamt "
        "300 Hinweise."
    )
    assert [speaker for _, speaker in speakers(text)][-1] == "Bundesamt"
