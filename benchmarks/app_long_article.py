"""One article of 2 MB in the app, in headless Chromium: upload, its event's compare page, and whether
the server stops computing once the browser has gone.

usage: python benchmarks/app_long_article.py [--root CHECKOUT] [--wait SECONDS]
Starts `framing app` from CHECKOUT (default: this one; for a before/after comparison pass an older
commit unpacked with `git archive REV | tar -x -C DIR`), builds a 2,000,000-character article from
the demo corpus's paragraphs and prints:
- the seconds from uploading it as .txt (no event: the corpus page analyses it) until that page is
  settled;
- the seconds until the compare page of the demo event it joins (uploaded as .csv with that event)
  shows its column, or that it did not within --wait seconds (default 120);
- the server's CPU seconds in each of the 20 s after a browser that started a fresh comparison left.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks.first_page import CHROMIUM_ARGS, running_app

ROOT = Path(__file__).resolve().parent.parent
EVENT = "2024-04 China–Russia rapprochement"
SIZE = 2_000_000


def long_article(variant: str) -> str:
    """The demo articles' paragraphs, numbered (so cleaning does not drop repeats as boilerplate),
    over and over to SIZE characters; ``variant`` makes texts of different runs differ."""
    folder = ROOT / "data" / "corpus"
    paragraphs = [
        paragraph.strip()
        for path in sorted(folder.glob("*.txt"))
        for paragraph in path.read_text(encoding="utf-8").split("\n\n")
        if len(paragraph.strip()) > 80
    ]
    parts, size, number = [], 0, 0
    while size < SIZE:
        part = f"{variant}, Absatz {number}: {paragraphs[number % len(paragraphs)]}"
        parts.append(part)
        size += len(part) + 2
        number += 1
    return "\n\n".join(parts)[:SIZE]


def as_csv(text: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["text", "outlet", "event"], [text, "Langes Blatt", EVENT]])
    return buffer.getvalue().encode()


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def settled(page, timeout_ms: float) -> None:
    """The script run is over: no running indicator for a whole second."""
    while True:
        page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=timeout_ms)
        time.sleep(1)
        if page.locator('[data-testid="stStatusWidget"]').count() == 0:
            return


def open_app(browser, url: str):
    page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
    page.set_default_timeout(600_000)
    page.goto(url)
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    settled(page, 600_000)
    return page


def upload(page, name: str, data: bytes, mime: str) -> float:
    started = time.perf_counter()
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        {"name": name, "mimeType": mime, "buffer": data}
    )
    page.get_by_text("1 Artikel hinzugefügt.").wait_for()
    page.locator('[data-testid="glide-cell-0-5"]').first.wait_for(state="attached")
    settled(page, 600_000)
    return time.perf_counter() - started


def open_compare(page) -> None:
    radio = page.locator('[data-testid="stSidebar"] [data-testid="stRadio"] label')
    radio.filter(has_text="Ereignis vergleichen").click()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose app is measured")
    parser.add_argument("--wait", type=float, default=120.0, help="seconds to wait for the compare page")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with running_app(args.root) as (server, url), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = open_app(browser, url)
        seconds = upload(page, "lang.txt", long_article("Teil A").encode(), "text/plain")
        print(f"upload of {SIZE:,} characters as .txt until the corpus page is settled: {seconds:.1f} s")
        page.context.close()

        page = open_app(browser, url)
        upload(page, "lang.csv", as_csv(long_article("Teil B")), "text/csv")
        started = time.perf_counter()
        open_compare(page)
        column = page.locator('[data-testid="stColumn"] h4').filter(has_text="Langes Blatt")
        try:
            column.wait_for(timeout=args.wait * 1000)
            settled(page, args.wait * 1000)
            print(f"compare page of its event complete: {time.perf_counter() - started:.1f} s")
        except Exception:  # Playwright's TimeoutError
            print(f"compare page of its event not complete after {args.wait:.0f} s")
        page.context.close()

        page = open_app(browser, url)  # a fresh comparison (another text), left after 5 s
        upload(page, "lang.csv", as_csv(long_article("Teil C")), "text/csv")
        open_compare(page)
        time.sleep(5)
        page.context.close()
        before = cpu_seconds(server.pid)
        for second in range(5, 25, 5):
            time.sleep(5)
            now = cpu_seconds(server.pid)
            print(f"{second:2d} s after the browser left: the server used {now - before:.1f} s CPU in 5 s")
            before = now
        browser.close()


if __name__ == "__main__":
    main()
