"""Comparing from the corpus store (--db): the same numbers as from the files, events stored with
deterministic ids and names, renamed, merged and split by the user, and older stores migrated."""

import copy
import json
import os

import duckdb
import pytest

from framing import stored as stored_module
from framing.cli import main
from framing.compare import events as events_module
from framing.compare.events import EventOptions, assign_events, event_reasons, members_id
from framing.store import Store
from framing.stored import StoredCorpus
from tests.synthetic import news_weekend

XI_PUTIN = "2022-06 Xi–Putin phone call"
RAPPROCHEMENT = "2024-04 China–Russia rapprochement"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    assert main(["ingest", "--db", str(db), "--workers", "1"]) == 0
    return db


def _output(capsys, argv):
    assert main(argv) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["keyness", "--min-g2", "3.84", "--min-frequency", "2"],
        ["keyness", "--event", RAPPROCHEMENT, "--min-g2", "3.84", "--min-frequency", "2"],
        ["compare", "--features", "tone.,hedge.", "--resamples", "60"],
        ["compare", "--event", RAPPROCHEMENT, "--matrix", "voices"],
        ["compare", "--event", RAPPROCHEMENT, "--matrix", "wording", "--format", "csv"],
        ["coverage", "--format", "json"],
    ],
)
def test_files_and_store_give_the_same_comparison(demo_db, capsys, argv):
    from_files = _output(capsys, argv)
    from_store = _output(capsys, [*argv, "--db", str(demo_db)])
    assert from_store == from_files
    assert "Frankfurter Rundschau" in from_store


def test_the_report_from_the_store_is_the_report_from_the_files(demo_db, tmp_path, capsys):
    assert main(["report", "-o", str(tmp_path / "files.html"), "--resamples", "50"]) == 0
    assert (
        main(["report", "-o", str(tmp_path / "store.html"), "--resamples", "50", "--db", str(demo_db)]) == 0
    )
    assert (tmp_path / "store.html").read_bytes() == (tmp_path / "files.html").read_bytes()


def test_events_clustered_in_the_store_are_those_clustered_from_files(tmp_path):
    docs, _ = news_weekend()
    docs.sort(key=lambda doc: doc.article.id)  # the store's order
    with Store(tmp_path / "w.duckdb") as store:
        store.ingest(docs)
        corpus = StoredCorpus(store)
        corpus.find_events(EventOptions())
        stored = corpus.events()
        again = StoredCorpus(store)
        again.find_events(EventOptions())
        assert again.events() == stored  # same ids and names every time
    expected = copy.deepcopy(docs)
    events = assign_events(expected)
    reasons = event_reasons(expected)
    assert len(events) > 5
    assert set(stored) == set(events)
    for name, members in events.items():
        assert stored[name].id == members_id(d.article.id for d in members)
        assert stored[name].reason == reasons[name]
        assert stored[name].origin == "clustered"


def _events(capsys, db, *extra):
    assert main(["events", "--db", str(db), "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_stored_events_are_renamed_merged_and_split_and_comparisons_follow(demo_db, tmp_path, capsys):
    db = tmp_path / "edit.duckdb"
    db.write_bytes(demo_db.read_bytes())
    listed = _events(capsys, db)
    assert sorted(listed) == [XI_PUTIN, RAPPROCHEMENT]
    assert listed[XI_PUTIN]["id"] == members_id(a["id"] for a in listed[XI_PUTIN]["articles"])

    renamed = _events(capsys, db, "--rename", XI_PUTIN, "Telefonat Xi–Putin")
    assert set(renamed) == {"Telefonat Xi–Putin", RAPPROCHEMENT}
    assert renamed["Telefonat Xi–Putin"]["id"] == listed[XI_PUTIN]["id"]  # the same articles

    epoch = next(a["id"] for a in listed[RAPPROCHEMENT]["articles"] if a["outlet"] == "Epoch Times")
    split = _events(capsys, db, "--split", RAPPROCHEMENT, "--articles", epoch, "--name", "Putins Reise")
    assert [a["outlet"] for a in split["Putins Reise"]["articles"]] == ["Epoch Times"]
    assert len(split[RAPPROCHEMENT]["articles"]) == 2

    merged = _events(capsys, db, "--merge", "Telefonat Xi–Putin", "Putins Reise", "--name", "Xi und Putin")
    assert set(merged) == {RAPPROCHEMENT, "Xi und Putin"}
    assert merged["Xi und Putin"]["id"] == members_id(
        a["id"] for a in listed[XI_PUTIN]["articles"] + split["Putins Reise"]["articles"]
    )
    assert _events(capsys, db) == merged  # grouping again keeps what the user edited
    table = _output(capsys, ["compare", "--features", "tone.", "--resamples", "50", "--db", str(db)])
    assert "== Xi und Putin (3 articles) ==" in table
    assert f"== {RAPPROCHEMENT} (2 articles) ==" in table

    assert main(["events", "--db", str(db), "--rename", "gibt es nicht", "x"]) == 2
    assert "unknown event 'gibt es nicht'" in capsys.readouterr().err
    assert main(["events", "--rename", "a", "b"]) == 2
    assert "add --db" in capsys.readouterr().err


def test_a_schema_3_store_is_migrated_and_asks_for_reanalysis_once(demo_db, tmp_path, capsys):
    db = tmp_path / "old.duckdb"
    db.write_bytes(demo_db.read_bytes())
    connection = duckdb.connect(str(db))  # what a schema-3 store looks like
    for table in ("lemmas", "events", "event_articles"):
        connection.execute(f"DROP TABLE {table}")
    for column in ("speaker_start", "speaker_end", "source_cue", "idx"):
        connection.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
    connection.execute("ALTER TABLE spans DROP COLUMN idx")
    connection.execute("UPDATE framing_meta SET value = '3' WHERE key = 'schema_version'")
    connection.close()
    assert main(["keyness", "--db", str(db)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"run `framing ingest --db {db} --reanalyze` once first" in error
    assert main(["ingest", "--db", str(db), "--reanalyze"]) == 0
    capsys.readouterr()
    argv = ["keyness", "--min-g2", "3.84", "--min-frequency", "2"]
    assert _output(capsys, [*argv, "--db", str(db)]) == _output(capsys, argv)


def test_a_schema_4_store_is_migrated_and_asks_for_reanalysis_once(demo_db, tmp_path, capsys):
    """Version 5 added the sentence statistics: a version-4 store gets the table and asks for one
    reanalysis, after which its single-article intervals are those from the files."""
    db = tmp_path / "four.duckdb"
    db.write_bytes(demo_db.read_bytes())
    connection = duckdb.connect(str(db))
    connection.execute("DROP TABLE sentence_stats")
    connection.execute("UPDATE framing_meta SET value = '4' WHERE key = 'schema_version'")
    connection.close()
    argv = ["compare", "--event", RAPPROCHEMENT, "--features", "readability.,tone.mean", "--format", "csv"]
    assert main([*argv, "--db", str(db)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"run `framing ingest --db {db} --reanalyze` once first" in error
    assert main(["ingest", "--db", str(db), "--reanalyze"]) == 0
    capsys.readouterr()
    from_store = _output(capsys, [*argv, "--db", str(db)])
    assert from_store == _output(capsys, argv)
    assert from_store.count(",sentences") == 3 * 9  # three outlets with one article each, 9 measures


@pytest.mark.parametrize("command", ["events", "compare", "keyness", "coverage", "report", "classify"])
def test_a_missing_or_foreign_database_is_one_clear_line(tmp_path, capsys, command):
    missing, text = tmp_path / "missing.duckdb", tmp_path / "notes.duckdb"
    text.write_text("keine Datenbank", encoding="utf-8")

    def argv(db, *paths):
        base = ["classify", "evaluate"] if command == "classify" else [command]
        output = ["-o", str(tmp_path / "r.html")] if command == "report" else []
        return [*base, *paths, "--db", str(db), *output]

    assert main(argv(missing)) == 2
    assert capsys.readouterr().err == (
        f"framing: error: no database at {missing}; create one with `framing ingest --db {missing}`\n"
    )
    assert main(argv(text)) == 2
    assert (
        capsys.readouterr().err
        == f"framing: error: {text}: not a DuckDB database file; refusing to overwrite it\n"
    )
    assert main(argv(text, "artikel.txt")) == 2
    assert "either PATH/--url or --db" in capsys.readouterr().err


def test_measures_read_from_the_store_are_those_of_the_rebuilt_articles(tmp_path):
    """``event_groups`` (feature values scattered from one query, no documents) gives the same
    table as comparing the rebuilt articles, for events whose outlets have several articles."""
    from framing.compare.stats import compare_groups, compare_outlets

    docs, _ = news_weekend()
    with Store(tmp_path / "m.duckdb") as store:
        store.ingest(docs)
        corpus = StoredCorpus(store)
        corpus.find_events(EventOptions())
        features = corpus.feature_names(("tone.", "hedge.", "readability."))
        several = 0
        for name, count, groups in corpus.event_groups(features):
            members = corpus.docs(corpus.event_ids(name))
            assert count == len(members)
            several += any(group.lone is None for group in groups.values())
            expected = compare_outlets(members, features, resamples=40)
            assert compare_groups(groups, features, resamples=40).equals(expected)
        assert several  # an event where an outlet has several articles (resampled by article)
        [(_, _, one)] = corpus.event_groups(features, name)
        assert set(one) == set(groups)


def test_events_compared_together_give_each_event_its_own_numbers(tmp_path, monkeypatch):
    """``compare_events`` applies the formulas to many events' lone articles at once (statistics an
    article lacks are zeros among the others'); every event's rows are what comparing it alone
    gives, in one table or in one table per event."""
    import pandas as pd

    from framing.compare import stats

    docs, _ = news_weekend()
    with Store(tmp_path / "m.duckdb") as store:
        store.ingest(docs)
        corpus = StoredCorpus(store)
        corpus.find_events(EventOptions())
        features = corpus.feature_names(("tone.", "hedge.", "readability.", "frame.", "sourcing."))
        events = [(name, groups) for name, _, groups in corpus.event_groups(features)]
    alone = pd.concat(
        [stats.compare_groups(groups, features, resamples=30).assign(event=name) for name, groups in events],
        ignore_index=True,
    )
    lone = [group.lone for _, groups in events for group in groups.values() if group.lone is not None]
    assert len(lone) > 3 and len({tuple(table.names) for table in lone}) > 1  # different statistics
    for per_batch in (1, 2_000_000):
        monkeypatch.setattr(stats, "SAMPLE_CELLS_PER_BATCH", per_batch)
        tables = list(stats.compare_events(events, features, resamples=30))
        assert len(tables) == (len(events) if per_batch == 1 else 1)
        together = pd.concat(tables, ignore_index=True)
        pd.testing.assert_frame_equal(
            together[alone.columns], alone, check_dtype=False, check_categorical=False
        )
        assert (together.method == "sentences").any() and together.low.notna().any()


@pytest.mark.parametrize(
    ("per_batch", "per_task", "workers"), [(1, 1, "1"), (1, 3, "2"), (60, 2, "2"), (2_000_000, 5, "1")]
)
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_compare_rows_written_in_parts_are_one_table(
    demo_db, capsys, monkeypatch, fmt, per_batch, per_task, workers
):
    """CSV and JSON of every event's measures are computed some events at a time (SAMPLE_CELLS_PER_BATCH:
    one event, one event's outlets, all), COMPARED_BATCHES_PER_TASK batches a task, each task's rows
    written as a part file where it ran (here or in a worker); the parts join into the one table
    pandas writes for all rows (also when a part is empty), the same whatever the parts."""
    import io

    import pandas as pd

    from framing import parallel
    from framing.compare import measure_rows, stats

    argv = ["compare", "--features", "tone.mean", "--resamples", "20", "--format", fmt, "--db", str(demo_db)]
    monkeypatch.setattr(stats, "SAMPLE_CELLS_PER_BATCH", per_batch)
    monkeypatch.setattr(parallel, "COMPARED_BATCHES_PER_TASK", per_task)
    text = _output(capsys, [*argv, "--workers", workers])
    monkeypatch.setattr(stats, "SAMPLE_CELLS_PER_BATCH", 2_000_000)
    monkeypatch.setattr(parallel, "COMPARED_BATCHES_PER_TASK", 5)
    assert text == _output(capsys, [*argv, "--workers", "1"])
    table = pd.read_csv(io.StringIO(text)) if fmt == "csv" else pd.DataFrame(json.loads(text))
    assert list(table.columns) == measure_rows.WRITTEN_COLUMNS
    assert sorted(set(table.event)) == [XI_PUTIN, RAPPROCHEMENT] and len(table) == 5
    if fmt == "csv":
        assert text == table.to_csv(index=False)
    else:
        assert text == table.to_json(orient="records", force_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_compare_on_two_worker_processes_writes_what_one_process_writes(demo_db, capsys, monkeypatch, fmt):
    """With one event per batch, ``--workers 2`` compares the two stored events in two forked
    processes: the same text, number for number and event by event, as one process; every event
    keeps its header in the table format."""
    from framing import parallel
    from framing.compare import stats

    calls = []
    monkeypatch.setattr(stats, "SAMPLE_CELLS_PER_BATCH", 1)
    monkeypatch.setattr(parallel, "COMPARED_BATCHES_PER_TASK", 1)  # one event a task: two tasks
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", _Counted(parallel.ProcessPoolExecutor, calls))
    argv = [
        "compare",
        "--features",
        "tone.,hedge.",
        "--resamples",
        "30",
        "--format",
        fmt,
        "--db",
        str(demo_db),
    ]
    alone = _output(capsys, [*argv, "--workers", "1"])
    assert not calls
    assert _output(capsys, [*argv, "--workers", "2"]) == alone
    assert calls == [2]
    assert XI_PUTIN in alone and RAPPROCHEMENT in alone and len(alone.splitlines()) > 20
    if fmt == "table":
        assert alone.count("== ") == 2


def _die(*_arguments):
    os._exit(1)


def test_a_compare_worker_that_dies_ends_in_one_line_and_no_file(demo_db, tmp_path, capsys, monkeypatch):
    """A worker process that ends mid-run (here: exits at once; in life killed or out of memory)
    gives one line that says so, exit code 2, and no half-written output."""
    from framing import parallel
    from framing.compare import stats

    monkeypatch.setattr(stats, "SAMPLE_CELLS_PER_BATCH", 1)
    monkeypatch.setattr(parallel, "COMPARED_BATCHES_PER_TASK", 1)  # one event a task: two tasks
    monkeypatch.setattr(parallel, "_compared_task", _die)
    output = tmp_path / "rows.csv"
    argv = ["compare", "--db", str(demo_db), "--workers", "2", "--format", "csv", "-o", str(output)]
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "worker process ended unexpectedly" in error
    assert not output.exists() and not list(tmp_path.iterdir())


class _Counted:
    """A pool class that records each pool's worker count."""

    def __init__(self, pool, calls):
        self.pool, self.calls = pool, calls

    def __call__(self, workers, **options):
        self.calls.append(workers)
        return self.pool(workers, **options)


@pytest.mark.parametrize("command", ["report", "coverage"])
def test_a_whole_corpus_report_of_too_many_events_asks_for_one_event(demo_db, capsys, monkeypatch, command):
    """Above EVENTS_AT_ONCE stored events, report and coverage without --event end with one line
    naming the count and --event; with --event they run."""
    from framing import cli

    monkeypatch.setattr(cli, "EVENTS_AT_ONCE", 1)
    output = ["-o", "/dev/null"] if command == "report" else []
    assert main([command, "--db", str(demo_db), *output]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "holds 2 events" in error and "--event NAME" in error
    assert main([command, "--db", str(demo_db), "--event", XI_PUTIN, *output]) == 0


def test_the_sparse_path_groups_the_store_as_the_files(tmp_path, monkeypatch):
    """Above DENSE_MAX (here 10) the store's word sums are read a batch at a time in no order into
    their rows' places, the term vectors freed before the linkage: the events are those found
    from the files on the same path, story by story."""
    monkeypatch.setattr(events_module, "DENSE_MAX", 10)
    monkeypatch.setattr(events_module, "GRAPH_CHUNK", 16)
    monkeypatch.setattr(stored_module, "READ_BATCH", 500)
    docs, stories = news_weekend()
    by_story: dict[str, set[str]] = {}
    for doc, story in zip(docs, stories, strict=True):
        by_story.setdefault(story, set()).add(doc.article.id)
    docs.sort(key=lambda doc: doc.article.id)
    with Store(tmp_path / "w.duckdb") as store:
        store.ingest(docs)
        assert store.con.execute("SELECT count(*) FROM lemmas").fetchall()[0][0] > 4 * 500
        corpus = StoredCorpus(store)
        corpus.find_events(EventOptions())
        stored = {name: event.id for name, event in corpus.events().items()}
    expected = assign_events(copy.deepcopy(docs))
    assert stored == {name: members_id(d.article.id for d in members) for name, members in expected.items()}
    whole = {frozenset(d.article.id for d in members) for members in expected.values()}
    assert sum(ids in whole for story, ids in by_story.items() if story) >= 7  # of nine stories


def test_compare_reads_the_store_with_duckdbs_smaller_measures_share(demo_db, capsys, monkeypatch):
    """Comparing measures lowers DuckDB's share of the memory to MEASURES_MEMORY_LIMIT once the events
    are stored (its one large query spills beyond it); the store says so when asked."""
    from framing import stored as stored_module
    from framing.store import Store

    limits = []
    original = Store.limit_memory

    def noted(self, limit):
        original(self, limit)
        limits.append(self.con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0])

    monkeypatch.setattr(Store, "limit_memory", noted)
    _output(capsys, ["compare", "--features", "tone.mean", "--resamples", "20", "--db", str(demo_db)])
    assert stored_module.MEASURES_MEMORY_LIMIT == "150MB"
    assert limits == ["143.0 MiB"]
