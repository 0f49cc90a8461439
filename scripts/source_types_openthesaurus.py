"""Build data/registries/source_types_openthesaurus.toml: role nouns and organisation kinds taken from
OpenThesaurus (LGPL-2.1-or-later), typed by the reviewed table source_types_openthesaurus_map.csv.

usage: python scripts/source_types_openthesaurus.py THESAURUS [--map CSV] [--out TOML]

THESAURUS is the OpenThesaurus export in the MyThes format, ``/usr/share/mythes/th_de_DE_v2.dat`` of the
Debian package mythes-de 20160424-4 (OpenThesaurus of 2016-04-24; ``apt-get download mythes-de`` and
``dpkg-deb -x``); its SHA-256 is checked, so the output is rebuilt from exactly that file.

The thesaurus groups words into synonym sets and names a set's hypernyms ("Polizist … Beamter
(Oberbegriff)"). The map's anchors are hypernyms whose type our registry already has ("Polizist" authority,
"Künstler" other). A word takes its anchor's type when it is in the anchor's own set (the anchor having one
sense only), in a set that names the anchor as its hypernym (depth 1), or in a set under a depth-1 word that
has one sense only (depth 2); the nearest anchor decides, and a word two anchors at the same depth type
differently is left out (listed). Kept are single capitalised words of five letters or more with no usage
label (colloquial, derogatory, dated, figurative, regional …), none of the map's exclusions, and none that
source_types.toml (with the user's file) already types or knows as a surname: our entries win.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's framing first

from framing.sources import SOURCE_TYPES, _classify, load_registry  # noqa: E402

THESAURUS_SHA256 = "04928d06108f949734747efb838b4c5398cbf04cad78824e10b8e8e6f6c91106"
MAP = ROOT / "data" / "registries" / "source_types_openthesaurus_map.csv"
OUT = ROOT / "data" / "registries" / "source_types_openthesaurus.toml"
VERSION = "1.0"
HYPERNYM = "(Oberbegriff)"
HYPONYM = "(Unterbegriff)"
NOTE = re.compile(r"\s*\([^)]*\)")  # "(ugs.)", "(Hauptform)", "(schweiz.)"
# usage labels that make a word no neutral name of a role (a regional label alone is kept: "(österr.)")
LABELLED = re.compile(
    r"\((?:[^)]*\b(?:ugs|derb|vulg|veraltet|veraltend|fig|abwertend|ironisch|scherzh|salopp|Jargon|selten|"
    r"geh|historisch|Plural|regional)\b[^)]*)\)"
)
WORD = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*$")
MIN_LENGTH = 5
MAX_DEPTH = 2


def bare(term: str) -> str:
    return NOTE.sub("", term).strip()


def read_synsets(path: Path) -> dict[tuple[str, ...], set[str]]:
    """Each synonym set (its terms as written, notes kept) with the hypernyms it names, once however many
    of its words head an entry."""
    lines = path.read_text(encoding="utf-8").split("\n")[1:]  # the first line names the encoding
    synsets: dict[tuple[str, ...], set[str]] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line or line.startswith("-|"):
            index += 1
            continue
        count = int(line.rsplit("|", 1)[1])
        for meaning in lines[index + 1 : index + 1 + count]:
            parts = meaning.split("|")[1:]
            terms = tuple(sorted(p.strip() for p in parts if not p.endswith((HYPERNYM, HYPONYM))))
            hypernyms = {bare(p[: -len(HYPERNYM)]) for p in parts if p.endswith(HYPERNYM)}
            synsets.setdefault(terms, set()).update(hypernyms)
        index += 1 + count
    return synsets


def read_map(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The anchors (term → type) and the exclusions (term → reason) of the reviewed table."""
    anchors: dict[str, str] = {}
    excluded: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["role"] == "anchor":
                if row["type"] not in SOURCE_TYPES:
                    raise SystemExit(f"{path}: {row['term']}: unknown type {row['type']!r}")
                anchors[row["term"]] = row["type"]
            elif row["role"] == "exclude":
                excluded[row["term"]] = row["note"]
            else:
                raise SystemExit(f"{path}: {row['term']}: role must be anchor or exclude")
    return anchors, excluded


def typed(synsets: dict[tuple[str, ...], set[str]], anchors: dict[str, str]) -> dict[str, set[tuple]]:
    """Each word reached from an anchor: {(depth, type, anchor)}."""
    keys = list(synsets)
    senses: dict[str, list[int]] = defaultdict(list)
    under: dict[str, list[int]] = defaultdict(list)  # hypernym → the sets that name it
    for number, terms in enumerate(keys):
        for term in terms:
            senses[bare(term)].append(number)
        for hypernym in synsets[terms]:
            under[hypernym].append(number)
    reached: dict[str, set[tuple]] = defaultdict(set)
    for anchor, type_ in anchors.items():
        depth_of: dict[int, int] = {}
        if len(senses.get(anchor, [])) == 1:
            depth_of[senses[anchor][0]] = 0
        front = [(anchor, 0)]
        while front:
            term, depth = front.pop(0)
            if depth >= MAX_DEPTH or (depth > 0 and len(senses.get(term, [])) != 1):
                continue
            for number in under.get(term, []):
                if number in depth_of:
                    continue
                depth_of[number] = depth + 1
                front += [(bare(t), depth + 1) for t in keys[number] if not LABELLED.search(t)]
        for number, depth in depth_of.items():
            for term in keys[number]:
                if not LABELLED.search(term):
                    reached[bare(term)].add((depth, type_, anchor))
    return reached


def kept(reached: dict[str, set[tuple]], excluded: dict[str, str]) -> tuple[dict[str, tuple], list[str]]:
    """The words to write with their nearest (depth, type, anchor), and the conflicts left out."""
    registry = load_registry(derived=False)
    words: dict[str, tuple] = {}
    conflicts = []
    for word, found in sorted(reached.items()):
        if not WORD.match(word) or len(word) < MIN_LENGTH or word in excluded:
            continue
        lower = word.lower()
        if lower in registry.heads or lower in registry.words or lower in registry.surnames:
            continue
        if _classify(registry, word, None, None).cue is not None:
            continue  # the registry types it already ("Kriminalbeamter" by "beamter")
        nearest = min(depth for depth, _, _ in found)
        types = {(type_, anchor) for depth, type_, anchor in found if depth == nearest}
        if len({type_ for type_, _ in types}) > 1:
            conflicts.append(f"{word}: " + ", ".join(sorted(f"{a} ({t})" for t, a in types)))
            continue
        type_, anchor = min(types)
        words[word] = (nearest, type_, anchor)
    return words, conflicts


def write(out: Path, words: dict[str, tuple], anchors: int, excluded: int) -> None:
    by_type: dict[str, list[str]] = defaultdict(list)
    for word, (depth, type_, anchor) in sorted(words.items(), key=lambda item: item[0].lower()):
        by_type[type_].append(f'  "{word.lower()}",  # {anchor} ({depth})')
    lines = [
        "# Role nouns and organisation kinds taken from OpenThesaurus, typed by their hypernyms;",
        "# generated by scripts/source_types_openthesaurus.py from the reviewed table",
        "# source_types_openthesaurus_map.csv (do not edit by hand: edit the table, run the script).",
        "# Read after source_types.toml and the user's file, each word only where those give it no",
        "# cue (their entries win), as a weak head. Each entry's comment names the anchor that typed",
        "# it and its distance in the thesaurus (0 a synonym, 1 a hyponym, 2 one below).",
        "",
        "[meta]",
        'name = "source_types_openthesaurus"',
        f'version = "{VERSION}"',
        'source = "OpenThesaurus (www.openthesaurus.de), export of 2016-04-24 as packaged in Debian '
        f"mythes-de 20160424-4 (th_de_DE_v2.dat, SHA-256 {THESAURUS_SHA256}); Copyright (C) Daniel "
        "Naber and the OpenThesaurus contributors; selected and typed by the framing developers with "
        f'{anchors} anchors and {excluded} exclusions (source_types_openthesaurus_map.csv)"',
        'licence = "LGPL-2.1-or-later (see LICENSE-openthesaurus.txt)"',
        'description = "Source-type heads (weak) for role nouns and organisation kinds that '
        'source_types.toml lacks"',
    ]
    for type_ in SOURCE_TYPES:
        if by_type[type_]:
            lines += ["", f"[types.{type_}]", "heads = [", *by_type[type_], "]"]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("thesaurus", type=Path, help="th_de_DE_v2.dat of Debian mythes-de 20160424-4")
    parser.add_argument("--map", type=Path, default=MAP)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    digest = hashlib.sha256(args.thesaurus.read_bytes()).hexdigest()
    if digest != THESAURUS_SHA256:
        print(f"{args.thesaurus}: SHA-256 {digest}, expected {THESAURUS_SHA256}", file=sys.stderr)
        return 2
    anchors, excluded = read_map(args.map)
    words, conflicts = kept(typed(read_synsets(args.thesaurus), anchors), excluded)
    write(args.out, words, len(anchors), len(excluded))
    counts = defaultdict(int)
    for _, type_, _ in words.values():
        counts[type_] += 1
    print(f"{len(words)} heads: " + ", ".join(f"{t} {counts[t]}" for t in SOURCE_TYPES if counts[t]))
    print(f"{len(conflicts)} left out as typed two ways at the same distance:")
    for line in conflicts:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
