"""Build data/registries/source_types_organisations.tsv: names of organisations with their source type, taken
from licensed lists that give each organisation a class, typed by the reviewed table
source_types_organisations_map.csv (source, class → type; an empty type leaves the class's records out,
"ignore" says nothing of the kind; "confirm" keeps a record of a mixed class only where source_types.toml
types one of its names so, "Landesamt für Natur, Umwelt und Verbraucherschutz" for "LANUV").

usage: python scripts/source_types_organisations.py [--mirrors DIR] [--map CSV] [--out TSV]

Sources (bare git mirrors under DIR, read at the pinned commits of SOURCES, so that the output is rebuilt
from exactly those files):
  datenanfragen   github.com/datenanfragen/data, companies/*.json (CC0-1.0): the organisations that
                  datenanfragen.de writes to, with `categories` ("commerce", "nonprofit", "public body" …)
                  and `runs` (brands)
  auskunftsbegehren_at
                  github.com/cyber-perikarp/auskunftsbegehren_at_adressen, */*.csv (CC BY-SA 4.0): Austrian
                  authorities, chambers, unions, associations, churches, banks …, each with `Typ`, a short
                  `Name` and a long `Name_Lang`
  ror             github.com/ror-community/ror-records (CC0-1.0): the Research Organization Registry's records
                  of each release; the newest version of each active record in Germany, Austria or
                  Switzerland, with its `types` ("education", "facility", "company", "government" …)
  openfootball    github.com/openfootball/clubs, europe/{germany,austria,switzerland}/*.clubs.txt (CC0-1.0):
                  football clubs with their other names

A record whose classes map to more than one type, or one of them to none, is left out (a testing firm
listed as "public body" and "commerce", a shop listed as "commerce" and "entertainment"). Each name is
written as news text writes it: legal forms stripped, an acronym in parentheses taken as a second name
(``benchmarks/organisation_coverage.aliases``).

Kept are names of three letters or more, at most MAX_WORDS words, with a capital letter, no web address,
and none of these shapes:
  - one word that is a German or English word (simplemma) or a place of places_de.txt, of SHORT letters or
    fewer ("BAB", "HVB" name other things in German news), or plain (a capital or digit must follow its
    first letter: "CHECK24", "KommAustria"; "Merten", a brand, and "Alphonso", a firm, are a surname and
    a given name); a club's single word must be an abbreviation in capitals ("HSV"; "Bayern" is a place)
  - a word cut short by a full stop ("A. Klagenfurt", "1. FC Heidenh.": news text writes it out), unless it
    is one of abbreviations_de.txt ("FC St. Pauli")
  - a given name first ("Peter Hahn", a retailer, is a person's name in news text) and, but for a club, two
    plain capitalised words ("Heinrich Heine", a shop: the shape of a person's name; dictionaries know given
    names and surnames too, so they cannot tell)
Left out are also names that source_types.toml (with the user's file) already knows as a name, head, word
or surname or types by their words (our entries win; the loader checks the first again), names two records
type differently, and every name of a record one of whose names (of several words, or kept as above) the
registry types as another of the state's powers (a ministry that ROR classes "government" is government
here, not authority; a parliament is no "public body").
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

import simplemma

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's framing first

from benchmarks.organisation_coverage import aliases  # noqa: E402
from framing.lemma_cache import is_known_de  # noqa: E402
from framing.resources import word_list  # noqa: E402
from framing.sources import SOURCE_TYPES, _classify, _known_word, load_registry  # noqa: E402
from framing.speakers import speech_words  # noqa: E402

MIRRORS = Path("/work/.mirror")
MAP = ROOT / "data" / "registries" / "source_types_organisations_map.csv"
OUT = ROOT / "data" / "registries" / "source_types_organisations.tsv"
PLACES = ROOT / "data" / "places_de.txt"
VERSION = "1.0"
MAX_WORDS = 6
STATE_POWERS = frozenset({"government", "parliament", "court"})  # types the lists' classes blur
IGNORED = "ignore"  # the map's type for a class that says nothing of the kind (ROR's "funder")
# source → (mirror folder, commit, licence, address)
SOURCES = {
    "datenanfragen": (
        "datenanfragen+data",
        "0a29c3d6feee53b02e73204a3dbd312eafe56629",
        "CC0-1.0",
        "https://github.com/datenanfragen/data",
    ),
    "auskunftsbegehren_at": (
        "cyber-perikarp+auskunftsbegehren_at_adressen",
        "63cc65c8ba37d881c67f18db016ca05dc8fe36e0",  # the last commit with data (the next moved it away)
        "CC-BY-SA-4.0",
        "https://github.com/cyber-perikarp/auskunftsbegehren_at_adressen",
    ),
    "ror": (
        "ror-community+ror-records",
        "d93fc667872f8ef9386896bd6c68bd3c6103603e",
        "CC0-1.0",
        "https://github.com/ror-community/ror-records",
    ),
    "openfootball": (
        "openfootball+clubs",
        "ae3800227c449447b3a337fc0aac79a8f02f4c8b",
        "CC0-1.0",
        "https://github.com/openfootball/clubs",
    ),
}
COUNTRIES = frozenset({"de", "at", "ch", "all"})  # datenanfragen records relevant here
ROR_COUNTRIES = frozenset({"DE", "AT", "CH"})
ROR_NAME_LANGUAGES = (None, "de")  # ROR names kept: German ones and those of no language (acronyms, brands)
CLUB_FILES = ("europe/germany/de.clubs.txt", "europe/austria/at.clubs.txt", "europe/switzerland/ch.clubs.txt")
CAPITALS = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9]{2,}$")  # "HSV", "BVB", "ÖSV"
ABBREVIATED = re.compile(r"[^\W\d_]+\.")  # "A. Klagenfurt", "1. FC Heidenh." (news text writes them out)
BRAND_SHAPE = re.compile(r"[A-ZÄÖÜ0-9]")  # after the first letter: "CHECK24", "KommAustria"
SHORT = 3  # a name of one word this short names an organisation only as a club's abbreviation ("HSV")
PLAIN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")
ABBREVIATIONS = frozenset(word_list("abbreviations_de.txt"))  # "St." stays: "FC St. Pauli"
GIVEN = frozenset(speech_words().given)  # given names (speech_de.toml)
RESERVE = re.compile(r"^i+\)")  # "ii) Bayern München II"
NOTE = re.compile(r"\[[a-z]{2}\]|#.*$")  # "Bayern Munich [en]", "### todo"


Record = tuple[str, list[str], set[str]]  # (record id, names as the list writes them, classes)


def git_files(mirror: Path, commit: str, *paths: str) -> dict[str, str]:
    """The text of every UTF-8 file under ``paths`` at ``commit`` (one ``git archive``; others skipped)."""
    archive = subprocess.run(
        ["git", f"--git-dir={mirror}", "archive", "--format=tar", commit, "--", *paths],
        check=True,
        capture_output=True,
    ).stdout
    files = {}
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar:
            if member.isfile():
                try:
                    files[member.name] = tar.extractfile(member).read().decode("utf-8")
                except UnicodeDecodeError:
                    continue  # ".DS_Store"
    return files


def read_datenanfragen(files: dict[str, str]) -> list[Record]:
    """(record, names, classes) of the records relevant to Germany, Austria and Switzerland."""
    out = []
    for path, text in sorted(files.items()):
        if not path.endswith(".json"):
            continue
        record = json.loads(text)
        if not COUNTRIES & set(record.get("relevant-countries", [])):
            continue
        names = [record["name"], *(r for r in record.get("runs", []) if "." not in r)]
        out.append((f"companies/{record['slug']}", names, set(record.get("categories", []))))
    return out


def read_auskunftsbegehren(files: dict[str, str]) -> list[Record]:
    out = []
    for path, text in sorted(files.items()):
        if not path.endswith(".csv") or "/" not in path:
            continue
        for row in csv.DictReader(io.StringIO(text)):
            names = [n for n in (row.get("Name"), row.get("Name_Lang")) if n and n.strip()]
            if names and row.get("Typ"):
                out.append((f"{path}#{row.get('Id', '')}", names, {row["Typ"].strip()}))
    return out


def _release(folder: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", folder))


def read_ror(files: dict[str, str]) -> list[Record]:
    """The newest version of each active ROR record in Germany, Austria or Switzerland (the repository holds
    each release's new and changed records, schema 1 and 2), with its types ("education", "company" …)."""
    newest: dict[str, tuple[tuple[int, ...], dict]] = {}
    for path, text in files.items():
        parts = path.split("/")
        if not path.endswith(".json") or len(parts) != 2:  # "v2.9/0000ev088.json"; "v1.74/v1/…" copies
            continue
        record = json.loads(text)
        release = _release(parts[0])
        if record.get("id") and release >= newest.get(record["id"], ((-1,), {}))[0]:
            newest[record["id"]] = (release, record)
    out = []
    for ror_id, (_release_number, record) in sorted(newest.items()):
        if str(record.get("status", "active")).lower() != "active":
            continue
        if "locations" in record:  # schema 2
            countries = {
                loc["geonames_details"]["country_code"]: loc["geonames_details"]["country_name"]
                for loc in record["locations"]
            }
            names = [
                n["value"]
                for n in record["names"]
                if n.get("lang") in ROR_NAME_LANGUAGES or "acronym" in n.get("types", [])
            ]
        else:  # schema 1
            countries = {record["country"]["country_code"]: record["country"]["country_name"]}
            names = [record["name"], *record.get("acronyms", []), *record.get("aliases", [])]
            names += [lab["label"] for lab in record.get("labels", []) if lab.get("iso639") == "de"]
        if not ROR_COUNTRIES & set(countries):
            continue
        suffixes = tuple(f" ({country})" for country in countries.values())  # "Siemens (Germany)"
        names = [next((n.removesuffix(x) for x in suffixes if n.endswith(x)), n) for n in names]
        out.append((ror_id.rsplit("/", 1)[-1], names, {t.lower() for t in record.get("types", [])}))
    return out


def read_clubs(files: dict[str, str]) -> list[Record]:
    """A club line ("Bayern München, 1900, @ Allianz Arena, München") and its indented "| other | names"
    lines; reserve teams ("ii) …") with their names, headings and addresses ("… // 81547 München") are
    skipped."""
    out: list[Record] = []
    for path, text in sorted(files.items()):
        club: list[str] | None = None  # the names of the club being read; None under a reserve team
        for line in text.splitlines():
            line = NOTE.sub("", line).rstrip()
            stripped = line.strip()
            if not stripped or stripped.startswith("=") or "//" in stripped:
                continue
            if RESERVE.match(stripped):
                club = None
            elif stripped.startswith("|") and line[:1].isspace():
                if club is not None:
                    club.extend(n.strip() for n in stripped.split("|") if n.strip())
            elif not line[:1].isspace():
                name = stripped.split(",")[0].strip()
                club = [name]
                out.append((f"{path}#{name}", club, {"club"}))
    return out


def keep(name: str, source: str, places: frozenset[str]) -> bool:
    words = name.split()
    if len(name) < 3 or len(words) > MAX_WORDS or not any(c.isupper() for c in name):
        return False
    if any(c in name for c in '/@$|„“"') or any(
        ABBREVIATED.fullmatch(w) and w[:-1] not in ABBREVIATIONS for w in words
    ):
        return False
    if words[0] in GIVEN:  # "Peter Hahn", a fashion retailer, is a person's name in news text
        return False
    if source != "openfootball" and len(words) == 2 and all(PLAIN.fullmatch(w) for w in words):
        return False  # "Heinrich Heine", "Hagen Grote": two plain words, the shape of a person's name
    if len(words) == 1:
        if source == "openfootball" and not CAPITALS.match(name):
            return False
        if len(name) <= SHORT and source != "openfootball":  # "BAB", "HVB": other things in German news
            return False
        if not BRAND_SHAPE.search(name[1:]):  # "Merten", "Alphonso": may be a surname or a given name
            return False
        lower = name.lower()
        if lower in places or is_known_de(lower) or is_known_de(name) or simplemma.is_known(lower, lang="en"):
            return False
    return True


def reading(registry, name: str) -> tuple[bool, str | None]:
    """Does source_types.toml (with the user's file) already know this name, or type it by its words
    ("Kirchengemeinde Liebenburg" by its head), and as what type (None: a word of no type, a surname)?"""
    words = tuple(name.split())
    if words in registry.names:
        kind, value = registry.names[words]
        return True, value if kind == "type" else "parliament"
    if len(words) == 1 and _known_word(registry, name):
        lower = name.lower()
        return True, registry.heads.get(lower, (None, False))[0] or registry.words.get(lower)
    source = _classify(registry, name, None, None)
    return source.cue is not None, source.type if source.cue is not None else None


def read_map(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(source, class) → (type, confirm): "" leaves the class's records out, IGNORED says nothing of the
    kind; confirm keeps a record only where our registry types one of its names so (a mixed class)."""
    mapping: dict[tuple[str, str], tuple[str, bool]] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["type"] and row["type"] not in (*SOURCE_TYPES, IGNORED):
                sys.exit(f"{path}: unknown type {row['type']!r}")
            mapping[(row["source"], row["class"])] = (row["type"], row.get("confirm") == "yes")
    return mapping


def read_places() -> frozenset[str]:
    return frozenset(
        line.strip().lower()
        for line in PLACES.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def select(
    records: dict[str, list[Record]],
    mapping: dict[tuple[str, str], tuple[str, bool]],
    registry,
    places: frozenset[str],
) -> tuple[list[tuple[str, str, str, str, str]], list[str]]:
    """The rows (name, type, source, class, record) the lists add to ``registry``, and the (source, class)
    pairs the map lacks."""
    found: dict[str, dict[str, tuple[str, str, str]]] = defaultdict(dict)  # name → type → provenance
    unmapped = set()
    for source, entries in records.items():
        for record, names, classes in entries:
            types, confirm = set(), False
            for cls in classes:
                if (source, cls) not in mapping:
                    unmapped.add(f"{source},{cls}")
                type_id, confirmed = mapping.get((source, cls), ("", False))
                if type_id != IGNORED:
                    types.add(type_id)
                    confirm = confirm or confirmed
            if len(types) != 1 or "" in types:  # a class left out, or two types: the record is left out
                continue
            (type_id,) = types
            cls = ",".join(sorted(classes))
            forms = {alias: reading(registry, alias) for name in names for alias in aliases(name)}
            if confirm and all(typed != type_id for _known, typed in forms.values()):
                continue  # a mixed class ("government": ministries, courts, agencies) not confirmed
            if any(
                typed in STATE_POWERS and typed != type_id and (" " in alias or keep(alias, source, places))
                for alias, (_known, typed) in forms.items()
            ):  # a ministry or parliament the list classes "government" or "public body"; a club's town
                continue  # ("Hamburg") is no name of it
            for alias, (known, _typed) in forms.items():
                if not known and keep(alias, source, places):
                    found[alias].setdefault(type_id, (cls, source, record))
    rows = []
    for name, by_type in sorted(found.items()):
        if len(by_type) == 1:  # two records that type a name differently leave it out
            ((type_id, (cls, source, record)),) = by_type.items()
            rows.append((name, type_id, source, cls, record))
    return rows, sorted(unmapped)


def build(mirrors: Path, map_path: Path) -> tuple[list[tuple[str, str, str, str, str]], list[str]]:
    readers = {
        "datenanfragen": (read_datenanfragen, ("companies",)),
        "auskunftsbegehren_at": (read_auskunftsbegehren, ()),
        "ror": (read_ror, ()),
        "openfootball": (read_clubs, CLUB_FILES),
    }
    records = {}
    for source, (reader, paths) in readers.items():
        folder, commit, _licence, _url = SOURCES[source]
        records[source] = reader(git_files(mirrors / folder / "repo", commit, *paths))
    return select(records, read_map(map_path), load_registry(derived=False), read_places())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirrors", type=Path, default=MIRRORS)
    ap.add_argument("--map", type=Path, default=MAP)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows, unmapped = build(args.mirrors, args.map)
    if unmapped:
        sys.exit(f"classes missing from {args.map.name}: {', '.join(unmapped)}")
    header = [
        "# Organisation names with their source type, from licensed lists that class organisations;",
        "# generated by scripts/source_types_organisations.py through the reviewed table",
        "# source_types_organisations_map.csv (do not edit by hand: edit the table, run the script).",
        f"# version {VERSION}; licence CC-BY-SA-4.0 (LICENSE-organisations.txt); sources:",
        *(f"#   {s}: {u} at {c}, {lic}" for s, (_f, c, lic, u) in SOURCES.items()),
    ]
    with args.out.open("w", encoding="utf-8", newline="") as f:
        f.write("\n".join(header) + "\n")
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "type", "source", "class", "record"])
        writer.writerows(rows)
    counts = defaultdict(int)
    for row in rows:
        counts[row[1]] += 1
    print(f"{len(rows)} names → {args.out}: " + ", ".join(f"{t} {n}" for t, n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
