"""Source-type confusions summed over every set framing may be tuned on: gold type × predicted type,
given the gold speaker, over the demo, dev to dev18, dev23, dev24 (alternative outlets), the interviews
(devint) and the typed Petersen-Frey & Biemann dev batches 1 and 2 (issue 11, item 2: the largest cells
across sets, not one set's).

usage: python benchmarks/source_types_confusion.py [--git-dir CLONE/.git] [--cells N] [--examples N]
                                                  [--dump FILE]

Each set is read as ``benchmarks/source_types.py`` (our gold, with its article and address) and
``benchmarks/source_types_pfb.py`` (the typed PFB mentions) read it. Held-out sets (test, test2, test3,
the gates dev19–dev22, dev25 and dev26, and PFB batch 3) are never read: the sets are fixed here, not chosen
on the command line. Without ``--git-dir`` the PFB batches are left out. Prints the right count of each set,
the matrix (rows gold, columns predicted, counts) and the largest wrong cells with their speakers and sets;
``--dump`` writes every outcome as a JSON line, to compare two versions quote by quote.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's framing first

from benchmarks import source_types, source_types_pfb
from framing.sources import SOURCE_TYPES

# never a held-out one (dev8–18, dev23, dev24, gates once, are dev sets since; dev19–22, dev25, dev26 gates)
SPLITS = ("demo", "dev", *(f"dev{n}" for n in range(2, 19)), "dev23", "dev24", "devint")
PFB_BATCHES = (1, 2)  # batch 3 is held out


def collect(git_dir: str | None) -> dict[str, list[dict[str, object]]]:
    """Each tunable set's outcomes given the gold speaker, keyed by the set's name."""
    sets: dict[str, list[dict[str, object]]] = {}
    for split in SPLITS:
        gold = source_types.GOLD_DIR / f"quotes_{split}.jsonl"
        quotes, texts, urls = source_types.split_texts(split, gold)
        sets[split] = source_types.outcomes(quotes, texts, urls)
    if git_dir:
        for batch in PFB_BATCHES:
            sets[f"pfb{batch}"] = source_types_pfb.outcomes(git_dir, (batch,))
    return sets


def matrix(rows: list[dict[str, object]]) -> str:
    """The confusion matrix as a Markdown table: gold types down, predicted types across, counts."""
    cells = Counter((str(row["gold"]), str(row["predicted"])) for row in rows)
    types = [t for t in SOURCE_TYPES if any(t in pair for pair in cells)]
    short = {t: t[:6] for t in types}
    lines = ["| gold \\ got | " + " | ".join(short[t] for t in types) + " | sum |"]
    lines.append("| --- " * (len(types) + 2) + "|")
    for gold in types:
        counts = [cells[(gold, got)] for got in types]
        shown = [
            f"**{n}**" if got == gold else (str(n) if n else "·")
            for n, got in zip(counts, types, strict=True)
        ]
        lines.append(f"| {gold} | " + " | ".join(shown) + f" | {sum(counts)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--git-dir", help="a clone's .git folder of the PFB data set (batches 1 and 2)")
    parser.add_argument("--cells", type=int, default=15, help="wrong cells listed (largest first)")
    parser.add_argument("--examples", type=int, default=6, help="speakers listed per cell")
    parser.add_argument("--dump", type=Path, help="write every outcome as a JSON line (set, speaker, types)")
    args = parser.parse_args(argv)
    try:
        sets = collect(args.git_dir)
    except (source_types.GoldError, source_types_pfb.TextChanged, OSError) as error:
        print(error, file=sys.stderr)
        return 2
    total = right = 0
    for name, rows in sets.items():
        hits = sum(row["gold"] == row["predicted"] for row in rows)
        total, right = total + len(rows), right + hits
        print(f"{name:6} {hits:4} / {len(rows):4} ({hits / len(rows):.1%})")
    print(f"{'all':6} {right:4} / {total:4} ({right / total:.1%})\n")
    everything = [dict(row, set=name) for name, rows in sets.items() for row in rows]
    print(matrix(everything) + "\n")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as handle:
            for row in everything:
                handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    wrong: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for row in everything:
        if row["gold"] != row["predicted"]:
            wrong[(str(row["gold"]), str(row["predicted"]))].append(row)
    for (gold, got), rows in sorted(wrong.items(), key=lambda item: -len(item[1]))[: args.cells]:
        by_set = Counter(str(row["set"]) for row in rows)
        spread = ", ".join(f"{name} {n}" for name, n in by_set.most_common())
        print(f"{gold} → {got} ×{len(rows)} ({spread})")
        speakers = Counter((str(row["speaker"])[:60], str(row["cue"]), str(row["set"])) for row in rows)
        for (speaker, cue, name), n in speakers.most_common(args.examples):
            print(f"    {n}× {speaker!r} cue {cue!r} [{name}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
