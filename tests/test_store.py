"""The DuckDB corpus store: idempotent, atomic per batch, refuses foreign files, exports, re-analysis."""

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from framing import parallel
from framing.classify import train
from framing.cli import main
from framing.errors import FramingError, StoreError
from framing.ingest import RawDocument
from framing.measures import readability
from framing.pipeline import AnalysisOptions, analyze_documents, demo_documents
from framing.store import HEADER_BYTES, SCHEMA_VERSION, Store
from tests.synthetic import article, planted_corpus


@pytest.fixture(scope="module")
def demo_docs():
    return analyze_documents(demo_documents()).docs


def test_ingest_is_idempotent_and_keeps_the_evidence(tmp_path, demo_docs):
    with Store(tmp_path / "c.duckdb") as store:
        assert store.ingest(demo_docs) == {"new": 5, "already stored": 0}
        assert store.ingest(demo_docs) == {"new": 0, "already stored": 5}
        articles = store.articles()
        assert sorted(articles.outlet) == sorted(d.article.outlet for d in demo_docs)
        dump = store.dump()
        assert len(dump["removed"]) == sum(len(d.article.removed) for d in demo_docs)
        assert len(dump["spans"]) == sum(len(d.spans) for d in demo_docs)
        assert len(dump["quotes"]) == sum(len(d.quotes) for d in demo_docs)
        wide = store.features_wide()
        afp = next(d for d in demo_docs if d.article.outlet == "AFP")
        assert wide.loc[afp.article.id, "sourcing.direct"] == afp.features["sourcing.direct"]


def test_provenance_and_reader_metadata_come_back_from_the_store_as_they_went_in(tmp_path, demo_docs):
    with Store(tmp_path / "c.duckdb") as store:
        store.ingest(demo_docs)
        stored = {article.id: article for article in store.stored_docs()}
    afp = next(d.article for d in demo_docs if d.article.outlet == "AFP")
    back = stored[afp.id]
    assert back.provenance == afp.provenance and back.provenance.credits == ["AFP"]
    assert back.provenance.outlet_id == "afp" and back.provenance.outlet_method == "metadata"
    assert back.metadata == {"format": "text", "encoding": "utf-8"}  # the reader's, nothing else


def test_foreign_files_are_refused_and_left_unchanged(tmp_path):
    text_file = tmp_path / "notes.duckdb"
    text_file.write_text("Einkaufsliste: Brot, Milch")
    with pytest.raises(FramingError, match="not a DuckDB database file; refusing to overwrite it"):
        Store(text_file)
    assert text_file.read_text() == "Einkaufsliste: Brot, Milch"
    other = tmp_path / "other.duckdb"
    connection = duckdb.connect(str(other))
    connection.execute("CREATE TABLE kunden (name VARCHAR)")
    connection.close()
    before = other.read_bytes()
    with pytest.raises(FramingError, match=r"without framing's tables \(kunden\)"):
        Store(other)
    assert other.read_bytes() == before


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_exports_round_trip(tmp_path, demo_docs, fmt):
    with Store(tmp_path / "c.duckdb") as store:
        store.ingest(demo_docs)
        rows = store.export("features", fmt, tmp_path / f"features.{fmt}")
    reader = {"csv": pd.read_csv, "parquet": pd.read_parquet, "json": lambda p: pd.read_json(p, lines=True)}[
        fmt
    ]
    assert len(reader(tmp_path / f"features.{fmt}")) == rows == sum(len(d.features) for d in demo_docs)
    with Store(tmp_path / "c.duckdb") as store, pytest.raises(FramingError, match="unknown table"):
        store.export("geheim", fmt, tmp_path / "x")


def test_reanalysis_updates_features_without_touching_articles(tmp_path, demo_docs, monkeypatch):
    with Store(tmp_path / "c.duckdb") as store:
        store.ingest(demo_docs)
        articles_before = store.dump()["articles"]
        monkeypatch.setattr(readability, "LONG_SENTENCE_WORDS", 10)  # a changed rule
        assert store.reanalyze() == 5
        after = store.dump()
        assert after["articles"] == articles_before
        long_sentences = [
            row for row in after["spans"] if row[3] == "readability" and row[4] == "long_sentence"
        ]
        before_count = sum(1 for d in demo_docs for s in d.spans if s.label == "long_sentence")
        assert len(long_sentences) > before_count


@pytest.mark.parametrize("workers", [1, 2])
def test_killed_ingest_resumes_to_the_same_database(tmp_path, workers):
    rng = random.Random(5)
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for index in range(120):
            text = f"Meldung {index}. " + article(rng, rng.choice(["Krieg", "Angriffskrieg", "Konflikt"]))
            handle.write(
                json.dumps({"text": text, "outlet": rng.choice(["AFP", "dpa"])}, ensure_ascii=False) + "\n"
            )
    command = [sys.executable, "-m", "framing.cli", "ingest", str(corpus), "--batch-size", "20"]
    command += ["--workers", str(workers), "--db"]
    killed = tmp_path / "killed.duckdb"
    forced = {**os.environ, "FRAMING_PROGRESS": "1"}  # batch progress lines on a pipe
    process = subprocess.Popen([*command, str(killed)], stderr=subprocess.PIPE, text=True, env=forced)
    for line in process.stderr:
        if "batch 2 stored" in line:
            workers_alive = _children(process.pid)
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert len(workers_alive) == (workers if workers > 1 else 0)
    deadline = time.monotonic() + 10  # the workers notice their writer is gone and end
    while any(Path(f"/proc/{pid}").exists() for pid in workers_alive) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers_alive)
    subprocess.run([*command, str(killed)], check=True, capture_output=True)
    clean = tmp_path / "clean.duckdb"
    subprocess.run([*command, str(clean)], check=True, capture_output=True)
    with Store(killed) as first, Store(clean) as second:
        first_dump, second_dump = first.dump(), second.dump()
    assert len(first_dump["articles"]) == 120
    assert first_dump == second_dump


def _children(pid: int) -> list[int]:
    """The process ids whose parent is ``pid`` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_an_older_schema_is_migrated_and_a_newer_one_refused(tmp_path, demo_docs):
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store.ingest(demo_docs[:2])
    connection = duckdb.connect(str(path))  # what a schema-1 database (before predictions) looks like
    connection.execute("DROP TABLE predictions")
    connection.execute("UPDATE framing_meta SET value = '1' WHERE key = 'schema_version'")
    connection.close()
    with Store(path) as store:
        assert len(store.articles()) == 2
        assert store.predictions().empty
        version = store.con.execute("SELECT value FROM framing_meta WHERE key = 'schema_version'").fetchall()
        assert version == [(str(SCHEMA_VERSION),)]
    connection = duckdb.connect(str(path))
    connection.execute("UPDATE framing_meta SET value = '99' WHERE key = 'schema_version'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(FramingError, match=f"schema version 99, this framing uses {SCHEMA_VERSION}"):
        Store(path)
    assert path.read_bytes() == before


def _outlet_model(path, swap=False):
    docs = planted_corpus(per_outlet=10)
    labels = [d.article.outlet for d in docs]
    if swap:
        labels = [{"Alpha": "Beta", "Beta": "Alpha"}[label] for label in labels]
    train(docs, labels, kind="ngrams").save(path)


def test_classify_apply_stores_predictions_once_per_article_and_model(tmp_path, capsys):
    rng = random.Random(3)
    corpus = tmp_path / "neu.jsonl"
    words = ["Angriffskrieg", "Angriffskrieg", "Offensive", "Offensive"]
    corpus.write_text(
        "".join(json.dumps({"text": article(rng, w)}, ensure_ascii=False) + "\n" for w in words),
        encoding="utf-8",
    )
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    _outlet_model(tmp_path / "a" / "outlet.model")
    _outlet_model(tmp_path / "b" / "outlet.model", swap=True)  # same name, opposite labels
    db = tmp_path / "c.duckdb"
    apply = ["classify", "apply", str(corpus), "--db", str(db), "--model"]

    assert main([*apply, str(tmp_path / "a" / "outlet.model")]) == 0
    assert capsys.readouterr().out == f"{db}: 4 predictions of model 'outlet.model' stored\n"
    with Store(db) as store:
        first = store.predictions()
    assert list(first.columns) == ["article_id", "model", "source", "label", "probability", "created_at"]
    by_text = dict(zip(first.article_id, first.label, strict=True))
    assert main(["ingest", str(corpus), "--db", str(db)]) == 0  # the ids are the articles' content hashes
    with Store(db) as store:
        articles = store.articles().set_index("id")
    assert {article_id: articles.text[article_id].count("Angriffskrieg") > 0 for article_id in by_text} == {
        article_id: label == "Alpha" for article_id, label in by_text.items()
    }
    assert (first.probability > 0.5).all() and (first.probability <= 1).all()

    assert main([*apply, str(tmp_path / "b" / "outlet.model")]) == 0  # re-applying replaces
    assert main([*apply, str(tmp_path / "a" / "outlet.model"), "--model-name", "zweites"]) == 0
    with Store(db) as store:
        stored = store.predictions()
    assert len(stored) == 8
    replaced = stored[stored.model == "outlet.model"].set_index("article_id").label
    assert all(replaced[a] != label for a, label in by_text.items())
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--table", "predictions", "-o", str(tmp_path / "p.csv")]) == 0
    assert capsys.readouterr().out.startswith("exported 8 rows of predictions")
    assert sorted(pd.read_csv(tmp_path / "p.csv").model.unique()) == ["outlet.model", "zweites"]


def test_a_schema_2_database_gains_the_quotes_source_type_and_party(tmp_path, demo_docs):
    path = tmp_path / "d.duckdb"
    with Store(path) as store:
        store.ingest(demo_docs[:1])
    connection = duckdb.connect(str(path))  # what a schema-2 database (before source types) looks like
    connection.execute("ALTER TABLE quotes DROP COLUMN source_type")
    connection.execute("ALTER TABLE quotes DROP COLUMN party")
    connection.execute("UPDATE framing_meta SET value = '2' WHERE key = 'schema_version'")
    connection.close()
    with Store(path) as store:
        store.ingest(demo_docs[1:2])
        rows = store.con.execute("SELECT source_type FROM quotes WHERE source_type IS NOT NULL").fetchall()
    assert {row[0] for row in rows} >= {"government"}


@pytest.fixture(scope="module")
def stored(tmp_path_factory, demo_docs):
    """A healthy store of the demo corpus, as bytes, and its block layout."""
    path = tmp_path_factory.mktemp("stored") / "c.duckdb"
    with Store(path) as store:
        store.ingest(demo_docs)
    connection = duckdb.connect(str(path), read_only=True)  # the layout on disk, as written at closing
    block_size, blocks = connection.execute(
        "SELECT block_size, total_blocks FROM pragma_database_size()"
    ).fetchone()
    spans_block = connection.execute(
        "SELECT min(block_id) FROM pragma_storage_info('spans') WHERE block_id >= 0"
    ).fetchone()[0]
    connection.close()
    return path.read_bytes(), block_size, blocks, spans_block


def _damaged(data: bytes, damage: str, block_size: int, spans_block: int) -> bytes:
    """``data`` cut to a share of its size ("cut 50"), or with 4 KiB of garbage inside the block
    holding the spans ("garbage")."""
    if damage.startswith("cut"):
        return data[: len(data) * int(damage.split()[1]) // 100]
    start = HEADER_BYTES + spans_block * block_size + 512
    return data[:start] + random.Random(7).randbytes(4096) + data[start + 4096 :]


DAMAGED_ENDING = "; restore it from a backup or delete it to start afresh\n"


@pytest.mark.parametrize("damage", ["cut 10", "cut 50", "cut 90", "garbage"])
@pytest.mark.parametrize(
    "command",
    [["ingest"], ["ingest", "--reanalyze"], ["export", "--table", "spans", "-o", "out.csv"]],
    ids=["ingest", "reanalyze", "export"],
)
def test_a_damaged_database_is_one_clear_line_and_nothing_reports_success(
    tmp_path, capsys, stored, damage, command
):
    data, block_size, _, spans_block = stored
    db = tmp_path / "c.duckdb"
    db.write_bytes(_damaged(data, damage, block_size, spans_block))
    before = db.read_bytes()
    command = [part.replace("out.csv", str(tmp_path / "out.csv")) for part in command]
    assert main([*command, "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    assert out == ""  # neither "… new, … already stored" nor "exported … rows"
    assert err.startswith(f"framing: error: the database file {db} is damaged (")
    assert err.endswith(DAMAGED_ENDING) and err.count("\n") == 1
    if damage in ("cut 50", "cut 90"):  # DuckDB opens these: the size check finds them
        assert f"(cut off: {len(before):,} bytes where its blocks need {len(data):,})" in err
    elif damage == "garbage":
        assert "(Corrupt database file: computed checksum" in err
    assert db.read_bytes() == before
    assert not (tmp_path / "out.csv").exists()


def test_garbage_in_any_block_is_found_when_the_store_opens(tmp_path, stored):
    """Data and key-index blocks alike (an index block is read only when the index is used). The
    garbage lands just after each block's checksum, where every block holds data."""
    data, block_size, blocks, _ = stored
    db = tmp_path / "c.duckdb"
    for block in range(blocks):
        start = HEADER_BYTES + block * block_size + 16
        db.write_bytes(data[:start] + bytes(range(256)) + data[start + 256 :])
        with pytest.raises(StoreError) as raised:
            Store(db)
        assert str(raised.value).startswith(
            f"the database file {db} is damaged (Corrupt database file: computed checksum"
        ), block


def test_classify_apply_refuses_a_damaged_database_before_storing(tmp_path, capsys, stored):
    data, *_ = stored
    db = tmp_path / "c.duckdb"
    db.write_bytes(data[: len(data) // 2])
    _outlet_model(tmp_path / "outlet.model")
    corpus = tmp_path / "neu.jsonl"
    corpus.write_text(json.dumps({"text": article(random.Random(4), "Angriffskrieg")}) + "\n")
    assert (
        main(["classify", "apply", str(corpus), "--db", str(db), "--model", str(tmp_path / "outlet.model")])
        == 2
    )
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"framing: error: the database file {db} is damaged "
        f"(cut off: {len(data) // 2:,} bytes where its blocks need {len(data):,}){DAMAGED_ENDING}"
    )


def test_a_missing_folder_as_database_is_one_clear_line(tmp_path, capsys):
    missing = tmp_path / "fehlt" / "c.duckdb"
    assert main(["ingest", "--db", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"framing: error: {missing}: database error: IO Error: Cannot open file")
    assert err.endswith(": No such file or directory\n") and err.count("\n") == 1


def test_a_database_in_use_by_another_program_is_named_as_such(tmp_path, capsys, stored):
    db = tmp_path / "c.duckdb"
    db.write_bytes(stored[0])
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, sys; c = duckdb.connect({str(db)!r}); print(1); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "1\n"
        assert main(["export", "--db", str(db), "--table", "articles", "-o", str(tmp_path / "a.csv")]) == 2
    finally:
        holder.communicate("")
    err = capsys.readouterr().err
    assert err.startswith(f"framing: error: the database file {db} is in use by another program: ")
    assert "Could not set lock on file" in err and err.count("\n") == 1


def test_two_workers_store_what_one_stores(tmp_path):
    """The same rows in the same order, whichever process analysed them; a repeated article once."""
    rng = random.Random(7)
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps(
            {"text": f"Meldung {i}. " + article(rng, "Angriffskrieg"), "outlet": "dpa"}, ensure_ascii=False
        )
        for i in range(12)
    ]
    corpus.write_text("\n".join([*lines, lines[3]]) + "\n", encoding="utf-8")
    dumps, outputs = [], []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        command = [sys.executable, "-m", "framing.cli", "ingest", str(corpus), "--batch-size", "5"]
        result = subprocess.run(
            [*command, "--workers", str(workers), "--db", str(db)], check=True, capture_output=True, text=True
        )
        outputs.append(result.stdout.split(": ", 1)[1])
        with Store(db) as store:
            dumps.append(store.dump())
    assert outputs == ["12 new, 1 already stored, 0 skipped\n"] * 2
    assert len(dumps[0]["articles"]) == 12 and dumps[0] == dumps[1]


def test_row_batches_join_in_order_and_keep_a_repeated_article_once(demo_docs):
    """Workers analyse small chunks; the writer joins them into one stored batch."""
    from framing.store import RowBatch

    first, second = RowBatch.of(demo_docs[:3]), RowBatch.of([demo_docs[2], demo_docs[3], demo_docs[3]])
    joined = RowBatch.joined([first, second])
    assert joined.ids == [d.article.id for d in demo_docs[:4]]
    assert joined.duplicates == 2  # demo_docs[3] twice in the second part, demo_docs[2] in both
    assert joined.frames["articles"]["id"].tolist() == joined.ids
    assert set(joined.frames["spans"]["article_id"]) == set(joined.ids)
    assert len(joined.frames["features"]) == sum(len(d.features) for d in demo_docs[:4])


class _CountingExecutor(ThreadPoolExecutor):
    """A two-thread executor counting the chunks handed out whose rows the writer has not taken."""

    def __init__(self) -> None:
        super().__init__(2)
        self.lock = threading.Lock()
        self.waiting = 0
        self.most = 0

    def submit(self, fn, /, *args, **kwargs):
        future = super().submit(fn, *args, **kwargs)
        with self.lock:
            self.waiting += 1
            self.most = max(self.most, self.waiting)
        result = future.result

        def taken(timeout=None):
            with self.lock:
                self.waiting -= 1
            return result(timeout)

        future.result = taken
        return future


def test_the_writer_never_has_more_chunks_in_flight_than_its_window(monkeypatch):
    """However long the input, at most IN_FLIGHT_PER_WORKER chunks per worker are analysed and not
    yet stored (backpressure: the next chunk is handed out when the writer takes one), and the
    batches still come in input order."""
    monkeypatch.setattr(parallel, "WORKER_CHUNK", 1)
    rng = random.Random(3)
    documents = [
        RawDocument(source=f"m{index}", text=f"Meldung {index}. " + article(rng, "Krieg"), outlet="dpa")
        for index in range(30)
    ]
    executor = _CountingExecutor()
    with executor:
        batches = list(parallel.analysed_batches(documents, AnalysisOptions(), 4, 2, [], executor))
    window = 2 * parallel.IN_FLIGHT_PER_WORKER
    assert executor.most == window  # reached, never passed
    assert executor.waiting == 0
    assert [len(batch.ids) for batch in batches] == [4] * 7 + [2]
    sources = [source for batch in batches for source in batch.frames["articles"]["source"]]
    assert sources == [f"m{index}" for index in range(30)]


def test_worker_processes_draw_the_input_as_they_go(monkeypatch):
    """With local worker processes, ingest and compare take their input as the workers need it
    (at most the window in flight plus the first two pieces), not all of it before the first result:
    memory stays bounded however long the corpus is."""
    import numpy as np

    from framing.compare import stats

    drawn = []

    def counted(items):
        for item in items:
            drawn.append(item)
            yield item

    monkeypatch.setattr(parallel, "WORKER_CHUNK", 1)
    rng = random.Random(5)
    documents = [
        RawDocument(source=f"m{index}", text=f"Meldung {index}. " + article(rng, "Krieg"), outlet="dpa")
        for index in range(40)
    ]
    batches = parallel.analysed_batches(counted(documents), AnalysisOptions(), 1, 2, [])
    assert next(batches).frames["articles"]["source"].tolist() == ["m0"]
    assert len(drawn) <= 2 * parallel.IN_FLIGHT_PER_WORKER + 2
    batches.close()

    drawn.clear()
    monkeypatch.setattr(stats, "SAMPLE_CELLS_PER_BATCH", 1)  # one event a batch
    monkeypatch.setattr(parallel, "COMPARED_BATCHES_PER_TASK", 1)  # one batch a task
    values = np.random.default_rng(1).random((3, 2))
    events = [
        (f"event {n}", {"A": stats.OutletArticles(values), "B": stats.OutletArticles(values + n)})
        for n in range(40)
    ]
    with parallel.comparing_pool(2) as pool:
        tables = parallel.compared_batches(counted(events), ["x", "y"], 20, pool, 2)
        names, table = next(tables)
        assert names == ["event 0"] and set(table.event) == {"event 0"} and len(table) == 4
        assert len(drawn) <= 2 * parallel.COMPARED_IN_FLIGHT_PER_WORKER + 2
        assert [names for names, _ in tables] == [[f"event {n}"] for n in range(1, 40)]
