"""Rebuild the local texts behind the eleventh speaker dev set (benchmarks/gold/quotes_dev11.jsonl).

The lead's gate for the speaker and source-type rounds of the session of 2026-12-05 evening (issue 11): a set
nobody has run framing on, from outlets in no earlier set. One public source, read at a fixed commit, never
committed here (the gold file keeps only ids, SHA-256 hashes, character offsets and a few words of speaker
names):

- the German-language news pages Fundus keeps as parser test data (https://github.com/flairNLP/fundus, MIT
  code; the pages under ``tests/resources/parser/test_data/{de,at,ch,lu}/`` are gzipped third-party copies
  kept for its parser tests, rights with their publishers), 16 articles of 2023–2026 from Kleine Zeitung,
  ORF, Salzburger Nachrichten, Bayerische Staatszeitung, 20 Minuten, n-tv, WAZ, Luxemburger Wort, Euronews,
  hessenschau, Tageblatt, Rheinische Post, WELT, Berliner Morgenpost, Börsen-Zeitung and AFP Faktencheck.
  No earlier recipe reads this repository; no text of the set shares a run of eight words with any local
  article file.

Each page is unpacked and extracted as the other recipes extract theirs (framing's reader, trafilatura, and
cleaner). usage: ``python benchmarks/realnews_dev11.py [--fundus-dir DIR] [--out FILE]``; without
``--fundus-dir`` (an existing clone or bare git dir) the repository is cloned into a temporary folder (the
only step that needs the network). The output (one line per page, in the order below) goes by default to
``speakers_dev11_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews

DEFAULT_OUT = LOCAL_DATA / "speakers_dev11_articles.jsonl"
FUNDUS_REPO = "flairNLP/fundus"
FUNDUS_URL = "https://github.com/flairNLP/fundus.git"
FUNDUS_COMMIT = "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8"  # 2026-08-05
TEST_DATA = "tests/resources/parser/test_data"


@dataclass(frozen=True)
class FundusPage(realnews.Page):
    """A gzipped page of Fundus's parser test data; its id is ``fd-`` and the file's name without
    ``.html.gz`` (``fd-orf-2024-11-22``)."""

    commit: str = FUNDUS_COMMIT
    repo: str = FUNDUS_REPO
    prefix: str = "fd-"

    @property
    def id(self) -> str:
        return self.prefix + Path(self.path).name.removesuffix(".html.gz").replace("_", "-").lower()


def fundus_pages(*rows: tuple[str, str]) -> tuple[FundusPage, ...]:
    """A Fundus recipe's page table (dev11, dev12, dev14, dev15): each row a page of ``TEST_DATA`` without
    ``.html.gz`` ("at/ORF_2024_11_22") and its outlet, read at ``FUNDUS_COMMIT``."""
    return tuple(FundusPage(f"{TEST_DATA}/{page}.html.gz", outlet) for page, outlet in rows)


PAGES = fundus_pages(
    ("at/KleineZeitung_2025_06_30", "Kleine Zeitung"),
    ("at/ORF_2024_11_22", "ORF"),
    ("at/SalzburgerNachrichten_2026_01_06", "Salzburger Nachrichten"),
    ("de/BSZ_2025_11_06", "Bayerische Staatszeitung"),
    ("ch/ZwanzigMinuten_2025_11_06", "20 Minuten"),
    ("de/NTV_2025_12_12", "n-tv"),
    ("de/WAZ_2025_09_10", "WAZ"),
    ("lu/LuxemburgerWort_2026_07_12", "Luxemburger Wort"),
    ("de/EuronewsDE_2026_01_06", "Euronews"),
    ("de/Hessenschau_2024_04_27", "hessenschau"),
    ("lu/Tageblatt_2026_01_13", "Tageblatt"),
    ("de/RheinischePost_2024_04_21", "Rheinische Post"),
    ("de/DieWelt_2024_08_27", "WELT"),
    ("de/BerlinerMorgenpost_2025_09_09", "Berliner Morgenpost"),
    ("de/BoersenZeitung_2024_12_16", "Börsen-Zeitung"),
    ("de/AFPFaktencheck_2026_05_24", "AFP Faktencheck"),
)


def read_gzipped_page(git_dir: Path, page: realnews.Page) -> bytes:
    """The page's HTML: its gzipped blob at the fixed commit, unpacked."""
    return gzip.decompress(realnews.read_page(git_dir, page))


def rebuild(argv: list[str] | None, pages: tuple[FundusPage, ...], default_out: Path, doc: str) -> int:
    """Fundus ``pages`` rebuilt into ``--out`` (``default_out`` unless given); the command line of the
    recipes that read Fundus's parser test data at ``FUNDUS_COMMIT`` (dev11, dev12, dev14, dev15), described
    by the first paragraph of the recipe's ``doc``."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--fundus-dir", type=Path, help=f"existing clone or bare git dir of {FUNDUS_URL}")
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        git_dir = realnews.git_dir_or_clone(args.fundus_dir, FUNDUS_URL, Path(scratch) / "fundus.git")
        records = realnews.build(git_dir, pages, read_gzipped_page)
    realnews.write_records(records, args.out)
    return 0


def main(argv: list[str] | None = None) -> int:
    """The dev11 pages, rebuilt into ``--out``."""
    return rebuild(argv, PAGES, DEFAULT_OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
