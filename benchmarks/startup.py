"""Start-up of the command line and the app (goals: `framing --help` < 0.5 s, `framing analyze` of one
article < 2 s).

usage: python benchmarks/startup.py [RUNS] [--root CHECKOUT]
Runs each command RUNS times (default 5) as a new process of this Python, from the checkout ROOT
(default: this one; --root times another, e.g. an older commit's worktree), and prints the fastest and
the median wall-clock time of: `framing --help`; `framing analyze` of one demo article (JSON to
/dev/null; the lemmatizer's dictionary copy in the user cache is written on the first run, which is
not counted); `framing app` until its server answers /_stcore/health (the app loads registries,
cleaning rules, language model and lexicons before serving). Measure on a quiet machine: other
processes' load makes every figure longer.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from first_page import running_app  # benchmarks/ is the script's folder, so on its path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "data/corpus/001_8532f3bfad5bef35.txt"  # Frankfurter Rundschau, 2024: about 700 words


def timed(command: list[str], root: Path) -> float:
    """Seconds until ``command`` (run in ``root`` with that checkout's code) has finished."""
    started = time.perf_counter()
    environment = {**os.environ, "PYTHONPATH": str(root)}  # that checkout's code
    subprocess.run(command, cwd=root, env=environment, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def app_seconds(root: Path) -> float:
    """Seconds from starting `framing app` until its server answers."""
    started = time.perf_counter()
    with running_app(root):
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("runs", nargs="?", type=int, default=5)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to time")
    args = parser.parse_args()
    root = args.root.resolve()
    framing = [sys.executable, "-m", "framing"]
    commands = {
        "framing --help": lambda: timed([*framing, "--help"], root),
        "framing analyze (1 article)": lambda: timed([*framing, "analyze", ARTICLE, "-o", "/dev/null"], root),
        "framing app (server answers)": lambda: app_seconds(root),
    }
    timed([*framing, "analyze", ARTICLE, "-o", "/dev/null"], root)  # writes the dictionary copy once
    print(f"{args.runs} runs each, checkout {root}")
    for name, run in commands.items():
        seconds = [run() for _ in range(args.runs)]
        print(f"{name:<30} fastest {min(seconds):.2f} s, median {statistics.median(seconds):.2f} s")


if __name__ == "__main__":
    main()
