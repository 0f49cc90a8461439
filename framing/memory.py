"""Returning freed memory to the system: numpy and pandas temporaries of many sizes, made and freed
in turn (and by several threads, each with its own heap), leave the C library's heaps fragmented;
their free pages still count as the process's memory until they are handed back."""

from __future__ import annotations

import ctypes
from functools import cache
from typing import Any


@cache
def _malloc_trim() -> Any:
    """glibc's ``malloc_trim``, or None where the C library has none (macOS, musl, Windows)."""
    try:
        return ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError, TypeError):
        return None


def return_freed_memory() -> None:
    """Hand the free pages of every C heap back to the system (glibc only; elsewhere nothing)."""
    if trim := _malloc_trim():
        trim(0)
