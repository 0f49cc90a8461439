"""Rebuild the local texts behind the twenty-fifth speaker set (benchmarks/gold/quotes_dev25.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate25, tenth session of 2026-12-07): a
set nobody has run framing on before its first run, annotated by hand before that run. German articles of
FANG-COVID (Mattern et al., FEVER 2021; https://github.com/justusmattern/fang-covid at the commit dev23
reads, ``realnews_dev23.FANG_COMMIT``; articles of 2020–2021, rights with their publishers), never committed
here (the gold file keeps only ids, SHA-256 hashes, character offsets and a few words of speaker names), read
and cut exactly as dev23's recipe (``benchmarks/realnews_dev23.py``, whose functions this one calls with its
own ``ARTICLES``).

The articles continue dev23's fixed draw (the repository's 13 outlets leave no fresh six): dev23's six outlets
(``realnews_dev23.OUTLETS``), of each the articles whose body has 2,000 to 4,500 characters in the order of
their file number shuffled by ``random.Random("dev23-" + outlet)``, taken round-robin over the outlets (one
article each a round) for rounds 6 to 10 (``ROUNDS``; ``realnews_dev23.draw`` gives them, and dev23's rounds
1 to 5), every one annotated whatever it holds, but one that shares a run of eight words with an earlier
article of the sample or with any local article file (``DROPPED``). ``ARTICLES`` is that sample in that order.

usage: ``python benchmarks/realnews_dev25.py [--fang-dir DIR] [--out FILE]``; a repository not given (an
existing clone or bare git dir) is cloned into a temporary folder (the only step that needs the network).
The output (one line per article, in the order of ``ARTICLES``) goes by default to
``speakers_dev25_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews_dev23

DEFAULT_OUT = LOCAL_DATA / "speakers_dev25_articles.jsonl"
OUTLETS = realnews_dev23.OUTLETS
SEED = "dev23-"  # dev23's shuffle, continued
ROUNDS = range(6, 11)
__all__ = ["ARTICLES", "DEFAULT_OUT", "DRAWN", "DROPPED", "OUTLETS", "ROUNDS", "SEED", "main"]

# rounds 6–10 of dev23's draw by file number (articles/NUMBER.json), one article per outlet a round
DRAWN = (
    (26601, 7638, 16324, 2897, 38873, 36734),
    (31469, 14524, 21250, 3635, 38793, 36661),
    (27089, 7322, 20100, 5707, 39067, 35899),
    (28636, 10690, 16330, 5205, 38896, 36127),
    (33904, 7204, 22306, 4748, 36952, 36588),
)
# drawn articles left out: each shares runs of eight words with an earlier one of the sample or a local file
DROPPED = (
    26601,  # Tagesspiegel, 7 runs shared with dev23's texts (its Corona boilerplate paragraphs)
    31469,  # Tagesspiegel, 16 runs shared with dev23's texts, 7 with 26601
    27089,  # Tagesspiegel, 15 runs shared with dev23's texts, 7 with 26601, 15 with 31469
    28636,  # Tagesspiegel, 15 runs shared with dev23's texts, 7 with 26601, 16 with 31469, 23 with 27089
    38873,  # RT DE, 2 runs shared with a local events file (events_test2.jsonl, read only by the check)
    5707,  # Journalistenwatch, 1 run shared with dev22's texts (read only by the check)
)
ARTICLES = tuple(number for round_ in DRAWN for number in round_ if number not in DROPPED)


def main(argv: list[str] | None = None) -> int:
    """The dev25 texts, rebuilt into ``--out``."""
    return realnews_dev23.main(argv, __doc__.split("\n\n")[0], DEFAULT_OUT, ARTICLES)


if __name__ == "__main__":
    sys.exit(main())
