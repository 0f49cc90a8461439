"""Source-type accuracy on speakers of a third party's texts: 295 speaker mentions of the
Petersen-Frey & Biemann (2024) dev split, typed by hand by the framing developers
(benchmarks/gold/source_types_pfb_dev.jsonl: article id, offsets, SHA-256 of the mention, type).

usage: python benchmarks/source_types_pfb.py --git-dir CLONE/.git [--batch 1|2|3] [--details]

The data set annotates speakers but no source types; the mentions were sampled at random from its
dev split (pronouns and articles our dev2 set uses left out) and typed with the conventions of
benchmarks/gold/README.md; mentions that name no source ("die Frage", "laut Gesetz") were left
out. The batches were typed one after another while source_types.toml 1.3 was made, each before
framing's types for it were shown: batch 1 (115 mentions) at commit 8dcc533, batch 2 (95) at
bf3f2bb, batch 3 (85) at d5d93f8, the last change of 1.3; the errors of batches 1 and 2 were seen
before the next round, so each batch is held out only for the version it was typed at, and batch 3
for the whole of 1.3. Nothing of the data set is committed (CC BY-NC-SA 4.0): the texts are read
from a clone at ``benchmarks.quotes_pfb.COMMIT``. Each mention is classified with its article
(``classify_in_text``), as benchmarks/source_types.py does for our own gold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's framing first

from benchmarks.quotes_pfb import REPO, document_paths, read_document
from framing.sources import classify_in_text

GOLD = Path(__file__).resolve().parent / "gold" / "source_types_pfb_dev.jsonl"


class TextChanged(Exception):
    """A typed mention's text differs from the one typed (another commit of the data set)."""


def outcomes(git_dir: str, batches: tuple[int, ...]) -> list[dict[str, object]]:
    """Each typed mention of the given batches (held-out batch 3 only when asked for by the caller) with
    its gold and predicted type (classified with its article)."""
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    paths = document_paths(git_dir, "dev")
    texts: dict[str, str] = {}
    result: list[dict[str, object]] = []
    for row in rows:
        if row["batch"] not in batches:
            continue
        if row["article"] not in texts:
            texts[row["article"]] = read_document(git_dir, paths[row["article"]])["originalText"]
        mention = texts[row["article"]][row["speaker_start"] : row["speaker_end"]]
        if hashlib.sha256(mention.encode()).hexdigest() != row["speaker_sha256"]:
            raise TextChanged(f"{row['article']}: the text differs from the typed one (wrong commit?)")
        found = classify_in_text(mention, texts[row["article"]])
        result.append(
            {
                "article": row["article"],
                "speaker": mention,
                "gold": row["source_type"],
                "predicted": found.type if found else "other",
                "cue": found.cue if found else None,
            }
        )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--git-dir", required=True, help=f"a clone's .git folder (or bare clone) of {REPO}")
    parser.add_argument("--batch", type=int, choices=(1, 2, 3), help="one batch (3: held out)")
    parser.add_argument("--details", action="store_true", help="print every wrong type")
    args = parser.parse_args(argv)
    batches = (args.batch,) if args.batch else (1, 2, 3)
    try:
        rows = outcomes(args.git_dir, batches)
    except (subprocess.CalledProcessError, OSError) as error:
        print(f"cannot read {args.git_dir} at the pinned commit ({error}); clone {REPO}", file=sys.stderr)
        return 2
    except TextChanged as error:
        print(error, file=sys.stderr)
        return 2
    right = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for row in rows:
        right += row["predicted"] == row["gold"]
        if row["predicted"] != row["gold"]:
            confusion[(str(row["gold"]), str(row["predicted"]))] += 1
            if args.details:
                print(f"gold {row['gold']:<14} got {row['predicted']:<14} {str(row['speaker'])[:80]!r}")
    print(f"source type, {len(rows)} typed speaker mentions of the PFB dev split: {right / len(rows):.1%}")
    confusions = ", ".join(f"{gold}→{got} ×{n}" for (gold, got), n in confusion.most_common())
    print(f"confusions (gold→predicted): {confusions or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
