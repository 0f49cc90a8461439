"""Benchmarks and held-out evaluations on real news.

Real-news texts that may not be redistributed are rebuilt by the scripts here into one local folder,
``LOCAL_DATA``: ``$FRAMING_REALNEWS`` if set, else ``benchmarks/out/realnews/`` (never committed).
"""

import os
from pathlib import Path

LOCAL_DATA = Path(os.environ.get("FRAMING_REALNEWS") or Path(__file__).resolve().parent / "out" / "realnews")
