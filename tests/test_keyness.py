"""Keyness: hand-computed G² and log ratio; planted words recovered; nothing found in a null corpus."""

import pytest

from framing.compare.keyness import keyness, keyness_by_outlet, log_likelihood, log_ratio
from tests.synthetic import null_corpus, planted_corpus


def test_statistics_match_hand_computation():
    # 10 of 100 tokens vs 0 of 100: expected 5 each; G² = 2·10·ln(10/5) = 13.863
    assert log_likelihood(10, 0, 100, 100) == pytest.approx(13.8629, abs=1e-4)
    # 20 of 1000 vs 5 of 1000: E = 12.5 each; G² = 2(20·0.470004 − 5·0.916291) = 9.6372
    assert log_likelihood(20, 5, 1000, 1000) == pytest.approx(9.6372, abs=1e-4)
    assert log_ratio(10, 0, 100, 100) == pytest.approx(4.3219, abs=1e-4)  # log2(0.1 / 0.005)
    assert log_ratio(20, 5, 1000, 1000) == pytest.approx(2.0)


def test_planted_vocabulary_is_recovered():
    result = keyness_by_outlet(planted_corpus(), min_g2=15.13)
    alpha = [k.lemma for k in result["Alpha"]]
    beta = [k.lemma for k in result["Beta"]]
    assert alpha == ["angriffskrieg"]
    assert beta == ["offensive"]
    top = result["Alpha"][0]
    assert top.target_count == 40 and top.reference_count == 0
    assert top.significance == "p<0.0001"
    assert top.examples == ("Angriffskrieg",)


def test_no_keywords_where_none_were_planted():
    result = keyness_by_outlet(null_corpus(), min_g2=15.13)
    assert result == {"Alpha": [], "Beta": []}


def test_underused_words_on_request():
    docs = planted_corpus()
    alpha = [d for d in docs if d.article.outlet == "Alpha"]
    beta = [d for d in docs if d.article.outlet == "Beta"]
    found = {k.lemma: k.direction for k in keyness(alpha, beta, min_g2=15.13, include_underused=True)}
    assert found == {"angriffskrieg": "overused", "offensive": "underused"}


def test_empty_inputs_give_no_keywords():
    assert keyness([], planted_corpus()) == []
