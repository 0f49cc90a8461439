"""Growth of running time with input size, measured as a ratio so the machine's speed cancels out."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

# Ten times the input takes ten times as long when the work is linear and a hundred times when it
# is quadratic; the bound leaves linear work room for the noise of a shared machine.
LINEAR_BOUND = 20


def growth(
    run: Callable[[Any], object],
    unit: str,
    prepare: Callable[[str], Any] = str,
    small: int = 100_000,
    large: int = 1_000_000,
) -> float:
    """How many times longer ``run`` takes on ``large`` characters of ``unit`` repeated than on
    ``small`` (CPU time of this process, best of three runs each, so neither waiting for a core
    of a busy machine nor a pause counts);
    ``prepare`` turns the text into ``run``'s input outside the timing."""

    def best(size: int) -> float:
        prepared = prepare(unit * (size // len(unit)))
        times = []
        for _ in range(3):
            start = time.process_time()
            run(prepared)
            times.append(time.process_time() - start)
        return min(times)

    run(prepare(unit))  # loads resources before anything is timed
    return best(large) / best(small)
