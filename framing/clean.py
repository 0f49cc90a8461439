"""Boilerplate removal with an audit trail, headline detection and date extraction.

Rules are data (``data/boilerplate.toml``, then the outlet's own rules from the registry); all
rules of one kind are compiled into a single regular expression, so each line is tested once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]  # the parsed pattern's op codes
from re import _parser  # type: ignore[attr-defined]  # a rule's parts, read once per rule set
from typing import Any, Final

from .datafiles import load_toml, table_entries
from .dates import parse_date
from .errors import DataFileError
from .literals import required_any
from .model import Removed, frozen_reduce
from .patterns import GuardedPattern, UserPattern, is_bundled, load_pattern
from .resources import layers, reloadable

RULE_KINDS: Final = ("line", "prefix", "suffix", "list", "tail")
_INLINE_FLAGS: Final = re.compile(r"^\(\?([aiLmsux]+)\)")
_LIST_ITEM: Final = re.compile(r"^[-•*·–▪►]\s+\S")
_INVISIBLE_CHARS: Final = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width characters, BOM
_INVISIBLE: Final = re.compile(f"[{_INVISIBLE_CHARS}]")  # a regex: far faster than translate
# spaces that are no plain one, one by one: a tab, no-break, the typographic spaces U+2000–U+200A, narrow
# no-break, medium mathematical and ideographic; whether a text holds one is asked by one ``in`` each
# (``normalize``), and as a pattern's character class (``_ODD_SPACE_CHARS``) it is searched or replaced
_ODD_SPACES_ONE_BY_ONE: Final = "\t\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_ODD_SPACE_CHARS: Final = re.escape(_ODD_SPACES_ONE_BY_ONE)  # the same characters inside "[…]"
_SPACE: Final = rf"[ {_ODD_SPACE_CHARS}]"
_ODD_SPACE: Final = rf"[{_ODD_SPACE_CHARS}]"
_SPACES: Final = re.compile(rf"{_ODD_SPACE}{_SPACE}*| {_SPACE}+")  # not one plain space
_ODD_SPACES: Final = re.compile(_ODD_SPACE)  # without one, and without two plain spaces in a row: no _SPACES
# an invisible character or an odd space: whether a text holds one is asked by one ``in`` each (C's
# ``memchr`` over the text for most of them), a third of what a search of their class costs, character by
# character (speed round 43)
_UNUSUAL_CHARS: Final = _INVISIBLE_CHARS + _ODD_SPACES_ONE_BY_ONE
# _SPACES where no odd space is: its "  " prefix is searched for, 4× faster
_PLAIN_SPACES: Final = re.compile("  +")
TAIL_MIN_POSITION: Final = 0.4  # a comment-section heading ends the article only after 40 % of the text
HEADLINE_MAX_WORDS: Final = 25
HEADLINE_MAX_CHARS: Final = 220


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    reason: str
    pattern: str
    date: bool = False
    credit: bool = False
    source: Path | None = None  # the user file it came from; None for bundled (trusted) rules
    label: str = ""  # how errors name it, e.g. "rule boilerplate #3"

    def __reduce__(self) -> tuple[Any, ...]:
        return frozen_reduce(self)


def parse_rules(path: Path, entries: Iterable[dict], where: str = "rule") -> tuple[Rule, ...]:
    rules = []
    for number, entry in enumerate(entries, 1):
        label = f"{where} boilerplate #{number}"
        if not isinstance(entry, dict):
            raise DataFileError(path, f"{label}: must be a table with kind, reason and pattern")
        kind = entry.get("kind", "line")
        if kind not in RULE_KINDS:
            raise DataFileError(path, f"{label}: kind must be one of {', '.join(RULE_KINDS)}")
        if not entry.get("reason"):
            raise DataFileError(path, f"{label}: missing reason")
        load_pattern(path, entry.get("pattern"), label)
        source = None if is_bundled(path) else path
        date, credit = bool(entry.get("date")), bool(entry.get("credit"))
        rules.append(Rule(kind, entry["reason"], entry["pattern"], date, credit, source, label))
    return tuple(rules)


@reloadable
@lru_cache(maxsize=1)
def generic_rules() -> tuple[Rule, ...]:
    """The bundled generic rules, then ``$FRAMING_USER_DIR/boilerplate.toml`` if present."""
    rules: list[Rule] = []
    for path in layers("boilerplate.toml", "boilerplate.toml"):
        entries = [entry for _, entry in table_entries(path, load_toml(path), "rule", ())]
        rules.extend(parse_rules(path, entries))
    return tuple(rules)


def scoped(pattern: str) -> str:
    """Turn a leading global flag group ``(?i)`` into a scoped one, so patterns can be joined."""
    match = _INLINE_FLAGS.match(pattern)
    return f"(?{match.group(1)}:{pattern[match.end() :]})" if match else f"(?:{pattern})"


_SCANS: Final = re.compile(r"(?<!\\)\.[*+{]")  # a wildcard run: the pattern may scan a whole line
SUFFIX_WINDOW: Final = 200  # characters at the end of a line in which suffix rules are looked for
# ``RuleSet.for_text``: up to this length a text may be cleaned by the whole rule set instead of a view
# whose alternations would first be compiled (1.5–4 ms each); the whole set matches at most about
# 0.16 µs a character more (demo600's paragraph lines: 1.32 against 0.59 ms for 4,700 characters)
WHOLE_SET_CHARS = 10_000
# ``RuleSet.for_text``: a text of at most this many lines is cleaned by the whole rule set, its rules'
# literals not looked for: those scans of the text (0.11 ms for a gnad1000 article, one line of about
# 3,000 characters) cost more than the rules a view leaves out take on so few lines (about 0.03 ms a
# line), and no view is compiled for it (12 views, 0.13 s, over gnad1000's 699 texts after 20)
FEW_LINES = 3  # plain: a test sets it (the compiled build reads it from the module at each use)


Pattern = re.Pattern[str] | GuardedPattern


class RuleSet:
    """All rules of each kind joined into one alternation; the matching group names the rule.

    ``for_text`` narrows the set to the rules that can match a text: a rule that scans a line (a
    suffix rule, or a pattern with a wildcard run such as ``.{0,400}``) and needs one of some plain
    texts (``literals.required_any``) takes part only when the text contains one, so long body lines
    are not scanned by rules that cannot apply. Other rules fail within a few characters anyway.
    """

    def __init__(
        self, rules: Sequence[Rule], whole: RuleSet | None = None, absent: Set[int] | None = None
    ) -> None:
        """``whole``: the set that ``for_text`` narrows to this one, without the rules in ``absent``
        (its rules, literals and compiled alternations are shared, not copied)."""
        if whole is None:
            self.rules = tuple(rules)
            # each rule's literals shortest first: ``for_text`` stops at a rule's first one found,
            # and a short text (a credit's "ap", "stand") is found in most articles, often early
            self._literals = [
                (index, tuple(sorted(literals, key=len)))
                for index, rule in enumerate(self.rules)
                if (rule.kind == "suffix" or _SCANS.search(rule.pattern))
                and (literals := required_any(rule.pattern))
            ]
            self._patterns: dict[tuple[int, ...], tuple[Pattern, ...]] = {}  # rule indexes → compiled
            self._narrowed: dict[frozenset[int], RuleSet] = {}
            self._met_once: set[frozenset[int]] = set()  # absent rules met once, their view not built
            self._bundled_only = all(rule.source is None for rule in self.rules)  # no user's rule
            self._longest = tuple(
                _longest_fullmatch(rule.pattern) if rule.source is None else UNBOUNDED for rule in self.rules
            )
            self._last_characters = _last_characters([r for r in self.rules if r.kind == "suffix"])
        else:
            self.rules, self._literals = whole.rules, whole._literals
            self._patterns, self._narrowed = whole._patterns, whole._narrowed
            self._met_once, self._bundled_only = whole._met_once, whole._bundled_only
            self._longest = whole._longest
            self._last_characters = whole._last_characters
        self._absent = absent or frozenset()
        self._compiled = self._compile(self._absent)
        self._long_lines: dict[str, tuple[int, tuple[Pattern, ...]]] = {}

    def _indexes(self, kind: str, absent: Set[int]) -> tuple[int, ...]:
        return tuple(i for i, rule in enumerate(self.rules) if rule.kind == kind and i not in absent)

    def _compile(self, absent: Set[int]) -> dict[str, tuple[Pattern, ...]]:
        """Per kind, the alternation of its bundled rules not in ``absent`` and that of its user
        rules (run with a time budget), each compiled once; either may be missing."""
        compiled = {}
        for kind in RULE_KINDS:
            indexes = self._indexes(kind, absent)
            if indexes not in self._patterns:
                end = "$" if kind == "suffix" else ""
                parts = {i: f"(?P<r{i}>{scoped(self.rules[i].pattern)}){end}" for i in indexes}
                bundled = [parts[i] for i in indexes if self.rules[i].source is None]
                users = [
                    UserPattern(rule.source, rule.label, rule.pattern, parts[i])
                    for i in indexes
                    if (rule := self.rules[i]).source is not None
                ]
                joined: list[Pattern] = [re.compile("|".join(bundled))] if bundled else []
                if users:  # only then: a guarded pattern imports ``regex`` (20 ms of start-up)
                    joined.append(GuardedPattern("|".join(u.part for u in users), tuple(users)))
                self._patterns[indexes] = tuple(joined)
            compiled[kind] = self._patterns[indexes]
        return compiled

    def absent(self, text: str) -> frozenset[int]:
        """The rules that cannot match anywhere in ``text``: none of their literals is in it."""
        lower = text.lower()
        absent = set()
        for index, literals in self._literals:
            for literal in literals:  # a plain loop: a generator per rule costs more than the tests
                if literal in lower:
                    break
            else:
                absent.add(index)
        return frozenset(absent)

    def for_text(self, text: str) -> RuleSet:
        """The rules that can match somewhere in ``text``: a view without the others, sharing this
        set's compiled rules. Where the view needs an alternation not compiled yet, the first text
        (up to ``WHOLE_SET_CHARS``) with its set of absent rules gets this whole set instead (the
        same matches: the rules left out match nowhere in the text), and the alternation is compiled
        only for a set met twice. A text of at most ``FEW_LINES`` lines gets this whole set without
        the literals looked for. Not where a user's rule is absent: it would run with its time
        budget where the view skips it."""
        if self._bundled_only and text.count("\n") < FEW_LINES:
            return self
        key = self.absent(text)
        narrowed = self._narrowed.get(key)
        if narrowed is None:
            if (
                len(text) <= WHOLE_SET_CHARS
                and key not in self._met_once
                and not any(self.rules[index].source for index in key)
                and any(self._indexes(kind, key) not in self._patterns for kind in RULE_KINDS)
            ):
                if len(self._met_once) >= 256:
                    self._met_once.clear()
                self._met_once.add(key)
                return self
            if len(self._narrowed) >= 256:
                self._narrowed.clear()
            narrowed = self._narrowed[key] = RuleSet(self.rules, self, key)
        return narrowed

    def _rule(self, match: re.Match[str]) -> Rule:
        return self.rules[_index(match)]

    def _first(self, kind: str, method: str, line: str, pos: int = 0) -> re.Match[str] | None:
        """The match one alternation of all the kind's rules would give: the leftmost, and of
        those the earliest rule (bundled and user rules are compiled apart)."""
        return self._first_of(self._compiled[kind], method, line, pos)

    @staticmethod
    def _first_of(
        patterns: tuple[Pattern, ...], method: str, line: str, pos: int = 0
    ) -> re.Match[str] | None:
        if len(patterns) < 2:  # the usual case: no user rules of this kind
            return getattr(patterns[0], method)(line, pos) if patterns else None
        best = None
        for pattern in patterns:
            match = getattr(pattern, method)(line, pos)
            if match and (best is None or (match.start(), _index(match)) < (best.start(), _index(best))):
                best = match
        return best

    def fullmatch(self, kind: str, line: str) -> Rule | None:
        """The first rule of the kind that matches all of ``line``; for a line longer than any rule
        of a bounded length can match (``_longest_fullmatch``: a body line of an article, often a
        whole article without line breaks), the alternation of the others (the same rule matches)."""
        longest, patterns = self._long_lines.get(kind) or self._for_long_lines(kind)
        if len(line) > longest:
            match = self._first_of(patterns, "fullmatch", line)
        else:
            match = self._first(kind, "fullmatch", line)
        return self._rule(match) if match else None

    def _for_long_lines(self, kind: str) -> tuple[int, tuple[Pattern, ...]]:
        """The longest line a rule of the kind with a bounded length can match, and the kind's
        alternation without those rules (compiled once, as ``_compile`` compiles any view)."""
        present = self._indexes(kind, self._absent)
        bounded = [i for i in present if self._longest[i] < UNBOUNDED]
        if bounded:
            longest = max(self._longest[i] for i in bounded)
            patterns = self._compile(self._absent | set(bounded))[kind]
        else:
            longest, patterns = UNBOUNDED, self._compiled[kind]
        self._long_lines[kind] = (longest, patterns)
        return longest, patterns

    def prefix(self, line: str) -> tuple[Rule, int] | None:
        match = self._first("prefix", "match", line)
        return (self._rule(match), match.end()) if match and match.end() else None

    def suffix(self, line: str) -> tuple[Rule, int] | None:
        """A suffix rule matching the end of ``line``; searched in its last ``SUFFIX_WINDOW``
        characters only (credits and initials are short), not from every position of a long line."""
        ends = self._last_characters  # "" (a line of spaces) is in any string: searched
        if ends is not None and line.rstrip()[-1:] not in ends:
            return None  # no suffix rule can end so (``_last_characters``)
        match = self._first("suffix", "search", line, max(0, len(line) - SUFFIX_WINDOW))
        return (self._rule(match), match.start()) if match and match.start() < len(line) else None


UNBOUNDED: Final = 1 << 62  # no line is so long


def _longest_fullmatch(pattern: str) -> int:
    """The longest text that ``pattern`` can match as a whole (``fullmatch``), by its parts' widths
    (``re``'s own count; an unbounded repeat gives ``UNBOUNDED``), or where it opens with a look-ahead
    that ends at the text's end (``(?=.{0,400}$)``; not with ``re.MULTILINE``, where ``$`` ends every
    line), that look-ahead's longest match and a final line break (``$`` also matches before one). A
    pattern ``re`` cannot read is unbounded."""
    try:
        parsed = _parser.parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return UNBOUNDED
    longest = parsed.getwidth()[1]
    first = parsed[0] if len(parsed) and not parsed.state.flags & re.MULTILINE else None
    if first is not None and first[0] is sre.ASSERT and first[1][0] == 1:  # a look-ahead
        ahead = first[1][1]
        if len(ahead) and ahead[-1] == (sre.AT, sre.AT_END):
            longest = min(longest, ahead.getwidth()[1] + 1)
    return min(longest, UNBOUNDED)


def _last_characters(rules: Sequence[Rule]) -> str | None:
    """The characters one of which ends a line (but for spaces after it) that one of ``rules`` can match
    up to its end: each rule's last character before optional spaces (``\\s*``) and ``$``, where it is
    one character (not a letter under ``re.IGNORECASE``, whose other case would match too), a user's
    rule none. Where a rule has none, None: every line is searched."""
    last = set()
    for rule in rules:
        if rule.source is not None:
            return None
        try:
            parsed = _parser.parse(rule.pattern)
        except (re.error, RecursionError, OverflowError):
            return None
        items = list(parsed)
        while items and (items[-1] == (sre.AT, sre.AT_END) or _spaces(items[-1])):
            items.pop()
        if not items or items[-1][0] is not sre.LITERAL or parsed.state.flags & re.MULTILINE:
            return None
        character = chr(items[-1][1])
        if parsed.state.flags & re.IGNORECASE and character.lower() != character.upper():
            return None
        last.add(character)
    return "".join(sorted(last))


def _spaces(item: tuple[Any, Any]) -> bool:
    """Whether a parsed part is ``\\s*`` (any number of spaces, greedy or lazy)."""
    op, arguments = item
    if op not in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) or arguments[0] != 0:
        return False
    inner = list(arguments[2])
    return inner == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]


def _index(match: re.Match[str]) -> int:
    """The rule index of a match of the joined pattern: its group ``_N`` matched."""
    return int(str(match.lastgroup)[1:])


@reloadable
@lru_cache(maxsize=64)
def rule_set(outlet_rules: tuple[Rule, ...] = ()) -> RuleSet:
    return RuleSet(generic_rules() + outlet_rules)


@dataclass
class Cleaned:
    text: str
    title: str | None
    title_source: str | None
    date: str | None
    removed: list[Removed] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


def normalize(text: str) -> str:
    """NFC, Unix line ends, no invisible characters, single spaces within lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):  # a quick check: most texts are NFC already
        text = unicodedata.normalize("NFC", text)
    if not any(map(text.__contains__, _UNUSUAL_CHARS)):  # most texts: no invisible character, no odd space
        return text if "  " not in text else _PLAIN_SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    if "  " not in text and _ODD_SPACES.search(text) is None:  # a quarter of the sub's cost
        return text
    return _SPACES.sub(" ", text)


def clean(
    raw: str, outlet_rules: tuple[Rule, ...] = (), title: str | None = None, normalized: bool = False
) -> Cleaned:
    """Remove boilerplate lines and line parts from ``raw``; find headline and date.

    ``title`` is a headline known from metadata: a body line repeating it is dropped as the headline.
    ``normalized``: ``raw`` already went through ``normalize`` (the pipeline does it once).
    """
    text = raw if normalized else normalize(raw)
    rules = rule_set(outlet_rules).for_text(text)
    lines = text.split("\n")
    removed: list[Removed] = []
    credits: list[str] = []
    kept: list[str] = []
    seen: set[str] = set()
    tail = _tail_start(lines, rules)
    in_list = False

    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        if tail is not None and number > tail:
            removed.append(Removed(line, "comment section", number))
            continue
        if in_list and _LIST_ITEM.match(line):
            removed.append(Removed(line, "related-links list", number))
            continue
        in_list = False
        line = _strip_parts(line, number, rules, removed, credits)
        if not line:
            continue
        rule = rules.fullmatch("list", line) or rules.fullmatch("line", line)
        if rule:
            removed.append(Removed(line, rule.reason, number))
            in_list = rule.kind == "list"
        elif line in seen and len(line.split()) >= 4:
            removed.append(Removed(line, "duplicate line", number))
        else:
            seen.add(line)
            kept.append(line)

    date = _date_from(removed, rules)
    title, title_source, kept = _headline(kept, title)
    return Cleaned("\n\n".join(kept), title, title_source, date, removed, credits)


def _tail_start(lines: list[str], rules: RuleSet) -> int | None:
    """Line number of a comment-section heading in the later part of the text, if any."""
    total = sum(len(line) + 1 for line in lines)
    position = 0
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if position >= TAIL_MIN_POSITION * total and stripped and rules.fullmatch("tail", stripped):
            return number - 1
        position += len(line) + 1
    return None


def _strip_parts(line: str, number: int, rules: RuleSet, removed: list, credits: list) -> str:
    """Remove rule-matched prefixes (date stamps) and suffixes (credits, initials) of a line."""
    if found := rules.prefix(line):
        rule, end = found
        removed.append(Removed(line[:end].strip(), rule.reason, number))
        line = line[end:].strip()
    for _ in range(2):  # e.g. "… Güter. (sh)" or "… (afp/nh)"
        found = rules.suffix(line)
        if not found:
            break
        rule, start = found
        part = line[start:].strip()
        removed.append(Removed(part, rule.reason, number))
        if rule.credit:
            credits.append(part.strip("()"))
        line = line[:start].rstrip()
    return line


def _date_from(removed: list[Removed], rules: RuleSet) -> str | None:
    date_reasons = {rule.reason for rule in rules.rules if rule.date}
    for item in removed:
        if item.reason in date_reasons and (found := parse_date(item.text)):
            return found
    return None


def is_headline_like(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= HEADLINE_MAX_WORDS
        and len(line) <= HEADLINE_MAX_CHARS
        and not line.rstrip("\"'“”»«’ ").endswith((".", ",", ";"))
        and not line[0].islower()
    )


def _headline(kept: list[str], known: str | None) -> tuple[str | None, str | None, list[str]]:
    """Pick the headline: known from metadata, the first line, or a subheading near the top."""
    if known:
        key = normalize(known).strip()
        return key, "metadata", kept[1:] if kept and kept[0] == key else kept
    if len(kept) >= 2 and is_headline_like(kept[0]):
        return kept[0], "first line", kept[1:]
    for line, following in pairwise(kept[1:5]):
        if is_headline_like(line) and not is_headline_like(following):
            return line, "subheading", kept
    return None, None, kept
