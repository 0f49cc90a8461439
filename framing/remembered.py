"""Answers per word remembered in a dict whose bound ``__getitem__`` is the function that callers call
(speed round 32): a word seen before costs one C look-up in both builds, where an ``lru_cache`` hit is
a call through a Python object with its key and list upkeep (and, in the compiled build, the only kind
of call the compiled callers cannot make directly). Not compiled: mypyc's classes cannot extend
``dict``; only a new word runs ``__missing__``'s Python."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


class Memo(dict[Key, Value]):
    """``work(key)`` of each key asked, kept; ``memo[key]`` (or ``memo.__getitem__`` bound as the
    function) works a new key out once, and the memo starts afresh when it holds ``limit`` keys."""

    __slots__ = ("_limit", "_work")

    def __init__(self, work: Callable[[Key], Value], limit: int) -> None:
        super().__init__()
        self._work = work
        self._limit = limit

    def __missing__(self, key: Key) -> Value:
        if len(self) >= self._limit:
            self.clear()
        value = self[key] = self._work(key)
        return value
