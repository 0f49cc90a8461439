"""Rebuild the local texts behind the third held-out speaker set (benchmarks/gold/quotes_test3.jsonl).

Further German-language pages of the trafilatura project's test folder (https://github.com/adbar/trafilatura,
Apache-2.0 code; the pages are third-party copies kept there for extraction tests), at the same fixed commit
as benchmarks/realnews.py and extracted the same way (framing's own reader and cleaner): about half general
press (regional and national newspapers and news sites, business, celebrity, legal and sports news) and half
beyond it (a sports federation, public bodies, a church, associations, foundations, trade press), all with
quotation marks or reported speech. None of them is a page of the dev, dev2, dev3, dev4, dev5, test, test2 or
demo sets (checked by path and id). Held out: framing was never run on these texts while the set was made,
and it is run once by the lead, never tuned on. Only ids, hashes and offsets are committed, never the texts.

usage: ``python benchmarks/realnews_test3.py [--repo-dir DIR] [--out FILE]``, the options of
benchmarks/realnews.py; the output (one line per article, as there) goes by default to
``speakers_test3_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews

Page = realnews.Page
DEFAULT_OUT = LOCAL_DATA / "speakers_test3_articles.jsonl"
PAGES = (
    Page("tests/eval/Ostbelgiendirekt.be-ARD-Doku.html", "Ostbelgien Direkt"),
    Page("tests/eval/Tageswoche.ch-weg.html", "TagesWoche"),
    Page("tests/eval/Journalistenwatch.com-Ladensterben.html", "Journalistenwatch"),
    Page("tests/eval/der-farang.com-Grab-Bote.html", "DER FARANG"),
    Page("tests/eval/de.globalvoices.org.nicaragua.html", "Global Voices"),
    Page("tests/eval/jungle.world-Imperialismus-Phantom.html", "Jungle World"),
    Page("tests/eval/autonews.ch-Tesla.html", "autonews.ch"),
    Page("tests/eval/auto-presse.de-minisuv.html", "auto-presse.de"),
    Page("tests/eval/public.spot-on-news.de-Traumfrau.html", "spot on news"),
    Page("tests/eval/omr.com-Schuhbrand.html", "OMR"),
    Page("tests/eval/impulse.de.eltern.html", "impulse"),
    Page("tests/eval/juraforum.de-Wohngeld.html", "JuraForum"),
    Page("tests/eval/boxen.de-staatsanwaltschaft.html", "boxen.de"),
    Page("tests/eval/livenet.ch-sprache.html", "Livenet"),
    Page("tests/eval/spektrum.de.coronavirus.html", "Spektrum.de"),
    Page("tests/eval/energiezukunft.eu.bioenergie.html", "energiezukunft"),
    Page("tests/eval/agrarheute.com.abfallholz.html", "agrarheute"),
    Page("tests/eval/biathlonword.com-chinesisch.html", "IBU"),
    Page("tests/eval/bsi.de-ki.html", "BSI"),
    Page("tests/eval/bmz.de-schulze.html", "BMZ"),
    Page("tests/eval/bfn.de-verden.html", "BfN"),
    Page("tests/eval/bundesrat.de-erinnerungen.html", "Bundesrat"),
    Page("tests/eval/erzbistum-koeln.de-Totenmonat.html", "Erzbistum Köln"),
    Page("tests/eval/dvg.de.weihnachtsurlaub.html", "DVFG"),
    Page("tests/eval/kas.de-nordmazedonien.html", "Konrad-Adenauer-Stiftung"),
    Page("tests/eval/hss.de-Regierung.html", "Hanns-Seidel-Stiftung"),
    Page("tests/eval/fluter.de.vorbild.html", "fluter"),
    Page("tests/eval/pronats.de.arbeit.html", "ProNATs"),
)


def main(argv: list[str] | None = None) -> int:
    """The test3 pages, rebuilt into ``--out`` by the shared recipe of benchmarks/realnews.py."""
    return realnews.main(argv, pages=PAGES, out=DEFAULT_OUT, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
