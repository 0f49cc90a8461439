"""The cross-validated upper bound of learned tone (benchmarks/tone_learned.py) on sentences of our own:
GerNTSA itself is read from a local clone, never committed."""

import numpy as np
import pytest

from benchmarks import tone_learned
from benchmarks.tone_eval import Item
from benchmarks.tone_target import Target

TEXT = "Die Opposition kritisierte den Plan, doch das Ergebnis ist nicht schlecht und 2022 war gut."


def row(text: str = TEXT, word: str = "Plan", label: str = "neutral") -> tone_learned.Row:
    start = text.index(word)
    return tone_learned.row_of(Target(Item(word, text, label), start, start + len(word)))


def test_the_lexicon_columns_count_positive_negative_and_negated_tone_spans():
    # kritisierte -1, "nicht schlecht" +1 (negated), gut +1
    assert row().lexicon == (1.0, 2, 2.0, 1, -1.0, 1, 1.0)


def test_the_topic_word_is_kept_masked_or_marked():
    snippet = row()
    assert tone_learned.terms(snippet, "form", "keep", False)[:5] == [
        "die",
        "opposition",
        "kritisierte",
        "den",
        "plan",
    ]
    masked = tone_learned.terms(snippet, "form", "mask", False)
    assert "plan" not in masked and masked[3:5] == ["den", "doch"]
    marked = tone_learned.terms(snippet, "lemma", "mark", True)
    assert marked[:5] == ["der", "opposition", "kritisieren", "der", "<topic>"]
    assert "der <topic>" in marked and "<topic> doch" in marked and "nicht schlecht" in marked
    assert "<num>" in marked and "2022" not in marked


def test_a_fold_keeps_only_words_seen_twice_in_its_training_rows():
    rows = [
        row("Der Sieg war großartig.", "Sieg"),
        row("Der Sieg kam spät.", "Sieg"),
        row("Die Niederlage war bitter.", "Niederlage"),
    ]
    words = tone_learned.word_matrix(rows, "form", "mask", False)
    train, test = np.array([0, 1]), np.array([2])
    x_train, x_test = tone_learned.design(words, None, train, test)
    # der, kam, spät … : only "der" (rows 0 and 1) reaches two training rows; "war" is in one
    assert x_train.shape[1] == 1 and x_train.toarray().ravel().tolist() == [1.0, 1.0]
    assert x_test.toarray().ravel().tolist() == [0.0]  # "Die" is another form than "der"


def test_a_word_that_decides_the_label_is_learned_across_folds():
    good = "Die Mannschaft feiert einen Erfolg in {}."
    bad = "Die Mannschaft beklagt einen Rückschlag in {}."
    towns = ["Bern", "Graz", "Linz", "Wien", "Köln", "Basel", "Mainz", "Kiel", "Ulm", "Jena"]
    rows = [row(good.format(t), "Mannschaft", "positive") for t in towns]
    rows += [row(bad.format(t), "Mannschaft", "negative") for t in towns]
    config = tone_learned.Config("lemma", False, "mask", False, "ridge", 1.0)
    results = tone_learned.cross_validate(rows, config, seeds=1)
    assert results.shape == (5, 3)
    assert results[:, 2].mean() == pytest.approx(1.0)  # rho of every held fold
    assert results[:, 0].mean() == pytest.approx(1.0)  # agreement


def test_the_plain_sum_is_scored_on_the_same_folds():
    towns = ["Bern", "Graz", "Linz", "Wien", "Köln"]
    rows = [row(f"Das war ein großer Erfolg für {t}.", "Erfolg", "positive") for t in towns]
    rows += [row(f"Der Zug fährt um {n} Uhr ab.", "Zug") for n in range(5)]
    results = tone_learned.cross_validate(rows, None, seeds=1)
    assert results.shape == (5, 3)
    assert np.all(results[:, 0] == 1.0)
