"""Speed round 9: structural steps that must give exactly what the code they replace gave."""

from itertools import compress

from framing import segment as seg
from framing.measures import emotive, hedging, populism
from framing.measures.sourcing import _Context
from framing.model import Doc
from framing.pipeline import doc_from_text
from framing.segment import register_form_mark, segment
from framing.speakers import CANDIDATE, KONJUNKTIV, PARTICLE_VERB, SPEECH, TRIGGER

TEXT = (
    "Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Regierung werde die Hilfen verlängern. "
    "Laut Polizeisprecherin Anna Weber sei der Mann geflohen. Dem Bericht zufolge sieht der Plan "
    "Kürzungen vor. Die Ministerin kündigte an, dass sie zurücktrete, so ein Sprecher."
)


def test_flag_positions_are_those_of_a_pass_over_every_token():
    """The positions of each speaker flag, read from the flagged tokens only, are the tokens a
    pass over every token with that flag finds (the verbs of saying, "Laut", "zufolge", "sei",
    the given names and roles)."""
    doc = doc_from_text(TEXT)
    context = _Context(doc)
    flags = context.flags

    def every(mask):
        return list(compress(range(len(flags)), map(mask.__and__, flags)))

    texts = [t.text for t in doc.tokens]
    assert context.verb_positions == every(SPEECH | PARTICLE_VERB)
    assert context.trigger_positions == every(TRIGGER)
    assert context.konjunktiv_positions == every(KONJUNKTIV)
    assert {"sagte", "kündigte"} <= {texts[i] for i in context.verb_positions}
    assert {"Laut", "zufolge", "dass"} <= {texts[i] for i in context.trigger_positions}
    assert "sei" in {texts[i] for i in context.konjunktiv_positions}
    for number in range(len(doc.sentences)):
        context.collect(number)
    assert context._candidates == every(CANDIDATE)
    assert {"Bundeskanzler", "Olaf", "Anna"} <= {texts[i] for i in context._candidates}


HEDGED = (
    "Der Minister soll das Geld veruntreut haben. Er sagte, er habe davon nichts gewusst, und "
    "die Opposition erklärte, das sei die größte Affäre seit Jahren. Es war der schönste Tag und "
    "die höchsten Preise, sagte eine Sprecherin."
)


def _unmarked(doc):
    """The same document as one segmented otherwise: no measure marks in its flags."""
    return Doc(doc.article, doc.paragraphs, doc.sentences, doc.tokens)


def _spans(module, doc):
    return [(doc.text[s.start : s.end], s.label, s.attrs.get("rule")) for s in module.annotate(doc)]


def test_hedging_and_superlatives_read_from_marks_are_those_of_every_token():
    """Hedging's scanned tokens and emotive's superlatives, decided once per word form by
    segmentation, give the spans that testing every token gives."""
    doc = doc_from_text(HEDGED, annotate=False)
    hedges = _spans(hedging, doc)
    assert ("soll", "reportative", hedges[0][2]) in hedges
    assert {"habe", "sei"} <= {text for text, label, _ in hedges if label == "konjunktiv_i"}
    assert hedges == _spans(hedging, _unmarked(doc))
    emotive_spans = _spans(emotive, doc)
    assert {"größte", "schönste", "höchsten"} <= {
        t for t, label, _ in emotive_spans if label == "superlative"
    }
    assert emotive_spans == _spans(emotive, _unmarked(doc))


def test_a_mark_registered_later_is_set_on_forms_seen_before():
    """A measure registering a mark after words were segmented still finds them: the per-form
    table starts afresh."""
    segment(doc_from_text("Ein neuartigesform steht hier.", annotate=False).article)
    bit = register_form_mark(frozenset({"hier"}), lambda surface, lemma, form, _: form == "neuartigesform")
    try:
        doc = doc_from_text("Ein neuartigesform steht hier.", annotate=False)
        assert [doc.tokens[i].text for i in doc.marked(bit)] == ["neuartigesform", "hier"]
        assert _unmarked(doc).marked(bit) is None
    finally:  # this test's mark only
        seg._MARK_TESTS.pop()
        del seg._MARKED_FORMS["hier"]
        seg._WORDS.clear()


def test_populism_literals_read_from_marked_words_give_the_same_hits():
    """The words with populism literals, marked once per word form by segmentation, give the hits
    that looking every form of the article up gives ("Altparteien", "Eliten", "Bürger")."""
    text = "Die Altparteien haben versagt. „Die abgehobenen Eliten leben auf Kosten der Bürger“, sagte er."
    doc = doc_from_text(text, annotate=False)
    marked = [doc.tokens[i].text for i in doc.marked(populism._LITERAL_WORDS)]
    assert {"Altparteien", "Eliten", "Bürger"} <= set(marked) and "sagte" not in marked
    hits = _spans(populism, doc)
    assert [text for text, _, _ in hits] == ["Altparteien", "abgehobenen", "Eliten", "auf Kosten der Bürger"]
    assert hits == _spans(populism, _unmarked(doc))
