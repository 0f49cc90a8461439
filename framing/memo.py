"""Per-form results remembered in plain dicts and read for a whole article by one ``map``: cheaper
than a Python step or an ``lru_cache`` hit per token, since an article repeats most of its forms
and meets a few dozen new ones."""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable
from typing import TypeVar

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


def remembered(
    memory: dict[Key, Value], keys: Collection[Key], work: Callable[[Key], Value], limit: int
) -> list[Value]:
    """``work(key)`` of each of ``keys`` in order, read from ``memory`` by one ``map``; the keys not
    in it yet are worked out first, once each, and ``memory`` starts afresh when it would hold more
    than ``limit`` (bounded memory)."""
    return remembered_all(memory, keys, lambda new: list(map(work, new)), limit)


def remembered_all(
    memory: dict[Key, Value], keys: Collection[Key], work: Callable[[list[Key]], list[Value]], limit: int
) -> list[Value]:
    """``remembered`` with the keys not in ``memory`` yet worked out together: ``work(new)`` gives
    the value of each of the list ``new``, in its order (one pass over an article's new word forms)."""
    try:
        return list(map(memory.__getitem__, keys))
    except KeyError:
        new = set(keys).difference(memory)
    if len(memory) + len(new) > limit:
        memory.clear()
        new = set(keys)
    fresh = list(new)
    memory.update(zip(fresh, work(fresh), strict=True))
    return list(map(memory.__getitem__, keys))
