"""Speaker attribution against a third party's gold: the German news quotation-attribution data set of
Petersen-Frey & Biemann (2024), 1,000 German Wikinews articles annotated by its authors with quote,
speaker, cue and type. Nothing in framing was written or tuned on it: the most independent check of
its speaker figures.

usage: python benchmarks/quotes_pfb.py --git-dir CLONE/.git [--split test|dev|train] [--json] [--keep-used]
                                      [--errors [--first N] [--details]]

Data: github.com/uhh-lt/german-news-quotation-attribution-2024 at ``COMMIT`` (CC BY-NC-SA 4.0;
Wikinews texts CC BY 2.5). Nothing of it is committed: ``git clone`` it and pass its .git folder (or
a bare clone). Each file's ``originalText`` is analysed as it is (framing's model of an article
whose text is already clean), so the annotation offsets apply unchanged.

Scoring: each annotation is turned into a gold row of ``benchmarks/speakers.py`` and scored there in
the same way as our own gold sets (found, right person, exact span with leading determiners
ignored). Kinds: ``Direct`` → direct; ``Indirect``, ``IndirectFreeIndirect`` and ``FreeIndirect`` →
indirect. Left out and counted: ``Reported`` (a speech act without its content, "X kritisierte die
Entscheidung", which framing does not treat as a quote) and annotations without a speaker. The
gold "person" is read from the annotated speaker mention (``mention_person``), so "right person"
means: framing's speaker contains the mention's surname or role noun, or the two speaker spans
overlap. Where the
annotated mention is a pronoun, framing's span must overlap it. ``--errors`` prints the count of each error
class by kind (not found, found without speaker, wrong person, right person with an inexact span), to
measure a rule's effect while tuning on the train split; ``--details`` adds one line per miss (text
of the article: for the local terminal only). Articles that our own dev sets use
(``benchmarks/gold/quotes_dev2.jsonl``, ids ``wn-<number>``) are left out unless ``--keep-used``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks.speakers import GOLD_DIR, GoldQuote, Outcome, evaluate, predict, summarize

REPO = "https://github.com/uhh-lt/german-news-quotation-attribution-2024"
COMMIT = "74e7bd6d1b57b662865f570c4d1de26ff15d2689"
KINDS = {
    "Direct": "direct",
    "Indirect": "indirect",
    "IndirectFreeIndirect": "indirect",
    "FreeIndirect": "indirect",
}
USED_BY = GOLD_DIR / "quotes_dev2.jsonl"
# words that open a post-modifier after the name ("Bernard Aubin von der CFTC", "Sprecher der Polizei")
POST_MODIFIERS = frozenset({"der", "des", "aus", "bei", "beim", "im", "in", "für", "am"})
NAME_PARTICLES = frozenset({"von", "van", "de", "zu", "vom"})  # "Von der Leyen" is one name


def mention_person(mention: str) -> str:
    """The words of an annotated speaker mention that name the person, so that its last word is the
    surname or role noun: parentheses dropped ("Edathy (SPD)"), the apposition after a comma kept
    ("Der Vorsitzende des Verbands, Michael Knipper"), a post-modifier cut ("von der CFTC")."""
    plain = re.sub(r"\s*\([^)]*\)", "", mention).strip(" ,")
    after_comma = plain.rsplit(",", 1)[-1].strip()
    if after_comma != plain and re.search(r"\b[A-ZÄÖÜ]", after_comma):
        plain = after_comma
    words = plain.split()
    for index in range(1, len(words)):
        before, word = words[index - 1], words[index]
        # "von"/"vom" open a post-modifier only before an organisation's acronym ("von der CFTC"),
        # else they belong to the name ("Ursula von der Leyen")
        opens = word in POST_MODIFIERS or (word in {"von", "vom"} and words[-1].isupper())
        if opens and before[:1].isupper() and before.lower() not in NAME_PARTICLES:
            return " ".join(words[:index])
    return plain


def document_paths(git_dir: str, split: str) -> dict[str, str]:
    """Article id ("wn-<number>") → path of its JSON file in the split's folder at COMMIT."""
    listing = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "-r", "-z", "--name-only", COMMIT, f"data/{split}/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {
        "wn-" + Path(path).name.split(" ", 1)[0]: path
        for path in listing.split("\0")
        if path.endswith(".json")
    }


def read_document(git_dir: str, path: str) -> dict[str, Any]:
    shown = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"], capture_output=True, check=True
    )
    return json.loads(shown.stdout)


def gold_rows(article: str, document: dict[str, Any], skipped: Counter[str]) -> list[GoldQuote]:
    """The document's annotations as gold rows; the ones left out are counted in ``skipped``."""
    rows = []
    for annotation in document["annotations"]:
        kind = KINDS.get(annotation["type"])
        quote = [(s["charBegin"], s["charEnd"]) for s in annotation["quote"]["spans"]]
        speaker = [(s["charBegin"], s["charEnd"]) for s in (annotation.get("speaker") or {}).get("spans", [])]
        if kind is None:
            skipped[f"type {annotation['type']}"] += 1
        elif not speaker:
            skipped["no speaker annotated"] += 1
        elif not quote:
            skipped["no quote span"] += 1
        else:
            start, end = min(s for s, _ in speaker), max(e for _, e in speaker)
            rows.append(
                GoldQuote(
                    article=article,
                    start=min(s for s, _ in quote),
                    end=max(e for _, e in quote),
                    kind=kind,
                    speaker_start=start,
                    speaker_end=end,
                    person=mention_person(document["originalText"][start:end]),
                    outlet=annotation["type"],  # summarised per annotated type
                )
            )
    return rows


def error_class(outcome: Outcome) -> str:
    """The outcome of one gold quote as an error class (or "right" when person and span are)."""
    if not outcome.found:
        return "not found"
    if outcome.predicted_speaker is None:
        return "found, no speaker"
    if not outcome.right_person:
        return "wrong person"
    return "right" if outcome.exact_span else "right person, inexact span"


def errors(outcomes: list[Outcome], texts: dict[str, str], details: bool) -> str:
    """Counts of each error class by kind; with ``details``, the misses one a line (quote's start,
    gold speaker, predicted speaker)."""
    counts: Counter[tuple[str, str]] = Counter((o.gold.kind, error_class(o)) for o in outcomes)
    lines = []
    for kind in sorted({k for k, _ in counts}):
        total = sum(n for (k, _), n in counts.items() if k == kind)
        shares = ", ".join(f"{name} {n}" for (k, name), n in sorted(counts.items()) if k == kind)
        lines.append(f"{kind} ({total}): {shares}")
    if details:
        for o in outcomes:
            name = error_class(o)
            if name == "right":
                continue
            g, text = o.gold, texts[o.gold.article]
            gold = text[g.speaker_start : g.speaker_end] if g.speaker_start is not None else "-"
            snippet = " ".join(text[max(0, g.start - 60) : g.start + 90].split())
            kind, predicted = g.outlet or g.kind, o.predicted_speaker
            lines.append(f"{g.article} {kind} [{name}] gold={gold!r} pred={predicted!r} | {snippet}")
    return "\n".join(lines)


def used_articles() -> set[str]:
    if not USED_BY.exists():
        return set()
    return {
        json.loads(line)["article"]
        for line in USED_BY.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--git-dir", required=True, help=f"a clone's .git folder (or bare clone) of {REPO}")
    parser.add_argument("--split", choices=("test", "dev", "train"), default="test")
    parser.add_argument("--keep-used", action="store_true", help="keep the articles our dev sets annotate")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", action="store_true", help="print the count of each error class")
    parser.add_argument("--details", action="store_true", help="with --errors: one line per miss")
    parser.add_argument("--first", type=int, help="only the split's first N articles (by id)")
    args = parser.parse_args(argv)
    paths = document_paths(args.git_dir, args.split)
    used = set() if args.keep_used else used_articles() & set(paths)
    skipped: Counter[str] = Counter()
    records, gold = {}, []
    for article, path in sorted(paths.items())[: args.first]:
        if article in used:
            continue
        document = read_document(args.git_dir, path)
        records[article] = {
            "text": document["originalText"],
            "title": document["documentName"].split(" - ", 1)[-1],
        }
        gold += gold_rows(article, document, skipped)
    texts = {a: r["text"] for a, r in records.items()}
    outcomes = evaluate(gold, predict(records, records), texts)
    summary = summarize(outcomes)
    if args.errors:
        print(errors(outcomes, texts, args.details))
    result = {
        "split": args.split,
        "articles": len(records),
        "left_out_articles": sorted(used),
        "left_out_annotations": dict(skipped),
        "all": summary["all"],
        "by_type": summary["by_outlet"],
        "by_kind": summary["by_kind"],
    }
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(
        f"{args.split}: {len(records)} articles, {len(gold)} quotes "
        f"({len(used)} articles left out: in our dev set)"
    )
    print(f"left out: {', '.join(f'{k} {v}' for k, v in sorted(skipped.items()))}")
    for name, rates in [("all", summary["all"]), *summary["by_outlet"].items()]:
        print(
            f"  {name:22} {rates['quotes']:4} quotes  found {rates['found']:.0%}  right person "
            f"{rates['right_person']:.0%} ({rates['right_person_of_found']:.0%} of found)  exact span "
            f"{rates['exact_span']:.0%} ({rates['exact_span_of_found']:.0%} of found)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
