"""Convert the German Polarity Lexicon (Klenner, Clematide, Wiegand, Peters; Apache-2.0) from the
XML file ``textblob_de/data/de-sentiment.xml`` of a textblob-de wheel into framing's lexicon CSV.

usage: pip download --no-deps -d /tmp/tbde textblob-de
       python scripts/convert_polarity_lexicon.py /tmp/tbde/textblob_de-0.4.3-py2.py3-none-any.whl
Words with polarity 0 (neutral) are left out; everything else is kept with its score and POS tag.
"""

from __future__ import annotations

import csv
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

TARGET = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "polarity_de.csv"
MEMBER = "textblob_de/data/de-sentiment.xml"


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        root = ElementTree.fromstring(archive.read(MEMBER))
    rows = {}
    for word in root.iter("word"):
        form, polarity = word.get("form", "").strip(), float(word.get("polarity", "0"))
        if form and polarity:
            rows[form] = (
                form,
                "positive" if polarity > 0 else "negative",
                f"{polarity:g}",
                word.get("pos", ""),
            )
    with TARGET.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["term", "label", "score", "pos"])
        writer.writerows(sorted(rows.values(), key=lambda row: row[0].lower()))
    print(f"wrote {len(rows)} entries to {TARGET}")


if __name__ == "__main__":
    main(sys.argv[1])
