"""Build data/registries/politicians.tsv: the full names of members of national parliaments, typed
``parliament``, for speakers the text gives no role (src47: "Glawischnig" after "Eva Glawischnig").

usage: python scripts/politicians.py NEWS [NEWS …] --mirror GIT_DIR [--out TSV] [--dropped CSV]

NEWS are JSON-lines files of news texts (``{"text": …}``), read for how often they write a word in lower case:
``$FRAMING_REALNEWS/gnad1000.jsonl`` and ``demo600.jsonl``, the speed corpora.

Source: the Wikidata records (``sources/morph/wikidata.csv``: Wikidata id, names by language, given and
family name) of the members of LEGISLATURES that EveryPolitician took from Wikidata, read from a bare git
mirror of github.com/tijmenb/everypolitician-data at COMMIT (a fork of everypolitician/everypolitician-data
frozen on 2015-11-30; the upstream repository, 2.5 GB, is beyond reach here). Wikidata's data is CC0 1.0;
nothing else of the repository (its term lists merge Wikipedia and official sources) is read.

The data has members of parliament only, every term it covers (Bundestag since 1949, US Congress since
1981, …): no cabinet or head-of-state office, so every name is typed ``parliament``, also for a person who
was or became a minister (the text's role decides wherever it writes one).

Kept per record: the German name (``name__de``), else the name, of two to four words, each a capitalised
word of letters (a hyphen or apostrophe inside) or a name particle ("von", "de", "van"), none an initial
("Adelheid D. Tröscher"). Left out (written with the reason to the dropped table):
  - surname a word: the news texts write the last word in lower case MIN_LOWER times or more ("Thomas
    Klein", "Andreas Schwarz", "Astrid Klug", "Sebastian Kurz"): a word first, and a namesake in the news
    likelier than the member ("strache" twice, in web addresses, leaves "Heinz-Christian Strache")
  - surname a given name: the last word is a given name ("Albert Walter"): a bare "Walter" is a first name
  - two persons: one name written for two Wikidata records of different legislatures
  - common surname: SHARED_SURNAME or more listed persons bear the surname ("Thomas Müller", a member of the
    Bundestag and a footballer; "Schmidt", "Smith"): a namesake in the news likelier than the member
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.speakers import noun_kind  # noqa: E402

REPOSITORY = "https://github.com/tijmenb/everypolitician-data"
COMMIT = "0642e77ac8a13bcd8017b245825c3aba349d3e6a"
DATA_DATE = "2015-11-30"
# folder under data/ → how the cue names the parliament
LEGISLATURES = {
    "Germany/Bundestag": "Bundestag",
    "Austria/Nationalrat": "Nationalrat (Österreich)",
    "Switzerland/National_Council": "Nationalrat (Schweiz)",
    "Luxembourg/Chamber": "Abgeordnetenkammer (Luxemburg)",
    "France/National_Assembly": "Nationalversammlung (Frankreich)",
    "UK/Commons": "Unterhaus (Vereinigtes Königreich)",
    "United_States_of_America/Senate": "US-Senat",
    "United_States_of_America/House": "US-Repräsentantenhaus",
}
PARTICLES = frozenset(
    {"von", "van", "de", "der", "den", "zu", "du", "da", "di", "del", "la", "le", "vom", "ter"}
)
WORD = re.compile(r"[A-ZÀ-ÞŁŚŻ][a-zà-ÿłśżćńó]+(?:[-'][A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]+)*")
MAX_WORDS = 4
MIN_LOWER = 3  # lower-case uses in the news that make a surname a word ("strache" twice, in links)
SHARED_SURNAME = 5  # listed persons sharing a surname that make it common ("Müller" 37, "Smith" 25)


def csv_at(mirror: Path, commit: str, path: str) -> list[dict[str, str]]:
    """The rows of the CSV file ``path`` at ``commit`` of a bare git mirror."""
    shown = subprocess.run(
        ["git", "--git-dir", str(mirror), "show", f"{commit}:{path}"],
        capture_output=True,
        text=True,
        check=True,
    )
    return list(csv.DictReader(io.StringIO(shown.stdout)))


def records(mirror: Path, folder: str) -> list[dict[str, str]]:
    """The rows of one legislature's Wikidata file at COMMIT."""
    return csv_at(mirror, COMMIT, f"data/{folder}/sources/morph/wikidata.csv")


def write(
    out: Path,
    header: list[str],
    kept: list[tuple[str, ...]],
    dropped_out: Path,
    dropped: list[tuple[str, ...]],
) -> None:
    """Write a generated list (its comment lines and column row ``header``, then ``kept``) and the table of
    the names left out (its column row first), and say how many."""
    with out.open("w", encoding="utf-8") as sink:
        sink.write("\n".join(header) + "\n")
        sink.writelines("\t".join(row) + "\n" for row in kept)
    with dropped_out.open("w", encoding="utf-8", newline="") as sink:
        csv.writer(sink, lineterminator="\n").writerows(dropped)
    print(f"{len(kept)} names kept, {len(dropped) - 1} left out")


def shape(name: str) -> bool:
    """Whether a name is written as news text writes a full name: 2–4 words, capitalised words of letters
    or particles, the first and last a word."""
    words = name.split()
    if not 2 <= len(words) <= MAX_WORDS or words[0] in PARTICLES or words[-1] in PARTICLES:
        return False
    return all(w in PARTICLES or WORD.fullmatch(w) for w in words)


def word_counts(news: list[Path]) -> Counter[str]:
    """How often the news texts write each word, as written (case kept)."""
    counts: Counter[str] = Counter()
    for path in news:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                counts.update(re.findall(r"\b\w+\b", json.loads(line)["text"]))
    return counts


def dropped_reason(name: str, counts: Counter[str]) -> str | None:
    """Why a well-shaped name is left out, else None."""
    surname = name.split()[-1]
    if noun_kind(surname)[0] == "given":
        return "surname a given name"
    if counts[surname.lower()] >= MIN_LOWER:
        return "surname a word"
    return None


def build(
    mirror: Path, counts: Counter[str]
) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str, str]]]:
    """(name, type, legislature, Wikidata id) rows kept and (name, legislature, reason) rows left out."""
    kept: dict[str, tuple[str, str, str, str]] = {}
    dropped: list[tuple[str, str, str]] = []
    clashes: set[str] = set()
    for folder, label in LEGISLATURES.items():
        for row in records(mirror, folder):
            name = " ".join((row.get("name__de") or row.get("name") or "").split())
            if not name or not shape(name):
                continue
            reason = dropped_reason(name, counts)
            if reason:
                dropped.append((name, label, reason))
                continue
            earlier = kept.get(name)
            if earlier and earlier[3] != row["id"] and earlier[2] != label:
                clashes.add(name)
            kept.setdefault(name, (name, "parliament", label, row["id"]))
    for name in sorted(clashes):
        dropped.append((name, kept.pop(name)[2], "two persons"))
    bearers = Counter(name.split()[-1] for name in kept)
    for name in [name for name in kept if bearers[name.split()[-1]] >= SHARED_SURNAME]:
        dropped.append((name, kept.pop(name)[2], "common surname"))
    return sorted(kept.values()), sorted(dropped)


def news_and_mirror(doc: str, repository: str) -> argparse.ArgumentParser:
    """A generator's arguments: the news texts and ``--mirror``, a bare clone of ``repository``."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("news", nargs="+", type=Path)
    parser.add_argument("--mirror", type=Path, required=True, help=f"git dir of a clone of {repository}")
    return parser


def main() -> None:
    parser = news_and_mirror(__doc__, REPOSITORY)
    parser.add_argument("--out", type=Path, default=ROOT / "data/registries/politicians.tsv")
    parser.add_argument("--dropped", type=Path, default=ROOT / "data/registries/politicians_dropped.csv")
    args = parser.parse_args()
    kept, dropped = build(args.mirror, word_counts(args.news))
    header = [
        "# Full names of members of national parliaments with their source type (src47), for speakers the",
        "# article gives no role; generated by scripts/politicians.py (do not edit by hand).",
        "# version 1.0; licence CC0-1.0 (LICENSE-politicians.txt); data of " + DATA_DATE + "; source:",
        f"#   EveryPolitician's Wikidata records (sources/morph/wikidata.csv): {REPOSITORY} at {COMMIT}",
        "#   (Wikidata, CC0-1.0); parliaments: " + ", ".join(LEGISLATURES.values()),
        "name\ttype\tlegislature\twikidata",
    ]
    write(args.out, header, kept, args.dropped, [("name", "legislature", "reason"), *dropped])


if __name__ == "__main__":
    main()
