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
``fang1000.jsonl`` in ``$FRAMING_REALNEWS``); lines ``{"id", "outlet", "text"}`` as gnad1000's.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews
from benchmarks.realnews_dev23 import FANG_COMMIT, article_id, text_of

DEFAULT_OUT = LOCAL_DATA / "fang1000.jsonl"
KEPT_OUT = 40  # first draws of each outlet's gold shuffles left out (gold sets draw ≤ 15 rounds so far)
GOLD_SEEDS = ("dev23-", "dev24-")
DRAW_LENGTHS = (2000, 4500)  # the gold recipes' body lengths
CORPUS_LENGTHS = (1000, 8000)


def articles(git_dir: Path) -> dict[int, dict]:
    """Every article of the repository at FANG_COMMIT by its file number (one ``git cat-file`` batch)."""
    listing = subprocess.run(
        ["git", "--git-dir", str(git_dir), "ls-tree", "--name-only", FANG_COMMIT, "articles/"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    request = "\n".join(f"{FANG_COMMIT}:{name}" for name in listing).encode()
    command = ["git", "--git-dir", str(git_dir), "cat-file", "--batch"]
    batch = subprocess.run(command, input=request, capture_output=True, check=True).stdout
    found: dict[int, dict] = {}
    position = 0
    for name in listing:
        header_end = batch.index(b"\n", position)
        size = int(batch[position:header_end].split()[2])
        body = batch[header_end + 1 : header_end + 1 + size]
        found[int(Path(name).stem)] = json.loads(body)
        position = header_end + 2 + size
    return found


def gold_draws(found: dict[int, dict]) -> set[int]:
    """The first KEPT_OUT articles of each outlet in each gold recipe's shuffle (body 2,000–4,500 chars)."""
    by_outlet: dict[str, list[int]] = {}
    low, high = DRAW_LENGTHS
    for number in sorted(found):
        if low <= len(found[number]["article"]) <= high:
            by_outlet.setdefault(found[number]["source"], []).append(number)
    drawn: set[int] = set()
    for outlet, numbers in by_outlet.items():
        for seed in GOLD_SEEDS:
            shuffled = list(numbers)
            random.Random(seed + outlet).shuffle(shuffled)
            drawn.update(shuffled[:KEPT_OUT])
    return drawn


def build(git_dir: Path, count: int) -> list[dict]:
    """``count`` articles outside the gold draws, sampled by a fixed seed, as id/outlet/text records."""
    found = articles(git_dir)
    drawn = gold_draws(found)
    low, high = CORPUS_LENGTHS
    pool = [n for n in sorted(found) if n not in drawn and low <= len(found[n]["article"]) <= high]
    sample = random.Random("fang1000").sample(pool, count)
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
    args = parser.parse_args(argv)
    realnews.write_records(build(realnews.git_dir_of(args.fang_dir), args.n), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
