"""Time until the app's first page shows the demo corpus table, in headless Chromium (goal: < 3 s).

usage: python benchmarks/first_page.py [VISITS]
Starts the app (`framing app`) on a free local port, opens it VISITS times (default 3) in Debian's Chromium
through Playwright, and prints for each visit when the app frame, the page heading and the corpus
table appeared. The first visit pays for the browser loading Streamlit's front end.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running_app(root: Path = ROOT) -> Iterator[tuple[subprocess.Popen, str]]:
    """`framing app` of the checkout ``root`` on a free local port, once it answers: (process, URL);
    stopped on leaving."""
    port = free_port()
    command = [sys.executable, "-m", "framing", "app", "--headless", "--port", str(port)]
    command += ["--address", "127.0.0.1"]
    environment = {**os.environ, "PYTHONPATH": str(root.resolve())}  # that checkout's code
    server = subprocess.Popen(
        command, cwd=root, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    try:
        yield server, url
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    visits = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with running_app() as (_, url), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for visit in range(1, visits + 1):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            start = time.perf_counter()
            page.goto(url)
            page.wait_for_selector('[data-testid="stApp"]')
            frame = time.perf_counter() - start
            page.get_by_text("Korpus", exact=True).first.wait_for()
            heading = time.perf_counter() - start
            page.locator('[data-testid="stDataFrame"]').first.wait_for(state="visible")
            table = time.perf_counter() - start
            print(
                f"visit {visit}: app frame {frame:.2f} s, heading {heading:.2f} s, corpus table {table:.2f} s"
            )
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
