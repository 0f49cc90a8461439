"""Rebuild the local texts behind the fourteenth speaker dev set (benchmarks/gold/quotes_dev14.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate14, session of 2026-12-06): a set
nobody has run framing on before its first run, annotated by hand before that run. One public source, read at
a fixed commit, never committed here (the gold file keeps only ids, SHA-256 hashes, character offsets and a
few words of speaker names):

- the German-language news pages Fundus keeps as parser test data (https://github.com/flairNLP/fundus, MIT
  code; the pages under ``tests/resources/parser/test_data/{de,at,ch}/`` are gzipped third-party copies kept
  for its parser tests, rights with their publishers), at the commit dev11 and dev12 pinned: pages neither of
  them nor dev13 took (German Wikinews, the first lead, is in no stored repository but the one dev2 and the
  Petersen-Frey & Biemann splits already read). No text of the set shares a run of eight words with any dev
  set's local article file, gnad1000, demo600, the events dev files or the Petersen-Frey & Biemann texts.

Each page is unpacked and extracted as dev11's are (framing's reader, trafilatura, and cleaner). usage:
``python benchmarks/realnews_dev14.py [--fundus-dir DIR] [--out FILE]``; without ``--fundus-dir`` (an
existing clone or bare git dir) the repository is cloned into a temporary folder (the only step that needs
the network). The output (one line per page, in the order below) goes by default to
``speakers_dev14_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA
from benchmarks.realnews_dev11 import FUNDUS_COMMIT, FUNDUS_REPO, fundus_pages, rebuild

DEFAULT_OUT = LOCAL_DATA / "speakers_dev14_articles.jsonl"
__all__ = ["DEFAULT_OUT", "FUNDUS_COMMIT", "FUNDUS_REPO", "PAGES", "main"]

PAGES = fundus_pages(
    ("at/DerStandard_2024_05_03", "Der Standard"),
    ("de/NTV_2024_08_05", "n-tv"),
    ("de/NTV_2023_04_28", "n-tv"),
    ("de/HamburgerAbendblatt_2024_04_28", "Hamburger Abendblatt"),
    ("de/HamburgerAbendblatt_2025_11_06", "Hamburger Abendblatt"),
    ("ch/TagesAnzeiger_2024_09_04", "Tages-Anzeiger"),
    ("de/BSZ_2024_05_16", "Bayerische Staatszeitung"),
    ("de/Stern_2023_04_28", "stern/Capital"),
    ("de/FAZ_2024_04_17", "FAZ"),
    ("de/BerlinerZeitung_2023_04_28", "Berliner Zeitung"),
    ("de/ZDF_2024_04_22", "ZDF"),
    ("de/BR_2024_04_22", "BR24"),
    ("de/Tagesschau_2023_04_28", "tagesschau.de"),
    ("de/TOnline_2026_04_15", "t-online"),
    ("lu/LuxemburgerWort_2025_06_30", "Luxemburger Wort"),
)


def main(argv: list[str] | None = None) -> int:
    """The dev14 pages, rebuilt into ``--out``."""
    return rebuild(argv, PAGES, DEFAULT_OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
