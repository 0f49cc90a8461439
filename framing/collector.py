"""Python's cyclic garbage collector while many articles are analysed in a batch.

Analysis makes thousands of small objects per article and no reference cycles (a test checks
this). At the default threshold the collector runs every 700 allocations, and its older-generation
passes walk every analysed article still held and every loaded lexicon: a quarter to a third of the
analysis time. Inside a batch (``fewer_collections``), what exists already (lexicons, registries,
caches) is frozen out of collection and the young generation is collected every 1,000,000
allocations; and each article, once analysed (``article_done``, called by ``measures.annotate_doc``),
is frozen out too, so that the young collections of a batch that holds its articles (the app, the
store, ``analyze_documents``) walk the article being analysed, not every one before it (one such
collection over 700 held articles took 5–7 % of the batch). Freezing is a constant-time move of the
collector's lists that also restarts its allocation count; everything frozen is collectable again
(in the oldest generation) when the last open block closes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_COLLECTION_THRESHOLD = 1_000_000  # allocations between collections of the youngest generation


class _BatchCollector:
    """The collector settings for batches, shared by every block open at the same time (app sessions
    run in threads): the first block to open changes them, the last one to close restores them."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.open_blocks = 0
        self.saved: tuple[int, ...] = gc.get_threshold()

    def enter(self) -> None:
        with self.lock:
            if self.open_blocks == 0:
                self.saved = gc.get_threshold()
                gc.freeze()
                gc.set_threshold(max(self.saved[0], YOUNG_COLLECTION_THRESHOLD), *self.saved[1:])
            self.open_blocks += 1

    def exit(self) -> None:
        with self.lock:
            self.open_blocks -= 1
            if self.open_blocks == 0:
                gc.set_threshold(*self.saved)
                gc.unfreeze()


_BATCH_COLLECTOR = _BatchCollector()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run Python's cyclic garbage collector less often while many articles are analysed (see the
    module's docstring); the settings are undone when the last open block closes."""
    _BATCH_COLLECTOR.enter()
    try:
        yield
    finally:
        _BATCH_COLLECTOR.exit()


def article_done() -> None:
    """An article is analysed: inside a batch, freeze what exists now (the article's objects among
    it) out of collection until the batch ends; outside one, nothing."""
    if _BATCH_COLLECTOR.open_blocks:
        gc.freeze()
