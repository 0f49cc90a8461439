"""Near-verbatim reuse between articles (shared wire copy, copied paragraphs) and wire credits.

Shared passages: every run of ``SHINGLE_WORDS`` consecutive words (lower case, punctuation
ignored, so „…“ and "…" quotes or a dropped comma do not break a match) is hashed into one index of
word positions; a shingle found in two articles is a hit, and hits on the same alignment that overlap
or touch are merged into one maximal passage. The work grows with the number of words, not with the
number of substrings. Eight words: shorter shingles match stock phrases ("die strategische
Zusammenarbeit auf der Weltbühne", "der Sprecher des US-Außenministeriums"), while eight identical
words in a row rarely happen by chance in news text.

Wire credits: agency credits in the clean text, in what cleaning removed as a credit (``metadata
["credits"]``) and in removed photo captions; a photo credit ("© AFP") says who took the picture, not
who wrote the text, and is reported with ``kind="photo"``. Agencies are data
(``data/registries/agencies.toml``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

from ..datafiles import load_toml, table_entries
from ..dates import parse_date
from ..errors import DataFileError
from ..measures.voice import quoted_mask
from ..model import Doc
from ..resources import registry_paths, reloadable

SHINGLE_WORDS = 8
MAX_REPEATS_IN_ARTICLE = 5  # a shingle repeated more often within one article (a template) links nothing
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_NOT_SCANNED = frozenset(
    {"comment section", "related-links list", "duplicate line"}
)  # not this article's credits
_PHOTO_MARKER = re.compile(
    r"(?i)©|\(c\)\s|\b(?:foto|fotos|bild|bilder|bildquelle|bildrechte|credit|grafik|archivfoto)\s*:"
)
_PARENTHESES = re.compile(r"\(([^()\n]{1,60})\)")
_CREDIT_PART = re.compile(r"[\w.&-]+(?: [\w.&-]+)?")  # "afp", "nh", "Associated Press"


@dataclass(frozen=True, slots=True)
class SharedPassage:
    """A passage two articles share word for word: ``a_start:a_end`` in article ``a``'s clean text,
    ``b_start:b_end`` in ``b``'s (``a`` and ``b`` index the docs given, ``a < b``)."""

    a: int
    b: int
    a_article: str
    b_article: str
    a_outlet: str | None
    b_outlet: str | None
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    words: int
    text: str  # as written in article a
    same_outlet: bool  # reuse within one outlet (a follow-up, an update) rather than across outlets
    direction: str  # "a→b" (a was published first), "b→a" or "unknown"
    quoted_share: float  # share of the words inside quotation marks in a: a shared quote, not shared copy

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "a_article": self.a_article,
            "b_article": self.b_article,
            "a_outlet": self.a_outlet,
            "b_outlet": self.b_outlet,
            "a_start": self.a_start,
            "a_end": self.a_end,
            "b_start": self.b_start,
            "b_end": self.b_end,
            "words": self.words,
            "text": self.text,
            "same_outlet": self.same_outlet,
            "direction": self.direction,
            "quoted_share": self.quoted_share,
        }


@dataclass(frozen=True, slots=True)
class WireCredit:
    """An agency credited or named in an article, with the evidence as written.

    ``kind``: "text" (the text is credited to the agency: "(afp/nh)", a credit line), "photo" (a
    picture credit: "© AFP") or "mention" (the agency named as a source in running text: "laut
    Tass"). ``source``: "text" (clean text; ``start``/``end`` locate it), "credits" (a credit cleaning
    removed) or "removed" (another removed line, such as a photo caption)."""

    agency: str
    kind: str
    evidence: str
    source: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "agency": self.agency,
            "kind": self.kind,
            "evidence": self.evidence,
            "source": self.source,
            "start": self.start,
            "end": self.end,
        }


# --- shared passages -------------------------------------------------------------------------------


def shared_passages(docs: list[Doc], min_words: int = SHINGLE_WORDS) -> list[SharedPassage]:
    """The maximal passages of at least ``min_words`` words that two different articles share."""
    if min_words < 1:
        raise ValueError("min_words must be at least 1")
    words = [doc.words() for doc in docs]
    index: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for number, doc_words in enumerate(words):
        keys = [word.text.lower() for word in doc_words]
        for position in range(len(keys) - min_words + 1):
            index[tuple(keys[position : position + min_words])].append((number, position))
    hits: dict[tuple[int, int], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for places in index.values():
        if len(places) < 2 or places[0][0] == places[-1][0]:
            continue
        if max(Counter(number for number, _ in places).values()) > MAX_REPEATS_IN_ARTICLE:
            continue
        for (a, a_position), (b, b_position) in combinations(places, 2):
            if a != b and docs[a].article.id != docs[b].article.id:
                hits[(a, b)][b_position - a_position].append(a_position)
    passages = []
    for (a, b), diagonals in hits.items():
        quoted = _quoted_words(docs[a])
        for offset, positions in diagonals.items():
            for first, end in _runs(sorted(positions), min_words):
                share = sum(quoted[first:end]) / (end - first)
                passages.append(_passage(docs, words, a, b, first, end, offset, share))
    return sorted(passages, key=lambda p: (p.a, p.b, p.a_start, p.b_start))


def _runs(positions: list[int], width: int) -> list[tuple[int, int]]:
    """Merge shingle start positions on one alignment into (first word, end word) runs."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and position <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(runs[-1][1], position + width))
        else:
            runs.append((position, position + width))
    return runs


def _quoted_words(doc: Doc) -> list[bool]:
    """Whether each word (non-punctuation token) lies inside quotation marks."""
    mask = quoted_mask(doc)
    return [inside for inside, token in zip(mask, doc.tokens, strict=True) if token.kind != "punct"]


def _passage(docs, words, a: int, b: int, first: int, end: int, offset: int, quoted: float) -> SharedPassage:
    doc_a, doc_b = docs[a], docs[b]
    a_start, a_end = words[a][first].start, words[a][end - 1].end
    b_start, b_end = words[b][first + offset].start, words[b][end - 1 + offset].end
    outlet_a, outlet_b = doc_a.article.outlet, doc_b.article.outlet
    return SharedPassage(
        a=a,
        b=b,
        a_article=doc_a.article.id,
        b_article=doc_b.article.id,
        a_outlet=outlet_a,
        b_outlet=outlet_b,
        a_start=a_start,
        a_end=a_end,
        b_start=b_start,
        b_end=b_end,
        words=end - first,
        text=doc_a.text[a_start:a_end],
        same_outlet=outlet_a is not None and outlet_a == outlet_b,
        direction=direction(doc_a.article.date, doc_b.article.date),
        quoted_share=round(quoted, 4),
    )


def direction(date_a: str | None, date_b: str | None) -> str:
    """ "a→b" when a was published before b, "b→a" the other way, "unknown" when a date is missing
    or the dates agree as far as both are known ("2024-04" and "2024-04-09")."""
    a, b = _date_parts(date_a), _date_parts(date_b)
    if not a or not b:
        return "unknown"
    common = min(len(a), len(b))
    if a[:common] < b[:common]:
        return "a→b"
    if a[:common] > b[:common]:
        return "b→a"
    return "unknown"


def _date_parts(value: str | None) -> tuple[int, ...]:
    """(year, month, day) as far as known, from ISO text or a German date."""
    if not value:
        return ()
    match = _ISO_DATE.match(value.strip())
    if not match:
        parsed = parse_date(value)
        match = _ISO_DATE.match(parsed) if parsed else None
    return tuple(int(part) for part in match.groups() if part) if match else ()


def reuse_share(doc: Doc, passages: list[SharedPassage]) -> float:
    """Share of the article's words that lie in a passage it shares with another article."""
    total = doc.word_count()
    if not total:
        return 0.0
    starts = [word.start for word in doc.words()]
    covered: set[int] = set()
    for passage in passages:
        for article, start, end in (
            (passage.a_article, passage.a_start, passage.a_end),
            (passage.b_article, passage.b_start, passage.b_end),
        ):
            if article == doc.article.id:
                covered.update(range(bisect_left(starts, start), bisect_left(starts, end)))
    return len(covered) / total


# --- wire credits ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Agencies:
    """The agency registry: credit forms (lower case) and mention forms, each to an agency id."""

    forms: dict[str, str]
    mentions: dict[str, str]
    names: dict[str, str]
    credit_pattern: re.Pattern[str]
    mention_pattern: re.Pattern[str] | None

    def agency(self, part: str) -> str | None:
        return self.forms.get(" ".join(part.lower().split()))


@reloadable
@cache
def load_agencies(extra: tuple[Path, ...] = ()) -> Agencies:
    """Bundled registry, then $FRAMING_USER_DIR/agencies.toml, then ``extra`` (later ids replace)."""
    entries: dict[str, dict] = {}
    for path in registry_paths("agencies.toml", extra):
        for where, entry in table_entries(path, load_toml(path), "agency"):
            forms, mention = entry.get("forms"), entry.get("mention", [])
            if not (
                isinstance(forms, list)
                and forms
                and isinstance(mention, list)
                and all(isinstance(f, str) and f for f in [*forms, *mention])
            ):
                raise DataFileError(path, f"{where}: needs a list of forms and a list 'mention'")
            entries[entry["id"]] = entry
    forms = {" ".join(f.lower().split()): e["id"] for e in entries.values() for f in [e["id"], *e["forms"]]}
    mentions = {f: e["id"] for e in entries.values() for f in e.get("mention", [])}
    names = {e["id"]: e.get("name", e["id"]) for e in entries.values()}
    photo = re.compile(rf"(?i)(?<![\w-])(?:{_alternation(forms)})(?![\w-])")
    mention = re.compile(rf"(?<![\w-])(?:{_alternation(mentions)})(?![\w-])") if mentions else None
    return Agencies(forms, mentions, names, photo, mention)


def _alternation(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


def wire_credits(doc: Doc, agencies: Agencies | None = None) -> list[WireCredit]:
    """Agency credits of an article: in its clean text, its removed credits and photo captions."""
    agencies = agencies or load_agencies()
    article = doc.article
    found: list[WireCredit] = []
    credits = [str(c) for c in article.provenance.credits]
    for credit in credits:
        found += [WireCredit(agency, "text", credit, "credits") for agency in _credit_parts(credit, agencies)]
    credit_keys = {" ".join(c.lower().split()) for c in credits}
    for removed in article.removed:
        key = " ".join(removed.text.strip().strip("()").lower().split())
        if removed.reason in _NOT_SCANNED or key in credit_keys:
            continue
        found += [
            replace(c, source="removed", start=None, end=None)
            for c in _scan(removed.text, agencies, mentions=False)
        ]
    found += _scan(article.text, agencies, mentions=True)
    unique: dict[tuple, WireCredit] = {}
    for item in found:
        unique.setdefault((item.agency, item.kind, item.evidence, item.source, item.start), item)
    return list(unique.values())


def _credit_parts(content: str, agencies: Agencies) -> list[str]:
    """Agencies in a credit group such as "afp/nh", "dpa, AFP" or "sh/dpa" (every part a short
    credit token); nothing if any part is ordinary text."""
    parts = [part.strip() for part in re.split(r"[/,;]", content)]
    if not parts or any(not _CREDIT_PART.fullmatch(part) for part in parts):
        return []
    found = [agencies.agency(part) for part in parts]
    return list(dict.fromkeys(agency for agency in found if agency))


def _scan(text: str, agencies: Agencies, mentions: bool) -> list[WireCredit]:
    """Credits in a text, line by line: photo credits after a marker (©, "Foto:"), credit groups in
    brackets, credit lines of their own; then agencies named in running text."""
    found: list[WireCredit] = []
    taken: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        photo_from = None
        for marker in _PHOTO_MARKER.finditer(line):
            photo_from = marker.start()
            for match in agencies.credit_pattern.finditer(line, marker.end()):
                agency = agencies.agency(match.group())
                if agency is None:  # cannot happen: the pattern is made of the registry's forms
                    continue
                start, end = line_start + marker.start(), line_start + match.end()
                found.append(WireCredit(agency, "photo", text[start:end].strip(), "text", start, end))
                taken.append((start, end))
            break
        for match in _PARENTHESES.finditer(line, 0, photo_from if photo_from is not None else len(line)):
            for agency in _credit_parts(match.group(1), agencies):
                start, end = line_start + match.start(), line_start + match.end()
                found.append(WireCredit(agency, "text", match.group(), "text", start, end))
                taken.append((start, end))
        stripped = line.strip()
        if stripped and len(stripped) <= 40:
            for agency in _credit_parts(stripped, agencies):
                start = line_start + line.index(stripped)
                found.append(WireCredit(agency, "text", stripped, "text", start, start + len(stripped)))
                taken.append((start, start + len(stripped)))
    if mentions and agencies.mention_pattern is not None:
        for match in agencies.mention_pattern.finditer(text):
            if not any(start <= match.start() < end for start, end in taken):
                agency = agencies.mentions[" ".join(match.group().split())]
                found.append(WireCredit(agency, "mention", match.group(), "text", match.start(), match.end()))
    return found
