"""Analysis and comparison on all cores (``framing ingest --workers N``, ``framing compare
--workers N``). Ingest: worker processes read nothing and write nothing; each takes a batch of raw
documents, analyses it and hands back the batch's table rows (``store.RowBatch``), so only compact
rows cross the process boundary. The caller, the one writer,
commits the batches in input order, so a run with N workers stores what a run with one stores, and
an interrupted run resumes the same way (each batch is one transaction).

Workers are forked where the platform allows: lexicons and registries loaded before the pool starts
are shared, not loaded again. A worker takes ``WORKER_CHUNK`` articles at a time (with whole
batches of 200, the last batches kept one worker waiting: 1.3 times one worker's speed instead of
2.0 on two cores), and the writer joins the chunks back into batches of the asked size. At most
four chunks per worker are in flight, so memory stays bounded however long the input is.

Compare: the caller reads each event's measured articles; a task of COMPARED_BATCHES_PER_TASK
batches of events that ``compare_events`` would compare together is compared in a worker, which
also finishes the task's table (for CSV and JSON: writes it as a part file), and the results come
back in order (at most two tasks per worker in flight). Events are resampled independently of the
events beside them, so the tables are those of one process, number for number.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import chain, islice
from typing import TYPE_CHECKING, TypeVar

from .errors import FramingError
from .ingest import RawDocument
from .model import Skipped
from .pipeline import AnalysisOptions, analyze_stream, analyze_text
from .store import RowBatch

if TYPE_CHECKING:
    import pandas as pd

    from .compare.stats import OutletArticles

Events = list[tuple[str, "dict[str, OutletArticles]"]]
Finished = TypeVar("Finished")

IN_FLIGHT_PER_WORKER = 4
COMPARED_IN_FLIGHT_PER_WORKER = 2  # compare tasks per worker
COMPARED_BATCHES_PER_TASK = 5  # batches of events (each up to 2M resampled values) a task compares
PARENT_CHECK_SECONDS = 0.5
WORKER_CHUNK = 25  # articles a worker analyses at a time: small, so the workers finish together


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analysed_batches(
    documents: Iterable[RawDocument | Skipped],
    options: AnalysisOptions,
    batch_size: int,
    workers: int,
    skipped: list[Skipped],
    cluster: Executor | None = None,
) -> Iterator[RowBatch]:
    """The documents analysed, as row batches in input order; skipped inputs are appended to
    ``skipped``. With one worker, or input that fits in one worker chunk, everything runs in this
    process. ``cluster``: an executor of a Dask cluster (``framing.cluster``) with ``workers``
    threads, used instead of local worker processes."""
    if workers <= 1 and cluster is None:
        for chunk in _chunks(documents, batch_size):
            yield _analyse(chunk, options, skipped)
        return
    size = min(batch_size, WORKER_CHUNK)
    chunks = _chunks(documents, size)
    per_batch = -(-batch_size // size)  # chunks joined into one stored batch
    window = workers * IN_FLIGHT_PER_WORKER
    if cluster is not None:
        yield from _joined(_in_order(cluster, chunks, options, window, skipped), per_batch)
        return
    first, second = next(chunks, None), next(chunks, None)
    if first is None or second is None:  # one chunk: not worth a pool
        if first:
            yield _analyse(first, options, skipped)
        return
    analyze_text("Die Regierung teilte am Montag mit, sie sei zufrieden.")  # load resources once, then fork
    with _pool(workers) as pool:
        analysed = _in_order(pool, chain((first, second), chunks), options, window, skipped)
        yield from _joined(analysed, per_batch)


@contextmanager
def comparing_pool(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """Worker processes for ``compared_batches`` (none for one worker), started at once: forked
    while this process is small, before it reads a corpus, so that what it reads and frees later
    is never held by a worker as its own copy of the page."""
    if workers <= 1:
        yield None
        return
    with _pool(workers) as pool:
        pool.submit(int).result()  # a forking pool starts all its workers with the first task
        yield pool


def compared_batches(
    events: Iterable[tuple[str, dict[str, OutletArticles]]],
    features: list[str],
    resamples: int,
    pool: Executor | None,
    workers: int = 1,
    finish: Callable[[pd.DataFrame], Finished] | None = None,
) -> Iterator[tuple[list[str], Finished | pd.DataFrame]]:
    """``compare_events`` of the events, COMPARED_BATCHES_PER_TASK batches at a time, each task's
    tables joined and passed through ``finish`` (where the task ran), with its events' names in
    order (some may have no rows). With a pool (``comparing_pool``) of ``workers`` and more than one
    batch, the tasks run in its worker processes, at most COMPARED_IN_FLIGHT_PER_WORKER per worker
    at a time. At least one (possibly empty) table."""
    from .compare.stats import event_batches

    tasks = _chunks(event_batches(events, len(features), resamples), COMPARED_BATCHES_PER_TASK)
    first: list[Events] = next(tasks, [[]])  # no events: one empty batch, one empty table
    second = next(tasks, None)
    if second is None or pool is None:
        for task in chain([first], [second] if second else [], tasks):
            yield _names(task), _compared_task(task, features, resamples, finish)
        return
    window = COMPARED_IN_FLIGHT_PER_WORKER * workers
    pending: deque[tuple[list[str], Future]] = deque()
    for task in chain((first, second), tasks):
        pending.append((_names(task), pool.submit(_compared_task, task, features, resamples, finish)))
        if len(pending) >= window:
            names, done = pending.popleft()
            yield names, _result(done)
    while pending:
        names, done = pending.popleft()
        yield names, _result(done)


def _names(task: list[Events]) -> list[str]:
    return [name for batch in task for name, _ in batch]


def _compared_task(
    task: list[Events], features: list[str], resamples: int, finish: Callable | None
) -> pd.DataFrame | Finished:
    """A task's batches of events compared (in a worker, or here), their tables joined (names stay
    categories) and finished."""
    from .compare.stats import compare_events, joined_tables

    table = joined_tables(
        [table for batch in task for table in compare_events(batch, features, resamples=resamples)]
    )
    return finish(table) if finish else table


def _pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes, forked where the platform allows, each ending when this process is gone."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
    )


def _joined(parts: Iterable[RowBatch], per_batch: int) -> Iterator[RowBatch]:
    """The analysed chunks joined into stored batches of ``per_batch`` chunks, in order."""
    done: list[RowBatch] = []
    for part in parts:
        done.append(part)
        if len(done) == per_batch:
            yield RowBatch.joined(done)
            done = []
    if done:
        yield RowBatch.joined(done)


def _in_order(
    pool: Executor, chunks: Iterable[list], options: AnalysisOptions, window: int, skipped: list
) -> Iterator[RowBatch]:
    """The chunks analysed by the pool, in input order, with at most ``window`` of them in flight."""
    pending: deque[Future] = deque()
    for chunk in chunks:
        pending.append(pool.submit(_analyse_in_worker, chunk, options))
        if len(pending) >= window:
            yield _collect(pending.popleft(), skipped)
    while pending:
        yield _collect(pending.popleft(), skipped)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _analyse(
    chunk: list[RawDocument | Skipped], options: AnalysisOptions, skipped: list[Skipped]
) -> RowBatch:
    return RowBatch.of(list(analyze_stream(chunk, options, skipped)))


def _start_worker(parent: int) -> None:
    """In a new worker: the objects it was forked with frozen, so that its collector never visits
    them and their pages stay shared with the parent (a visit copies each page it touches); and
    watched, so that the worker ends when its parent is gone."""
    gc.freeze()
    _watch_parent(parent)


def _watch_parent(parent: int) -> None:
    """In a worker: end this process when the writer is gone (killed, not only stopped), instead of
    waiting for work forever; the writer's last whole batch is already committed."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _analyse_in_worker(chunk: list[RawDocument | Skipped], options: AnalysisOptions) -> tuple[RowBatch, list]:
    skipped: list[Skipped] = []
    return _analyse(chunk, options, skipped), skipped


def _result(future: Future):
    """A worker's result; a worker that died (killed, out of memory) ends the run with one line."""
    try:
        return future.result()
    except BrokenProcessPool as error:
        raise FramingError(
            "a worker process ended unexpectedly (killed, or out of memory?); run again, with fewer "
            "--workers if it happens again (an ingest resumes where it stopped)"
        ) from error


def _collect(future: Future, skipped: list[Skipped]) -> RowBatch:
    batch, skipped_here = _result(future)
    skipped.extend(skipped_here)
    return batch
