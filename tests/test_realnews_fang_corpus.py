"""The FANG-COVID corpus recipe: a sample too large for what is left says so instead of a traceback."""

import pytest

from benchmarks.realnews_fang_corpus import sample_of


def test_a_sample_is_drawn_by_its_seed() -> None:
    pool = list(range(100))
    assert sample_of(pool, 5, "fangJ3") == sample_of(pool, 5, "fangJ3")
    assert sorted(sample_of(pool, 100, "x")) == pool


def test_a_pool_too_small_names_what_is_left() -> None:
    with pytest.raises(ValueError, match="only 3 articles are left"):
        sample_of([1, 2, 3], 5, "fangS17")
