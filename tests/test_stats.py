"""Bootstrap comparison tables: planted differences have intervals excluding 0, null ones include 0."""

import numpy as np
import pytest

from framing.compare.stats import compare_outlets, resampled_characters
from framing.pipeline import doc_from_text


def corpus(alpha_mean: float, beta_mean: float, n: int = 12, seed: int = 3):
    rng = np.random.default_rng(seed)
    docs = []
    for outlet, mean in (("Alpha", alpha_mean), ("Beta", beta_mean)):
        for _ in range(n):
            doc = doc_from_text("Ein kurzer Text.", annotate=False, outlet=outlet)
            doc.features = {"x.rate": float(rng.normal(mean, 1.0))}
            docs.append(doc)
    return docs


def test_planted_difference_has_an_interval_excluding_zero():
    table = compare_outlets(corpus(3.0, 0.0), ["x.rate"], resamples=500)
    alpha = table[table.outlet == "Alpha"].iloc[0]
    assert alpha.method == "articles" and alpha.articles == 12
    assert alpha.low < alpha.value < alpha.high
    assert alpha.difference_low > 0
    beta = table[table.outlet == "Beta"].iloc[0]
    assert beta.difference_high < 0


def test_no_difference_where_none_was_planted():
    table = compare_outlets(corpus(1.0, 1.0), ["x.rate"], resamples=500)
    for _, row in table.iterrows():
        assert row.difference_low < 0 < row.difference_high


def test_single_article_without_sentences_has_no_interval():
    doc = doc_from_text("", annotate=False, outlet="Gamma")
    doc.features = {"x.rate": 1.0}
    table = compare_outlets([doc], ["x.rate"], resamples=10)
    assert table.iloc[0].method == "none"
    assert np.isnan(table.iloc[0].low)


def test_progress_counts_resamples_and_an_error_from_it_ends_the_work():
    """The app's progress bar raises once the browser has gone: no resample is analysed after that."""
    texts = {
        "Alpha": "Die Regierung soll die Zahlen geschönt haben. Das sei ein Skandal, sagte ein Sprecher.",
        "Beta": "Die Behörde wies die Vorwürfe zurück. Eine Prüfung werde bis zum Sommer erwartet.",
    }
    docs = [doc_from_text(text, outlet=outlet) for outlet, text in texts.items()]
    assert resampled_characters(docs) == sum(len(text) for text in texts.values())
    calls = []
    compare_outlets(docs, ["tone.mean"], resamples=4, progress=lambda *done_of: calls.append(done_of))
    assert calls == [(done, 8) for done in range(1, 9)]  # two single-article outlets × 4 resamples

    class Gone(Exception):
        pass

    def stop_at_three(done: int, total: int) -> None:
        calls.append(done)
        if done == 3:
            raise Gone

    calls.clear()
    with pytest.raises(Gone):
        compare_outlets(docs, ["tone.mean"], resamples=50, progress=stop_at_three)
    assert calls == [1, 2, 3]


def test_long_single_articles_get_fewer_resamples_down_to_a_floor():
    """One 2 MB article per outlet would be analysed afresh 200 times: the CLI, report and app ask
    resamples_for, which keeps the re-analysis near RESAMPLED_CHARS and never goes under 50."""
    from framing.compare.stats import FEWEST_RESAMPLES, RESAMPLED_CHARS, resamples_for
    from framing.pipeline import doc_from_text

    short = [doc_from_text("Die Regierung hat das Gesetz beschlossen.", outlet=o) for o in ("A", "B")]
    assert resamples_for(short) == 200 and resamples_for(short, 10) == 10
    sentence = "Die Regierung hat am Montag in Berlin ein neues Gesetz zur Förderung beschlossen. "
    long = doc_from_text(sentence * (20_000 // len(sentence)), outlet="C")  # about 100 affordable
    expected = RESAMPLED_CHARS // (len(long.text) + 2 * len(short[0].text))
    assert FEWEST_RESAMPLES < expected < 200 and resamples_for([*short, long]) == expected
    huge = doc_from_text(sentence * (RESAMPLED_CHARS // len(sentence)), outlet="D")
    assert resamples_for([*short, huge]) == FEWEST_RESAMPLES


def test_bounds_of_many_outlets_at_once_are_numpys_percentiles():
    """The one-sort percentiles of ``_stacked_bounds`` are numpy's, number for number (NaN too)."""
    from framing.compare.stats import _bounds, _stacked_bounds

    rng = np.random.default_rng(7)
    for resamples in (2, 50, 199, 200):
        samples = [rng.normal(size=(resamples, 9)) * scale for scale in (0.001, 1.0, 1e4)]
        samples[0][1, 3] = np.nan
        samples[2][:, 5] = 0.25
        low, high = _stacked_bounds(samples, 9)
        for number, sample in enumerate(samples):
            expected_low, expected_high = _bounds(sample, 9)
            assert np.array_equal(low[number], expected_low, equal_nan=True)
            assert np.array_equal(high[number], expected_high, equal_nan=True)
