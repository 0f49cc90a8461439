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
chain (a third of the cost of a word type's first sighting); any other form goes to simplemma's
lemmatization strategy, called directly (``_unlisted_lemma``), with its German noun-ending pattern
searched only in words that end as one of its matches must (``EndAnchored``, speed round 42).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]  # the parsed pattern's op codes
from re import _parser  # type: ignore[attr-defined]  # the pattern's parts, read once at install
from typing import Any, Final

ENVIRONMENT: Final = "FRAMING_CACHE_DIR"
_LOADED: Final[dict[str, dict[bytes, bytes]]] = {}  # language → the decoded dictionary simplemma was given
# letters that ``re.IGNORECASE`` equates with a Latin letter their ``str.lower`` is not (Turkish dotted
# capital I and dotless i, long s): a word holding one at its end is searched by the pattern itself
_CASE_LOOSE: Final = frozenset("İıſ")


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
    _install_noun_endings()


class EndAnchored:
    """A pattern each of whose matches ends at the end of the string (``$``) and is at most ``longest``
    characters long, searched only in the strings that end with one of the literal endings every
    match must end with (``_endings``), and there only from where a match can start: the same match
    (its ``pos`` aside) or None, without the failed attempt at every position of the others (speed
    round 42: simplemma's German noun endings, case-insensitive, cost 58,000 instructions a
    capitalised word)."""

    __slots__ = ("_endings", "_longest", "_pattern", "_width")

    def __init__(self, pattern: re.Pattern[str], endings: tuple[str, ...], longest: int) -> None:
        self._pattern = pattern
        by_last: dict[str, list[str]] = {}  # the endings by their last two letters
        for ending in endings:
            by_last.setdefault(ending[-2:], []).append(ending)
        self._endings = {last: tuple(them) for last, them in by_last.items()}  # (two letters at least)
        self._width = max(map(len, endings))
        self._longest = longest + 1  # ``$`` also matches before a final line break

    def search(self, string: str) -> re.Match[str] | None:
        """``pattern.search(string)``; None at once where the lower-case end of ``string`` ends with
        none of the endings (not decided so for a final line break, before which ``$`` also matches,
        nor for a letter ``re.IGNORECASE`` and ``str.lower`` read differently)."""
        tail = string[-self._width :]
        if tail[-1:] != "\n" and (tail.isascii() or _CASE_LOOSE.isdisjoint(tail)):
            lower = tail.lower()
            if not lower.endswith(self._endings.get(lower[-2:], ())):
                return None
        return self._pattern.search(string, max(0, len(string) - self._longest))


def _endings(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], int] | None:
    """The lower-case literal endings one of which ends every match of ``pattern`` (the letters after
    its last character class), and the length of its longest match; None where they cannot be read:
    a flag other than ``IGNORECASE``, a repeat of more than one, a look-behind or any other part whose
    match depends on what comes before it, a path not ending at ``$``, an ending of less than two
    letters (a class among the last two)."""
    if pattern.flags & ~(re.IGNORECASE | re.UNICODE):
        return None
    paths = _paths(list(_parser.parse(pattern.pattern, pattern.flags)))
    if not paths:
        return None
    endings = set()
    for path in paths:
        if path[-1:] != ("$",) or "$" in path[:-1]:
            return None
        letters = path[:-1]
        last_class = max((i for i, letter in enumerate(letters) if letter is None), default=-1)
        if last_class > len(letters) - 3:
            return None
        endings.add("".join(letters[last_class + 1 :]))  # type: ignore[arg-type]  # letters only
    return tuple(sorted(endings)), max(map(len, paths)) - 1


def _paths(items: list[tuple[Any, Any]]) -> list[tuple[str | None, ...]] | None:
    """Every sequence ``items`` can match, a letter (lower case) or None (any of a class) each, "$" for
    the end; None for a part it cannot spell out."""
    paths: list[tuple[str | None, ...]] = [()]
    for op, value in items:
        options: list[tuple[str | None, ...]] | None
        if op is sre.LITERAL:
            letter = chr(value).lower()
            options = [(letter,)] if len(letter) == 1 else None
        elif op is sre.NOT_LITERAL or op is sre.ANY:
            options = [(None,)]
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in value):  # a class of letters: each
            letters = [chr(code).lower() for _, code in value]
            options = [(letter,) for letter in letters] if all(len(x) == 1 for x in letters) else None
        elif op is sre.IN:
            options = [(None,)]
        elif op is sre.SUBPATTERN and not value[1] and not value[2]:
            options = _paths(list(value[3]))
        elif op is sre.BRANCH:
            branches = [_paths(list(branch)) for branch in value[1]]
            options = None if None in branches else [p for branch in branches for p in branch or ()]
        elif op is sre.MAX_REPEAT and value[1] == 1:
            inner = _paths(list(value[2]))
            options = None if inner is None else ([()] if value[0] == 0 else []) + inner
        elif op is sre.AT and value is sre.AT_END:
            options = [("$",)]
        else:
            return None
        if options is None:
            return None
        paths = [path + option for path in paths for option in options]
    return paths


def _install_noun_endings() -> None:
    """simplemma's German noun-ending pattern searched as ``EndAnchored`` (once; left as it is where
    its endings cannot be read)."""
    try:
        from simplemma.strategies.defaultrules import de
    except ImportError:
        return
    pattern = getattr(de, "NOUN_ENDINGS_DE", None)
    if not isinstance(pattern, re.Pattern):
        return
    read = _endings(pattern)
    if read is not None:
        de.NOUN_ENDINGS_DE = EndAnchored(pattern, *read)  # type: ignore[assignment]  # its search, same answers


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
    if found is None and word:  # in NFC, with a dictionary at hand
        return _unlisted_lemma(word)
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
    if word:
        return _unlisted_lemma(word)
    import simplemma

    return simplemma.lemmatize(word, lang="de")


# simplemma's default strategy's parts (``__slots__``), as read for ``_stages``: its apostrophe split (Turkish
# only), its dictionary look-up and its greedy round (not used by ``lemmatize``), then the stages in its order
_DEFAULT_PARTS: Final = frozenset({"_apostrophe_search", "_dictionary_lookup", "_greedy_dictionary_lookup"})
_STAGES: Final = (
    "_clitic_search",
    "_hyphen_search",
    "_rules_search",
    "_prefix_search",
    "_affix_search",
    "_morpheme_search",
)


_Stage = Callable[[str, str], str | None]
# the stages that give a word of a language nothing where the language is in none of their tables (the
# module of ``simplemma.strategies`` and the tables' names)
_BY_TABLES: Final = {
    "_clitic_search": ("clitic_decomposition", ("_CLITIC_SUFFIXES", "PROCLITIC_LANGS")),
    "_affix_search": ("affix_decomposition", ("AFFIX_LANGS",)),  # not greedy
    "_morpheme_search": ("morpheme_decomposition", ("MORPHEME_LANGS",)),
}


@cache
def _stages() -> tuple[
    tuple[_Stage, ...], tuple[_Stage, ...], frozenset[str], bool, Callable[[str, str], str]
]:
    """The ``get_lemma`` of the stages simplemma's default strategy asks a German word after its dictionary
    look-up, in its order: for a word with a hyphen, for one without (its hyphen stage looks only at the
    first); the hyphens; whether the last of them is the strategy's last (else its answer is None where
    theirs are empty); its fallback's, as ``lemmatize`` builds them. A stage whose tables lack German
    (``_BY_TABLES``: clitics, affixes, morphemes) is left out; the whole strategy is the one stage where
    its parts are not those read here (another simplemma)."""
    import importlib

    from simplemma.strategies import DefaultStrategy, ToLowercaseFallbackStrategy, hyphen_removal

    strategy = DefaultStrategy()
    fallback = ToLowercaseFallbackStrategy().get_lemma
    hyphens = getattr(hyphen_removal, "HYPHENS", None)
    if set(getattr(DefaultStrategy, "__slots__", ())) != _DEFAULT_PARTS | set(_STAGES) or not hyphens:
        return (strategy.get_lemma,), (strategy.get_lemma,), frozenset(), True, fallback
    names = list(_STAGES)
    for name, (module, tables) in _BY_TABLES.items():
        found = [getattr(importlib.import_module(f"simplemma.strategies.{module}"), t, None) for t in tables]
        if all(isinstance(table, dict) and "de" not in table for table in found):
            names.remove(name)
    hyphenated = tuple(getattr(strategy, name).get_lemma for name in names)
    plain = tuple(getattr(strategy, name).get_lemma for name in names if name != "_hyphen_search")
    return hyphenated, plain, frozenset(hyphens), names[-1] == _STAGES[-1], fallback


def _unlisted_lemma(word: str) -> str:
    """``simplemma.lemmatize(word, lang="de")`` of a word in NFC, not empty, that simplemma's dictionary
    lacks as written and with its case turned (speed round 42): a word without an apostrophe and not a
    number goes straight to the stages after the look-up (``_stages``: the apostrophe split and the
    look-up give it nothing), any word without the checks and the cache of each ``lemmatize`` call
    (a form comes here once, as segmentation remembers its analysis)."""
    if word.isnumeric() or "'" in word or "’" in word or "ʼ" in word:
        import simplemma

        return simplemma.lemmatize(word, lang="de")
    hyphenated, plain, hyphens, whole, fallback = _stages()
    found = None
    for stage in plain if hyphens.isdisjoint(word) else hyphenated:  # the strategy's ``or`` of its stages
        found = stage(word, "de")
        if found:
            return found
    return found if found is not None and whole else fallback(word, "de")


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
