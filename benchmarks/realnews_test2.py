"""Rebuild the local texts behind the second held-out speaker test set (benchmarks/gold/quotes_test2.jsonl).

Twenty-three further German-language news pages of 23 outlets from the trafilatura project's test
folders (https://github.com/adbar/trafilatura, Apache-2.0 code; the pages are third-party copies kept
there for extraction tests), at the same fixed commit as benchmarks/realnews.py and extracted the same
way (framing's own reader and cleaner): regional, economic, political, science and sports news with
quotation marks. None of them is in the dev, dev2, dev3, test or demo sets (checked by path and id),
and none is in the Petersen-Frey & Biemann data (German Wikinews). The set was annotated before
framing's speaker finder or source typing was ever run on it. Only ids, hashes and offsets are
committed, never the texts.

usage: ``python benchmarks/realnews_test2.py [--repo-dir DIR] [--out FILE]``, the options of
benchmarks/realnews.py; the output (one line per article, as there) goes by default to
``speakers_test2_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews

Page = realnews.Page
DEFAULT_OUT = LOCAL_DATA / "speakers_test2_articles.jsonl"
PAGES = (
    Page(
        "tests/eval/deutsche-wirtschafts-nachrichten.de-Industriestrompreis.html",
        "Deutsche Wirtschafts Nachrichten",
    ),
    Page("tests/eval/presse-ausburg.de-Tarifverbund.html", "Presse Augsburg"),
    Page("tests/eval/guten-tach.de-sperrung.html", "TACH!"),
    Page("tests/eval/proplanta.de.erloesobergrenze.html", "Proplanta"),
    Page("tests/eval/unzensuriert.at-Zeche.html", "unzensuriert.at"),
    Page("tests/eval/volksblatt.at-Alkoholkonsum.html", "Volksblatt"),
    Page("tests/eval/teslamag.de-Musk.html", "teslamag.de"),
    Page("tests/eval/handwerk-magazin.de-Angriffe.html", "handwerk magazin"),
    Page("tests/eval/djz.de-amoklauf.html", "Deutsche Jagdzeitung"),
    Page("tests/eval/liquimoly-hbl.de-cheftrainer.html", "LIQUI MOLY HBL"),
    Page("tests/eval/tennismagazin.de-viertelfinale.html", "tennis MAGAZIN"),
    Page("tests/eval/handball.ch-bruderduell.html", "Handball Schweiz"),
    Page("tests/eval/ingenieur.de.kernfusion.html", "ingenieur.de"),
    Page("tests/eval/chemie.de.spin-off.html", "chemie.de"),
    Page("tests/eval/aerobuzz.de-bremen.html", "aerobuzz.de"),
    Page("tests/eval/simmeltalzeitung.ch-Trinkwasser.html", "Simmental Zeitung"),
    Page("tests/eval/tegernseerstimme.de-Klimavorreiter.html", "Tegernseer Stimme"),
    Page("tests/eval/nnz-online.de-Quantensprung.html", "nnz-online"),
    Page("tests/eval/kulturnews.de-Deutschland-Tour.html", "kulturnews"),
    Page("tests/eval/winfuture.de-NASA.html", "WinFuture"),
    Page("tests/cache/sonntag-sachsen.de.emanuel.html", "Der Sonntag"),
    Page("tests/eval/groove.de-Anti-A100-Aktivist.html", "GROOVE"),
    Page("tests/eval/reitschuster.de-Hass-Demo.html", "reitschuster.de"),
)


def main(argv: list[str] | None = None) -> int:
    """The test2 pages, rebuilt into ``--out`` by the shared recipe of benchmarks/realnews.py."""
    return realnews.main(argv, pages=PAGES, out=DEFAULT_OUT, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
