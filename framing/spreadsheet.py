"""CSV cells a spreadsheet would run as formulas, neutralised as the OWASP advice on CSV injection
says: a text beginning with = + - @, a tab or a carriage return gets a leading single quote.

Article data is untrusted (a title "=HYPERLINK(…)" opened in Excel or LibreOffice would run), so
the CSV tables of analyze, compare, classify apply and export go through here; numbers stay
numbers, JSON and Parquet stay exact.
"""

from __future__ import annotations

import codecs
import functools
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # pandas takes 0.3 s to import; analyze writes CSV without it
    import duckdb
    import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COPY_PIECE = 1 << 20  # bytes (or characters) copied at a time from DuckDB's CSV file to the output


def cell(value: Any) -> Any:
    """``value`` with a leading ' when it is a text a spreadsheet would read as a formula."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def frame(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``table`` with every text cell and column name passed through ``cell``; only
    columns that can hold text are visited (a million-row table of numbers costs nothing)."""
    import pandas as pd

    copy = table.rename(columns=cell)
    for number, kind in enumerate(table.dtypes):
        column = table.iloc[:, number]
        if isinstance(kind, pd.StringDtype):  # texts only: one vectorised test
            formulas = column.str.startswith(FORMULA_START).fillna(False).astype(bool)
            if formulas.any():
                copy.isetitem(number, column.where(~formulas, "'" + column))
        elif kind.kind not in "biufcmM":  # not a number, truth value or time: may hold text
            neutral = _neutralised(column)
            if neutral is not column:
                copy.isetitem(number, neutral)
    return copy


def _neutralised(column: pd.Series) -> pd.Series:
    """A column of any cells through ``cell`` (as it is when no cell changes), tested once per
    distinct value: the texts of a long table (outlet, measure, event names) repeat over millions
    of rows."""
    try:
        unchanged = not any(
            isinstance(value, str) and value.startswith(FORMULA_START) for value in column.unique()
        )
    except TypeError:  # cells that cannot be told apart by hashing (lists): one by one
        unchanged = False
    return column if unchanged else column.astype(object).map(cell)


def copy_csv(table: pd.DataFrame, path: Path, header: bool = True) -> None:
    """``table`` (through ``frame``) as the CSV file ``path``, written by DuckDB, three times faster
    than pandas on the millions of rows of a large corpus; for texts and numbers (not truth values,
    which DuckDB writes in lower case) the same text as pandas writes: quoting, numbers, empty cells."""
    connection = _database(os.getpid()).cursor()  # a connection of its own (threads), opened in microseconds
    connection.register("neutralised", frame(table))
    connection.execute(f"COPY neutralised TO '{path}' (HEADER {str(header).lower()}, DELIMITER ',')")
    connection.close()


def append(path: Path, out: TextIO) -> None:
    """The UTF-8 text of ``path`` appended to ``out``: where ``out`` writes UTF-8 to a byte stream,
    as bytes (no decoding and encoding of gigabytes of CSV), copied by the kernel where that stream
    is a file or pipe; else as text."""
    target = getattr(out, "buffer", None)
    if target is not None and codecs.lookup(out.encoding or "ascii").name == "utf-8":
        out.flush()  # what the text layer and its byte buffer hold goes first
        with path.open("rb") as written:
            try:
                descriptor = target.fileno()
            except (AttributeError, OSError):  # an in-memory stream
                shutil.copyfileobj(written, target, COPY_PIECE)
                return
            size, offset = os.fstat(written.fileno()).st_size, 0
            while offset < size:
                offset += os.sendfile(descriptor, written.fileno(), offset, size - offset)
        return
    with path.open(encoding="utf-8", newline="") as written:
        shutil.copyfileobj(written, out, COPY_PIECE)


@functools.cache
def _database(process: int) -> duckdb.DuckDBPyConnection:
    """One in-memory DuckDB per process (a forked worker opens its own, never its parent's copy) for
    every CSV written (opening a database costs 15 ms: ``compare --db`` writes thousands of parts),
    on one thread: a parallel COPY of 200,000 rows was slower and held 130 MB more."""
    import duckdb

    return duckdb.connect(config={"threads": 1})


def sql_cell(column: str) -> str:
    """A DuckDB expression for the text column ``column`` (a quoted identifier) under ``cell``'s rule."""
    starts = ", ".join("'" + start + "'" for start in FORMULA_START)
    return f"CASE WHEN left({column}, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END"
