"""How far two typings of the same gold speakers agree: the gold's source types and a second, blind one.

usage: python benchmarks/agreement_types.py [--second FILE] [--splits test,test2,test3] [--details]

The second file (default benchmarks/gold/types_second_heldout.jsonl, task ``iaa2``, issue 11) holds one
line per gold speaker of an article: ``key`` ("split|article|person", the person as the gold rows write it),
``source_type``, ``party`` and the second annotator's ``confidence`` ("sure" or "unsure"); no text. It was
typed from the articles and benchmarks/gold/README.md's type convention alone, without the gold's types.
Only the gold quotes of the named splits are read (their labels; no article text is needed). A speaker's
gold type is the type most of its typed quotes carry, as source_types.py's per-speaker figure counts it.
Printed per split and pooled, and apart for the speakers the second annotator was sure and unsure of:
agreement per speaker and per quote (raw and Cohen's κ) and on the party, then the confusion table of the
speakers (gold type → second type). ``--details`` lists each speaker typed differently. The held-out file
is run by the lead only (it reads the held-out gold); benchmarks/source_types.py ``--types FILE`` scores
framing against the second file's types instead of the gold's.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks.agreement import cohen_kappa
from benchmarks.speakers import GOLD_DIR, pooled_splits

SECOND = GOLD_DIR / "types_second_heldout.jsonl"
HELD_OUT = ("test", "test2", "test3")
# the gold's labels (benchmarks/gold/README.md, "Row format"), in the confusion table's order
TYPES = (
    *("government", "parliament", "authority", "court", "expert", "business"),
    *("civil_society", "citizen", "media", "anonymous", "other"),
)
CONFIDENCE = ("sure", "unsure")


@dataclass(frozen=True)
class Speaker:
    """One gold speaker of an article, typed by both annotations."""

    split: str
    key: str
    gold: tuple[str, ...]  # the gold type of each of its typed quotes
    gold_party: str | None
    second: str
    second_party: str | None
    confidence: str

    @property
    def gold_type(self) -> str:
        return Counter(self.gold).most_common(1)[0][0]


def speaker_key(split: str, quote: dict) -> str:
    """The second file's key of a gold quote's speaker: split, article and the gold person."""
    return f"{split}|{quote['article']}|{quote.get('person') or quote.get('speaker') or ''}"


def load_types(path: Path) -> dict[str, dict]:
    """The second typing by key, each line checked (a known type and confidence, no key twice)."""
    types: dict[str, dict] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row["key"].count("|") < 2 or row["source_type"] not in TYPES:
            raise ValueError(f"{path}:{number}: no split|article|person key or an unknown type")
        if row.get("confidence", "sure") not in CONFIDENCE or row["key"] in types:
            raise ValueError(f"{path}:{number}: unknown confidence or the key {row['key']!r} again")
        types[row["key"]] = row
    return types


def retyped(quotes: Iterable[dict], split: str, types: dict[str, dict]) -> tuple[list[dict], int]:
    """The gold quotes with each typed quote's type and party taken from the second typing (the gold
    speaker, its span and the quote stay); a typed quote whose speaker the file lacks loses its type, so
    that it is not scored. Returns the quotes and how many lost their type."""
    out, dropped = [], 0
    for quote in quotes:
        if quote.get("source_type"):
            second = types.get(speaker_key(split, quote))
            if second is None:
                dropped += 1
                quote = {**quote, "source_type": None, "party": None}
            else:
                quote = {**quote, "source_type": second["source_type"], "party": second.get("party")}
        out.append(quote)
    return out, dropped


def speakers(
    gold: dict[str, list[dict]], types: dict[str, dict]
) -> tuple[list[Speaker], list[str], list[str]]:
    """The speakers both annotations type (gold quotes by split), the gold speakers the second file lacks
    and the second file's keys no typed gold quote of the splits has."""
    quotes: dict[str, list[dict]] = {}
    for split, rows in gold.items():
        for row in rows:
            if row.get("source_type"):
                quotes.setdefault(speaker_key(split, row), []).append(row)
    both = []
    for key, rows in quotes.items():
        if key in types:
            second = types[key]
            both.append(
                Speaker(
                    key.split("|", 1)[0],
                    key,
                    tuple(row["source_type"] for row in rows),
                    next((row["party"] for row in rows if row.get("party")), None),
                    second["source_type"],
                    second.get("party"),
                    second.get("confidence", "sure"),
                )
            )
    splits = set(gold)
    unknown = [key for key in types if key.split("|", 1)[0] in splits and key not in quotes]
    return both, [key for key in quotes if key not in types], unknown


def figures(group: Sequence[Speaker]) -> dict[str, object]:
    """Agreement of a group of speakers: per speaker (its majority gold type), per quote, and the party
    where either annotation names one."""
    by_speaker = [(s.gold_type, s.second) for s in group]
    by_quote = [(gold, s.second) for s in group for gold in s.gold]
    parties = [s for s in group if s.gold_party or s.second_party]
    return {
        "speakers": len(by_speaker),
        "speaker_same": sum(a == b for a, b in by_speaker) / len(by_speaker) if by_speaker else None,
        "speaker_kappa": cohen_kappa(by_speaker),
        "quotes": len(by_quote),
        "quote_same": sum(a == b for a, b in by_quote) / len(by_quote) if by_quote else None,
        "quote_kappa": cohen_kappa(by_quote),
        "party": f"{sum(s.gold_party == s.second_party for s in parties)}/{len(parties)}",
    }


def compare(both: Sequence[Speaker], splits: Sequence[str]) -> dict[str, dict[str, object]]:
    """The figures per split, pooled ("all"), each also for the sure and the unsure speakers."""
    summary = {}
    for name in (*splits, "all"):
        group = [s for s in both if name in ("all", s.split)]
        summary[name] = figures(group)
        for confidence in CONFIDENCE:
            summary[f"{name} {confidence}"] = figures([s for s in group if s.confidence == confidence])
    return summary


def confusion(both: Iterable[Speaker]) -> Counter[tuple[str, str]]:
    """Speakers by (gold type, second type)."""
    return Counter((s.gold_type, s.second) for s in both)


def table(counts: Counter[tuple[str, str]]) -> str:
    """The confusion table: a row per gold type, a column per second type (the labels that occur)."""
    labels = [t for t in TYPES if any(t in pair for pair in counts)]
    head = "gold / second".ljust(14) + "".join(f"{label[:6]:>7}" for label in labels)
    rows = [
        f"{gold:14}" + "".join(f"{counts[(gold, second)] or '.':>7}" for second in labels)
        for gold in labels
        if any(counts[(gold, second)] for second in labels)
    ]
    return "\n".join([head, *rows])


def percent(value: object) -> str:
    return "-" if value is None else f"{value:.0%}"


def kappa(value: object) -> str:
    return "-" if value is None else f"{value:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--second", type=Path, default=SECOND, help="the second typing (key → type)")
    parser.add_argument("--splits", type=pooled_splits, default=list(HELD_OUT), help="e.g. test,test2,test3")
    parser.add_argument("--details", action="store_true", help="list every speaker typed differently")
    args = parser.parse_args(argv)
    types = load_types(args.second)
    gold = {
        split: [json.loads(line) for line in (GOLD_DIR / f"quotes_{split}.jsonl").open(encoding="utf-8")]
        for split in args.splits
    }
    both, missing, unknown = speakers(gold, types)
    print(f"second typing {args.second.name} against the gold types of {', '.join(args.splits)}")
    print(f"{'set':14} {'speakers':>8} {'same':>5} {'κ':>5} {'quotes':>7} {'same':>5} {'κ':>5} {'party':>7}")
    for name, r in compare(both, args.splits).items():
        print(
            f"{name:14} {r['speakers']:>8} {percent(r['speaker_same']):>5} {kappa(r['speaker_kappa']):>5} "
            f"{r['quotes']:>7} {percent(r['quote_same']):>5} {kappa(r['quote_kappa']):>5} {r['party']:>7}"
        )
    print("\nconfusion, speakers (rows: gold type, columns: second type):")
    print(table(confusion(both)))
    if missing or unknown:
        lacking = f"gold speakers not in the second file: {len(missing)}"
        print(f"\n{lacking}; its keys not in the gold: {len(unknown)}")
    if args.details:
        for s in both:
            if s.gold_type != s.second:
                gold_types = ", ".join(f"{t} ×{n}" for t, n in Counter(s.gold).most_common())
                print(f"{s.key}: gold {gold_types} | second {s.second} ({s.confidence})")
        for key in missing:
            print(f"not in the second file: {key}")
        for key in unknown:
            print(f"not in the gold: {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
