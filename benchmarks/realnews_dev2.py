"""Rebuild the local texts behind the second speaker dev set (benchmarks/gold/quotes_dev2.jsonl).

Two public sources, each read at a fixed commit, never committed here (the gold file keeps only ids,
SHA-256 hashes and character offsets):

- German Wikinews articles (2005–2014) as published with the quotation-attribution data set of
  Petersen-Frey and Biemann (github.com/uhh-lt/german-news-quotation-attribution-2024, CC BY-NC-SA
  4.0; Wikinews texts CC BY 2.5): only each file's ``originalText`` is used, never its annotations;
- Der Standard articles (2015–2016) of the 10kGNAD data set (github.com/tblock/10kGNAD, CC BY-NC-SA
  4.0), rows of ``test.csv``. 10kGNAD's makers removed the quotation marks from the body texts, so
  direct speech there is unmarked (see benchmarks/gold/README.md).

Each text is cleaned with framing's own cleaner (``framing.pipeline.prepare``), so that offsets refer
to ``Article.text``.

usage:
    python benchmarks/realnews_dev2.py [--wikinews-git-dir DIR] [--gnad-git-dir DIR] [--out FILE]

The git dirs are existing clones' ``.git`` folders or bare clones holding the commits below; a
repository not given is cloned into a temporary folder (the only step that needs the network). Each
output line: id, outlet, heading, title, text, repo, commit, path, sha256.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA
from benchmarks.realnews import text_sha256, write_records
from benchmarks.realnews_corpus import GNAD_COMMIT, GNAD_REPO, gnad_rows

WIKINEWS_REPO = "https://github.com/uhh-lt/german-news-quotation-attribution-2024"
WIKINEWS_COMMIT = "74e7bd6d1b57b662865f570c4d1de26ff15d2689"
GNAD_MEMBER = "test.csv"
DEFAULT_OUT = LOCAL_DATA / "speakers_dev2_articles.jsonl"
# Wikinews files (data/SPLIT/ID - title (date).pretty.json, named by split and numeric id), chosen
# for their many quotes across topics: court, police, politics, business, media, military, sports
WIKINEWS = (
    ("test", "67548"),
    ("train", "67437"),
    ("test", "45080"),
    ("train", "4555"),
    ("train", "37530"),
    ("train", "59270"),
    ("train", "40335"),
    ("test", "45193"),
    ("train", "59410"),
    ("dev", "34005"),
    ("train", "55265"),
    ("dev", "72867"),
    ("train", "46350"),
    ("test", "71466"),
    ("train", "52082"),
    ("test", "68250"),
)
# rows of 10kGNAD's test.csv (0-based, in file order after dropping empty rows)
GNAD_ROWS = (7, 15, 22, 30)


def git_show(git_dir: str, commit: str, path: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], capture_output=True, check=True
    ).stdout


def wikinews_paths(git_dir: str) -> dict[tuple[str, str], str]:
    """(split, id) → the file's path in the repository at WIKINEWS_COMMIT."""
    listing = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "-r", "-z", "--name-only", WIKINEWS_COMMIT, "data/"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    paths = {}
    for path in listing.split("\0"):
        parts = path.split("/")
        if len(parts) == 3 and path.endswith(".json"):
            paths[(parts[1], parts[2].split(" ", 1)[0])] = path
    return paths


def record(article_id: str, outlet: str, heading: str, text: str, repo: str, commit: str, path: str) -> dict:
    """framing's clean text of one source text, with its provenance."""
    from framing.ingest import RawDocument
    from framing.pipeline import prepare

    article = prepare(RawDocument(source=f"{path} ({article_id})", text=text, outlet=outlet))
    return {
        "id": article_id,
        "outlet": outlet,
        "heading": heading,  # Wikinews: the page title; 10kGNAD: the category (not part of the text)
        "title": article.title,
        "text": article.text,
        "repo": repo,
        "commit": commit,
        "path": path,
        "sha256": text_sha256(article.text),
    }


def build(wikinews_git_dir: str, gnad_git_dir: str) -> list[dict]:
    """One record per chosen article: Wikinews first, then 10kGNAD."""
    records = []
    paths = wikinews_paths(wikinews_git_dir)
    for split, number in WIKINEWS:
        path = paths[(split, number)]
        data = json.loads(git_show(wikinews_git_dir, WIKINEWS_COMMIT, path))
        heading = data["documentName"].split(" - ", 1)[-1]
        records.append(
            record(
                f"wn-{number}",
                "Wikinews",
                heading,
                data["originalText"],
                WIKINEWS_REPO,
                WIKINEWS_COMMIT,
                path,
            )
        )
    rows = gnad_rows(gnad_git_dir, GNAD_MEMBER)
    for row in GNAD_ROWS:
        category, text = rows[row]
        path = f"{GNAD_MEMBER} row {row}"
        records.append(
            record(f"gnad-test-{row}", "Der Standard", category, text, GNAD_REPO, GNAD_COMMIT, path)
        )
    return records


def clone(url: str, target: Path) -> str:
    subprocess.run(["git", "clone", "--bare", "--quiet", url, str(target)], check=True)
    return str(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wikinews-git-dir", help=f"git dir of a clone of {WIKINEWS_REPO}")
    parser.add_argument("--gnad-git-dir", help=f"git dir of a clone of {GNAD_REPO}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        wikinews = args.wikinews_git_dir or clone(WIKINEWS_REPO, Path(scratch) / "wikinews.git")
        gnad = args.gnad_git_dir or clone(GNAD_REPO, Path(scratch) / "10kGNAD.git")
        records = build(wikinews, gnad)
    write_records(records, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
