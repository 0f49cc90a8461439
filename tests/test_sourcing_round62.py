"""Who speaks, sixty-second speaker round (docs/accuracy.md, "Speaker round 62"): interviews. Labels at
paragraph or sentence starts that alternate between the outlet's questions ("STANDARD:", "Frage:", an
interviewer's name) and the interviewee's name ("Kaiser:") make each answer, up to the next label, a direct
quote of the interviewee, the label's name its speaker span; the questions are no one's speech (gold README,
"The interview set"). Not the "Frage: … Antwort: …" explainers, not a single "Name: claim" teaser, not
"Fazit:" or "Update:". Real-shaped German interviews in, the quotes and speakers out; the positive ones fail
on main before this round."""

from framing.measures import sourcing
from framing.pipeline import doc_from_text


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """(label, quote's text, speaker) of every quote."""
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    return [(q.label, doc.text[q.start : q.end], q.speaker) for q in doc.quotes]


STANDARD = (  # the shape of 10kGNAD's Der Standard interviews: no paragraph breaks, the surname as label
    "Die Reform der Pflege komme zu spät, sagt Sozialexpertin Karin Huber. STANDARD: Wie hoch ist der "
    "Bedarf? "
    "Huber: Wir brauchen bis 2030 rund 20.000 zusätzliche Pflegekräfte. Ohne sie wird das System kippen. "
    "STANDARD: Was muss die Regierung tun? Huber: Sie muss die Ausbildung bezahlen. Das wäre ein Anfang."
)


def test_each_answer_is_a_direct_quote_of_the_interviewee_under_the_labels_name():
    assert quotes(STANDARD)[-2:] == [
        (
            "direct",
            "Wir brauchen bis 2030 rund 20.000 zusätzliche Pflegekräfte. Ohne sie wird das System kippen.",
            "Huber",
        ),
        ("direct", "Sie muss die Ausbildung bezahlen. Das wäre ein Anfang.", "Huber"),
    ]


def test_the_questions_are_no_ones_speech_and_the_speaker_span_is_the_label():
    doc = doc_from_text(STANDARD, annotate=False)
    spans = sourcing.annotate(doc)  # the app highlights the "speaker" layer: the label's name
    labels = [doc.text[s.start : s.end] for s in spans if s.layer == "speaker" and doc.text[s.end] == ":"]
    assert labels == ["Huber", "Huber"]
    answers = [q for q in doc.quotes if doc.text[q.start : q.end].startswith(("Wir brauchen", "Sie muss"))]
    assert [doc.text[q.speaker_start : q.speaker_end] for q in answers] == ["Huber", "Huber"]
    assert not [q for q in doc.quotes if "?" in doc.text[q.start : q.end]]


def test_an_interview_in_paragraphs_with_a_full_name_first_and_an_answer_of_two_paragraphs():
    text = (
        "Der Außenminister im Gespräch über die Flüchtlingspolitik.\n\n"
        "Frage: Herr Minister, ist die Balkanroute geschlossen?\n\n"
        "Sebastian Kurz: Ja, und das war richtig so.\n\n"
        "Wir haben lange genug zugeschaut.\n\n"
        "Frage: Was sagen Sie Ihren Kritikern?\n\n"
        "Kurz: Dass sie die Lage falsch einschätzen."
    )
    assert quotes(text) == [
        ("direct", "Ja, und das war richtig so.\n\nWir haben lange genug zugeschaut.", "Sebastian Kurz"),
        ("direct", "Dass sie die Lage falsch einschätzen.", "Kurz"),
    ]


def test_an_interviewers_name_is_the_question_side_when_its_turns_end_in_question_marks():
    text = (  # a broadcaster's transcript: both sides named
        "Dirk Müller: Frau Baerbock, kommt das Gesetz noch in diesem Jahr?\n"
        "Annalena Baerbock: Davon gehe ich aus. Die Gespräche laufen gut.\n"
        "Müller: Und wenn die Union nicht mitmacht?\n"
        "Baerbock: Dann reden wir weiter."
    )
    assert quotes(text) == [
        ("direct", "Davon gehe ich aus. Die Gespräche laufen gut.", "Annalena Baerbock"),
        ("direct", "Dann reden wir weiter.", "Baerbock"),
    ]


def test_not_the_outlets_own_questions_and_answers():
    text = (
        "Was bedeutet das neue Gesetz? Einige Fragen und Antworten. Frage: Wer ist betroffen? Antwort: Alle "
        "Mieter in Wien. Frage: Ab wann gilt es? Antwort: Ab dem ersten Jänner. Frage: Was kostet es? "
        "Antwort: Das ist noch offen."
    )
    assert quotes(text) == []


def test_not_a_teaser_nor_labels_that_name_no_one():
    text = (
        "Update: Die Regierung hat sich geeinigt. Fazit: Das Paket kommt. Kanzler Karl Nehammer: Das ist "
        "ein guter Tag für Österreich. Mein Fazit: Es hat sich gelohnt. Ein Beispiel: Die Pendler sparen."
    )
    assert not [q for q in quotes(text) if q[2] in ("Update", "Fazit", "Beispiel")]
    assert not [q for q in quotes(text) if q[1].startswith("Es hat sich gelohnt")]


def test_a_label_the_text_never_introduced_answers_when_it_stands_after_each_question():
    text = (  # 10kGNAD keeps the teaser, not the title that named him
        "Der FPÖ-Kandidat will das Heeresbudget verdoppeln. STANDARD: Wer schreibt Ihre Reden? "
        "Hofer: Niemand. "
        "Ich spreche frei. STANDARD: Auch zu Neujahr? Hofer: Auch dann."
    )
    assert quotes(text) == [
        ("direct", "Niemand. Ich spreche frei.", "Hofer"),
        ("direct", "Auch dann.", "Hofer"),
    ]


def test_not_a_list_of_topics_in_capitals():
    text = (  # gnad1000's education report: each topic a label in capitals
        "Der Bildungsbericht liegt vor. ALLTAGSSPRACHE: In den Volksschulen spricht ein Viertel "
        "der Kinder eine "
        "andere Sprache. SCHULTYPEN: Die Unterschiede sind groß. SOZIALES RISIKO: Ein Drittel ist betroffen. "
        "SEGREGATION: Viele Klassen sind getrennt."
    )
    assert quotes(text) == []


def test_answers_of_no_type_take_the_type_of_the_leads_role_speaker():
    text = (
        "Diesmal führe kein Weg an einer Reform vorbei, sagt Kärntens Landeshauptmann. STANDARD: Was jetzt? "
        "Peter Kaiser: Wir müssen über alles reden. STANDARD: Auch über die Koalition? Kaiser: Auch darüber."
    )
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    assert [(q.speaker, q.source_type) for q in doc.quotes] == [
        ("Kärntens Landeshauptmann", "government"),
        ("Peter Kaiser", "government"),
        ("Kaiser", "government"),
    ]
