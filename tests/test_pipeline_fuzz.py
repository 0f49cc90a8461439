"""The whole analysis never crashes on real German sentences in any order, and all spans are exact."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.pipeline import analyze_documents, analyze_text, demo_documents, doc_from_text
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


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12), min_size=1, max_size=5),
    st.lists(st.sampled_from(["2024-04-09", "2024-04", None]), min_size=5, max_size=5),
)
def test_coverage_of_any_event_of_seed_sentences(articles, dates):
    """Any event built from seed sentences: every sentence in one unit at most, a unit never holds two
    sentences of one article, every offset is exact, and shared passages really are shared."""
    from framing.compare.coverage import coverage

    docs = []
    for number, sentences in enumerate(articles):
        doc = doc_from_text("\n\n".join(sentences), outlet=f"Outlet {number % 3}")
        doc.article.id, doc.article.date = f"a{number}", dates[number]
        docs.append(doc)
    result = coverage(docs)
    seen = set()
    for unit in result.units:
        articles_in_unit = [member.article for member in unit.members]
        assert len(articles_in_unit) == len(set(articles_in_unit))
        for member in unit.members:
            key = (member.article, member.sentence)
            assert key not in seen
            seen.add(key)
            doc = next(d for d in docs if d.article.id == member.article)
            assert doc.text[member.start : member.end] == member.text
    for passage in result.shared:
        a, b = docs[passage.a], docs[passage.b]
        words_a = re.findall(r"\w+", a.text[passage.a_start : passage.a_end].lower())
        assert words_a == re.findall(
            r"\w+", b.text[passage.b_start : passage.b_end].lower()
        )  # marks may differ
        assert len(words_a) >= 8
    assert all(0.0 <= share <= 1.0 for share in result.reuse.values())


def test_analysis_leaves_no_reference_cycles_and_restores_the_collector():
    """``fewer_collections`` collects rarely because analysis makes no cycles; if it ever did,
    this finds the garbage they leave."""
    import gc

    from framing.collector import YOUNG_COLLECTION_THRESHOLD, fewer_collections

    analyze_documents(demo_documents())  # load every resource first
    before = gc.get_threshold()
    gc.collect()
    with fewer_collections():
        assert gc.get_threshold()[0] == YOUNG_COLLECTION_THRESHOLD
        docs = analyze_documents(demo_documents()).docs
        assert len(docs) == 5 and all(doc.spans for doc in docs)
        del docs
    assert gc.get_threshold() == before
    assert gc.collect() == 0  # after the batch: its analysed articles are no longer frozen


def test_an_analysed_article_leaves_the_young_generation_inside_a_batch_only():
    """Inside a batch each analysed article is frozen out of collection (the young collections of a
    batch holding its articles walk only the article in hand); outside one nothing is frozen, and
    garbage made in a batch is collected once it closes."""
    import gc

    from framing.collector import fewer_collections

    text = "Der Minister sagte am Montag, die Lage sei ernst. „Wir handeln“, betonte er."
    frozen = gc.get_freeze_count()
    analyze_text(text)
    assert gc.get_freeze_count() == frozen
    with fewer_collections():
        entered = gc.get_freeze_count()  # what existed before the batch
        cycle: list[object] = []
        cycle.append(cycle)
        doc = analyze_text(text)
        assert gc.get_count()[0] < 100  # the allocation count starts afresh with each article
        assert gc.get_freeze_count() > entered + len(doc.tokens)  # the article, its tokens among it
        del cycle, doc
    assert gc.get_freeze_count() == frozen
    assert gc.collect() >= 1  # the cycle made inside the batch


def test_overlapping_batches_restore_the_collector_when_the_last_one_closes():
    """App sessions in threads open and close batches in any order; the settings come back once."""
    import gc

    from framing.collector import YOUNG_COLLECTION_THRESHOLD, fewer_collections

    before = gc.get_threshold()
    first, second = fewer_collections(), fewer_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first opened closes first: the second is still running
    assert gc.get_threshold()[0] == YOUNG_COLLECTION_THRESHOLD
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
