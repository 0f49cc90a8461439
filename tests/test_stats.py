"""Bootstrap comparison tables: planted differences have intervals excluding 0, null ones include 0."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.compare.stats import compare_outlets
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


REPORT = (
    "Die Regierung soll die Zahlen geschönt haben, berichtet die Zeitung. "
    "„Das ist ein Skandal“, sagte Olaf Scholz am Montag in Berlin. "
    "Nach Angaben aus Regierungskreisen wurde der Bericht bereits im Frühjahr verfasst. "
    "Die Opposition wirft der Regierung vor, die Bürger bewusst zu täuschen! "
    "Scholz wies die Vorwürfe zurück und kündigte eine unabhängige Prüfung an. "
    "Die Prüfung werde bis zum Sommer erwartet, hieß es aus dem Ministerium."
)


def _mtld_reference(words: list[str], threshold: float = 0.72) -> float:
    """MTLD computed the textbook way over the whole word list (forward and backward passes)."""

    def one_pass(sequence: list[str]) -> float:
        factors, types, tokens = 0.0, set(), 0
        for word in sequence:
            tokens += 1
            types.add(word)
            if len(types) / tokens <= threshold:
                factors, types, tokens = factors + 1, set(), 0
        if tokens:
            factors += (1 - len(types) / tokens) / (1 - threshold)
        return len(sequence) / factors if factors else float(len(sequence))

    return (one_pass(words) + one_pass(words[::-1])) / 2


def test_summed_sentence_statistics_reproduce_every_familys_features():
    """Each family's formulas applied to its per-sentence statistics summed (in any sentence order)
    give the article's features, and these are what the textbook definitions give."""
    from framing.measures import FAMILIES
    from framing.measures.additive import Totals

    doc = doc_from_text(REPORT, outlet="Alpha")
    stats = doc.sentence_stats
    assert len(doc.sentences) == 6 and all(len(column) == 6 for column in stats.values())
    reversed_totals = Totals({name: sum(column[::-1]) for name, column in stats.items()})
    for family in FAMILIES:
        for name, value in family.features_from_totals(reversed_totals).items():
            assert value == pytest.approx(doc.features[name], abs=1e-12), name
    words = [t for t in doc.tokens if t.kind == "word"]
    forms = [t.text.lower() for t in words]
    assert doc.features["readability.mtld"] == pytest.approx(_mtld_reference(forms))
    assert doc.features["readability.mean_sentence_words"] == len(words) / 6
    assert doc.features["readability.mean_word_letters"] == sum(len(t.text) for t in words) / len(words)
    hedges = [s for s in doc.spans if s.layer == "hedge" and s.label == "reportative"]
    assert hedges and doc.features["hedge.reportative_per_1k"] == 1000 * len(hedges) / doc.word_count()
    assert stats["sourcing.quotes"][1] >= 1  # „Das ist ein Skandal“ counts in the sentence where it starts
    assert doc.features["sourcing.quotes_per_1k"] == 1000 * len(doc.quotes) / doc.word_count()
    assert doc.features["emotive.exclamations"] == 1.0 == stats["emotive.own.exclamation"][3]
    # the MTLD factors of both passes add up to the whole article's (the partial factors at the ends)
    assert sum(stats["readability.mtld_forward"]) > 0 and sum(stats["readability.mtld_backward"]) > 0


def test_a_single_sentence_article_has_an_interval_of_zero_width():
    """Every resample of a one-sentence article is the article itself."""
    doc = doc_from_text("Die Regierung soll die Zahlen geschönt haben, sagte ein Sprecher.", outlet="Alpha")
    other = doc_from_text(REPORT, outlet="Beta")
    table = compare_outlets([doc, other], ["hedge.reportative_per_1k", "readability.mtld", "tone.mean"])
    alpha = table[table.outlet == "Alpha"]
    assert set(alpha.method) == {"sentences"}
    assert np.allclose(alpha.low, alpha.value) and np.allclose(alpha.high, alpha.value)
    beta = table[table.outlet == "Beta"]
    assert set(beta.method) == {"sentences"} and (beta.high > beta.low).any()


SENTENCES = REPORT.split(". ")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=6))
def test_a_resampled_rate_lies_between_its_sentences_rates(chosen):
    """A rate of sums (letters per word, markers per word) over resampled sentences is a weighted
    mean of the sentences' own rates, so the interval lies within their range and is ordered."""
    text = " ".join(sentence.rstrip(".") + "." for sentence in chosen)
    doc = doc_from_text(text, outlet="Alpha")
    stats = doc.sentence_stats
    letters = np.array(stats["readability.letters"])
    words = np.array(stats["word_tokens"])
    rates = letters[words > 0] / words[words > 0]
    [row] = compare_outlets([doc], ["readability.mean_word_letters"], resamples=50).itertuples()
    assert row.method == "sentences"
    assert rates.min() - 1e-9 <= row.low <= row.high <= rates.max() + 1e-9


def test_bounds_of_many_outlets_at_once_are_numpys_percentiles():
    """The one-partition percentiles of ``_stacked_bounds`` are numpy's, number for number (NaN too)."""
    from framing.compare.stats import _bounds, _stacked_bounds

    rng = np.random.default_rng(7)
    for resamples in (2, 50, 199, 200):
        samples = [rng.normal(size=(resamples, 9)) * scale for scale in (0.001, 1.0, 1e4)]
        samples[0][1, 3] = np.nan
        samples[2][:, 5] = 0.25  # constant cells take their number without a sort
        samples[1][:, 2] = 0.0
        samples[1][::2, 2] = -0.0  # the same number, two signs: sorted as numpy sorts
        samples[0][:, 4] = -0.0
        samples[2][:, 6] = np.inf
        samples[2][:, 7] = np.nan
        with np.errstate(invalid="ignore"):  # inf - inf, in numpy's percentile as here
            low, high = _stacked_bounds(samples, 9)
        for number, sample in enumerate(samples):
            with np.errstate(invalid="ignore"):
                expected_low, expected_high = _bounds(sample, 9)
            assert np.array_equal(low[number], expected_low, equal_nan=True)
            assert np.array_equal(high[number], expected_high, equal_nan=True)
            assert np.array_equal(np.signbit(low[number]), np.signbit(expected_low))


def test_mean_of_outlets_samples_is_numpys_mean_byte_for_byte():
    """``_mean`` sums array by array instead of stacking: the same bytes as ``np.mean(axis=0)``,
    signed zeros included, for one to eight outlets."""
    from framing.compare.stats import _mean

    rng = np.random.default_rng(3)
    for count in range(1, 9):
        arrays = [rng.normal(size=(50, 6)) * 10.0 ** rng.integers(-5, 5) for _ in range(count)]
        for array in arrays:
            array[0, 0] = -0.0
        assert _mean(arrays).tobytes() == np.mean(arrays, axis=0).tobytes()
