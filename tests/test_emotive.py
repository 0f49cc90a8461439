"""Emotive and loaded language: lexicon words, superlatives, exclamations, questions, scare quotes."""

import pytest

from framing.measures import emotive, score
from framing.measures.emotive import is_superlative
from framing.pipeline import analyze_article, doc_from_text
from framing.resources import word_sets
from framing.segment import lemmatize


def labels(text):
    doc = doc_from_text(text)
    return [(doc.text[s.start : s.end], s.label) for s in doc.spans if s.layer == "emotive"]


@pytest.mark.parametrize("word", ["engste", "wichtigster", "größten", "jüngsten", "beste", "meisten"])
def test_superlatives(word):
    assert is_superlative(word, lemmatize(word))


def test_superlatives_in_a_text_including_a_sibilant_before_the_ending():
    """``annotate`` tests "st", "ßt", "zt" or "xt" in a word before ``is_superlative``: "größte"."""
    text = "Das ist der größte und heißeste Sommer, die kürzeste Nacht, der fixte Plan."
    found = [word for word, label in labels(text) if label == "superlative"]
    words = [w.strip(",.") for w in text.split()]
    assert found == [w for w in words if is_superlative(w, lemmatize(w))]
    assert {"größte", "heißeste", "kürzeste"} <= set(found)


@pytest.mark.parametrize(
    "word", ["erste", "Westen", "Osten", "Liste", "Kiste", "Küste", "festen", "mindestens", "kosten"]
)
def test_not_superlatives(word):
    assert not is_superlative(word, lemmatize(word))


def test_irregular_superlatives_and_ordinals_are_data():
    """grammar_de.toml 1.1 [superlatives.emotive]: the forms no suffix rule tells, read from the data file."""
    lists = word_sets("grammar_de.toml")
    assert {"beste", "meisten", "höchste"} <= lists["superlatives.emotive.irregular"]
    assert {"erste", "nächsten", "letzte"} <= lists["superlatives.emotive.ordinals"]
    text = "Das ist die beste Lösung seit der ersten Runde, sagen die meisten in den nächsten Tagen."
    assert [word for word, label in labels(text) if label == "superlative"] == ["beste", "meisten"]


def test_loaded_words_and_rules():
    text = (
        "Die USA schlagen Alarm vor dem gefährlichen Bündnis! Warum China Russland weiterhin unterstützt? "
        "Der Handel erreicht ein Rekordhoch."
    )
    assert labels(text) == [
        ("Die USA schlagen Alarm vor dem gefährlichen Bündnis!", "exclamation"),
        ("Alarm", "alarm"),
        ("gefährlichen", "evaluative"),
        ("Warum China Russland weiterhin unterstützt?", "rhetorical_question"),
        ("Rekordhoch", "superlative"),
    ]


def test_scare_quotes_but_not_attributed_quotes_or_media_names():
    text = (
        "Ein geschwächtes Russland stärkt den „Bruderstaat“ China. "
        "Chinas UNO-Botschafter nannte die Resolution „unvollständig und unausgewogen“. "
        'Wie "Newsweek" berichtet, liefert China Bilder. Li Lifan sprach gegenüber "tagesschau.de".'
    )
    assert [t for t, label in labels(text) if label == "scare_quote"] == ["Bruderstaat"]


def test_seed_scare_quotes_and_rhetorical_question(seeds):
    fr = analyze_article(seeds["fr_2022"])
    assert [fr.text[s.start : s.end] for s in fr.layer("emotive") if s.label == "scare_quote"] == [
        "Bruderstaat"
    ]
    epoch = analyze_article(seeds["epoch"])
    assert "grenzenlose" in [
        epoch.text[s.start : s.end] for s in epoch.layer("emotive") if s.label == "scare_quote"
    ]
    newsde = analyze_article(seeds["newsde"])
    questions = [
        newsde.text[s.start : s.end] for s in newsde.layer("emotive") if s.label == "rhetorical_question"
    ]
    assert questions == ["Warum China Russland weiterhin unterstützt?"]
    assert (
        newsde.features["emotive.loaded_per_1k"]
        > analyze_article(seeds["epoch"]).features["emotive.loaded_per_1k"]
    )


def test_quoted_loaded_words_are_counted_apart():
    doc = doc_from_text("„Das ist ein brutaler Angriff“, sagte er. Die Lage ist ruhig.")
    features = score(emotive, doc, doc.layer("emotive"))
    assert features["emotive.evaluative_per_1k"] == 0.0
    assert features["emotive.quoted_loaded_per_1k"] > 0.0
