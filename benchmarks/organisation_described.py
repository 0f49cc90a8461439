"""How many gold speakers sit in an organisation that their article says what it is of, and how many of
those get the gold type (source types round 24, issue 11, item 2).

usage: python benchmarks/organisation_described.py [--split demo|dev|…|dev9 ...] [--details]

For each typed gold quote of the dev sets (demo, dev–dev9; held-out sets are refused) the organisations
the article describes (``framing.sources.described_organisations``: "der Autobauer BMW", "BMW, der
Münchner Autobauer,", "die Funke Mediengruppe", "das Institut der deutschen Wirtschaft (IW)") are looked
for in the gold speaker phrase and in the words around the person's first mention (``_role_context``:
"Marcel Pfeifer, Vertriebschef … bei Funke"), as a word or as the first part of a hyphen compound
("Funke-Manager"). A quote counts as described when one is found; "unregistered" are those whose
organisation source_types.toml does not name, so that only the article says what it is. The type is the
one ``benchmarks/source_types.py`` gives with the gold speaker.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's framing first

from benchmarks.source_types import GOLD_DIR, outcomes, split_texts
from framing.sources import _first_mention, _hits, _name_in, _role_context, described_organisations, registry

DEV_SETS = ("demo", "dev", *(f"dev{number}" for number in range(2, 10)))


def around(speaker: str, text: str) -> str:
    """The gold speaker phrase and the words before and after the person's first mention."""
    name = _name_in(speaker) if speaker else None
    mention = _first_mention(text, name) if name else None
    if mention is None:
        return speaker
    return " ".join((speaker, *_role_context(text, mention[0], mention[1] - mention[0])[:2]))


def organisation_of(words: str, described: dict[str, tuple[str, str]]) -> str | None:
    """The first described organisation named in ``words``, alone or before a hyphen."""
    for name in described:
        if re.search(rf"(?<!\w){re.escape(name)}(?:(?!\w)|-)", words):
            return name
    return None


def measure(split: str, details: bool = False) -> tuple[int, int, int, int, int]:
    """(typed quotes, described, of them right, unregistered, of them right) of one split."""
    quotes, texts, urls = split_texts(split, GOLD_DIR / f"quotes_{split}.jsonl")
    typed = [quote for quote in quotes if quote.get("source_type")]
    described = right = unregistered = unregistered_right = 0
    for quote, row in zip(typed, outcomes(quotes, texts, urls), strict=True):
        text = texts[quote["article"]]
        found = organisation_of(around(str(row["speaker"]), text), described_organisations(text))
        if found is None:
            continue
        correct = row["predicted"] == row["gold"]
        described += 1
        right += correct
        if not _hits(registry(), found):
            unregistered += 1
            unregistered_right += correct
        if details and not correct:
            kind = described_organisations(text)[found]
            print(f"{split}: {row['speaker']!r} gold {row['gold']}, got {row['predicted']} ({found}: {kind})")
    return len(typed), described, right, unregistered, unregistered_right


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=DEV_SETS, help="a dev set (default: all)")
    parser.add_argument("--details", action="store_true", help="print each described quote typed wrong")
    args = parser.parse_args(argv)
    totals = [0, 0, 0, 0, 0]
    print("split  typed  described (right)  unregistered (right)")
    for split in args.split or DEV_SETS:
        counts = measure(split, args.details)
        totals = [total + count for total, count in zip(totals, counts, strict=True)]
        print(f"{split:6} {counts[0]:5}  {counts[1]:9} ({counts[2]:3})  {counts[3]:12} ({counts[4]:3})")
    print(f"{'all':6} {totals[0]:5}  {totals[1]:9} ({totals[2]:3})  {totals[3]:12} ({totals[4]:3})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
