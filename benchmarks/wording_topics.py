"""Word choice before and after the topic gate, on real German news (issue 11, part 4).

usage:
  python benchmarks/wording_topics.py [--gnad GIT_DIR] [--jsonl FILE ...] [--split dev|test]
  python benchmarks/wording_topics.py --gnad GIT_DIR --sample dev|test [--kind per_concept|kept]

Rebuild: ``git clone --bare https://github.com/tblock/10kGNAD 10kGNAD.git`` and pass ``--gnad
10kGNAD.git``. Corpus (text is never committed; this script rebuilds it): the 1,028 articles of
``test.csv`` in the 10kGNAD corpus (Der Standard, 2015–2016; CC BY-NC-SA 4.0) at commit GNAD_COMMIT
of github.com/tblock/10kGNAD (a bare clone or mirror: ``git --git-dir GIT_DIR show
COMMIT:test.csv``), plus any JSONL files of articles (``id``, ``outlet``, ``text``; e.g. the output
of ``benchmarks/realnews.py``, built from public repositories at fixed commits), which go to the
test split. 10kGNAD articles are split by the SHA-256 of their text: first hex digit 0–7 dev
(thresholds were tuned there), 8–f test (reported).

Hand labels: ``benchmarks/wording_topics_labels.csv`` holds, per sampled hit, the sample kind, the
split, the article's text hash, the span's offsets, concept and variant, and ``on`` (the word names
the concept: "Krieg" is Russia's war against Ukraine, "Präsident" is Putin or Xi) or ``off``.
Samples (seeded): "per_concept", up to SAMPLE_PER_CONCEPT ungated hits per concept of a split (false
positives before and after the gate, true hits lost); "kept", KEPT_SAMPLE hits drawn from all that
count after the gate (how many of the counted names are right); "ungated", KEPT_SAMPLE hits drawn
from all ungated hits (the share of false hits without and with the gate, unweighted by concept).

Reported per concept: hits and articles with hits before and after the gate; on the labelled hits,
the false positives (``off``) before and after, and the true hits (``on``) the gate lost.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from framing.lexicons import match_all
from framing.measures import DOCUMENT_LEXICONS, wording
from framing.model import Doc, Span
from framing.pipeline import doc_from_text

GNAD_REPO = "https://github.com/tblock/10kGNAD"
GNAD_COMMIT = "da845fe4a16f02a8de10903ffbc636d1c8d21862"
LABELS = Path(__file__).resolve().parent / "wording_topics_labels.csv"
SAMPLE_PER_CONCEPT = 4
KEPT_SAMPLE = 40  # counted (gated) hits drawn at random from a split, for the precision of what counts


@dataclass
class Article:
    id: str
    split: str
    outlet: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def gnad_articles(git_dir: str) -> list[Article]:
    """The 10kGNAD test set at GNAD_COMMIT, split dev/test by text hash."""
    data = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{GNAD_COMMIT}:test.csv"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    articles = []
    for number, row in enumerate(csv.reader(io.StringIO(data), delimiter=";", quotechar="'")):
        if len(row) != 2 or not row[1].strip():
            continue
        text = row[1].strip()
        split = "dev" if hashlib.sha256(text.encode("utf-8")).hexdigest()[0] in "01234567" else "test"
        articles.append(Article(f"gnad-{number}-{row[0]}", split, "Der Standard", text))
    return articles


def jsonl_articles(path: str) -> list[Article]:
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        Article(str(r.get("id")), "test", r.get("outlet") or "?", r["text"]) for r in rows if r.get("text")
    ]


def spans(article: Article) -> tuple[Doc, list[Span], list[Span]]:
    """The document and its word-choice spans without and with the topic gate (one lexicon pass)."""
    doc = doc_from_text(article.text, annotate=False)
    match_all(doc, [lexicon_() for lexicon_ in DOCUMENT_LEXICONS])
    return doc, wording.annotate(doc, gate=False), wording.annotate(doc)


def read_labels(kind: str) -> dict[tuple[str, int, int, str], str]:
    """Hand labels of one sample kind ("per_concept" or "kept"): (sha256, start, end, concept) → on/off."""
    if not LABELS.is_file():
        return {}
    with LABELS.open(encoding="utf-8", newline="") as handle:
        return {
            (r["sha256"], int(r["start"]), int(r["end"]), r["concept"]): r["label"]
            for r in csv.DictReader(handle)
            if r["sample"] == kind
        }


def sample(articles: list[Article], split: str, kind: str) -> None:
    """Print hits of ``split`` to label, with context, as CSV rows (``label`` left as ``?``):
    "per_concept", up to SAMPLE_PER_CONCEPT ungated hits per concept; "kept", KEPT_SAMPLE hits
    drawn from all that the gate lets count; "ungated", KEPT_SAMPLE hits drawn from all ungated hits."""
    rng = random.Random({"per_concept": 11, "kept": 13, "ungated": 17}[kind])
    by_concept: dict[str, list[tuple[Article, Doc, Span]]] = {}
    for article in articles:
        if article.split != split:
            continue
        doc, before, after = spans(article)
        for span in after if kind == "kept" else before:
            by_concept.setdefault(span.attrs["concept"] if kind == "per_concept" else "", []).append(
                (article, doc, span)
            )
    writer = csv.writer(sys.stdout)
    for concept in sorted(by_concept):
        hits = by_concept[concept]
        size = SAMPLE_PER_CONCEPT if kind == "per_concept" else KEPT_SAMPLE
        for article, doc, span in rng.sample(hits, min(size, len(hits))):
            sentence = doc.sentences[doc.tokens[_token_at(doc, span.start)].sentence]
            context = doc.text[sentence.start : sentence.end].replace("\n", " ")
            print(f"# {article.id} | {doc.text[:80]!r}\n# {context}", file=sys.stdout)
            concept_id, variant = span.attrs["concept"], span.attrs["variant"]
            writer.writerow([kind, split, article.sha256, span.start, span.end, concept_id, variant, "?"])


def _token_at(doc: Doc, offset: int) -> int:
    return next(i for i, token in enumerate(doc.tokens) if token.start >= offset)


def report(articles: list[Article], split: str) -> None:
    labels, kept_labels, random_labels = (
        read_labels("per_concept"),
        read_labels("kept"),
        read_labels("ungated"),
    )
    counted = Counter()  # label → labelled hits of the "kept" sample that still count
    drawn = Counter()  # (label, still counts) → labelled hits of the "ungated" sample
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    docs_before: Counter[str] = Counter()
    docs_after: Counter[str] = Counter()
    judged = Counter()  # (concept, label, kept) → hits
    chosen = [a for a in articles if a.split == split]
    for article in chosen:
        _, ungated, gated = spans(article)
        kept = {(s.start, s.end, s.attrs["concept"]) for s in gated}
        before.update(s.attrs["concept"] for s in ungated)
        after.update(s.attrs["concept"] for s in gated)
        docs_before.update({s.attrs["concept"] for s in ungated})
        docs_after.update({s.attrs["concept"] for s in gated})
        for span in ungated:
            key = (span.start, span.end, span.attrs["concept"])
            label = labels.get((article.sha256, *key))
            if label in ("on", "off"):
                judged[(span.attrs["concept"], label, key in kept)] += 1
            if key in kept and kept_labels.get((article.sha256, *key)) in ("on", "off"):
                counted[kept_labels[(article.sha256, *key)]] += 1
            if random_labels.get((article.sha256, *key)) in ("on", "off"):
                drawn[(random_labels[(article.sha256, *key)], key in kept)] += 1
    print(f"split {split}: {len(chosen)} articles ({Counter(a.outlet for a in chosen).most_common(3)} …)")
    print(
        f"{'concept':<24}{'hits before':>12}{'after':>8}{'articles before':>17}{'after':>8}"
        f"{'FP before':>11}{'FP after':>10}{'TP lost':>9}"
    )
    totals = Counter()
    for concept in sorted(set(before) | set(wording.concepts())):
        fp_before = judged[(concept, "off", True)] + judged[(concept, "off", False)]
        fp_after = judged[(concept, "off", True)]
        tp = judged[(concept, "on", True)] + judged[(concept, "on", False)]
        tp_lost = judged[(concept, "on", False)]
        totals.update(
            {
                "before": before[concept],
                "after": after[concept],
                "fp_before": fp_before,
                "fp_after": fp_after,
                "tp": tp,
                "tp_lost": tp_lost,
            }
        )
        print(
            f"{concept:<24}{before[concept]:>12}{after[concept]:>8}{docs_before[concept]:>17}"
            f"{docs_after[concept]:>8}{fp_before:>11}{fp_after:>10}{tp_lost:>6}/{tp:<3}"
        )
    labelled = totals["fp_before"] + totals["tp"]
    print(f"{'all':<24}{totals['before']:>12}{totals['after']:>8}")
    if labelled:
        kept = totals["fp_after"] + totals["tp"] - totals["tp_lost"]
        print(
            f"labelled hits: {labelled}; false positives before the gate {totals['fp_before']} "
            f"({totals['fp_before'] / labelled:.0%} of labelled hits), after {totals['fp_after']} "
            f"({totals['fp_after'] / max(kept, 1):.0%} of the {kept} kept); "
            f"true hits lost {totals['tp_lost']} of {totals['tp']}"
        )
    if drawn:
        off, on = drawn[("off", True)] + drawn[("off", False)], drawn[("on", True)] + drawn[("on", False)]
        print(
            f"random ungated hits labelled: {off + on}; false {off} ({off / (off + on):.0%}); the gate keeps "
            f"{drawn[('off', True)]} false and {drawn[('on', True)]} of {on} right "
            f"({drawn[('off', True)] / max(drawn[('off', True)] + drawn[('on', True)], 1):.0%} false after)"
        )
    if counted:
        total = counted["on"] + counted["off"]
        print(f"random counted hits labelled: {total}; right {counted['on']} ({counted['on'] / total:.0%})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gnad", help=f"git dir of {GNAD_REPO} (commit {GNAD_COMMIT[:7]})")
    parser.add_argument("--jsonl", action="append", default=[], help="more articles (test split)")
    parser.add_argument("--split", choices=["dev", "test"], default="test")
    parser.add_argument("--sample", choices=["dev", "test"], help="print hits to label instead")
    parser.add_argument("--kind", choices=["per_concept", "kept", "ungated"], default="per_concept")
    args = parser.parse_args(argv)
    articles = gnad_articles(args.gnad) if args.gnad else []
    for path in args.jsonl:
        articles += jsonl_articles(path)
    if args.sample:
        sample(articles, args.sample, args.kind)
    else:
        report(articles, args.split)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
