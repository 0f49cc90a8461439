"""Ingest + analyse + store throughput, and comparison/keyness/event time, on generated articles.

usage: python benchmarks/store_ingest.py [N]   (default 10,000)
Articles are ~400 words of German drawn from the demo corpus's sentences in random order (seeded),
with five invented outlets; the database is written to benchmarks/out/bench.duckdb.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from framing.compare.events import group_events
from framing.compare.keyness import keyness_by_outlet
from framing.compare.stats import compare_outlets
from framing.ingest import RawDocument
from framing.pipeline import AnalysisOptions, analyze_stream, demo_documents, prepare
from framing.segment import segment
from framing.store import Store

OUT = Path(__file__).resolve().parent / "out"


def generated(n: int, words: int = 400):
    rng = random.Random(1)
    sentences = []
    for raw in demo_documents():
        doc = segment(prepare(raw))
        sentences += [doc.text[s.start : s.end] for s in doc.sentences if s.end - s.start > 40]
    for index in range(n):
        chosen = []
        while sum(len(s.split()) for s in chosen) < words:
            chosen.append(rng.choice(sentences))
        yield RawDocument(
            source=f"gen:{index}", text=" ".join(chosen), outlet=f"Outlet {index % 5}", date="2024-04-15"
        )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    OUT.mkdir(exist_ok=True)
    path = OUT / "bench.duckdb"
    path.unlink(missing_ok=True)
    start = time.perf_counter()
    with Store(path) as store:
        counts = store.ingest(analyze_stream(generated(n), AnalysisOptions(), []), batch_size=200)
    seconds = time.perf_counter() - start
    rate = counts["new"] / seconds
    print(f"ingest + analyse + store: {counts['new']} articles in {seconds:.1f} s = {rate:.0f} articles/s")
    print(f"database size: {path.stat().st_size / 1e6:.1f} MB")
    docs = list(analyze_stream(generated(min(n, 1000)), AnalysisOptions(), []))
    for label, task in (
        (
            "compare_outlets (1,000 articles, 5 outlets, all features, 200 resamples)",
            lambda: compare_outlets(docs),
        ),
        ("keyness_by_outlet (1,000 articles)", lambda: keyness_by_outlet(docs)),
        ("group_events (1,000 articles)", lambda: group_events(docs)),
    ):
        begin = time.perf_counter()
        task()
        print(f"{label}: {time.perf_counter() - begin:.2f} s")


if __name__ == "__main__":
    main()
