"""Alignment time for one event of 20 articles of ~600 words (goal: under 2 seconds).

usage: python benchmarks/coverage.py
The event is built from the demo corpus's paragraphs: 20 articles drawn from one shared pool, so
that many sentences recur across articles (as in wire-fed news) and alignment has real work to do.
"""

from __future__ import annotations

import random
import time

from framing.compare.coverage import coverage
from framing.pipeline import analyze_text, demo_documents, prepare


def event_articles(count: int = 20, words: int = 600, seed: int = 3) -> list:
    rng = random.Random(seed)
    paragraphs = [
        p for raw in demo_documents() for p in prepare(raw).text.split("\n\n") if len(p.split()) > 12
    ]
    docs = []
    for number in range(count):
        chosen: list[str] = []
        while sum(len(p.split()) for p in chosen) < words:
            chosen.append(rng.choice(paragraphs))
        doc = analyze_text("\n\n".join(chosen), outlet=f"Outlet {number % 7}")
        doc.article.id = f"article-{number}"
        docs.append(doc)
    return docs


def main() -> None:
    docs = event_articles()
    words = sum(d.word_count() for d in docs) / len(docs)
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        result = coverage(docs)
        timings.append(time.perf_counter() - start)
    print(
        f"{len(docs)} articles of {words:.0f} words: alignment {min(timings):.2f} s (best of 3), "
        f"{len(result.units)} units, {len(result.shared_units())} shared"
    )


if __name__ == "__main__":
    main()
