"""Resolution alone: of the found quotes whose predicted speaker span is a pronoun ("er", "sie") or an
anaphoric role, nationality or age noun ("der Minister", "der Schweizer", "der 45-Jährige") that framing
resolved to a person named elsewhere, how often that person is the gold one; and per quote, for before →
after comparisons, every outcome of the sets (right person, exact span).

usage: python benchmarks/speakers_resolution.py [--sets demo,dev,…,dev9,pfb-train,pfb-dev]
                                                [--pfb-git-dir DIR] [--dump FILE] [--details]

Only the dev sets: never pass a held-out split. On the PFB splits the gold person is the annotated
mention itself ("er"), so a resolved pronoun is scored there by the span only and says nothing about
the referent; they are listed for the before → after check of right person and exact span.
``--details`` prints each wrong resolution (article text: for the local terminal only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks.speakers import Outcome, run

HELD_OUT = ("test", "test2", "test3")
DEFAULT_SETS = ("demo", "dev", *(f"dev{n}" for n in range(2, 14)), "pfb-train", "pfb-dev")
PFB_GIT_DIR = "/work/.mirror/uhh-lt+german-news-quotation-attribution-2024/repo"


def _pfb(split: str, git_dir: str) -> tuple[list[Outcome], dict[str, str]]:
    from benchmarks.quotes_pfb import document_paths, gold_rows, read_document, used_articles
    from benchmarks.speakers import evaluate, predict

    paths = document_paths(git_dir, split)
    used = used_articles() & set(paths)
    skipped: Counter[str] = Counter()
    records, gold = {}, []
    for article, path in sorted(paths.items()):
        if article in used:
            continue
        document = read_document(git_dir, path)
        records[article] = {
            "text": document["originalText"],
            "title": document["documentName"].split(" - ", 1)[-1],
        }
        gold += gold_rows(article, document, skipped)
    texts = {a: r["text"] for a, r in records.items()}
    return evaluate(gold, predict(records, records), texts), texts


def resolved(outcome: Outcome, text: str) -> str | None:
    """The words at the predicted speaker's span when framing put another person's name for them."""
    if not outcome.found or outcome.predicted_span is None or not outcome.predicted_speaker:
        return None
    written = " ".join(text[outcome.predicted_span[0] : outcome.predicted_span[1]].split())
    speaker = outcome.predicted_speaker
    if not written or written == speaker or set(written.split()) & set(speaker.split()):
        return None
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS))
    parser.add_argument("--pfb-git-dir", default=PFB_GIT_DIR)
    parser.add_argument("--dump", type=Path, help="write one JSON line per gold speech quote")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    if any(s in HELD_OUT for s in sets):
        parser.error("held-out splits are not measured here")
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    print(f"{'set':10} {'quotes':>6} {'person':>6} {'exact':>6} {'resolved':>8} {'right':>6}")
    for name in sets:
        if name.startswith("pfb-"):
            outcomes, texts = _pfb(name.removeprefix("pfb-"), args.pfb_git_dir)
        else:
            outcomes, texts = run(name, None, None)
        speech = [o for o in outcomes if o.gold.is_speech]
        taken = 0
        right = 0
        for o in speech:
            text = texts[o.gold.article]
            written = resolved(o, text)
            g = o.gold
            gold_span = text[g.speaker_start : g.speaker_end] if g.speaker_start is not None else None
            if written is not None:
                taken += 1
                right += o.right_person
                if args.details and not o.right_person:
                    print(
                        f"  WRONG {name} {g.article} {written!r} → {o.predicted_speaker!r}; "
                        f"gold {g.person!r} at {gold_span!r}: {text[g.start : g.end][:60]!r}"
                    )
            if dump:
                row = {
                    "set": name,
                    "article": g.article,
                    "start": g.start,
                    "end": g.end,
                    "found": o.found,
                    "person": o.right_person,
                    "exact": o.exact_span,
                    "type": o.right_type,
                    "written": written,
                    "speaker": o.predicted_speaker,
                }
                dump.write(json.dumps(row, ensure_ascii=False) + "\n")
        person = sum(o.right_person for o in speech)
        exact = sum(o.exact_span for o in speech)
        print(f"{name:10} {len(speech):>6} {person:>6} {exact:>6} {taken:>8} {right:>6}", flush=True)
    if dump:
        dump.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
