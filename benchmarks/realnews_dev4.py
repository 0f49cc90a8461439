"""Rebuild the local texts behind the fourth speaker dev set (benchmarks/gold/quotes_dev4.jsonl).

Twenty-two further German-language pages of 22 regional, trade, association, science and sports outlets
from the trafilatura project's test folder (https://github.com/adbar/trafilatura, Apache-2.0 code; the
pages are third-party copies kept there for extraction tests), at the same fixed commit as
benchmarks/realnews.py and extracted the same way (framing's own reader and cleaner), chosen, like the
held-out test2 articles, for outlets beyond the general press, with quotation marks or reported speech.
None of them is in the dev, dev2, dev3, test, test2 or demo sets (checked by path and id). Only ids,
hashes and offsets are committed, never the texts.

usage: ``python benchmarks/realnews_dev4.py [--repo-dir DIR] [--out FILE]``, the options of
benchmarks/realnews.py; the output (one line per article, as there) goes by default to
``speakers_dev4_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews

Page = realnews.Page
DEFAULT_OUT = LOCAL_DATA / "speakers_dev4_articles.jsonl"
PAGES = (
    Page("tests/eval/dtb-tennis.de-nominiert.html", "DTB"),
    Page("tests/eval/drk.de-Glasgow.html", "DRK"),
    Page("tests/eval/helmholtz-klima.de.kipppunkt.html", "Helmholtz-Klima-Initiative"),
    Page("tests/eval/finanztreff.de-Influencer.html", "finanztreff.de"),
    Page("tests/eval/ekbo.de-Bischofs.html", "EKBO"),
    Page("tests/eval/leukefeld-handball.de.leukefeld.html", "Leukefeld Handball"),
    Page("tests/eval/5min.at-Villachs.html", "5 Minuten"),
    Page("tests/eval/autohaus.de-skode.html", "AUTOHAUS"),
    Page("tests/eval/flvw.de-hallenmeisterschaften.html", "FLVW"),
    Page("tests/eval/schimmverband.at-weltmeisterschaft.html", "OSV"),
    Page("tests/eval/eawag.ch-elektron.html", "Eawag"),
    Page("tests/eval/lsvd.de-afghanistan.html", "LSVD"),
    Page("tests/eval/caritas.de-Präsidentin.html", "Caritas"),
    Page("tests/eval/hertha-blog.de.dame.html", "Hertha-Blog"),
    Page("tests/eval/katholisch.at-alleinerziehende.html", "katholisch.at"),
    Page("tests/eval/kirche-und-leben.de-Münster.html", "Kirche+Leben"),
    Page("tests/eval/bund-naturschutz.de-habeck.html", "BUND Naturschutz"),
    Page("tests/eval/malteser.de-Bevölkerungsschutz.html", "Malteser"),
    Page("tests/eval/autozeitung.de-adblue.html", "AUTO ZEITUNG"),
    Page("tests/eval/leichtathletik.de-erfurt.html", "leichtathletik.de"),
    Page("tests/eval/gay.ch-papst.html", "gay.ch"),
    Page("tests/eval/thw.de-frauen.html", "THW"),
)


def main(argv: list[str] | None = None) -> int:
    """The dev4 pages, rebuilt into ``--out`` by the shared recipe of benchmarks/realnews.py."""
    return realnews.main(argv, pages=PAGES, out=DEFAULT_OUT, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
