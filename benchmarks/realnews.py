"""Rebuild the local real-news corpus behind the held-out speaker gold sets (benchmarks/gold/).

The gold files keep only article ids, SHA-256 hashes and character offsets: the article texts belong
to their publishers and are not committed. This recipe rebuilds them from real German news pages that
the trafilatura project keeps in its public test folders (https://github.com/adbar/trafilatura,
Apache-2.0 code; the pages are third-party copies kept there for extraction tests), at a fixed commit,
and extracts each with framing's own reader and cleaner, so that offsets refer to ``Article.text``.

usage:
    python benchmarks/realnews.py [--repo-dir DIR] [--out FILE]

``--repo-dir`` is an existing clone or bare git directory of adbar/trafilatura (any clone holding the
commit below); without it the repository is cloned into a temporary folder (the only step that needs
the network). Each output line: id, outlet, date, title, text, url, repo, commit, path, sha256 (of
``text``, UTF-8). A later change to trafilatura or to framing's cleaning may change a text: the
evaluator (benchmarks/speakers.py) then names the article whose hash differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA

REPO = "adbar/trafilatura"
CLONE_URL = "https://github.com/adbar/trafilatura.git"
COMMIT = "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5"  # 2026-08-21, main
DEFAULT_OUT = LOCAL_DATA / "gold_articles.jsonl"


@dataclass(frozen=True)
class Page:
    """One news page in a repository: its path, the outlet's name and a short stable id; by default a page
    of trafilatura's test folders at COMMIT (realnews_dev9 reads pages of other commits and repositories)."""

    path: str
    outlet: str
    commit: str = COMMIT
    repo: str = REPO
    prefix: str = "tf-"

    @property
    def id(self) -> str:
        return self.prefix + Path(self.path).stem.replace(".", "-").lower()


PAGES = (
    Page("tests/cache/faz.net.streaming.html", "FAZ"),
    Page("tests/cache/heise.de.lithium.html", "heise online"),
    Page("tests/cache/spiegel.de.albtraum.html", "Der Spiegel"),
    Page("tests/cache/sueddeutsche.de.flixtrain.html", "Süddeutsche Zeitung"),
    Page("tests/cache/zeit.de.zugverkehr.html", "Zeit Online"),
    Page("tests/cache/rnz.de.witzel.html", "Rhein-Neckar-Zeitung"),
    Page("tests/cache/correctiv.org.zusage.html", "Correctiv"),
    Page("tests/cache/netzpolitik.org.abmahnungen.html", "netzpolitik.org"),
    Page("tests/cache/meedia.de.freenet.html", "Meedia"),
    Page("tests/cache/futurezone.at.lyft.html", "futurezone"),
    Page("tests/eval/badische-zeitung.de-Wohnungssuche.html", "Badische Zeitung"),
    Page("tests/eval/cicero.de.pandemie.html", "Cicero"),
    Page("tests/eval/deutschlandfunk.de.titanic.html", "Deutschlandfunk"),
    Page("tests/eval/focus.de.leasen.html", "Focus Online"),
    Page("tests/eval/fr.de.nordkorea.html", "Frankfurter Rundschau"),
    Page("tests/eval/handelsblatt.com.grenzschliessungen.html", "Handelsblatt"),
    Page("tests/eval/mdr.de.autohaeuser.html", "MDR"),
    Page("tests/eval/neues-deutschland.de.mietenstreik.html", "nd"),
    Page("tests/eval/swr.de-volleyball.html", "SWR"),
    Page("tests/eval/tagesanzeiger.ch.umweltzerstoerung.html", "Tages-Anzeiger"),
    Page("tests/eval/tagesschau.de.rheinmetall.html", "tagesschau.de"),
    Page("tests/eval/tagesspiegel.de.abstandsregeln.html", "Der Tagesspiegel"),
    Page("tests/eval/taz.de.siemens.html", "taz"),
    Page("tests/eval/www1.wdr.de-Correctiv-Recherche.html", "WDR"),
    Page("tests/eval/zdf.de.corona.html", "ZDFheute"),
    Page("tests/eval/t3n.de-Laufzeit.html", "t3n"),
)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_page(git_dir: Path, page: Page) -> bytes:
    """The page's bytes at its fixed commit, read from the git object store (no work tree needed)."""
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{page.commit}:{page.path}"], capture_output=True, check=True
    ).stdout


def git_dir_of(repo_dir: Path) -> Path:
    """A clone's ``.git`` folder, or the folder itself when it is a bare repository."""
    return repo_dir / ".git" if (repo_dir / ".git").exists() else repo_dir


def git_dir_or_clone(given: Path | None, url: str, target: Path) -> Path:
    """The git dir of an existing clone ``given``, else of a fresh bare clone of ``url`` at ``target``."""
    if given is not None:
        return git_dir_of(given)
    subprocess.run(["git", "clone", "--bare", "--quiet", url, str(target)], check=True)
    return target


def build(
    git_dir: Path, pages: tuple[Page, ...] = PAGES, read: Callable[[Path, Page], bytes] = read_page
) -> list[dict]:
    """One record per page: framing's clean text with its metadata and provenance; ``read`` gives a page's
    bytes (realnews_dev11 unpacks gzipped pages)."""
    from framing.ingest import read_bytes
    from framing.model import Skipped
    from framing.pipeline import prepare

    records = []
    for page in pages:
        raw = read_bytes(read(git_dir, page), page.path)
        if isinstance(raw, Skipped):
            print(f"skipped {page.path}: {raw.reason}", file=sys.stderr)
            continue
        raw.outlet = page.outlet
        article = prepare(raw)
        records.append(
            {
                "id": page.id,
                "outlet": page.outlet,
                "date": article.date,
                "title": article.title,
                "text": article.text,
                "url": article.url,
                "repo": page.repo,
                "commit": page.commit,
                "path": page.path,
                "sha256": text_sha256(article.text),
            }
        )
    return records


def main(
    argv: list[str] | None = None,
    pages: tuple[Page, ...] = PAGES,
    out: Path = DEFAULT_OUT,
    doc: str = __doc__,
) -> int:
    """Rebuild ``pages`` (by default the dev and test articles) into ``out``; shared with realnews_dev3."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--repo-dir", type=Path, help="existing clone or bare git dir of adbar/trafilatura")
    parser.add_argument("--out", type=Path, default=out)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        records = build(git_dir_or_clone(args.repo_dir, CLONE_URL, Path(scratch) / "trafilatura.git"), pages)
    write_records(records, args.out)
    return 0


def write_records(records: list[dict], out: Path) -> None:
    """The rebuilt articles as JSONL at ``out`` (its folder made as needed)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles written to {out}")


if __name__ == "__main__":
    sys.exit(main())
