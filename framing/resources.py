"""Where the bundled data files live, the layers a data file is read from (bundled, then the user's
folder, then files given on the command line), and loading them once per process with one reset.

Every loader of a data file takes its paths from ``layers`` (or ``registry_paths``), reads each with
``datafiles.load_toml`` and its ``[[table]]`` entries with ``datafiles.table_entries``, and is
registered with ``reloadable`` so that ``reset()`` makes the next call read the files again (tests
that set ``FRAMING_USER_DIR`` call it before and after).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, Final, Protocol, TypeVar

from .datafiles import load_toml, read_text
from .errors import DataFileError

_PACKAGE_DIR: Final = Path(__file__).resolve().parent
_RESETS: Final[list[Callable[[], Any]]] = []


class _Cached(Protocol):
    def cache_clear(self) -> None: ...


Loader = TypeVar("Loader", bound=_Cached)


def data_dir() -> Path:
    """The bundled ``data/`` folder: inside an installed wheel, or at the repository root."""
    installed = _PACKAGE_DIR / "_data"
    return installed if installed.is_dir() else _PACKAGE_DIR.parent / "data"


def user_dir() -> Path | None:
    """A user folder of extra or overriding data files (``FRAMING_USER_DIR``), if set."""
    value = os.environ.get("FRAMING_USER_DIR")
    return Path(value).expanduser() if value else None


def data_path(*parts: str) -> Path:
    return data_dir().joinpath(*parts)


def layers(bundled: str, user: str, extra: tuple[Path, ...] = ()) -> list[Path]:
    """The files of one data resource in the order they apply: ``data/BUNDLED``, then
    ``$FRAMING_USER_DIR/USER`` if present, then ``extra`` (files named on the command line)."""
    paths = [data_dir() / bundled]
    folder = user_dir()
    if folder and (folder / user).is_file():
        paths.append(folder / user)
    return [*paths, *(Path(path) for path in extra)]


def registry_paths(name: str, extra: tuple[Path, ...] = ()) -> list[Path]:
    """The layers of registry ``name``: ``data/registries/NAME``, ``$FRAMING_USER_DIR/NAME``, ``extra``."""
    return layers(f"registries/{name}", name, extra)


def reloadable(loader: Loader) -> Loader:
    """Register a cached loader of data files (``functools.cache``/``lru_cache``), so that ``reset``
    clears it."""
    _RESETS.append(loader.cache_clear)
    return loader


def on_reset(clear: Callable[[], Any]) -> None:
    """Call ``clear`` on ``reset`` (a cache that is not a ``functools`` one)."""
    _RESETS.append(clear)


def reset() -> None:
    """Forget every data file loaded so far (after ``FRAMING_USER_DIR`` or a file changed): the
    next analysis reads them again. One call for tests, instead of clearing caches one by one."""
    for clear in _RESETS:
        clear()


@reloadable
@cache
def word_sets(name: str) -> dict[str, frozenset[str]]:
    """The word lists of registry ``name`` (bundled, then the user's file: lists joined), each as a
    set under its dotted table and key: "clause_boundaries.tone.words" → {"und", "oder", …}."""
    found: dict[str, set[str]] = {}
    for path in registry_paths(name):
        for key, words in _lists(load_toml(path), ""):
            if not all(isinstance(word, str) and word for word in words):
                raise DataFileError(path, f"{key}: must be a list of words")
            found.setdefault(key, set()).update(words)
    return {key: frozenset(words) for key, words in found.items()}


def _lists(table: dict[str, Any], prefix: str) -> list[tuple[str, list[Any]]]:
    """(dotted key, list) for every list in ``table`` and the tables inside it, [meta] excepted."""
    found = []
    for key, value in table.items():
        if isinstance(value, dict) and key != "meta":
            found += _lists(value, f"{prefix}{key}.")
        elif isinstance(value, list):
            found.append((f"{prefix}{key}", value))
    return found


def clause_boundaries(use: str) -> frozenset[str]:
    """The tokens that end a clause for one measure ("tone", "hedging", "numbers"): its punctuation
    and words in ``data/registries/grammar_de.toml``."""
    lists = word_sets("grammar_de.toml")
    words = lists.get(f"clause_boundaries.{use}.words", frozenset())
    return lists[f"clause_boundaries.{use}.punctuation"] | words


@reloadable
@cache
def word_list(name: str) -> frozenset[str]:
    """A one-entry-per-line data file; ``#`` starts a comment line. A file of the same name in
    ``FRAMING_USER_DIR`` adds its entries, and removes those written with a leading ``-``."""
    words = set(_entries(data_path(name)))
    folder = user_dir()
    if folder and (folder / name).is_file():
        for entry in _entries(folder / name):
            if entry.startswith("-") and len(entry) > 1:
                words.discard(entry[1:].strip())
            else:
                words.add(entry)
    return frozenset(words)


@reloadable
@cache
def place_names() -> frozenset[str]:
    """The place names of ``data/places_de.txt`` (countries, capitals, regions, and a user's list),
    lower case: event terms, coverage and speaker spans read the same list."""
    return frozenset(name.lower() for name in word_list("places_de.txt"))


def _entries(path: Path) -> list[str]:
    lines = read_text(path).splitlines()
    return [s for line in lines if (s := line.strip()) and not s.startswith("#")]
