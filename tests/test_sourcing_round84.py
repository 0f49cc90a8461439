"""Who speaks, eighty-fourth speaker round (docs/accuracy.md, "Speaker round 84"): the impersonal "hieß es"
whose source a document names ("hieß es in einer am Sonntag veröffentlichten Erklärung des Präsidialamts",
"heißt es in der Erklärung" after "die Erklärung … der UNESCO", "heißt es darin" after the document or its
publisher). German sentences in, quotes and speakers out."""

from .sourcing_speakers import quoted, speakers


def test_a_document_with_an_extended_attribute_speaks_for_its_owner():
    text = (
        "Die Staatsanwaltschaft hat derweil Ermittlungen zu den Vorwürfen eingeleitet. Die Regierung "
        "verfolge eine Null-Toleranz-Politik, hieß es in einer am Sonntag veröffentlichten Erklärung des "
        "Präsidialamts."
    )
    assert speakers(text) == [("Präsidialamts", "Präsidialamts")]


def test_the_definite_document_takes_its_owner_in_the_sentence_before():
    text = (
        "Sie bezogen sich dabei auf die Allgemeine Erklärung der Tierrechte der UNESCO aus dem Jahr 1978. "
        "Auch tote Tiere sollten mit Respekt behandelt werden, heißt es in der Erklärung."
    )
    assert speakers(text) == [("Erklärung", "UNESCO")]


def test_a_definite_document_whose_genitive_names_no_one_takes_no_owner():
    text = (
        "Sie beriefen sich auf die Allgemeine Erklärung der Menschenrechte. Jeder Mensch habe Rechte, heißt "
        "es in der Erklärung."
    )
    assert all(speaker != "Menschenrechte" for _, speaker in speakers(text))


def test_darin_after_a_document_that_names_no_owner_is_that_document():
    text = (
        "Einer der Höchstgerichtsbeschlüsse liegt dem Standard vor. Im Fall der Frau sei verabsäumt worden, "
        "sich mit den Lageveränderungen in Ungarn näher zu beschäftigen, heißt es darin."
    )
    found = quoted(text)
    assert [(quote, span) for quote, span, _ in found] == [
        (
            "Im Fall der Frau sei verabsäumt worden, sich mit den Lageveränderungen in Ungarn näher zu "
            "beschäftigen, heißt es darin.",
            "Höchstgerichtsbeschlüsse",
        )
    ]
    assert found[0][2].source_type == "court"


def test_darin_after_its_publisher_and_after_an_organisation_in_the_genitive():
    published = "Die Regierung hat eine Aussendung verschickt. Die Lage ist ernst, heißt es darin."
    assert speakers(published) == [("Regierung", "Regierung")]
    owned = (
        "Das geht aus parlamentarischen Anfragebeantwortungen des Innenministeriums hervor. Die Zunahmen "
        "sind auf einen deutlichen Anstieg der Straftaten begründet, heißt es darin."
    )
    assert speakers(owned) == [("Innenministeriums", "Innenministeriums")]


def test_the_author_of_a_statement_in_a_relative_clause():
    text = (
        "Die tatsächlich veröffentlichten Beiträge seien jeweils ohne Konterfei erschienen, heißt es in "
        "einer Stellungnahme, die die BIG dem STANDARD übermittelte."
    )
    assert speakers(text) == [("BIG", "BIG")]


def test_reasons_given_by_a_named_author_or_after_the_court_named_before():
    named = (
        "Habermas habe Europa gedient, sagte McAuliffe in ihrer Laudatio. Sowohl Charles Taylor als auch "
        "Jürgen Habermas seien brillante Philosophen, heißt es in der Begründung von James H. Billington."
    )
    assert speakers(named)[-1] == ("James H. Billington", "James H. Billington")
    court = (
        "Schettino trägt nach Meinung des Gerichts die Verantwortung. Die Opfer hätte es nicht gegeben, wenn "
        "der Kapitän das Rettungsmanöver mit Sorgfalt ausgeführt hätte, heißt es in der Begründung für das "
        "Urteil."
    )
    assert speakers(court)[-1] == ("Begründung", "Gerichts")


def test_laut_keeps_its_reading_of_an_extended_attribute():
    # the attribute is read after "hieß es in" only: "laut der am Montag veröffentlichten Pressemitteilung vom
    # Verlauf der Testfahrten" names no owner after "vom"
    text = (
        "Ob sie noch in diesem Jahr abheben wird, hängt laut der am Montag veröffentlichten Pressemitteilung "
        "vom Verlauf der Testfahrten sowie vom Wetter ab."
    )
    assert [span for span, _ in speakers(text)] == ["am Montag veröffentlichten Pressemitteilung"]
