"""Analysis on all cores for ``framing ingest --workers N``: worker processes read nothing and write
nothing; each takes a batch of raw documents, analyses it and hands back the batch's table rows
(``store.RowBatch``), so only compact rows cross the process boundary. The caller, the one writer,
commits the batches in input order, so a run with N workers stores what a run with one stores, and
an interrupted run resumes the same way (each batch is one transaction).

Workers are forked where the platform allows: lexicons and registries loaded before the pool starts
are shared, not loaded again. At most two batches per worker are in flight, so memory stays bounded
however long the input is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from .ingest import RawDocument
from .model import Skipped
from .pipeline import AnalysisOptions, analyze_stream, analyze_text
from .store import RowBatch

IN_FLIGHT_PER_WORKER = 2


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
) -> Iterator[RowBatch]:
    """The documents analysed, as row batches in input order; skipped inputs are appended to
    ``skipped``. With one worker, or input that fits in one batch, everything runs in this process."""
    chunks = _chunks(documents, batch_size)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if workers <= 1 or second is None:
        for chunk in (first, *([second] if second else []), *chunks):
            yield _analyse(chunk, options, skipped)
        return
    analyze_text("Die Regierung teilte am Montag mit, sie sei zufrieden.")  # load resources once, then fork
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        pending: deque[Future] = deque()
        for chunk in (first, second, *chunks):
            pending.append(pool.submit(_analyse_in_worker, chunk, options))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
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


def _analyse_in_worker(chunk: list[RawDocument | Skipped], options: AnalysisOptions) -> tuple[RowBatch, list]:
    skipped: list[Skipped] = []
    return _analyse(chunk, options, skipped), skipped


def _collect(future: Future, skipped: list[Skipped]) -> RowBatch:
    batch, skipped_here = future.result()
    skipped.extend(skipped_here)
    return batch
