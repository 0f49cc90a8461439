"""The corpus store's tables, specified once: each table's columns and types, key and role. The DDL,
the migrations' added columns, the rows an ingest batch holds and the SELECTs that read them back
are all generated from here (``framing.store``), and a Parquet dataset or DuckDB views of another
backend only need the same table and column names. No heavy imports: the command line reads the
table names from here before it needs DuckDB or pandas."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # a DuckDB type: VARCHAR, INTEGER, DOUBLE, BOOLEAN


@dataclass(frozen=True, slots=True)
class Table:
    """One table. ``batch``: its rows come with each analysed article (``RowBatch``); ``analysis``:
    recomputed by re-analysis; ``article``: the column holding the article id (None: not per article)."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    batch: bool = False
    analysis: bool = False
    article: str | None = "article_id"
    since: int = 1  # the schema version that added the table

    @property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]

    def ddl(self) -> str:
        columns = [f"{quoted(c.name)} {c.type}" for c in self.columns]
        if self.key:
            columns.append(f"PRIMARY KEY ({', '.join(quoted(k) for k in self.key)})")
        return f"CREATE TABLE IF NOT EXISTS {self.name} ({', '.join(columns)});"

    def select(self, where: str = "", order: str = "") -> str:
        """A SELECT of every column in the specified order (what a row frame holds)."""
        sql = f"SELECT {', '.join(quoted(n) for n in self.names)} FROM {self.name}"
        return sql + (f" WHERE {where}" if where else "") + (f" ORDER BY {order}" if order else "")

    def add_columns(self, *names: str) -> str:
        """ALTER statements adding these columns (a migration)."""
        kinds = {c.name: c.type for c in self.columns}
        return "".join(
            f"ALTER TABLE {self.name} ADD COLUMN IF NOT EXISTS {quoted(n)} {kinds[n]};" for n in names
        )


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(spec: str) -> tuple[Column, ...]:
    """Columns from "name TYPE, name TYPE" (VARCHAR where no type is given)."""
    parts = (item.split() for item in spec.split(","))
    return tuple(Column(p[0], p[1] if len(p) > 1 else "VARCHAR") for p in parts)


SCHEMA_VERSION = 5
SPEC = (
    Table("framing_meta", _columns("key, value"), key=("key",), article=None),
    Table(
        "articles",
        _columns(
            "id, source, outlet, outlet_id, outlet_type, url, title, date, language, event, text, "
            "raw_text, metadata, warnings, analysed_at, framing_version"
        ),
        key=("id",),
        batch=True,
        article="id",
    ),
    Table("removed", _columns("article_id, line INTEGER, reason, text"), batch=True),
    Table(
        "sentences",
        _columns("article_id, idx INTEGER, start INTEGER, end INTEGER, paragraph INTEGER"),
        batch=True,
        analysis=True,
    ),
    Table(
        "spans",
        _columns("article_id, start INTEGER, end INTEGER, layer, label, score DOUBLE, attrs, idx INTEGER"),
        batch=True,
        analysis=True,
    ),
    Table(
        "quotes",
        _columns(
            "article_id, start INTEGER, end INTEGER, label, direct BOOLEAN, speaker, actor, camp, via, "
            "source_type, party, speaker_start INTEGER, speaker_end INTEGER, source_cue, idx INTEGER"
        ),
        batch=True,
        analysis=True,
    ),
    Table("features", _columns("article_id, name, value DOUBLE"), batch=True, analysis=True),
    # word tokens counted per article: (lemma, form as written, first word of a sentence) — what
    # keyness and event grouping read, so neither needs the text tokenised again
    Table(
        "lemmas",
        _columns("article_id, lemma, form, initial BOOLEAN, count INTEGER"),
        batch=True,
        analysis=True,
        since=4,
    ),
    # each article's per-sentence statistics (measures.additive) that are not 0, which the features
    # are computed from: what the sentence bootstrap of an outlet's only article resamples
    Table(
        "sentence_stats",
        _columns("article_id, idx INTEGER, name, value DOUBLE"),
        batch=True,
        analysis=True,
        since=5,
    ),
    Table(
        "predictions",
        _columns("article_id, model, source, label, probability DOUBLE, created_at"),
        key=("article_id", "model"),
        since=2,
    ),
    # the events found (or given, or edited by the user) and which article belongs to which
    Table(
        "events",
        _columns("id, name, reason, articles INTEGER, origin"),
        key=("id",),
        article=None,
        since=4,
    ),
    Table("event_articles", _columns("article_id, event_id"), key=("article_id",), since=4),
)
TABLES = {table.name: table for table in SPEC}
BATCH_TABLES = tuple(table.name for table in SPEC if table.batch)
ANALYSIS_TABLES = tuple(table.name for table in SPEC if table.analysis)
# what the schema version N + 1 added to a store of version N
MIGRATIONS = {
    1: TABLES["predictions"].ddl(),
    2: TABLES["quotes"].add_columns("source_type", "party"),
    3: TABLES["quotes"].add_columns("speaker_start", "speaker_end", "source_cue", "idx")
    + TABLES["spans"].add_columns("idx")
    + "".join(table.ddl() for table in SPEC if table.since == 4),
    4: TABLES["sentence_stats"].ddl(),
}
