"""Who speaks, seventy-fifth speaker round (docs/accuracy.md, "Speaker round 75"): a written statement taken
as the speaker though its author is named, in a relative clause after it, in its genitive or after "von", or
in the sentences before (whose source was lost to an object before the verb, to a comma between adjectives
or to a sentence between). German sentences in, speakers and spans out."""

from .sourcing_speakers import speakers


def test_the_author_a_relative_clause_after_the_document_names_speaks():
    text = (
        "Nach den bislang bekannten Plänen soll die Garde die gleichen Befugnisse bekommen wie die Polizei. "
        "„Die Nationalgarde wird als qualifizierte und geschulte Kraft dienen“, heißt es in einem Vorschlag, "
        "den Ben-Gvir vorlegte."
    )
    assert speakers(text) == [("Ben-Gvir", "Ben-Gvir")]


def test_a_relative_clause_before_hiess_es_names_the_author_of_the_press_release():
    text = (
        "Tausende Isländer hatten gegen ihn protestiert. In einer Pressemitteilung, die sein Büro am späten "
        "Dienstagabend verbreitete, hieß es: Der Ministerpräsident ist nicht zurückgetreten."
    )
    assert speakers(text)[0] == ("sein Büro", "sein Büro")


def test_a_relative_clause_whose_pronoun_is_its_subject_names_no_author():
    text = (
        "Der Konzern hat am Montag einen Gewinn gemeldet. Der Umsatz sei gestiegen, hieß es in einer "
        "Aussendung, die am Montag erschien."
    )
    assert speakers(text) == [("einer Aussendung", "Konzern")]


def test_the_owner_of_a_web_page_speaks_not_the_page():
    text = (
        "Bei dem Gebäude handelt es sich um den Hauptsitz der Diehl Metal Applications. Man sei führend "
        "in der Metallverarbeitung und innovativen Technologien, heißt es auf der Internetseite des "
        "Unternehmens."
    )
    assert speakers(text) == [("Unternehmens", "Unternehmens")]


def test_laut_a_press_release_of_a_body_the_body_speaks():
    text = (
        "Im Laufe des Samstages sind laut Presseaussendung der steirischen Polizei 4.450 Menschen über die "
        "Grenzübergänge Spielfeld und Bad Radkersburg eingereist."
    )
    assert speakers(text) == [("steirischen Polizei", "steirischen Polizei")]
    text = "Laut einer Presseaussendung von WWF und Landesjagdverband hat sich der Verdacht bestätigt."
    assert speakers(text) == [("WWF und Landesjagdverband", "WWF und Landesjagdverband")]


def test_the_subject_after_the_verb_issues_the_release_when_an_object_opens_the_sentence_before():
    # round 56 read no source here (the claim noun is no source); the subject after the verb is one
    text = (
        "Rabmer-Kollers Blockade-Vorwurf weist die Ärztekammer zurück. Man sei eine glühende Verfechterin "
        "des Ausbaus von Primärversorgung, hieß es in einer Aussendung am Montag."
    )
    assert speakers(text) == [("einer Aussendung", "Ärztekammer")]


def test_a_comma_between_adjectives_keeps_the_subject_of_the_sentence_before():
    text = (
        "Die Österreichische Plattform für Alleinerziehende hat den Auf- und Ausbau hochwertiger, "
        "flächendeckender und leistbarer Kinderbetreuung gefordert. Der Fokus dafür solle auf "
        "Betreuungszeiten liegen, hieß es am Freitag in einer Aussendung."
    )
    assert speakers(text) == [("einer Aussendung", "Österreichische Plattform für Alleinerziehende")]


def test_a_press_release_speaks_for_the_source_two_sentences_back_when_the_one_between_says_nothing():
    text = (
        "Das gab die Polizei am Freitag bekannt. Bei der Falschgeld-Sicherstellung handelt es sich um eine "
        "der größten seit Einführung des Euro in Österreich. Dem Landeskriminalamt Wien sei ein großer "
        "Schlag gegen die organisierte Kriminalität gelungen, hieß es in einer Aussendung."
    )
    assert speakers(text) == [("einer Aussendung", "Polizei")]


def test_no_source_two_sentences_back_across_a_sentence_that_reports_speech():
    text = (
        "Das gab die Polizei am Freitag bekannt. Ein Anwalt sagte, die Sache sei heikel. Dem "
        "Landeskriminalamt sei ein großer Schlag gelungen, hieß es in einer Aussendung."
    )
    assert ("einer Aussendung", "Polizei") not in speakers(text)


def test_the_subject_of_a_verb_of_publishing_in_the_sentence_before_issues_the_release():
    text = (
        "Der Konzern hat am Montag seine Zahlen vorgelegt. Der Umsatz sei gestiegen, hieß es in einer "
        "Aussendung."
    )
    assert speakers(text) == [("einer Aussendung", "Konzern")]


def test_no_source_two_sentences_back_across_a_sentence_in_the_konjunktiv():
    text = (
        "Die Änderungen seien nötig, begründete Botschafter Faruk Kaymakcı die Änderungen. Außerdem gebe es "
        "viele Anhänger der Miliz im Land. Dennoch hieß es in einem Entwurf für die EU-Gipfelerklärung, die "
        "Migrationsströme seien weiterhin viel zu hoch."
    )
    assert speakers(text)[-1] == ("einem Entwurf", "einem Entwurf")
