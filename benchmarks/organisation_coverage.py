"""How many organisations of the dev gold does a candidate list name, and with the gold's kind?

Reads only the dev gold (demo, dev–dev13 speaker sets; dev12 and dev13, the gates of 2026-12-05 night and late
night, are dev sets since); held-out sets (test, test2, test3) are refused.
A candidate list is a CSV with a name column and a kind column (e.g. the Lobbyregister's "Unternehmen" /
"Verein/Verband"), mapped to the taxonomy's source types by --map KIND=TYPE. The bundled outlet registry
(data/registries/outlets.toml, all `media`) is measured the same way with --outlets.

A list "names" a quote when one of its names (legal forms such as "e.V.", "GmbH", "AG" stripped; an
acronym in parentheses or before " - " taken as a second name) occurs in the gold speaker phrase or person
as a word or as the first part of a hyphen compound ("Bitkom-Handelsexpertin"). "org-like" counts the quotes
whose speaker phrase or person holds an acronym or a capitalised hyphen-compound prefix (a rough
denominator for organisation mentions; it also catches parties and places).

    python benchmarks/organisation_coverage.py --csv nodes.csv --name-col Label --kind-col type \
        --map Unternehmen=business --map Verein/Verband=civil_society --map Consulting=business
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold"
DEV_SETS = ["demo", "dev", *(f"dev{n}" for n in range(2, 14))]
HELD_OUT = {"test", "test2", "test3"}
ORG_TYPES = {"business", "civil_society", "media"}

LEGAL_FORM = re.compile(
    r"(,?\s+(e\.\s?V\.?|e\.V:|GmbH(\s*&\s*Co\.?\s*KG(aA)?)?|AG(\s*&\s*Co\.?\s*KG)?"
    r"|SE(\s*&\s*Co\.?\s*KG(aA)?)?|KGaA|KG|OHG|mbH|Inc\.?|Ltd\.?|Limited|LLC"
    r"|B\.V\.|N\.V\.|NV|SA|SARL|S\.à r\.l\.|A/S|plc|gGmbH)\b\.?)+\s*$"
)
PAREN = re.compile(r"\(([^()]+)\)")
ORG_LIKE = re.compile(r"\b[A-ZÄÖÜ]{2,6}\b|\b[A-ZÄÖÜ][\wäöüß.]+-(?=[A-Za-zäöüß])")


def aliases(name: str) -> set[str]:
    """How news text writes a list entry: without legal form; acronyms in parentheses or before a dash."""
    out = set()
    name = " ".join(name.split())
    for acro in PAREN.findall(name):
        for part in re.split(r"[;,]", acro):
            part = LEGAL_FORM.sub("", part.strip())
            if len(part) >= 3:
                out.add(part)
    base = LEGAL_FORM.sub("", PAREN.sub("", name)).strip(" -,:")
    base = LEGAL_FORM.sub("", base).strip(" -,:")
    if " - " in base:
        head, _, tail = base.partition(" - ")
        out.update(p for p in (head.strip(), tail.strip()) if len(p) >= 3)
    if len(base) >= 3:
        out.add(base)
    return out


def pattern(alias: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\wäöüß])" + re.escape(alias) + r"(?=$|[^\wäöüß]|-|s\b)")


def load_csv(path: Path, name_col: str, kind_col: str, mapping: dict[str, str]) -> list[tuple[str, str, str]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name, kind = (row.get(name_col) or "").strip(), (row.get(kind_col) or "").strip()
            if name:
                rows.extend((a, name, mapping.get(kind, "")) for a in aliases(name))
    return rows


def load_outlets() -> list[tuple[str, str, str]]:
    data = tomllib.loads((ROOT / "data" / "registries" / "outlets.toml").read_text(encoding="utf-8"))
    rows = []
    for outlet in data["outlet"]:
        for a in {outlet["name"], *outlet.get("aliases", [])}:
            if len(a) >= 3 and "." not in a:
                rows.append((a, outlet["name"], "media"))
    return rows


def load_licensed() -> list[tuple[str, str, str]]:
    """The names of data/registries/source_types_organisations.tsv (licensed lists, typed by their class)."""
    path = ROOT / "data" / "registries" / "source_types_organisations.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [(row["name"], row["name"], row["type"]) for row in csv.DictReader(lines, delimiter="\t")]


def load_registry_names() -> list[tuple[str, str, str]]:
    """The organisation names of data/registries/source_types.toml with their types (hand-written)."""
    data = tomllib.loads((ROOT / "data" / "registries" / "source_types.toml").read_text(encoding="utf-8"))
    return [
        (name, name, type_id)
        for type_id, spec in data["types"].items()
        for name in spec.get("names", [])
        if len(name) >= 3 and not LEGAL_FORM.fullmatch(" " + name)
    ]


def measure(entries: list[tuple[str, str, str]], sets: list[str]) -> tuple[list[dict], Counter]:
    compiled = [(pattern(a), a, name, kind) for a, name, kind in entries]
    table, found = [], Counter()
    for split in sets:
        n = org_typed = org_like = named = agree = 0
        for line in (GOLD / f"quotes_{split}.jsonl").open(encoding="utf-8"):
            rec = json.loads(line)
            text = " | ".join(x for x in (rec.get("speaker"), rec.get("person")) if x)
            n += 1
            org_typed += rec.get("source_type") in ORG_TYPES
            org_like += bool(ORG_LIKE.search(text))
            hits = [(name, kind) for pat, _a, name, kind in compiled if pat.search(text)]
            if hits:
                named += 1
                agree += any(kind == rec.get("source_type") for _n, kind in hits)
                for name, kind in set(hits):
                    found[(name, kind, rec.get("source_type"))] += 1
        table.append(
            {
                "set": split,
                "quotes": n,
                "org_typed": org_typed,
                "org_like": org_like,
                "named": named,
                "kind_agrees": agree,
            }
        )
    return table, found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", type=Path, help="candidate list (CSV with a header)")
    ap.add_argument("--name-col", default="name")
    ap.add_argument("--kind-col", default="kind")
    ap.add_argument("--map", action="append", default=[], help="KIND=SOURCE_TYPE")
    ap.add_argument("--outlets", action="store_true", help="measure data/registries/outlets.toml instead")
    ap.add_argument(
        "--registry", action="store_true", help="measure the names of data/registries/source_types.toml"
    )
    ap.add_argument(
        "--licensed", action="store_true", help="measure data/registries/source_types_organisations.tsv"
    )
    ap.add_argument("--sets", default=",".join(DEV_SETS))
    ap.add_argument("--show", action="store_true", help="list the organisations found")
    args = ap.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    if HELD_OUT & set(sets):
        sys.exit(f"held out, not read here: {sorted(HELD_OUT & set(sets))}")
    if args.outlets:
        entries = load_outlets()
    elif args.registry:
        entries = load_registry_names()
    elif args.licensed:
        entries = load_licensed()
    elif args.csv:
        mapping = dict(m.split("=", 1) for m in args.map)
        entries = load_csv(args.csv, args.name_col, args.kind_col, mapping)
    else:
        ap.error("give --csv or --outlets")
    table, found = measure(entries, sets)
    cols = ["quotes", "org_typed", "org_like", "named", "kind_agrees"]
    print(
        "| set | quotes | typed business/civil_society/media | org-like | named by the list | kind agrees |"
    )
    print("|---|---|---|---|---|---|")
    total = Counter()
    for row in table:
        total.update({k: row[k] for k in cols})
        print("| " + " | ".join([row["set"], *(str(row[k]) for k in cols)]) + " |")
    print("| " + " | ".join(["all", *(str(total[k]) for k in cols)]) + " |")
    if args.show:
        for (name, kind, gold), k in found.most_common():
            print(f"{k:4d}  {name}  list={kind or '-'}  gold={gold}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
