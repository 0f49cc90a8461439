"""Rebuild the local texts behind the seventeenth speaker dev set (benchmarks/gold/quotes_dev17.jsonl).

A fresh gate for the speaker and source-type rounds (issue 11, task gate17, fifth session of 2026-12-06): a
set nobody has run framing on before its first run, annotated by hand before that run. Two public sources,
read at fixed commits, never committed here (the gold file keeps only ids, SHA-256 hashes, character offsets
and a few words of speaker names):

- the German-original news documents of the WMT 2022 general translation test set as the conference publishes
  them with its systems' outputs (https://github.com/wmt-conference/wmt22-news-systems, file
  ``xml/wmttest2022.de-fr.all.xml``; news of late 2021 from German, Austrian and Swiss outlets, kept there for
  research on machine translation, rights with their publishers): each document's German source segments,
  joined by spaces within a paragraph and by a blank line between paragraphs, cleaned by framing's own cleaner
  (no title) as dev2's plain texts are. The WMT segmentation dropped most opening quotation marks
  (``…Kulisse", so der Park.``): the texts keep that, as the test set has it;
- German-language pages Fundus (https://github.com/flairNLP/fundus, MIT code) kept as parser test data only on
  pull-request branches, versions no earlier recipe reads (dev16 took pages of the default branch only): each
  read at the head commit of its pull request, unpacked and extracted as dev11's are (framing's reader,
  trafilatura, and cleaner): Business Insider's of 2024-03-02 (pull request 376, whose page of 2024-02-24
  dev13 reads) and stern's of 2024-11-05 (pull request 656: another article than the page of that name dev12
  reads at the default branch's commit; the two share no run of eight words).

No text of the set shares a run of eight words with any dev set's local article file, gnad1000, demo600, the
events dev files or the Petersen-Frey & Biemann train and dev texts. usage: ``python
benchmarks/realnews_dev17.py [--wmt-dir DIR] [--fundus-dir DIR] [--out FILE]``; a repository not given (an
existing clone or bare git dir) is cloned into a temporary folder, Fundus's pull-request heads fetched into it
(the only steps that need the network). The output (one line per text: the WMT documents, then the Fundus
pages) goes by default to ``speakers_dev17_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews
from benchmarks.realnews_dev2 import git_show, record
from benchmarks.realnews_dev11 import FUNDUS_URL, TEST_DATA, FundusPage, read_gzipped_page
from benchmarks.realnews_dev13 import has_commit

DEFAULT_OUT = LOCAL_DATA / "speakers_dev17_articles.jsonl"
WMT_REPO = "wmt-conference/wmt22-news-systems"
WMT_URL = "https://github.com/wmt-conference/wmt22-news-systems.git"
WMT_COMMIT = "20240a2e96a50e823ea8cdf37fd8af52547146e3"  # 2023-02-13
WMT_PATH = "xml/wmttest2022.de-fr.all.xml"
__all__ = ["DEFAULT_OUT", "FUNDUS_PAGES", "WMT_COMMIT", "WMT_DOCS", "main", "wmt_german_documents", "wmt_id"]

# WMT document ids (outlet domain and number) and the outlet's name
WMT_DOCS = (
    ("oberpfalznetz.de.40632", "Oberpfalz-Medien"),
    ("neuepresse.de.16543", "Neue Presse"),
    ("sn-online.de.15291", "Schaumburger Nachrichten"),
    ("sn-online.de.15246", "Schaumburger Nachrichten"),
    ("welt.40941", "WELT"),
    ("morgenweb.de.10308", "Mannheimer Morgen"),
    ("stuttgarter-nachrichten.de.20280", "Stuttgarter Nachrichten"),
    ("merkur-online.de.69194", "Merkur"),
    ("hna.de.33738", "HNA"),
    ("pnp.de.52722", "Passauer Neue Presse"),
    ("derstandart.at.36811", "Der Standard"),
    ("braunschweiger-zeitung.de.35094", "Braunschweiger Zeitung"),
    ("yahoo-de.9290", "Yahoo Nachrichten"),
    ("presseportal.de.33251", "presseportal.de"),
    ("bz-berlin.de.13125", "B.Z."),
    ("noz.de.67941", "Neue Osnabrücker Zeitung"),
    ("salzburg.com.47418", "Salzburger Nachrichten"),
    ("an-online.de.46492", "Aachener Nachrichten"),
    ("nzz.ch.18057", "NZZ"),
    ("azonline.de.38223", "Allgemeine Zeitung"),
    ("morgenpost.de.51208", "Berliner Morgenpost"),
    ("wa.de.26867", "Westfälischer Anzeiger"),
    ("schwarzwaelder-bote.de.119078", "Schwarzwälder Bote"),
    ("rhein-zeitung.de.29170", "Rhein-Zeitung"),
    ("welt.40954", "WELT"),
    ("nzz.ch.18035", "NZZ"),
)

# Fundus pages kept only on pull-request branches: (page without .html.gz, outlet, head commit, pull request)
FUNDUS_PULLS = (
    ("de/BusinessInsider_2024_03_02", "Business Insider", "9ec2574ec6470b05149bdb1ccc78c6f22a8d1141", 376),
    ("de/Stern_2024_11_05", "stern", "8ead5c0181844b794cf8154a20c5d56b31f56103", 656),
)
FUNDUS_PAGES = tuple(
    FundusPage(f"{TEST_DATA}/{page}.html.gz", outlet, commit, prefix="fdpr-")
    for page, outlet, commit, _ in FUNDUS_PULLS
)


def wmt_id(doc_id: str) -> str:
    """The set's id of a WMT document: ``wmt-`` and its id with dots as hyphens (``wmt-hna-de-33738``)."""
    return "wmt-" + doc_id.replace(".", "-")


def wmt_texts(git_dir: Path) -> dict[str, str]:
    """Each German-original document of the test file: its source segments as plain text."""
    return wmt_german_documents(git_dir, WMT_COMMIT, WMT_PATH)


def wmt_german_documents(git_dir: Path, commit: str, path: str) -> dict[str, str]:
    """Each German-original document of a WMT test file (the conference's ``*.all.xml``) at a commit: its
    source segments, joined by spaces within a paragraph and by a blank line between paragraphs."""
    root = ET.fromstring(git_show(str(git_dir), commit, path))
    return {
        doc.get("id"): "\n\n".join(
            " ".join(seg.text or "" for seg in paragraph.iter("seg"))
            for paragraph in doc.find("src").iter("p")
        )
        for doc in root.iter("doc")
        if doc.get("origlang") == "de"
    }


def fetch_pulls(git_dir: Path) -> None:
    """The pull-request heads of the Fundus pages whose commit the git dir lacks (a fresh bare clone has the
    default branch's refs only), fetched as dev13 fetches its one."""
    refs = [
        f"refs/pull/{number}/head" for _, _, commit, number in FUNDUS_PULLS if not has_commit(git_dir, commit)
    ]
    if refs:
        subprocess.run(["git", f"--git-dir={git_dir}", "fetch", "--quiet", FUNDUS_URL, *refs], check=True)


def build(wmt_dir: Path, fundus_dir: Path) -> list[dict]:
    """One record per text: the WMT documents in ``WMT_DOCS`` order, then the Fundus pages."""
    texts = wmt_texts(wmt_dir)
    records = [
        record(wmt_id(doc_id), outlet, doc_id, texts[doc_id], WMT_REPO, WMT_COMMIT, WMT_PATH)
        for doc_id, outlet in WMT_DOCS
    ]
    return records + realnews.build(fundus_dir, FUNDUS_PAGES, read_gzipped_page)


def main(argv: list[str] | None = None) -> int:
    """The dev17 texts, rebuilt into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wmt-dir", type=Path, help=f"existing clone or bare git dir of {WMT_URL}")
    parser.add_argument("--fundus-dir", type=Path, help=f"existing clone or bare git dir of {FUNDUS_URL}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        wmt_dir = realnews.git_dir_or_clone(args.wmt_dir, WMT_URL, Path(scratch) / "wmt.git")
        fundus_dir = realnews.git_dir_or_clone(args.fundus_dir, FUNDUS_URL, Path(scratch) / "fundus.git")
        fetch_pulls(fundus_dir)
        records = build(wmt_dir, fundus_dir)
    realnews.write_records(records, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
