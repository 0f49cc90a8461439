"""Progress of long runs on stderr, without dependencies.

A ``Progress`` writes one status line ("framing: analysing: 120 articles, 43.1/s") that it
rewrites in place on a terminal. It only writes when stderr is a terminal, or when forced with
``FRAMING_PROGRESS=1`` (``0`` silences it everywhere); when forced onto a file or pipe each update
is a line of its own. Count updates are throttled (``min_interval`` seconds); an update with a
``status`` ("batch 3 stored", "fold 2/5") is always shown. ``Progress.off()`` is a reporter that
writes nothing, for library calls without a progress display.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")
ENVIRONMENT = "FRAMING_PROGRESS"


def progress_enabled(stream: TextIO) -> bool:
    """``FRAMING_PROGRESS`` 1/0 forces progress on or off; otherwise only on a terminal."""
    setting = os.environ.get(ENVIRONMENT, "").strip().lower()
    if setting in ("1", "true", "yes", "always"):
        return True
    if setting in ("0", "false", "no", "never"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


class Progress:
    """A counter with an optional total, shown on one stderr line; use as a context manager."""

    def __init__(
        self,
        label: str,
        total: int | None = None,
        *,
        unit: str = "articles",
        stream: TextIO | None = None,
        enabled: bool | None = None,
        min_interval: float = 0.25,
    ) -> None:
        self.label, self.total, self.unit = label, total, unit
        self.stream = stream or sys.stderr
        self.enabled = progress_enabled(self.stream) if enabled is None else enabled
        self.interactive = bool(getattr(self.stream, "isatty", lambda: False)())
        self.min_interval = min_interval
        self.done = 0
        self.status: str | None = None
        self._start = time.monotonic()
        self._shown = float("-inf")
        self._closed = False

    @classmethod
    def off(cls) -> Progress:
        return cls("", enabled=False)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def update(self, n: int = 1, status: str | None = None) -> None:
        """Count ``n`` more done; show the line if due or if a status is given."""
        self.done += n
        if status is not None:
            self.status = status
        if not self.enabled:
            return
        now = time.monotonic()
        if status is not None or now - self._shown >= self.min_interval:
            self._show(now)

    def iterate(self, items: Iterable[T]) -> Iterator[T]:
        """Yield the items, counting each as it arrives (wrap a lazy stream of finished work)."""
        for item in items:
            self.update()
            yield item

    def close(self, status: str | None = None) -> None:
        """Show the final line (with the elapsed time) and end it; silent if nothing ever happened."""
        if self._closed:
            return
        self._closed = True
        if status is not None:
            self.status = status
        if self.enabled and (self.done or self.status):
            self._show(time.monotonic(), final=True)

    def line(self, now: float | None = None, final: bool = False) -> str:
        elapsed = (now or time.monotonic()) - self._start
        count = f"{self.done}/{self.total}" if self.total is not None else str(self.done)
        parts = [f"{count} {self.unit}".strip()]
        if self.total:
            parts[0] += f" ({100 * self.done / self.total:.0f} %)"
        if elapsed > 0 and self.done:
            parts.append(f"{self.done / elapsed:.1f}/s")
        if self.status:
            parts.append(self.status)
        if final:
            parts.append(f"done in {elapsed:.1f} s")
        return f"framing: {self.label}: " + ", ".join(parts)

    def _show(self, now: float, final: bool = False) -> None:
        self._shown = now
        text = self.line(now, final)
        if self.interactive:
            self.stream.write("\r\x1b[K" + text + ("\n" if final else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()
