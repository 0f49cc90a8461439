"""Rebuild the local texts behind the twenty-first speaker set (benchmarks/gold/quotes_dev21.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate21, eighth session of 2026-12-06): a
set nobody has run framing on before its first run, annotated by hand before that run. German-original news
of WMT 2021's newstest2021 de-en as the conference publishes it with its systems' outputs (news of July 2020
from German, Austrian and Swiss outlets, kept there for research on machine translation, rights with their
publishers), read at a fixed commit and never committed here (the gold file keeps only ids, SHA-256 hashes,
character offsets and a few words of speaker names).

The de-en source (``txt/sources/newstest2021.de-en.src.de`` of https://github.com/wmt-conference/
wmt21-news-systems) is another selection of documents than the de-fr file dev19 and dev20 read (45 of its
1000 lines are in both). The mirror holds that plain-text file (one sentence a line) but not the XML with the
document ids, outlets and paragraphs, so the documents are given here by their lines (``DOCS``: first line,
last line and the lines that are subheadings, 1-based), cut at each headline by reading: the documents of the
file's first ``LINES`` lines in file order, all of them whatever they hold, but those that share a run of
eight words with an earlier set's texts (``DROPPED``). A document's headline (its first line) and subheadings
stand as paragraphs of their own, its other lines are joined by spaces (the file keeps no paragraph breaks; a
quote runs across lines), and the text is cleaned by framing's own cleaner, which takes the headline as the
title. Outlets are not given (``OUTLET``). No text of the set shares a run of eight words with any dev set's
local article file, dev19's, dev20's, gnad1000, demo600 or the events dev files.

usage: ``python benchmarks/realnews_dev21.py [--wmt21-dir DIR] [--out FILE]``; a repository not given (an
existing clone or bare git dir) is cloned into a temporary folder (the only step that needs the network). The
output (one line per text, in file order) goes by default to ``speakers_dev21_articles.jsonl`` in
``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews
from benchmarks.realnews_dev2 import git_show, record
from benchmarks.realnews_dev19 import WMT21_COMMIT, WMT21_REPO, WMT21_URL

DEFAULT_OUT = LOCAL_DATA / "speakers_dev21_articles.jsonl"
PATH = "txt/sources/newstest2021.de-en.src.de"
LINES = 578
OUTLET = "WMT 2021 de-en (outlet not given)"
__all__ = ["DEFAULT_OUT", "DOCS", "DROPPED", "LINES", "build", "doc_id", "documents", "main"]

# the documents of the file's first LINES lines: (first line, last line, subheading lines), 1-based
DOCS = (
    (1, 11, (3, 6, 10)), (12, 28, ()), (29, 40, ()), (41, 53, ()), (54, 65, ()), (66, 74, ()), (75, 86, ()),
    (87, 107, ()), (108, 136, ()), (137, 160, (144, 153)), (161, 180, ()), (181, 186, ()), (187, 198, ()),
    (199, 221, ()), (222, 234, ()), (235, 238, ()), (239, 256, (245, 250)), (257, 268, (262,)),
    (269, 282, ()), (283, 303, ()), (304, 312, ()), (313, 321, ()), (322, 329, ()), (330, 341, ()),
    (342, 360, ()), (361, 366, ()), (367, 392, ()), (393, 409, (400,)), (410, 415, ()), (416, 426, ()),
    (427, 437, ()), (438, 461, (446,)), (462, 468, ()), (469, 499, ()), (500, 507, ()), (508, 515, ()),
    (516, 527, ()), (528, 551, ()), (552, 578, (558, 564, 571)),
)  # fmt: skip

# documents left out, by first line: each shares runs of eight words with an earlier set's text
DROPPED = (469,)  # dev19's wmt-handelsblatt-com-292795: the same report (Heil on the meat industry)


def doc_id(first: int) -> str:
    """The set's id of a document: its first line's number (``wmt21-deen-l012``)."""
    return f"wmt21-deen-l{first:03d}"


def documents(git_dir: Path, docs: tuple | None = None, dropped: tuple | None = None) -> dict[str, str]:
    """Each document of ``docs`` (default ``DOCS``) not in ``dropped`` (default ``DROPPED``): its headline and
    subheadings as paragraphs of their own, its other lines joined by spaces. dev22 passes its own lines."""
    docs = DOCS if docs is None else docs
    dropped = DROPPED if dropped is None else dropped
    lines = git_show(str(git_dir), WMT21_COMMIT, PATH).decode("utf-8").split("\n")
    texts = {}
    for first, last, headings in docs:
        if first in dropped:
            continue
        paragraphs: list[list[str]] = []
        for number in range(first, last + 1):
            if number in (first, first + 1) or number in headings or number - 1 in headings:
                paragraphs.append([])
            paragraphs[-1].append(lines[number - 1])
        texts[doc_id(first)] = "\n\n".join(" ".join(paragraph) for paragraph in paragraphs)
    return texts


def build(git_dir: Path, docs: tuple | None = None, dropped: tuple | None = None) -> list[dict]:
    """One record per document, in file order."""
    texts = documents(git_dir, docs, dropped)
    return [record(doc, OUTLET, doc, text, WMT21_REPO, WMT21_COMMIT, PATH) for doc, text in texts.items()]


def main(
    argv: list[str] | None = None,
    description: str = __doc__.split("\n\n")[0],
    default_out: Path = DEFAULT_OUT,
    docs: tuple | None = None,
    dropped: tuple | None = None,
) -> int:
    """The dev21 texts (given ``docs``, ``dropped`` and ``default_out``: dev22's), rebuilt into ``--out``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--wmt21-dir", type=Path, help=f"existing clone or bare git dir of {WMT21_URL}")
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        git_dir = realnews.git_dir_or_clone(args.wmt21_dir, WMT21_URL, Path(scratch) / "wmt21.git")
        records = build(git_dir, docs, dropped)
    realnews.write_records(records, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
