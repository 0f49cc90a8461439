"""`framing app --db` as the README starts it, in headless Chromium: the stored events on the first
page, one stored event compared, and an event renamed in the store from the browser."""

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from framing.cli import main
from framing.store import Store
from framing.stored import StoredCorpus

from .test_app_browser import (  # skips this module too where Chromium is missing
    TIMEOUT_MS,
    VIEWPORT,
    app_server,
    browser,  # noqa: F401 (the fixture)
    choose_in_first_selectbox,
    expect_article_rows,
    open_page,
    outlets_in_table,
    settle,
    wait_for_corpus_table,
)


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Iterator[tuple[str, Path, subprocess.Popen]]:
    """The demo corpus stored, and `framing app --db` serving it."""
    folder = tmp_path_factory.mktemp("stored_app")
    db = folder / "korpus.duckdb"
    assert main(["ingest", "--db", str(db), "--workers", "1"]) == 0
    with app_server(["--db", str(db)], folder / "server.log") as (url, process):
        yield url, db, process


def test_the_stored_events_are_compared_and_renamed_in_the_browser(browser, stored):  # noqa: F811
    url, db, server = stored
    context = browser.new_context(viewport=VIEWPORT, locale="de-DE")
    try:
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(url)
        wait_for_corpus_table(page)
        assert outlets_in_table(page) == [
            "2024-04 Annäherung zwischen China und Russland",
            "2022-06 Telefonat zwischen Xi und Putin",
        ]
        page.get_by_text("5 Artikel aus 4 Medien in 2 Ereignissen").wait_for()

        form = page.locator('[data-testid="stForm"]').first
        form.locator("input").last.fill("Xi und Putin telefonieren")
        choose_in_first_selectbox(page, "Telefonat", within=form)
        form.get_by_role("button", name="Umbenennen").click()
        page.get_by_text("heißt jetzt „Xi und Putin telefonieren“").wait_for()
        settle(page)
        wait_for_corpus_table(page)
        assert "Xi und Putin telefonieren" in outlets_in_table(page)

        open_page(page, "Ereignis vergleichen", "Ereignis vergleichen")
        page.get_by_text("Die größten Unterschiede").wait_for()
        expect_article_rows(page, ["Epoch Times", "Frankfurter Rundschau", "news.de"])
    finally:
        context.close()
    server.terminate()  # it holds the file while it runs
    server.wait(timeout=10)
    with Store(db) as store:
        assert set(StoredCorpus(store).events()) == {
            "2024-04 China–Russia rapprochement",
            "Xi und Putin telefonieren",
        }


def test_a_stored_digest_shows_why_it_is_one_in_the_browser(browser, tmp_path):  # noqa: F811
    """A news podcast kept out of Gorbachev's obituaries in the store: the events table's origin
    column says, in German, that it is a digest and why."""
    from .test_events import gorbachev_day

    day = gorbachev_day(tmp_path / "tag.jsonl")
    db = tmp_path / "tag.duckdb"
    assert main(["ingest", "--db", str(db), "--workers", "1", str(day)]) == 0
    with app_server(["--db", str(db)], tmp_path / "server.log") as (url, _):
        # wide enough for the grid to draw its last column (the origin) beside the long reasons
        context = browser.new_context(viewport={**VIEWPORT, "width": 2400}, locale="de-DE")
        try:
            page = context.new_page()
            page.set_default_timeout(TIMEOUT_MS)
            page.goto(url)
            wait_for_corpus_table(page)
            grid = page.locator('[data-testid="stDataFrame"]').first
            origins = grid.locator('[data-testid^="glide-cell-4-"]')
            assert sorted(origins.nth(i).inner_text() for i in range(origins.count())) == [
                "Sammelbeitrag, nicht gruppiert: Nachrichtenpodcast mit mehreren Themen",
                "gefunden",
            ]
        finally:
            context.close()
