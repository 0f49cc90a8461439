"""Reading TOML data files (registries, rules, lexicons) with their provenance and clear errors."""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import DataFileError

REQUIRED_META = ("name", "version", "source", "licence")


def read_text(path: Path) -> str:
    """A data file's text; a missing file or one that is not UTF-8 is named in the error."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise DataFileError(path, "file not found") from error
    except UnicodeDecodeError as error:
        raise DataFileError(path, "not UTF-8 text") from error


PARSED_LIMIT = 64  # distinct texts whose parse is kept (a session that edits files makes new ones)
_PARSED: dict[str, bytes] = {}  # a TOML file's text → its data, as ``marshal`` bytes


def load_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML data file; a syntax error names the file and line, a missing ``[meta]`` too.
    A text already parsed in this process is not parsed again (``concepts.toml`` is read by four
    loaders, 11 ms each): its data is kept as ``marshal`` bytes and each caller gets its own copy,
    made in C (a deep copy of plain data: dicts, lists, strings, numbers; data with a date or a
    time, which ``marshal`` cannot write, is parsed each time). A bundled file's data is also kept
    in the cache folder (``_stored``), so a new process need not parse it either."""
    text = read_text(path)
    kept = _PARSED.get(text)
    if kept is not None:
        return marshal.loads(kept)
    stored = _stored(path, text)
    if stored is not None and stored[1]:
        with contextlib.suppress(EOFError, ValueError, TypeError):  # a damaged copy: parsed again
            data = marshal.loads(stored[1])
            _PARSED[text] = stored[1]
            return data
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or _line_from_message(str(error))
        raise DataFileError(path, f"TOML syntax error: {error}", line) from error
    meta = data.get("meta")
    if not isinstance(meta, dict) or any(key not in meta for key in REQUIRED_META):
        raise DataFileError(path, f"needs a [meta] table with {', '.join(REQUIRED_META)}")
    try:
        kept = marshal.dumps(data)
    except ValueError:  # a date or a time
        return data
    if len(_PARSED) >= PARSED_LIMIT:
        _PARSED.clear()
    _PARSED[text] = kept
    if stored is not None:
        _store(stored[0], data)
    return data


def _stored(path: Path, text: str) -> tuple[Path, bytes] | None:
    """Where a bundled file's parsed data is kept in the cache folder (``lemma_cache.cache_dir``;
    none with ``FRAMING_CACHE_DIR=0`` or for a file outside the bundled data), named after the
    file and a digest of its text (an edited text finds no copy), and the copy's bytes if it exists
    (else empty). Parsing the bundled TOML files took 0.1 s of every start (``source_types.toml``
    30 ms, ``speech_de.toml`` and ``concepts.toml`` 10 ms each); reading their copies about 3 ms."""
    from .lemma_cache import cache_dir
    from .resources import data_dir

    folder = cache_dir()
    if folder is None:
        return None
    try:
        name = path.resolve().relative_to(data_dir().resolve())
    except (OSError, ValueError):  # not a bundled file
        return None
    digest = hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
    copy = folder / f"toml-{'-'.join(name.with_suffix('').parts)}-{digest}.marshal"
    try:
        return copy, copy.read_bytes()
    except OSError:
        return copy, b""


def _store(copy: Path, data: dict[str, Any]) -> None:
    """Write a bundled file's parsed data to its place in the cache folder (``_stored``), replacing
    the copies of the file's earlier texts; a folder that cannot be written is skipped."""
    from .lemma_cache import replace_marshal

    file = copy.name.rsplit("-", 1)[0]  # "toml-registries-concepts"
    named = copy.parent.glob(f"{file}-*.marshal")
    earlier = (stale for stale in named if "-" not in stale.name[len(file) + 1 :])  # not "concepts-extra"'s
    replace_marshal(copy, data, earlier)


def table_entries(
    path: Path, data: dict[str, Any], table: str, required: tuple[str, ...] = ("id",)
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The ``[[TABLE]]`` entries of a loaded data file, each with how an error names it ("actor #3").
    An entry that is not a table, or lacks one of the ``required`` text fields, is a DataFileError
    naming the file and the entry, the same for every registry."""
    entries = data.get(table, [])
    if not isinstance(entries, list):
        raise DataFileError(path, f"'{table}' must be written as [[{table}]] tables")
    for number, entry in enumerate(entries, 1):
        where = f"{table} #{number}"
        if not isinstance(entry, dict):
            raise DataFileError(path, f"{where}: must be a [[{table}]] table")
        missing = [key for key in required if not isinstance(entry.get(key), str) or not entry[key]]
        if missing:
            raise DataFileError(path, f"{where}: missing {', '.join(missing)}")
        yield where, entry


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def compile_pattern(path: Path, pattern: object, where: str) -> re.Pattern[str]:
    """Compile one regular expression from a data file, naming the entry when it is broken."""
    if not isinstance(pattern, str) or not pattern:
        raise DataFileError(path, f"{where}: 'pattern' must be a non-empty string")
    try:
        return re.compile(pattern)
    except (re.error, OverflowError, RecursionError) as error:  # a huge count, groups nested too deep
        reason = "groups nested too deeply" if isinstance(error, RecursionError) else error
        raise DataFileError(path, f"{where}: bad regular expression {shown(pattern)}: {reason}") from error


def shown(pattern: str) -> str:
    """A pattern as an error message shows it: quoted, and cut short when long."""
    return repr(pattern) if len(pattern) <= 120 else f"{pattern[:120]!r}… ({len(pattern):,} characters)"
