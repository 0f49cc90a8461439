"""Rebuild the local texts behind the twentieth speaker set (benchmarks/gold/quotes_dev20.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate20, seventh session of 2026-12-06): a
set nobody has run framing on before its first run, annotated by hand before that run. German-original news
of two WMT general translation test sets as the conference publishes them with its systems' outputs (news of
German, Austrian and Swiss outlets, kept there for research on machine translation, rights with their
publishers), read at fixed commits and never committed here (the gold file keeps only ids, SHA-256 hashes,
character offsets and a few words of speaker names):

- every news document of the German source of WMT 2023's generaltest2023 de-en
  (https://github.com/wmt-conference/wmt23-news-systems, ``txt/sources/generaltest2023.de-en.src.de``, news of
  February 2023). The mirror holds that plain-text file (one paragraph a line) but not the XML with the
  document ids and domains, so the documents are given here by their lines (``WMT23_DOCS``, first and last
  line, 1-based): the news domain is the file's first ``WMT23_NEWS_LINES`` lines (Mastodon posts, speech
  transcripts, manuals and product reviews follow), cut at each headline by reading; all of them are taken,
  whatever they hold. Their outlets are not given (``WMT23_OUTLET``);
- the German-original documents of newstest2021 (the file dev19 reads) that dev19 did not take, picked by
  dev19's own count (``realnews_dev19.dense``): at least eight quotation marks or four forms of saying, the
  most marks first, at most two a domain.

Each text is cleaned by framing's own cleaner, as dev17's and dev19's are: a WMT 2023 document's lines are
joined by a blank line (its headline, the first, is then taken as the title). No text of the set shares a run
of eight words with any dev set's local article file, dev19's, gnad1000, demo600 or the events dev files.
usage: ``python benchmarks/realnews_dev20.py [--wmt23-dir DIR] [--wmt21-dir DIR] [--out FILE]``; a repository
not given (an existing clone or bare git dir) is cloned into a temporary folder (the only step that needs the
network). The output (one line per text: the WMT 2023 documents, then the WMT 2021 ones) goes by default to
``speakers_dev20_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews
from benchmarks.realnews_dev2 import git_show, record
from benchmarks.realnews_dev17 import wmt_german_documents, wmt_id
from benchmarks.realnews_dev19 import WMT21_COMMIT, WMT21_PATH, WMT21_REPO, WMT21_URL

DEFAULT_OUT = LOCAL_DATA / "speakers_dev20_articles.jsonl"
WMT23_REPO = "wmt-conference/wmt23-news-systems"
WMT23_URL = "https://github.com/wmt-conference/wmt23-news-systems.git"
WMT23_COMMIT = "99b5b9de2a535c2c5542fd4ec404682903299894"  # 2024-05-01
WMT23_PATH = "txt/sources/generaltest2023.de-en.src.de"
WMT23_NEWS_LINES = 277
WMT23_OUTLET = "WMT 2023 (outlet not given)"
__all__ = [
    "DEFAULT_OUT",
    "WMT21_DOCS",
    "WMT23_DOCS",
    "WMT23_NEWS_LINES",
    "main",
    "wmt23_documents",
    "wmt23_id",
]

# the news documents of the WMT 2023 file: (first line, last line), 1-based, in file order
WMT23_DOCS = (
    (1, 2), (3, 10), (11, 21), (22, 25), (26, 33), (34, 55), (56, 60), (61, 66), (67, 73), (74, 76),
    (77, 78), (79, 80), (81, 87), (88, 92), (93, 99), (100, 110), (111, 118), (119, 124), (125, 134),
    (135, 147), (148, 149), (150, 158), (159, 163), (164, 170), (171, 172), (173, 175), (176, 184),
    (185, 192), (193, 195), (196, 197), (198, 204), (205, 209), (210, 219), (220, 225), (226, 229),
    (230, 233), (234, 235), (236, 238), (239, 241), (242, 249), (250, 255), (256, 257), (258, 264),
    (265, 267), (268, 270), (271, 273), (274, 277),
)  # fmt: skip

# the newstest2021 documents dev19 left that ``realnews_dev19.dense`` picks, in its order (id, outlet)
WMT21_DOCS = (
    ("handelsblatt.com.292720", "Handelsblatt"),
    ("handelsblatt.com.292744", "Handelsblatt"),
    ("sz.151396", "Süddeutsche Zeitung"),
)


def wmt23_id(first: int) -> str:
    """The set's id of a WMT 2023 document: its first line's number (``wmt23-de-l011``)."""
    return f"wmt23-de-l{first:03d}"


def wmt23_documents(git_dir: Path) -> dict[str, str]:
    """Each document of ``WMT23_DOCS``: its lines of the source file, joined by blank lines."""
    lines = git_show(str(git_dir), WMT23_COMMIT, WMT23_PATH).decode("utf-8").split("\n")
    return {wmt23_id(first): "\n\n".join(lines[first - 1 : last]) for first, last in WMT23_DOCS}


def build(wmt23_dir: Path, wmt21_dir: Path) -> list[dict]:
    """One record per text: the WMT 2023 documents in file order, then the WMT 2021 ones."""
    wmt23 = wmt23_documents(wmt23_dir)
    wmt21 = wmt_german_documents(wmt21_dir, WMT21_COMMIT, WMT21_PATH)
    return [
        record(doc_id, WMT23_OUTLET, doc_id, text, WMT23_REPO, WMT23_COMMIT, WMT23_PATH)
        for doc_id, text in wmt23.items()
    ] + [
        record(wmt_id(doc_id), outlet, doc_id, wmt21[doc_id], WMT21_REPO, WMT21_COMMIT, WMT21_PATH)
        for doc_id, outlet in WMT21_DOCS
    ]


def main(argv: list[str] | None = None) -> int:
    """The dev20 texts, rebuilt into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wmt23-dir", type=Path, help=f"existing clone or bare git dir of {WMT23_URL}")
    parser.add_argument("--wmt21-dir", type=Path, help=f"existing clone or bare git dir of {WMT21_URL}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        wmt23_dir = realnews.git_dir_or_clone(args.wmt23_dir, WMT23_URL, Path(scratch) / "wmt23.git")
        wmt21_dir = realnews.git_dir_or_clone(args.wmt21_dir, WMT21_URL, Path(scratch) / "wmt21.git")
        records = build(wmt23_dir, wmt21_dir)
    realnews.write_records(records, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
