"""The whole analysis never crashes on real German sentences in any order, and all spans are exact."""

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.pipeline import analyze_documents, demo_documents, doc_from_text
from framing.segment import segment

SENTENCES = [
    doc.text[s.start : s.end]
    for doc in (segment(d.article) for d in analyze_documents(demo_documents()).docs)
    for s in doc.sentences
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=25), st.sampled_from([" ", "\n\n"]))
def test_any_order_of_seed_sentences(sentences, separator):
    text = separator.join(sentences)
    doc = doc_from_text(text)
    for span in doc.spans:
        assert 0 <= span.start <= span.end <= len(text)
    for quote in doc.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
    assert all(value == value for value in doc.features.values())  # no NaN
