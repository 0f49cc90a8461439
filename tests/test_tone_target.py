"""The target-aware tone check (benchmarks/tone_target.py) on sentences of our own: GerNTSA itself is
read from a local clone, never committed."""

import json

import pytest

from benchmarks import tone_eval, tone_target
from benchmarks.tone_eval import Item


def target(text: str, word: str, label: str = "neutral") -> tone_target.Target:
    start = text.index(word)
    return tone_target.Target(Item(word, text, label), start, start + len(word))


def test_a_span_is_placed_by_clause_and_distance_to_the_topic_word():
    text = "Die Regierung lobte den Plan, doch die Opposition kritisierte ihn scharf."
    praised, criticised = tone_target.places(target(text, "Opposition"))
    assert (praised.score, praised.same_sentence, praised.same_clause) == (1.0, True, False)
    assert (criticised.score, criticised.distance, criticised.same_clause) == (-1.0, 1, True)
    assert praised.distance > criticised.distance


def test_a_span_in_another_sentence_is_not_in_the_topic_words_sentence():
    text = "Die Mannschaft feierte den Sieg. Die Polizei meldete am Abend keine Zwischenfälle."
    spans = tone_target.places(target(text, "Polizei"))
    assert spans and not any(p.same_sentence or p.same_clause for p in spans)
    weight = tone_target.WEIGHTINGS["topic word's sentence only"]
    assert sum(p.score * weight(p) for p in spans) == 0.0


def test_pairs_of_one_snippet_are_ordered_by_their_labels():
    text = "Die Regierung lobte den Plan, doch die Opposition kritisierte ihn scharf."
    targets = [target(text, "Regierung", "positive"), target(text, "Opposition", "negative")]
    targets.append(target(text, "Plan", "positive"))  # same label as Regierung: no pair with it
    assert tone_target.pair_order(targets, [0.5, -0.5, 0.5]) == (2, 0, 0)
    assert tone_target.pair_order(targets, [-0.5, 0.5, 0.0]) == (0, 2, 0)
    assert tone_target.pair_order(targets, [0.0, 0.0, 9.0]) == (1, 0, 1)  # Regierung, Opposition tie


def test_only_dev_snippets_are_read(monkeypatch):
    texts = [f"Satz Nummer {n} über die Stadt." for n in range(12)]
    rows = [
        {
            "id": str(n),
            "opinion_snippet": text,
            "target": "Stadt",
            "target_anchor": {"from": text.index("Stadt"), "to": text.index("Stadt") + 5},
            "sentiment": {"polarity": "neutral"},
        }
        for n, text in enumerate(texts)
    ]
    monkeypatch.setattr(tone_target, "_git_show", lambda *args: json.dumps(rows).encode("utf-8"))
    loaded = tone_target.load_dev("unused")
    dev = [text for text in texts if tone_eval.split_of(text) == "dev"]
    assert 0 < len(dev) < len(texts)
    assert [t.item.text for t in loaded] == dev
    assert all(t.item.text[t.start : t.end] == "Stadt" for t in loaded)


def test_cross_validation_chooses_the_weighting_that_separates_the_labels():
    labels = ["positive", "neutral", "negative"] * 10
    items = [Item(str(n), f"Satz {n}.", label) for n, label in enumerate(labels)]
    value = {"positive": 1.5, "neutral": 0.0, "negative": -1.5}
    candidates = {"noise": [0.0] * len(items), "signal": [value[label] for label in labels]}
    assert tone_target.cross_validated(items, candidates) == (1.0, pytest.approx(1.0))
    agreement, f1 = tone_target.cross_validated(items, {"noise": candidates["noise"]})
    assert agreement == pytest.approx(1 / 3) and f1 < 0.2


def test_actor_tone_is_the_mean_own_voice_score_of_the_topic_words_sentence():
    text = (
        'Die Lage ist katastrophal. Der Bürgermeister sagte: "Wir haben Glück gehabt", und lobte die Helfer.'
    )
    spans = tone_target.places(target(text, "Bürgermeister"))
    assert [(p.score, p.own, p.same_sentence) for p in spans] == [
        (-1.0, True, False),
        (1.0, False, True),
        (1.0, True, True),
    ]
    assert tone_target.actor_tone(spans) == 1.0  # only "lobte": "Glück" is quoted, "katastrophal" elsewhere
