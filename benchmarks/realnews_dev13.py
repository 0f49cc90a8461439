"""Rebuild the local texts behind the thirteenth speaker dev set (benchmarks/gold/quotes_dev13.jsonl).

The lead's gate for the speaker and source-type rounds of the session of 2026-12-05 late night (issue 11): a
set nobody has run framing on. One public source, read at fixed commits, never committed here (the gold file
keeps only ids, SHA-256 hashes, character offsets and a few words of speaker names):

- the German-language news pages Fundus once kept as parser test data and later removed or replaced
  (https://github.com/flairNLP/fundus, MIT code; the pages under ``tests/resources/parser/test_data/`` are
  gzipped third-party copies kept for its parser tests, rights with their publishers), each read at the last
  commit that held it (the parent of the commit that removed it; the Tageblatt page at a commit of the default
  branch holding the same blob; the Business Insider page only on the branch of pull request 376, fetched as
  ``refs/pull/376/head`` when the clone lacks it): 11 articles of 2022–2025 from DW, ZDF, MDR, taz, Merkur,
  Tageblatt, Business Insider, Mitteldeutsche Zeitung, WELT, Berliner Zeitung and Freie Presse, none of them
  a page of dev11's or dev12's commit. No text of the set shares a run of eight words with any local article
  file.

Each page is unpacked and extracted as dev11's are (framing's reader, trafilatura, and cleaner). usage:
``python benchmarks/realnews_dev13.py [--fundus-dir DIR] [--out FILE]``; without ``--fundus-dir`` (an
existing clone or bare git dir) the repository is cloned into a temporary folder (the only step that needs
the network, with the fetch of the pull request's branch). The output (one line per page, in the order
below) goes by default to ``speakers_dev13_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews
from benchmarks.realnews_dev11 import FUNDUS_REPO, FUNDUS_URL, TEST_DATA, FundusPage, read_gzipped_page

DEFAULT_OUT = LOCAL_DATA / "speakers_dev13_articles.jsonl"
PULL_REF = "refs/pull/376/head"  # the branch that alone holds the Business Insider page
__all__ = ["DEFAULT_OUT", "FUNDUS_REPO", "PAGES", "PULL_REF", "main"]

PAGES = tuple(
    FundusPage(f"{TEST_DATA}/{page}.html.gz", outlet, commit)
    for page, outlet, commit in (
        ("de/DW", "DW", "fa3bffc775e77a12cdc2294c38abc2399ce1a231"),  # 2023-04-26
        ("de/ZDF_2024_04_20", "ZDF", "a473423ee287942e693e8c9e1ab3f40433d60bf3"),  # 2024-04-22
        ("de/MDR", "MDR", "fa3bffc775e77a12cdc2294c38abc2399ce1a231"),
        ("de/Taz_2024_10_22", "taz", "272d840d97e466bf66f0f70f657e40b80a678293"),  # 2024-11-19
        ("de/Merkur", "Merkur", "fa3bffc775e77a12cdc2294c38abc2399ce1a231"),
        ("lu/Tageblatt_2025_06_30", "Tageblatt", "9e100dfa09cb68b25d3dc377c13df2cced9c3d0e"),  # 2025-06-30
        ("de/BusinessInsider_2024_02_24", "Business Insider", "9ec2574ec6470b05149bdb1ccc78c6f22a8d1141"),
        (
            "de/MitteldeutscheZeitung_2024_04_28",
            "Mitteldeutsche Zeitung",
            "b9a53cfa8c45c2f18fe4092c74cf797f15646fdd",  # 2024-04-29
        ),
        ("de/DieWelt", "WELT", "fa3bffc775e77a12cdc2294c38abc2399ce1a231"),
        ("de/BerlinerZeitung", "Berliner Zeitung", "fa3bffc775e77a12cdc2294c38abc2399ce1a231"),
        ("de/FreiePresse_2024_11_26", "Freie Presse", "0243a9e3f9fcf8fd100177b5417c2b0907ab7ca9"),
    )
)


def has_commit(git_dir: Path, commit: str) -> bool:
    """Whether the git dir holds ``commit``."""
    probe = ["git", f"--git-dir={git_dir}", "cat-file", "-e", f"{commit}^{{commit}}"]
    return subprocess.run(probe, capture_output=True, check=False).returncode == 0


def main(argv: list[str] | None = None) -> int:
    """The dev13 pages, rebuilt into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fundus-dir", type=Path, help=f"existing clone or bare git dir of {FUNDUS_URL}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        git_dir = realnews.git_dir_or_clone(args.fundus_dir, FUNDUS_URL, Path(scratch) / "fundus.git")
        if not all(has_commit(git_dir, page.commit) for page in PAGES):
            fetch = ["git", f"--git-dir={git_dir}", "fetch", "--quiet", FUNDUS_URL, PULL_REF]
            subprocess.run(fetch, check=True)
        records = realnews.build(git_dir, PAGES, read_gzipped_page)
    realnews.write_records(records, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
