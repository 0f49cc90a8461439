"""Rebuild the local texts behind the twenty-fourth speaker set (benchmarks/gold/quotes_dev24.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate24, wave 2 of the ninth session of
2026-12-06): a set nobody has run framing on before its first run, annotated by hand before that run. German
articles of FANG-COVID (Mattern et al., FEVER 2021; https://github.com/justusmattern/fang-covid at the commit
dev23 reads, ``realnews_dev23.FANG_COMMIT``; articles of 2020–2021, rights with their publishers), never
committed here (the gold file keeps only ids, SHA-256 hashes, character offsets and a few words of speaker
names), read and cut exactly as dev23's recipe (``benchmarks/realnews_dev23.py``, whose functions this one
calls with its own ``ARTICLES``), from OTHER outlets than dev23's.

The articles were chosen by a fixed rule before any was read: the outlets ranked 7th to 12th by article
count in the repository (``OUTLETS``; each has at least 10 articles whose body has 2,000 to 4,500 characters,
and each writes German, so none was skipped), of each outlet those articles, in the order of their file number
shuffled by ``random.Random("dev24-" + outlet)``, then taken round-robin over the outlets in the order of
``OUTLETS`` (one article each a round) for ``ROUNDS`` rounds (enough: they hold 195 speech quotes, 120 were
wanted), every one annotated whatever it holds, but one that shares a run of eight words with an earlier
set's texts or an earlier article of the sample (``DROPPED``). ``ARTICLES`` is that sample in that order. No
text of the set shares a run of eight words with any dev set's local article file (dev23's included), dev19's
to dev22's, devint's, gnad1000, demo600 or the events dev files.

usage: ``python benchmarks/realnews_dev24.py [--fang-dir DIR] [--out FILE]``; a repository not given (an
existing clone or bare git dir) is cloned into a temporary folder (the only step that needs the network).
The output (one line per article, in the order of ``ARTICLES``) goes by default to
``speakers_dev24_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews_dev23

DEFAULT_OUT = LOCAL_DATA / "speakers_dev24_articles.jsonl"
# ranks 7–12 by article count at FANG_COMMIT (articles in all / with a 2,000–4,500-character body)
OUTLETS = (
    "freiewelt.net",  # 1,403 / 717
    "pravda-tv.com",  # 1,117 / 60
    "compact-online.de",  # 1,077 / 541
    "contra-magazin.com",  # 998 / 527
    "politikstube.com",  # 602 / 131
    "anonymousnews.ru",  # 229 / 97
)
ROUNDS = 5
__all__ = ["ARTICLES", "DEFAULT_OUT", "DRAWN", "DROPPED", "OUTLETS", "ROUNDS", "main"]

# the first ROUNDS rounds of the draw by file number (articles/NUMBER.json), one article per outlet a round
DRAWN = (
    (39333, 736, 1940, 34855, 40741, 35187),
    (39737, 195, 1749, 34985, 40800, 35337),
    (39592, 834, 1844, 34238, 40816, 35171),
    (40084, 366, 1712, 35036, 41138, 35153),
    (40053, 936, 2067, 34687, 40850, 35246),
)
# drawn articles left out: each shares runs of eight words with an earlier one of the sample
DROPPED = (1749,)  # COMPACT, 1 run shared with 1940 (the advert line for "COMPACT-Aktuell Corona")
ARTICLES = tuple(number for round_ in DRAWN for number in round_ if number not in DROPPED)


def main(argv: list[str] | None = None) -> int:
    """The dev24 texts, rebuilt into ``--out``."""
    return realnews_dev23.main(argv, __doc__.split("\n\n")[0], DEFAULT_OUT, ARTICLES)


if __name__ == "__main__":
    sys.exit(main())
