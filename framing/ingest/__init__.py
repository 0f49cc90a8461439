"""Reading inputs: text and HTML files, CSV/JSON/JSONL corpora, directories and stdin.

Every input yields RawDocuments or Skipped records (with the reason); nothing is dropped silently.
A path that does not exist is a user mistake and raises FramingError.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..choices import DEFAULT_MAX_MB
from ..errors import FramingError
from ..model import Skipped
from .decode import UnreadableInput, decode
from .document import ColumnMap, RawDocument
from .html import looks_like_html, read_html
from .tabular import read_csv, read_json, read_jsonl

DEFAULT_MAX_JSON_MB = 512.0
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
CORPUS_SUFFIXES = {".csv", ".tsv", ".json", ".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CORPUS_SUFFIXES  # read in folders; named files: any

__all__ = ["ColumnMap", "IngestOptions", "RawDocument", "check_paths", "read_bytes", "read_inputs"]


@dataclass(frozen=True)
class IngestOptions:
    """How to read inputs. ``max_mb`` caps one document file or one corpus row (FRAMING_MAX_MB)."""

    max_mb: float = DEFAULT_MAX_MB
    max_json_mb: float = DEFAULT_MAX_JSON_MB
    columns: ColumnMap = field(default_factory=ColumnMap)

    @property
    def max_bytes(self) -> int:
        return int(self.max_mb * 1_000_000)


def read_inputs(
    paths: Iterable[str], options: IngestOptions | None = None
) -> Iterator[RawDocument | Skipped]:
    """Yield a RawDocument or Skipped record for every document found under ``paths``."""
    options = options or IngestOptions()
    paths = list(paths)
    check_paths(paths)  # fail fast on typos before reading anything
    for path in paths:
        if path == "-":
            yield _read_document(sys.stdin.buffer.read(options.max_bytes + 1), "stdin", options)
        elif Path(path).is_dir():
            yield from _read_directory(Path(path), options)
        else:
            yield from _read_file(Path(path), options)


def check_paths(paths: Iterable[str]) -> None:
    """Raise FramingError for the first path that does not exist ("-" is stdin)."""
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise FramingError(f"no such file or directory: {path}")


def _read_directory(folder: Path, options: IngestOptions) -> Iterator[RawDocument | Skipped]:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name.startswith(".") or any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.suffix.lower() not in KNOWN_SUFFIXES:
            yield Skipped(str(path), f"unsupported file type '{path.suffix or path.name}'")
            continue
        try:
            yield from _read_file(path, options)
        except FramingError as error:  # e.g. a CSV without a text column inside the folder
            yield Skipped(str(path), str(error).removeprefix(f"{path}: "))


def _read_file(path: Path, options: IngestOptions) -> Iterator[RawDocument | Skipped]:
    suffix = path.suffix.lower()
    try:
        if suffix in (".csv", ".tsv"):
            yield from read_csv(path, options.columns, options.max_bytes)
            return
        if suffix in (".jsonl", ".ndjson"):
            yield from read_jsonl(path, options.columns, options.max_bytes)
            return
        if suffix == ".json":
            yield from read_json(path, options.columns, int(options.max_json_mb * 1_000_000))
            return
    except OSError as error:
        yield Skipped(str(path), f"cannot read file: {error.strerror}")
        return
    except UnreadableInput as error:
        yield Skipped(str(path), str(error))
        return
    size = path.stat().st_size
    if size > options.max_bytes:
        yield Skipped(
            str(path),
            f"file is {size / 1e6:.1f} MB, above the limit of {options.max_mb:g} MB "
            "(raise it with --max-mb or FRAMING_MAX_MB)",
        )
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Skipped(str(path), f"cannot read file: {error.strerror}")
        return
    yield _read_document(data, str(path), options, force_html=suffix in HTML_SUFFIXES)


def read_bytes(data: bytes, source: str, options: IngestOptions | None = None) -> RawDocument | Skipped:
    """One uploaded or piped document (text or HTML, sniffed)."""
    return _read_document(data, source, options or IngestOptions())


def _read_document(
    data: bytes, source: str, options: IngestOptions, force_html: bool = False
) -> RawDocument | Skipped:
    if len(data) > options.max_bytes:
        return Skipped(source, f"input is above the limit of {options.max_mb:g} MB (--max-mb)")
    try:
        text, encoding = decode(data)
        if force_html or looks_like_html(data):
            document = read_html(text, source)
        else:
            document = RawDocument(source=source, text=text, metadata={"format": "text"})
    except UnreadableInput as error:
        return Skipped(source, str(error))
    document.metadata["encoding"] = encoding
    return document
