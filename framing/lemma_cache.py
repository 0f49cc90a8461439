"""simplemma's dictionary from a prebuilt copy: start-up without decoding 1.1 million word forms.

simplemma ships each language's dictionary compressed and front-coded; decoding the German one takes
about 1.5 s in every process that lemmatizes a word (a one-article ``framing analyze`` included).
The first process writes the decoded dictionary with ``marshal`` to the user cache folder
(``FRAMING_CACHE_DIR``, else ``$XDG_CACHE_HOME/framing`` or ``~/.cache/framing``; ``0``: no cache),
later ones read it in about 0.3 s. The copy is named after simplemma's version and the source file's
size and time, so an upgrade builds a new one (and removes the old); a cache that cannot be read or
written is skipped.
Same dictionary, same lemmas.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ENVIRONMENT = "FRAMING_CACHE_DIR"


def cache_dir() -> Path | None:
    """The folder of prebuilt copies, or None when ``FRAMING_CACHE_DIR=0`` turns them off."""
    value = os.environ.get(ENVIRONMENT)
    if value is not None:
        return None if value.strip() in ("", "0") else Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = Path.home() / ".cache"
        except RuntimeError:  # no home folder known: no copy
            return None
    return Path(base) / "framing"


def cached(load: Callable[[str], Any], source: Callable[[str], Path], version: str) -> Callable[[str], Any]:
    """``load(language)`` read from (or written to) a marshal copy named after ``version`` and the
    size and time of ``source(language)``, the file it decodes."""

    def load_cached(language: str) -> Any:
        folder = cache_dir()
        try:
            stat = source(language).stat()
        except OSError:
            folder = None
        if folder is None:
            return load(language)
        path = folder / f"simplemma-{version}-{language}-{stat.st_size}-{stat.st_mtime_ns}.marshal"
        try:
            found = marshal.loads(path.read_bytes())
            if isinstance(found, dict) and found:
                return found
        except (OSError, EOFError, ValueError, TypeError):
            pass
        dictionary = load(language)
        _write(path, dictionary)
        for stale in folder.glob(f"simplemma-*-{language}-*.marshal"):  # an older simplemma's copy
            if stale != path:
                with contextlib.suppress(OSError):
                    stale.unlink()
        return dictionary

    return load_cached


def _write(path: Path, dictionary: Any) -> None:
    """Write atomically (a temporary file renamed), so parallel processes never read half a copy."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = marshal.dumps(dictionary)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except (OSError, ValueError):  # read-only home, a value marshal cannot write
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:  # full disk
        Path(temporary).unlink(missing_ok=True)


def install() -> None:
    """Route simplemma's dictionary loading through ``cached`` (once; a simplemma without the
    expected loader is left as it is)."""
    try:
        from simplemma.__metadata__ import __version__ as version
        from simplemma.strategies.dictionaries import dictionary_factory as factory
    except ImportError:
        return
    load = getattr(factory, "_load_dictionary_from_disk", None)
    folder = getattr(factory, "DATA_FOLDER", None)
    if load is None or folder is None or getattr(load, "framing_cached", False):
        return
    cached_load = cached(load, lambda language: folder / f"{language}.plzma", version)
    cached_load.framing_cached = True  # type: ignore[attr-defined]
    factory._load_dictionary_from_disk = cached_load
