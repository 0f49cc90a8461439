"""Rebuild the local texts behind the sixth speaker dev set (benchmarks/gold/quotes_dev6.jsonl).

German-language pages of the general press (national and regional newspapers, broadcasters, news
sites) from the trafilatura project's test folder (https://github.com/adbar/trafilatura, Apache-2.0
code; the pages are third-party copies kept there for extraction tests), at the same fixed commit as
benchmarks/realnews.py and extracted the same way (framing's own reader and cleaner), chosen for
quotation marks or reported speech. None of them is in the dev, dev2, dev3, dev4, dev5, test, test2,
test3 or demo sets (checked by path and id against every benchmarks/realnews*.py). Only ids, hashes and
offsets are committed, never the texts.

usage: ``python benchmarks/realnews_dev6.py [--repo-dir DIR] [--out FILE]``, the options of
benchmarks/realnews.py; the output (one line per article, as there) goes by default to
``speakers_dev6_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews

Page = realnews.Page
DEFAULT_OUT = LOCAL_DATA / "speakers_dev6_articles.jsonl"
PAGES = (
    Page("tests/eval/0a6291ebbce449b3b04256b43c73e39d.html", "wien.ORF.at"),
    Page("tests/eval/0af99c85f22b451a93a75bbf99ac412e.html", "Mitteldeutsche Zeitung"),
    Page("tests/eval/0b5db24739704283849ca3ed20ce09d4.html", "Kölner Stadt-Anzeiger"),
    Page("tests/eval/d27eb719099b43639104995806e07d00.html", "Hamburger Morgenpost"),
    Page("tests/eval/d51e75d9e53a472bb7708191899aa6b4.html", "Lübecker Nachrichten"),
    Page("tests/eval/d57cfadc540842ebb09971e28df123ec.html", "Express"),
    Page("tests/eval/d76cf81a74fa4633bd19d7060f5c05ee.html", "hessenschau.de"),
    Page("tests/eval/d42c68f1b0f4408b81cf8f00bbe1a631.html", "NZZ"),
    Page("tests/eval/d90b19386e2b48559082547016cbe5ec.html", "SAT.1 REGIONAL (dpa)"),
    Page("tests/eval/0a29620f9c4347758c146ed06dab6f3e.html", "St. Galler Tagblatt"),
    Page("tests/eval/0afd671fc2b64f3caa83a91537e8d343.html", "Telebasel"),
    Page("tests/eval/d76bb5cda4cd4621a04c1b166d6cad9f.html", "TAG24"),
    Page("tests/eval/infosperber.ch-Madagaskar.html", "Infosperber"),
    Page("tests/eval/tvtoday.de-willsmith.html", "TV Today"),
    Page("tests/eval/vipflash.de-Ehezoff.html", "vipflash"),
    Page("tests/eval/0b66696af800472190a76b26faa845d4.html", "Junge Freiheit"),
)


def main(argv: list[str] | None = None) -> int:
    """The dev6 pages, rebuilt into ``--out`` by the shared recipe of benchmarks/realnews.py."""
    return realnews.main(argv, pages=PAGES, out=DEFAULT_OUT, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
