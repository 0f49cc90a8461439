"""Ingest + analyse + store throughput and peak memory, then comparison/keyness/event time, on
generated articles.

usage: python benchmarks/store_ingest.py [--n N] [--compare-n M]   (defaults 10,000 and N)
Articles are ~400 words of German drawn from the demo corpus's sentences in random order (seeded),
with five invented outlets; the database is written to benchmarks/out/bench.duckdb. The ingest
streams (bounded memory); the comparisons then analyse the first M articles again and hold them in
memory, as a researcher comparing a whole corpus would.
"""

from __future__ import annotations

import argparse
import random
import resource
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


def peak_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to ingest")
    parser.add_argument("--compare-n", type=int, help="articles to compare (default: --n)")
    args = parser.parse_args()
    n, compare_n = args.n, args.compare_n or args.n
    OUT.mkdir(exist_ok=True)
    path = OUT / "bench.duckdb"
    path.unlink(missing_ok=True)
    start = time.perf_counter()
    with Store(path) as store:
        counts = store.ingest(analyze_stream(generated(n), AnalysisOptions(), []), batch_size=200)
    seconds = time.perf_counter() - start
    rate = counts["new"] / seconds
    print(f"ingest + analyse + store: {counts['new']} articles in {seconds:.1f} s = {rate:.0f} articles/s")
    print(f"database size: {path.stat().st_size / 1e6:.1f} MB; peak memory (RSS) so far: {peak_mb():.0f} MB")
    begin = time.perf_counter()
    docs = list(analyze_stream(generated(compare_n), AnalysisOptions(), []))
    print(
        f"analyse {compare_n:,} articles into memory: {time.perf_counter() - begin:.1f} s; "
        f"peak memory (RSS): {peak_mb():.0f} MB"
    )
    for label, task in (
        (
            f"compare_outlets ({compare_n:,} articles, 5 outlets, all features, 200 resamples)",
            compare_outlets,
        ),
        (f"keyness_by_outlet ({compare_n:,} articles)", keyness_by_outlet),
        (f"group_events ({compare_n:,} articles, one month: blocks of 1,500)", group_events),
    ):
        begin = time.perf_counter()
        task(docs)
        print(f"{label}: {time.perf_counter() - begin:.2f} s")
    print(f"peak memory (RSS) at the end: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
