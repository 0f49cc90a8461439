"""The tone benchmark's logic (benchmarks/tone_eval.py) on a tiny sample of our own sentences: the
real data set (GerNTSA, news sentences) is rebuilt locally, not committed."""

import json

import pytest

from benchmarks import tone_eval

# written for this test (CC0), in the style of news sentences, labelled by hand
SAMPLE = [
    ("a", "Die Rettung der Bergleute war ein großer Erfolg.", "positive"),
    ("b", "Laut Polizei wurden am Samstag zwei Männer festgenommen.", "neutral"),
    ("c", "Der Gipfel brachte keinen Erfolg, die Gespräche scheiterten.", "negative"),
    ("d", "Das Ergebnis der Verhandlungen ist nicht gut.", "negative"),
    ("e", "Die Sitzung beginnt am Montag um zehn Uhr.", "neutral"),
    ("f", "Die Lage im Krisengebiet ist katastrophal.", "negative"),
]


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "sample.jsonl"
    rows = [{"id": i, "text": t, "label": g} for i, t, g in SAMPLE]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_split_is_fixed_and_covers_every_snippet(sample):
    dev, test = tone_eval.load(sample, "dev"), tone_eval.load(sample, "test")
    assert sorted(item.id for item in dev + test) == ["a", "b", "c", "d", "e", "f"]
    assert {item.id for item in dev}.isdisjoint(item.id for item in test)
    assert tone_eval.split_of(SAMPLE[0][1]) == tone_eval.split_of(SAMPLE[0][1])


def test_sentence_tone_and_agreement_on_the_sample(sample):
    items = tone_eval.load(sample, "all")
    scores = [tone_eval.sentence_tone(item.text) for item in items]
    assert [tone_eval.classify(s, tone_eval.BAND) for s in scores] == [g for _, _, g in SAMPLE]
    result = tone_eval.evaluate(items, scores, tone_eval.BAND)
    assert result.agreement == 1.0 and result.macro_f1 == 1.0
    assert result.baseline == pytest.approx(3 / 6)  # three negative
    assert result.rho > 0.8
    assert result.confusion[("neutral", "neutral")] == 2


def test_spearman_uses_average_ranks_for_ties():
    assert tone_eval.ranks([0.0, 2.0, 0.0, 1.0]) == [1.5, 4.0, 1.5, 3.0]
    assert tone_eval.spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert tone_eval.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert tone_eval.spearman([1, 1, 1], [1, 2, 3]) == 0.0  # constant side: no correlation


def test_macro_f1_of_a_constant_prediction_is_low():
    items = [tone_eval.Item(str(n), "x", label) for n, label in enumerate(["neutral"] * 3 + ["positive"])]
    result = tone_eval.evaluate(items, [0.0] * 4, band=0.5)
    assert result.agreement == 0.75
    assert result.macro_f1 == pytest.approx((2 * 3 / 7) / 3)
