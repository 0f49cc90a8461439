"""Rebuild the local texts behind the fifth speaker dev set (benchmarks/gold/quotes_dev5.jsonl).

Thirty-three further German-language pages of 33 outlets from the trafilatura project's test folder
(https://github.com/adbar/trafilatura, Apache-2.0 code; the pages are third-party copies kept there for
extraction tests), at the same fixed commit as benchmarks/realnews.py and extracted the same way
(framing's own reader and cleaner), chosen, like the held-out test2 articles, for outlets beyond the
general press (associations, NGOs, churches, parties and parliamentary groups, public bodies, trade and
business press, regional and celebrity news) with quotation marks or reported speech. None of them is in
the dev, dev2, dev3, dev4, test, test2 or demo sets (checked by path and id). Only ids, hashes and
offsets are committed, never the texts.

usage: ``python benchmarks/realnews_dev5.py [--repo-dir DIR] [--out FILE]``, the options of
benchmarks/realnews.py; the output (one line per article, as there) goes by default to
``speakers_dev5_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews

Page = realnews.Page
DEFAULT_OUT = LOCAL_DATA / "speakers_dev5_articles.jsonl"
PAGES = (
    Page("tests/eval/amnesty.de-waffensysteme.html", "Amnesty International"),
    Page("tests/eval/bundeskanzleramt.gv.at-bundesminsterin.html", "Bundeskanzleramt Österreich"),
    Page("tests/eval/islamische-zeitung.de-Bundespräsident.html", "Islamische Zeitung"),
    Page("tests/eval/oekolaundbau.de-zweinutzungshuhns.html", "oekolandbau.de"),
    Page("tests/eval/lbv.de-Bavaria.html", "LBV"),
    Page("tests/eval/tierschutz-berlin.de-boellerverzicht.html", "Tierschutzverein für Berlin"),
    Page("tests/eval/spoe.at-mieterhöhung.html", "SPÖ"),
    Page("tests/eval/jagdoesterreich.at-Parkplätze.html", "Jagd Österreich"),
    Page("tests/eval/jagdverband.de-erschuettert.html", "DJV"),
    Page("tests/eval/ekhn.de-Pflegefinanzierung.html", "EKHN"),
    Page("tests/eval/bundesfeuerwehrverband.at-eröffnet.html", "ÖBFV"),
    Page("tests/eval/evref.ch-ökumene.html", "EKS"),
    Page("tests/eval/jugend-forscht.de-Feuerlöschtechnik.html", "Jugend forscht"),
    Page("tests/eval/gdp.de-Wertschätzung.html", "GdP"),
    Page("tests/eval/bdzv.de.eliasson.html", "BDZV"),
    Page("tests/eval/wind-energie.de.beschleunigung.html", "BWE"),
    Page("tests/eval/piratenpatei.de-Entlarvt.html", "Piratenpartei"),
    Page("tests/eval/fdpbt.de-epidemischenLage.html", "FDP-Bundestagsfraktion"),
    Page("tests/eval/finanzmarktwelt.de-Benko-Firma.html", "FinanzMarktWelt"),
    Page("tests/eval/evang.at-lockdown.html", "evang.at"),
    Page("tests/eval/berliner-feuerwehr.de-Ehrenzeichen.html", "Berliner Feuerwehr"),
    Page("tests/eval/mluk.brandenburg.de-erlegungspermie.html", "MLUK Brandenburg"),
    Page("tests/eval/lokalo.de-Weinbergsbahnen.html", "lokalo.de"),
    Page("tests/eval/pferd-aktuell.de-stellungnahmen.html", "FN"),
    Page("tests/eval/uncutnews.ch-ID-Diktat.html", "uncut-news.ch"),
    Page("tests/eval/tonight.de-Arschloch.html", "TONIGHT"),
    Page("tests/eval/peta.de-veterinärämter.html", "PETA"),
    Page("tests/eval/battery-news.de.ultium-cells.html", "battery-news.de"),
    Page("tests/eval/iwr.de.IWRpressedienst.Nordex.html", "IWR"),
    Page("tests/eval/chemietechnik.de.forschungsgruppe fuer biotechnologie.html", "CHEMIE TECHNIK"),
    Page("tests/eval/it-finanzmagazin.de.creditshelf.html", "IT Finanzmagazin"),
    Page("tests/eval/zfk.de.waermepumpen.html", "ZfK"),
    Page("tests/eval/Lebensmittelpraxis.de-Stadtzentrum.html", "Lebensmittel Praxis"),
)


def main(argv: list[str] | None = None) -> int:
    """The dev5 pages, rebuilt into ``--out`` by the shared recipe of benchmarks/realnews.py."""
    return realnews.main(argv, pages=PAGES, out=DEFAULT_OUT, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
