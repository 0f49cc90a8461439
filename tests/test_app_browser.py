"""The app as a user's browser sees it: `streamlit run` as a real server in a subprocess, driven by
Playwright in headless Chromium (Debian's /usr/bin/chromium; no browser download). Screenshots and
the measured first-page time go to tests/output/."""

import contextlib
import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from .test_app_hostile import EVENT, PAYLOADS, hostile_csv, long_article
from .test_browser import CHROMIUM_FLAGS

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        f"chromium not installed: {CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright not installed (pip install -e '.[test]')"
)

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = Path(__file__).resolve().parent / "output"
CHROMIUM_ARGS = [flag for flag in CHROMIUM_FLAGS if flag != "--headless"]  # Playwright adds headless
VIEWPORT = {"width": 1400, "height": 900}
TIMEOUT_MS = 30_000  # for one page to appear; the first analysis of the demo corpus takes a few seconds
DEMO_OUTLETS = ["news.de", "Frankfurter Rundschau", "Frankfurter Rundschau", "Epoch Times", "AFP"]
PAYLOAD = (
    "Regierung weist Vorwürfe zurück\n\n"
    "Die Regierung soll die Zahlen geschönt haben. Das sei ein Skandal, sagte ein Sprecher der Opposition "
    "am Montag in Berlin. <script>window.__xss=1</script> Kritiker nennen das Vorgehen "
    '<img src=x onerror="window.__xss=2"> gefährlich und verweisen auf '
    '<a href="javascript:window.__xss=3">Link</a> im Bericht des Rechnungshofs.\n\n'
    "Die Behörde wies die Vorwürfe am Dienstag zurück und kündigte eine gründliche Prüfung an. "
    "Ein Ergebnis werde bis zum Sommer erwartet, hieß es aus dem Ministerium."
)


SERVERS: dict[str, subprocess.Popen] = {}  # the app server behind each address, for its CPU time


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_health(url: str, server: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"streamlit exited with {server.returncode}:\n{log.read_text()[-3000:]}")
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2) as response:
            if response.status == 200:
                return
        time.sleep(0.2)
    pytest.fail(f"streamlit did not answer {url} within {seconds} s:\n{log.read_text()[-3000:]}")


@contextlib.contextmanager
def app_server(arguments: list[str], log: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """``framing app ARGUMENTS`` (the README's way to start the app) on a free local port: its
    address and process, until the block ends."""
    port = free_port()
    command = [sys.executable, "-m", "framing", "app", *arguments, "--headless", "--port", str(port)]
    with log.open("wb") as output:
        process = subprocess.Popen(
            [*command, "--address", "127.0.0.1"], cwd=ROOT, stdout=output, stderr=subprocess.STDOUT
        )
    try:
        wait_for_health(f"http://127.0.0.1:{port}/_stcore/health", process, log)
        yield f"http://127.0.0.1:{port}/", process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    with app_server([], tmp_path_factory.mktemp("streamlit") / "server.log") as (url, process):
        SERVERS[url] = process
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Visit:
    page: Any  # playwright.sync_api.Page
    dialogs: list[str] = field(default_factory=list)  # messages of every alert/confirm/prompt opened
    first_page_seconds: float = 0.0  # from navigation until the corpus table is visible


@pytest.fixture
def visit(browser, server) -> Iterator[Visit]:
    """A fresh browser context (a new Streamlit session on the demo corpus) with the app loaded."""
    context = browser.new_context(viewport=VIEWPORT, locale="de-DE")
    try:
        visit = Visit(context.new_page())
        page = visit.page
        page.set_default_timeout(TIMEOUT_MS)
        page.on("dialog", lambda dialog: (visit.dialogs.append(dialog.message), dialog.dismiss()))
        started = time.perf_counter()
        page.goto(server)
        page.wait_for_selector('[data-testid="stApp"]')
        wait_for_corpus_table(page)
        visit.first_page_seconds = time.perf_counter() - started
        yield visit
    finally:
        context.close()


def wait_for_corpus_table(page) -> None:
    """The editable corpus table is on screen and filled (its canvas has an accessible, hidden copy)."""
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for(state="visible")
    grid.locator('[data-testid="glide-cell-0-0"]').wait_for(state="attached")


def settle(page) -> None:
    """Wait until the script run is over: no 'running' widget, no element still marked stale."""
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached")
    page.wait_for_selector('[data-stale="true"]', state="detached")


def open_page(page, label: str, heading: str) -> None:
    page.locator('[data-testid="stSidebar"] [data-testid="stRadio"] label').filter(has_text=label).click()
    page.locator('[data-testid="stHeading"] h2').filter(has_text=heading).wait_for()
    settle(page)


def full_page_screenshot(page, path: Path) -> None:
    """Streamlit scrolls inside its main container, not the document, so Playwright's full_page would
    capture only the viewport: make the viewport as tall as the content instead, then restore it."""
    height = page.locator('[data-testid="stMain"]').evaluate("main => main.scrollHeight")
    page.set_viewport_size(
        {"width": VIEWPORT["width"], "height": min(max(height, VIEWPORT["height"]), 20_000)}
    )
    page.wait_for_timeout(500)  # charts follow the new width
    page.screenshot(path=path, full_page=True)
    page.set_viewport_size(VIEWPORT)


def outlets_in_table(page) -> list[str]:
    grid = page.locator('[data-testid="stDataFrame"]').first
    cells = grid.locator('[data-testid^="glide-cell-0-"]')
    return [cells.nth(i).inner_text() for i in range(cells.count())]


def expect_article_rows(page, outlets: list[str]) -> None:
    """The compare page's table of articles has one row per outlet, in this order; waits for Streamlit
    to draw the rows (a read right after the page's heading can find the table still empty)."""
    articles = page.locator(".fr-table").filter(has_text="Überschrift").first
    sync_api.expect(articles.locator("tbody th")).to_have_text(outlets, timeout=TIMEOUT_MS)


def choose_in_first_selectbox(page, text: str, within=None) -> None:
    """Pick the first option containing ``text`` in the first selectbox of the page (or of ``within``,
    a part of it). A click that lands while the script reruns can leave the list closed, so the box
    is opened again (up to three times) until the option shows; then the choice's own run is awaited."""
    option = page.locator('[role="listbox"] [role="option"]').filter(has_text=text).first
    for _ in range(3):
        (within or page).locator('[data-testid="stSelectbox"]').first.click()
        try:
            option.wait_for(timeout=TIMEOUT_MS // 3)
            break
        except sync_api.TimeoutError:
            page.keyboard.press("Escape")
            settle(page)
    option.click()
    settle(page)


def choose_article(page, number: int) -> None:
    """Pick article ``number`` (1-based) in the read page's article selectbox."""
    choose_in_first_selectbox(page, f"{number}. ")


def test_first_page_shows_the_demo_corpus_table(visit):
    page = visit.page
    settle(page)
    assert outlets_in_table(page) == DEMO_OUTLETS
    sync_api.expect(page.get_by_text("5 Artikel, 2 Ereignisse")).to_be_visible()
    OUTPUT.mkdir(exist_ok=True)
    seconds = visit.first_page_seconds
    (OUTPUT / "first_page_seconds.txt").write_text(f"{seconds:.2f}\n")
    print(f"\nfirst page on a fresh server: corpus table visible {seconds:.2f} s after navigation")
    page.screenshot(path=OUTPUT / "corpus.png")
    assert not visit.dialogs


def test_compare_page_shows_summary_and_one_row_per_outlet(visit):
    page = visit.page
    open_page(page, "Ereignis vergleichen", "Ereignis vergleichen")
    page.get_by_text("Die größten Unterschiede").wait_for()
    page.locator("ol.fr-list > li").first.wait_for()
    expect_article_rows(page, ["Epoch Times", "Frankfurter Rundschau", "news.de"])
    page.locator('[data-testid="stVegaLiteChart"]').last.wait_for()
    settle(page)
    OUTPUT.mkdir(exist_ok=True)
    page.mouse.move(VIEWPORT["width"] - 10, VIEWPORT["height"] - 10)  # away from the sidebar's hover controls
    full_page_screenshot(page, OUTPUT / "compare-full.png")
    page.locator("ol.fr-list").first.scroll_into_view_if_needed()  # the summary, then the tables
    page.screenshot(path=OUTPUT / "compare.png")
    assert not visit.dialogs


def test_read_page_highlights_the_evidence(visit):
    page = visit.page
    open_page(page, "Lesen", "Lesen")
    article = page.locator(".fr-article").first
    article.wait_for()
    assert article.locator(".hl-hedge, .hl-tone-negative").count() > 0
    titles = [span.get_attribute("title") or "" for span in article.locator(".hl-tone-negative").all()[:20]]
    assert any(title.startswith("negatives Wort") for title in titles)  # the first may lie in a quote
    OUTPUT.mkdir(exist_ok=True)
    page.mouse.move(VIEWPORT["width"] - 10, VIEWPORT["height"] - 10)
    page.locator(".fr-legend").evaluate("legend => legend.scrollIntoView({block: 'start'})")
    page.screenshot(path=OUTPUT / "read.png")  # the legend, the headline and the highlighted text
    assert not visit.dialogs


def test_uploaded_script_is_shown_as_text_and_never_runs(visit):
    page = visit.page
    settle(page)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        {"name": "payload.txt", "mimeType": "text/plain", "buffer": PAYLOAD.encode()}
    )
    page.get_by_text("1 Artikel hinzugefügt.").wait_for()
    settle(page)
    page.locator('[data-testid="stDataFrame"]').first.locator('[data-testid="glide-cell-0-5"]').wait_for(
        state="attached"
    )
    assert outlets_in_table(page) == [*DEMO_OUTLETS, ""]  # the upload names no outlet

    open_page(page, "Lesen", "Lesen")
    choose_article(page, 6)
    page.locator('[data-testid="stHeading"]').filter(has_text="Regierung weist Vorwürfe zurück").wait_for()
    article = page.locator(".fr-article").first
    article.get_by_text("Rechnungshofs").wait_for()
    paragraph = article.locator("p").filter(has_text="javascript:")
    paragraph.hover()
    paragraph.click()
    page.wait_for_timeout(1_000)  # give anything that was injected time to run

    assert page.evaluate("typeof window.__xss") == "undefined"
    assert not visit.dialogs
    assert "<script>window.__xss=1</script>" in page.locator('[data-testid="stMain"]').inner_text()
    page.locator('[data-testid="stCheckbox"]').filter(has_text="Kürzel an Markierungen zeigen").click()
    # without the tags after highlights ("Link" is a negative word), the text reads as typed
    sync_api.expect(article.locator(".fr-tag")).to_have_count(0)
    settle(page)
    text = article.inner_text()
    assert '<img src=x onerror="window.__xss=2">' in text
    assert '<a href="javascript:window.__xss=3">Link</a>' in text
    assert article.locator("script, img, a").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"  # also after the second rendering
    assert not visit.dialogs
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=OUTPUT / "read-upload.png")


def test_markdown_and_latex_in_titles_and_outlets_are_shown_literally(visit):
    """Titles and outlets with **bold**, :red[…], $…$, a javascript: link and <b> read as typed in the
    corpus page's expanders and the compare page's column headers: no bold, colour, formula or link."""
    page = visit.page
    settle(page)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        {"name": "streik.csv", "mimeType": "text/csv", "buffer": hostile_csv()}
    )
    page.get_by_text(f"{len(PAYLOADS)} Artikel hinzugefügt.").wait_for()
    settle(page)
    main = page.locator('[data-testid="stMain"]')
    summaries = main.locator('[data-testid="stExpander"] summary [data-testid="stMarkdownContainer"]')
    summaries = summaries.filter(has_text="Blatt ")
    sync_api.expect(summaries).to_have_count(len(PAYLOADS))
    assert [summaries.nth(i).inner_text() for i in range(len(PAYLOADS))] == [
        f"Blatt {p} — Titel {p}: entfernte Seitenreste" for p in PAYLOADS
    ]
    rendered = "strong, b, em, code, del, .katex, .stMarkdownColoredText, a"
    assert summaries.locator(rendered).count() == 0

    open_page(page, "Ereignis vergleichen", "Ereignis vergleichen")
    choose_in_first_selectbox(page, EVENT)
    assert page.locator('[data-testid="stSelectbox"] input').first.input_value() == EVENT  # as typed
    headers = main.locator(".fr-table tbody th").filter(has_text="Blatt ")  # one row per outlet
    sync_api.expect(headers.first).to_be_visible()
    assert set(headers.all_inner_texts()) == {f"Blatt {p}" for p in PAYLOADS}
    assert main.locator(".fr-table").locator(rendered).count() == 0
    assert main.locator(".katex, .stMarkdownColoredText, a[href^='javascript']").count() == 0
    page.wait_for_timeout(500)  # nothing may run from the link
    assert not visit.dialogs
    OUTPUT.mkdir(exist_ok=True)
    headers.first.scroll_into_view_if_needed()
    page.screenshot(path=OUTPUT / "compare-literal.png")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux: /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_a_long_article_is_compared_and_the_server_is_idle_when_the_browser_leaves(visit, server):
    """A 2 MB article joins the demo event; its comparison (intervals from its sentences'
    statistics, nothing analysed again) is shown, and closing the browser leaves the server idle."""
    page = visit.page
    settle(page)
    buffer = io.StringIO()
    rows = [
        ["text", "outlet", "event"],
        [long_article(), "Langes Blatt", "2024-04 China–Russia rapprochement"],
    ]
    csv.writer(buffer).writerows(rows)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        {"name": "lang.csv", "mimeType": "text/csv", "buffer": buffer.getvalue().encode()}
    )
    page.get_by_test_id("stAlertContentWarning").filter(
        has_text="gekürzt auf die ersten 99.998 von"
    ).wait_for()
    settle(page)
    page.locator('[data-testid="stSidebar"] [data-testid="stRadio"] label').filter(
        has_text="Ereignis vergleichen"
    ).click()
    page.locator("th").filter(has_text="Langes Blatt").first.wait_for()  # the measures with intervals
    page.context.close()
    pid = SERVERS[server].pid
    time.sleep(2)
    before = cpu_seconds(pid)
    time.sleep(5)
    assert cpu_seconds(pid) - before < 0.5  # idle


SIX_OUTLETS = ROOT / "tests" / "fixtures" / "six_outlets" / "six_outlets.jsonl"
SIX_EVENT = "2025-03 Warnstreik im Auenberger Nahverkehr"
SCREENSHOTS = ROOT / "docs" / "screenshots"


def load_six_outlets(page) -> list[str]:
    """Upload the six-outlet corpus (tests/fixtures/six_outlets) and return its outlets."""
    settle(page)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(SIX_OUTLETS))
    page.get_by_text("6 Artikel hinzugefügt.").wait_for()
    settle(page)
    return load_outlets()


def load_outlets() -> list[str]:
    return sorted(json.loads(line)["outlet"] for line in SIX_OUTLETS.read_text(encoding="utf-8").splitlines())


def overflowing(page) -> list[str]:
    """Texts of the framing tables and lists wider than their box (cut off or scrolled sideways)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.fr-wrap, .fr-list, [data-testid="stText"]')]
            .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
            .map(e => e.innerText.slice(0, 80))"""
    )


def svg_texts(chart) -> list[str]:
    """The texts a Vega chart drew as SVG (axis labels, legend entries, titles)."""
    return chart.locator("svg text").evaluate_all("texts => texts.map(text => text.textContent)")


def test_six_outlets_compare_page_fits_the_page_with_full_labels(visit):
    page = visit.page
    page.set_viewport_size({"width": 1280, "height": VIEWPORT["height"]})  # a laptop's width
    outlets = load_six_outlets(page)
    open_page(page, "Ereignis vergleichen", "Ereignis vergleichen")
    choose_in_first_selectbox(page, SIX_EVENT)
    page.locator('[data-testid="stVegaLiteChart"]').last.wait_for()
    page.locator('[data-testid="stVegaLiteChart"] svg').last.wait_for()
    settle(page)
    page.wait_for_timeout(500)  # the charts lay out their axes
    main = page.locator('[data-testid="stMain"]')
    # the measures: one table, one row per outlet, German decimals, nothing cut or scrolled
    measures = main.locator(".fr-table").filter(has_text="Flesch-Amstad").first
    assert [measures.locator("tbody th").nth(i).inner_text() for i in range(6)] == outlets
    cells = measures.locator("tbody td").all_inner_texts()
    assert len(cells) == 6 * 6 and all(
        re.fullmatch(r"-?\d+,\d\d\n\[-?\d+,\d\d; -?\d+,\d\d\]", c) for c in cells
    )
    assert overflowing(page) == []
    # the charts: every outlet's full name in the interval chart's axis and the frame chart's legend
    for chart in (0, 1):
        labels = svg_texts(main.locator('[data-testid="stVegaLiteChart"]').nth(chart))
        assert set(outlets) <= set(labels), labels
        assert not [label for label in labels if label.endswith("…")]
    legend = svg_texts(main.locator('[data-testid="stVegaLiteChart"]').nth(1))
    assert "AFP" not in legend and "news.de" not in legend  # only this event's outlets
    # the summary: sentences in words, with a unit a class understands and its evidence folded below
    summary = main.locator("ol.fr-list").first
    items = summary.locator(":scope > li")
    assert items.count() >= 3
    first = items.first.inner_text()
    assert "Belege (" in first
    assert any(
        "(Kennzahl „" in items.nth(i).inner_text() and " 5 Medien von " in items.nth(i).inner_text()
        for i in range(items.count())
    )  # five other outlets' values as their range
    assert any(
        re.search(
            r"in (etwa jedem \d+\.|keinem|fast jedem|etwa jedem zweiten) Satz", items.nth(i).inner_text()
        )
        for i in range(items.count())
    )
    OUTPUT.mkdir(exist_ok=True)
    page.mouse.move(VIEWPORT["width"] - 10, VIEWPORT["height"] - 10)
    full_page_screenshot(page, OUTPUT / "compare-six-outlets.png")
    measures.scroll_into_view_if_needed()
    page.screenshot(path=OUTPUT / "compare-six-measures.png")
    assert not visit.dialogs


def test_six_outlets_coverage_ranks_what_is_missing_and_folds_the_rest(visit):
    page = visit.page
    load_six_outlets(page)
    open_page(page, "Berichterstattung", "Berichterstattung")
    choose_in_first_selectbox(page, SIX_EVENT)
    main = page.locator('[data-testid="stMain"]')
    top = main.locator("ol.fr-list").first
    top.wait_for()
    items = top.locator(":scope > li")
    assert items.count() == 5
    first = items.first.inner_text()
    # the strike call is in five of six outlets, in every one's lead: it comes first, in full
    assert first.startswith("„Die Gewerkschaft hat")
    assert "Bringen 5 von 6 Medien; fehlt bei: Freie Bürgerstimme Magazin." in first
    assert "5 davon stellen es in Überschrift oder Einstieg." in first
    more = main.locator('[data-testid="stExpander"]').filter(has_text="Weitere 5 ausgelassene Informationen")
    more.wait_for()
    assert not more.locator("ol.fr-list").first.is_visible()  # folded until opened
    more.locator("summary").first.click()
    more.locator("ol.fr-list").first.wait_for(state="visible")
    assert more.locator("ol.fr-list > li").count() == 5
    # no sentence is cut: each shown sentence ends with its full stop, and nothing is wider than its box
    labels = main.locator("ol.fr-list > li").all_inner_texts()
    assert all(re.search(r"[.!?“]“\n", label) for label in labels), labels
    assert overflowing(page) == []
    matrix = main.locator(".fr-table").filter(has_text="Einheit").first
    sync_api.expect(matrix.locator("th.fr-vertical")).to_have_text(load_outlets())  # upright, in full
    OUTPUT.mkdir(exist_ok=True)
    page.mouse.move(VIEWPORT["width"] - 10, VIEWPORT["height"] - 10)
    top.scroll_into_view_if_needed()
    page.screenshot(path=OUTPUT / "coverage-six-outlets.png")
    full_page_screenshot(page, OUTPUT / "coverage-six-outlets-full.png")
    assert not visit.dialogs


ENGLISH = re.compile(
    r"\b(the|and|of|with|outlet|outlets|measure|share|words|sentences|unattributed|other|unknown|"
    r"expert|dramatizing|neutral_|war_ukraine|economic_consequences|generic|"
    r"rapprochement|phone call|January|February|March|May|June|July|October|December|"
    r"Jan|Feb|Mar|Oct|Dec)\b"
)
POINT_DECIMAL = re.compile(r"\d\.\d{1,2}(?!\d)")  # 0.45, not the thousands point of 1.000


def test_the_german_ui_has_no_english_words_and_decimal_commas(visit):
    """Every page of the German UI in a real browser: no English word left (camps, event names,
    month names on chart axes) and no decimal point in the tables."""
    page = visit.page
    found: dict[str, list[str]] = {}
    for label in ("Korpus", "Ereignis vergleichen", "Berichterstattung", "Lesen", "Medien"):
        open_page(page, label, label)
        if page.locator('[data-testid="stVegaLiteChart"]').count():
            page.locator('[data-testid="stVegaLiteChart"] svg').last.wait_for()
            page.wait_for_timeout(500)
        main = page.locator('[data-testid="stMain"]')
        if label == "Lesen":  # the table saying why each word was flagged
            main.locator('[data-testid="stExpander"] summary').filter(has_text="Warum markiert?").click()
            main.locator('[data-testid="stDataFrame"] [data-testid="glide-cell-1-0"]').wait_for(
                state="attached"
            )
        texts = [main.inner_text(), *main.locator('[data-testid="stDataFrame"]').all_text_contents()]
        for chart in main.locator('[data-testid="stVegaLiteChart"]').all():
            texts += svg_texts(chart)
        english = sorted({m.group(0) for text in texts for m in ENGLISH.finditer(text)})
        tables = " ".join(main.locator(".fr-table").all_inner_texts() + texts[1:])
        points = sorted(set(POINT_DECIMAL.findall(tables)))
        if english or points:
            found[label] = english + points
    assert found == {}


def test_twelve_outlets_fit_the_compare_and_coverage_pages(visit):
    """The six outlets and a second edition of each (twelve outlets): no table or list of either page
    is wider than its box, and no chart label is cut."""
    page = visit.page
    rows = [json.loads(line) for line in SIX_OUTLETS.read_text(encoding="utf-8").splitlines()]
    editions = [
        {
            **row,
            "id": f"{row['id']}-b",
            "outlet": f"{row['outlet']} Regionalausgabe Süd",
            "text": row["text"] + "\n\nDie Redaktion aktualisiert diesen Bericht im Laufe des Tages.",
        }
        for row in rows
    ]
    data = "\n".join(json.dumps(row, ensure_ascii=False) for row in rows + editions).encode()
    settle(page)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        {"name": "zwoelf.jsonl", "mimeType": "application/json", "buffer": data}
    )
    page.get_by_text("12 Artikel hinzugefügt.").wait_for()
    settle(page)
    for label in ("Ereignis vergleichen", "Berichterstattung"):
        open_page(page, label, label)
        choose_in_first_selectbox(page, SIX_EVENT)
        page.locator(".fr-table:visible").first.wait_for()
        page.wait_for_timeout(500)  # charts lay out their axes
        assert overflowing(page) == [], label
        for chart in page.locator('[data-testid="stVegaLiteChart"]').all():
            labels = svg_texts(chart)
            assert not [text for text in labels if text and text.endswith("…")], labels
    assert not visit.dialogs
