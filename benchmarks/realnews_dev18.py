"""Rebuild the local texts behind the eighteenth speaker set (benchmarks/gold/quotes_dev18.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate18, fifth session of 2026-12-06): a
set nobody had run framing on before its first run, annotated by hand before that run. One public source,
read at a fixed commit, never committed here (the gold file keeps only ids, SHA-256 hashes, character
offsets and a few words of speaker names):

- short Der Standard articles (2015–2016) of 10kGNAD (github.com/tblock/10kGNAD, CC BY-NC-SA 4.0) at the
  commit of benchmarks/realnews_corpus.py, rows of ``test.csv`` (``train.csv``'s blob is still missing from
  the local mirror), cleaned as in realnews_dev2.py. 10kGNAD's makers removed the quotation marks from the
  body texts, so direct speech there is unmarked, and no row can be chosen by counting quotation marks.

The rows were chosen by a fixed rule before any was read (``sample_order``): the rows under 200 words (every
row of 200 words or more is in the gnad1000 sample), minus the rows of dev2, dev8, dev9 and dev10 and the
eight rows dev10 annotated and left out (``READ_ROWS``), minus the rows whose text the hand labels of
benchmarks/wording_topics_labels.csv name; each of the nine sections' rows shuffled by
``random.Random("dev18-" + section)``, then taken round-robin over the sections in the order of ``SECTIONS``
(one row each a round). Every row so taken was annotated, with no filter, in that order, for ``ROUNDS``
rounds; a row that shares a run of eight words with a dev set's local article file, gnad1000, demo600, the
events dev files, the Petersen-Frey & Biemann train and dev texts or an earlier row of the sample was
dropped (``DROPPED``). ``GNAD_ROWS`` is what is left.

usage: ``python benchmarks/realnews_dev18.py [--gnad-git-dir DIR] [--out FILE]``; without ``--gnad-git-dir``
the repository is cloned into a temporary folder (the only step that needs the network). The output (one
line per row, in the order of ``GNAD_ROWS``) goes by default to ``speakers_dev18_articles.jsonl`` in
``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews
from benchmarks.realnews_corpus import GNAD_REPO, MIN_WORDS
from benchmarks.realnews_dev2 import clone
from benchmarks.realnews_dev8 import build_gnad, gnad_id

DEFAULT_OUT = LOCAL_DATA / "speakers_dev18_articles.jsonl"
SECTIONS = (
    "Inland",
    "International",
    "Wirtschaft",
    "Panorama",
    "Sport",
    "Web",
    "Etat",
    "Kultur",
    "Wissenschaft",
)
MAX_WORDS = MIN_WORDS  # realnews_corpus.py's --min-words: longer rows are in the gnad1000 sample
READ_ROWS = (554, 725, 301, 867, 325, 235, 467, 577)  # annotated for dev10, then left out of it
ROUNDS = 8
# rows of the first ROUNDS rounds that share a run of eight words with a local file or an earlier row
DROPPED = (45, 253)  # 45: a longer copy is gnad1000's gnad-253; 253: the text of row 197 again
# rows of 10kGNAD's test.csv (0-based, in file order after dropping empty rows, as realnews_dev2.py counts
# them): the first ROUNDS rounds of sample_order less DROPPED
GNAD_ROWS = (
    528, 383, 741, 735, 646, 9, 460, 620, 132,
    281, 480, 338, 861, 562, 444, 191, 290,
    386, 429, 598, 82, 908, 812, 59, 358, 858,
    233, 588, 864, 676, 434, 559, 394, 227, 85,
    97, 361, 39, 780, 841, 470, 743, 530, 636,
    728, 197, 357, 79, 915, 773, 391, 23, 273,
    8, 188, 219, 931, 606, 236, 815, 17,
    164, 124, 1014, 729, 162, 230, 967,
)  # fmt: skip
GNAD_IDS = tuple(map(gnad_id, GNAD_ROWS))  # gnad-test-ROW, as dev2's, dev8's, dev9's and dev10's


def sample_order(rows: list[tuple[str, str]], taken: set[int], labelled: set[str]) -> list[int]:
    """The free rows (under MAX_WORDS words, not in ``taken``, whose text's SHA-256 is not in ``labelled``),
    each section's shuffled by its own seed, then round-robin over SECTIONS: the order dev18 reads them in."""
    free: dict[str, list[int]] = {section: [] for section in SECTIONS}
    for number, (section, text) in enumerate(rows):
        if section not in free or number in taken or len(text.split()) >= MAX_WORDS:
            continue
        if hashlib.sha256(text.encode("utf-8")).hexdigest() not in labelled:
            free[section].append(number)
    for section, numbers in free.items():
        random.Random(f"dev18-{section}").shuffle(numbers)
    order = []
    for turn in range(max(map(len, free.values()))):
        order += [numbers[turn] for numbers in free.values() if turn < len(numbers)]
    return order


def main(argv: list[str] | None = None) -> int:
    """The dev18 rows, rebuilt into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gnad-git-dir", help=f"git dir of a clone of {GNAD_REPO}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        records = build_gnad(args.gnad_git_dir or clone(GNAD_REPO, Path(scratch) / "10kGNAD.git"), GNAD_ROWS)
    realnews.write_records(records, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
