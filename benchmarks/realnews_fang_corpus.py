"""Rebuild fang1000: 1,000 unlabelled FANG-COVID articles to judge a round's changed quotes on.

gnad1000 (Der Standard) keeps almost no quotation marks; these German articles of 2020–2021 (Tagesspiegel,
Zeit, Süddeutsche and ten alternative outlets; https://github.com/justusmattern/fang-covid at
``realnews_dev23.FANG_COMMIT``, rights with their publishers, no licence stated: never committed, only this
recipe) do. The draws of the annotated sets are kept out: of every outlet the first ``KEPT_OUT`` articles of
each shuffle the dev23 and dev24 recipes (and dev25's, which continues dev23's) draw from, so no gold
article, present or of a later round, is in the corpus. Of the rest, the articles whose body has 1,000 to
8,000 characters are sampled by ``random.Random("fang1000")``; each text is built as dev23's are (headline
and body lines as paragraphs).

usage: ``python benchmarks/realnews_fang_corpus.py --fang-dir DIR [--n 1000] [--out FILE]`` (default
``fang1000.jsonl`` in ``$FRAMING_REALNEWS``); lines ``{"id", "outlet", "text"}`` as gnad1000's. A second
corpus disjoint from the first (fang2, to judge a round on text the first never showed): ``--seed fang2
--exclude fang1000.jsonl --out fang2.jsonl``; fang3 leaves out both: ``--seed fang3 --exclude fang1000.jsonl
--exclude fang2.jsonl --out fang3.jsonl``. ``--lengths 8000 16000`` samples another band of body lengths (the
seventeenth session's long-article corpora, once the 1,000–8,000 band was used up).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews, realnews_dev23
from benchmarks.realnews_dev23 import article_id, text_of

DEFAULT_OUT = LOCAL_DATA / "fang1000.jsonl"
KEPT_OUT = 40  # first draws of each outlet's gold shuffles left out (gold sets draw ≤ 15 rounds so far)
GOLD_SEEDS = ("dev23-", "dev24-")
CORPUS_LENGTHS = (1000, 8000)


def gold_draws(found: dict[int, dict]) -> set[int]:
    """The first KEPT_OUT articles of each outlet in each gold recipe's shuffle (``realnews_dev23.draw``'s
    candidates and order)."""
    outlets = tuple(sorted({data["source"] for data in found.values()}))
    drawn: set[int] = set()
    for outlet, numbers in realnews_dev23.candidates_in(found, outlets).items():
        for seed in GOLD_SEEDS:
            drawn.update(realnews_dev23.shuffled(numbers, seed, outlet)[:KEPT_OUT])
    return drawn


def ids_in(path: Path) -> set[str]:
    """The ``id`` of every record of a JSONL corpus (the articles another corpus already holds)."""
    with path.open(encoding="utf-8") as lines:
        return {json.loads(line)["id"] for line in lines if line.strip()}


def sample_of(pool: list[int], count: int, seed: str) -> list[int]:
    """``count`` of the ``pool``'s article numbers drawn by ``seed``; a pool too small is a ValueError that
    says how many are left."""
    if count > len(pool):
        raise ValueError(f"only {len(pool)} articles are left outside the gold draws and the excluded files")
    return random.Random(seed).sample(pool, count)


def build(
    git_dir: Path,
    count: int,
    seed: str = "fang1000",
    exclude: frozenset[str] = frozenset(),
    lengths: tuple[int, int] = CORPUS_LENGTHS,
) -> list[dict]:
    """``count`` articles outside the gold draws and ``exclude`` (ids) whose body length lies in ``lengths``,
    sampled by ``seed``, as id/outlet/text records."""
    found = realnews_dev23.articles(git_dir)
    drawn = gold_draws(found)
    low, high = lengths
    pool = [
        n
        for n in sorted(found)
        if n not in drawn and article_id(n) not in exclude and low <= len(found[n]["article"]) <= high
    ]
    sample = sample_of(pool, count, seed)
    return [
        {"id": article_id(number), "outlet": found[number]["source"], "text": text_of(found[number])}
        for number in sample
    ]


def main(argv: list[str] | None = None) -> int:
    """Write the corpus to ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fang-dir", type=Path, required=True, help="a clone or bare git dir of FANG-COVID")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", default="fang1000", help="the sample's seed (fang1000: the first)")
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[], help="a JSONL corpus to leave out (repeatable)"
    )
    parser.add_argument(
        "--lengths", type=int, nargs=2, default=CORPUS_LENGTHS, metavar=("MIN", "MAX"), help="body characters"
    )
    args = parser.parse_args(argv)
    exclude = frozenset(article for path in args.exclude for article in ids_in(path))
    try:
        records = build(realnews.git_dir_of(args.fang_dir), args.n, args.seed, exclude, tuple(args.lengths))
    except ValueError as error:
        parser.error(str(error))
    realnews.write_records(records, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
