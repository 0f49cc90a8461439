"""Build data/registries/executives.tsv: the full names of heads of state and heads of government, typed
``government``, for speakers the text gives no role (src55: "sagte Putin" after "Wladimir Putin").

usage: python scripts/executives.py NEWS [NEWS …] --mirror GIT_DIR --cabinets DIR [--out TSV] [--dropped CSV]

NEWS are JSON-lines files of news texts (``{"text": …}``), read for how often they write a word in lower case,
as for scripts/politicians.py: ``$FRAMING_REALNEWS/gnad1000.jsonl`` and ``demo600.jsonl``.

Source: ``data/wikidata.csv`` of github.com/every-politician-scrapers/world-leaders-2021 (EveryPolitician's
Wikidata query of the office holders of every sovereign state's head-of-state and head-of-government
positions, Wikidata properties P1906 and P1313 with P39 "position held"), every version of that file in the
repository's history up to COMMIT (95 versions, 2021-08-26 to 2022-10-09): the holders in office at some
time from 2021 to 2022 (Merkel and Scholz, Trump and Biden, Netanyahu, Bennett and Lapid, Putin, Erdoğan,
…). Wikidata's data is CC0 1.0; the file is the query's output, read from a bare git mirror.

And the federal chancellors of Germany and Austria in office since SINCE (Kohl, Schröder, Vranitzky, …),
from the Wikidata "position held" statements of members of the Bundestag and the Nationalrat that
EveryPolitician stored in ``sources/morph/cabinet.csv`` (CABINETS: path → commit) of
github.com/everypolitician/everypolitician-data (2.5 GB, beyond reach as a mirror: DIR holds those files at
those commits, each under its path, as https://raw.githubusercontent.com/everypolitician/everypolitician-data/
COMMIT/PATH serves them; only their rows of the positions HEADS are read).

Each name is kept as Wikidata's English label writes it and, where German writes it otherwise, also as:
  - letters outside German's alphabet folded ("Recep Tayyip Erdogan" of "Erdoğan"): German news drops them,
    and the pattern of a name (scripts/politicians.py's ``shape``) reads none
  - the German transliteration of a name of a country writing Cyrillic (CYRILLIC: "Wladimir Putin",
    "Wolodymyr Selenskyj", "Michail Mischustin") from the English one (Duden's rules: v → w, z → s,
    sh/zh → sch, ch → tsch, kh → ch, y after a vowel → j, a final y after a consonant → i)
The filters are scripts/politicians.py's (two to four words of letters, the surname no word and no given
name, one person a name) and one of its own: a holder's label with an office's label that the query wrote in
one version only (MIN_VERSIONS) is a passing edit of Wikidata, often vandalism ("Kais Saied Asshole", "Maia
Ex", "Prostu Romaniei").
Every name is typed ``government``, a head of state or government in office or out of it
(benchmarks/gold/README.md: a past head office without a party is ``government``, src28). Ministers are not
listed: a former minister quoted as a party's grandee is ``parliament`` in the gold (src29), which a list
without dates cannot tell.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from politicians import csv_at, dropped_reason, news_and_mirror, shape, word_counts, write  # noqa: E402

REPOSITORY = "https://github.com/every-politician-scrapers/world-leaders-2021"
COMMIT = "be7039cf5952d8121c4f1e24eea64cc5dd465633"
PATH = "data/wikidata.csv"
DATA_DATES = "2021-08-26 to 2022-10-09"
CYRILLIC = frozenset({"Russia", "Ukraine", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan"})
GERMAN_LETTERS = frozenset("äöüÄÖÜß")
# English romanisation → German (Duden), longest first; "y" is handled after
TRANSLITERATION = [
    ("shch", "schtsch"),
    ("kh", "ch"),
    ("zh", "sch"),
    ("sh", "sch"),
    ("ch", "tsch"),
    ("v", "w"),
    ("z", "s"),
]
GERMAN = {
    e: g
    for english, german in TRANSLITERATION
    for e, g in ((english, german), (english.capitalize(), german.capitalize()))
}
ROMANISATION = re.compile("|".join(sorted(GERMAN, key=len, reverse=True)))
VOWELS = "aeiouy"
EVERYPOLITICIAN = "https://github.com/everypolitician/everypolitician-data"
CABINETS = {
    "data/Germany/Bundestag/sources/morph/cabinet.csv": "14acce0700e91f130447a109db879d59ab2d2f48",
    "data/Austria/Nationalrat/sources/morph/cabinet.csv": "2cc9c09adc7f9d5033b70011b59a074bc9d935e9",
}
HEADS = {"Q4970706": "Germany", "Q1006398": "Austria"}  # Federal Chancellor of Germany, of Austria
MIN_VERSIONS = 2  # versions of PATH a holder and office must stand in: one only is a passing edit
SINCE = 1990  # the first year of office that counts (the task's span: 1990–2024)


def versions(mirror: Path) -> list[str]:
    """The commits up to COMMIT that changed PATH, oldest first."""
    log = subprocess.run(
        ["git", "--git-dir", str(mirror), "log", "--reverse", "--format=%H", COMMIT, "--", PATH],
        capture_output=True,
        text=True,
        check=True,
    )
    return log.stdout.split()


def chancellors(cabinets: Path) -> list[dict[str, str]]:
    """The rows of the HEADS positions held since SINCE in the CABINETS files under ``cabinets``, in the
    columns of PATH."""
    rows: list[dict[str, str]] = []
    for path in CABINETS:
        with (cabinets / path).open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                ended = row["end_date"][:4]
                if row["position"] in HEADS and (not ended or int(ended) >= SINCE):
                    rows.append(
                        {
                            "officeholderLabel": row["name"],
                            "positionLabel": row["label"],
                            "country": HEADS[row["position"]],
                            "officeholder": row["id"],
                        }
                    )
    return rows


def folded(name: str) -> str:
    """The name with letters outside German's alphabet reduced to their base ("Erdoğan" → "Erdogan")."""
    return "".join(c if c in GERMAN_LETTERS else unicodedata.normalize("NFKD", c)[0] for c in name)


def _german_word(word: str) -> str:
    """One word of an English romanisation of Russian or Ukrainian in German transliteration."""
    out = ROMANISATION.sub(lambda m: GERMAN[m.group()], word)  # one pass: the "ch" of "sch" stays
    letters = list(out)
    for i, c in enumerate(letters):
        if c != "y":
            continue
        if i > 0 and letters[i - 1].lower() in VOWELS:
            letters[i] = "j"  # "Sergey" → "Sergej", "Zelenskyy" → "Selenskyj"
        elif i == len(letters) - 1:
            letters[i] = "i"  # "Dmitry" → "Dmitri"
    return "".join(letters)


def german(name: str, country: str) -> str:
    """How German news writes the name of a holder from ``country``."""
    name = folded(name)
    if country in CYRILLIC:
        name = " ".join(_german_word(w) for w in name.split())
    return name


def _label(row: dict[str, str]) -> str:
    """The office holder's label in a row of PATH (either version's columns)."""
    return row.get("officeholderLabel") or row.get("officeholderItemLabel") or ""


def _office(row: dict[str, str]) -> str:
    """The office's label in a row of PATH (either version's columns)."""
    return row.get("positionLabel") or row.get("positionItemLabel") or ""


def build(
    mirror: Path, cabinets: Path, counts: Counter[str]
) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str, str]]]:
    """(name, type, office, Wikidata id) rows kept and (name, office, reason) rows left out."""
    kept: dict[str, tuple[str, str, str, str]] = {}
    dropped: set[tuple[str, str, str]] = set()
    clashes: set[str] = set()
    tables = [csv_at(mirror, commit, PATH) for commit in versions(mirror)]
    versions_of = Counter(pair for table in tables for pair in {(_label(row), _office(row)) for row in table})
    heads = chancellors(cabinets)
    newest: dict[str, int] = {}  # the latest table that wrote each name: its offices are the ones kept
    for number, rows in enumerate([heads, *tables]):
        for row in rows:
            label, office = _label(row), _office(row)
            country = row.get("countryItemLabel") or row["country"]  # the first version's columns
            person = row["officeholder"]
            if rows is not heads and versions_of[label, office] < MIN_VERSIONS:
                dropped.add((label, office, "passing label"))  # "Kais Saied Asshole", "Maia Ex"
                continue
            written = {" ".join(n.split()) for n in (label, folded(label), german(label, country))}
            for name in sorted(filter(shape, written)):
                if reason := dropped_reason(name, counts):
                    dropped.add((name, office, reason))
                    continue
                earlier = kept.get(name)
                if earlier and earlier[3] != person:
                    clashes.add(name)
                    continue
                offices = {office}  # a later version's offices replace an earlier one's ("Player of soccer")
                if (
                    earlier and newest[name] == number
                ):  # "President of the French Republic", "French Co-Prince"
                    offices |= set(earlier[2].split(" / "))
                kept[name] = (name, "government", " / ".join(sorted(offices)), person)
                newest[name] = number
    for name in sorted(clashes):
        dropped.add((name, kept.pop(name)[2], "two persons"))
    return sorted(kept.values()), sorted(dropped)


def main() -> None:
    parser = news_and_mirror(__doc__, REPOSITORY)
    parser.add_argument(
        "--cabinets",
        type=Path,
        required=True,
        help="folder holding the CABINETS files of everypolitician-data at their commits, under their paths",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "data/registries/executives.tsv")
    parser.add_argument("--dropped", type=Path, default=ROOT / "data/registries/executives_dropped.csv")
    args = parser.parse_args()
    kept, dropped = build(args.mirror, args.cabinets, word_counts(args.news))
    header = [
        "# Full names of heads of state and government with their source type (src55), for speakers the",
        "# article gives no role; generated by scripts/executives.py (do not edit by hand).",
        "# version 1.0; licence CC0-1.0 (LICENSE-executives.txt); data of " + DATA_DATES + "; source:",
        f"#   EveryPolitician's Wikidata query of world leaders ({PATH}, every version): {REPOSITORY}",
        f"#   up to {COMMIT}; the federal chancellors of Germany and Austria since {SINCE} from",
        f"#   EveryPolitician's Wikidata positions (sources/morph/cabinet.csv): {EVERYPOLITICIAN} at",
        *(f"#   {commit} ({path.split('/')[1]})" for path, commit in CABINETS.items()),
        "#   (Wikidata, CC0-1.0)",
        "name\ttype\toffice\twikidata",
    ]
    write(args.out, header, kept, args.dropped, [("name", "office", "reason"), *dropped])


if __name__ == "__main__":
    main()
