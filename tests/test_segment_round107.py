"""Segmentation, speaker round 107 (docs/accuracy.md, "Speaker round 107 (seg107)"): in a text stored with
its print layout's line breaks (three breaks between a letter and a lower-case word), a break before a
capitalised word lies inside a sentence where the sentence before it began inside the text before the
break, or a role noun stands before a given name ("Bundesgesundheitsminister¶¶Jens Spahn"); a headline,
a lead, a subheading, a caption and a text that is not hard-wrapped keep their breaks. Joining never moves
an offset or drops a character. German sentences in, sentences and speakers out."""

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.pipeline import doc_from_text

from .sourcing_speakers import quoted, speakers

# a headline, a lead without a full stop and a paragraph whose three line breaks run on before a
# lower-case word: the text keeps its print layout
WRAPPED_OPENING = (
    "Studenten verschulden sich in der Krise\n\n"
    "Zehntausende haben Nothilfe beantragt, nur die Hälfte bekam sie. Ein Überblick\n\n"
    "Zehntausende Studenten haben in den vergangenen Monaten\n\nSchulden aufgenommen oder\n\n"
    "staatliche Hilfe beantragt. Seit Mai wurden bei der Förderbank\n\nmehr als 22.000 Anträge auf "
    "Kredite gestellt, die insgesamt\n\nmehr als 600 Millionen Euro ausmachen.\n\n"
)


def sentences(text: str) -> list[str]:
    doc = doc_from_text(text, annotate=False)
    return [doc.text[s.start : s.end] for s in doc.sentences]


def test_a_role_before_its_name_at_a_paragraph_start_is_one_sentence_with_its_speaker():
    text = WRAPPED_OPENING + (
        "Bundesbildungsministerin\n\nAnja Karliczek (CDU) warnte vor voreiligen Schlüssen. Die Hilfe "
        "werde weiter gezahlt, sagte sie der Zeitung."
    )
    role_and_name = "Bundesbildungsministerin\n\nAnja Karliczek (CDU) warnte vor voreiligen Schlüssen."
    assert role_and_name in sentences(text)
    assert speakers(text) == [("sie", "Bundesbildungsministerin Anja Karliczek")]


def test_a_sentence_begun_inside_a_line_runs_on_before_a_capitalised_word():
    text = WRAPPED_OPENING + (
        "Das sind 30 weniger als vor einer Woche. Nach Angaben von\n\nZEIT ONLINE gab es sogar einen "
        "Anstieg. Die Zahlen seien noch\n\nUnvollständig, sagte der Sprecher des\n\nInstituts."
    )
    assert sentences(text)[-3:] == [
        "Das sind 30 weniger als vor einer Woche.",
        "Nach Angaben von\n\nZEIT ONLINE gab es sogar einen Anstieg.",
        "Die Zahlen seien noch\n\nUnvollständig, sagte der Sprecher des\n\nInstituts.",
    ]


def test_an_inquit_broken_before_its_speakers_name_keeps_the_speaker():
    text = WRAPPED_OPENING + (
        "Die Regelung bleibe bis August bestehen. Das Geld müsse nicht zurückgezahlt werden, sagte\n\n"
        "Generalsekretär Achim Meyer dem Handelsblatt."
    )
    found = [(quote, span) for quote, span, _ in quoted(text)]
    assert (
        "Das Geld müsse nicht zurückgezahlt werden, sagte\n\nGeneralsekretär Achim Meyer dem Handelsblatt.",
        "Generalsekretär Achim Meyer",
    ) in found


def test_a_headline_a_lead_a_subheading_and_a_caption_keep_their_breaks():
    text = (
        "Spahn verteidigt die Impfstrategie der Regierung\n\n"
        "Der Minister weist die Kritik der Länder zurück. Eine Analyse\n\n"
        "Die Gesundheitsämter meldeten am Montag\n\nweniger Fälle als in der Vorwoche, weil\n\n"
        "nicht alle Ämter am Wochenende\n\nihre Daten übermitteln.\n\n"
        "Was die Länder fordern\n\n"
        "Die Länder verlangen mehr Impfstoff.\n\n"
        "Der Minister am Montag in Berlin\n\n"
        "Bundesgesundheitsminister Jens Spahn hat die Kritik zurückgewiesen."
    )
    assert sentences(text) == [
        "Spahn verteidigt die Impfstrategie der Regierung",
        "Der Minister weist die Kritik der Länder zurück.",
        "Eine Analyse",
        "Die Gesundheitsämter meldeten am Montag\n\nweniger Fälle als in der Vorwoche, weil\n\n"
        "nicht alle Ämter am Wochenende\n\nihre Daten übermitteln.",
        "Was die Länder fordern",
        "Die Länder verlangen mehr Impfstoff.",
        "Der Minister am Montag in Berlin",
        "Bundesgesundheitsminister Jens Spahn hat die Kritik zurückgewiesen.",
    ]


def test_a_text_that_is_not_hard_wrapped_keeps_a_paragraph_without_a_stop_apart():
    text = (
        "Neue Regeln ab Montag\n\nDie Länder haben sich geeinigt.\n\nExportiert wurden vor allem:\n\n"
        "Maschinen\n\npharmazeutische Erzeugnisse\n\nchemische Erzeugnisse\n\n"
        "Die Bahn hat neue Fahrpläne. Mehr dazu\n\nGesundheitsminister Spahn stellt den Plan vor."
    )
    assert sentences(text)[-2:] == ["Mehr dazu", "Gesundheitsminister Spahn stellt den Plan vor."]


WORDS = st.sampled_from(
    ["der", "Minister", "sagte", "Jens", "Spahn", "Bundesgesundheitsminister", "und", "Zahlen", "22", "ZEIT"]
)
SEPARATORS = st.sampled_from([" ", " ", " ", "\n\n", "\n", ". ", ".\n\n", ", ", ": ", '" ', " „"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPARATORS), min_size=1, max_size=40))
def test_joining_never_moves_an_offset_nor_drops_text(pieces):
    text = "".join(word + separator for word, separator in pieces)
    doc = doc_from_text(text, annotate=False)
    covered = set()
    last_end = 0
    for sentence in doc.sentences:
        assert last_end <= sentence.start < sentence.end <= len(doc.text)
        covered.update(range(sentence.start, sentence.end))
        last_end = sentence.end
    assert doc.text == text
    assert all(index in covered for index, char in enumerate(text) if not char.isspace())
    assert [text[t.start : t.end] for t in doc.tokens] == [t.text for t in doc.tokens]
