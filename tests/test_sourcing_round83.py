"""Who speaks, eighty-third speaker round (docs/accuracy.md, "Speaker round 83"): in a text that marks no
direct speech (10kGNAD strips quotation marks), a colon sets off speech in the first person after a clause
that names its speaker without a verb of saying ("Die Wiener Linien waren um Beruhigung bemüht: Wir haben
…", "Für Fink ist dies Schnee von gestern: Für uns ist …"). German sentences in, quotes and speakers out."""

from .sourcing_speakers import quoted

LEAD = (
    "Wien – Die Gemeinde sucht weiter nach Quartieren. Drei der Männer fanden nun Aufnahme im Sozialzentrum. "
)


def test_a_subject_that_opens_the_clause_speaks_after_the_colon():
    text = (
        LEAD
        + "Bürgermeister Kurt Fischer (VP) sieht strukturelle Gründe für die mangelnde Hilfsbereitschaft: "
        "Wir haben keine leerstehenden Ferienheime und Gasthäuser."
    )
    found = [(quote, span, q.direct) for quote, span, q in quoted(text)]
    assert found == [
        ("Wir haben keine leerstehenden Ferienheime und Gasthäuser.", "Bürgermeister Kurt Fischer", True)
    ]


def test_a_person_after_fuer_holds_the_view_the_colon_gives():
    text = (
        LEAD
        + "Die Conclusio für den AK-Präsidenten Markus Wieser: Wir brauchen keine längeren Arbeitszeiten."
    )
    found = [(quote, span) for quote, span, _ in quoted(text)]
    assert found == [("Wir brauchen keine längeren Arbeitszeiten.", "AK-Präsidenten Markus Wieser")]


def test_a_role_set_off_by_commas_before_its_name():
    text = (
        LEAD + "Auch der Manager der Nationalmannschaft, Oliver Bierhoff, wandte sich gegen die Äußerung: "
        "Es ist ja nicht das erste Mal, dass wir mit solchen Aussagen konfrontiert werden."
    )
    found = [(quote, span) for quote, span, _ in quoted(text)]
    assert found == [
        (
            "Es ist ja nicht das erste Mal, dass wir mit solchen Aussagen konfrontiert werden.",
            "Manager der Nationalmannschaft",
        )
    ]


def test_an_object_pronoun_of_the_first_person_is_the_speakers_voice_too():
    text = (
        LEAD + "Keinen Zweifel ließ der Trainer der Neustädter am Potenzial des Stürmers aufkommen: "
        "Wenn er wieder in Topform kommt, kann er uns eine große Hilfe sein."
    )
    found = [(quote, span) for quote, span, _ in quoted(text)]
    assert found == [
        ("Wenn er wieder in Topform kommt, kann er uns eine große Hilfe sein.", "Trainer der Neustädter")
    ]


def test_no_speech_without_the_first_person_or_without_a_person_before_the_colon():
    third_person = (
        LEAD + "Bürgermeister Kurt Fischer sieht strukturelle Gründe: Die Häuser sind in Privatbesitz."
    )
    no_person = LEAD + "Es war heuer im Jänner und bitterkalt: Ich glaubte, jetzt müsste ich erfrieren."
    assert quoted(third_person) == []
    assert quoted(no_person) == []


def test_a_text_that_marks_its_direct_speech_is_left_to_its_quotation_marks():
    text = (
        "Wien – Die Gemeinde sucht weiter nach Quartieren. „Das dauert“, sagte ein Sprecher. "
        "Bürgermeister Kurt Fischer sieht strukturelle Gründe: Wir haben keine leerstehenden Ferienheime."
    )
    assert [quote for quote, _, _ in quoted(text)] == ["Das dauert"]


def test_the_speaker_of_the_colon_does_not_take_the_sentences_after_it():
    text = (
        LEAD + "Doch der Politikwissenschafter, der in Washington unterrichtet, sieht es pragmatisch: "
        "Prävention ist nicht in unserer DNA. Tatsächlich gibt es kaum Programme, die Radikalisierung "
        "verhindern könnten."
    )
    found = [(quote, span) for quote, span, _ in quoted(text)]
    assert found == [("Prävention ist nicht in unserer DNA.", "Politikwissenschafter")]
