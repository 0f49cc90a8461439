"""Does tone toward a sentence's topic word come from the polar words near it? (GerNTSA dev only)

usage: python -m benchmarks.tone_target GIT_DIR   (a clone of cgoer/GerNTSA, its .git directory)

GerNTSA (see ``benchmarks/tone_eval.py``: same data, commit and dev split) labels each snippet with
the polarity toward one topic word, marked by ``target_anchor``. The local copy of tone_eval keeps no
anchors, so this reads ``GerNTSA.json`` from the clone, keeps the dev split and drops the rest
before anything else is done: there is no test option (the held-out split stays unseen).

Every weighting keeps the product's evidence: the tone spans of the snippet
(``framing.measures.tone.annotate``), each weighted by where it stands relative to the topic word,
summed. Reported per weighting: Spearman's rho with the label, agreement and macro-F1 at the product's
band and at the band of the best dev macro-F1, and on the snippets labelled for two or more topic
words with different labels, how often the weighted sum orders the two the way the labels do (a
sentence-level sum cannot: it gives both the same score). The best band's macro-F1 is chosen on
the same sentences it is reported on, so the gains there are checked in five grouped folds (by the
snippet's SHA-1, so a snippet's topic words stay in one fold): the weighting and band are chosen on
four folds and scored on the fifth, once among the plain sum's bands only and once among all.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from benchmarks.tone_eval import (
    BAND,
    COMMIT,
    VALUE,
    Item,
    _git_show,
    classify,
    evaluate,
    macro_f1,
    split_of,
)
from framing.measures import tone
from framing.pipeline import doc_from_text


@dataclass(frozen=True)
class Target:
    """One labelled snippet with the character offsets of its topic word."""

    item: Item
    start: int
    end: int


@dataclass(frozen=True)
class Place:
    """A tone span's score and where it stands relative to the topic word: tokens apart (0: on it),
    whether it is in the topic word's sentence, and in its clause (tone's clause breaks), and
    whether it is in the outlet's own voice (not inside quotation marks)."""

    score: float
    distance: int
    same_sentence: bool
    same_clause: bool
    own: bool = True


def load_dev(git_dir: str) -> list[Target]:
    """The dev snippets of GerNTSA with their topic words (test rows are dropped unread)."""
    rows = json.loads(_git_show(git_dir, COMMIT, "GerNTSA.json"))
    return [
        Target(
            Item(row["id"], row["opinion_snippet"], row["sentiment"]["polarity"]),
            row["target_anchor"]["from"],
            row["target_anchor"]["to"],
        )
        for row in rows
        if split_of(row["opinion_snippet"]) == "dev"
    ]


def places(target: Target) -> list[Place]:
    """The snippet's tone spans, each placed relative to the topic word."""
    doc = doc_from_text(target.item.text, annotate=False)
    tokens = doc.tokens
    clause, clauses = 0, []
    for token in tokens:
        clause += token.text.lower() in tone.CLAUSE_BREAKS
        clauses.append((token.sentence, clause))
    anchor = [n for n, t in enumerate(tokens) if t.start < target.end and t.end > target.start]
    result = []
    for span in tone.annotate(doc):
        index = next(n for n, t in enumerate(tokens) if t.end > span.start)
        first = anchor[0] if anchor else index
        result.append(
            Place(
                span.score or 0.0,
                min((abs(index - n) for n in anchor), default=len(tokens)),
                bool(anchor) and tokens[index].sentence == tokens[first].sentence,
                bool(anchor) and clauses[index] == clauses[first],
                span.attrs["voice"] == "own",
            )
        )
    return result


Weighting = Callable[[Place], float]


def _decay(floor: float, words: int) -> Weighting:
    return lambda p: floor + (1 - floor) * math.exp(-p.distance / words)


def actor_tone(spans: list[Place]) -> float:
    """The product's tone toward an actor, read on one snippet: the mean own-voice score of the
    sentence that names it (``tone.actor.<actor>``; 0.0 without polar words there)."""
    scores = [p.score for p in spans if p.own and p.same_sentence]
    return sum(scores) / len(scores) if scores else 0.0


WEIGHTINGS: dict[str, Weighting] = {
    "every span alike (the product's sentence tone)": lambda p: 1.0,
    "topic word's sentence only": lambda p: float(p.same_sentence),
    "topic word's sentence, the rest x0.5": lambda p: 1.0 if p.same_sentence else 0.5,
    "topic word's sentence x1.25": lambda p: 1.25 if p.same_sentence else 1.0,
    "topic word's clause, the rest x0.5": lambda p: 1.0 if p.same_clause else 0.5,
    "topic word's clause, the rest x0.75": lambda p: 1.0 if p.same_clause else 0.75,
    **{f"0.5 + 0.5 exp(-tokens/{words})": _decay(0.5, words) for words in (5, 10, 20, 40)},
    **{f"0.25 + 0.75 exp(-tokens/{words})": _decay(0.25, words) for words in (10, 20)},
}


def pair_order(targets: list[Target], scores: list[float]) -> tuple[int, int, int]:
    """On snippets labelled for several topic words, the pairs with different labels: how many the
    scores order as the labels do, the other way, or tie."""
    by_text: dict[str, list[int]] = {}
    for n, target in enumerate(targets):
        by_text.setdefault(target.item.text, []).append(n)
    same = other = tied = 0
    for members in by_text.values():
        for a, b in combinations(members, 2):
            gold = VALUE[targets[a].item.label] - VALUE[targets[b].item.label]
            if gold:
                order = gold * (scores[a] - scores[b])
                same += order > 1e-9
                other += order < -1e-9
                tied += abs(order) <= 1e-9
    return same, other, tied


BANDS = [step / 20 for step in range(41)]


def fold_of(text: str, folds: int = 5) -> int:
    """A snippet's fold, fixed by its text (the dev split takes the SHA-1's first byte; this the second)."""
    return hashlib.sha1(text.encode("utf-8")).digest()[1] % folds


def cross_validated(
    items: list[Item], candidates: dict[str, list[float]], folds: int = 5
) -> tuple[float, float]:
    """Agreement and macro-F1 when each fold is classified with the weighting and band of the best
    macro-F1 on the other folds (``candidates``: scores per weighting)."""
    fold = [fold_of(item.text, folds) for item in items]
    predicted = [""] * len(items)
    for held in range(folds):
        rest = [n for n in range(len(items)) if fold[n] != held]
        _, name, band = max(
            (
                macro_f1(Counter((items[n].label, classify(scores[n], b)) for n in rest)),
                name,
                b,
            )
            for name, scores in candidates.items()
            for b in BANDS
        )
        for n in range(len(items)):
            if fold[n] == held:
                predicted[n] = classify(candidates[name][n], band)
    pairs = Counter((item.label, p) for item, p in zip(items, predicted, strict=True))
    return sum(pairs[(c, c)] for c in VALUE) / len(items), macro_f1(pairs)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", help="the .git directory of a clone of cgoer/GerNTSA")
    args = parser.parse_args(argv)
    targets = load_dev(args.git_dir)
    items = [target.item for target in targets]
    placed = [places(target) for target in targets]
    print(f"GerNTSA dev: {len(items)} snippets (rho; agreement / macro-F1 at ±{BAND} and at the best band)")
    candidates = {}
    for name, weight in WEIGHTINGS.items():
        scores = candidates[name] = [sum(p.score * weight(p) for p in spans) for spans in placed]
        fixed = evaluate(items, scores, BAND)
        best_f1, band = max((evaluate(items, scores, b).macro_f1, b) for b in BANDS)
        best = evaluate(items, scores, band)
        same, other, tied = pair_order(targets, scores)
        print(
            f"  {name:<52} rho {fixed.rho:.4f}  {fixed.agreement:.1%} / {fixed.macro_f1:.3f}"
            f"  ±{band:.2f}: {best.agreement:.1%} / {best_f1:.3f}  pairs {same}:{other} ({tied} tied)"
        )
    scores = [actor_tone(spans) for spans in placed]
    best_f1, band = max((evaluate(items, scores, b).macro_f1, b) for b in BANDS)
    result = evaluate(items, scores, band)
    print(
        f"  {'tone toward an actor (mean, own voice, its sentence)':<52} rho {result.rho:.4f}"
        f"  ±{band:.2f}: {result.agreement:.1%} / {best_f1:.3f}"
    )
    plain = next(iter(candidates))
    for label, pool in (("plain sum", {plain: candidates[plain]}), ("any weighting", candidates)):
        agreement, f1 = cross_validated(items, pool)
        print(
            f"  5-fold, band{'' if len(pool) == 1 else ' and weighting'} chosen on 4 folds ({label}): "
            f"{agreement:.1%} / {f1:.3f}"
        )


if __name__ == "__main__":
    main()
