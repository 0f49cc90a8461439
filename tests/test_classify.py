"""Classifiers: planted differences found, none invented, too little data refused, leakage flagged."""

import random

import pytest

from framing.classify import MIN_PER_CLASS, NotEnoughData, SavedModel, evaluate, leakage_check, train
from framing.errors import FramingError
from framing.pipeline import doc_from_text
from tests.synthetic import article, null_corpus, planted_corpus


@pytest.fixture(scope="module")
def planted():
    docs = planted_corpus(per_outlet=15)
    return docs, [d.article.outlet for d in docs]


def test_planted_outlet_difference_is_recovered(planted):
    docs, labels = planted
    result = evaluate(docs, labels, kind="ngrams", ablation=False)
    assert result.macro_f1 == pytest.approx(1.0)
    assert result.confusion == [[15, 0], [0, 15]]
    assert result.grouping == "article"
    assert result.indicative["Alpha"][0][0] == "word “angriffskrieg”"
    assert result.indicative["Beta"][0][0] == "word “offensive”"
    assert result.leakage == []
    assert "chance level 0.50" in result.summary()


def test_no_skill_where_nothing_was_planted():
    docs = null_corpus(per_outlet=15)
    result = evaluate(docs, [d.article.outlet for d in docs], kind="ngrams", ablation=False)
    assert result.macro_f1 < 0.75  # near chance (0.5), never the 1.0 of the planted corpus


def test_events_are_never_split_across_folds(planted):
    docs, labels = planted
    for index, doc in enumerate(docs):
        doc.article.event = f"event {index % 6}"
    result = evaluate(docs, labels, kind="ngrams", ablation=False)
    assert result.grouping == "event"
    assert result.folds == 5
    for doc in docs:
        doc.article.event = None


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        (["A"] * 20, "only one class"),
        (["A"] * 15 + ["B"] * 5, f"at least {MIN_PER_CLASS} examples per class"),
    ],
)
def test_too_little_data_is_refused_with_the_reason(labels, message):
    rng = random.Random(1)
    docs = [doc_from_text(article(rng, "Krieg")) for _ in labels]
    with pytest.raises(NotEnoughData, match=message):
        evaluate(docs, labels, kind="ngrams")


def test_leakage_check_flags_outlet_names_and_promos():
    indicative = {"Epoch Times": [("word “epoch”", 2.0), ("word “krieg”", 1.0)], "AFP": [("word “afp”", 1.5)]}
    warnings = leakage_check(indicative)
    assert any(w.startswith("Epoch Times: “epoch”") for w in warnings)
    assert any(w.startswith("AFP: “afp”") for w in warnings)
    assert not any("krieg" in w for w in warnings)


def test_own_labels_train_save_load_apply(tmp_path, planted):
    docs, labels = planted
    frames = ["Konflikt" if label == "Alpha" else "Wirtschaft" for label in labels]
    model = train(docs, frames, kind="ngrams")
    path = tmp_path / "frames.model"
    model.save(path)
    loaded = SavedModel.load(path)
    assert loaded.metadata["labels"] == ["Konflikt", "Wirtschaft"]
    assert (tmp_path / "frames.model.json").is_file()
    ((label, probability),) = loaded.predict(
        [doc_from_text("Seit Beginn des Angriffskrieg ist alles anders.")]
    )
    assert label == "Konflikt" and 0.5 < probability <= 1.0


def test_loading_something_else_is_a_clear_error(tmp_path):
    path = tmp_path / "kein.model"
    path.write_text("hallo")
    with pytest.raises(FramingError, match="not a framing model file"):
        SavedModel.load(path)
