"""Serialising analyses: the JSON contract of ``framing analyze``, CSV rows and a terminal table."""

from __future__ import annotations

import csv
import io
import json
import marshal
import re
import tempfile
from collections.abc import Iterable
from typing import Any, BinaryIO, Final, TextIO

import orjson

from . import spreadsheet
from .memo import in_pure_python
from .model import Doc, Skipped
from .pipeline import Analysis

SCHEMA_VERSION: Final = 1


def doc_stats(doc: Doc) -> dict[str, int]:
    return {
        "words": doc.word_count(),
        "sentences": len(doc.sentences),
        "paragraphs": len(doc.paragraphs),
    }


def article_record(doc: Doc) -> dict[str, Any]:
    """One article as in the stable JSON output (offsets refer to ``text``)."""
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
        "spans": [span.to_dict(article.text) for span in doc.spans],
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
    buffer = io.BytesIO()
    write_json(analysis.docs, analysis.skipped, buffer)
    return buffer.getvalue().decode("utf-8", "surrogatepass")


def write_json(docs: Iterable[Doc], skipped: list[Skipped], out: BinaryIO) -> int:
    """Write ``to_json``'s text, UTF-8 encoded, to the binary stream ``out`` one article at a time, so
    no analysed article is held (``framing analyze`` streams); ``skipped`` is read after the last
    article. Returns the number of articles. orjson's bytes are written as they are: no decoding to
    ``str`` and encoding again by a text stream (speed round 38)."""
    out.write(_HEAD)
    count = 0
    for doc in docs:
        out.write(b",\n    " if count else b"\n    ")
        out.write(_indented(article_record(doc), "\n    "))
        count += 1
    out.write(b"\n  ]" if count else b"]")
    out.write(b',\n  "skipped": ' + _indented([item.to_dict() for item in skipped], "\n  ") + b"\n}")
    return count


_HEAD: Final = f'{{\n  "schema_version": {SCHEMA_VERSION},\n  "articles": ['.encode()


def _indented(value: Any, newline: str) -> bytes:
    """``value`` as ``json.dumps(value, ensure_ascii=False, indent=2, default=str)`` writes it, UTF-8
    encoded, nested at the depth that ``newline``'s spaces give (two a level). ``json.dumps`` indents in
    pure Python, one generator step per value (about 2 ms of a gnad1000 article); orjson writes it in
    about 0.1 ms, and ``_written_alike`` checks that it writes the same text: every value a plain
    built-in one, no NaN or infinity (orjson writes null), no float of size 1e-9 to 1e-4 (other digits:
    a candidate, then ``_orjson_float``) and nothing orjson has no form for (``_unsupported``). Anything
    else goes to ``json.dumps`` itself. orjson indents a nested value itself: ``value`` is written inside
    as many one-item lists as its depth and cut out of them (speed round 34: a pass of ``replace`` over
    the bytes less)."""
    found = _written_alike(value)
    if found == _OTHER:
        return _standard(value, newline)
    depth = len(newline) // 2
    nested = value
    for _ in range(depth):
        nested = [nested]
    try:
        data = orjson.dumps(nested, default=_unsupported, option=_ORJSON_OPTIONS)
    except TypeError:  # an int beyond 64 bits, a lone surrogate, bytes, a set, a key not a string, too deep
        return _standard(value, newline)
    if found == _SMALL and _orjson_float(data):  # a float of such size: both find it
        return _standard(value, newline)
    if depth:  # the lists' opening lines ("[" and a line break, then the next level's spaces) and closing
        data = data[depth * (depth + 3) : -depth * (depth + 1)]
    return data


_PLAIN: Final = 0  # only plain values orjson writes as json.dumps does
_SMALL: Final = 1  # plain, but a float of size 1e-9 to 1e-4 may stand among them
_OTHER: Final = 2  # anything else: json.dumps writes it


def _written_alike(value: Any) -> int:
    """Whether orjson writes ``value`` as ``json.dumps`` does (``_PLAIN``), may do so (``_SMALL``: a small
    float found, ``_orjson_float`` reads the text) or not (``_OTHER``), by a walk over it: dicts, lists
    and tuples of strings, ints, bools, None and finite floats, at most ``_WALK_DEPTH`` deep (a key
    that is not a string orjson refuses). Compiled, the walk takes about a third of ``marshal``'s dump;
    in pure Python three times as long, so there ``_marshalled_alike`` takes its place (speed round 36)."""
    return _walk(value, 0)


def _walk(value: object, depth: int) -> int:
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return _PLAIN
    if kind is float:
        assert isinstance(value, float)
        if value - value != 0.0:  # NaN or an infinity
            return _OTHER
        return _SMALL if 0.0 < abs(value) < _SMALL_BELOW else _PLAIN
    if depth >= _WALK_DEPTH:
        return _OTHER
    found = _PLAIN
    # two loops, not one over ``value.values() if … else value``: compiled, the dict's is mypyc's native
    # iteration over a dict's values, which a loop shared with lists and tuples would give up
    if kind is dict:
        assert isinstance(value, dict)
        for item in value.values():  # the keys orjson checks itself (``_ORJSON_OPTIONS``)
            of = type(item)
            if of is str or of is int or of is bool or item is None:
                continue
            step = _walk(item, depth + 1)
            if step == _OTHER:
                return _OTHER
            found |= step
        return found
    if kind is list or kind is tuple:
        assert isinstance(value, (list, tuple))
        for item in value:
            of = type(item)
            if of is str or of is int or of is bool or item is None:
                continue
            step = _walk(item, depth + 1)
            if step == _OTHER:
                return _OTHER
            found |= step
        return found
    return _OTHER


_SMALL_BELOW: Final = 2.0**-13  # 1.2e-4: every float orjson writes otherwise is smaller (as `_small_float`)
_WALK_DEPTH: Final = 200  # deeper is written by json.dumps (orjson stops at 255 levels)


def _marshalled_alike(value: Any) -> int:
    """``_written_alike`` in pure Python, from ``marshal``'s dump (C): it writes plain built-in values
    only, and its bytes show where a NaN, an infinity or a small float may stand (``_non_finite``,
    ``_small_float``)."""
    try:
        dumped = marshal.dumps(value)
    except ValueError:  # a type marshal cannot write: an Enum, a subclass, a date, any object
        return _OTHER
    if _non_finite(dumped):
        return _OTHER
    return _SMALL if _small_float(dumped) else _PLAIN


in_pure_python(globals(), _written_alike, _marshalled_alike)


def _standard(value: Any, newline: str) -> bytes:
    """``json.dumps``'s text, UTF-8 encoded; a lone surrogate (in a string orjson refuses) kept as its
    three bytes (``surrogatepass``), which ``to_json`` decodes back: its text as ``json.dumps``'s."""
    text = json.dumps(value, ensure_ascii=False, indent=2, default=str).replace("\n", newline)
    return text.encode("utf-8", "surrogatepass")


# without OPT_NON_STR_KEYS orjson refuses a key that is not exactly a string (an int, a subclass, an Enum),
# which json.dumps then writes, so the walk reads the values only (speed round 37)
_ORJSON_OPTIONS: Final = orjson.OPT_INDENT_2


def _unsupported(value: Any) -> Any:
    raise TypeError(type(value).__name__)


def _non_finite(data: bytes) -> bool:
    """Whether ``marshal``'s bytes hold a NaN or an infinity: it writes a float as its type byte (``g``,
    with the reference flag 0xE7) and its 8 IEEE bytes, little-endian, whose last two are then a byte
    from 0xF0 and 0x7F or 0xFF (all exponent bits set). No text's UTF-8 holds that pair; another
    value's bytes may hold it with such a byte before them (a false alarm only costs time)."""
    return _float_end(data, _NON_FINITE_ENDS)


def _small_float(data: bytes) -> bool:
    """Whether ``marshal``'s bytes may hold a float of size 1e-9 to 1e-4 (exponent 993 to 1009, 2**-30 to
    2**-13: a last byte 0x3E or 0xBE with a byte from 0x10 before it, or 0x3F or 0xBF with one up to
    0x1F), found as ``_non_finite`` finds a NaN. Without one the written JSON needs no scan; another
    value's bytes may look so (a reference's index, a string's letters after a ``g``), so the scan of
    ``_orjson_float`` confirms one (speed round 34: one article of forty false-alarmed without it)."""
    return _float_end(data, _SMALL_ENDS)


def _float_end(data: bytes, ends: tuple[tuple[bytes, int, int], ...]) -> bool:
    """Whether a float's last byte (sign and the exponent's high 7 bits) is one of ``ends`` with the byte
    before it (the exponent's low 4 bits, then the mantissa's high 4) in its range, its type byte 8
    bytes before: one ``find`` per such end byte."""
    for last, low, high in ends:
        at = data.find(last, 8)
        while at != -1:
            if low <= data[at - 1] <= high and data[at - 8] in _FLOAT_TYPES:
                return True
            at = data.find(last, at + 1)
    return False


_NON_FINITE_ENDS: Final = ((b"\x7f", 0xF0, 0xFF), (b"\xff", 0xF0, 0xFF))
_SMALL_ENDS: Final = (
    (b"\x3e", 0x10, 0xFF),
    (b"\xbe", 0x10, 0xFF),
    (b"\x3f", 0x00, 0x1F),
    (b"\xbf", 0x00, 0x1F),
)
_FLOAT_TYPES: Final = b"g\xe7"


def _orjson_float(data: bytes) -> bool:
    """Whether orjson's text may hold a float that ``float.__repr__`` writes otherwise: of size 1e-9 to
    1e-4 orjson writes ``0.00001…`` or ``1.5e-7`` where Python writes ``1e-05`` and ``1.5e-07`` (a
    two-digit exponent). Elsewhere the two write the same digits; a string holding such a piece
    is a false alarm."""
    if b"0.0000" in data:
        return True
    at = data.find(b"e-", 1)
    while at != -1:
        if _SHORT_EXPONENT.match(data, at - 1):
            return True
        at = data.find(b"e-", at + 2)
    return False


_SHORT_EXPONENT: Final = re.compile(rb"[0-9]e-[0-9](?![0-9])")


CSV_COLUMNS: Final = ["id", "source", "outlet", "date", "event", "title", "language", "words", "sentences",
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
