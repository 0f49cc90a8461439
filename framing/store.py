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
version 3 the quotes' ``source_type`` and ``party``). A damaged file (cut off, or a block failing
its checksum) is found when it is opened, before any command reports success, and every DuckDB
error becomes a ``StoreError`` of one line naming the file.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from . import __version__, spreadsheet
from .choices import ANALYSIS_TABLES, TABLES
from .errors import FramingError, StoreError
from .measures import annotate_doc
from .model import Article, Doc, Provenance
from .progress import Progress
from .segment import segment

SCHEMA_VERSION = 3
DUCKDB_MAGIC = b"DUCK"
HEADER_BYTES = 3 * 4096  # DuckDB's file header and two database headers precede the blocks
KEYS = {"articles": ("id",), "framing_meta": ("key",), "predictions": ("article_id", "model")}
PROBE_KEY = "\x00framing integrity probe"  # inserted and rolled back to read each key index
DAMAGE_SIGNS = ("corrupt", "checksum", "could not read enough bytes", "serializ", "internal error")
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


def _guarded(method: Callable) -> Callable:
    """A ``Store`` method (or generator) whose DuckDB errors become one clear ``StoreError``."""
    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def generator(self: Store, *args: Any, **kwargs: Any) -> Iterator[Any]:
            with self._translated():
                yield from method(self, *args, **kwargs)

        return generator

    @functools.wraps(method)
    def guarded(self: Store, *args: Any, **kwargs: Any) -> Any:
        with self._translated():
            return method(self, *args, **kwargs)

    return guarded


def default_path() -> Path:
    return Path(os.environ.get("FRAMING_DB", "framing.duckdb"))


class Store:
    """An open corpus database; use as a context manager. A folder opens as a Parquet dataset
    (``framing.dataset.Dataset``)."""

    def __new__(cls, path: Path | str | None = None, *args: Any, **kwargs: Any) -> Store:
        if cls is Store and (Path(path) if path else default_path()).is_dir():
            from .dataset import Dataset

            return super().__new__(Dataset)
        return super().__new__(cls)

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self._check_file()
        try:
            self.con = duckdb.connect(str(self.path))
        except duckdb.Error as error:
            raise self._error(error) from error
        try:
            with self._translated():
                self._open()
        except FramingError:
            with suppress(duckdb.Error):  # left open, it would be reused for this file in this process
                self.con.close()
            raise

    def _open(self) -> None:
        """Create framing's tables in an empty database; check and migrate an existing one."""
        tables = {
            row[0] for row in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        if not tables:
            self.con.execute(SCHEMA)
            self.con.execute("INSERT INTO framing_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif "framing_meta" not in tables:
            raise StoreError(
                f"{self.path}: a DuckDB database without framing's tables "
                f"({', '.join(sorted(tables))}); refusing to modify it"
            )
        else:
            self._verify(tables)
            self._migrate()

    def _verify(self, tables: set[str]) -> None:
        """Find damage before any command reports success: a file too short for the blocks in use
        (cut off), or a block failing its checksum (DuckDB checks each block it reads) in any table's
        data or primary-key index. Reads the whole file: 0.05 s for 700 real articles (10 MB)."""
        block_size, used = self.con.execute(
            "SELECT block_size, used_blocks FROM pragma_database_size()"
        ).fetchone()
        expected, size = HEADER_BYTES + block_size * used, self.path.stat().st_size
        if size < expected:  # free blocks at the end may be cut off by DuckDB itself: not counted
            raise StoreError(self._damaged(f"cut off: {size:,} bytes where its blocks need {expected:,}"))
        for table in sorted(tables):
            self.con.execute(f'SELECT count(*), bit_xor(hash(COLUMNS(*))) FROM "{table}"').fetchall()
        self.con.execute("BEGIN TRANSACTION")  # a key index is read when used: insert a key, roll back
        try:
            for table, keys in KEYS.items():
                if table in tables:
                    values = ", ".join("?" for _ in keys)
                    self.con.execute(
                        f"INSERT INTO {table} ({', '.join(keys)}) VALUES ({values})", [PROBE_KEY] * len(keys)
                    )
        finally:
            self.con.execute("ROLLBACK")

    def _migrate(self) -> None:
        """Bring an older framing database up to ``SCHEMA_VERSION``; refuse unknown versions."""
        rows = self.con.execute("SELECT value FROM framing_meta WHERE key = 'schema_version'").fetchall()
        stored = rows[0][0] if rows else None
        version = int(stored) if stored and stored.isdigit() else None
        if version is None or not 1 <= version <= SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {stored}, this framing uses {SCHEMA_VERSION}")
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
            raise StoreError(f"{self.path}: cannot migrate from schema version {version}: {error}") from error

    def _check_file(self) -> None:
        if not self.path.exists():
            return
        try:
            with self.path.open("rb") as handle:
                head = handle.read(16)
        except OSError as error:  # a folder, or a file the user may not read
            raise StoreError(f"{self.path}: cannot read the database file: {error.strerror}") from error
        if head[8:12] != DUCKDB_MAGIC:
            raise StoreError(f"{self.path}: not a DuckDB database file; refusing to overwrite it")

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Any DuckDB error inside becomes a ``StoreError``: one clear line naming the file."""
        try:
            yield
        except duckdb.Error as error:
            raise self._error(error) from error

    def _error(self, error: duckdb.Error) -> StoreError:
        detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        if "could not set lock" in detail.lower():
            return StoreError(f"the database file {self.path} is in use by another program: {detail}")
        if any(sign in detail.lower() for sign in DAMAGE_SIGNS):
            return StoreError(self._damaged(detail))
        return StoreError(f"{self.path}: database error: {detail}")

    def _damaged(self, detail: str) -> str:
        return (
            f"the database file {self.path} is damaged ({detail}); "
            "restore it from a backup or delete it to start afresh"
        )

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @_guarded
    def close(self) -> None:
        self.con.close()

    @_guarded
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
        return self.ingest_rows((RowBatch.of(batch) for batch in _batches(docs, batch_size)), progress)

    @_guarded
    def ingest_rows(self, batches: Iterable[RowBatch], progress: Progress | None = None) -> dict[str, int]:
        """Store batches of analysed articles given as table rows (made where the analysis ran, e.g.
        in a worker process), one transaction per batch; articles already stored are left out."""
        counts = {"new": 0, "already stored": 0}
        for number, batch in enumerate(batches, 1):
            known = self.stored_ids(batch.ids)
            counts["already stored"] += batch.duplicates + len(known)
            counts["new"] += len(batch.ids) - len(known)
            self._insert(batch.without(known).frames)
            if progress:
                progress.update(
                    0,
                    f"batch {number} stored ({counts['new']} new, {counts['already stored']} already stored)",
                )
        return counts

    def _write(self, docs: list[Doc], with_articles: bool) -> None:
        if not docs:
            return
        replaced = None if with_articles else [d.article.id for d in docs]
        self._insert(_frames(docs, with_articles), replaced)

    def _insert(self, frames: dict[str, pd.DataFrame], replaced: list[str] | None = None) -> None:
        """Insert the rows of ``frames`` in one transaction, after deleting the analysis rows (not the
        articles) of the ``replaced`` article ids."""
        if not any(len(frame) for frame in frames.values()) and not replaced:
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            if replaced:
                ids = pd.DataFrame({"id": replaced})
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

    @_guarded
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

    @_guarded
    def predictions(self) -> pd.DataFrame:
        return self.con.execute("SELECT * FROM predictions ORDER BY model, article_id").df()

    @_guarded
    def articles(self) -> pd.DataFrame:
        return self.con.execute("SELECT * EXCLUDE (raw_text) FROM articles ORDER BY id").df()

    @_guarded
    def features_wide(self) -> pd.DataFrame:
        long = self.con.execute("SELECT article_id, name, value FROM features").df()
        return long.pivot_table(index="article_id", columns="name", values="value", fill_value=0.0)

    @_guarded
    def stored_docs(self) -> Iterator[Article]:
        """Articles as stored (clean text, metadata), for re-analysis."""
        cursor = self.con.execute(
            "SELECT id, source, raw_text, text, title, outlet, url, date, language, event, metadata, "
            "warnings FROM articles ORDER BY id"
        )
        while rows := cursor.fetchmany(500):
            for row in rows:
                provenance, metadata = Provenance.split(json.loads(row[10]))
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
                    metadata=metadata,
                    provenance=provenance,
                    warnings=json.loads(row[11]),
                )

    @_guarded
    def reanalyze(self, batch_size: int = 100) -> int:
        """Recompute sentences, spans, quotes and features from the stored texts; returns the count."""
        articles = list(self.stored_docs())
        for batch in _batches(articles, batch_size):
            self._write([annotate_doc(segment(article)) for article in batch], with_articles=False)
        return len(articles)

    @_guarded
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

    @_guarded
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


@dataclass
class RowBatch:
    """A batch of analysed articles as the store's table rows, one id each (a repeated article is
    kept once and counted in ``duplicates``): compact to hand from a worker process to the writer."""

    ids: list[str]
    frames: dict[str, pd.DataFrame]
    duplicates: int = 0

    @classmethod
    def of(cls, docs: Iterable[Doc]) -> RowBatch:
        unique: dict[str, Doc] = {}
        count = 0
        for doc in docs:
            count += 1
            unique.setdefault(doc.article.id, doc)
        return cls(list(unique), _frames(list(unique.values()), with_articles=True), count - len(unique))

    @classmethod
    def joined(cls, parts: Iterable[RowBatch]) -> RowBatch:
        """One batch of several, in order; an article in more than one part is kept once."""
        seen: set[str] = set()
        kept: list[RowBatch] = []
        duplicates = 0
        for part in parts:
            repeated = seen.intersection(part.ids)
            part = part.without(repeated)
            duplicates += part.duplicates + len(repeated)
            seen.update(part.ids)
            kept.append(part)
        tables = kept[0].frames if kept else {}
        frames = {
            table: pd.concat([part.frames[table] for part in kept], ignore_index=True) for table in tables
        }
        return cls([i for part in kept for i in part.ids], frames, duplicates)

    def without(self, ids: set[str]) -> RowBatch:
        """The batch without the rows of these article ids."""
        if not ids:
            return self
        frames = {
            table: frame[~frame["id" if table == "articles" else "article_id"].isin(ids)]
            for table, frame in self.frames.items()
        }
        return RowBatch([i for i in self.ids if i not in ids], frames, self.duplicates)


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
            provenance = article.provenance
            frames["articles"].append(
                (
                    aid,
                    article.source,
                    article.outlet,
                    provenance.outlet_id,
                    provenance.outlet_type,
                    article.url,
                    article.title,
                    article.date,
                    article.language,
                    article.event,
                    article.text,
                    article.raw_text,
                    json.dumps(article.all_metadata(), ensure_ascii=False, default=str),
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
