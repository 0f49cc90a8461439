"""Ingest + analyse + store throughput and peak memory, then the comparing commands on the store
(``--db``: time and peak memory of each, as separate processes), on generated articles.

usage: python benchmarks/store_ingest.py [--n N] [--workers 1,2] [--days D] [--compare-n M]
                                         [--dask local]
       (defaults 10,000 articles; 1 and 2 worker processes: the ingest runs once per count; D = 365)
Articles are ~400 words of German drawn from the demo corpus's sentences in random order (seeded;
with --real JSONL, the real-vocabulary variant, from the sentences of those articles instead),
from five invented outlets, in stories of about ten articles: each story has three invented names
(a person, a place, an organisation) its articles repeat, and its articles appear within three
days of its date; the stories' dates spread over D days. The database is written to
benchmarks/out/bench.duckdb. With --dask ADDRESS (`local`: a LocalCluster of the largest worker
count; needs the dask extra) the ingest runs twice more on that cluster (cold, then warm workers)
into the Parquet dataset folder benchmarks/out/bench_corpus/. Then, each in its own process:
``framing events --db`` (groups and stores the events), ``compare --db --format csv`` (the measures
rows of every event, three families and then all, written to benchmarks/out/bench_compare.csv),
``keyness --db``, ``report --db --event`` (the largest event) and ``coverage --db
--event`` (the same). With ``--compare-n M`` the first M articles are also analysed into memory
and compared there, as before the store was the hub (``compare_outlets``, ``keyness_by_outlet``,
``group_events``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from framing.compare.events import group_events
from framing.compare.keyness import keyness_by_outlet
from framing.compare.stats import compare_outlets
from framing.ingest import RawDocument
from framing.parallel import analysed_batches
from framing.pipeline import AnalysisOptions, analyze_stream, demo_documents, prepare
from framing.segment import segment
from framing.store import INGEST_MEMORY_LIMIT, Store

OUT = Path(__file__).resolve().parent / "out"
STORY_SIZE = 10
SYLLABLES = ("bra", "ken", "dor", "mi", "lus", "tan", "vel", "ro", "sa", "quin", "zeb", "ul", "fa", "nok")
START = date(2023, 1, 1)


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def generated(n: int, words: int = 400, days: int = 365, real: Path | None = None):
    rng = random.Random(1)
    sentences = []
    for raw in demo_documents() if real is None else real_documents(real):
        doc = segment(prepare(raw))
        sentences += [doc.text[s.start : s.end] for s in doc.sentences if s.end - s.start > 40]
    stories = max(1, n // STORY_SIZE)
    story_days = [rng.randrange(days) for _ in range(stories)]
    story_names = [(_name(rng, 3), _name(rng, 2) + "burg", _name(rng, 2) + "-Werke") for _ in range(stories)]
    for index in range(n):
        story = index % stories
        person, place, company = story_names[story]
        chosen = [
            f"{person} sprach in {place} über die Zukunft der {company}.",
            f"Nach Angaben von {person} stehen die {company} in {place} vor einem Umbruch.",
        ]
        while sum(len(s.split()) for s in chosen) < words:
            chosen.append(rng.choice(sentences))
        day = START + timedelta(days=story_days[story] + rng.randint(0, 2))
        yield RawDocument(
            source=f"gen:{index}",
            text=" ".join(chosen),
            title=f"{person} in {place}",
            outlet=f"Outlet {index // stories % 5}",  # two articles of each outlet per story
            date=day.isoformat(),
        )


def real_documents(path: Path):
    """The articles of a JSONL file (a "text" per line), e.g. the real-news corpus that
    ``benchmarks/realnews_corpus.py`` rebuilds: their sentences give the real-vocabulary variant."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            yield RawDocument(source=f"real:{number}", text=json.loads(line)["text"])


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory so far of this process (or of its largest waited-for child; Linux: KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time so far of this process and its ended worker processes: less disturbed by other jobs
    on the machine than the wall clock."""
    usages = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return sum(usage.ru_utime + usage.ru_stime for usage in usages)


def dask_ingest(
    address: str, n: int, days: int, workers: int, rates: dict[int, float], real: Path | None, runs: int = 2
) -> None:
    """Ingest ``runs`` times (1 or 2) on a Dask cluster, each time into a fresh dataset folder: first
    with workers that still load framing's data, then with warm ones; the cluster's start is timed
    apart."""
    from framing.cluster import dask_executor
    from framing.dataset import Dataset

    folder = OUT / "bench_corpus"
    start, cpu = time.perf_counter(), cpu_seconds()
    with dask_executor(address, workers) as (cluster, threads):
        print(f"Dask {address}: {threads} worker threads, started in {time.perf_counter() - start:.1f} s")
        for run in ("first run", "second run, warm workers")[:runs]:
            shutil.rmtree(folder, ignore_errors=True)
            begin = time.perf_counter()
            with Dataset(folder, create=True) as dataset:
                batches = analysed_batches(
                    generated(n, days=days, real=real), AnalysisOptions(), 1000, threads, [], cluster
                )
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
        f"CPU {1000 * cpu / (runs * n):.1f} ms per article (the runs and the cluster's start); dataset size: "
        f"{size:.1f} MB in {files} files; peak memory (RSS) here {peak_mb():.0f} MB"
    )


def command(argv: list[str]) -> tuple[float, float, float, str]:
    """Run ``framing ARGV`` in its own process: wall seconds, its peak memory (MB), the peak of its
    processes together (it and its worker processes, sampled every ``SAMPLE_SECONDS``: the sum of
    their proportional set sizes, so pages a forked worker shares are counted once) and its stdout.
    The first peak is read by GNU time: a child forked from this (large) process would report this
    process's peak as its own."""
    report = OUT / "peak_kb.txt"
    begin = time.perf_counter()
    with subprocess.Popen(
        ["/usr/bin/time", "-f", "%M", "-o", str(report), sys.executable, "-m", "framing.cli", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "FRAMING_PROGRESS": "0"},
    ) as process:
        peaks: list[float] = []
        sampler = threading.Thread(target=_sample_tree, args=(process, peaks), daemon=True)
        sampler.start()
        output = process.stdout.read() if process.stdout else b""
        process.wait()
        sampler.join()
    if process.returncode:
        raise SystemExit(f"framing {' '.join(argv)} failed (exit code {process.returncode})")
    peak = int(report.read_text().split()[-1]) / 1024
    return time.perf_counter() - begin, peak, max(peaks, default=peak), output.decode("utf-8")


SAMPLE_SECONDS = 0.1


def _sample_tree(process: subprocess.Popen, peaks: list[float]) -> None:
    """Append the summed proportional set size (MB) of ``process`` and its descendants, every
    ``SAMPLE_SECONDS`` until it ends (Linux: /proc)."""
    while process.poll() is None:
        total, pending = 0, [process.pid]
        while pending:
            pid = pending.pop()
            try:
                rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
                total += next(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:"))
                for task in Path(f"/proc/{pid}/task").iterdir():
                    pending += [int(child) for child in (task / "children").read_text().split()]
            except (OSError, StopIteration, ValueError):  # ended meanwhile
                continue
        peaks.append(total / 1024)
        time.sleep(SAMPLE_SECONDS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to ingest")
    parser.add_argument("--workers", default="1,2", help="worker counts to ingest with, comma-separated")
    parser.add_argument("--dask", metavar="ADDRESS", help="ingest once more on this Dask cluster ('local')")
    parser.add_argument(
        "--dask-runs", type=int, choices=(1, 2), default=2, help="Dask ingests: cold, then warm"
    )
    parser.add_argument("--days", type=int, default=365, help="days the stories spread over")
    parser.add_argument("--compare-n", type=int, default=0, help="articles to compare in memory as well")
    parser.add_argument("--skip-ingest", action="store_true", help="compare the database ingested before")
    parser.add_argument("--ingest-only", action="store_true", help="stop after the ingest")
    parser.add_argument(
        "--db",
        type=Path,
        default=OUT / "bench.duckdb",
        help="the database (an ingest replaces it; default %(default)s)",
    )
    parser.add_argument(
        "--real",
        type=Path,
        metavar="JSONL",
        help="draw the sentences from these real articles (a 'text' per line) instead of the demo corpus",
    )
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = args.db
    rates: dict[int, float] = {}
    for workers in () if args.skip_ingest else (int(count) for count in args.workers.split(",")):
        path.unlink(missing_ok=True)
        start, cpu = time.perf_counter(), cpu_seconds()
        with Store(path, memory_limit=INGEST_MEMORY_LIMIT) as store:
            batches = analysed_batches(
                generated(args.n, days=args.days, real=args.real), AnalysisOptions(), 200, workers, []
            )
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
            f"{peak_mb():.0f} MB, largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB",
            flush=True,
        )
    if args.dask and rates:  # beside the local ingest it is compared with (not with --skip-ingest)
        dask_ingest(args.dask, args.n, args.days, max(rates), rates, args.real, args.dask_runs)
    if args.ingest_only:
        return
    db = ["--db", str(path)]
    seconds, peak, together, output = command(["events", *db, "--format", "json"])
    events = json.loads(output)
    largest = max(events, key=lambda name: (len(events[name]["articles"]), name))
    sizes = sorted(len(event["articles"]) for event in events.values())
    print(
        f"events --db: {seconds:.1f} s, peak {peak:.0f} MB, processes together {together:.0f} MB "
        f"({len(events):,} events, median "
        f"{sizes[len(sizes) // 2]} articles, largest {sizes[-1]})",
        flush=True,
    )
    for argv in (
        [
            "compare",
            *db,
            "--features",
            "tone.,hedge.,readability.",
            "--format",
            "csv",
            "-o",
            str(OUT / "bench_compare.csv"),
        ],
        ["compare", *db, "--format", "csv", "-o", str(OUT / "bench_compare.csv")],
        ["keyness", *db],
        ["report", *db, "--event", largest, "-o", str(OUT / "bench_report.html")],
        ["coverage", *db, "--event", largest],
    ):
        seconds, peak, together, _ = command(argv)
        print(
            f"{' '.join(a for a in argv if a != str(path))}: {seconds:.1f} s, peak {peak:.0f} MB, processes "
            f"together {together:.0f} MB",
            flush=True,
        )
    if args.compare_n:
        compare_in_memory(args.compare_n, args.days)


def compare_in_memory(n: int, days: int) -> None:
    """The comparisons on articles analysed into memory (what the commands did without a store)."""
    begin = time.perf_counter()
    docs = list(analyze_stream(generated(n, days=days), AnalysisOptions(), []))
    print(f"analyse {n:,} articles into memory: {time.perf_counter() - begin:.1f} s; peak {peak_mb():.0f} MB")
    for label, task in (
        (f"compare_outlets ({n:,} articles, 5 outlets, all features, 200 resamples)", compare_outlets),
        (f"keyness_by_outlet ({n:,} articles)", keyness_by_outlet),
        (f"group_events ({n:,} articles)", group_events),
    ):
        begin = time.perf_counter()
        task(docs)
        print(f"{label}: {time.perf_counter() - begin:.2f} s")
    print(f"peak memory (RSS) at the end: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
