"""Rebuild the local texts behind the twenty-second speaker set (benchmarks/gold/quotes_dev22.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate22, eighth session of 2026-12-06): a
set nobody has run framing on before its first run, annotated by hand before that run. The documents of WMT
2021's newstest2021 de-en source that dev21 left: lines 579–1000 of
``txt/sources/newstest2021.de-en.src.de`` (https://github.com/wmt-conference/wmt21-news-systems at the
commit dev19 and dev21 read; news of July 2020 from German, Austrian and Swiss outlets, rights with their
publishers), read and cut exactly as dev21's recipe (``benchmarks/realnews_dev21.py``, whose functions this
one calls with its own ``DOCS``): each document given by its first and last line and its subheadings
(1-based), cut at each headline by reading, all of them in file order whatever they hold, but those sharing
a run of eight words with an earlier set's texts (``DROPPED``). Nothing of the texts is committed (the
gold file keeps only ids, SHA-256 hashes, character offsets and a few words of speaker names). No text of
the set shares a run of eight words with any dev set's local article file, dev19's, dev20's, dev21's,
gnad1000, demo600 or the events dev files.

usage: ``python benchmarks/realnews_dev22.py [--wmt21-dir DIR] [--out FILE]``; a repository not given (an
existing clone or bare git dir) is cloned into a temporary folder (the only step that needs the network). The
output (one line per text, in file order) goes by default to ``speakers_dev22_articles.jsonl`` in
``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews_dev21

DEFAULT_OUT = LOCAL_DATA / "speakers_dev22_articles.jsonl"
FIRST = realnews_dev21.LINES + 1  # the first line dev21 left
LINES = 1000  # the file's last line
__all__ = ["DEFAULT_OUT", "DOCS", "DROPPED", "FIRST", "LINES", "documents", "main"]

# the documents of lines FIRST–LINES: (first line, last line, subheading lines), 1-based
DOCS = (
    (579, 587, ()), (588, 601, ()), (602, 611, ()), (612, 635, (620, 629)), (636, 650, ()),
    (651, 665, (657,)), (666, 686, ()), (687, 713, ()), (714, 734, ()), (735, 742, ()), (743, 763, ()),
    (764, 782, (775,)),
    (783, 809, ()), (810, 824, ()), (825, 840, (831,)), (841, 869, (846, 856, 861)), (870, 881, (871,)),
    (882, 910, ()), (911, 938, (914, 925, 932)), (939, 959, ()), (960, 965, ()), (966, 1000, ()),
)  # fmt: skip

# documents left out, by first line: each shares runs of eight words with an earlier set's text
DROPPED = (636,)  # dev19's wmt-an-online-de-487084: the same report (the BA on short-time work abuse)


def documents(git_dir: Path) -> dict[str, str]:
    """Each document of ``DOCS`` not in ``DROPPED``, made as dev21's (ids ``wmt21-deen-l579`` …)."""
    return realnews_dev21.documents(git_dir, DOCS, DROPPED)


def main(argv: list[str] | None = None) -> int:
    """The dev22 texts, rebuilt into ``--out``."""
    return realnews_dev21.main(argv, __doc__.split("\n\n")[0], DEFAULT_OUT, DOCS, DROPPED)


if __name__ == "__main__":
    sys.exit(main())
