"""Rebuild the local texts behind the nineteenth speaker set (benchmarks/gold/quotes_dev19.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate19, sixth session of 2026-12-06): a
set nobody has run framing on before its first run, annotated by hand before that run. German-original news
documents of two WMT general translation test sets as the conference publishes them with its systems' outputs
(news of German, Austrian and Swiss outlets, kept there for research on machine translation, rights with their
publishers), read at fixed commits and never committed here (the gold file keeps only ids, SHA-256 hashes,
character offsets and a few words of speaker names):

- the 18 German-original news documents of the WMT 2022 test file dev17 reads
  (https://github.com/wmt-conference/wmt22-news-systems, ``xml/wmttest2022.de-fr.all.xml``, December 2021)
  that dev17 did not take (it took the 26 with most quotation marks and forms of saying): all of them,
  whatever they hold;
- German-original news documents of the WMT 2021 test set newstest2021 (https://github.com/wmt-conference/
  wmt21-news-systems, ``xml/newstest2021.de-fr.all.xml``, the one file of that set with German-original
  document ids the mirror holds in full: 61 documents, news of summer 2020), chosen before any was read by
  a count (``dense``): at least eight quotation marks or at least four forms of saying, at most two documents
  an outlet, the densest first; one of them (``DROPPED``) reports the same interview as an earlier one and
  was left out.

Each document's German segments are joined by spaces within a paragraph and by a blank line between paragraphs
and cleaned by framing's own cleaner (no title), as dev17's are. No text of the set shares a run of eight
words with any dev set's local article file, dev17's, gnad1000, demo600 or the events dev files. usage:
``python benchmarks/realnews_dev19.py [--wmt22-dir DIR] [--wmt21-dir DIR] [--out FILE]``; a repository not
given (an existing clone or bare git dir) is cloned into a temporary folder (the only step that needs the
network). The output (one line per text: the WMT 2022 documents, then the WMT 2021 ones) goes by default to
``speakers_dev19_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews
from benchmarks.realnews_dev2 import record
from benchmarks.realnews_dev17 import WMT_COMMIT as WMT22_COMMIT
from benchmarks.realnews_dev17 import WMT_PATH as WMT22_PATH
from benchmarks.realnews_dev17 import WMT_REPO as WMT22_REPO
from benchmarks.realnews_dev17 import WMT_URL as WMT22_URL
from benchmarks.realnews_dev17 import wmt_german_documents, wmt_id

DEFAULT_OUT = LOCAL_DATA / "speakers_dev19_articles.jsonl"
WMT21_REPO = "wmt-conference/wmt21-news-systems"
WMT21_URL = "https://github.com/wmt-conference/wmt21-news-systems.git"
WMT21_COMMIT = "f41750dadbf2ba6ab01ca5380347d253298a3427"  # 2023-01-04
WMT21_PATH = "xml/newstest2021.de-fr.all.xml"
__all__ = ["DEFAULT_OUT", "DROPPED", "WMT21_DOCS", "WMT22_DOCS", "dense", "main"]

# the WMT 2022 news documents dev17 left (document id, outlet)
WMT22_DOCS = (
    ("braunschweiger-zeitung.de.35042", "Braunschweiger Zeitung"),
    ("soester-anzeiger.de.21728", "Soester Anzeiger"),
    ("derstandart.at.36743", "Der Standard"),
    ("dzonline.de.23305", "Westfälische Nachrichten"),
    ("otz.de.5393", "Ostthüringer Zeitung"),
    ("frankenpost.de.2510", "Frankenpost"),
    ("ln-online.de.18505", "Lübecker Nachrichten"),
    ("noz.de.67937", "Neue Osnabrücker Zeitung"),
    ("pnp.de.52779", "Passauer Neue Presse"),
    ("rga-online.de.11840", "Remscheider General-Anzeiger"),
    ("rhein-zeitung.de.29155", "Rhein-Zeitung"),
    ("pnp.de.52783", "Passauer Neue Presse"),
    ("nnn.de.153311", "Norddeutsche Neueste Nachrichten"),
    ("nnn.de.153268", "Norddeutsche Neueste Nachrichten"),
    ("kurier.at.37346", "Kurier"),
    ("faz.41703", "FAZ"),
    ("wiesbadener-kurier.de.12967", "Wiesbadener Kurier"),
    ("nnn.de.153101", "Norddeutsche Neueste Nachrichten"),
)

# the WMT 2021 documents ``dense`` picks, in its order, less ``DROPPED`` (document id, outlet)
WMT21_DOCS = (
    ("ln-online.de.149803", "Lübecker Nachrichten"),
    ("handelsblatt.com.292794", "Handelsblatt"),
    ("handelsblatt.com.292795", "Handelsblatt"),
    ("epochtimes.de.56046", "Epoch Times"),
    ("salzburg.com.306596", "Salzburger Nachrichten"),
    ("rt-german.14751", "RT DE"),
    ("kurier.at.204635", "Kurier"),
    ("abendzeitung-muenchen.de.275234", "Abendzeitung München"),
    ("sz.151465", "Süddeutsche Zeitung"),
    ("come-on.de.152968", "come-on.de"),
    ("sz.151546", "Süddeutsche Zeitung"),
    ("salzburg.com.306606", "Salzburger Nachrichten"),
    ("rp-online.de.200131", "Rheinische Post"),
    ("pnp.de.390088", "Passauer Neue Presse"),
    ("an-online.de.487084", "Aachener Nachrichten"),
    ("mittelbayerische.de.307175", "Mittelbayerische"),
    ("spiegel.126128", "Spiegel"),
    ("spiegel.126085", "Spiegel"),
    ("rt-german.14759", "RT DE"),
)

# picked by ``dense`` and left out: FAZ's report of the Weidmann interview Salzburger Nachrichten's (picked
# before it) reports too (the same quoted sentences: three shared runs of eight words)
DROPPED = ("faz.79602",)

QUOTATION_MARK = re.compile(r"[\"„“”»«]")
SAYING = re.compile(r"\b(?:sagte|sagt|erklärte|betonte|so|sei|habe|laut|zufolge|berichtet)\b")
MIN_MARKS = 8
MIN_SAYING = 4
PER_OUTLET = 2


def dense(texts: dict[str, str]) -> list[str]:
    """The selection rule for the WMT 2021 documents, by their text alone: those with at least ``MIN_MARKS``
    quotation marks or ``MIN_SAYING`` forms of saying, the most marks first (then the most forms, then the
    id), at most ``PER_OUTLET`` of a domain (the id before its number)."""
    counts = {
        doc_id: (len(QUOTATION_MARK.findall(text)), len(SAYING.findall(text)))
        for doc_id, text in texts.items()
    }
    ranked = sorted(
        (doc_id for doc_id, (marks, saying) in counts.items() if marks >= MIN_MARKS or saying >= MIN_SAYING),
        key=lambda doc_id: (-counts[doc_id][0], -counts[doc_id][1], doc_id),
    )
    taken: Counter[str] = Counter()
    chosen = []
    for doc_id in ranked:
        domain = doc_id.rsplit(".", 1)[0]
        if taken[domain] < PER_OUTLET:
            taken[domain] += 1
            chosen.append(doc_id)
    return chosen


def build(wmt22_dir: Path, wmt21_dir: Path) -> list[dict]:
    """One record per text: the WMT 2022 documents in ``WMT22_DOCS`` order, then the WMT 2021 ones."""
    wmt22 = wmt_german_documents(wmt22_dir, WMT22_COMMIT, WMT22_PATH)
    wmt21 = wmt_german_documents(wmt21_dir, WMT21_COMMIT, WMT21_PATH)
    return [
        record(wmt_id(doc_id), outlet, doc_id, wmt22[doc_id], WMT22_REPO, WMT22_COMMIT, WMT22_PATH)
        for doc_id, outlet in WMT22_DOCS
    ] + [
        record(wmt_id(doc_id), outlet, doc_id, wmt21[doc_id], WMT21_REPO, WMT21_COMMIT, WMT21_PATH)
        for doc_id, outlet in WMT21_DOCS
    ]


def main(argv: list[str] | None = None) -> int:
    """The dev19 texts, rebuilt into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wmt22-dir", type=Path, help=f"existing clone or bare git dir of {WMT22_URL}")
    parser.add_argument("--wmt21-dir", type=Path, help=f"existing clone or bare git dir of {WMT21_URL}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        wmt22_dir = realnews.git_dir_or_clone(args.wmt22_dir, WMT22_URL, Path(scratch) / "wmt22.git")
        wmt21_dir = realnews.git_dir_or_clone(args.wmt21_dir, WMT21_URL, Path(scratch) / "wmt21.git")
        records = build(wmt22_dir, wmt21_dir)
    realnews.write_records(records, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
