"""Where the bundled data files live, and loading them once per process."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

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


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-entry-per-line data file; ``#`` starts a comment line."""
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return frozenset(s for line in lines if (s := line.strip()) and not s.startswith("#"))
