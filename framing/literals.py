"""Literal prefilters for regular expressions: plain texts of which every match contains one, so a
pattern runs only on texts where one occurs (a cheap ``in`` test instead of a regex scan).

The analysis is conservative: whatever it cannot read (classes, optional parts, negative
lookarounds) it skips, and when it finds nothing the pattern simply always runs.
"""

from __future__ import annotations

import re
from itertools import pairwise

_QUANTIFIER = r"(?:[*+?]|\{\d*,?\d*\})"
_NOT_PLAIN = re.compile(  # classes, escapes, wildcards and anchors, and any character with a quantifier
    rf"\[[^\]]*\]{_QUANTIFIER}?|\\[A-Za-z]{_QUANTIFIER}?|.{_QUANTIFIER}|[.^$]"
)
_VERBOSE = re.compile(r"\(\?[aiLmsu]*x")
_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")
_GROUP_OPENING = re.compile(r"\(\?(?:[aiLmsux]+:|:|=|P<\w+>)|\((?!\?)")  # groups whose content is required
_OPTIONAL = re.compile(r"[?*]|\{0*,|\{0+\}")  # a quantifier that allows zero repetitions


def required_any(pattern: str) -> tuple[str, ...]:
    """Lower-case texts of which every match of ``pattern`` contains at least one; empty when none
    are known (then the pattern must always run). Reads alternatives, groups and lookaheads; a
    verbose pattern (flag ``x``), whose spaces are not text, is not read."""
    if _VERBOSE.search(pattern):
        return ()
    return _any(_GLOBAL_FLAGS.sub("", pattern, count=1))


def _any(pattern: str) -> tuple[str, ...]:
    branches = alternatives(pattern)
    if len(branches) > 1:
        found: list[str] = []
        for branch in branches:
            literals = _any(branch)
            if not literals:
                return ()
            found.extend(literals)
        return tuple(dict.fromkeys(found))
    return _sequence(pattern)


def _sequence(pattern: str) -> tuple[str, ...]:
    """The best prefilter of a pattern without top-level alternatives: its longest plain run, or the
    literals of a required group, whichever has the longer shortest text."""
    candidates: list[tuple[str, ...]] = []
    outside: list[str] = []  # the pattern with each group replaced by a separator
    position = 0
    for start, end in _groups(pattern):
        outside.append(pattern[position:start] + "\x00")
        opening = _GROUP_OPENING.match(pattern, start)
        quantifier = _OPTIONAL.match(pattern, end)
        if opening and not quantifier:
            inner = _any(pattern[opening.end() : end - 1])
            if inner:
                candidates.append(inner)
        position = end
    outside.append(pattern[position:])
    plain = _longest_plain("".join(outside))
    if plain:
        candidates.append((plain,))
    return max(candidates, key=lambda literals: min(map(len, literals)), default=())


def _longest_plain(pattern: str) -> str | None:
    """The longest run of plain text (not only spaces) in ``pattern``, in lower case."""
    for escaped in ".-()/:+":  # escaped punctuation is plain text: park it out of the wildcard rules
        pattern = pattern.replace(f"\\{escaped}", chr(1) + escaped)
    pattern = _NOT_PLAIN.sub("\x00", pattern.replace(chr(1) + ".", "\x02")).replace("\x02", ".")
    pieces = [piece for piece in pattern.replace(chr(1), "").split("\x00") if piece.strip()]
    return max((piece.lower() for piece in pieces), key=len, default=None)


def _scan(pattern: str):
    """(index, character, depth) for each character outside escapes and character classes."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            if char == ")":
                depth -= 1
            yield index, char, depth
            if char == "(":
                depth += 1
        index += 1


def alternatives(pattern: str) -> list[str]:
    """``pattern`` split at each ``|`` outside groups, character classes and escapes."""
    cuts = [index for index, char, depth in _scan(pattern) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[start + 1 : end] for start, end in pairwise(bounds)]


def _groups(pattern: str) -> list[tuple[int, int]]:
    """(start, end) of each top-level group, ``end`` just after its closing parenthesis."""
    groups, start = [], None
    for index, char, depth in _scan(pattern):
        if char == "(" and depth == 0:
            start = index
        elif char == ")" and depth == 0 and start is not None:
            groups.append((start, index + 1))
    return groups
