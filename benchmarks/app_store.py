"""The app on a stored corpus (``framing app --db``): time and peak memory of its pages for stores of
different sizes, to show that they hold one event, not the store.

usage: python benchmarks/app_store.py [--n 300,3000] [--workers 1]
For each size, the generated articles of ``benchmarks/store_ingest.py`` (stories of about ten
articles from five outlets) are ingested into benchmarks/out/app_store_N.duckdb (kept for the next
run) and their events stored (``framing events --db``). Then, in a fresh process each, the app is
driven through Streamlit's AppTest (no browser): the corpus page, the compare, coverage and read
pages of the largest event, and the outlets page; the time of each and the process's peak memory
(RSS) before the app starts and at the end are printed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"


def peak_mb() -> float:
    """This process's peak memory (RSS): VmHWM, which starts afresh with the process (ru_maxrss
    would keep the peak of a large parent that forked it)."""
    status = Path("/proc/self/status")
    if status.exists():
        line = next(line for line in status.read_text().splitlines() if line.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pages(db: Path, largest: str) -> dict:
    """Drive the app on ``db`` (in this process) and measure each page; ``largest``: the event."""
    os.environ["FRAMING_APP_DB"] = str(db)
    from streamlit.testing.v1 import AppTest

    from framing.app.state import preload

    preload()  # as `framing app` does before serving
    result = {"before_mb": round(peak_mb())}
    start = time.perf_counter()
    app = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=600).run()
    result["corpus_s"] = round(time.perf_counter() - start, 2)
    for page in ("compare", "coverage", "read"):
        start = time.perf_counter()
        app.sidebar.radio(key="page").set_value(page).run()
        app.selectbox(key=f"{page}_event").set_value(largest).run()
        result[f"{page}_s"] = round(time.perf_counter() - start, 2)
    start = time.perf_counter()
    app.sidebar.radio(key="page").set_value("outlets").run()
    result["outlets_s"] = round(time.perf_counter() - start, 2)
    if app.exception:
        raise SystemExit(f"the app failed: {app.exception[0].value}")
    result["peak_mb"] = round(peak_mb())
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", default="300,3000", help="store sizes (articles), comma-separated")
    parser.add_argument("--workers", default="1", help="worker processes for the ingest")
    parser.add_argument("--pages", type=Path, help=argparse.SUPPRESS)  # the measuring child process …
    parser.add_argument("--event", help=argparse.SUPPRESS)  # … and the event it compares
    args = parser.parse_args()
    if args.pages:
        print(json.dumps(pages(args.pages, args.event)))
        return
    from benchmarks.store_ingest import generated
    from framing.cli import main as framing
    from framing.store import Store
    from framing.stored import StoredCorpus

    OUT.mkdir(exist_ok=True)
    for n in (int(size) for size in args.n.split(",")):
        db = OUT / f"app_store_{n}.duckdb"
        if not db.exists():
            corpus = OUT / f"app_store_{n}.jsonl"
            with corpus.open("w", encoding="utf-8") as out:
                for document in generated(n):
                    row = {"id": document.source, "text": document.text, "title": document.title}
                    out.write(json.dumps({**row, "outlet": document.outlet, "date": document.date}) + "\n")
            with contextlib.redirect_stdout(io.StringIO()):  # the listing of the events
                framing(["ingest", str(corpus), "--db", str(db), "--workers", args.workers])
                framing(["events", "--db", str(db)])
        with Store(db) as store:
            corpus = StoredCorpus(store)
            sizes = {name: event.reason.articles for name, event in corpus.events().items()}
        largest = max(sizes, key=lambda name: (sizes[name], name))
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.app_store", "--pages", str(db), "--event", largest],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "FRAMING_PROGRESS": "0"},
            check=False,
        )
        if child.returncode:
            raise SystemExit(child.stderr[-3000:])
        found = json.loads(child.stdout.strip().splitlines()[-1])
        size = db.stat().st_size / 1e6
        print(
            f"{n:,} articles ({size:.0f} MB, {len(sizes)} events, the largest {sizes[largest]} "
            f"articles): corpus page {found['corpus_s']} s, compare {found['compare_s']} s, coverage "
            f"{found['coverage_s']} s, read {found['read_s']} s, outlets {found['outlets_s']} s; peak "
            f"memory {found['before_mb']} MB before the app, {found['peak_mb']} MB after its pages",
            flush=True,
        )


if __name__ == "__main__":
    main()
