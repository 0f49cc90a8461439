"""Own voice or quoted: the regions of a text inside quotation marks, found once per text.

Pairs „…“ „…” "…" »…« «…» ‚…‘ ‚…’ “…” “…“ within a paragraph; an unclosed quote runs to the
paragraph's end (German multi-paragraph quotes reopen in each paragraph), unless the paragraph ends
without sentence-final punctuation (a print layout's line break inside it). Regions are the content
between the marks. Every family that separates the outlet's voice from quoted voices uses this.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Final

from ..model import Doc

# opening mark -> closing marks it accepts
PAIRS: Final[dict[str, str]] = {
    "„": '“”"',
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "“": "”“",
    '"': '"“',
}  # '"…“' and “…“ in sloppy copy
# the marks of quotations that may go on over a paragraph break (round 86; not » « ‚, which also serve
# as arrows and bullets), and the marks a paragraph ends with where it closes an open quotation
_RUNNING: Final = '„"“'
_STOPS: Final = ".!?…:;„“”\"»«‚‘’')]"
# a quotation mark, or a line break with the white space after it up to the last line break of that
# white space (a paragraph break: two line breaks or more; one alone matches as itself). One class
# opens the pattern, so ``re`` skips to the next mark or line break in C; an alternation of a class
# and a line break was tried at every character (27 → 10 µs per article, speed round 19)
_MARKS: Final = re.compile(r"[„“”\"»«‚‘’\n](?:(?<=\n)\s*\n)?")


@lru_cache(maxsize=256)
def quoted_regions(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the content of every top-level quotation in ``text``, in order."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (opening mark, content start)
    for match in _MARKS.finditer(text):
        mark = match.group()
        position = match.start()
        if mark[0] == "\n":  # paragraph break: close whatever is open (a single line break: nothing),
            # unless a quotation in „…“ or "…" runs on over it (round 86: "Das Ergebnis ist¶¶vor allem …")
            if (
                stack
                and len(mark) > 1
                and not (stack[0][0] in _RUNNING and _goes_on(text, stack[0][1], position))
            ):
                regions.append((stack[0][1], position))
                stack.clear()
            continue
        if stack and mark in PAIRS[stack[-1][0]] and not _is_apostrophe(text, position, mark):
            _, start = stack.pop()
            if not stack:
                regions.append((start, position))
            continue
        if mark in PAIRS and _can_open(text, position, mark):
            stack.append((mark, match.end()))
    if stack:
        regions.append((stack[0][1], len(text)))
    return tuple((start, end) for start, end in regions if end > start)


def _goes_on(text: str, content: int, break_start: int) -> bool:
    """Whether an open quotation goes on over the paragraph break at ``break_start``: the text before
    the break ends without sentence-final punctuation or a quotation mark (a print layout's line break
    inside the quotation, "Dadurch lässt sie ausgerechnet¶¶Ältere … außen vor")."""
    end = break_start
    while end > content and text[end - 1].isspace():
        end -= 1
    return end > content and text[end - 1] not in _STOPS


def _is_apostrophe(text: str, position: int, mark: str) -> bool:
    """’ between two letters is an apostrophe ("geht’s"), not a closing quote."""
    return (
        mark == "’"
        and 0 < position < len(text) - 1
        and text[position - 1].isalpha()
        and text[position + 1].isalpha()
    )


def _can_open(text: str, position: int, mark: str) -> bool:
    if mark in '"“':  # ambiguous marks open only at a word start
        return position + 1 < len(text) and not text[position + 1].isspace()
    if mark == "‚":
        return position + 1 < len(text) and text[position + 1].isalpha()
    return True


def is_quoted(text: str, start: int, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` lies inside a quotation."""
    regions = quoted_regions(text)
    index = bisect_right(regions, (start, float("inf"))) - 1
    if index < 0:
        return False
    region_start, region_end = regions[index]
    return region_start <= start and (end if end is not None else start + 1) <= region_end


def voice(text: str, start: int, end: int | None = None) -> str:
    """``"quoted"`` or ``"own"`` for a span of ``text``."""
    return "quoted" if is_quoted(text, start, end) else "own"


def quoted_mask(doc: Doc) -> list[bool]:
    """Whether each token of ``doc`` lies inside a quotation; computed once per Doc."""
    if doc._quoted is None:
        mask = [False] * len(doc.tokens)
        starts = doc.token_starts()
        for start, end in quoted_regions(doc.text):
            first, stop = bisect_left(starts, start), bisect_left(starts, end)
            mask[first:stop] = [True] * (stop - first)
        doc._quoted = mask
    return doc._quoted


def token_voice(doc: Doc, first: int, end: int | None = None) -> str:
    """``"quoted"`` or ``"own"`` for tokens ``first`` to ``end`` (exclusive) of ``doc``, from its mask."""
    mask = doc._quoted if doc._quoted is not None else quoted_mask(doc)
    if end is None or end == first + 1:
        return "quoted" if mask[first] else "own"
    return "quoted" if all(mask[first:end]) else "own"
