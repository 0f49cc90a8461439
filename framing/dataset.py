"""The corpus as a Parquet dataset folder (``framing ingest --db FOLDER``, the default of ``--dask``),
for corpora analysed on a cluster and read by any Parquet engine.

Layout: ``FOLDER/<table>/outlet=<outlet>/month=<YYYY-MM>/part-<batch>.parquet`` (hive partitioning;
``unknown`` for an article without outlet or month; the outlet percent-encoded), one file per stored
batch and partition, holding the rows of the store's table of that name (keyed by article id, with
the store's column types). Every file carries the framing and data versions that analysed it in its
key-value metadata (``framing_version``, ``data_versions``); ``FOLDER/_meta.json`` lists every
version that wrote to the folder.

``Dataset`` is a ``Store`` (``Store(FOLDER)`` opens one): an in-memory DuckDB whose views, named
like the store's tables, read the files, so every store reader and ``export`` work on it unchanged.
Ingest skips articles already in the folder (by id) and commits each batch whole: its files are
written under ``_staging/<batch>/``, marked complete, then moved into place; the next ingest deletes
an unmarked batch and completes a marked one, so an interrupted ingest, run again, gives the folder
of an uninterrupted run. One ingest at a time; re-analysis and predictions need a DuckDB file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterable
from contextlib import suppress
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb
import pandas as pd

from . import __version__
from .datafiles import load_toml
from .errors import StoreError
from .resources import data_path, user_dir
from .schema import SCHEMA_VERSION, SPEC
from .store import Store, _sql_path

META = "_meta.json"
STAGING = "_staging"
COMPLETE = "_complete"  # the marker of a staged batch whose files are all written
UNKNOWN = "unknown"
MONTH = re.compile(r"\d{4}-\d{2}")
MAX_PARTITION_CHARS = 120  # an outlet name longer than this (percent-encoded) is cut and hashed


@cache
def data_versions() -> dict[str, Any]:
    """The framing version and the version of every bundled lexicon and registry (``[meta]``), and
    the user data folder if one is set: what an analysis depends on besides the text."""
    versions = {}
    for path in sorted(data_path("lexicons").glob("*.meta.toml")):
        versions[f"lexicons/{path.name.removesuffix('.meta.toml')}"] = load_toml(path)["meta"]["version"]
    for path in sorted(data_path("registries").glob("*.toml")):
        meta = load_toml(path).get("meta", {})
        if "version" in meta:
            versions[f"registries/{path.stem}"] = meta["version"]
    user = user_dir()
    return {"framing_version": __version__, "data": versions, "user_dir": str(user) if user else None}


def partition(outlet: Any, date: Any) -> str:
    """The folder of an article under its table: ``outlet=…/month=…``."""
    name = quote(outlet, safe=" ") if isinstance(outlet, str) and outlet.strip() else UNKNOWN
    if len(name) > MAX_PARTITION_CHARS:
        name = name[:MAX_PARTITION_CHARS] + "~" + hashlib.sha256(name.encode()).hexdigest()[:12]
    month = date[:7] if isinstance(date, str) and MONTH.match(date) else UNKNOWN
    return f"outlet={name}/month={month}"


SESSION_TABLES = ("events", "event_articles")  # not in the files: a dataset's events live per command


class Dataset(Store):
    """A Parquet dataset folder as a corpus store; ``create``: make the folder (an ingest), else it
    must hold a dataset already."""

    saves_events = False  # a dataset's events are grouped afresh by each command, kept in memory
    read_only = False

    def __init__(self, path: Path | str, create: bool = False, memory_limit: str | None = None) -> None:
        self.path = Path(path)
        self.memory_limit = memory_limit
        self._known: set[str] | None = None
        if create:
            self._create()
        elif not (self.path / META).is_file():
            raise StoreError(f"{self.path}: a folder without {META}, not a framing Parquet dataset")
        self.meta = self._read_meta()
        self.con = duckdb.connect(config={"memory_limit": memory_limit} if memory_limit else {})
        with self._translated():
            tables = "".join(table.ddl() for table in SPEC)  # the store's tables, empty
            self.con.execute(f"CREATE SCHEMA spec; USE spec; {tables} USE main")
            self.columns: dict[str, list[str]] = {}
            for table, name in self.con.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'spec' ORDER BY table_name, ordinal_position"
            ).fetchall():
                self.columns.setdefault(table, []).append('"' + name.replace('"', '""') + '"')
            self._viewed: set[str] = set()  # the tables whose view reads files
            self._views(self.columns)

    def release_cache(self) -> None:
        """Nothing: the connection is in memory and reads the part files afresh, so it caches no
        blocks of a file (and dropping its tables' blocks would spill them to disk)."""

    def _create(self) -> None:
        """Make the folder, or check that it is empty or a dataset; then finish or drop the batches an
        interrupted ingest left staged."""
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a folder")
        if self.path.is_dir() and not (self.path / META).is_file() and any(self.path.iterdir()):
            raise StoreError(
                f"{self.path}: a folder that is neither empty nor a framing Parquet dataset "
                f"(no {META}); refusing to write into it"
            )
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            if not (self.path / META).is_file():
                self._write_meta(
                    {
                        "format": "framing Parquet dataset",
                        "schema_version": SCHEMA_VERSION,
                        "partitioning": ["outlet", "month"],
                        "versions": [],
                    }
                )
            for staged in sorted((self.path / STAGING).glob("*")):
                if (staged / COMPLETE).is_file():
                    self._move(staged)
                else:
                    _drop(staged)
        except OSError as error:
            raise StoreError(f"{self.path}: cannot write the dataset folder: {error}") from error

    def _read_meta(self) -> dict[str, Any]:
        try:
            meta = json.loads((self.path / META).read_text(encoding="utf-8"))
            version = int(meta["schema_version"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise StoreError(f"{self.path / META}: not a framing dataset description ({error})") from error
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {version}, this framing uses {SCHEMA_VERSION}")
        return meta

    def _write_meta(self, meta: dict[str, Any]) -> None:
        temporary = self.path / f"{META}.tmp"
        temporary.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        temporary.replace(self.path / META)

    def _views(self, tables: Iterable[str]) -> None:
        """(Re)create the view of each table: its files read by column name (a column missing from
        older files is NULL), or the empty table while it has none."""
        for table in tables:
            if table in SESSION_TABLES:  # grouped afresh by each command, kept in memory
                self.con.execute(f"CREATE TABLE IF NOT EXISTS main.{table} AS SELECT * FROM spec.{table}")
                continue
            columns = ", ".join(self.columns[table])
            source = f"spec.{table}"
            if next(self.path.joinpath(table).rglob("*.parquet"), None):
                files = _sql_path(self.path / table / "**" / "*.parquet")
                source = (
                    f"(SELECT * FROM spec.{table} UNION ALL BY NAME SELECT * FROM read_parquet('{files}', "
                    "hive_partitioning = false, union_by_name = true))"
                )
                self._viewed.add(table)
            self.con.execute(f"CREATE OR REPLACE VIEW main.{table} AS SELECT {columns} FROM {source}")

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        return self._known_ids().intersection(ids)

    def _known_ids(self) -> set[str]:
        """Every article id in the folder, read once and then kept up to date by ``_insert``."""
        if self._known is None:
            with self._translated():
                self._known = set(self.con.execute("SELECT id FROM articles").df()["id"])
        return self._known

    @property
    def mixed_versions(self) -> bool:
        """Whether articles of other framing or data versions than this one's are in the folder."""
        return any(stamp != data_versions() for stamp in self.meta["versions"])

    def _insert(self, frames: dict[str, pd.DataFrame], replaced: list[str] | None = None) -> None:
        """Commit one batch: its files written under ``_staging``, marked complete, moved in place."""
        if replaced:
            raise self._read_only()
        articles = frames["articles"]
        if not len(articles):
            return
        stamp = data_versions()
        if stamp not in self.meta["versions"]:
            self.meta["versions"].append(stamp)
            self._write_meta(self.meta)
        key = hashlib.sha256("\n".join(sorted(articles["id"])).encode()).hexdigest()[:16]
        staged = self.path / STAGING / key
        where = dict(zip(articles["id"], map(partition, articles["outlet"], articles["date"]), strict=True))
        metadata = ", ".join(
            f"{name}: '{value}'"
            for name, value in (
                ("framing_version", __version__.replace("'", "''")),
                ("data_versions", json.dumps(stamp, ensure_ascii=False).replace("'", "''")),
            )
        )
        try:
            for table, frame in frames.items():
                key_column = frame["id" if table == "articles" else "article_id"]
                for folder, rows in frame.groupby(key_column.map(where)):
                    target = staged / table / folder / f"part-{key}.parquet"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    self.con.register("batch_rows", rows)
                    self.con.execute(
                        f"COPY (SELECT {', '.join(self.columns[table])} FROM batch_rows) TO "
                        f"'{_sql_path(target)}' (FORMAT PARQUET, KV_METADATA {{{metadata}}})"
                    )
                    self.con.unregister("batch_rows")
            (staged / COMPLETE).touch()
            self._move(staged)
        except OSError as error:
            raise StoreError(f"{self.path}: cannot write the dataset folder: {error}") from error
        self._known_ids().update(articles["id"])
        self._views(set(frames) - self._viewed)

    def _move(self, staged: Path) -> None:
        """Move a complete staged batch's files into place (again, after an interruption) and drop it."""
        for path in sorted(staged.rglob("*.parquet")):
            target = self.path / path.relative_to(staged)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
        _drop(staged)

    def _read_only(self) -> StoreError:
        return StoreError(
            f"{self.path} is a Parquet dataset folder: articles can be added (`framing ingest --db "
            f"{self.path} …`), not re-analysed or given predictions; use a DuckDB file for that"
        )

    def reanalyze(self, batch_size: int = 100) -> int:
        raise self._read_only()

    def save_predictions(self, model: str, rows: Any) -> int:
        raise self._read_only()


def _drop(staged: Path) -> None:
    """Delete a staged batch, and the staging folder with the last one."""
    shutil.rmtree(staged)
    with suppress(OSError):  # not empty: other batches are staged
        staged.parent.rmdir()
