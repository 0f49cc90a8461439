"""The rows `framing compare` writes: each compared table with its measures' reader names, and, for
CSV and JSON, written as a part file by the process that compared it (a worker formats its own
rows: formatting millions of numbers is a third of a corpus comparison), the parts then joined in
order into one table."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import numpy as np

from .. import spreadsheet
from .stats import DIFFERENCE_COLUMNS, ROW_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

# the columns written: the compared rows' (``stats.ROW_COLUMNS``) with the measure's reader name
# after the outlet, then the differences
WRITTEN_COLUMNS = [*ROW_COLUMNS[:2], "measure", *ROW_COLUMNS[2:], *DIFFERENCE_COLUMNS]


@dataclass(frozen=True)
class Part:
    """A written part: its file and how many rows it holds."""

    path: Path
    rows: int


@dataclass(frozen=True)
class MeasureRows:
    """A compared table (rows of the features in blocks, in their order) with the reader name of
    each row's measure added, as categories."""

    names: np.ndarray  # the distinct reader names, sorted
    codes: np.ndarray  # each feature's reader name, as its number in ``names``

    @classmethod
    def of(cls, reader_names: list[str]) -> MeasureRows:
        names, codes = np.unique(np.asarray(reader_names, dtype=object), return_inverse=True)
        return cls(names, codes)

    def __call__(self, table: pd.DataFrame) -> pd.DataFrame:
        import pandas as pd

        blocks = len(table) // len(self.codes) if len(self.codes) else 0
        return table.assign(measure=pd.Categorical.from_codes(np.tile(self.codes, blocks), self.names))


@dataclass(frozen=True)
class PartWriter:
    """A compared table's measures rows written into ``folder`` as one ``fmt`` part (CSV without
    header, or JSON records without the list's brackets)."""

    rows: MeasureRows
    fmt: str
    folder: Path

    def __call__(self, table: pd.DataFrame) -> Part:
        rows = self.rows(table).reindex(columns=WRITTEN_COLUMNS)
        handle, name = tempfile.mkstemp(suffix=f".{self.fmt}", dir=self.folder)
        os.close(handle)
        path = Path(name)
        if self.fmt == "csv" and len(rows):
            spreadsheet.copy_csv(rows, path, header=False)
        elif len(rows):
            path.write_text(
                rows.to_json(orient="records", force_ascii=False, indent=2)[2:-2], encoding="utf-8"
            )
        return Part(path, len(rows))


def write_parts(parts: Iterable[Part], fmt: str, out: TextIO) -> int:
    """The parts, in order, as one CSV table (header first) or one JSON list, each file removed once
    written; the rows written."""
    written = 0
    if fmt == "csv":
        out.write(",".join(WRITTEN_COLUMNS) + "\n")
    for part in parts:
        if part.rows:
            if fmt == "json":
                out.write("[\n" if not written else ",\n")
            spreadsheet.append(part.path, out)
            written += part.rows
        part.path.unlink()
    if fmt == "json":
        out.write("\n]\n" if written else "[]\n")
    return written
