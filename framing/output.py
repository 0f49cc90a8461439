"""Serialising analyses: the JSON contract of ``framing analyze``, CSV rows and a terminal table."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterable, Iterator
from itertools import chain, islice, repeat
from operator import attrgetter
from typing import Any, TextIO

from . import spreadsheet
from .model import Doc, Skipped, Span
from .pipeline import Analysis

SCHEMA_VERSION = 1


def doc_stats(doc: Doc) -> dict[str, int]:
    return {
        "words": doc.word_count(),
        "sentences": len(doc.sentences),
        "paragraphs": len(doc.paragraphs),
    }


def article_record(doc: Doc, spans: Any = None) -> dict[str, Any]:
    """One article as in the stable JSON output (offsets refer to ``text``); ``spans``: what stands
    for the spans instead of their dicts (``write_json`` puts their finished JSON there)."""
    article = doc.article
    return {
        "id": article.id,
        "source": article.source,
        "outlet": article.outlet,
        "url": article.url,
        "title": article.title,
        "date": article.date,
        "language": article.language,
        "event": article.event,
        "text": article.text,
        "removed": [item.to_dict() for item in article.removed],
        "warnings": list(article.warnings),
        "stats": doc_stats(doc),
        "features": dict(doc.features),
        "spans": [span.to_dict(article.text) for span in doc.spans] if spans is None else spans,
        "quotes": [quote.to_dict(article.text) for quote in doc.quotes],
        "metadata": article.all_metadata(),
    }


def analysis_record(analysis: Analysis) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [article_record(doc) for doc in analysis.docs],
        "skipped": [item.to_dict() for item in analysis.skipped],
    }


def to_json(analysis: Analysis) -> str:
    buffer = io.StringIO()
    write_json(analysis.docs, analysis.skipped, buffer)
    return buffer.getvalue()


def write_json(docs: Iterable[Doc], skipped: list[Skipped], out: TextIO) -> int:
    """Write ``to_json``'s text one article at a time, so no analysed article is held (``framing
    analyze`` streams); ``skipped`` is read after the last article. Returns the number of articles."""
    out.write(f'{{\n  "schema_version": {SCHEMA_VERSION},\n  "articles": [')
    count = 0
    for doc in docs:
        out.write(",\n    " if count else "\n    ")
        out.write(_indented(article_record(doc, _Encoded(_spans_json(doc, "\n      "))), "\n    "))
        count += 1
    out.write("\n  ]" if count else "]")
    out.write(',\n  "skipped": ' + _indented([item.to_dict() for item in skipped], "\n  ") + "\n}")
    return count


def _indented(value: Any, newline: str) -> str:
    """``value`` as ``json.dumps(value, ensure_ascii=False, indent=2, default=str)`` writes it, nested
    at the depth that ``newline``'s spaces give. Built here because the standard library encodes
    indented JSON in pure Python, one generator step per value (2 ms of an article's 6); the strings
    still go through its C escaper, and a dict or list of plain scalars (most: features, span
    attributes) through its C encoder."""
    scalar = _SCALARS.get(type(value))
    if scalar is not None:
        return scalar(value)
    inner = newline + "  "
    brackets = _BRACKETS.get(type(value))
    if brackets is not None and value and _flat(value):
        return brackets[0] + inner + _flat_items(value, inner) + newline + brackets[1]
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [
            (_string(key) if type(key) is str else _key(key))
            + ": "
            + (scalar(item) if (scalar := _SCALARS.get(type(item))) else _indented(item, inner))
            for key, item in value.items()
        ]
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + inner + ("," + inner).join([_indented(item, inner) for item in value]) + newline + "]"
    for kind in (bool, str, int, float):  # subclasses, written as json.dumps writes them
        if isinstance(value, kind):
            return _SCALARS[kind](value)
    return _string(str(value))


_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})
_BRACKETS: dict[type, tuple[str, str]] = {dict: ("{", "}"), list: ("[", "]")}
_C_ENCODER: Any = getattr(json.encoder, "c_make_encoder", None)  # None: Python without the C accelerator


def _flat(value: dict | list) -> bool:
    """Whether every item of ``value`` is a plain scalar (and, of a dict, every key a ``str``)."""
    if _C_ENCODER is None:
        return False
    if type(value) is dict:
        return _PLAIN_TYPES.issuperset(map(type, value.values())) and {str}.issuperset(map(type, value))
    return _PLAIN_TYPES.issuperset(map(type, value))


def _flat_items(value: dict | list, inner: str) -> str:
    """The items of a flat dict or list as ``_indented`` writes them (without the brackets), written
    by the standard library's C encoder, its item separator carrying the line break and indent."""
    encoder = _FLAT_ENCODERS.get(inner)
    if encoder is None:
        encoder = _FLAT_ENCODERS[inner] = _C_ENCODER(
            None, None, _string, None, ": ", "," + inner, False, False, True
        )
    return "".join(encoder(value, 0))[1:-1]


_FLAT_ENCODERS: dict[str, Any] = {}  # indent → C encoder (a handful of depths)


class _Encoded:
    """Text that is JSON already, written as it is (no ``str`` subclass: a compiled module cannot
    derive a class from a built-in type)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


_SPAN_FIELDS = ("start", "end", "layer", "label", "text", "score", "attrs")  # as ``Span.to_dict``


def _spans_json(doc: Doc, newline: str) -> str:
    """``_indented`` of the spans' ``Span.to_dict``, one format per span instead of a dict each: the
    spans are most of an article's JSON (the same text: a test compares them)."""
    if not doc.spans:
        return "[]"
    inner = newline + "  "
    field = inner + "  "
    layout = (
        "{"
        + field
        + f",{field}".join(f'"{key}": %{kind}' for key, kind in zip(_SPAN_FIELDS, "ddsssss", strict=True))
        + inner
        + "}"
    )
    text = doc.text
    items = [
        layout
        % (
            span.start,  # written by the format's %d: an int's digits, as int.__repr__ writes them
            span.end,
            _string(span.layer),
            _string(span.label),
            _string(text[span.start : span.end]),
            scalar(score) if (scalar := _SCALARS.get(type(score := span.score))) else _indented(score, field),
            attrs,
        )
        for span, attrs in zip(doc.spans, _attrs_json(doc.spans, field), strict=True)
    ]
    return "[" + inner + ("," + inner).join(items) + newline + "]"


def _attrs_json(spans: list[Span], newline: str) -> list[str]:
    """``_indented`` of each span's ``attrs``, by the dicts' shape (their keys in order: a few per
    article, one per kind of span) instead of dict by dict: the values of every shape whose values
    are plain scalars or lists of them, column by column, written by one call of the C encoder for
    all scalars and one for all lists, put into each shape's format. The encoder's outputs are cut
    where its item separator stands, a control character that no encoded string holds; a list's
    items are scalars, so ``]`` before a separator ends a list."""
    attrs = list(map(_ATTRS, spans))
    if _VALUES_ENCODER is None or not {dict}.issuperset(map(type, attrs)):
        return [_indented(value, newline) for value in attrs]
    shapes = list(map(tuple, attrs))
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for value, shape in zip(attrs, shapes, strict=True):
        group = groups.get(shape)
        if group is None:
            groups[shape] = [value]
        else:
            group.append(value)
    scalars: list[Any] = []
    lists: list[list[Any]] = []
    plans = [(shape, dicts, _columns(shape, dicts, scalars, lists)) for shape, dicts in groups.items()]
    inner = newline + "  "
    written = iter(_values_json(scalars))
    written_lists = iter(_lists_json(lists, inner))
    texts: dict[tuple[Any, ...], Iterator[str]] = {}
    for shape, dicts, columns in plans:
        if columns is None:
            texts[shape] = repeat("{}") if not shape else iter([_indented(value, newline) for value in dicts])
            continue
        count = len(dicts)
        values = [list(islice(written_lists if is_list else written, count)) for is_list in columns]
        layout = _LAYOUTS.get((shape, newline))
        if layout is None:
            if len(_LAYOUTS) >= _LAYOUTS_KEPT:
                _LAYOUTS.clear()
            layout = _LAYOUTS[shape, newline] = (
                "{"
                + inner
                + f",{inner}".join([_string(key).replace("%", "%%") + ": %s" for key in shape])
                + newline
                + "}"
            )
        texts[shape] = iter([layout % row for row in zip(*values, strict=True)])
    return list(map(next, map(texts.__getitem__, shapes)))


def _columns(
    shape: tuple[Any, ...], dicts: list[dict[str, Any]], scalars: list[Any], lists: list[Any]
) -> list[bool] | None:
    """For ``_attrs_json``: whether each key of ``shape`` holds lists (else scalars) in ``dicts``, its
    values added to ``scalars`` or ``lists`` column by column; None (nothing added) for a shape
    written dict by dict: no keys, a key that is no ``str``, values neither all plain scalars nor
    all lists of them."""
    if not shape or not {str}.issuperset(map(type, shape)):
        return None
    columns = list(zip(*map(dict.values, dicts), strict=True))
    kinds = []
    for column in columns:
        types = set(map(type, column))
        if _PLAIN_TYPES.issuperset(types):
            kinds.append(False)
        elif types == {list} and _PLAIN_TYPES.issuperset(map(type, chain.from_iterable(column))):
            kinds.append(True)
        else:
            return None
    for column, is_list in zip(columns, kinds, strict=True):
        (lists if is_list else scalars).extend(column)
    return kinds


def _values_json(values: list[Any]) -> list[str]:
    """Each of ``values`` (plain scalars) as ``_indented`` writes it, by one call of the C encoder."""
    if not values:
        return []
    return "".join(_VALUES_ENCODER(values, 0))[1:-1].split(_VALUE_SEPARATOR)


def _lists_json(lists: list[list[Any]], newline: str) -> list[str]:
    """Each of ``lists`` (of plain scalars) as ``_indented`` writes it at ``newline``'s depth, by one
    call of the C encoder: between two lists its output holds ``]``, the separator and ``[``, which
    no list's items hold (a scalar ends in a quote, a digit or a letter)."""
    if not lists:
        return []
    inner = newline + "  "
    bodies = (
        "".join(_VALUES_ENCODER(lists, 0))[2:-2]
        .replace("]" + _VALUE_SEPARATOR + "[", _LIST_SEPARATOR)
        .replace(_VALUE_SEPARATOR, "," + inner)
        .split(_LIST_SEPARATOR)
    )
    return ["[" + inner + body + newline + "]" if body else "[]" for body in bodies]


def _float(value: float) -> str:
    text = float.__repr__(value)
    return text if text[-1].isdigit() else _SPECIAL_FLOATS[text]


_string = json.encoder.encode_basestring  # the C escaper, no ASCII-only
_SPECIAL_FLOATS = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}
_SCALARS: dict[type, Any] = {
    str: _string,
    float: _float,
    int: int.__repr__,
    bool: lambda value: "true" if value else "false",
    type(None): lambda _: "null",
    _Encoded: attrgetter("text"),
}


_VALUE_SEPARATOR = "\x00"  # between the values of one encoder call: never in its output (escaped)
_LIST_SEPARATOR = "\x01"  # ``_lists_json``'s mark between two lists, never in the output either
_VALUES_ENCODER: Any = (
    None
    if _C_ENCODER is None
    else _C_ENCODER(None, None, _string, None, ": ", _VALUE_SEPARATOR, False, False, True)
)
_ATTRS = attrgetter("attrs")
_LAYOUTS: dict[tuple[tuple[str, ...], str], str] = {}  # (keys, indent) → ``_attrs_json``'s format of a shape
_LAYOUTS_KEPT = 1024  # formats remembered; cleared when full (bounded memory)


def _key(key: Any) -> str:
    """A dict key that is no ``str``, as ``json.dumps`` writes it: as a string."""
    if isinstance(key, str):
        return _string(key)
    if key is None or isinstance(key, (bool, int, float)):
        return _string(_indented(key, ""))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


CSV_COLUMNS = ["id", "source", "outlet", "date", "event", "title", "language", "words", "sentences",
               "paragraphs", "removed", "warnings"]  # fmt: skip


def summary_row(doc: Doc) -> dict[str, Any]:
    article = doc.article
    return {
        "id": article.id,
        "source": article.source,
        "outlet": article.outlet,
        "date": article.date,
        "event": article.event,
        "title": article.title,
        "language": article.language,
        **doc_stats(doc),
        "removed": len(article.removed),
        "warnings": " | ".join(article.warnings),
        **doc.features,
    }


def to_csv(analysis: Analysis) -> str:
    """One row per article (``summary_row``); texts a spreadsheet would run as formulas neutralised."""
    buffer = io.StringIO()
    write_csv(analysis.docs, buffer)
    return buffer.getvalue()


def write_csv(docs: Iterable[Doc], out: TextIO) -> int:
    """Write ``to_csv``'s text without holding the analysed articles: the columns are known only after
    the last article (one per actor met), so the rows wait in a temporary file. Returns the row count."""
    columns = dict.fromkeys(CSV_COLUMNS)
    count = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for doc in docs:
            row = summary_row(doc)
            columns.update(dict.fromkeys(row))
            spool.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        names = CSV_COLUMNS + sorted(set(columns) - set(CSV_COLUMNS))
        writer = csv.writer(out)
        writer.writerow([spreadsheet.cell(column) for column in names])
        spool.seek(0)
        for line in spool:
            row = json.loads(line)
            writer.writerow([spreadsheet.cell(row.get(column, "")) for column in names])
    return count


def to_table(analysis: Analysis) -> str:
    header = ("outlet", "date", "title", "words", "sent.", "removed", "warnings")
    rows = [
        (
            doc.article.outlet or "?",
            doc.article.date or "",
            _cut(doc.article.title or "(no headline)", 48),
            str(stats["words"]),
            str(stats["sentences"]),
            str(len(doc.article.removed)),
            str(len(doc.article.warnings)),
        )
        for doc in analysis.docs
        for stats in [doc_stats(doc)]
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    lines.extend(_skipped_lines(analysis.skipped))
    return "\n".join(lines) + "\n"


def _skipped_lines(skipped: list[Skipped]) -> list[str]:
    if not skipped:
        return []
    return [f"\nskipped {len(skipped)} input(s):", *(f"  {item.source}: {item.reason}" for item in skipped)]


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
