"""Where the bundled data files live, and loading them once per process."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from .datafiles import read_text

_PACKAGE_DIR = Path(__file__).resolve().parent


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


def registry_paths(name: str, extra: tuple[Path, ...] = ()) -> list[Path]:
    """The layers of registry ``name`` in the order they apply: the bundled
    ``data/registries/NAME``, then ``$FRAMING_USER_DIR/NAME`` if present, then ``extra``."""
    paths = [data_path("registries", name)]
    folder = user_dir()
    if folder and (folder / name).is_file():
        paths.append(folder / name)
    return [*paths, *extra]


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


def _entries(path: Path) -> list[str]:
    lines = read_text(path).splitlines()
    return [s for line in lines if (s := line.strip()) and not s.startswith("#")]
