"""Rebuild the local texts behind the twelfth speaker dev set (benchmarks/gold/quotes_dev12.jsonl).

The lead's gate for the speaker and source-type rounds of the session of 2026-12-05 night (issue 11): a set
nobody has run framing on, from outlets in no earlier set. One public source, read at a fixed commit, never
committed here (the gold file keeps only ids, SHA-256 hashes, character offsets and a few words of speaker
names):

- the German-language news pages Fundus keeps as parser test data (https://github.com/flairNLP/fundus, MIT
  code; the pages under ``tests/resources/parser/test_data/{de,ch}/`` are gzipped third-party copies kept
  for its parser tests, rights with their publishers), at the commit dev11 pinned: 18 articles of 2023–2026
  of pages dev11 did not take, from Freie Presse, junge Welt, WDR, DW, BR24, ZDF, stern, Berliner Zeitung,
  rbb24, Ruhr Nachrichten, t-online, SRF, kicker, LTO, Motorsport-Magazin, Stuttgarter Zeitung and Golem
  (two). No text of the set shares a run of eight words with any local article file.

Each page is unpacked and extracted as dev11's are (framing's reader, trafilatura, and cleaner). usage:
``python benchmarks/realnews_dev12.py [--fundus-dir DIR] [--out FILE]``; without ``--fundus-dir`` (an
existing clone or bare git dir) the repository is cloned into a temporary folder (the only step that needs
the network). The output (one line per page, in the order below) goes by default to
``speakers_dev12_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA
from benchmarks.realnews_dev11 import FUNDUS_COMMIT, FUNDUS_REPO, fundus_pages, rebuild

DEFAULT_OUT = LOCAL_DATA / "speakers_dev12_articles.jsonl"
__all__ = ["DEFAULT_OUT", "FUNDUS_COMMIT", "FUNDUS_REPO", "PAGES", "main"]

PAGES = fundus_pages(
    ("de/FreiePresse_2024_11_29", "Freie Presse"),
    ("de/JungeWelt_2024_04_26", "junge Welt"),
    ("de/WDR_2024_04_22", "WDR"),
    ("de/DW_2024_01_30", "DW"),
    ("de/BR_2024_08_27", "BR24"),
    ("de/ZDF_2025_11_07", "ZDF"),
    ("de/Stern_2024_11_05", "stern"),
    ("de/BerlinerZeitung_2026_05_18", "Berliner Zeitung"),
    ("de/RBB24_2024_04_25", "rbb24"),
    ("de/RuhrNachrichten_2024_05_03", "Ruhr Nachrichten"),
    ("de/TOnline_2026_01_07", "t-online"),
    ("ch/SRF_2025_01_05", "SRF"),
    ("de/Kicker_2024_04_26", "kicker"),
    ("de/LTO_2025_10_20", "LTO"),
    ("de/MotorSportMagazin_2024_04_24", "Motorsport-Magazin"),
    ("de/StuttgarterZeitung_2026_07_11", "Stuttgarter Zeitung"),
    ("de/Golem_2024_04_28", "Golem"),
    ("de/Golem_2025_09_09", "Golem"),
)


def main(argv: list[str] | None = None) -> int:
    """The dev12 pages, rebuilt into ``--out``."""
    return rebuild(argv, PAGES, DEFAULT_OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
