"""Rebuild the local texts behind the sixteenth speaker dev set (benchmarks/gold/quotes_dev16.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate16, fourth session of 2026-12-06): a
set nobody has run framing on before its first run, annotated by hand before that run. One public source,
read at fixed commits, never committed here (the gold file keeps only ids, SHA-256 hashes, character offsets
and a few words of speaker names):

- the German-language news pages Fundus keeps or kept as parser test data (https://github.com/flairNLP/fundus,
  MIT code; the pages under ``tests/resources/parser/test_data/{de,ch}/`` are gzipped third-party copies kept
  for its parser tests, rights with their publishers): pages at the commit dev11, dev12, dev14 and dev15
  read that none of them took, and pages Fundus removed or replaced later, each read at the commit of the
  default branch that added it, at a path no other set reads. No text of the set shares a run of eight
  words with any dev set's local article file, gnad1000, demo600, the events dev files or the Petersen-Frey &
  Biemann train and dev texts.

Each page is unpacked and extracted as dev11's are (framing's reader, trafilatura, and cleaner). usage:
``python benchmarks/realnews_dev16.py [--fundus-dir DIR] [--out FILE]``; without ``--fundus-dir`` (an existing
clone or bare git dir) the repository is cloned into a temporary folder (the only step that needs the
network). The output (one line per page, in the order below) goes by default to
``speakers_dev16_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA
from benchmarks.realnews_dev11 import (
    FUNDUS_COMMIT,
    FUNDUS_REPO,
    TEST_DATA,
    FundusPage,
    rebuild,
)

DEFAULT_OUT = LOCAL_DATA / "speakers_dev16_articles.jsonl"
__all__ = ["DEFAULT_OUT", "FUNDUS_COMMIT", "FUNDUS_REPO", "PAGES", "main"]

PAGES = tuple(
    FundusPage(f"{TEST_DATA}/{page}.html.gz", outlet, commit)
    for page, outlet, commit in (
        ("de/Taz", "taz", "69e33c3d85b6044e0553cee78071bc9e365767c0"),  # 2023-04-01
        (
            "de/StuttgarterZeitung_2025_10_23",
            "Stuttgarter Zeitung",
            "c2e785933f704373547a546430b1df5204352800",
        ),
        (
            "de/BerlinerMorgenPost_2024_04_29",
            "Berliner Morgenpost",
            "bc01974b6ee4203972a33ff27f3d9dae6bef639d",
        ),
        ("de/BerlinerMorgenpost_2025_11_06", "Berliner Morgenpost", FUNDUS_COMMIT),
        ("de/SpiegelOnline", "Der Spiegel", "f90db0ca665614b5ea4418a6a5c23fae802197a0"),  # 2023-03-31
        ("de/BoersenZeitung_2024_04_27", "Börsen-Zeitung", "e56ab2659d1ebe3c9120c6523132d34d1e5f9fbd"),
        ("de/BoersenZeitung_2024_10_23", "Börsen-Zeitung", FUNDUS_COMMIT),
        ("de/SZ", "Süddeutsche Zeitung", "f90db0ca665614b5ea4418a6a5c23fae802197a0"),
        ("de/NTV", "n-tv", "89d4b5c9f6689e520f80c29063065fe7fdda13a9"),  # 2023-04-11
        ("ch/ZwanzigMinuten_2024_10_15", "20 Minuten", "499864f5ed2dd6ff12ca3b579ad0887c59b4376b"),
        ("ch/ZwanzigMinuten_2024_12_17", "20 Minuten", FUNDUS_COMMIT),
        ("de/DieZeit", "Zeit Online", "f90db0ca665614b5ea4418a6a5c23fae802197a0"),
        ("de/DieZeit_2023_04_28", "Zeit Online", FUNDUS_COMMIT),
        ("de/FAZ_2023_04_28", "FAZ", FUNDUS_COMMIT),
        ("de/MitteldeutscheZeitung_2024_04_30", "Mitteldeutsche Zeitung", FUNDUS_COMMIT),
        ("de/Heise_2024_04_19", "heise online", FUNDUS_COMMIT),
        ("de/WAZ_2025_11_06", "WAZ", FUNDUS_COMMIT),
        ("de/Merkur_2023_04_28", "Merkur", FUNDUS_COMMIT),
        ("de/Stern", "stern", "fd38023319701bca17a7feb528842ef3ac29cd36"),  # 2023-03-31
        ("de/BSZ_2024_01_29", "Bayerische Staatszeitung", "0f685835356ae141693274ee8419617e9b9a4a2c"),
    )
)


def main(argv: list[str] | None = None) -> int:
    """The dev16 pages, rebuilt into ``--out``."""
    return rebuild(argv, PAGES, DEFAULT_OUT, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    sys.exit(main())
