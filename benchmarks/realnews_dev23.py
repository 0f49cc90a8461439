"""Rebuild the local texts behind the twenty-third speaker set (benchmarks/gold/quotes_dev23.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate23, ninth session of 2026-12-06): a
set nobody has run framing on before its first run, annotated by hand before that run. German news articles of
FANG-COVID (Mattern et al., "FANG-COVID: A New Large-Scale Benchmark Dataset for Fake News Detection in
German", FEVER 2021; https://github.com/justusmattern/fang-covid, one JSON file per article with its outlet,
url, date, headline and body text; the texts are third-party articles of 2020–2021 kept there for research,
rights with their publishers), read at a fixed commit and never committed here (the gold file keeps only ids,
SHA-256 hashes, character offsets and a few words of speaker names). No earlier set reads this repository.

The articles were chosen by a fixed rule before any was read: the six outlets with most articles
(``OUTLETS``), of each outlet the articles whose body text has 2,000 to 4,500 characters, in the order of
their file number shuffled by ``random.Random("dev23-" + outlet)``, then taken round-robin over the outlets in
the order of ``OUTLETS`` (one article each a round) for ``ROUNDS`` rounds, every one annotated whatever it
holds, but one that shares a run of eight words with an earlier set's texts or an earlier article of the
sample (``DROPPED``). ``ARTICLES`` is that sample in that order. An article's headline and each line of its
body stand as paragraphs of their own, and the text is cleaned by framing's own cleaner, which takes the
headline as the title. No text of the set shares a run of eight words with any dev set's local article file,
dev19's to dev22's, devint's, gnad1000, demo600 or the events dev files.

usage: ``python benchmarks/realnews_dev23.py [--fang-dir DIR] [--out FILE]``; a repository not given (an
existing clone or bare git dir) is cloned into a temporary folder (the only step that needs the network).
The output (one line per article, in the order of ``ARTICLES``) goes by default to
``speakers_dev23_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews
from benchmarks.realnews_dev2 import git_show, record
from benchmarks.speech_verbs import _blobs

DEFAULT_OUT = LOCAL_DATA / "speakers_dev23_articles.jsonl"
FANG_URL = "https://github.com/justusmattern/fang-covid.git"
FANG_REPO = "https://github.com/justusmattern/fang-covid"
FANG_COMMIT = "c3c370be491f94103ee3059b6d627c79cce0e49b"
OUTLETS = (
    "tagesspiegel.de", "zeit.de", "sueddeutsche.de", "journalistenwatch.com", "de.rt.com", "rubikon.news",
)  # fmt: skip
ROUNDS = 5
BODY = (2000, 4500)  # the characters an article's body may have to be drawn
__all__ = [
    "ARTICLES", "BODY", "DEFAULT_OUT", "DRAWN", "DROPPED", "OUTLETS", "ROUNDS",
    "article_id", "build", "candidates", "draw", "main", "text_of",
]  # fmt: skip

# the first ROUNDS rounds of the draw by file number (articles/NUMBER.json), one article per outlet a round
DRAWN = (
    (27181, 7682, 15799, 4902, 37064, 35744),
    (29980, 14613, 19393, 3367, 36903, 35912),
    (26485, 9046, 18270, 4163, 38790, 36366),
    (24944, 14664, 18163, 4179, 38578, 35390),
    (32441, 13097, 21314, 2497, 37312, 35863),
)
# drawn articles left out: each shares runs of eight words with an earlier one of the sample
DROPPED = (26485,)  # Tagesspiegel, 15 runs shared with 27181 (the same Corona boilerplate paragraphs)
ARTICLES = tuple(number for round_ in DRAWN for number in round_ if number not in DROPPED)


def articles(git_dir: Path) -> dict[int, dict]:
    """Every article of the repository at FANG_COMMIT by its file number (all files read in one
    ``git cat-file --batch``)."""
    listing = subprocess.run(
        ["git", "--git-dir", str(git_dir), "ls-tree", "--name-only", FANG_COMMIT, "articles/"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return {
        int(path.removeprefix("articles/").removesuffix(".json")): json.loads(raw)
        for path, raw in _blobs(str(git_dir), FANG_COMMIT, listing)
    }


def candidates_in(found: dict[int, dict], outlets: tuple[str, ...]) -> dict[str, list[int]]:
    """Each outlet's file numbers, ascending, of the articles of ``found`` whose body has ``BODY``
    characters."""
    by_outlet: dict[str, list[int]] = {outlet: [] for outlet in outlets}
    for number in sorted(found):
        data = found[number]
        if data["source"] in by_outlet and BODY[0] <= len(data["article"]) <= BODY[1]:
            by_outlet[data["source"]].append(number)
    return by_outlet


def candidates(git_dir: Path, outlets: tuple[str, ...]) -> dict[str, list[int]]:
    """Each outlet's file numbers, ascending, of the articles whose body has ``BODY`` characters."""
    return candidates_in(articles(git_dir), outlets)


def shuffled(numbers: list[int], seed: str, outlet: str) -> list[int]:
    """An outlet's candidates in the order of the fixed draw: shuffled by ``random.Random(seed + outlet)``."""
    order = list(numbers)
    random.Random(seed + outlet).shuffle(order)
    return order


def draw(git_dir: Path, outlets: tuple[str, ...], seed: str, rounds: range) -> tuple[tuple[int, ...], ...]:
    """Rounds ``rounds`` (the first is 1) of the fixed draw: each outlet's candidates shuffled by
    ``random.Random(seed + outlet)``, one article of each outlet a round, in the order of ``outlets``; dev23
    (seed "dev23-") took rounds 1–5, dev25 continues with rounds 6–10."""
    order = {
        outlet: shuffled(numbers, seed, outlet) for outlet, numbers in candidates(git_dir, outlets).items()
    }
    return tuple(tuple(order[outlet][number - 1] for outlet in outlets) for number in rounds)


def article_id(number: int) -> str:
    """The set's id of an article: its file number (``fang-27181``)."""
    return f"fang-{number}"


def text_of(data: dict) -> str:
    """An article's headline and body lines, each a paragraph of its own (empty lines dropped)."""
    lines = [data["header"], *data["article"].split("\n")]
    return "\n\n".join(line.strip() for line in lines if line.strip())


def build(git_dir: Path, articles: tuple[int, ...] | None = None) -> list[dict]:
    """One record per article of ``articles`` (default ``ARTICLES``; dev24 passes its own), in that order."""
    records = []
    for number in ARTICLES if articles is None else articles:
        path = f"articles/{number}.json"
        data = json.loads(git_show(str(git_dir), FANG_COMMIT, path))
        text, outlet = text_of(data), data["source"]
        records.append(record(article_id(number), outlet, data["url"], text, FANG_REPO, FANG_COMMIT, path))
    return records


def main(
    argv: list[str] | None = None,
    description: str = __doc__.split("\n\n")[0],
    default_out: Path = DEFAULT_OUT,
    articles: tuple[int, ...] | None = None,
) -> int:
    """The dev23 texts (given ``articles`` and ``default_out``: dev24's), rebuilt into ``--out``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--fang-dir", type=Path, help=f"existing clone or bare git dir of {FANG_URL}")
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        git_dir = realnews.git_dir_or_clone(args.fang_dir, FANG_URL, Path(scratch) / "fang.git")
        records = build(git_dir, articles)
    realnews.write_records(records, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
