"""Rebuild the local texts behind the twenty-sixth speaker set (benchmarks/gold/quotes_dev26.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate26, eleventh session of 2026-12-07): a
set nobody has run framing on before its first run, annotated by hand before that run. German articles of
FANG-COVID (Mattern et al., FEVER 2021; https://github.com/justusmattern/fang-covid at the commit dev23
reads, ``realnews_dev23.FANG_COMMIT``; articles of 2020–2021, rights with their publishers), never committed
here (the gold file keeps only ids, SHA-256 hashes, character offsets and a few words of speaker names), read
and cut exactly as dev23's recipe (``benchmarks/realnews_dev23.py``, whose functions this one calls with its
own ``ARTICLES``).

The articles continue dev23's fixed draw after dev25's rounds: dev23's six outlets
(``realnews_dev23.OUTLETS``), of each the articles whose body has 2,000 to 4,500 characters in the order of
their file number shuffled by ``random.Random("dev23-" + outlet)``, taken round-robin over the outlets (one
article each a round) for rounds 11 to 14 (``ROUNDS``; ``realnews_dev23.draw`` gives them, dev23's rounds 1 to
5 and dev25's 6 to 10), every one annotated whatever it holds, but one that shares a run of eight words with
an earlier article of the sample or with any local article file (``DROPPED``). ``ARTICLES`` is that sample in
that order.

usage: ``python benchmarks/realnews_dev26.py [--fang-dir DIR] [--out FILE]``; a repository not given (an
existing clone or bare git dir) is cloned into a temporary folder (the only step that needs the network).
The output (one line per article, in the order of ``ARTICLES``) goes by default to
``speakers_dev26_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews_dev23

DEFAULT_OUT = LOCAL_DATA / "speakers_dev26_articles.jsonl"
OUTLETS = realnews_dev23.OUTLETS
SEED = "dev23-"  # dev23's shuffle, continued after dev25's rounds
ROUNDS = range(11, 15)
__all__ = ["ARTICLES", "DEFAULT_OUT", "DRAWN", "DROPPED", "OUTLETS", "ROUNDS", "SEED", "main"]

# rounds 11–14 of dev23's draw by file number (articles/NUMBER.json), one article per outlet a round
DRAWN = (
    (25168, 12296, 21813, 3891, 37895, 36385),
    (32911, 14846, 17093, 4761, 37384, 36376),
    (22569, 7485, 20349, 5856, 37004, 35430),
    (28895, 8205, 20864, 3014, 38291, 36479),
)
# drawn articles left out: each shares runs of eight words with a local file (none with an earlier one of the
# sample)
DROPPED = (
    36376,  # Rubikon, 1 run shared with fang1000.jsonl (fang-36526)
    5856,  # Journalistenwatch, 18 runs shared with fang1000.jsonl (fang-4227)
    28895,  # Tagesspiegel, 22 runs shared with each of 12 fang1000 texts and 7 with gold_articles.jsonl (the
    # paper's Corona boilerplate paragraphs; gold_articles.jsonl read only by the check)
)
ARTICLES = tuple(number for round_ in DRAWN for number in round_ if number not in DROPPED)


def main(argv: list[str] | None = None) -> int:
    """The dev26 texts, rebuilt into ``--out``."""
    return realnews_dev23.main(argv, __doc__.split("\n\n")[0], DEFAULT_OUT, ARTICLES)


if __name__ == "__main__":
    sys.exit(main())
