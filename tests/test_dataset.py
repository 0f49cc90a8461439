"""The corpus as a Parquet dataset folder, written by an ingest on a Dask cluster (framing.dataset,
framing.cluster): the same rows as the DuckDB store, read back through the same Store methods."""

import contextlib
import importlib.util
import io
import json
import random
import sys

import pandas as pd
import pytest

from framing import cluster, dataset
from framing.cli import main
from framing.dataset import Dataset, partition
from framing.errors import FramingError, StoreError
from framing.pipeline import analyze_documents, demo_documents
from framing.store import Store
from tests.synthetic import article

needs_dask = pytest.mark.skipif(
    importlib.util.find_spec("distributed") is None, reason='needs the dask extra: pip install -e ".[dask]"'
)

SUMMARY = "60 new, 1 already stored, 1 skipped\n"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """60 German articles of three outlets (one without outlet or date), a repeated line and a broken
    one, ingested once on a LocalCluster of 2 worker processes (`--dask local --workers 2`) into a
    dataset folder and once in this process into a DuckDB file."""
    folder = tmp_path_factory.mktemp("dask")
    rng = random.Random(7)
    rows = [
        {
            "text": f"Meldung {i}. " + article(rng, ("Angriffskrieg", "Offensive")[i % 2]),
            **[{"outlet": "dpa", "date": "2024-04-02"}, {"outlet": "taz/Berlin", "date": "2024-05"}, {}][
                i % 3
            ],
        }
        for i in range(60)
    ]
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    corpus = folder / "korpus.jsonl"
    corpus.write_text("\n".join([*lines, lines[4], "{kaputt"]) + "\n", encoding="utf-8")
    outputs = {}
    for name, options in (
        ("corpus", ["--dask", "local", "--workers", "2"]),
        ("one.duckdb", ["--workers", "1"]),
    ):
        outputs[name] = _run(["ingest", str(corpus), *options, "--db", str(folder / name)])
    return folder, corpus, outputs


def _run(argv: list[str]) -> str:
    """``framing ARGV`` in this process; its stdout (exit code 0 asserted)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(argv) == 0
    return out.getvalue()


@needs_dask
def test_a_dask_ingest_stores_what_a_single_process_ingest_stores(ingested):
    folder, _, outputs = ingested
    skipped = f"  skipped {folder / 'korpus.jsonl'} line 62: malformed JSON: Expecting property name"
    assert outputs["corpus"].startswith(f"{folder / 'corpus'}: {SUMMARY}{skipped}")
    assert outputs["one.duckdb"].split(": ", 1)[1].startswith(SUMMARY)
    with Store(folder / "corpus") as parquet, Store(folder / "one.duckdb") as duck:
        assert isinstance(parquet, Dataset)
        for table in ("features", "spans", "articles"):
            assert _sorted(parquet.con.execute(f"SELECT * FROM {table}").df(), table).equals(
                _sorted(duck.con.execute(f"SELECT * FROM {table}").df(), table)
            )
        assert parquet.dump() == duck.dump()  # every table, row for row
        wide = parquet.features_wide()
        assert len(wide) == 60 and wide.equals(duck.features_wide())
        wording = parquet.con.execute(
            "SELECT label, count(DISTINCT article_id), count(*) FROM spans WHERE layer = 'wording' "
            "GROUP BY label ORDER BY label"
        ).fetchall()
    assert wording == [("war_ukraine:Angriffskrieg", 30, 60), ("war_ukraine:Offensive", 30, 60)]


def _sorted(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    if table == "articles":
        frame = frame.drop(columns="analysed_at")
    return frame.sort_values(list(frame.columns)).reset_index(drop=True).astype(object)


@needs_dask
def test_the_dataset_is_partitioned_by_outlet_and_month_and_stamped(ingested):
    root = ingested[0] / "corpus"
    folders = sorted(
        p.parent.relative_to(root / "articles").as_posix() for p in root.glob("articles/**/*.parquet")
    )
    assert folders == [
        "outlet=dpa/month=2024-04",
        "outlet=taz%2FBerlin/month=2024-05",
        "outlet=unknown/month=unknown",
    ]
    assert (
        partition("Süddeutsche Zeitung", "2024-04-02T10:00")
        == "outlet=S%C3%BCddeutsche Zeitung/month=2024-04"
    )
    meta = json.loads((root / "_meta.json").read_text())
    assert meta["versions"] == [dataset.data_versions()]
    assert meta["versions"][0]["framing_version"] == dataset.__version__
    assert {"lexicons/polarity_news_de", "lexicons/emotive_de", "registries/outlets"} <= set(
        meta["versions"][0]["data"]
    )
    with Store(root) as store:
        stamps = store.con.execute(
            "SELECT DISTINCT decode(key), decode(value) "
            f"FROM parquet_kv_metadata('{root}/spans/**/*.parquet') WHERE decode(key) = 'framing_version'"
        ).fetchall()
        outlets = store.con.execute("SELECT DISTINCT outlet FROM articles ORDER BY 1").fetchall()
    assert stamps == [("framing_version", dataset.__version__)]
    assert outlets == [("dpa",), ("taz/Berlin",), (None,)]  # the article's own outlet, not the folder's name


@needs_dask
def test_a_rerun_on_a_cluster_adds_nothing_and_export_reads_the_folder(ingested, tmp_path):
    folder, corpus, _ = ingested
    root = folder / "corpus"
    files = sorted(root.rglob("*"))
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=False, dashboard_address=None) as local:  # threads, quicker
        output = _run(["ingest", str(corpus), "--dask", local.scheduler_address, "--db", str(root)])
    assert output.startswith(f"{root}: 0 new, 61 already stored, 1 skipped\n")
    assert sorted(root.rglob("*")) == files
    _run(["export", "--db", str(root), "--table", "features", "-o", str(tmp_path / "a.csv")])
    _run(["export", "--db", str(folder / "one.duckdb"), "--table", "features", "-o", str(tmp_path / "b.csv")])
    exported = [
        pd.read_csv(tmp_path / name).sort_values(["article_id", "name"]) for name in ("a.csv", "b.csv")
    ]
    assert len(exported[0]) == 60 * len(Store(root).features_wide().columns)
    assert exported[0].reset_index(drop=True).equals(exported[1].reset_index(drop=True))


def test_an_interrupted_commit_is_completed_and_an_unfinished_one_dropped(tmp_path, monkeypatch):
    docs = analyze_documents(demo_documents()).docs
    with Store(tmp_path / "whole.duckdb") as duck:
        duck.ingest(docs)
        expected = duck.dump()
    moves = []
    real_replace = dataset.os.replace

    def crash_on_third(source, target):
        moves.append(target)
        if len(moves) == 3:
            raise KeyboardInterrupt  # the process stopped while moving the batch's files into place
        real_replace(source, target)

    root = tmp_path / "corpus"
    monkeypatch.setattr(dataset.os, "replace", crash_on_third)
    with pytest.raises(KeyboardInterrupt), Dataset(root, create=True) as partial:
        partial.ingest(docs)
    monkeypatch.undo()
    unfinished = root / "_staging" / "0123" / "spans" / "outlet=AFP" / "month=2022-06" / "part-0123.parquet"
    unfinished.parent.mkdir(parents=True)
    unfinished.write_bytes(b"half a file")  # a batch stopped while writing: no completion marker
    with Dataset(root, create=True) as resumed:
        assert resumed.ingest(docs) == {"new": 0, "already stored": 5}
    assert not (root / "_staging").exists()
    with Store(root) as store:
        assert store.dump() == expected


@needs_dask
def test_a_dataset_is_read_only_for_reanalysis_and_predictions(ingested, capsys):
    root = ingested[0] / "corpus"
    with (
        Store(root) as store,
        pytest.raises(StoreError, match="is a Parquet dataset folder: articles can be"),
    ):
        store.reanalyze()
    assert main(["ingest", "--reanalyze", "--db", str(root)]) == 2
    assert "use a DuckDB file for that" in capsys.readouterr().err


def test_folders_that_are_not_datasets_are_refused(tmp_path, capsys):
    (tmp_path / "fotos").mkdir()
    (tmp_path / "fotos" / "urlaub.jpg").write_bytes(b"\xff\xd8")
    assert main(["ingest", "--db", str(tmp_path / "fotos")]) == 2
    assert capsys.readouterr().err == (
        f"framing: error: {tmp_path / 'fotos'}: a folder that is neither empty nor a framing Parquet "
        "dataset (no _meta.json); refusing to write into it\n"
    )
    (tmp_path / "leer").mkdir()
    assert main(["export", "--db", str(tmp_path / "leer"), "-o", str(tmp_path / "a.csv")]) == 2
    assert capsys.readouterr().err == (
        f"framing: error: {tmp_path / 'leer'}: a folder without _meta.json, not a framing Parquet dataset\n"
    )


@needs_dask
def test_without_dask_or_a_scheduler_the_message_says_what_to_do(tmp_path, monkeypatch, capsys):
    db = str(tmp_path / "corpus")
    assert main(["ingest", "--dask", "scheduler", "--db", db]) == 2
    assert capsys.readouterr().err == (
        "framing: error: --dask scheduler: cannot reach a Dask scheduler: "
        "missing port number in address 'scheduler'\n"
    )
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    assert main(["ingest", "--dask", "local", "--db", db]) == 2
    assert capsys.readouterr().err == (
        'framing: error: framing ingest --dask needs Dask: pip install -e ".[dask]" '
        '(or pip install "dask[distributed]")\n'
    )


def test_workers_of_another_version_are_refused():
    class Cluster:  # stands in for a Client whose one worker runs an older framing
        def nthreads(self):
            return {"tcp://10.0.0.7:40000": 4}

        def run(self, function):
            return {"tcp://10.0.0.7:40000": {**function(), "framing_version": "0.0.9"}}

    with pytest.raises(FramingError, match=r"worker tcp://10.0.0.7:40000 has framing 0.0.9 with other"):
        cluster._check_workers(Cluster(), "tcp://scheduler:8786")


def test_a_folder_filled_in_this_process_notes_articles_of_other_versions(tmp_path):
    root = tmp_path / "korpus"
    root.mkdir()  # an empty folder: a new dataset (without --dask, a new name is a DuckDB file)
    first = _run(["ingest", "--db", str(root), "--workers", "1"])  # the demo corpus, no cluster
    assert first == f"{root}: 5 new, 0 already stored, 0 skipped\n"
    meta = json.loads((root / "_meta.json").read_text())
    meta["versions"].insert(0, {**meta["versions"][0], "framing_version": "0.0.9"})
    (root / "_meta.json").write_text(json.dumps(meta))
    again = _run(["ingest", "--db", str(root), "--workers", "1"])
    assert again == (
        f"{root}: 0 new, 5 already stored, 0 skipped\n"
        f"  note: {root} also holds articles of other framing or data versions (see _meta.json)\n"
    )
    with Store(root) as store:
        assert sorted(store.articles()["outlet"]) == sorted(d.outlet for d in demo_documents())


def test_the_comparing_commands_read_a_dataset_as_they_read_the_duckdb_file(ingested, capsys):
    folder = ingested[0]
    root, duck = str(folder / "corpus"), str(folder / "one.duckdb")
    for argv in (["keyness"], ["compare", "--features", "tone."]):
        assert _run([*argv, "--db", root]) == _run([*argv, "--db", duck])
    events = json.loads(_run(["events", "--db", root, "--format", "json"]))
    assert events == json.loads(_run(["events", "--db", duck, "--format", "json"]))
    first = next(iter(events))
    assert main(["events", "--db", root, "--rename", first, "Neuer Name"]) == 2
    assert "a Parquet dataset's events are grouped afresh by each command" in capsys.readouterr().err
