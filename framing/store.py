"""The corpus store: an embedded DuckDB file with articles, removed boilerplate, sentences, spans,
quotes and features, so every stored number can be traced back to its words, and the predictions
of saved classifiers (``framing classify apply --db``), one per article and model.

Default file: ``framing.duckdb`` in the working directory, or ``$FRAMING_DB``; ``--db PATH`` on the
command line. Ingest is idempotent (an article whose content-hash id is stored is skipped) and
atomic per batch (one transaction: an interrupted ingest leaves whole batches only, and running it
again completes it to exactly what an uninterrupted run stores). ``reanalyze`` recomputes
sentences, spans, quotes and features from the stored text after a lexicon change, without
re-ingesting. A file that is not a DuckDB database, or a DuckDB database without framing's
tables or with a newer (or unknown) schema version, is refused and left untouched; a database of
an older schema version is migrated in one transaction (version 2 added ``predictions``,
version 3 the quotes' ``source_type`` and ``party``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

import duckdb
import pandas as pd

from . import __version__, spreadsheet
from .choices import ANALYSIS_TABLES, TABLES
from .errors import FramingError
from .measures import annotate_doc
from .model import Article, Doc
from .progress import Progress
from .segment import segment

SCHEMA_VERSION = 3
DUCKDB_MAGIC = b"DUCK"
PREDICTIONS = """
CREATE TABLE predictions (article_id VARCHAR, model VARCHAR, source VARCHAR, label VARCHAR,
    probability DOUBLE, created_at VARCHAR, PRIMARY KEY (article_id, model));
"""
QUOTE_SOURCES = """
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS source_type VARCHAR;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS party VARCHAR;
"""
MIGRATIONS = {1: PREDICTIONS, 2: QUOTE_SOURCES}  # from schema version N to N + 1
SCHEMA = (
    """
CREATE TABLE framing_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY, source VARCHAR, outlet VARCHAR, outlet_id VARCHAR, outlet_type VARCHAR,
    url VARCHAR, title VARCHAR, date VARCHAR, language VARCHAR, event VARCHAR, text VARCHAR,
    raw_text VARCHAR, metadata VARCHAR, warnings VARCHAR, analysed_at VARCHAR, framing_version VARCHAR);
CREATE TABLE removed (article_id VARCHAR, line INTEGER, reason VARCHAR, text VARCHAR);
CREATE TABLE sentences (article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, paragraph INTEGER);
CREATE TABLE spans (article_id VARCHAR, start INTEGER, "end" INTEGER, layer VARCHAR, label VARCHAR,
    score DOUBLE, attrs VARCHAR);
CREATE TABLE quotes (article_id VARCHAR, start INTEGER, "end" INTEGER, label VARCHAR, direct BOOLEAN,
    speaker VARCHAR, actor VARCHAR, camp VARCHAR, via VARCHAR, source_type VARCHAR, party VARCHAR);
CREATE TABLE features (article_id VARCHAR, name VARCHAR, value DOUBLE);
"""
    + PREDICTIONS
)


def default_path() -> Path:
    return Path(os.environ.get("FRAMING_DB", "framing.duckdb"))


class Store:
    """An open corpus database; use as a context manager."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self._check_file()
        try:
            self.con = duckdb.connect(str(self.path))
        except duckdb.Error as error:
            raise FramingError(f"{self.path}: cannot open the database: {error}") from error
        tables = {
            row[0] for row in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        if not tables:
            self.con.execute(SCHEMA)
            self.con.execute("INSERT INTO framing_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif "framing_meta" not in tables:
            self.con.close()
            raise FramingError(
                f"{self.path}: a DuckDB database without framing's tables "
                f"({', '.join(sorted(tables))}); refusing to modify it"
            )
        else:
            self._migrate()

    def _migrate(self) -> None:
        """Bring an older framing database up to ``SCHEMA_VERSION``; refuse unknown versions."""
        rows = self.con.execute("SELECT value FROM framing_meta WHERE key = 'schema_version'").fetchall()
        stored = rows[0][0] if rows else None
        version = int(stored) if stored and stored.isdigit() else None
        if version is None or not 1 <= version <= SCHEMA_VERSION:
            self.con.close()
            raise FramingError(f"{self.path}: schema version {stored}, this framing uses {SCHEMA_VERSION}")
        if version == SCHEMA_VERSION:
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            for step in range(version, SCHEMA_VERSION):
                self.con.execute(MIGRATIONS[step])
            self.con.execute(
                "UPDATE framing_meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)]
            )
            self.con.execute("COMMIT")
        except duckdb.Error as error:
            self.con.execute("ROLLBACK")
            self.con.close()
            raise FramingError(
                f"{self.path}: cannot migrate from schema version {version}: {error}"
            ) from error

    def _check_file(self) -> None:
        if not self.path.exists():
            return
        with self.path.open("rb") as handle:
            head = handle.read(16)
        if head[8:12] != DUCKDB_MAGIC:
            raise FramingError(f"{self.path}: not a DuckDB database file; refusing to overwrite it")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        frame = pd.DataFrame({"id": list(ids)})
        self.con.register("candidate_ids", frame)
        found = {
            row[0]
            for row in self.con.execute(
                "SELECT a.id FROM articles a JOIN candidate_ids c USING (id)"
            ).fetchall()
        }
        self.con.unregister("candidate_ids")
        return found

    def ingest(
        self, docs: Iterable[Doc], batch_size: int = 100, progress: Progress | None = None
    ) -> dict[str, int]:
        """Store new articles with all their analysis; returns counts of new and already stored.
        ``progress`` gets a status after each committed batch (it counts nothing itself)."""
        counts = {"new": 0, "already stored": 0}
        for number, batch in enumerate(_batches(docs, batch_size), 1):
            known = self.stored_ids(d.article.id for d in batch)
            fresh, seen = [], set()
            for doc in batch:
                if doc.article.id in known or doc.article.id in seen:
                    counts["already stored"] += 1
                else:
                    seen.add(doc.article.id)
                    fresh.append(doc)
            self._write(fresh, with_articles=True)
            counts["new"] += len(fresh)
            if progress:
                progress.update(
                    0,
                    f"batch {number} stored ({counts['new']} new, {counts['already stored']} already stored)",
                )
        return counts

    def _write(self, docs: list[Doc], with_articles: bool) -> None:
        if not docs:
            return
        frames = _frames(docs, with_articles)
        self.con.execute("BEGIN TRANSACTION")
        try:
            if not with_articles:
                ids = pd.DataFrame({"id": [d.article.id for d in docs]})
                self.con.register("changed_ids", ids)
                for table in ("sentences", "spans", "quotes", "features"):
                    self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM changed_ids)")
                self.con.unregister("changed_ids")
            for table, frame in frames.items():
                if len(frame):
                    self.con.register("batch_rows", frame)
                    self.con.execute(f"INSERT INTO {table} SELECT * FROM batch_rows")
                    self.con.unregister("batch_rows")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def save_predictions(self, model: str, rows: Iterable[tuple[str, str, str, float]]) -> int:
        """Store one model's predictions, (article id, source, label, probability) each, in one
        transaction; a model's earlier prediction for the same article is replaced. Returns the count."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        frame = pd.DataFrame(
            [(aid, model, source, label, float(p), now) for aid, source, label, p in rows],
            columns=["article_id", "model", "source", "label", "probability", "created_at"],
        ).drop_duplicates(["article_id", "model"], keep="last")
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.register("new_predictions", frame)
            self.con.execute(
                "DELETE FROM predictions WHERE model = ? AND article_id IN "
                "(SELECT article_id FROM new_predictions)",
                [model],
            )
            self.con.execute("INSERT INTO predictions SELECT * FROM new_predictions")
            self.con.unregister("new_predictions")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return len(frame)

    def predictions(self) -> pd.DataFrame:
        return self.con.execute("SELECT * FROM predictions ORDER BY model, article_id").df()

    def articles(self) -> pd.DataFrame:
        return self.con.execute("SELECT * EXCLUDE (raw_text) FROM articles ORDER BY id").df()

    def features_wide(self) -> pd.DataFrame:
        long = self.con.execute("SELECT article_id, name, value FROM features").df()
        return long.pivot_table(index="article_id", columns="name", values="value", fill_value=0.0)

    def stored_docs(self) -> Iterator[Article]:
        """Articles as stored (clean text, metadata), for re-analysis."""
        cursor = self.con.execute(
            "SELECT id, source, raw_text, text, title, outlet, url, date, language, event, metadata, "
            "warnings FROM articles ORDER BY id"
        )
        while rows := cursor.fetchmany(500):
            for row in rows:
                yield Article(
                    id=row[0],
                    source=row[1],
                    raw_text=row[2],
                    text=row[3],
                    title=row[4],
                    outlet=row[5],
                    url=row[6],
                    date=row[7],
                    language=row[8],
                    event=row[9],
                    metadata=json.loads(row[10]),
                    warnings=json.loads(row[11]),
                )

    def reanalyze(self, batch_size: int = 100) -> int:
        """Recompute sentences, spans, quotes and features from the stored texts; returns the count."""
        articles = list(self.stored_docs())
        for batch in _batches(articles, batch_size):
            self._write([annotate_doc(segment(article)) for article in batch], with_articles=False)
        return len(articles)

    def set_event(self, article_ids: Iterable[str], event: str) -> int:
        ids = list(article_ids)
        self.con.execute("UPDATE articles SET event = ? WHERE id IN (SELECT UNNEST(?))", [event, ids])
        return len(ids)

    def export(self, table: str, fmt: str, target: Path) -> int:
        """Write one table as CSV, JSON (newline-delimited) or Parquet; returns the row count."""
        if table not in TABLES:
            raise FramingError(f"unknown table {table!r}; tables: {', '.join(TABLES)}")
        options = {"csv": "FORMAT CSV, HEADER", "json": "FORMAT JSON", "parquet": "FORMAT PARQUET"}
        if fmt not in options:
            raise FramingError(f"unknown export format {fmt!r}; use csv, json or parquet")
        columns = "*"
        if fmt == "csv":  # texts a spreadsheet would run as formulas are neutralised
            described = self.con.execute(f"DESCRIBE {table}").fetchall()
            columns = ", ".join(
                f"{spreadsheet.sql_cell(quoted)} AS {quoted}" if kind == "VARCHAR" else quoted
                for name, kind, *_ in described
                for quoted in ['"' + name.replace('"', '""') + '"']
            )
        self.con.execute(f"COPY (SELECT {columns} FROM {table}) TO '{_sql_path(target)}' ({options[fmt]})")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]

    def dump(self) -> dict[str, list[tuple]]:
        """Every table's rows in a canonical order (for comparisons; analysis times left out)."""
        result = {}
        excluded = {"articles": "* EXCLUDE (analysed_at)", "predictions": "* EXCLUDE (created_at)"}
        for table in TABLES:
            columns = excluded.get(table, "*")
            result[table] = self.con.execute(f"SELECT {columns} FROM {table} ORDER BY ALL").fetchall()
        return result


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _frames(docs: list[Doc], with_articles: bool) -> dict[str, pd.DataFrame]:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    frames: dict[str, list] = {table: [] for table in ANALYSIS_TABLES}
    for doc in docs:
        article = doc.article
        aid = article.id
        if with_articles:
            meta = article.metadata
            frames["articles"].append(
                (
                    aid,
                    article.source,
                    article.outlet,
                    meta.get("outlet_id"),
                    meta.get("outlet_type"),
                    article.url,
                    article.title,
                    article.date,
                    article.language,
                    article.event,
                    article.text,
                    article.raw_text,
                    json.dumps(meta, ensure_ascii=False, default=str),
                    json.dumps(article.warnings, ensure_ascii=False),
                    now,
                    __version__,
                )
            )
            frames["removed"] += [(aid, r.line, r.reason, r.text) for r in article.removed]
        frames["sentences"] += [(aid, i, s.start, s.end, s.paragraph) for i, s in enumerate(doc.sentences)]
        frames["spans"] += [
            (
                aid,
                s.start,
                s.end,
                s.layer,
                s.label,
                s.score,
                json.dumps(s.attrs, ensure_ascii=False, default=str),
            )
            for s in doc.spans
        ]
        frames["quotes"] += [
            (
                aid,
                q.start,
                q.end,
                q.label,
                q.direct,
                q.speaker,
                q.actor,
                q.camp,
                q.via,
                q.source_type,
                q.party,
            )
            for q in doc.quotes
        ]
        frames["features"] += [(aid, name, float(value)) for name, value in sorted(doc.features.items())]
    columns = {
        "articles": [
            "id",
            "source",
            "outlet",
            "outlet_id",
            "outlet_type",
            "url",
            "title",
            "date",
            "language",
            "event",
            "text",
            "raw_text",
            "metadata",
            "warnings",
            "analysed_at",
            "framing_version",
        ],
        "removed": ["article_id", "line", "reason", "text"],
        "sentences": ["article_id", "idx", "start", "end", "paragraph"],
        "spans": ["article_id", "start", "end", "layer", "label", "score", "attrs"],
        "quotes": [
            *("article_id", "start", "end", "label", "direct", "speaker", "actor", "camp", "via"),
            *("source_type", "party"),
        ],
        "features": ["article_id", "name", "value"],
    }
    tables = ANALYSIS_TABLES if with_articles else ("sentences", "spans", "quotes", "features")
    return {table: pd.DataFrame(frames[table], columns=columns[table]) for table in tables}
