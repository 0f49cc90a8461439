"""Rebuild the local texts behind the third speaker dev set (benchmarks/gold/quotes_dev3.jsonl).

Eleven further German-language news pages from the trafilatura project's test folder
(https://github.com/adbar/trafilatura, Apache-2.0 code; the pages are third-party copies kept there for
extraction tests), at the same fixed commit as benchmarks/realnews.py and extracted the same way
(framing's own reader and cleaner), chosen because, like the held-out test articles, they are full
articles of general, business and sports outlets with quotation marks. None of them is in the dev,
dev2, test or demo sets. Only ids, hashes and offsets are committed, never the texts.

usage:
    python benchmarks/realnews_dev3.py [--repo-dir DIR] [--out FILE]

``--repo-dir`` is an existing clone or bare git directory of adbar/trafilatura; without it the
repository is cloned into a temporary folder. Output lines as in benchmarks/realnews.py, written to
``speakers_dev3_articles.jsonl`` in ``$FRAMING_REALNEWS`` by default.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews
from benchmarks.realnews import Page

DEFAULT_OUT = LOCAL_DATA / "speakers_dev3_articles.jsonl"
PAGES = (
    Page("tests/eval/rtl.de-lockdown.html", "RTL.de"),
    Page("tests/eval/eurosport.de-corona.html", "Eurosport"),
    Page("tests/eval/laola1.at-barisic.html", "LAOLA1"),
    Page("tests/eval/auto.oe24.at-golfchina.html", "oe24"),
    Page("tests/eval/zdnet.de.facebook.html", "ZDNet"),
    Page("tests/eval/industriemagazin.at-Luftfahrtbranche.html", "Industriemagazin"),
    Page("tests/eval/domradio.de-Reformstau.html", "domradio.de"),
    Page("tests/eval/automobilwoche.de-VW-Betriebsversammlung.html", "Automobilwoche"),
    Page("tests/eval/exxpress.at-zaehne.html", "eXXpress"),
    Page("tests/eval/wochenblatt.com-Heinen-Essen.html", "Wochenblatt"),
    Page("tests/eval/nh24.de-Bundeswehr.html", "nh24"),
)


def main(argv: list[str] | None = None) -> int:
    """Rebuild the dev3 pages into ``--out``."""
    return realnews.main(argv, PAGES, DEFAULT_OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
