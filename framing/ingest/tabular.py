"""Corpora as CSV, JSON and JSONL, streamed row by row; bad rows are skipped with their number."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import FramingError
from ..model import Skipped
from .decode import UnreadableInput, binary_kind, detect_encoding
from .document import FIELDS, ColumnMap, RawDocument

SNIFF_BYTES = 1 << 20
UNCLOSED_HEADER = "a quote in it runs on into the next rows"
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _open_text(path: Path) -> io.TextIOWrapper:
    """The corpus file as text in its detected encoding; a binary file (a PDF renamed .csv) is
    refused by its kind, not read as a table of garbage."""
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    kind = binary_kind(head)
    if kind:
        raise UnreadableInput(f"not a text file: looks like {kind}")
    return path.open(encoding=detect_encoding(head), errors="replace", newline="")


def _document(
    row: dict[str, Any], columns: ColumnMap, source: str, escapes_surrogates: bool = False
) -> RawDocument | Skipped:
    """One record as a document; ``escapes_surrogates`` where its JSON escaped a UTF-16 surrogate,
    whose lone halves are then replaced (see ``_replace_lone_surrogates``)."""
    replaced = 0
    if escapes_surrogates:
        row, replaced = _replace_lone_surrogates(row)
    text = row.get(columns.text)
    if not isinstance(text, str) or not text.strip():
        return Skipped(source, f"empty or missing '{columns.text}'")
    values = {name: _as_text(row.get(getattr(columns, name))) for name in FIELDS if name != "text"}
    used = {getattr(columns, name) for name in FIELDS}
    extra = {key: value for key, value in row.items() if key not in used and key is not None}
    warnings = []
    if replaced:
        warnings.append(
            f"{replaced} invalid character(s) replaced by U+FFFD: the JSON escaped half of a UTF-16 "
            "surrogate pair (e.g. \\ud800 without its partner), which is no character"
        )
    return RawDocument(source=source, text=text, metadata=extra, warnings=warnings, **values)


def _replace_lone_surrogates(value: Any) -> tuple[Any, int]:
    """The value with each lone UTF-16 surrogate (valid in a JSON escape, yet no character, and
    unwritable as UTF-8) replaced by U+FFFD, and how many were replaced; keys and nested values too."""
    if isinstance(value, str):
        return LONE_SURROGATE.subn("\ufffd", value)
    if isinstance(value, list):
        pairs = [_replace_lone_surrogates(item) for item in value]
        return [item for item, _ in pairs], sum(count for _, count in pairs)
    if isinstance(value, dict):
        result: dict[Any, Any] = {}
        total = 0
        for key, item in value.items():
            new_key, key_count = _replace_lone_surrogates(key)
            result[new_key], count = _replace_lone_surrogates(item)
            total += key_count + count
        return result, total
    return value, 0


def _as_text(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return str(value).strip()


class _RecordLines:
    """The lines of a CSV file for ``csv.reader``, remembering those of the current record: when a
    quote opened in a row is never closed, the reader runs on through later rows until it fails;
    that row is skipped and the lines after it are read again, so the later rows are kept."""

    def __init__(self, handle: Iterator[str]) -> None:
        self._handle = handle
        self._again: deque[str] = deque()
        self._record: list[str] = []

    def __iter__(self) -> _RecordLines:
        return self

    def __next__(self) -> str:
        line = self._again.popleft() if self._again else next(self._handle)
        self._record.append(line)
        return line

    def start_record(self) -> None:
        self._record = []

    def spanned_lines(self) -> bool:
        return len(self._record) > 1

    def read_again_after_first(self) -> None:
        self._again.extendleft(reversed(self._record[1:]))


def read_csv(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[RawDocument | Skipped]:
    csv.field_size_limit(max(max_chars, 131072))
    with _open_text(path) as handle:
        sample = handle.read(65536)
        handle.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        lines = _RecordLines(handle)
        # the quote is '"' and is doubled inside a quoted field (RFC 4180), whatever the sniffer
        # guessed from the sample (an apostrophe in the text is no quote); strict: a quote that is
        # never closed is an error, not the rest of the file
        reader = csv.reader(lines, dialect, quotechar='"', doublequote=True, strict=True)
        try:
            header = next(reader, None)
        except csv.Error as error:
            unclosed = f"{UNCLOSED_HEADER} ({error})" if lines.spanned_lines() else str(error)
            raise FramingError(f"{path}: malformed CSV header row: {unclosed}") from error
        if lines.spanned_lines():  # column names hold no line breaks: a quote in the header is not closed
            raise FramingError(f"{path}: malformed CSV header row: {UNCLOSED_HEADER}")
        if not header:
            raise FramingError(f"{path}: empty CSV file (no header row)")
        header = [name.strip().lstrip("\ufeff") for name in header]
        if columns.text not in header:
            raise FramingError(
                f"{path}: no '{columns.text}' column; columns found: {', '.join(header)} "
                f"(choose one with --column text=NAME)"
            )
        row_number = 0
        while True:
            row_number += 1
            source = f"{path} row {row_number}"
            lines.start_record()
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                if lines.spanned_lines():
                    lines.read_again_after_first()
                    reason = (
                        "unterminated quoted field: the quote opened in this row runs on into the next rows"
                    )
                    yield Skipped(source, f"{reason} ({error})")
                else:
                    yield Skipped(source, f"malformed CSV row: {error}")
                continue
            if len(fields) <= 1 and not "".join(fields).strip():
                row_number -= 1  # blank lines are not rows (a row of empty fields is, and is skipped)
                continue
            if len(fields) != len(header):
                yield Skipped(source, f"malformed row: {len(fields)} fields, the header has {len(header)}")
                continue
            if len(fields[header.index(columns.text)]) > max_chars:
                yield Skipped(source, f"text longer than the limit of {max_chars:,} characters")
                continue
            yield _document(dict(zip(header, fields, strict=True)), columns, source)


def read_jsonl(path: Path, columns: ColumnMap, max_chars: int) -> Iterator[RawDocument | Skipped]:
    checked_key = False
    with _open_text(path) as handle:
        for line_number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            source = f"{path} line {line_number}"
            if len(line) > max_chars:
                yield Skipped(source, f"line longer than the limit of {max_chars:,} characters")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                yield Skipped(source, f"malformed JSON: {error.msg} at column {error.colno}")
                continue
            except (RecursionError, ValueError) as error:
                yield Skipped(source, _unreadable_json(error))
                continue
            if not isinstance(row, dict):
                yield Skipped(source, f"expected a JSON object, found {type(row).__name__}")
                continue
            if not checked_key and columns.text not in row:
                raise FramingError(
                    f"{path}: no '{columns.text}' key in the first record; keys found: "
                    f"{', '.join(row)} (choose one with --column text=NAME)"
                )
            checked_key = True
            yield _document(row, columns, source, SURROGATE_ESCAPE.search(line) is not None)


def _unreadable_json(error: RecursionError | ValueError) -> str:
    """The reason valid JSON cannot be read: Python's parser stops at about 1,000 levels of nesting
    and at integers of more than 4,300 digits (a guard against denial of service)."""
    if isinstance(error, RecursionError):
        return "JSON nested too deeply to read (the limit is about 1,000 levels)"
    return f"JSON number too long to read (integers of more than {sys.get_int_max_str_digits():,} digits)"


def read_json(path: Path, columns: ColumnMap, max_bytes: int) -> Iterator[RawDocument | Skipped]:
    """A JSON list of objects, or an object with an "articles" list (framing's own output)."""
    size = path.stat().st_size
    if size > max_bytes:
        raise FramingError(
            f"{path}: JSON file of {size / 1e6:.1f} MB is above the {max_bytes / 1e6:.0f} MB limit "
            "for JSON; use JSONL (one object per line), which is streamed"
        )
    with _open_text(path) as handle:
        content = handle.read()
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        raise FramingError(f"{path}: malformed JSON at line {error.lineno}: {error.msg}") from error
    except (RecursionError, ValueError) as error:
        data = _array_one_by_one(content, path, _unreadable_json(error))
    records = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise FramingError(f"{path}: expected a list of objects or an object with an 'articles' list")
    if records and isinstance(records[0], dict) and columns.text not in records[0]:
        raise FramingError(
            f"{path}: no '{columns.text}' key in the first record; keys found: "
            f"{', '.join(records[0])} (choose one with --column text=NAME)"
        )
    escapes_surrogates = SURROGATE_ESCAPE.search(content) is not None
    for index, row in enumerate(records, 1):
        source = f"{path} record {index}"
        if isinstance(row, _Unreadable):
            yield Skipped(f"{source} (line {row.line})", row.reason)
        elif not isinstance(row, dict):
            yield Skipped(source, f"expected a JSON object, found {type(row).__name__}")
        else:
            yield _document(row, columns, source, escapes_surrogates)


@dataclass
class _Unreadable:
    """An element of a JSON array that the parser cannot read, with its line and the reason."""

    line: int
    reason: str


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"\s*")


def _skip_space(text: str, index: int) -> int:
    """The position of the first character at or after ``index`` that is not white space."""
    match = _SPACE.match(text, index)  # \s* always matches
    return match.end() if match else index


_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]++|\\.)*+"|[\[\]{}]')
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def _array_one_by_one(text: str, path: Path, reason: str) -> list[Any]:
    """The elements of a top-level JSON array read one at a time, for a file the parser cannot read
    whole (``reason``): an element nested too deeply or holding too long a number becomes an
    ``_Unreadable`` with its line (its end found by matching brackets, strings skipped), the others
    are kept. Any other top-level value is the error ``reason``."""
    index = _skip_space(text, 0)
    if not text.startswith("[", index):
        raise FramingError(f"{path}: {reason}")
    records: list[Any] = []
    line, counted = 1, 0
    index = _skip_space(text, index + 1)
    while not text.startswith("]", index):
        line, counted = line + text.count("\n", counted, index), index
        try:
            value, end = _DECODER.raw_decode(text, index)
        except json.JSONDecodeError as error:
            raise FramingError(f"{path}: malformed JSON at line {error.lineno}: {error.msg}") from error
        except (RecursionError, ValueError) as error:
            value, end = _Unreadable(line, _unreadable_json(error)), _value_end(text, index, path)
        records.append(value)
        index = _skip_space(text, end)
        if text.startswith(",", index):
            index = _skip_space(text, index + 1)
        elif not text.startswith("]", index):
            line += text.count("\n", counted, index)
            raise FramingError(f"{path}: malformed JSON at line {line}: expected ',' or ']'")
    return records


def _value_end(text: str, index: int, path: Path) -> int:
    """Where the JSON value at ``index`` ends: after its number, or after the bracket closing its first."""
    if text[index] not in "[{":
        number = _NUMBER.match(text, index)
        return number.end() if number else index + 1
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text, index):
        bracket = match.group()
        if bracket in ("[", "{"):
            depth += 1
        elif bracket in ("]", "}"):
            depth -= 1
            if depth == 0:
                return match.end()
    raise FramingError(f"{path}: malformed JSON: a bracket opened at character {index} is never closed")
