"""The DuckDB corpus store: idempotent, atomic per batch, refuses foreign files, exports, re-analysis."""

import json
import os
import random
import signal
import subprocess
import sys

import duckdb
import pandas as pd
import pytest

from framing.errors import FramingError
from framing.measures import readability
from framing.pipeline import analyze_documents, demo_documents
from framing.store import Store
from tests.synthetic import article


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


def test_killed_ingest_resumes_to_the_same_database(tmp_path):
    rng = random.Random(5)
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for index in range(120):
            text = f"Meldung {index}. " + article(rng, rng.choice(["Krieg", "Angriffskrieg", "Konflikt"]))
            handle.write(
                json.dumps({"text": text, "outlet": rng.choice(["AFP", "dpa"])}, ensure_ascii=False) + "\n"
            )
    command = [sys.executable, "-m", "framing.cli", "ingest", str(corpus), "--batch-size", "20", "--db"]
    killed = tmp_path / "killed.duckdb"
    forced = {**os.environ, "FRAMING_PROGRESS": "1"}  # batch progress lines on a pipe
    process = subprocess.Popen([*command, str(killed)], stderr=subprocess.PIPE, text=True, env=forced)
    for line in process.stderr:
        if "batch 2 stored" in line:
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL
    subprocess.run([*command, str(killed)], check=True, capture_output=True)
    clean = tmp_path / "clean.duckdb"
    subprocess.run([*command, str(clean)], check=True, capture_output=True)
    with Store(killed) as first, Store(clean) as second:
        first_dump, second_dump = first.dump(), second.dump()
    assert len(first_dump["articles"]) == 120
    assert first_dump == second_dump
