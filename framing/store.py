"""The corpus store: an embedded DuckDB file with articles, removed boilerplate, sentences, spans,
quotes, features, word counts and events, so every stored number can be traced back to its words,
and the predictions of saved classifiers (``framing classify apply --db``), one per article and model.

Default file: ``framing.duckdb`` in the working directory, or ``$FRAMING_DB``; ``--db PATH`` on the
command line. Ingest is idempotent (an article whose content-hash id is stored is skipped) and
atomic per batch (one transaction: an interrupted ingest leaves whole batches only, and running it
again completes it to exactly what an uninterrupted run stores). ``reanalyze`` recomputes
sentences, spans, quotes and features from the stored text after a lexicon change, without
re-ingesting. A file that is not a DuckDB database, or a DuckDB database without framing's
tables or with a newer (or unknown) schema version, is refused and left untouched; a database of
an older schema version is migrated in one transaction (version 2 added ``predictions``,
version 3 the quotes' ``source_type`` and ``party``, version 4 the word counts ``lemmas``, the
stored events and the quotes' speaker offsets and cue, version 5 the per-sentence statistics
``sentence_stats``; an older store with articles is marked for one ``reanalyze``, which fills
the tables added). The tables are specified once, in
``framing.schema`` (``TABLES`` here): the DDL, migrations, batch rows and SELECTs come from there.
A damaged file (cut off, or a block failing
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
import numpy as np
import pandas as pd

from . import __version__, spreadsheet
from .choices import TABLES as EXPORTABLE
from .errors import FramingError, StoreError
from .measures import annotate_doc
from .memory import return_freed_memory
from .model import Article, Doc, Provenance
from .progress import Progress
from .schema import ANALYSIS_TABLES, BATCH_TABLES, MIGRATIONS, SCHEMA_VERSION, SPEC, TABLES, quoted
from .segment import segment

__all__ = ["SCHEMA_VERSION", "TABLES", "RowBatch", "Store", "default_path"]
DUCKDB_MAGIC = b"DUCK"
HEADER_BYTES = 3 * 4096  # DuckDB's file header and two database headers precede the blocks
KEYS = {table.name: table.key for table in SPEC if table.key}
PROBE_KEY = "\x00framing integrity probe"  # inserted and rolled back to read each key index
DAMAGE_SIGNS = ("corrupt", "checksum", "could not read enough bytes", "serializ", "internal error")
REANALYSE_KEY = "reanalyse_before"  # set by a migration that adds analysis tables existing rows lack


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


INGEST_MEMORY_LIMIT = "250MB"  # DuckDB's share while ingesting: else its block cache grows with the file
RELEASE_EVERY = 10  # ingest: DuckDB's cached blocks are dropped after every this many batches
EVICTING_LIMIT = "16MB"  # set for a moment, DuckDB drops its cached blocks down to this (release_cache)


class Store:
    """An open corpus database; use as a context manager. A folder opens as a Parquet dataset
    (``framing.dataset.Dataset``)."""

    def __new__(cls, path: Path | str | None = None, *args: Any, **kwargs: Any) -> Store:
        if cls is Store and (Path(path) if path else default_path()).is_dir():
            from .dataset import Dataset

            return super().__new__(Dataset)
        return super().__new__(cls)

    saves_events = True  # edited events are written to the store (a folder keeps them per command)
    memory_limit: str | None = None  # DuckDB's share as given (None: DuckDB's default)

    def __init__(
        self, path: Path | str | None = None, memory_limit: str | None = None, read_only: bool = False
    ) -> None:
        """``memory_limit``: DuckDB's share of the memory (e.g. "300MB"; beyond it, it spills to
        disk), from the start: opening reads the whole file, and its blocks stay cached up to it.
        ``read_only``: for a file this user may not write; nothing is written, and events grouped
        or edited live in temporary tables of this connection only."""
        self.path = Path(path) if path else default_path()
        self.read_only = read_only
        self.memory_limit = memory_limit
        self.saves_events = not read_only
        self._check_file()
        if read_only and not self.path.is_file():
            raise StoreError(f"no database at {self.path}")
        try:
            self.con = duckdb.connect(
                str(self.path),
                read_only=read_only,
                config={"memory_limit": memory_limit} if memory_limit else {},
            )
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
        if not tables and self.read_only:
            raise StoreError(f"{self.path}: an empty DuckDB database, not a framing corpus store")
        if not tables:
            self.con.execute("".join(table.ddl() for table in SPEC))
            self.con.execute("INSERT INTO framing_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif "framing_meta" not in tables:
            raise StoreError(
                f"{self.path}: a DuckDB database without framing's tables "
                f"({', '.join(sorted(tables))}); refusing to modify it"
            )
        else:
            self._verify(tables)
            self.release_cache()  # the check read every block: they would stay cached up to the limit
            self._migrate()
            if self.read_only:  # events are grouped and edited in this connection's copies
                stored = quoted(self.con.execute("SELECT current_database()").fetchall()[0][0])
                self.con.execute(
                    f"CREATE TEMP TABLE events AS SELECT * FROM {stored}.main.events; "
                    f"CREATE TEMP TABLE event_articles AS SELECT * FROM {stored}.main.event_articles"
                )

    def _verify(self, tables: set[str]) -> None:
        """Find damage before any command reports success: a file too short for the blocks in use
        (cut off), or a block failing its checksum (DuckDB checks each block it reads) in any table's
        data or primary-key index. Reads the whole file: 0.05 s for 700 real articles (10 MB)."""
        block_size, used = self.con.execute(
            "SELECT block_size, used_blocks FROM pragma_database_size()"
        ).fetchall()[0]
        expected, size = HEADER_BYTES + block_size * used, self.path.stat().st_size
        if size < expected:  # free blocks at the end may be cut off by DuckDB itself: not counted
            raise StoreError(self._damaged(f"cut off: {size:,} bytes where its blocks need {expected:,}"))
        for table in sorted(tables):
            self.con.execute(f'SELECT count(*), bit_xor(hash(COLUMNS(*))) FROM "{table}"').fetchall()
        if self.read_only:  # the key probe writes (and rolls back): not on a read-only file
            return
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

    @_guarded
    def limit_memory(self, limit: str) -> None:
        """DuckDB's share of the memory from now on (its cached blocks beyond it dropped)."""
        self.memory_limit = limit
        self.con.execute(f"SET memory_limit = '{limit}'")

    @_guarded
    def release_cache(self) -> None:
        """Drop the data blocks DuckDB keeps cached after reading them (up to its memory limit), so
        the memory is free for work done in Python; blocks read again come from the OS's cache.
        Where DuckDB cannot drop enough (blocks in use) it keeps them: nothing is lost but memory."""
        with suppress(duckdb.Error):
            self.con.execute(f"SET memory_limit = '{EVICTING_LIMIT}'")
        if self.memory_limit:
            self.con.execute(f"SET memory_limit = '{self.memory_limit}'")
        else:
            self.con.execute("RESET memory_limit")

    def _migrate(self) -> None:
        """Bring an older framing database up to ``SCHEMA_VERSION``; refuse unknown versions."""
        rows = self.con.execute("SELECT value FROM framing_meta WHERE key = 'schema_version'").fetchall()
        stored = rows[0][0] if rows else None
        version = int(stored) if stored and stored.isdigit() else None
        if version is None or not 1 <= version <= SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {stored}, this framing uses {SCHEMA_VERSION}")
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(
                f"{self.path}: schema version {version} must be brought up to {SCHEMA_VERSION}, "
                "which needs write access to the file"
            )
        self.con.execute("BEGIN TRANSACTION")
        try:
            for step in range(version, SCHEMA_VERSION):
                self.con.execute(MIGRATIONS[step])
            if self.con.execute("SELECT count(*) FROM articles").fetchall()[0][0]:  # each added analysis
                self.con.execute(
                    "INSERT OR REPLACE INTO framing_meta VALUES (?, ?)", [REANALYSE_KEY, str(SCHEMA_VERSION)]
                )
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
            del batch, known  # else held while the next batch is gathered
            return_freed_memory()  # the batch's frames, unpickled by another thread, leave holes
            if number % RELEASE_EVERY == 0:
                self.release_cache()  # the blocks written stay cached up to the limit, unused
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
                for table in ANALYSIS_TABLES:
                    self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM changed_ids)")
                self.con.unregister("changed_ids")
            for table, frame in frames.items():
                if len(frame):
                    self.con.register("batch_rows", frame)
                    self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch_rows")
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
    def stored_docs(self, where: str = "", parameters: list | None = None) -> Iterator[Article]:
        """Articles as stored (clean text, metadata), by id; ``where``: an SQL condition on them."""
        names = TABLES["articles"].names
        cursor = self.con.execute(TABLES["articles"].select(where, "id"), parameters or [])
        while rows := cursor.fetchmany(500):
            for row in rows:
                yield article_from_row(dict(zip(names, row, strict=True)))

    @property
    def reanalyse_needed(self) -> bool:
        """Whether stored articles lack analysis tables a migration added (``ingest --reanalyze``)."""
        with self._translated():
            return bool(
                self.con.execute("SELECT 1 FROM framing_meta WHERE key = ?", [REANALYSE_KEY]).fetchall()
            )

    @_guarded
    def reanalyze(self, batch_size: int = 100) -> int:
        """Recompute sentences, spans, quotes and features from the stored texts; returns the count."""
        articles = list(self.stored_docs())
        for batch in _batches(articles, batch_size):
            self._write([annotate_doc(segment(article)) for article in batch], with_articles=False)
        self.con.execute("DELETE FROM framing_meta WHERE key = ?", [REANALYSE_KEY])
        return len(articles)

    @_guarded
    def export(self, table: str, fmt: str, target: Path) -> int:
        """Write one table as CSV, JSON (newline-delimited) or Parquet; returns the row count."""
        if table not in EXPORTABLE:
            raise FramingError(f"unknown table {table!r}; tables: {', '.join(EXPORTABLE)}")
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
        for table in EXPORTABLE:
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
            table: frame[~frame[TABLES[table].article].isin(ids)] for table, frame in self.frames.items()
        }
        return RowBatch([i for i in self.ids if i not in ids], frames, self.duplicates)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def article_from_row(row: dict[str, Any]) -> Article:
    """An ``Article`` from its stored row (the ``articles`` table's columns by name)."""
    provenance, metadata = Provenance.split(json.loads(row["metadata"]))
    return Article(
        id=row["id"],
        source=row["source"],
        raw_text=row["raw_text"],
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        date=row["date"],
        language=row["language"],
        event=row["event"],
        metadata=metadata,
        provenance=provenance,
        warnings=json.loads(row["warnings"]),
    )


def _rows(doc: Doc, now: str) -> dict[str, list[tuple]]:
    """One analysed article's rows of every batch table, in the columns' specified order."""
    article, aid = doc.article, doc.article.id
    provenance = article.provenance
    return {
        "articles": [
            (
                *(aid, article.source, article.outlet, provenance.outlet_id, provenance.outlet_type),
                *(article.url, article.title, article.date, article.language, article.event),
                *(
                    article.text,
                    article.raw_text,
                    json.dumps(article.all_metadata(), ensure_ascii=False, default=str),
                ),
                *(json.dumps(article.warnings, ensure_ascii=False), now, __version__),
            )
        ],
        "removed": [(aid, r.line, r.reason, r.text) for r in article.removed],
        "sentences": [(aid, i, s.start, s.end, s.paragraph) for i, s in enumerate(doc.sentences)],
        "spans": [
            (
                *(aid, s.start, s.end, s.layer, s.label, s.score),
                json.dumps(s.attrs, ensure_ascii=False, default=str),
                i,
            )
            for i, s in enumerate(doc.spans)
        ],
        "quotes": [
            (
                *(aid, q.start, q.end, q.label, q.direct, q.speaker, q.actor, q.camp, q.via),
                *(q.source_type, q.party, q.speaker_start, q.speaker_end, q.source_cue, i),
            )
            for i, q in enumerate(doc.quotes)
        ],
        "features": [(aid, name, float(value)) for name, value in sorted(doc.features.items())],
        "lemmas": [(aid, *key, count) for key, count in sorted(doc.word_counts().items())],
    }


def _frames(docs: list[Doc], with_articles: bool) -> dict[str, pd.DataFrame]:
    """The batch tables' rows of these articles (only the analysis tables without ``with_articles``)."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    tables = BATCH_TABLES if with_articles else ANALYSIS_TABLES
    rows: dict[str, list[tuple]] = {table: [] for table in tables}
    for doc in docs:
        for table, found in _rows(doc, now).items():
            if table in rows:
                rows[table] += found
    frames = {table: pd.DataFrame(rows[table], columns=TABLES[table].names) for table in rows}
    return frames | {"sentence_stats": _sentence_stats(docs)}


def _sentence_stats(docs: list[Doc]) -> pd.DataFrame:
    """The rows of ``sentence_stats``: each article's per-sentence statistics that are not 0, by
    name and sentence, found by numpy (a tuple per value cost a millisecond an article). Not the
    sentence count, 1 in every sentence (none without: no rows), which the reader adds back."""
    ids, sentences, names, values = [], [], [], []
    for doc in docs:
        stats = doc.sentence_stats
        kept = [name for name in sorted(stats) if name != "sentences"] if doc.sentences else []
        if not kept:
            continue
        table = np.array([stats[name] for name in kept])
        rows, cells = np.nonzero(table)
        ids.append(np.full(len(rows), doc.article.id, dtype=object))
        sentences.append(cells)
        names.append(np.array(kept, dtype=object)[rows])
        values.append(table[rows, cells])
    columns = TABLES["sentence_stats"].names
    if not ids:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame(dict(zip(columns, map(np.concatenate, (ids, sentences, names, values)), strict=True)))
