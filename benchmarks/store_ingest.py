"""Ingest + analyse + store throughput and peak memory, then comparison/keyness/event time, on
generated articles.

usage: python benchmarks/store_ingest.py [--n N] [--compare-n M] [--workers 1,2] [--dask local]
       (defaults 10,000, N, and 1 and 2 worker processes: the ingest runs once per count)
Articles are ~400 words of German drawn from the demo corpus's sentences in random order (seeded),
with five invented outlets; the database is written to benchmarks/out/bench.duckdb. With --dask
ADDRESS (`local`: a LocalCluster of the largest worker count; needs the dask extra) the ingest runs
twice more on that cluster (cold, then warm workers) into the Parquet dataset folder
benchmarks/out/bench_corpus/. The ingest streams (bounded memory); the comparisons then analyse the
first M articles again and hold them in memory, as a researcher comparing a whole corpus would.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import time
from pathlib import Path

from framing.compare.events import group_events
from framing.compare.keyness import keyness_by_outlet
from framing.compare.stats import compare_outlets
from framing.ingest import RawDocument
from framing.parallel import analysed_batches
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


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory so far of this process (or of its largest waited-for child; Linux: KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time so far of this process and its ended worker processes: less disturbed by other jobs
    on the machine than the wall clock."""
    usages = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return sum(usage.ru_utime + usage.ru_stime for usage in usages)


def dask_ingest(address: str, n: int, workers: int, rates: dict[int, float]) -> None:
    """Ingest twice on a Dask cluster, each time into a fresh dataset folder: first with workers that
    still load framing's data, then with warm ones; the cluster's start is timed apart."""
    from framing.cluster import dask_executor
    from framing.dataset import Dataset

    folder = OUT / "bench_corpus"
    start, cpu = time.perf_counter(), cpu_seconds()
    with dask_executor(address, workers) as (cluster, threads):
        print(f"Dask {address}: {threads} worker threads, started in {time.perf_counter() - start:.1f} s")
        for run in ("first run", "second run, warm workers"):
            shutil.rmtree(folder, ignore_errors=True)
            begin = time.perf_counter()
            with Dataset(folder, create=True) as dataset:
                batches = analysed_batches(generated(n), AnalysisOptions(), 1000, threads, [], cluster)
                counts = dataset.ingest_rows(batches)
            rate = counts["new"] / (time.perf_counter() - begin)
            print(
                f"ingest + analyse + write Parquet on Dask {address}, {run}: {counts['new']} articles in "
                f"{time.perf_counter() - begin:.1f} s = {rate:.0f} articles/s "
                f"({rate / rates[min(rates)]:.2f}x {min(rates)} worker(s))"
            )
    cpu = cpu_seconds() - cpu
    size = sum(path.stat().st_size for path in folder.rglob("*")) / 1e6
    files = sum(1 for _ in folder.rglob("*.parquet"))
    print(
        f"CPU {1000 * cpu / (2 * n):.1f} ms per article (both runs and the cluster's start); dataset size: "
        f"{size:.1f} MB in {files} files; peak memory (RSS) here {peak_mb():.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to ingest")
    parser.add_argument("--compare-n", type=int, help="articles to compare (default: --n)")
    parser.add_argument("--workers", default="1,2", help="worker counts to ingest with, comma-separated")
    parser.add_argument("--dask", metavar="ADDRESS", help="ingest once more on this Dask cluster ('local')")
    args = parser.parse_args()
    n, compare_n = args.n, args.compare_n or args.n
    OUT.mkdir(exist_ok=True)
    path = OUT / "bench.duckdb"
    rates: dict[int, float] = {}
    for workers in (int(count) for count in args.workers.split(",")):
        path.unlink(missing_ok=True)
        start, cpu = time.perf_counter(), cpu_seconds()
        with Store(path) as store:
            batches = analysed_batches(generated(n), AnalysisOptions(), 200, workers, [])
            counts = store.ingest_rows(batches)
        seconds = time.perf_counter() - start
        rates[workers] = counts["new"] / seconds
        ratio = (
            f" ({rates[workers] / rates[min(rates)]:.2f}x {min(rates)} worker(s))" if len(rates) > 1 else ""
        )
        print(
            f"ingest + analyse + store, {workers} worker(s): {counts['new']} articles in {seconds:.1f} s = "
            f"{rates[workers]:.0f} articles/s{ratio}; CPU {1000 * (cpu_seconds() - cpu) / counts['new']:.1f} "
            "ms per article"
        )
        print(
            f"database size: {path.stat().st_size / 1e6:.1f} MB; peak memory (RSS) so far: writer "
            f"{peak_mb():.0f} MB, largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB"
        )
    if args.dask:
        dask_ingest(args.dask, n, max(rates), rates)
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
        (f"group_events ({compare_n:,} articles, one month: sparse neighbour graph)", group_events),
    ):
        begin = time.perf_counter()
        task(docs)
        print(f"{label}: {time.perf_counter() - begin:.2f} s")
    print(f"peak memory (RSS) at the end: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
