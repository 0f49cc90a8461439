"""Rebuild the local texts behind the fifteenth speaker dev set (benchmarks/gold/quotes_dev15.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate15, session of 2026-12-06, third): a
set nobody has run framing on before its first run, annotated by hand before that run. One public source, read
at a fixed commit, never committed here (the gold file keeps only ids, SHA-256 hashes, character offsets and a
few words of speaker names):

- the German-language news pages Fundus keeps as parser test data (https://github.com/flairNLP/fundus, MIT
  code; the pages under ``tests/resources/parser/test_data/{de,at,ch}/`` are gzipped third-party copies kept
  for its parser tests, rights with their publishers), at the commit dev11, dev12 and dev14 pinned: pages none
  of them nor dev13 took (the stored snapshot of the repository holds no later commit). No text of the set
  shares a run of eight words with any dev set's local article file, gnad1000, demo600, the events dev files
  or the Petersen-Frey & Biemann train and dev texts.

Each page is unpacked and extracted as dev11's are (framing's reader, trafilatura, and cleaner). usage:
``python benchmarks/realnews_dev15.py [--fundus-dir DIR] [--out FILE]``; without ``--fundus-dir`` (an existing
clone or bare git dir) the repository is cloned into a temporary folder (the only step that needs the
network). The output (one line per page, in the order below) goes by default to
``speakers_dev15_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA
from benchmarks.realnews_dev11 import FUNDUS_COMMIT, FUNDUS_REPO, fundus_pages, rebuild

DEFAULT_OUT = LOCAL_DATA / "speakers_dev15_articles.jsonl"
__all__ = ["DEFAULT_OUT", "FUNDUS_COMMIT", "FUNDUS_REPO", "PAGES", "main"]

PAGES = fundus_pages(
    ("ch/NZZ_2024_07_18", "NZZ"),
    ("de/BSZ_2025_09_09", "Bayerische Staatszeitung"),
    ("de/BerlinerMorgenpost_2024_05_03", "Berliner Morgenpost"),
    ("de/DW_2023_04_28", "DW"),
    ("de/DW_2023_06_13", "DW"),
    ("de/EuronewsDE_2024_04_30", "Euronews"),
    ("de/Correctiv_2026_05_24", "Correctiv"),
    ("de/FAZ_2025_04_15", "FAZ"),
    ("de/SZ_2024_09_30", "Süddeutsche Zeitung"),
    ("at/SalzburgerNachrichten_2025_06_05", "Salzburger Nachrichten"),
    ("de/BR_2026_04_15", "BR24"),
    ("de/NDR_2025_06_18", "NDR"),
    ("de/MDR_2026_07_08", "MDR"),
    ("de/SportSchau_2024_04_25", "Sportschau"),
    ("de/SpiegelOnline_2023_04_28", "Der Spiegel"),
    ("de/WAZ_2024_03_08", "WAZ"),
    ("ch/TagesAnzeiger_2026_05_18", "Tages-Anzeiger"),
    ("de/JungeWelt_2026_05_18", "junge Welt"),
)


def main(argv: list[str] | None = None) -> int:
    """The dev15 pages, rebuilt into ``--out``."""
    return rebuild(argv, PAGES, DEFAULT_OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
