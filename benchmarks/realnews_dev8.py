"""Rebuild the local texts behind the eighth speaker dev set (benchmarks/gold/quotes_dev8.jsonl).

The lead's gate for the speaker and source-type rounds of 2026-12-05 (issue 11): a set nobody has run
framing on. Two public sources, each read at a fixed commit, never committed here (the gold file keeps
only ids, SHA-256 hashes, character offsets and a few words of speaker names):

- German-language pages of the trafilatura project's test folder (https://github.com/adbar/trafilatura,
  Apache-2.0 code; the pages are third-party copies kept there for extraction tests) at the commit of
  benchmarks/realnews.py, extracted the same way (framing's own reader and cleaner), chosen for quotation
  marks or reported speech among the pages no other recipe uses (checked by path and id against every
  benchmarks/realnews*.py);
- Der Standard articles (2015–2016) of the 10kGNAD data set (github.com/tblock/10kGNAD, CC BY-NC-SA 4.0)
  at the commit of benchmarks/realnews_corpus.py, rows of ``test.csv`` with fewer than 200 words, so none
  of them is in the gnad1000 sample (the first 719 articles of 200 words or more) whose framing output
  the helpers read, nor one of dev2's rows; cleaned with framing's own cleaner as in realnews_dev2.py.
  10kGNAD's makers removed the quotation marks from the body texts, so direct speech there is unmarked.

usage: ``python benchmarks/realnews_dev8.py [--repo-dir DIR] [--gnad-git-dir DIR] [--out FILE]``; a
repository not given is cloned into a temporary folder (the only step that needs the network). The
output (one line per article: the trafilatura pages first, then the 10kGNAD rows) goes by default to
``speakers_dev8_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews
from benchmarks.realnews_corpus import GNAD_COMMIT, GNAD_REPO, gnad_rows
from benchmarks.realnews_dev2 import GNAD_MEMBER, clone, record

Page = realnews.Page
DEFAULT_OUT = LOCAL_DATA / "speakers_dev8_articles.jsonl"
PAGES = (
    Page("tests/eval/archive.org.stol.it.berlusconi.html", "STOL (Südtirol Online)"),
    Page("tests/eval/Raptastisch.net-Seitenhieb.html", "Raptastisch"),
    Page("tests/eval/mannschaft.com-katar.html", "MANNSCHAFT"),
    Page("tests/eval/spox.com-corona-fealle.html", "SPOX"),
    Page("tests/eval/motorsport-total.com-romeo.html", "Motorsport-Total.com"),
    Page("tests/eval/munich2022.com-topathleten.html", "Munich 2022"),
    Page("tests/eval/omeda.de-paxlovid.html", "Omeda"),
    Page("tests/eval/scinexx.com.ammoniak.html", "scinexx"),
    Page("tests/eval/l-mag.de-Holocaust-Gedenken.html", "L-MAG"),
    Page("tests/eval/bka.de-messengerdienste.html", "BKA"),
    Page("tests/eval/topagrar.com.schnee.solat.html", "top agrar"),
    Page("tests/cache/cdu-fraktion-erfurt.de.waldorfschule.html", "CDU-Fraktion Erfurt"),
    Page("tests/eval/springer.com-produkte.html", "Springer Fachmedien"),
    Page("tests/eval/ekiba.de-trauer.html", "Evangelische Landeskirche in Baden"),
    Page("tests/eval/Solarserver.de.solarthermisches kraftwerk dubai.html", "Solarserver"),
    Page("tests/eval/90min.de-Bundesliga-Tabelle.html", "90min"),
    Page("tests/eval/erzbstbstum-koeln.de-halskrankheiten.html", "Erzbistum Köln"),
    Page("tests/eval/bmfsfj.de-praesidentschaft.html", "BMFSFJ"),
    Page("tests/eval/hpd.de-Homosexuellenhass.html", "hpd"),
    Page("tests/eval/dtb.de-kulturwandel.html", "Deutscher Turner-Bund"),
    Page("tests/eval/rosa-mag.de.womanking.html", "RosaMag"),
    Page("tests/eval/linksfraktion.de-Abzocke.html", "Linksfraktion"),
    Page("tests/eval/macwelt.de-warten.html", "Macwelt"),
    Page("tests/eval/piratenpartei.at.grundeinkommen.html", "Piratenpartei Österreichs"),
    Page("tests/eval/publikum.net-HPV-Impfungen.html", "publikum.net"),
    Page("tests/eval/nachtkritik.de-Dragqueens.html", "nachtkritik.de"),
    Page("tests/cache/basicthinking.de.tweets.html", "BASIC thinking"),
    Page(
        "tests/cache/brandenburg.de.homo-brandenburgensis.html",
        "Brandenburgische Landeszentrale für politische Bildung",
    ),
)
# rows of 10kGNAD's test.csv (0-based, in file order after dropping empty rows, as realnews_dev2.py
# counts them), each under 200 words, of the sections Etat, Panorama, Sport, Inland, Wirtschaft,
# International and Web
GNAD_ROWS = (
    715,
    691,
    801,
    678,
    465,
    726,
    755,
    412,
    244,
    709,
    828,
    372,
    137,
    346,
    440,
    827,
    714,
    579,
    509,
    87,
    980,
)
GNAD_OUTLET = "Der Standard"


def gnad_id(row: int) -> str:
    return f"gnad-test-{row}"


def build_gnad(git_dir: str, chosen: tuple[int, ...] = GNAD_ROWS) -> list[dict]:
    """One record per chosen 10kGNAD row, cleaned as realnews_dev2.py cleans its rows (dev9's rows too)."""
    rows = gnad_rows(git_dir, GNAD_MEMBER)
    records = []
    for row in chosen:
        category, text = rows[row]
        path = f"{GNAD_MEMBER} row {row}"
        records.append(record(gnad_id(row), GNAD_OUTLET, category, text, GNAD_REPO, GNAD_COMMIT, path))
    return records


def main(argv: list[str] | None = None) -> int:
    """The dev8 pages and rows, rebuilt into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo-dir", type=Path, help="existing clone or bare git dir of adbar/trafilatura")
    parser.add_argument("--gnad-git-dir", help=f"git dir of a clone of {GNAD_REPO}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        git_dir = realnews.git_dir_or_clone(
            args.repo_dir, realnews.CLONE_URL, Path(scratch) / "trafilatura.git"
        )
        gnad = args.gnad_git_dir or clone(GNAD_REPO, Path(scratch) / "10kGNAD.git")
        records = realnews.build(git_dir, PAGES) + build_gnad(gnad)
    realnews.write_records(records, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
