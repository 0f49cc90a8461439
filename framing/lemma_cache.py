"""simplemma's dictionary from a prebuilt copy: start-up without decoding 1.1 million word forms.

simplemma ships each language's dictionary compressed and front-coded; decoding the German one takes
about 1.5 s in every process that lemmatizes a word (a one-article ``framing analyze`` included).
The first process writes the decoded dictionary with ``marshal`` to the user cache folder
(``FRAMING_CACHE_DIR``, else ``$XDG_CACHE_HOME/framing`` or ``~/.cache/framing``; ``0``: no cache),
later ones read it in about 0.3 s. The copy is named after simplemma's version and the source file's
size and time, so an upgrade builds a new one (and removes the old); a cache that cannot be read or
written is skipped.
Same dictionary, same lemmas. The decoded German dictionary is also read directly (``lemma_de``,
``is_known_de``): a form simplemma finds by plain look-up gets the same answer without its call
chain (a third of the cost of a word type's first sighting); any other form goes to simplemma.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final

ENVIRONMENT: Final = "FRAMING_CACHE_DIR"
_LOADED: Final[dict[str, dict[bytes, bytes]]] = {}  # language → the decoded dictionary simplemma was given


def cache_dir() -> Path | None:
    """The folder of prebuilt copies, or None when ``FRAMING_CACHE_DIR=0`` turns them off."""
    value = os.environ.get(ENVIRONMENT)
    if value is not None:
        return None if value.strip() in ("", "0") else Path(value).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "framing"
    try:
        return Path.home() / ".cache" / "framing"
    except RuntimeError:  # no home folder known: no copy
        return None


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
        older = folder.glob(f"simplemma-*-{language}-*.marshal")  # an older simplemma's copies
        replace_marshal(path, dictionary, older)
        return dictionary

    return load_cached


def write_marshal(path: Path, dictionary: Any) -> None:
    """Write ``dictionary`` as ``marshal``'s bytes atomically (a temporary file renamed), so parallel
    processes never read half a copy; a folder that cannot be written or a value ``marshal`` cannot
    write is skipped (also the cache of ``datafiles.load_toml``)."""
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


def replace_marshal(path: Path, data: Any, earlier: Iterable[Path]) -> None:
    """Write ``data`` to ``path`` (``write_marshal``), then remove the ``earlier`` copies it replaces (all
    but ``path``; one that cannot be removed is left): an older simplemma's dictionary, the parsed data of a
    bundled file's earlier text (``datafiles``). ``earlier`` may be a lazy ``glob``: it is read after the
    write."""
    write_marshal(path, data)
    for stale in earlier:
        if stale != path:
            with contextlib.suppress(OSError):
                stale.unlink()


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

    def recorded_load(language: str) -> Any:
        """simplemma's loader through the copy, its dictionary kept for ``_plain_lookup`` (only this
        loader's: a ``cached`` loader made elsewhere, as in a test, leaves the German look-ups alone)."""
        dictionary = cached_load(language)
        if isinstance(dictionary, dict):
            _LOADED[language] = dictionary
        return dictionary

    recorded_load.framing_cached = True  # type: ignore[attr-defined]
    factory._load_dictionary_from_disk = recorded_load  # type: ignore[assignment]  # simplemma's loader, swapped


def _german() -> dict[bytes, bytes] | None:
    """The decoded German dictionary simplemma uses, once simplemma has loaded it through ``install``'s
    loader; None with a simplemma that keeps it otherwise."""
    if "de" not in _LOADED:
        install()
        try:
            from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

            DEFAULT_DICTIONARY_FACTORY.get_dictionary("de")
        except (ImportError, AttributeError, ValueError):
            pass
        _LOADED.setdefault("de", {})
    return _LOADED["de"] or None


def _plain_lookup(word: str) -> bytes | bool | None:
    """What simplemma's dictionary look-up gives ``word`` (the form, then its case turned), or False
    when simplemma must decide: no dictionary at hand, a form not in NFC, a lone surrogate."""
    dictionary = _german()
    if dictionary is None or not unicodedata.is_normalized("NFC", word):
        return False
    try:
        found = dictionary.get(word.encode())
        if found is None:
            found = dictionary.get((word.lower() if word[:1].isupper() else word.capitalize()).encode())
    except UnicodeEncodeError:
        return False
    return found


def lemma_de(word: str) -> str:
    """``simplemma.lemmatize(word, lang="de")``, read from the dictionary where simplemma's own first
    step (after its numeric and apostrophe checks, which German words pass) finds it."""
    found = None if word.isnumeric() else _plain_lookup(word)
    if isinstance(found, bytes):
        return found.decode()
    import simplemma

    return simplemma.lemmatize(word, lang="de")


def lemmas_de(words: list[str]) -> list[str]:
    """``lemma_de`` of each of ``words``, all looked up together: one check that they are in NFC
    (on the words joined by line breaks, which compose with nothing), one ``map`` of the look-ups
    of the forms as written; the rest word by word (``lemma_de``)."""
    dictionary = _german()
    if dictionary is None or not unicodedata.is_normalized("NFC", "\n".join(words)):
        return list(map(lemma_de, words))
    try:
        found = list(map(dictionary.get, map(str.encode, words)))
    except UnicodeEncodeError:  # a lone surrogate
        return list(map(lemma_de, words))
    return [
        lemma.decode() if lemma is not None and not word.isnumeric() else _unlisted(dictionary, word)
        for word, lemma in zip(words, found, strict=True)
    ]


def _unlisted(dictionary: dict[bytes, bytes], word: str) -> str:
    """``lemma_de`` of a word in NFC whose form as written ``dictionary`` lacks, or of a number: the
    form with its case turned looked up (``_plain_lookup``'s second look-up; its first and the NFC
    check are done), else simplemma (speed round 38)."""
    if not word.isnumeric():
        found = dictionary.get((word.lower() if word[:1].isupper() else word.capitalize()).encode())
        if found is not None:
            return found.decode()
    import simplemma

    return simplemma.lemmatize(word, lang="de")


def is_known_de(word: str) -> bool:
    """``simplemma.is_known(word, lang="de")``: the same two look-ups; a form with an apostrophe
    (simplemma also tries its variants) or one ``_plain_lookup`` leaves undecided goes to simplemma.
    ``_plain_lookup``'s steps are written out here: two Python calls fewer a word (speed round 40)."""
    dictionary = _LOADED.get("de") or _german()
    if dictionary is not None and unicodedata.is_normalized("NFC", word):
        try:
            found = word.encode() in dictionary or (
                (word.lower() if word[:1].isupper() else word.capitalize()).encode() in dictionary
            )
        except UnicodeEncodeError:  # a lone surrogate: simplemma decides
            pass
        else:
            if found:
                return True
            if word and "'" not in word and "’" not in word and "ʼ" not in word:
                return False
    import simplemma

    return simplemma.is_known(word, lang="de")
