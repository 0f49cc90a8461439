"""The speaker evaluator's scoring (benchmarks/speakers.py) on a demo article with hand-made gold rows,
so that CI exercises it without the real-news texts, which are not committed."""

import argparse
import json
import os
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.speakers import (
    GoldError,
    GoldQuote,
    Outcome,
    Predicted,
    cluster_interval,
    evaluate,
    load_articles,
    predict,
    score_quote,
    sha256,
    strip_leading,
    summarize,
)

TEXT = (
    "„Das waren bedauerliche Einzelfälle“, sagt der Journalist Stéphane Mazzucotelli. Er arbeitet für "
    "„Le Républicain Lorrain“. Die Grenze sei geschlossen, sagte ein Sprecher."
)


def at(fragment: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(fragment, start + 1)
    return start, start + len(fragment)


def gold(kind: str, quote: str, speaker: str | None = None, person: str | None = None) -> GoldQuote:
    start, end = at(quote)
    speaker_start, speaker_end = at(speaker) if speaker else (None, None)
    return GoldQuote(
        "a", start, end, kind, speaker_start, speaker_end, person, "media" if speaker else None, outlet="X"
    )


def predicted(quote: str, speaker: str | None, span: str | None, source_type: str | None = None) -> Predicted:
    start, end = at(quote)
    speaker_start, speaker_end = at(span) if span else (None, None)
    return Predicted(start, end, speaker, speaker_start, speaker_end, None, source_type)


def test_leading_articles_and_determiners_are_stripped_before_comparing_spans():
    start, end = at("der Journalist Stéphane Mazzucotelli")
    assert TEXT[slice(*strip_leading(TEXT, start, end))] == "Journalist Stéphane Mazzucotelli"
    start, end = at("ein Sprecher.")
    assert TEXT[slice(*strip_leading(TEXT, start, end))] == "Sprecher"
    text = (
        "Das sagt unsere Projektleiterin Anna Roth, und seinem Anwalt zufolge auch deren Sprecher. "
        "Ein anderer Instagram-User schrieb, keinem Experten sei das neu, und vielen Ärzten auch nicht."
    )
    for span, kept in (
        ("unsere Projektleiterin Anna Roth", "Projektleiterin Anna Roth"),
        ("seinem Anwalt", "Anwalt"),
        ("deren Sprecher", "Sprecher"),
        # every case of the determiners of rule 2, not only the forms once listed one by one
        ("anderer Instagram-User", "Instagram-User"),
        ("keinem Experten", "Experten"),
        ("vielen Ärzten", "Ärzten"),
    ):
        start = text.index(span)
        assert text[slice(*strip_leading(text, start, start + len(span)))] == kept


def test_a_quote_is_scored_against_the_prediction_it_overlaps_most():
    row = gold(
        "direct", "Das waren bedauerliche Einzelfälle", "Journalist Stéphane Mazzucotelli", "Mazzucotelli"
    )
    right = predicted(
        "Das waren bedauerliche Einzelfälle",
        "der Journalist Stéphane Mazzucotelli",
        "der Journalist Stéphane Mazzucotelli",
        "media",
    )
    outcome = score_quote(row, [predicted("Le Républicain Lorrain", None, None), right], TEXT)
    assert (outcome.found, outcome.right_person, outcome.exact_span, outcome.right_type) == (True,) * 4
    # the right person inside a wider span: right person, not the exact span
    wide = predicted("Das waren bedauerliche Einzelfälle", "sagt der Journalist Stéphane Mazzucotelli", None)
    outcome = score_quote(row, [wide], TEXT)
    assert (outcome.right_person, outcome.exact_span, outcome.right_type) == (True, False, False)
    # a wrong speaker, and no prediction at all
    wrong = predicted("Das waren bedauerliche Einzelfälle", "Er", "Er")
    assert not score_quote(row, [wrong], TEXT).right_person
    assert not score_quote(row, [], TEXT).found


PRONOUN_TEXT = (
    "Thomas Weikert sprach am Montag in Frankfurt. Alfons Hörmann widersprach. Später sagte Sebastian K. "
    "etwas. „Ich kenne keine Kampagne“, sagte er."
)


def pronoun_case(person: str, resolved_to: str) -> tuple[GoldQuote, Predicted]:
    """A gold quote whose speaker is written "er" and a prediction that resolved that "er"."""
    quote = PRONOUN_TEXT.index("Ich kenne")
    start = PRONOUN_TEXT.rindex("er")
    row = GoldQuote("a", quote, quote + 25, "direct", start, start + 2, person, "other", outlet="X")
    return row, Predicted(quote, quote + 25, resolved_to, start, start + 2, None, None)


def test_a_pronoun_resolved_to_a_name_is_judged_by_that_name_not_by_its_span():
    assert score_quote(*_as_args(pronoun_case("Thomas Weikert", "Thomas Weikert")), PRONOUN_TEXT).right_person
    wrong = score_quote(*_as_args(pronoun_case("Thomas Weikert", "Alfons Hörmann")), PRONOUN_TEXT)
    assert (wrong.found, wrong.right_person, wrong.exact_span) == (True, False, False)
    # a role noun it was resolved to cannot be checked against the gold name: the span counts
    assert score_quote(*_as_args(pronoun_case("Thomas Weikert", "Präsident")), PRONOUN_TEXT).right_person
    # a gold whose person is the mention itself (the Petersen-Frey & Biemann data): the span counts
    assert score_quote(*_as_args(pronoun_case("er", "Alfons Hörmann")), PRONOUN_TEXT).right_person


def test_a_surname_given_as_an_initial_matches_only_that_initial():
    assert score_quote(*_as_args(pronoun_case("Sebastian K.", "Sebastian K.")), PRONOUN_TEXT).right_person
    other = pronoun_case("Sebastian K.", "Konrad Kowalczyk")
    assert not score_quote(*_as_args(other), PRONOUN_TEXT).right_person


def _as_args(case: tuple[GoldQuote, Predicted]) -> tuple[GoldQuote, list[Predicted]]:
    return case[0], [case[1]]


def test_speaker_words_without_offsets_are_found_next_to_the_quote():
    row = gold("indirect", "Die Grenze sei geschlossen", "Sprecher", "Sprecher")
    words_only = predicted("Die Grenze sei geschlossen, sagte ein Sprecher.", "ein Sprecher", None)
    outcome = score_quote(row, [words_only], TEXT)
    assert (outcome.found, outcome.right_person, outcome.exact_span) == (True, True, True)


def test_titles_must_not_get_a_speaker():
    row = gold("not_speech", "Le Républicain Lorrain")
    assert score_quote(row, [predicted("Le Républicain Lorrain", None, None)], TEXT).rejected
    taken = predicted("Le Républicain Lorrain", "Er", "Er")
    assert not score_quote(row, [taken], TEXT).rejected


def test_rates_count_a_missed_quote_as_wrong_and_report_found_ones_apart():
    rows = [
        gold(
            "direct", "Das waren bedauerliche Einzelfälle", "Journalist Stéphane Mazzucotelli", "Mazzucotelli"
        ),
        gold("indirect", "Die Grenze sei geschlossen", "Sprecher", "Sprecher"),
        gold("not_speech", "Le Républicain Lorrain"),
    ]
    found = predicted("Das waren bedauerliche Einzelfälle", "Stéphane Mazzucotelli", "Stéphane Mazzucotelli")
    summary = summarize(evaluate(rows, {"a": [found]}, {"a": TEXT}))["all"]
    assert summary["quotes"] == 2 and summary["found"] == 0.5
    assert summary["right_person"] == 0.5 and summary["right_person_of_found"] == 1.0
    assert summary["exact_span"] == 0.0 and summary["not_speech_rejected"] == 1.0


def test_intervals_resample_whole_articles() -> None:
    """One article with every quote right and one with every quote wrong: the 95 % interval by resampling
    articles spans 0–100 %, where resampling the quotes would give a narrow band around 50 %."""
    outcomes = [
        Outcome(GoldQuote(article, n, n + 1, "direct", 0, 1, "X", "media", outlet="X"), True, ok)
        for article, ok in (("a", True), ("b", False))
        for n in range(10)
    ]
    spans = summarize(outcomes)["interval_by_article"]
    assert spans["right_person"] == [0.0, 1.0] and spans["exact_span"] == [0.0, 0.0]
    assert cluster_interval([[True, True], [True]]) == (1.0, 1.0) and cluster_interval([]) == (0.0, 0.0)


def test_framing_is_scored_on_a_demo_article():
    """Two hand-made gold rows on the AFP demo article (a direct and a partial quote), run through
    the whole pipeline: found, with the right speaker span."""
    from benchmarks.speakers import demo_articles

    records = demo_articles()
    name = "004_e2445b9b734cb092.txt"
    text = records[name]["text"]
    quote = text.index("China behauptet von sich")
    speaker = text.index("Sprecher des US-Außenministeriums")
    relayed = text.index("die Entwicklung der militärischen Beziehungen")
    kremlin = text.index("Kreml", relayed)
    rows = [
        GoldQuote(name, quote, quote + 30, "direct", speaker, speaker + 33, "Sprecher", "government"),
        GoldQuote(name, relayed, relayed + 45, "partial", kremlin, kremlin + 5, "Kreml", "government"),
    ]
    outcomes = evaluate(rows, predict(records, [name]), {name: text})
    for outcome in outcomes:
        assert (outcome.found, outcome.right_person, outcome.exact_span) == (True, True, True)


def test_a_missing_or_changed_article_cache_names_the_rebuild_command(tmp_path):
    row = GoldQuote("tf-x", 0, 4, "direct", article_sha256=sha256("Text"))
    with pytest.raises(GoldError, match=r"benchmarks/realnews\.py"):
        load_articles(tmp_path / "missing.jsonl", [row])
    cache = tmp_path / "articles.jsonl"
    cache.write_text(json.dumps({"id": "tf-x", "text": "Another text"}) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match="differs"):
        load_articles(cache, [row])
    cache.write_text(json.dumps({"id": "tf-x", "text": "Text"}) + "\n", encoding="utf-8")
    assert load_articles(cache, [row])["tf-x"]["text"] == "Text"


def test_the_second_dev_set_is_well_formed_and_matches_its_rebuild_recipe():
    """quotes_dev2.jsonl (Wikinews and 10kGNAD, annotated by hand) without its texts: every row names an
    article the recipe rebuilds, its kind, and a speaker with a type exactly for speech."""
    from benchmarks.realnews_dev2 import GNAD_ROWS, WIKINEWS
    from benchmarks.speakers import GOLD_DIR, load_gold

    rows = load_gold(GOLD_DIR / "quotes_dev2.jsonl")
    rebuilt = {f"wn-{number}" for _, number in WIKINEWS} | {f"gnad-test-{row}" for row in GNAD_ROWS}
    assert len(rows) >= 120 and len({row.article for row in rows}) >= 12
    assert {row.article for row in rows} == rebuilt
    assert_well_formed(rows)


def test_the_third_dev_set_is_well_formed_from_other_pages_than_the_other_splits():
    """quotes_dev3.jsonl (seven outlets, annotated by hand): every row names a page the dev3 recipe
    rebuilds, no page of the dev/test recipe, at least 60 speech quotes from at least five outlets."""
    from benchmarks import realnews, realnews_dev3
    from benchmarks.speakers import GOLD_DIR, load_gold

    rows = load_gold(GOLD_DIR / "quotes_dev3.jsonl")
    rebuilt = {page.id for page in realnews_dev3.PAGES}
    assert {row.article for row in rows} == rebuilt and not rebuilt & {page.id for page in realnews.PAGES}
    assert not {page.path for page in realnews_dev3.PAGES} & {page.path for page in realnews.PAGES}
    assert sum(row.is_speech for row in rows) >= 60 and len({row.outlet for row in rows}) >= 5
    assert_well_formed(rows)


def test_the_second_test_set_is_well_formed_from_pages_of_no_other_split():
    """quotes_test2.jsonl (23 outlets, annotated by hand before framing was run on it): every row names
    a page the test2 recipe rebuilds, none of the dev, dev3 or test recipes, at least 100 speech quotes
    from at least five outlets, with titles and names as not_speech."""
    from benchmarks import realnews, realnews_dev3, realnews_test2
    from benchmarks.speakers import GOLD_DIR, load_gold

    rows = load_gold(GOLD_DIR / "quotes_test2.jsonl")
    rebuilt = {page.id for page in realnews_test2.PAGES}
    others = realnews.PAGES + realnews_dev3.PAGES
    assert {row.article for row in rows} == rebuilt and not rebuilt & {page.id for page in others}
    assert not {page.path for page in realnews_test2.PAGES} & {page.path for page in others}
    earlier = {
        row.article
        for split in ("dev", "dev2", "dev3", "test")
        for row in load_gold(GOLD_DIR / f"quotes_{split}.jsonl")
    }
    assert not rebuilt & earlier
    assert sum(row.is_speech for row in rows) >= 100 and len({row.outlet for row in rows}) >= 5
    assert any(row.kind == "not_speech" for row in rows)
    assert_well_formed(rows)


def test_the_second_test_set_matches_its_rebuilt_texts_when_they_are_there():
    """Offsets and hashes of quotes_test2.jsonl against the local cache (skipped without it): each quote
    hash is that of its span, each speaker span reads as the recorded speaker. Framing is not run."""
    import hashlib

    from benchmarks.speakers import GOLD_DIR, TEST2_ARTICLES, load_gold

    if not TEST2_ARTICLES.exists():
        pytest.skip("no local test2 cache; python benchmarks/realnews_test2.py builds it")
    rows = load_gold(GOLD_DIR / "quotes_test2.jsonl")
    texts = load_articles(TEST2_ARTICLES, rows)
    lines = (GOLD_DIR / "quotes_test2.jsonl").read_text(encoding="utf-8").splitlines()
    for row, line in zip(rows, lines, strict=True):
        text = texts[row.article]["text"]
        assert hashlib.sha256(text[row.start : row.end].encode("utf-8")).hexdigest() == row.quote_sha256
        if row.is_speech:
            assert text[row.speaker_start : row.speaker_end] == json.loads(line)["speaker"]


def assert_well_formed(rows: list[GoldQuote]) -> None:
    """Each row has offsets and hashes, and a speaker with person and source type exactly when speech."""
    from framing.sources import SOURCE_TYPES

    for row in rows:
        assert row.start < row.end and len(row.article_sha256 or "") == len(row.quote_sha256 or "") == 64
        if row.is_speech:
            assert row.speaker_start is not None and row.speaker_end is not None
            assert row.speaker_start < row.speaker_end and row.person and row.source_type in SOURCE_TYPES
        else:
            assert row.kind == "not_speech" and row.speaker_start is None and row.source_type is None


@pytest.mark.parametrize(
    ("split", "cache", "recipe", "article"),
    [
        ("dev2", "DEV2_ARTICLES", r"benchmarks/realnews_dev2\.py", "wn-1"),
        ("dev3", "DEV3_ARTICLES", r"benchmarks/realnews_dev3\.py", "tf-rtl-de-lockdown"),
        ("dev4", "DEV4_ARTICLES", r"benchmarks/realnews_dev4\.py", "tf-drk-de-glasgow"),
        ("dev5", "DEV5_ARTICLES", r"benchmarks/realnews_dev5\.py", "tf-amnesty-de-waffensysteme"),
        ("dev6", "DEV6_ARTICLES", r"benchmarks/realnews_dev6\.py", "tf-vipflash-de-ehezoff"),
        ("dev7", "DEV7_ARTICLES", r"benchmarks/realnews_dev7\.py", "tf-utopia-de-werbung"),
        ("dev8", "DEV8_ARTICLES", r"benchmarks/realnews_dev8\.py", "gnad-test-678"),
        ("dev9", "DEV9_ARTICLES", r"benchmarks/realnews_dev9\.py", "hd-horizont-net"),
        ("dev10", "DEV10_ARTICLES", r"benchmarks/realnews_dev10\.py", "hd-bayern-de"),
        ("dev11", "DEV11_ARTICLES", r"benchmarks/realnews_dev11\.py", "fd-orf-2024-11-22"),
        ("dev12", "DEV12_ARTICLES", r"benchmarks/realnews_dev12\.py", "fd-wdr-2024-04-22"),
        ("dev13", "DEV13_ARTICLES", r"benchmarks/realnews_dev13\.py", "fd-dw"),
        ("dev14", "DEV14_ARTICLES", r"benchmarks/realnews_dev14\.py", "fd-derstandard-2024-05-03"),
        ("dev15", "DEV15_ARTICLES", r"benchmarks/realnews_dev15\.py", "fd-nzz-2024-07-18"),
        ("dev16", "DEV16_ARTICLES", r"benchmarks/realnews_dev16\.py", "fd-taz"),
        ("dev17", "DEV17_ARTICLES", r"benchmarks/realnews_dev17\.py", "wmt-hna-de-33738"),
        ("dev18", "DEV18_ARTICLES", r"benchmarks/realnews_dev18\.py", "gnad-test-528"),
        ("dev19", "DEV19_ARTICLES", r"benchmarks/realnews_dev19\.py", "wmt-sz-151465"),
        ("dev20", "DEV20_ARTICLES", r"benchmarks/realnews_dev20\.py", "wmt23-de-l061"),
        ("dev21", "DEV21_ARTICLES", r"benchmarks/realnews_dev21\.py", "wmt21-deen-l012"),
        ("dev22", "DEV22_ARTICLES", r"benchmarks/realnews_dev22\.py", "wmt21-deen-l579"),
        ("dev23", "DEV23_ARTICLES", r"benchmarks/realnews_dev23\.py", "fang-27181"),
        ("dev24", "DEV24_ARTICLES", r"benchmarks/realnews_dev24\.py", "fang-39333"),
        ("dev25", "DEV25_ARTICLES", r"benchmarks/realnews_dev25\.py", "fang-7638"),
        ("dev26", "DEV26_ARTICLES", r"benchmarks/realnews_dev26\.py", "fang-12296"),
        ("devint", "DEVINT_ARTICLES", r"benchmarks/realnews_devint\.py", "gnad-215"),
        ("test2", "TEST2_ARTICLES", r"benchmarks/realnews_test2\.py", "tf-groove-de-anti-a100-aktivist"),
        ("test3", "TEST3_ARTICLES", r"benchmarks/realnews_test3\.py", "tf-bsi-de-ki"),
    ],
)
def test_a_later_split_reads_its_own_cache_and_names_its_rebuild_command(
    split, cache, recipe, article, tmp_path, monkeypatch
):
    from benchmarks import speakers

    assert speakers.articles_path(split, None) == getattr(speakers, cache)
    assert speakers.articles_path("dev", None) == speakers.DEFAULT_ARTICLES
    monkeypatch.setattr(speakers, cache, tmp_path / getattr(speakers, cache).name)
    with pytest.raises(GoldError, match=recipe):
        load_articles(speakers.articles_path(split, None), [GoldQuote(article, 0, 4, "direct")])


@pytest.mark.parametrize(
    ("split", "earlier", "outlets", "speech"),
    [
        ("dev4", ("realnews", "realnews_dev3", "realnews_test2"), 8, 100),
        ("dev5", ("realnews", "realnews_dev3", "realnews_dev4", "realnews_test2"), 10, 100),
        (
            "dev6",
            (
                "realnews",
                "realnews_dev3",
                "realnews_dev4",
                "realnews_dev5",
                "realnews_test2",
                "realnews_test3",
            ),
            12,
            100,
        ),
        (
            "dev7",
            (
                "realnews",
                "realnews_dev3",
                "realnews_dev4",
                "realnews_dev5",
                "realnews_dev6",
                "realnews_test2",
                "realnews_test3",
            ),
            12,
            120,
        ),
    ],
)
def test_a_later_dev_set_is_well_formed_from_pages_of_no_other_split(split, earlier, outlets, speech):
    """quotes_dev4.jsonl (regional, trade, association, science and sports outlets) and quotes_dev5.jsonl
    (association, NGO, church, party, public-body, trade, business, regional and celebrity pages), both
    annotated by hand: the articles are exactly the pages the split's recipe rebuilds, and none of them
    (by path or id) is a page of an earlier recipe (dev/test, dev3, test2, and dev4 for dev5) or an
    article of the dev, dev2, dev3, demo (and dev4) gold; at least 100 speech quotes from at least 15
    pages (dev5) and eight or ten outlets, and titles and names as not_speech. quotes_dev6.jsonl (general
    press: national and regional newspapers, broadcasters, news sites) likewise, against every other
    recipe including test3's (whose gold is not opened), from at least 15 pages of at least 12 outlets.
    quotes_dev7.jsonl (general press again, made for the next speaker rounds) likewise, also against
    dev6's pages and gold, with at least 120 speech quotes."""
    import importlib

    from benchmarks.speakers import GOLD_DIR, load_gold

    mine = importlib.import_module(f"benchmarks.realnews_{split}").PAGES
    taken = [page for name in earlier for page in importlib.import_module(f"benchmarks.{name}").PAGES]
    golds = [name.removeprefix("realnews_") for name in earlier if name.startswith("realnews_dev")]
    annotated = [
        row.article
        for name in ("dev", "dev2", "demo", *golds)
        for row in load_gold(GOLD_DIR / f"quotes_{name}.jsonl")
    ]
    assert not {page.path for page in mine} & {page.path for page in taken}
    assert not {page.id for page in mine} & ({page.id for page in taken} | set(annotated))
    rows = load_gold(GOLD_DIR / f"quotes_{split}.jsonl")
    assert sorted({row.article for row in rows}) == sorted(page.id for page in mine)
    kinds = Counter(row.kind for row in rows)
    assert kinds["direct"] + kinds["partial"] + kinds["indirect"] >= speech and kinds["not_speech"] > 0
    assert len({row.outlet for row in rows}) >= outlets and (split == "dev4" or len(mine) >= 15)
    assert_well_formed(rows)


@pytest.mark.parametrize(
    "split",
    [*(f"dev{number}" for number in (*range(3, 15), *range(18, 25))), "devint", "test3"],
)
def test_a_later_set_matches_its_rebuilt_texts_when_they_are_there(split):
    """Each quote hash of the split's gold is that of its span in the local cache, and each speaker span
    reads as the recorded speaker (skipped without the cache). Framing is not run."""
    import hashlib

    from benchmarks import speakers

    cache = speakers.articles_path(split, None)
    if not cache.exists():
        pytest.skip(f"no local {split} cache; python benchmarks/realnews_{split}.py builds it")
    path = speakers.GOLD_DIR / f"quotes_{split}.jsonl"
    texts = {key: record["text"] for key, record in load_articles(cache, speakers.load_gold(path)).items()}
    for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
        text = texts[row["article"]]
        assert (
            hashlib.sha256(text[row["start"] : row["end"]].encode("utf-8")).hexdigest() == row["quote_sha256"]
        )
        assert row["speaker"] is None or text[row["speaker_start"] : row["speaker_end"]] == row["speaker"]


@pytest.mark.parametrize(
    "split",
    [
        "dev4",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",
        "dev11",
        "dev12",
        "dev13",
        "dev14",
        "dev15",
        "dev16",
        "dev17",
        "dev18",
        "dev19",
        "dev20",
        "dev21",
        "dev22",
        "dev23",
        "dev24",
        "dev25",
        "dev26",
        "devint",
        "test3",
    ],
)
def test_source_types_takes_a_later_split_and_names_its_rebuild_command(split, tmp_path, capsys):
    from benchmarks import source_types

    articles = tmp_path / f"speakers_{split}_articles.jsonl"
    assert source_types.main(["--split", split, "--articles", str(articles)]) == 2
    assert f"benchmarks/realnews_{split}.py" in capsys.readouterr().err


def test_the_third_test_set_is_well_formed_from_pages_of_no_other_split():
    """quotes_test3.jsonl (held out, annotated by hand before framing was ever run on its texts): its
    articles are exactly the pages the test3 recipe rebuilds, none of them (by path or id) a page of
    another recipe (dev/test, dev3, dev4, dev5, test2) or an article of the dev, dev2, dev3, dev4, dev5 or
    demo gold; at least 150 speech quotes from at least 25 pages of at least 15 outlets, with titles,
    names and scare quotes as not_speech."""
    from benchmarks import (
        realnews,
        realnews_dev3,
        realnews_dev4,
        realnews_dev5,
        realnews_test2,
        realnews_test3,
    )
    from benchmarks.speakers import GOLD_DIR, load_gold

    mine = realnews_test3.PAGES
    taken = [
        page
        for recipe in (realnews, realnews_dev3, realnews_dev4, realnews_dev5, realnews_test2)
        for page in recipe.PAGES
    ]
    annotated = {
        row.article
        for name in ("dev", "dev2", "dev3", "dev4", "dev5", "demo")
        for row in load_gold(GOLD_DIR / f"quotes_{name}.jsonl")
    }
    assert not {page.path for page in mine} & {page.path for page in taken}
    assert not {page.id for page in mine} & ({page.id for page in taken} | annotated)
    rows = load_gold(GOLD_DIR / "quotes_test3.jsonl")
    assert sorted({row.article for row in rows}) == sorted(page.id for page in mine)
    kinds = Counter(row.kind for row in rows)
    assert kinds["direct"] + kinds["partial"] + kinds["indirect"] >= 150 and kinds["not_speech"] > 0
    assert len(mine) >= 25 and len({row.outlet for row in rows}) >= 15
    assert_well_formed(rows)


def test_the_eighth_dev_set_is_well_formed_from_pages_and_rows_of_no_other_split():
    """quotes_dev8.jsonl (the lead's gate for the rounds of 2026-12-05, annotated by hand before framing
    was run on its texts): its articles are exactly the trafilatura pages and 10kGNAD rows its recipe
    rebuilds; no page (by path or id) is one of any other recipe (every benchmarks/realnews*.py), no
    article one of the dev to dev7 or demo gold, no row one of dev2's; at least 200 speech quotes from at
    least 40 articles of at least 25 outlets, with titles, names and scare quotes as not_speech."""
    import importlib
    from pathlib import Path

    from benchmarks import realnews_dev2, realnews_dev8
    from benchmarks.speakers import GOLD_DIR, load_gold

    recipes = sorted(path.stem for path in (Path(realnews_dev8.__file__).parent).glob("realnews*.py"))
    others = [importlib.import_module(f"benchmarks.{name}") for name in recipes if name != "realnews_dev8"]
    taken = [page for recipe in others for page in getattr(recipe, "PAGES", ())]
    assert len({recipe.__name__ for recipe in others if hasattr(recipe, "PAGES")}) >= 8
    mine = realnews_dev8.PAGES
    annotated = {
        row.article
        for name in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "demo")
        for row in load_gold(GOLD_DIR / f"quotes_{name}.jsonl")
    }
    assert not {page.path for page in mine} & {page.path for page in taken}
    assert not {page.id for page in mine} & ({page.id for page in taken} | annotated)
    assert not set(realnews_dev8.GNAD_ROWS) & set(realnews_dev2.GNAD_ROWS)
    gnad = [realnews_dev8.gnad_id(row) for row in realnews_dev8.GNAD_ROWS]
    assert not set(gnad) & annotated and len(set(gnad)) == len(gnad)
    rows = load_gold(GOLD_DIR / "quotes_dev8.jsonl")
    assert sorted({row.article for row in rows}) == sorted([page.id for page in mine] + gnad)
    kinds = Counter(row.kind for row in rows)
    assert kinds["direct"] + kinds["partial"] + kinds["indirect"] >= 200 and kinds["not_speech"] > 0
    assert len({row.article for row in rows}) >= 40 and len({row.outlet for row in rows}) >= 25
    assert_well_formed(rows)


def later_set_rows(split, mine, taken, gnad, earlier):
    """The gold rows of a later dev set whose articles are exactly its recipe's pages ``mine`` and 10kGNAD
    ids ``gnad``, checked to be no page (by repository and path, or id) of the other recipes' ``taken`` and
    no article of the ``earlier`` gold sets."""
    from benchmarks.speakers import GOLD_DIR, load_gold

    annotated = {row.article for name in earlier for row in load_gold(GOLD_DIR / f"quotes_{name}.jsonl")}
    assert not {(page.repo, page.path) for page in mine} & {(page.repo, page.path) for page in taken}
    assert not {page.id for page in mine} & ({page.id for page in taken} | annotated)
    assert not set(gnad) & annotated and len(set(gnad)) == len(gnad)
    rows = load_gold(GOLD_DIR / f"quotes_{split}.jsonl")
    assert sorted({row.article for row in rows}) == sorted([page.id for page in mine] + list(gnad))
    return rows


def new_outlets(rows, earlier):
    """The outlets of ``rows`` that none of the ``earlier`` gold sets holds."""
    from benchmarks.speakers import GOLD_DIR, load_gold

    seen = {row.outlet for name in earlier for row in load_gold(GOLD_DIR / f"quotes_{name}.jsonl")}
    return {row.outlet for row in rows} - seen


def other_recipes_pages(mine, later=()):
    """Every page of the benchmarks/realnews*.py recipes but the module ``mine`` and the ``later`` ones."""
    import importlib
    from pathlib import Path

    recipes = sorted(path.stem for path in (Path(mine.__file__).parent).glob("realnews*.py"))
    skipped = {mine.__name__.rsplit(".", 1)[-1], *later}
    others = [importlib.import_module(f"benchmarks.{name}") for name in recipes if name not in skipped]
    return [page for recipe in others for page in getattr(recipe, "PAGES", ())]


def test_the_ninth_dev_set_is_well_formed_from_new_outlets_and_pages_of_no_other_split():
    """quotes_dev9.jsonl (the lead's gate for the rounds after dev8, annotated by hand before framing was run
    on its texts): its articles are exactly the pages (trafilatura's removed test pages at the commits that
    last held them, one unused page at realnews.COMMIT, htmldate's test cache) and 10kGNAD rows its recipe
    rebuilds; no page (by path or id) is one of any other recipe, no article one of the dev to dev8 or demo
    gold, no 10kGNAD row one of dev2's or dev8's; at least 120 speech quotes from at least 20 articles of at
    least 15 outlets, at least 10 of them in neither dev7 nor dev8, at most a third of the speech quotes
    from 10kGNAD, with titles, names and scare quotes as not_speech."""
    from benchmarks import realnews, realnews_dev2, realnews_dev8, realnews_dev9

    taken = other_recipes_pages(
        realnews_dev9,
        later=(
            "realnews_dev10",
            "realnews_dev11",
            "realnews_dev12",
            "realnews_dev13",
            "realnews_dev14",
            "realnews_dev15",
            "realnews_dev16",
        ),
    )  # later tests check them
    earlier = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "demo")
    assert {page.commit for page in taken} == {realnews.COMMIT} and {page.repo for page in taken} == {
        realnews.REPO
    }
    assert {page.repo for page in realnews_dev9.PAGES} == {realnews.REPO, realnews_dev9.HTMLDATE_REPO}
    assert not set(realnews_dev9.GNAD_ROWS) & (set(realnews_dev2.GNAD_ROWS) | set(realnews_dev8.GNAD_ROWS))
    rows = later_set_rows("dev9", realnews_dev9.PAGES, taken, realnews_dev9.GNAD_IDS, earlier)
    speech = [row for row in rows if row.is_speech]
    assert len(speech) >= 120 and len(speech) < len(rows)
    assert 3 * sum(row.article.startswith("gnad-") for row in speech) <= len(speech)
    outlets = {row.outlet for row in rows}
    assert len({row.article for row in rows}) >= 20 and len(outlets) >= 15
    assert len(new_outlets(rows, ("dev7", "dev8"))) >= 10
    assert_well_formed(rows)


def test_the_tenth_dev_set_is_well_formed_from_new_outlets_and_pages_of_no_other_split():
    """quotes_dev10.jsonl (the lead's gate for the rounds after dev9, annotated by hand before framing was
    run on its texts): its articles are exactly the pages (unused trafilatura pages at realnews.COMMIT,
    htmldate's test cache at dev9's commit, pages of goose3's, newspaper's and Postlight's test data) and
    10kGNAD rows its recipe rebuilds; no page (by repository and path, or id) is one of any other recipe,
    no article one of the dev to dev9 or demo gold, no 10kGNAD row one of dev2's, dev8's or dev9's; at
    least 120 speech quotes from at least 25 articles of at least 15 outlets, at least 12 of them in none
    of dev7, dev8 and dev9, at most a third of the speech quotes from 10kGNAD, with titles, names and scare
    quotes as not_speech."""
    from benchmarks import realnews, realnews_dev2, realnews_dev8, realnews_dev9, realnews_dev10

    mine = realnews_dev10.PAGES
    assert {page.repo for page in mine} == {
        realnews.REPO,
        realnews_dev9.HTMLDATE_REPO,
        realnews_dev10.GOOSE3_REPO,
        realnews_dev10.NEWSPAPER_REPO,
        realnews_dev10.POSTLIGHT_REPO,
    }
    assert {page.commit for page in realnews_dev10.TRAFILATURA_PAGES} == {realnews.COMMIT}
    used = set(realnews_dev2.GNAD_ROWS) | set(realnews_dev8.GNAD_ROWS) | set(realnews_dev9.GNAD_ROWS)
    assert not set(realnews_dev10.GNAD_ROWS) & used
    earlier = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "demo")
    rows = later_set_rows(
        "dev10", mine, other_recipes_pages(realnews_dev10), realnews_dev10.GNAD_IDS, earlier
    )
    speech = [row for row in rows if row.is_speech]
    assert len(speech) >= 120 and len(speech) < len(rows)
    assert 3 * sum(row.article.startswith("gnad-") for row in speech) <= len(speech)
    outlets = {row.outlet for row in rows}
    assert len({row.article for row in rows}) >= 25 and len(outlets) >= 15
    assert len(new_outlets(rows, ("dev7", "dev8", "dev9"))) >= 12
    assert_well_formed(rows)


def test_the_eleventh_dev_set_is_well_formed_from_new_outlets_and_pages_of_no_other_split():
    """quotes_dev11.jsonl (the lead's gate for the rounds of 2026-12-05 evening, annotated by hand before
    framing was run on its texts): its articles are exactly the gzipped pages of Fundus's parser test data
    (one repository at one commit) its recipe rebuilds; no page (by repository and path, or id) is one of any
    other recipe, no article one of the dev to dev10 or demo gold, no 10kGNAD row; at least 110 speech quotes
    from at least 16 articles of at least 16 outlets, at least 14 of them in no earlier dev set, every source
    type but `court` present, with titles, names and scare quotes as not_speech."""
    from benchmarks import realnews_dev11
    from framing.sources import SOURCE_TYPES

    mine = realnews_dev11.PAGES
    assert {(page.repo, page.commit) for page in mine} == {
        (realnews_dev11.FUNDUS_REPO, realnews_dev11.FUNDUS_COMMIT)
    }
    assert all(page.path.endswith(".html.gz") for page in mine)
    earlier = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "demo")
    rows = later_set_rows("dev11", mine, other_recipes_pages(realnews_dev11), (), earlier)
    speech = [row for row in rows if row.is_speech]
    assert len(speech) >= 110 and len(speech) < len(rows)
    outlets = {row.outlet for row in rows}
    assert len({row.article for row in rows}) >= 16 and len(outlets) >= 16
    assert len(new_outlets(rows, earlier)) >= 14
    assert {row.source_type for row in speech} == set(SOURCE_TYPES) - {"court"}
    assert_well_formed(rows)


def test_the_twelfth_dev_set_is_well_formed_from_new_outlets_and_pages_of_no_other_split():
    """quotes_dev12.jsonl (the lead's gate for the rounds of 2026-12-05 night, annotated by hand before
    framing was run on its texts): its articles are exactly the gzipped pages of Fundus's parser test data its
    recipe rebuilds, at the commit dev11 pinned; no page (by repository and path, or id) is one of any other
    recipe (dev11's Fundus pages included), no article one of the dev to dev11 or demo gold, no 10kGNAD row;
    at least 150 speech quotes from at least 16 articles of at least 16 outlets, each outlet in no earlier dev
    set and with at most two articles, every source type present, with titles, names and scare quotes as
    not_speech."""
    from benchmarks import realnews_dev11, realnews_dev12

    mine = realnews_dev12.PAGES
    assert {(page.repo, page.commit) for page in mine} == {
        (realnews_dev11.FUNDUS_REPO, realnews_dev11.FUNDUS_COMMIT)
    }
    assert not {page.path for page in mine} & {page.path for page in realnews_dev11.PAGES}
    rows, outlets, earlier = fundus_set_rows("dev12", realnews_dev12)
    assert len({row.article for row in rows}) >= 16 and len(outlets) >= 16 and max(outlets.values()) <= 2
    assert {row.outlet for row in rows} == set(outlets) == new_outlets(rows, earlier)


def fundus_set_rows(split, recipe):
    """The rows of a dev set made of Fundus pages (dev12, dev13), checked as ``later_set_rows`` does against
    every earlier dev set and the demo: gzipped pages only, at least 150 speech quotes, every source type,
    with titles, names and scare quotes as not_speech; with the recipe's outlets counted and the earlier
    sets."""
    from framing.sources import SOURCE_TYPES

    mine = recipe.PAGES
    assert all(page.path.endswith(".html.gz") for page in mine)
    earlier = ("dev", *(f"dev{number}" for number in range(2, int(split.removeprefix("dev")))), "demo")
    rows = later_set_rows(split, mine, other_recipes_pages(recipe), (), earlier)
    speech = [row for row in rows if row.is_speech]
    assert len(speech) >= 150 and len(speech) < len(rows)
    assert {row.source_type for row in speech} == set(SOURCE_TYPES)
    assert_well_formed(rows)
    return rows, Counter(page.outlet for page in mine), earlier


def test_the_thirteenth_dev_set_is_well_formed_from_removed_pages_of_no_other_split():
    """quotes_dev13.jsonl (the lead's gate for the rounds of 2026-12-05 late night, annotated by hand before
    framing was run on its texts): its articles are exactly the gzipped pages Fundus removed from its parser
    test data, each at a commit that held it and none at the commit dev11 and dev12 read; no page (by
    repository and path, or id) is one of any other recipe, no article one of the dev to dev12 or demo gold,
    no 10kGNAD row; at least 150 speech quotes from at least 10 articles of at least 10 outlets, at most two
    articles an outlet, at least 3 outlets in no earlier dev set, every source type present, with titles,
    names and scare quotes as not_speech."""
    from benchmarks import realnews_dev11, realnews_dev12, realnews_dev13

    mine = realnews_dev13.PAGES
    assert {page.repo for page in mine} == {realnews_dev11.FUNDUS_REPO}
    assert realnews_dev11.FUNDUS_COMMIT not in {page.commit for page in mine}
    fundus_paths = {page.path for page in realnews_dev11.PAGES + realnews_dev12.PAGES}
    assert not {page.path for page in mine} & fundus_paths
    rows, outlets, earlier = fundus_set_rows("dev13", realnews_dev13)
    assert len({row.article for row in rows}) >= 10 and len(outlets) >= 10 and max(outlets.values()) <= 2
    assert {row.outlet for row in rows} == set(outlets) and len(new_outlets(rows, earlier)) >= 3


def test_the_fourteenth_dev_set_is_well_formed_from_pages_no_other_set_took():
    """quotes_dev14.jsonl (the gate of 2026-12-06, task gate14, annotated by hand before framing was
    run on its texts): its articles are exactly gzipped pages of Fundus's parser test data at the commit
    dev11 and dev12 read, none of theirs or dev13's (by repository and path, or id), no article one of
    the dev to dev13 or demo gold, no 10kGNAD row; at least 150 speech quotes from at least 12 articles of
    at least 10 outlets, at most two articles an outlet, every source type present, with titles, names and
    scare quotes as not_speech."""
    from benchmarks import realnews_dev11, realnews_dev12, realnews_dev13, realnews_dev14

    mine = realnews_dev14.PAGES
    assert {(page.repo, page.commit) for page in mine} == {
        (realnews_dev11.FUNDUS_REPO, realnews_dev11.FUNDUS_COMMIT)
    }
    fundus = realnews_dev11.PAGES + realnews_dev12.PAGES + realnews_dev13.PAGES
    assert not {page.path for page in mine} & {page.path for page in fundus}
    rows, outlets, _ = fundus_set_rows("dev14", realnews_dev14)
    assert len({row.article for row in rows}) >= 12 and len(outlets) >= 10 and max(outlets.values()) <= 2
    assert {row.outlet for row in rows} == set(outlets)


def test_the_fifteenth_dev_set_is_well_formed_from_pages_no_other_set_took():
    """quotes_dev15.jsonl (the gate of the third session of 2026-12-06, task gate15, annotated by hand before
    framing was run on its texts): its articles are exactly gzipped pages of Fundus's parser test data at the
    commit dev11, dev12 and dev14 read, none of theirs or dev13's (by repository and path, or id), no article
    one of the dev to dev14 or demo gold, no 10kGNAD row; at least 150 speech quotes from at least 15 articles
    of at least 15 outlets, at most two articles an outlet, every source type present, with titles, names and
    scare quotes as not_speech."""
    from benchmarks import realnews_dev11, realnews_dev12, realnews_dev13, realnews_dev14, realnews_dev15

    mine = realnews_dev15.PAGES
    assert {(page.repo, page.commit) for page in mine} == {
        (realnews_dev11.FUNDUS_REPO, realnews_dev11.FUNDUS_COMMIT)
    }
    fundus = realnews_dev11.PAGES + realnews_dev12.PAGES + realnews_dev13.PAGES + realnews_dev14.PAGES
    assert not {page.path for page in mine} & {page.path for page in fundus}
    rows, outlets, _ = fundus_set_rows("dev15", realnews_dev15)
    assert len({row.article for row in rows}) >= 15 and len(outlets) >= 15 and max(outlets.values()) <= 2
    assert {row.outlet for row in rows} == set(outlets)


def test_the_sixteenth_dev_set_is_well_formed_from_pages_no_other_set_took():
    """quotes_dev16.jsonl (the gate of the fourth session of 2026-12-06, task gate16, annotated by hand before
    framing was run on its texts): its articles are exactly gzipped pages of Fundus's parser test data, at the
    commit dev11, dev12, dev14 and dev15 read or at the commit that added a page Fundus later removed or
    replaced, none of them at a path dev11-dev15 read, no article one of the dev to dev15 or demo gold, no
    10kGNAD row; at least 150 speech quotes from at least 15 articles of at least 15 outlets, at most two
    articles an outlet, every source type present, with titles, names and scare quotes as not_speech."""
    from benchmarks import (
        realnews_dev11,
        realnews_dev12,
        realnews_dev13,
        realnews_dev14,
        realnews_dev15,
        realnews_dev16,
    )

    mine = realnews_dev16.PAGES
    assert {page.repo for page in mine} == {realnews_dev11.FUNDUS_REPO}
    assert realnews_dev11.FUNDUS_COMMIT in {page.commit for page in mine}
    earlier = (realnews_dev11, realnews_dev12, realnews_dev13, realnews_dev14, realnews_dev15)
    assert not {page.path for page in mine} & {page.path for recipe in earlier for page in recipe.PAGES}
    rows, outlets, _ = fundus_set_rows("dev16", realnews_dev16)
    assert len({row.article for row in rows}) >= 15 and len(outlets) >= 15 and max(outlets.values()) <= 2
    assert {row.outlet for row in rows} == set(outlets)


def test_the_seventeenth_dev_set_is_well_formed_from_wmt_documents_and_pull_request_pages():
    """quotes_dev17.jsonl (the gate of the fifth session of 2026-12-06, task gate17, annotated by hand before
    framing was run on its texts): its articles are exactly the German-original WMT 2022 news documents and
    the Fundus pull-request pages its recipe rebuilds; no page one of another recipe (by repository, path and
    commit, or id), no article one of the dev to dev16 or demo gold; at least 120 speech quotes from at least
    20 articles of at least 15 outlets, at most two articles an outlet, with titles, names and scare quotes
    as not_speech."""
    from benchmarks import realnews_dev11, realnews_dev17
    from benchmarks.speakers import GOLD_DIR, load_gold

    pages = realnews_dev17.FUNDUS_PAGES
    assert {(page.repo, page.prefix) for page in pages} == {(realnews_dev11.FUNDUS_REPO, "fdpr-")}
    taken = other_recipes_pages(realnews_dev17)
    assert not {(page.repo, page.path, page.commit) for page in pages} & {
        (page.repo, page.path, page.commit) for page in taken
    }
    earlier = ("dev", *(f"dev{number}" for number in range(2, 17)), "demo")
    annotated = {row.article for name in earlier for row in load_gold(GOLD_DIR / f"quotes_{name}.jsonl")}
    mine = [realnews_dev17.wmt_id(doc_id) for doc_id, _ in realnews_dev17.WMT_DOCS] + [
        page.id for page in pages
    ]
    assert len(set(mine)) == len(mine) and not set(mine) & ({page.id for page in taken} | annotated)
    rows = load_gold(GOLD_DIR / "quotes_dev17.jsonl")
    assert sorted({row.article for row in rows}) == sorted(mine)
    speech = [row for row in rows if row.is_speech]
    assert len(speech) >= 120 and len(speech) < len(rows)
    assert_well_formed(rows)
    outlets = Counter([outlet for _, outlet in realnews_dev17.WMT_DOCS] + [page.outlet for page in pages])
    assert len(mine) >= 20 and len(outlets) >= 15 and max(outlets.values()) <= 2
    assert {row.outlet for row in rows} == set(outlets)


def test_the_seventeenth_dev_set_reads_a_wmt_documents_german_source_segments(tmp_path, monkeypatch):
    """The dev17 recipe reads the WMT test file at its pinned commit and keeps each German-original
    document's source segments (not the reference or the systems' translations), joined by spaces within a
    paragraph and by a blank line between paragraphs (here a bare repository made on the spot)."""
    import subprocess

    from benchmarks import realnews_dev17

    xml = """<dataset id="t"><collection id="general">
<doc origlang="de" id="hna.de.1" domain="news"><src lang="de"><p><seg id="1">Der Handel klagt.</seg>
<seg id="2">"Das ist ein Loch ohne Boden", sagte Genth.</seg></p><p><seg id="3">Er forderte mehr.</seg></p>
</src><ref lang="fr"><p><seg id="1">Le commerce se plaint.</seg></p></ref></doc>
<doc origlang="fr" id="lemonde.fr.2" domain="news">
<src lang="fr"><p><seg id="1">Bonjour.</seg></p></src></doc>
</collection></dataset>"""
    work = tmp_path / "work"
    (work / "xml").mkdir(parents=True)
    (work / realnews_dev17.WMT_PATH).write_text(xml, encoding="utf-8")
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "wmt"], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout
    monkeypatch.setattr(realnews_dev17, "WMT_COMMIT", commit.strip())
    texts = realnews_dev17.wmt_texts(work / ".git")
    assert texts == {
        "hna.de.1": 'Der Handel klagt. "Das ist ein Loch ohne Boden", sagte Genth.\n\nEr forderte mehr.'
    }
    assert realnews_dev17.wmt_id("hna.de.1") == "wmt-hna-de-1"


def test_the_seventeenth_dev_set_fetches_only_the_pull_requests_whose_commit_is_missing(
    tmp_path, monkeypatch
):
    """Two dev17 pages live only on pull-request branches: the recipe fetches the heads of those whose pinned
    commit the given clone lacks, and nothing when it holds them all (git is not run for real)."""
    from benchmarks import realnews_dev17

    calls = []
    monkeypatch.setattr(realnews_dev17.subprocess, "run", lambda command, **kwargs: calls.append(command))
    for missing, fetched in (
        ((), []),
        (("8ead5c0181844b794cf8154a20c5d56b31f56103",), ["refs/pull/656/head"]),
    ):
        calls.clear()
        monkeypatch.setattr(
            realnews_dev17, "has_commit", lambda git_dir, commit, missing=missing: commit not in missing
        )
        realnews_dev17.fetch_pulls(tmp_path)
        assert [command[-1] for command in calls] == fetched


def test_the_eighteenth_set_is_well_formed_from_10kgnad_rows_no_other_set_took():
    """quotes_dev18.jsonl (the gate of the fifth session of 2026-12-06, task gate18, annotated by hand before
    framing was run on its texts): its articles are 10kGNAD rows of its recipe only, none a row of dev2, dev8,
    dev9 or dev10 nor one dev10 annotated and left out, none an article of an earlier gold set; at least 120
    speech quotes from at least 40 articles, every source type but `court` (the sample holds none) present,
    with names and titles as not_speech."""
    from benchmarks import realnews_dev2, realnews_dev8, realnews_dev9, realnews_dev10, realnews_dev18
    from benchmarks.speakers import GOLD_DIR, load_gold
    from framing.sources import SOURCE_TYPES

    mine = realnews_dev18.GNAD_ROWS
    taken = {*realnews_dev2.GNAD_ROWS, *realnews_dev8.GNAD_ROWS, *realnews_dev9.GNAD_ROWS}
    assert len(set(mine)) == len(mine) and not set(mine) & (taken | {*realnews_dev10.GNAD_ROWS})
    assert not set(mine) & {*realnews_dev18.READ_ROWS, *realnews_dev18.DROPPED}
    earlier = ("dev", *(f"dev{number}" for number in range(2, 17)), "demo")
    annotated = {row.article for name in earlier for row in load_gold(GOLD_DIR / f"quotes_{name}.jsonl")}
    rows = load_gold(GOLD_DIR / "quotes_dev18.jsonl")
    articles = {row.article for row in rows}
    assert articles <= set(realnews_dev18.GNAD_IDS) and not articles & annotated
    speech = [row for row in rows if row.is_speech]
    assert len(speech) >= 120 and len(articles) >= 40 and len(speech) < len(rows)
    assert {row.source_type for row in speech} == set(SOURCE_TYPES) - {"court"}
    assert {row.outlet for row in rows} == {"Der Standard"}
    assert_well_formed(rows)


def test_the_nineteenth_set_is_well_formed_from_wmt_documents_dev17_did_not_take():
    """quotes_dev19.jsonl (the gate of the sixth session of 2026-12-06, task gate19, annotated by hand before
    framing was run on its texts): its articles are WMT documents of its recipe only: the WMT 2022 news
    documents dev17 left (none one of dev17's) and the WMT 2021 ones its count picked, at most two a domain;
    none an article of an earlier gold set; at least 120 speech quotes from at least 15 outlets, with titles,
    names and terms as not_speech."""
    from benchmarks import realnews_dev17, realnews_dev19
    from benchmarks.realnews_dev17 import wmt_id
    from benchmarks.speakers import GOLD_DIR, load_gold

    wmt22 = [doc_id for doc_id, _ in realnews_dev19.WMT22_DOCS]
    wmt21 = [doc_id for doc_id, _ in realnews_dev19.WMT21_DOCS]
    assert len(wmt22) == 18 and not set(wmt22) & {doc_id for doc_id, _ in realnews_dev17.WMT_DOCS}
    assert not set(wmt21) & set(realnews_dev19.DROPPED)
    assert max(Counter(doc_id.rsplit(".", 1)[0] for doc_id in wmt21).values()) <= realnews_dev19.PER_OUTLET
    mine = [wmt_id(doc_id) for doc_id in wmt22 + wmt21]
    earlier = ("dev", *(f"dev{number}" for number in range(2, 19)), "demo")
    annotated = {row.article for name in earlier for row in load_gold(GOLD_DIR / f"quotes_{name}.jsonl")}
    assert len(set(mine)) == len(mine) and not set(mine) & annotated
    rows = load_gold(GOLD_DIR / "quotes_dev19.jsonl")
    assert {row.article for row in rows} <= set(mine)
    speech = [row for row in rows if row.is_speech]
    assert len(speech) >= 120 and len(speech) < len(rows)
    assert len({row.outlet for row in speech}) >= 15
    assert_well_formed(rows)


def test_the_nineteenth_sets_count_takes_dense_documents_densest_first_two_a_domain():
    """dev19's rule for the WMT 2021 documents, on made-up texts: a document with fewer than eight quotation
    marks and fewer than four forms of saying is left out; the rest come with the most marks first, and a
    third document of one domain is passed over."""
    from benchmarks.realnews_dev19 import dense

    quoted = '"Ja", sagte er. ' * 4  # eight marks, four forms of saying
    texts = {
        "sz.1": quoted,
        "sz.2": quoted + '"Nein".',
        "sz.3": quoted * 2,
        "faz.1": "Er sagte, sie sei da, so der Bericht, laut Polizei.",
        "faz.2": "Der Zug fährt ab.",
        "spiegel.1": '"Ja" ' * 3,
    }
    assert dense(texts) == ["sz.3", "sz.2", "faz.1"]


def test_the_twentieth_set_is_well_formed_from_every_wmt_2023_news_document_and_wmt_2021_ones_dev19_left():
    """quotes_dev20.jsonl (the gate of the seventh session of 2026-12-06, task gate20, annotated by hand
    before framing was run on its texts): its articles are the recipe's only: the WMT 2023 documents cut the
    file's news lines without gap or overlap, and the WMT 2021 ones are none that dev19 took or dropped, at
    most two a domain; none an article of an earlier gold set; at least 150 speech quotes, with titles, names
    and terms as not_speech."""
    from benchmarks import realnews_dev19, realnews_dev20
    from benchmarks.realnews_dev17 import wmt_id
    from benchmarks.speakers import GOLD_DIR, load_gold

    lines = [line for first, last in realnews_dev20.WMT23_DOCS for line in range(first, last + 1)]
    assert lines == list(range(1, realnews_dev20.WMT23_NEWS_LINES + 1))
    wmt21 = [doc_id for doc_id, _ in realnews_dev20.WMT21_DOCS]
    assert not set(wmt21) & {*(doc_id for doc_id, _ in realnews_dev19.WMT21_DOCS), *realnews_dev19.DROPPED}
    assert max(Counter(doc_id.rsplit(".", 1)[0] for doc_id in wmt21).values()) <= realnews_dev19.PER_OUTLET
    wmt23 = [realnews_dev20.wmt23_id(first) for first, _ in realnews_dev20.WMT23_DOCS]
    mine = wmt23 + [wmt_id(doc_id) for doc_id in wmt21]
    earlier = ("dev", *(f"dev{number}" for number in range(2, 20)), "demo")
    annotated = {row.article for name in earlier for row in load_gold(GOLD_DIR / f"quotes_{name}.jsonl")}
    assert len(set(mine)) == len(mine) and not set(mine) & annotated
    rows = load_gold(GOLD_DIR / "quotes_dev20.jsonl")
    assert {row.article for row in rows} <= set(mine)
    speech = [row for row in rows if row.is_speech]
    assert len(speech) >= 150 and len(speech) < len(rows)
    assert_well_formed(rows)


@pytest.mark.parametrize(("split", "first_line", "minimum"), [("dev21", 1, 150), ("dev22", 579, 100)])
def test_the_newstest2021_de_en_sets_are_well_formed(split: str, first_line: int, minimum: int):
    """quotes_dev21.jsonl and quotes_dev22.jsonl (the gates of the eighth session of 2026-12-06, tasks gate21
    and gate22, annotated by hand before framing was run on their texts): dev21's documents cut the file's
    first lines, dev22's the lines after them to the file's end, without gap or overlap, each subheading
    inside its document; the one dropped for its overlap with dev19 has no row; no article of an earlier
    gold set; enough speech quotes (150 and 100), with titles, names and terms as not_speech."""
    import importlib

    from benchmarks import realnews_dev21
    from benchmarks.speakers import GOLD_DIR, load_gold

    recipe = importlib.import_module(f"benchmarks.realnews_{split}")
    lines = [line for first, last, _ in recipe.DOCS for line in range(first, last + 1)]
    assert lines == list(range(first_line, recipe.LINES + 1))
    assert all(first < heading <= last for first, last, headings in recipe.DOCS for heading in headings)
    firsts = [first for first, _, _ in recipe.DOCS]
    assert set(recipe.DROPPED) < set(firsts)
    mine = [realnews_dev21.doc_id(first) for first in firsts if first not in recipe.DROPPED]
    number = int(split.removeprefix("dev"))
    earlier = ("dev", *(f"dev{n}" for n in range(2, number)), "demo")
    annotated = {row.article for name in earlier for row in load_gold(GOLD_DIR / f"quotes_{name}.jsonl")}
    assert len(set(mine)) == len(mine) and not set(mine) & annotated
    rows = load_gold(GOLD_DIR / f"quotes_{split}.jsonl")
    assert {row.article for row in rows} <= set(mine)
    speech = [row for row in rows if row.is_speech]
    assert len(speech) >= minimum and len(speech) < len(rows)
    assert_well_formed(rows)


def test_the_twenty_first_set_joins_a_documents_lines_into_paragraphs_by_its_headings(monkeypatch, tmp_path):
    """A document's headline and subheadings stand alone; the sentences between them, one a line in the WMT
    file, join into one paragraph, so that a quote running over two lines stays in one paragraph."""
    from benchmarks import realnews_dev21

    source = [
        "Kovac testet mit Monaco gegen Frankfurt",
        '"Wir freuen uns besonders auf dieses Spiel.',
        'Es ist immer wieder schön", erklärte Kovac.',
        "Ein Wiedersehen",
        "Sportlich sei das ein interessanter Test, sagte der 48-Jährige.",
        "Nächste Meldung",
    ]
    monkeypatch.setattr(realnews_dev21, "git_show", lambda *_: "\n".join(source).encode("utf-8"))
    monkeypatch.setattr(realnews_dev21, "DOCS", ((1, 5, (4,)), (6, 6, ())))
    monkeypatch.setattr(realnews_dev21, "DROPPED", (6,))
    assert realnews_dev21.documents(tmp_path) == {
        "wmt21-deen-l001": "Kovac testet mit Monaco gegen Frankfurt\n\n"
        '"Wir freuen uns besonders auf dieses Spiel. Es ist immer wieder schön", erklärte Kovac.\n\n'
        "Ein Wiedersehen\n\nSportlich sei das ein interessanter Test, sagte der 48-Jährige."
    }


def test_the_twenty_second_set_reads_its_own_lines_through_dev21s_functions(monkeypatch, tmp_path):
    """dev22's recipe cuts and joins its documents by dev21's code, with its own DOCS and DROPPED."""
    from benchmarks import realnews_dev21, realnews_dev22

    source = [
        "Flick lobt sein Team",
        '"Leroy hat sich gut eingefügt", berichtete Flick.',
        "Nächste Meldung",
        "Mit seiner Mannschaft sei das Arbeiten gut, lobte Flick.",
    ]
    monkeypatch.setattr(realnews_dev21, "git_show", lambda *_: "\n".join(source).encode("utf-8"))
    monkeypatch.setattr(realnews_dev22, "DOCS", ((1, 2, ()), (3, 4, ())))
    monkeypatch.setattr(realnews_dev22, "DROPPED", (1,))
    monkeypatch.setattr(realnews_dev21, "DROPPED", (3,))  # dev21's own choice does not apply to dev22
    assert realnews_dev22.documents(tmp_path) == {
        "wmt21-deen-l003": "Nächste Meldung\n\nMit seiner Mannschaft sei das Arbeiten gut, lobte Flick."
    }


@pytest.mark.parametrize(
    ("split", "minimum"), [("dev23", 150), ("dev24", 120), ("dev25", 120), ("dev26", 120)]
)
def test_a_fang_covid_set_is_well_formed_and_drawn_round_robin_over_its_outlets(split, minimum):
    """quotes_dev23.jsonl to quotes_dev26.jsonl (gates, tasks gate23, gate24, gate25 and gate26,
    annotated by hand before framing was run on their texts): ROUNDS rounds of one drawn article per outlet,
    the ones dropped for their overlap with an earlier draw or a local file have no row; no article of an
    earlier gold set; every outlet holds speech; enough speech quotes, with titles, names and terms as
    not_speech."""
    import importlib

    from benchmarks import realnews_dev23
    from benchmarks.speakers import GOLD_DIR, load_gold

    recipe = importlib.import_module(f"benchmarks.realnews_{split}")
    rounds = recipe.ROUNDS if isinstance(recipe.ROUNDS, range) else range(1, recipe.ROUNDS + 1)
    assert len(recipe.DRAWN) == len(rounds)
    assert all(len(round_) == len(recipe.OUTLETS) for round_ in recipe.DRAWN)
    drawn = [number for round_ in recipe.DRAWN for number in round_]
    assert len(set(drawn)) == len(drawn) and set(recipe.DROPPED) < set(drawn)
    kept = [number for number in drawn if number not in recipe.DROPPED]
    assert list(recipe.ARTICLES) == kept
    mine = [realnews_dev23.article_id(number) for number in recipe.ARTICLES]
    earlier = ("dev", *(f"dev{n}" for n in range(2, int(split.removeprefix("dev")))), "devint", "demo")
    annotated = {row.article for name in earlier for row in load_gold(GOLD_DIR / f"quotes_{name}.jsonl")}
    assert not set(mine) & annotated
    rows = load_gold(GOLD_DIR / f"quotes_{split}.jsonl")
    assert {row.article for row in rows} <= set(mine)
    speech = [row for row in rows if row.is_speech]
    assert len(speech) >= minimum and len(speech) < len(rows)
    assert {row.outlet for row in speech} == set(recipe.OUTLETS)
    assert_well_formed(rows)


@pytest.mark.parametrize("split", ["dev24", "dev25", "dev26"])
def test_a_later_fang_covid_set_builds_through_dev23s_functions(split, monkeypatch, tmp_path):
    """dev24 draws from the outlets ranked after dev23's six, dev25 and dev26 continue dev23's own draw; all
    rebuild their texts by dev23's code, with their own ARTICLES and output file."""
    import importlib

    from benchmarks import realnews_dev23, realnews_dev24, realnews_dev25, realnews_dev26

    assert not set(realnews_dev24.OUTLETS) & set(realnews_dev23.OUTLETS) and len(realnews_dev24.OUTLETS) == 6
    assert realnews_dev25.OUTLETS == realnews_dev23.OUTLETS and realnews_dev25.SEED == "dev23-"
    assert realnews_dev25.ROUNDS.start == realnews_dev23.ROUNDS + 1
    assert realnews_dev26.OUTLETS == realnews_dev23.OUTLETS and realnews_dev26.SEED == "dev23-"
    assert realnews_dev26.ROUNDS.start == realnews_dev25.ROUNDS.stop
    recipe = importlib.import_module(f"benchmarks.realnews_{split}")
    built: dict = {}
    monkeypatch.setattr(realnews_dev23.realnews, "git_dir_or_clone", lambda given, *_: given)
    monkeypatch.setattr(realnews_dev23, "build", lambda _, articles: built.setdefault("articles", articles))
    monkeypatch.setattr(realnews_dev23.realnews, "write_records", lambda _, out: built.setdefault("out", out))
    assert recipe.main(["--fang-dir", str(tmp_path)]) == 0
    assert built == {"articles": recipe.ARTICLES, "out": recipe.DEFAULT_OUT}


def test_the_fang_covid_draw_shuffles_each_outlets_candidates_by_its_seed_and_takes_a_round_each(monkeypatch):
    """``realnews_dev23.draw``: round k takes the k-th article of each outlet's seeded shuffle, outlets in
    order, so rounds 6–10 continue rounds 1–5 of the same draw without redrawing them."""
    import random

    from benchmarks import realnews_dev23

    numbers = {"a.de": list(range(1, 30)), "b.de": list(range(100, 140))}
    monkeypatch.setattr(
        realnews_dev23, "candidates", lambda _, outlets: {o: list(numbers[o]) for o in outlets}
    )
    first = realnews_dev23.draw(Path("."), ("a.de", "b.de"), "s-", range(1, 6))
    later = realnews_dev23.draw(Path("."), ("a.de", "b.de"), "s-", range(6, 11))
    whole = realnews_dev23.draw(Path("."), ("a.de", "b.de"), "s-", range(1, 11))
    assert whole == first + later and len(set(whole)) == 10
    shuffled = list(numbers["b.de"])
    random.Random("s-b.de").shuffle(shuffled)
    assert [round_[1] for round_ in whole] == shuffled[:10]


@pytest.mark.skipif(
    "FRAMING_FANG_DIR" not in os.environ, reason="needs a FANG-COVID clone ($FRAMING_FANG_DIR)"
)
def test_the_fang_covid_sets_drawn_articles_are_the_draws_rounds():
    """dev23's DRAWN is rounds 1–5 of its seeded draw, dev25's rounds 6–10 and dev26's rounds 11–14 of the
    same, dev24's rounds 1–5 of its own (reads every article of the repository: minutes, so only with a local
    clone named)."""
    from benchmarks import realnews_dev23, realnews_dev24, realnews_dev25, realnews_dev26

    git_dir = Path(os.environ["FRAMING_FANG_DIR"])
    dev23 = realnews_dev23.draw(git_dir, realnews_dev23.OUTLETS, "dev23-", range(1, 15))
    assert dev23 == realnews_dev23.DRAWN + realnews_dev25.DRAWN + realnews_dev26.DRAWN
    assert realnews_dev23.draw(git_dir, realnews_dev24.OUTLETS, "dev24-", range(1, 6)) == realnews_dev24.DRAWN


def test_the_twenty_third_set_makes_a_paragraph_of_the_headline_and_of_each_body_line():
    """FANG-COVID keeps an article's headline apart and its paragraphs one a line: each becomes a paragraph
    of its own (blank lines dropped), so framing's cleaner takes the headline as the title."""
    from benchmarks import realnews_dev23

    data = {
        "header": "Kalayci: Kein Grund zur Panik",
        "article": "„Es gibt keinen Grund zur Panik“, sagte Kalayci.\n  \nDas Verfahren sei abgestimmt. ",
    }
    assert realnews_dev23.text_of(data) == (
        "Kalayci: Kein Grund zur Panik\n\n„Es gibt keinen Grund zur Panik“, sagte Kalayci.\n\n"
        "Das Verfahren sei abgestimmt."
    )


def test_the_interview_set_is_well_formed_and_its_rule_picks_its_rows_from_gnad1000_when_it_is_there():
    """quotes_devint.jsonl (task spk62, annotated by hand before framing had an interview rule): eight
    gnad1000 rows, six interviews whose every answer is a direct quote of the interviewee under the label's
    name, and two question-and-answer explainers whose "Antwort:" paragraphs are nobody's speech; no question
    of the outlet is speech. Its recipe's rule picks exactly these rows from the local gnad1000 sample
    (skipped without it)."""
    from benchmarks import LOCAL_DATA, realnews_devint
    from benchmarks.speakers import GOLD_DIR, load_gold

    rows = load_gold(GOLD_DIR / "quotes_devint.jsonl")
    assert_well_formed(rows)
    assert {row.article for row in rows} == set(realnews_devint.ARTICLES)
    assert sum(row.kind == "direct" for row in rows) >= 30
    assert {row.outlet for row in rows} == {"Der Standard"}
    sample = LOCAL_DATA / "gnad1000.jsonl"
    if not sample.exists():
        pytest.skip("no local gnad1000 sample; python benchmarks/realnews_corpus.py builds it")
    records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    assert tuple(realnews_devint.interview_rows(records)) == realnews_devint.ARTICLES
    texts = {record["id"]: record["text"] for record in records}
    assert not [row for row in rows if texts[row.article][row.start - 11 : row.start] == "STANDARD: "]
    assert not [row for row in rows if texts[row.article][row.start - 9 : row.start] == "Antwort: "]


def test_the_eighteenth_sets_rows_are_drawn_round_robin_over_sections_in_a_seeded_order():
    """dev18's rule, on made-up rows: rows of 200 words or more, taken rows, hand-labelled texts and other
    sections are left out; each section's rows come in their seeded order, one section after another in
    SECTIONS' order each round, and a section that runs out is passed over."""
    import hashlib
    import random

    from benchmarks.realnews_dev18 import SECTIONS, sample_order

    short, longer = "Er sagte, es sei gut.", " ".join(["Wort"] * 200)
    rows = [("Inland", f"{short} {n}") for n in range(3)] + [("Sport", f"{short} {n}") for n in range(3, 7)]
    rows += [("Inland", longer), ("Sport", f"{short} 7"), ("Inland", f"{short} 8"), ("Meinung", f"{short} 9")]
    labelled = {hashlib.sha256(f"{short} 8".encode()).hexdigest()}
    order = sample_order(rows, taken={8}, labelled=labelled)
    inland, sport = [0, 1, 2], [3, 4, 5, 6]
    random.Random("dev18-Inland").shuffle(inland)
    random.Random("dev18-Sport").shuffle(sport)
    assert SECTIONS.index("Inland") < SECTIONS.index("Sport")
    assert order == [inland[0], sport[0], inland[1], sport[1], inland[2], sport[2], sport[3]]


def test_the_thirteenth_dev_set_fetches_the_pull_request_branch_only_when_a_commit_is_missing(
    tmp_path, monkeypatch
):
    """One dev13 page lives only on a pull request's branch: the recipe fetches ``refs/pull/376/head`` when
    the given clone lacks a pinned commit, and not when it holds them all (git is not run for real)."""
    from benchmarks import realnews, realnews_dev13

    calls = []
    monkeypatch.setattr(realnews, "build", lambda git_dir, pages, read: [])
    monkeypatch.setattr(realnews, "write_records", lambda records, out: None)
    for present in (True, False):
        calls.clear()
        monkeypatch.setattr(realnews_dev13, "has_commit", lambda git_dir, commit, present=present: present)
        monkeypatch.setattr(realnews_dev13.subprocess, "run", lambda command, **kwargs: calls.append(command))
        assert realnews_dev13.main(["--fundus-dir", str(tmp_path), "--out", str(tmp_path / "out.jsonl")]) == 0
        fetched = [command for command in calls if "fetch" in command]
        assert bool(fetched) is not present
        assert not fetched or fetched[0][-1] == realnews_dev13.PULL_REF == "refs/pull/376/head"


def test_the_scripts_that_pool_the_dev_sets_read_dev13_and_refuse_the_test_sets(capsys):
    """dev13, the gate of 2026-12-05 late night, is a dev set since task dev13err: the organisation coverage,
    the speaker-resolution report and the confusion matrix pool it with the other dev sets, and the first two
    still refuse the test sets before reading any gold."""
    from benchmarks import organisation_coverage, source_types_confusion, speakers_resolution

    assert "dev13" in organisation_coverage.DEV_SETS and "dev13" not in organisation_coverage.HELD_OUT
    assert "dev13" in speakers_resolution.DEFAULT_SETS and "dev13" not in speakers_resolution.HELD_OUT
    assert "dev13" in source_types_confusion.SPLITS and "test3" not in source_types_confusion.SPLITS
    # dev17 and dev18 are dev sets since the seventh session of 2026-12-06 (src43); the gates stay out
    assert {"dev17", "dev18", "devint"} <= set(source_types_confusion.SPLITS)
    # dev23 is a dev set since the ninth session's second wave, dev24 since the tenth's third (src52); dev25
    # and dev26 are gates
    assert {"dev23", "dev24"} <= set(source_types_confusion.SPLITS)
    assert {"dev19", "dev20", "dev21", "dev22", "dev25", "dev26"}.isdisjoint(source_types_confusion.SPLITS)
    with pytest.raises(SystemExit, match=r"held out, not read here: \['test3'\]"):
        organisation_coverage.main(["--outlets", "--sets", "dev,test3"])
    with pytest.raises(SystemExit):
        speakers_resolution.main(["--sets", "test3"])
    assert "held-out splits are not measured here" in capsys.readouterr().err


def test_the_eleventh_dev_sets_pages_are_unpacked_before_reading(tmp_path):
    """Fundus keeps its pages gzipped: the dev11 recipe reads the blob at the pinned commit and unpacks it,
    so framing's reader sees the HTML (here a one-page bare repository made on the spot)."""
    import gzip
    import subprocess

    from benchmarks import realnews_dev11

    html = "<html><body><p>„Wir haben heute keine Erklärung dafür“, sagte er.</p></body></html>"
    work = tmp_path / "work"
    page = work / "tests" / "page.html.gz"
    page.parent.mkdir(parents=True)
    page.write_bytes(gzip.compress(html.encode("utf-8"), mtime=0))
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "page"], check=True)
    commit = subprocess.run(
        [*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    fixture = realnews_dev11.FundusPage("tests/page.html.gz", "Test", commit=commit)
    assert fixture.id == "fd-page"
    assert realnews_dev11.read_gzipped_page(work / ".git", fixture).decode("utf-8") == html


@pytest.mark.parametrize("split", ["dev8", "dev9", "dev10", "dev18"])
def test_a_later_dev_sets_10kgnad_rows_are_outside_the_gnad1000_sample_when_it_is_there(split):
    """The gnad1000 sample (whose framing output helpers read) is the first 719 test.csv articles of 200
    words or more: each dev8, dev9 and dev10 row has fewer, and no sample text holds one (skipped without the
    caches)."""
    import importlib

    from benchmarks import LOCAL_DATA

    recipe = importlib.import_module(f"benchmarks.realnews_{split}")
    cache, sample = recipe.DEFAULT_OUT, LOCAL_DATA / "gnad1000.jsonl"
    if not cache.exists():
        pytest.skip(f"no local {split} cache; python benchmarks/realnews_{split}.py builds it")
    records = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    gnad = [record for record in records if record["id"].startswith("gnad-")]
    assert [record["id"] for record in gnad] == list(map(recipe.gnad_id, recipe.GNAD_ROWS))
    assert all(len(record["text"].split()) < 200 for record in gnad)
    if sample.exists():
        texts = [json.loads(line)["text"] for line in sample.read_text(encoding="utf-8").splitlines()]
        assert not [record["id"] for record in gnad for text in texts if record["text"][:120] in text]


def test_pooled_splits_are_scored_as_one_set_with_articles_kept_apart() -> None:
    from benchmarks.speakers import pooled_splits, run, run_pooled

    assert pooled_splits("test, test2,test3") == ["test", "test2", "test3"]
    with pytest.raises(argparse.ArgumentTypeError, match="unknown split"):
        pooled_splits("test,tset")
    alone, _ = run("demo", None, None)
    pooled, texts = run_pooled(["demo"])
    assert {o.gold.article for o in pooled} == {f"demo:{o.gold.article}" for o in alone} == set(texts)
    assert summarize(pooled)["all"] == summarize(alone)["all"]
