"""Users' regular expressions (boilerplate rules and outlet signatures from ``FRAMING_USER_DIR`` or
``--outlets``) are untrusted: one such as ``(a+)+$`` backtracks for minutes on a line of 40
characters. A repetition nested in a repetition that can match the same text is refused when the
file is read, and every user pattern runs with the ``regex`` package under a time budget per line;
both errors name the file and the rule. Bundled patterns are trusted and run with ``re`` as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from .datafiles import compile_pattern, shown
from .errors import DataFileError
from .resources import data_dir

if TYPE_CHECKING:  # ``regex`` is imported where a user's pattern is read (20 ms of every start else)
    import regex

sre = import_module("re._constants")  # the parse tree of ``re``: read-only use, stable since 3.11
sre_parse = import_module("re._parser")  # (private modules, so typeshed does not describe them)
USER_PATTERN_SECONDS = 1.0  # per search of one line or text; bundled rules take microseconds
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ADVICE = "rewrite it so that no text can be matched in many ways, e.g. '(a+)+' as 'a+'"


@dataclass(frozen=True, slots=True)
class UserPattern:
    """One user pattern: its file, the rule's name there, its text and the part compiled from it."""

    path: Path
    where: str
    pattern: str
    part: str


def is_bundled(path: Path) -> bool:
    """True for a file shipped with framing (its patterns are trusted)."""
    return Path(path).resolve().is_relative_to(data_dir().resolve())


def load_pattern(path: Path, pattern: object, where: str) -> re.Pattern[str] | GuardedPattern:
    """A data file's pattern: compiled with ``re`` when bundled, else checked and guarded."""
    compiled = compile_pattern(path, pattern, where)
    if is_bundled(path):
        return compiled
    check_repetitions(path, compiled.pattern, where)
    import regex

    try:
        return GuardedPattern(
            compiled.pattern, (UserPattern(path, where, compiled.pattern, compiled.pattern),)
        )
    except (regex.error, OverflowError, RecursionError) as error:  # syntax ``re`` reads, ``regex`` not
        message = f"{where}: bad regular expression {shown(compiled.pattern)}: {error}"
        raise DataFileError(path, message) from error


def check_repetitions(path: Path, pattern: str, where: str) -> None:
    """Refuse a repetition whose body can be matched by an inner variable repetition alone, as in
    ``(a+)+``, ``(\\w+\\s?)*`` or ``(?:x{1,3})+``: a failing match tries every way to split the text."""
    try:
        nested = _nested(sre_parse.parse(pattern))
    except RecursionError as error:
        raise DataFileError(path, f"{where}: bad regular expression: groups nested too deeply") from error
    if nested:
        message = f"{where}: pattern {shown(pattern)} nests repetitions that can take exponential time"
        raise DataFileError(path, f"{message}; {_ADVICE}")


def _nested(items: list) -> bool:
    for op, value in items:
        if op in _REPEATS:
            _, high, body = value
            if high >= 2 and _loops(body):
                return True
            children = [body]
        elif op is sre.SUBPATTERN:
            children = [value[-1]]
        elif op is sre.BRANCH:
            children = list(value[1])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            children = [value[1]]
        elif op is sre.ATOMIC_GROUP:
            children = [value]
        elif op is sre.GROUPREF_EXISTS:
            children = [part for part in value[1:] if part]
        else:
            continue
        if any(_nested(child) for child in children):
            return True
    return False


def _loops(items: list) -> bool:
    """Whether ``items`` can match through one variable repetition with everything else empty."""
    items = list(items)
    for index, (op, value) in enumerate(items):
        others = sre_parse.SubPattern(sre_parse.State(), items[:index] + items[index + 1 :])
        if others.getwidth()[0]:
            continue
        if op in _REPEATS and value[1] >= 2 and value[1] > value[0]:
            return True
        if op is sre.SUBPATTERN and _loops(value[-1]):
            return True
        if op is sre.ATOMIC_GROUP and _loops(value):
            return True
        if op is sre.BRANCH and any(_loops(branch) for branch in value[1]):
            return True
    return False


class GuardedPattern:
    """User patterns (one, or several joined as alternatives) run by ``regex`` with a time budget;
    running out raises a ``DataFileError`` naming the file and the rule that backtracks."""

    def __init__(self, pattern: str, members: tuple[UserPattern, ...]) -> None:
        self.pattern = pattern
        self.members = members
        import regex

        self._compiled = regex.compile(pattern)

    def search(self, text: str, pos: int = 0) -> regex.Match[str] | None:
        return self._run("search", text, pos)

    def match(self, text: str, pos: int = 0) -> regex.Match[str] | None:
        return self._run("match", text, pos)

    def fullmatch(self, text: str, pos: int = 0) -> regex.Match[str] | None:
        return self._run("fullmatch", text, pos)

    def _run(self, method: str, text: str, pos: int) -> regex.Match[str] | None:
        try:
            return getattr(self._compiled, method)(text, pos, timeout=USER_PATTERN_SECONDS)
        except TimeoutError:
            raise self._too_slow(method, text, pos) from None

    def _too_slow(self, method: str, text: str, pos: int) -> DataFileError:
        """The error naming the member that runs out of time on ``text`` alone (else the first)."""
        culprit = self.members[0]
        import regex

        if len(self.members) > 1:
            for member in self.members:
                try:
                    getattr(regex.compile(member.part), method)(text, pos, timeout=USER_PATTERN_SECONDS)
                except TimeoutError:
                    culprit = member
                    break
        return DataFileError(
            culprit.path,
            f"{culprit.where}: pattern {shown(culprit.pattern)} ran longer than {USER_PATTERN_SECONDS:g} s "
            f"on a text of {len(text):,} characters; {_ADVICE}",
        )
