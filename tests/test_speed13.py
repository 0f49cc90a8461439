"""Speed round 12: the per-token work the families share, made once; the same results as before."""

import copy
import pickle
from dataclasses import replace

from framing import lexicons
from framing.measures import readability, sourcing
from framing.measures.additive import shared_stats
from framing.model import Sentence, Span, Token
from framing.pipeline import doc_from_text

TEXT = (
    "Die Regierung hat am 3. Mai 2024 rund 1.500 Anträge geprüft, sagte ein Sprecher.\n\n"
    "„Wir sind zufrieden“, teilte das Ministerium mit. 12 von 40 Fällen wurden abgelehnt!\n\n"
    "Die Händler seien froh, so Dietmar Hoffmann vom Landesverband."
)


def _recounted(doc):
    """``doc`` as if it had not been segmented by rules: the families read its tokens one by one."""
    doc._kinds, doc._shared, doc._word_count = None, None, None
    return doc


def test_segmentation_keeps_each_tokens_kind_and_the_sentences_counts_match_the_tokens():
    doc = doc_from_text(TEXT, annotate=False)
    assert doc._kinds == [t.kind for t in doc.tokens]
    assert doc.kinds() is doc._kinds
    words = doc.sentence_kind_counts("word")
    numbers = doc.sentence_kind_counts("number")
    for index in range(len(doc.sentences)):
        own = [t for t in doc.tokens if t.sentence == index]
        assert words[index] == sum(t.kind == "word" for t in own)
        assert numbers[index] == sum(t.kind == "number" for t in own)
    assert numbers[0] == 3.0  # "3", "2024", "1.500"
    assert doc.word_count() == sum(t.kind != "punct" for t in doc.tokens)


def test_shared_and_readability_statistics_from_the_kinds_are_those_counted_token_by_token():
    doc = doc_from_text(TEXT, annotate=False)
    spans = readability.annotate(doc)
    fast_shared = dict(shared_stats(doc))
    fast = readability.sentence_stats(doc, spans)
    texts, cells = readability._word_texts_and_cells(doc)
    slow_doc = _recounted(doc_from_text(TEXT, annotate=False))
    assert slow_doc.kinds() == doc.kinds() and slow_doc._kinds is None
    assert dict(shared_stats(slow_doc)) == fast_shared
    assert readability.sentence_stats(slow_doc, readability.annotate(slow_doc)) == fast
    assert readability._word_texts_and_cells(slow_doc) == (texts, cells)
    assert texts[:3] == ["Die", "Regierung", "hat"] and "12" not in texts
    assert cells == [t.sentence for t in doc.tokens if t.kind == "word"]
    assert fast_shared["number_tokens"][2] == 2.0  # "12", "40"
    assert slow_doc.word_count() == doc.word_count()


def test_a_run_without_verbs_of_saying_has_none_and_a_particle_verb_needs_its_particle():
    doc = doc_from_text(TEXT, annotate=False)
    context = sourcing._Context(doc)
    tokens, mask = context.tokens_of(3, 3)  # "Die Händler seien froh, so Dietmar Hoffmann …"
    assert sourcing._verbs(context, tokens, mask) == []
    tokens, mask = context.tokens_of(1, 1)  # "„Wir sind zufrieden“, teilte das Ministerium mit."
    assert [tokens[i].text for i in sourcing._verbs(context, tokens, mask)] == ["teilte"]
    tokens, mask = context.tokens_of(1, 3)  # a run of three sentences
    assert [tokens[i].text for i in sourcing._verbs(context, tokens, mask)] == ["teilte", "abgelehnt"]
    cut = doc_from_text("Das Ministerium teilte den Bericht.", annotate=False)
    context = sourcing._Context(cut)
    tokens, mask = context.tokens_of(0, 0)
    assert sourcing._verbs(context, tokens, mask) == []  # "teilen" without "mit" says nothing


def test_reported_speech_read_from_the_token_keys_finds_its_speakers():
    doc = doc_from_text(TEXT)
    speakers = [(q.label, q.speaker) for q in doc.quotes]
    assert ("indirect", "ein Sprecher") in speakers
    assert ("direct", "Ministerium") in speakers
    assert ("indirect", "Dietmar Hoffmann") in speakers  # "…, so X": read from the forms


def test_tokens_sentences_and_spans_with_their_own_init_behave_as_dataclasses():
    token = Token(0, 3, "Die", "der", "word", 0)
    assert token == Token(start=0, end=3, text="Die", lemma="der", kind="word", sentence=0)
    assert replace(token, sentence=2).sentence == 2
    assert pickle.loads(pickle.dumps(token)) == token and copy.deepcopy(token) == token
    sentence = Sentence(0, 10, 0, 0, 3)
    assert sentence == Sentence(start=0, end=10, paragraph=0, first_token=0, end_token=3)
    first, second = Span(0, 3, "tone", "negative"), Span(4, 8, "tone", "negative", 0.5)
    assert first.score is None and first.attrs == {} and second.score == 0.5
    first.attrs["voice"] = "own"
    assert second.attrs == {}  # each span its own dict
    assert Span(0, 3, "tone", "negative", attrs={"voice": "own"}) == first
    assert replace(first, label="positive").attrs == {"voice": "own"}
    assert pickle.loads(pickle.dumps(second)) == second
    assert copy.deepcopy(first) == first and copy.deepcopy(first).attrs is not first.attrs


def test_an_analysed_article_pickles_and_copies_with_its_tokens_spans_and_matches():
    """Pickled and copied by their ``__init__`` (``__reduce__``): the compiled build cannot make
    a token, span, sentence or match without its arguments, as pickle's default way would; a
    lexicon entry (frozen) is restored by field (``model.frozen_reduce``), as the other frozen ones."""
    doc = doc_from_text(TEXT)
    for other in (pickle.loads(pickle.dumps(doc)), copy.deepcopy(doc)):
        assert other.tokens == doc.tokens and other.sentences == doc.sentences
        assert other.spans == doc.spans and [s.attrs for s in other.spans] == [s.attrs for s in doc.spans]
    match = lexicons.Match(0, 1, 0, 3, lexicons.Entry("Regierung", "actor"))
    assert pickle.loads(pickle.dumps(match)) == match == copy.deepcopy(match)
