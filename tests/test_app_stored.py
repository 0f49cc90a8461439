"""The app on a corpus store (`framing app --db`), driven through AppTest: the stored events with
their reasons, one event's comparison built from the stored rows (a stored value changed in the
file is what the page shows), the events renamed, merged and split in the store, refused on a
dataset folder or a read-only file, and bad stores named in one line."""

import io
import os
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from framing.app import compare
from framing.app.outlets import keywords_table
from framing.app.state import DB_VARIABLE
from framing.cli import main
from framing.compare.keyness import keyness_by_outlet
from framing.i18n import t
from framing.store import Store
from framing.stored import MEMORY_LIMIT, StoredCorpus

APP = Path(__file__).resolve().parent.parent / "streamlit_app.py"
XI_PUTIN = "2022-06 Xi–Putin phone call"
RAPPROCHEMENT = "2024-04 China–Russia rapprochement"
RAPPROCHEMENT_DE = "2024-04 Annäherung zwischen China und Russland"


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Path:
    """The demo corpus ingested once; each test works on a copy."""
    db = tmp_path_factory.mktemp("stored") / "demo.duckdb"
    assert main(["ingest", "--db", str(db), "--workers", "1"]) == 0
    return db


@pytest.fixture
def db(demo_store, tmp_path, monkeypatch) -> Path:
    copy = tmp_path / "korpus.duckdb"
    shutil.copy(demo_store, copy)
    monkeypatch.setenv(DB_VARIABLE, str(copy))
    monkeypatch.setattr(compare, "_tables", {})  # keyed by article ids, which every copy shares
    return copy


def open_app() -> AppTest:
    return AppTest.from_file(str(APP), default_timeout=180).run()


def go(app: AppTest, page: str) -> AppTest:
    return app.sidebar.radio(key="page").set_value(page).run()


def events_table(app: AppTest) -> pd.DataFrame:
    return next(frame.value for frame in app.dataframe if {"Herkunft", "origin"} & set(frame.value.columns))


def stored_events(db: Path) -> dict[str, list[str]]:
    with Store(db, memory_limit=MEMORY_LIMIT) as store:
        corpus = StoredCorpus(store)
        return {name: corpus.event_ids(name) for name in corpus.events()}


def test_the_app_lists_the_stored_events_and_compares_one_from_the_stored_values(db):
    with Store(db) as store:  # a value the analysis would never give: the page must read it
        fr = store.con.execute(
            "SELECT id FROM articles WHERE outlet = 'Frankfurter Rundschau' AND date LIKE '2024%'"
        ).fetchall()[0][0]
        store.con.execute(
            "UPDATE features SET value = 0.987 WHERE name = 'tone.mean' AND article_id = ?", [fr]
        )
    app = open_app()
    assert not app.exception
    table = events_table(app)
    assert list(table["Ereignis"]) == [RAPPROCHEMENT_DE, "2022-06 Telefonat zwischen Xi und Putin"]
    assert list(table["Artikel"]) == [3, 2]
    assert list(table["Herkunft"]) == ["vorgegeben", "vorgegeben"]
    assert table["warum ein Ereignis"][0].startswith(
        "3 Artikel, 9. April 2024 – 26. April 2024; gemeinsam: Lawrow"
    )
    assert "5 Artikel aus 4 Medien in 2 Ereignissen" in app.caption[0].value

    go(app, "compare")
    assert not app.exception
    assert app.selectbox(key="compare_event").options == [
        RAPPROCHEMENT_DE,
        "2022-06 Telefonat zwischen Xi und Putin",
    ]
    assert app.text[0].value.startswith("3 Artikel, 9. April 2024")
    tables = [
        table.set_index(table.columns[0])
        for element in app.get("html")
        if "<table" in element.proto.body
        for table in pd.read_html(io.StringIO(element.proto.body))
    ]
    measures = next(table for table in tables if "Ton (eigene Stimme, −1…+1)" in table.columns)
    assert sorted(measures.index) == ["Epoch Times", "Frankfurter Rundschau", "news.de"]
    assert measures.loc["Frankfurter Rundschau", "Ton (eigene Stimme, −1…+1)"].startswith("0,99")


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_page_renders_on_a_store_in_both_languages(db, language):
    app = open_app()
    app.sidebar.radio(key="language").set_value(language).run()
    for page in ("corpus", "compare", "coverage", "read", "outlets", "lexicons", "guide"):
        go(app, page)
        assert not app.exception, (page, [e.value for e in app.exception])
        assert app.header[0].value == t(f"page.{page}", language)
    go(app, "corpus")
    assert events_table(app).columns[-1] == t("store.col.origin", language)


def test_the_outlets_page_ranks_keywords_from_the_stored_word_counts(db):
    app = go(open_app(), "outlets")
    assert not app.exception
    app.selectbox(key="keyness_outlet").set_value("Frankfurter Rundschau").run()
    with Store(db, memory_limit=MEMORY_LIMIT) as store:
        docs = StoredCorpus(store).docs(full=True)
    expected = keywords_table(keyness_by_outlet(docs, top=25)["Frankfurter Rundschau"], "de")
    assert not expected.empty
    pd.testing.assert_frame_equal(app.dataframe[0].value.reset_index(drop=True), expected)
    assert any("classify evaluate --db" in info.value for info in app.info)


def test_coverage_and_read_pages_show_one_stored_event(db):
    app = go(open_app(), "coverage")
    assert not app.exception
    app.selectbox(key="coverage_event").set_value(XI_PUTIN).run()
    assert not app.exception
    assert app.text[0].value.startswith("2 Artikel, 16. Juni 2022")
    leads = "".join(element.proto.body for element in app.get("html") if "<table" in element.proto.body)
    assert "AFP" in leads and "Frankfurter Rundschau" in leads
    go(app, "read")
    app.selectbox(key="read_event").set_value(XI_PUTIN).run()
    assert not app.exception
    outlets = [name.split(". ", 1)[1].split(" — ")[0] for name in app.selectbox(key="read_article").options]
    assert sorted(outlets) == ["AFP", "Frankfurter Rundschau"]
    article = "".join(element.proto.body for element in app.get("html"))
    assert "class='hl-quote" in article and "<span class='fr-tag'>GOV</span>" in article  # stored spans


def test_renaming_merging_and_splitting_in_the_app_change_the_store(db):
    app = open_app()
    app.selectbox(key="rename_event_name").set_value(XI_PUTIN)
    app.text_input(key="rename_event_new").input("Xi und Putin telefonieren")
    app.button(key="FormSubmitter:rename_event-Umbenennen").click().run()
    assert not app.exception
    assert app.success[0].value.startswith("„2022\\-06 Telefonat zwischen Xi und Putin“ heißt jetzt")
    assert set(stored_events(db)) == {RAPPROCHEMENT, "Xi und Putin telefonieren"}
    assert "bearbeitet" in list(events_table(app)["Herkunft"])

    app.multiselect(key="merge_event_names").set_value([RAPPROCHEMENT, "Xi und Putin telefonieren"])
    app.text_input(key="merge_event_new").input("China und Russland")
    app.button(key="FormSubmitter:merge_events-Zusammenführen").click().run()
    assert not app.exception
    events = stored_events(db)
    assert list(events) == ["China und Russland"] and len(events["China und Russland"]) == 5

    app.selectbox(key="split_event_name").set_value("China und Russland").run()
    options = app.multiselect(key="split_articles").options
    afp = [
        aid
        for aid, label in zip(events["China und Russland"], options, strict=True)
        if label.startswith("AFP")
    ]
    app.multiselect(key="split_articles").set_value(afp)
    app.button(key="FormSubmitter:split_event-Aufteilen").click().run()
    assert not app.exception
    assert stored_events(db) == {
        "China und Russland": [a for a in events["China und Russland"] if a not in afp],
        "China und Russland (Teil)": afp,
    }
    go(app, "compare")
    assert app.selectbox(key="compare_event").options == ["China und Russland", "China und Russland (Teil)"]


def test_an_edit_that_would_clash_is_refused_in_german(db):
    app = open_app()
    app.selectbox(key="rename_event_name").set_value(XI_PUTIN)
    app.text_input(key="rename_event_new").input(RAPPROCHEMENT)
    app.button(key="FormSubmitter:rename_event-Umbenennen").click().run()
    assert app.error[0].value.startswith(
        "Ein Ereignis namens „2024\\-04 China–Russia rapprochement“ gibt es schon"
    )
    app.multiselect(key="merge_event_names").set_value([XI_PUTIN])
    app.button(key="FormSubmitter:merge_events-Zusammenführen").click().run()
    assert app.error[0].value == "Zum Zusammenführen mindestens zwei Ereignisse wählen."
    assert set(stored_events(db)) == {RAPPROCHEMENT, XI_PUTIN}


def test_a_dataset_folder_and_a_read_only_file_refuse_edits_with_the_reason(db, tmp_path, monkeypatch):
    folder = tmp_path / "korpus"
    folder.mkdir()
    assert main(["ingest", "--db", str(folder), "--workers", "1"]) == 0
    monkeypatch.setenv(DB_VARIABLE, str(folder))
    app = open_app()
    assert not app.exception
    assert len(events_table(app)) == 2  # grouped in memory, shown
    assert "korpus ist ein Parquet-Datensatzordner" in app.warning[0].value
    assert "lassen sich nicht bearbeiten" in app.warning[0].value
    assert not app.get("text_input")  # no edit form

    writable = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if mode == os.W_OK else writable(path, mode))
    monkeypatch.setenv(DB_VARIABLE, str(db))
    app = open_app()
    assert not app.exception
    assert app.warning[0].value.startswith("Keine Schreibrechte für")
    assert not app.get("text_input")
    go(app, "compare")  # events found in memory, the file untouched
    assert len(app.selectbox(key="compare_event").options) == 2


def test_lexicons_are_for_browsing_on_a_stored_corpus(db):
    app = go(open_app(), "lexicons")
    assert not app.exception
    assert "--reanalyze" in app.info[0].value
    assert not app.get("text_input")[1:]  # only the search box


def test_an_empty_store_says_so(tmp_path, monkeypatch):
    empty = tmp_path / "leer.duckdb"
    Store(empty).close()
    monkeypatch.setenv(DB_VARIABLE, str(empty))
    app = open_app()
    assert not app.exception
    assert app.info[0].value.startswith("Im Speicher")
    assert "keine Artikel" in app.info[0].value


def test_a_damaged_or_foreign_store_is_one_line(demo_store, tmp_path, monkeypatch, capsys):
    foreign = tmp_path / "notizen.duckdb"
    foreign.write_text("kein DuckDB\n" * 1000)
    monkeypatch.setenv(DB_VARIABLE, str(foreign))
    app = open_app()
    assert not app.exception
    assert app.error[0].value.startswith("Das gespeicherte Korpus")
    assert "not a DuckDB database file" in app.error[0].value
    other = tmp_path / "andere.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("CREATE TABLE kunden (name VARCHAR)")
    cut = tmp_path / "abgeschnitten.duckdb"
    cut.write_bytes(demo_store.read_bytes()[: demo_store.stat().st_size // 2])
    folder = tmp_path / "ordner"
    folder.mkdir()
    reasons = {
        foreign: "not a DuckDB database file",
        tmp_path / "fehlt.duckdb": "no database at",
        other: "a DuckDB database without framing's tables (kunden)",
        cut: "is damaged (cut off",
        folder: "a folder without _meta.json",
    }
    for path, reason in reasons.items():
        assert main(["app", "--db", str(path)]) == 2
        error = capsys.readouterr().err
        assert error.count("\n") == 1 and error.startswith("framing: error: ") and reason in error, error
    assert not (tmp_path / "fehlt.duckdb").exists()  # nothing created


def test_a_stored_digest_is_shown_with_why_it_is_one_in_the_ui_language(tmp_path, monkeypatch):
    """A news podcast naming Gorbachev's death beside another story, kept out of his obituaries'
    event in the store: the events table and the event chooser say why it is a digest, in German
    first and in English once the language is switched."""
    from tests.test_events import gorbachev_day

    day = gorbachev_day(tmp_path / "tag.jsonl")
    db = tmp_path / "tag.duckdb"
    assert main(["ingest", "--db", str(db), "--workers", "1", str(day)]) == 0
    monkeypatch.setenv(DB_VARIABLE, str(db))
    app = open_app()
    assert not app.exception
    table = events_table(app)
    assert sorted(table["Herkunft"]) == [
        "Sammelbeitrag, nicht gruppiert: Nachrichtenpodcast mit mehreren Themen",
        "gefunden",
    ]
    digest = next(n for n, o in zip(table["Ereignis"], table["Herkunft"], strict=True) if o != "gefunden")
    go(app, "compare")
    app.selectbox(key="compare_event").set_value(digest).run()
    assert not app.exception
    assert app.text[0].value.splitlines()[-1] == (
        "Sammelbeitrag, nicht gruppiert: Nachrichtenpodcast mit mehreren Themen"
    )
    app.sidebar.radio(key="language").set_value("en").run()
    assert app.text[0].value.splitlines()[-1] == "digest, not grouped: news podcast of several stories"
    go(app, "corpus")
    assert "digest, not grouped: news podcast of several stories" in list(events_table(app)["origin"])
