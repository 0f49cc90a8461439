"""Rebuild the local texts behind the seventh speaker dev set (benchmarks/gold/quotes_dev7.jsonl).

German-language pages of the general press and news sites (weeklies, magazines, national and regional
news sites, agency copy) from the trafilatura project's test folder (https://github.com/adbar/trafilatura,
Apache-2.0 code; the pages are third-party copies kept there for extraction tests), at the same fixed
commit as benchmarks/realnews.py and extracted the same way (framing's own reader and cleaner), chosen
for quotation marks or reported speech. None of them is in the dev, dev2, dev3, dev4, dev5, dev6, test,
test2, test3 or demo sets (checked by path and id against every benchmarks/realnews*.py). Only ids,
hashes and offsets are committed, never the texts.

usage: ``python benchmarks/realnews_dev7.py [--repo-dir DIR] [--out FILE]``, the options of
benchmarks/realnews.py; the output (one line per article, as there) goes by default to
``speakers_dev7_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews

Page = realnews.Page
DEFAULT_OUT = LOCAL_DATA / "speakers_dev7_articles.jsonl"
PAGES = (
    Page("tests/eval/d32ad974a4b04657bb6e4d91852bd52d.html", "Tichys Einblick"),
    Page("tests/eval/utopia.de-Werbung.html", "Utopia"),
    Page("tests/eval/greentech.live.energiesparen bei cern.html", "techfieber (dpa)"),
    Page("tests/eval/skispringen.com-verpasst.html", "skispringen.com"),
    Page("tests/eval/berkutschi.com-willingen.html", "Berkutschi"),
    Page("tests/eval/uebermedien.de-Israel.html", "Übermedien"),
    Page("tests/eval/0a4a8ab61c054192b1ec70cc3570cf45.html", "Zugreiseblog"),
    Page("tests/eval/tierwelt.ch-plez.html", "Tierwelt"),
    Page("tests/eval/haufe.de-ordnungsgeld.html", "Haufe"),
    Page("tests/eval/furche.at.achtsam.html", "Die Furche"),
    Page("tests/eval/die-tagespost.de.Demut.html", "Die Tagespost"),
    Page("tests/eval/vorangedacht.de.kohleausstieg.html", "Cicero (vorangedacht.de)"),
    Page("tests/eval/kath.net-Menschensohn.html", "kath.net"),
    Page("tests/eval/brandeins.de.wahresIch.html", "brand eins"),
    Page("tests/eval/unsere-zeitung.at.inklusion.html", "Unsere Zeitung"),
    Page("tests/eval/0a24692a9ea846c1819bd6a5f92a8874.html", "watson"),
    Page("tests/eval/siegessaeule.de-Machtinstrument.html", "Siegessäule"),
    Page("tests/eval/mein-mmo.de-MMORPG.html", "MeinMMO"),
    Page("tests/eval/wolfgangmichal.de.sorgfaltspflicht.html", "der Freitag (wolfgangmichal.de)"),
    Page("tests/eval/geschichtedergegenwart.ch.foucault.html", "Geschichte der Gegenwart"),
    Page("tests/eval/literaturkritik.de-Ann-Cotten.html", "literaturkritik.de"),
    Page("tests/eval/d60caba9d12c467b9708ec8981cad8aa.html", "Computer Bild"),
)


def main(argv: list[str] | None = None) -> int:
    """The dev7 pages, rebuilt into ``--out`` by the shared recipe of benchmarks/realnews.py."""
    return realnews.main(argv, pages=PAGES, out=DEFAULT_OUT, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
