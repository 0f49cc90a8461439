"""Per-form results remembered in plain dicts and read for a whole article by one ``map``: cheaper
than a Python step or an ``lru_cache`` hit per token, since an article repeats most of its forms
and meets a few dozen new ones."""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable
from types import FunctionType
from typing import Any, TypeVar

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


def remember(memory: dict[Key, Value], key: Key, value: Value, limit: int) -> Value:
    """``value``, kept in ``memory`` under ``key`` (which starts afresh when it holds ``limit``): the
    miss of a function that reads its own plain dict first (``in_pure_python``)."""
    if len(memory) >= limit:
        memory.clear()
    memory[key] = value
    return value


def in_pure_python(namespace: dict[str, Any], function: Callable[..., Any], pure: Callable[..., Any]) -> None:
    """Bind ``function``'s name in ``namespace`` (its module's ``globals()``) to ``pure`` where
    ``function`` is a Python function, not compiled by mypyc (README, "Compiled build"). An answer asked
    again and again (a word's noun kind, the word lists) is remembered in a plain dict that ``function``
    reads first: the compiled build calls it natively from every compiled module, where a ``functools``
    cache is a call through a Python object that builds an argument tuple; in pure Python that function
    is a Python frame per call, dearer than the C cache ``pure``, which the callers get there instead.
    Called right after ``function``'s definition, before any other module can import its name (speed
    round 34; speed round 32 measured the dicts in both builds: −1.46 % instructions compiled, +0.23 %
    in pure Python). The same choice for work a compiled loop does faster and a C call does faster in
    pure Python (speed rounds 36 and 37): the JSON check (``output._written_alike``), readability's
    per-cell sums (``word_sums``), syllables and word forms, the tokens' construction (``segment._tokens``)
    and sourcing's token look-up (``_indexes_by_text``); since speed round 48 the tokens' texts and
    offsets and an article's words, read from the text's pieces (``segment._token_spans``,
    ``sources._word_matches``)."""
    if isinstance(function, FunctionType):
        namespace[function.__name__] = pure
