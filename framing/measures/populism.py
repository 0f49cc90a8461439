"""Populist language after Gründl's German populism dictionary (``data/lexicons/
populism_gruendl_de``, CC0): anti-elitism, people-centrism and sovereignty, own voice vs quoted.

The dictionary's patterns are R regular expressions for lower-cased text. At load time they are
translated (POSIX classes to Python, "(.*)" and ".*" to "\\w*" so no pattern runs across words)
and anchored to word boundaries. Each pattern runs only on texts that contain its required
literal ("partei" for "alt(-)?partei(en)?"): which literals a text holds is read off its word
types (remembered per word, so a corpus pays once per new word), and only those patterns run, in
windows around the literal. A pattern without one runs on texts that contain a literal of one of
its variants ("bank" or "bänk" for "b(a|ä)nk(i)?er(.*)"), over the whole text. One pass of the full
238-way expression would cost a quarter of a second per article.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from itertools import pairwise
from operator import itemgetter
from typing import Final

from ..errors import DataFileError
from ..lexicons import FILES, Resources
from ..literals import alternatives
from ..memo import remembered
from ..model import Doc, Span
from ..resources import data_path, on_reset, reloadable
from ..segment import register_form_mark
from .additive import Number, Stats, Tally, Totals, cell_at, cell_starts, ratio, shared_stats
from .additive import words as words_in
from .voice import voice

DIMENSIONS: Final = ("anti_elitism", "people_centrism", "sovereignty")
FEATURES: Final = {
    "populism.per_1k": "populist expressions in the outlet's own voice per 1,000 words",
    **{
        f"populism.{d}_per_1k": f"{d.replace('_', ' ')} expressions in the own voice per 1,000 words"
        for d in DIMENSIONS
    },
    "populism.quoted_per_1k": "populist expressions inside quotes per 1,000 words",
}


def translate(pattern: str) -> str:
    """An R dictionary pattern as a Python pattern confined to word boundaries."""
    return rf"(?<!\w)(?:{_python(pattern)})(?!\w)"


def _python(pattern: str) -> str:
    python = pattern.strip()
    python = python.replace("[^[:space:]]", r"\S").replace("[[:space:]]", r"\s")
    return python.replace("(.*)", r"\w*").replace(".*", r"\w*")


_NOT_TEXT: Final = re.compile(r"[^\w -]")


def search_translate(pattern: str) -> str:
    """``translate(pattern)`` rewritten to begin with the pattern's leading plain text, when it has
    one ("(?:elite(?<!\\welite)(n)?)(?!\\w)" for "elite(n)?"), with the same matches. The regex
    engine tries a pattern that begins with a look-behind at every character, but scans fast for
    one that begins with text (about ten times faster); the look-behind, moved behind the text,
    still sees the character before it."""
    python = _python(pattern)
    text = _NOT_TEXT.split(python, maxsplit=1)[0]
    if python[len(text) : len(text) + 1] in ("?", "*", "+", "{"):
        text = text[:-1]  # the last letter is optional or repeated
    if not text or "[" in python or "\\(" in python or "\\)" in python or len(alternatives(python)) > 1:
        return translate(pattern)
    return rf"(?:{text}(?<!\w{text}){python[len(text) :]})(?!\w)"


_OPTIONAL_OR_GROUP: Final = re.compile(r"\([^()]*\)[?*]?|\[[^\]]*\][?*+]?|\\\w[*+?]?")


def required_literal(pattern: str) -> str | None:
    """The longest piece of plain text every match must contain ("partei" in "alt(-)?partei(en)?"),
    so a pattern only runs on texts that contain it; None when there is no piece of 3+ letters."""
    plain, previous = pattern.strip(), None
    while plain != previous:  # innermost groups first, until no group is left
        plain, previous = _OPTIONAL_OR_GROUP.sub(" ", plain), plain
    pieces = [piece for piece in re.split(r"[^\w-]+", plain) if len(piece) >= 3 and "-" not in piece]
    return max(pieces, key=len) if pieces else None


@reloadable
@cache
def dictionary() -> list[tuple[str | None, re.Pattern[str], dict[str, str]]]:
    """(required literal, compiled pattern, dictionary row) for every entry; the pattern in its
    faster form (``search_translate``: the matches of ``translate``'s), the one ``annotate`` runs (each
    pattern compiled once, not also in ``translate``'s form: 30 ms of start-up)."""
    path = data_path("lexicons", "populism_gruendl_de.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    entries = []
    for number, row in enumerate(rows, 2):
        try:
            compiled = re.compile(search_translate(row["pattern"]))
        except re.error as error:
            raise DataFileError(path, f"pattern {row['pattern']!r}: {error}", number) from error
        entries.append((required_literal(row["pattern"]), compiled, row))
    return entries


def variant_literals(pattern: str) -> frozenset[str] | None:
    """For a pattern without a required literal: the required literals of the variants its first
    obligatory alternation gives ("bank" and "bänk" for "b(a|ä)nk(i)?er(.*)"); every match contains
    one of them. None when a variant has no literal or the pattern has classes, escapes or a
    top-level alternation."""
    plain = pattern.strip()
    if "[" in plain or "\\" in plain or len(alternatives(plain)) > 1:
        return None
    depth, opening = 0, 0
    bars: list[int] = []
    for position, char in enumerate(plain):
        if char == "(":
            depth += 1
            if depth == 1:
                opening, bars = position, []
        elif char == "|" and depth == 1:
            bars.append(position)
        elif char == ")":
            depth -= 1
            if depth == 0 and bars and plain[position + 1 : position + 2] not in ("?", "*", "{"):
                bounds = [opening, *bars, position]
                variants = [
                    plain[:opening] + plain[left + 1 : right] + plain[position + 1 :]
                    for left, right in pairwise(bounds)
                ]
                literals = [literal for variant in variants if (literal := required_literal(variant))]
                return frozenset(literals) if len(literals) == len(variants) else None
    return None


@reloadable
@cache
def _triggers() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Literal → the dictionary entries (indices) a text containing it makes run, and the entries
    that run on every text (no literal, none for their variants either)."""
    triggers: dict[str, list[int]] = {}
    always = []
    for index, (literal, _, row) in enumerate(dictionary()):
        literals = {literal} if literal is not None else variant_literals(row["pattern"])
        if literals is None:
            always.append(index)
        for trigger in sorted(literals or ()):
            triggers.setdefault(trigger, []).append(index)
    return {trigger: tuple(indices) for trigger, indices in triggers.items()}, tuple(always)


WINDOW: Final = 80  # characters around a literal in which its pattern may match


@reloadable
@cache
def _literal_finder() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One compiled automaton over every trigger literal (3+ characters): a regex trie, which finds
    at a position of a word the longest literal starting there; the shorter literals there are that
    literal's prefixes, listed with it. No lookahead around it: one in every position cost about a
    sixth more of the scan over an article's new words, and ``_literals_in`` finds the literals
    starting inside a match by searching again from the match's second character."""
    literals = sorted(literal for literal in _triggers()[0] if len(literal) >= 3)
    within = {
        literal: frozenset(other for other in literals if literal.startswith(other)) for literal in literals
    }
    return re.compile(_trie(literals)), within


def _trie(words: list[str]) -> str:
    """A regex matching any of ``words`` (sorted, distinct), longest first, one branch per shared prefix."""
    groups: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    branches = [re.escape(first) + _trie(rests) for first, rests in groups.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def _literals_in(word: str) -> frozenset[str]:
    """The literals (required or of a variant) inside one lower-case word: a pattern is tried only
    on texts with a word containing its literal. Found by ``_literal_finder``'s automaton, searched
    from each character after the last literal's start (literals overlap: "allgemeinheit" holds
    "gemein"), not by testing every literal."""
    finder, within = _literal_finder()
    found = []
    position = 0
    while (match := finder.search(word, position)) is not None:
        found.append(within[match.group()])
        position = match.start() + 1
    return frozenset().union(*found)


LITERAL_CACHE_SIZE = 200_000  # word forms remembered; cleared when full (bounded memory)
_LITERALS: Final[dict[str, frozenset[str]]] = {}  # lower-case word form → ``_literals_in``
on_reset(_LITERALS.clear)


def _literals_present(forms: set[str]) -> frozenset[str]:
    """The literals inside any of ``forms``, each form's remembered (``memo.remembered``: an
    ``lru_cache`` hit per form cost a quarter more); for a document not segmented by rules."""
    return frozenset().union(*remembered(_LITERALS, forms, _literals_in, LITERAL_CACHE_SIZE))


_WITH_LITERALS: Final[dict[str, frozenset[str]]] = {}  # lower-case word → its literals, where it has any
on_reset(_WITH_LITERALS.clear)


def _literals_of(form: str) -> frozenset[str]:
    """``_literals_in(form)``, remembered for the words that have literals."""
    found = _WITH_LITERALS.get(form)
    if found is None:
        found = _literals_in(form)
        if found:
            if len(_WITH_LITERALS) >= LITERAL_CACHE_SIZE:
                _WITH_LITERALS.clear()
            _WITH_LITERALS[form] = found
    return found


def _finder() -> re.Pattern[str]:
    """``_literal_finder``'s automaton: a word holds a literal (every literal is 3+ letters: only
    words can) where it finds a match; no literal holds a line break, so a ``finditer`` over words
    one a line finds a match in every line holding one (each line's first literal)."""
    return _literal_finder()[0]


# the words with literals, found once per word form by segmentation (one search of the automaton
# over all of an article's new words) and read from the flagged tokens: no look-up of each of an
# article's forms in a memo; the literals themselves are read (``_literals_of``) for the few words
# that have any, about one new word form in twenty
_LITERAL_WORDS: Final = register_form_mark(holding=_finder)


def _windows(text: str, literal: str | None) -> list[tuple[int, int]]:
    """Stretches of ``text`` around each occurrence of ``literal`` (the whole text without one)."""
    if literal is None:
        return [(0, len(text))]
    windows: list[tuple[int, int]] = []
    position = text.find(literal)
    while position != -1:
        start, end = max(0, position - WINDOW), min(len(text), position + len(literal) + WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
        position = text.find(literal, position + 1)
    return windows


def annotate(doc: Doc, resources: Resources = FILES) -> list[Span]:
    """Populism cues; ``resources`` as for every family (Gründl's dictionary is not edited in a session)."""
    lower = doc.text.lower()
    if len(lower) != len(doc.text):  # keep offsets: a few characters lower-case to two ("İ")
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in doc.text)
    triggers, always = _triggers()
    marked = doc.marked(_LITERAL_WORDS)
    if marked is None:  # a document not segmented by rules
        present = _literals_present(set(map(itemgetter(0), doc.token_keys())))
    else:
        keys = doc.token_keys()
        present = frozenset().union(*[_literals_of(keys[i][0]) for i in marked])
    candidates = sorted({index for literal in present for index in triggers[literal]}.union(always))
    entries = dictionary()
    windows: dict[str | None, list[tuple[int, int]]] = {}  # many entries share a literal
    found = set()
    for index in candidates:  # in dictionary order, as the matches' order decides ties below
        literal, searcher, _ = entries[index]
        if literal not in windows:
            windows[literal] = _windows(lower, literal)
        for window_start, window_end in windows[literal]:
            found |= {
                (m.start(), m.end(), index)
                for m in searcher.finditer(lower, window_start, window_end)
                if m.end() > m.start()
            }
    spans, taken_until = [], -1
    for start, end, index in sorted(found, key=lambda f: (f[0], -f[1])):
        if start < taken_until:
            continue  # overlapping entries: the longest match at a position wins
        taken_until = end
        row = entries[index][2]
        attrs = {
            "style": row["style"],
            "sub_type": row["sub_type"],
            "pattern": row["pattern"],
            "voice": voice(doc.text, start, end),
        }
        spans.append(Span(start, end, "populism", row["dimension"].replace("-", "_"), attrs=attrs))
    return spans


def sentence_stats(doc: Doc, spans: list[Span]) -> Stats:
    """Expressions in the own voice (all and by dimension) and quoted, in the sentence where they start."""
    tally, starts = Tally(doc), cell_starts(doc)
    for span in spans:
        cell = cell_at(starts, span.start)
        if span.attrs["voice"] == "own":
            tally.add("populism.own", cell)
            tally.add(f"populism.own.{span.label}", cell)
        else:
            tally.add("populism.quoted", cell)
    return {**shared_stats(doc), **tally.stats}


def features_from_totals(totals: Totals) -> dict[str, Number]:
    words = words_in(totals)
    features = {"populism.per_1k": ratio(totals["populism.own"], words, 1000)}
    for dimension in DIMENSIONS:
        features[f"populism.{dimension}_per_1k"] = ratio(totals[f"populism.own.{dimension}"], words, 1000)
    features["populism.quoted_per_1k"] = ratio(totals["populism.quoted"], words, 1000)
    return features
