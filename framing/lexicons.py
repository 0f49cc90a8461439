"""Lexicons as data: a CSV of entries plus a ``.meta.toml`` with provenance and label definitions.

File format (``data/lexicons/NAME.csv`` + ``data/lexicons/NAME.meta.toml``):
  CSV columns: ``term,label`` required; ``score``, ``note`` and any further columns optional
  (further columns land in ``Entry.attrs``). A term is one or more words, matched on lemmas or
  word forms, case-insensitively, except that a capitalised term (a German noun) only matches a
  capitalised word ("Bleiben" does not match "bleibt"). ``*`` at the end matches any continuation
  ("brandheiß*"), ``*`` at the start any compound head ("*krieg": "Angriffskrieg", "Ukraine-Krieg").
  Meta: ``[meta]`` with name, version, source, licence (and description, url); ``[labels.X]``
  tables with a ``description`` of each label.
A user folder ($FRAMING_USER_DIR/lexicons/) may hold files of the same name: their entries are
added, and an entry with the same term and label replaces the bundled one; a line
``term,label`` with ``label = -`` removes a bundled term.

Matching runs once per document over its tokens with hash lookups (no per-term loops).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from .datafiles import load_toml, read_text
from .errors import DataFileError
from .model import Doc, Token, frozen_reduce
from .resources import data_path, layers, reloadable
from .segment import TOKEN_PATTERN, lemmatize

USER_LEXICON_MAX_ENTRIES = 100_000  # per user file; the largest bundled lexicon has 7,363
# CPU seconds of start-up per 100,000 user entries (reading 0.4, indexing 2.5)
USER_LEXICON_SECONDS: Final = 3
# ``Final`` (here and below): constants to the compiled build, not read from the module's dict at each use
WORD_CACHE_SIZE: Final = 200_000  # word types remembered per lexicon; cleared when full (bounded memory)


@dataclass(frozen=True, slots=True)
class Entry:
    term: str
    label: str
    score: float | None = None
    note: str = ""
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def __reduce__(self) -> tuple[Any, ...]:  # the compiled build could not unpickle a frozen one
        return frozen_reduce(self)


@dataclass(slots=True, init=False)  # not frozen: built per match, and frozen dataclasses are slow
class Match:  # to build; its own __init__ is compiled with the class (see model.Span)
    """Tokens ``first_token`` to ``end_token`` (exclusive) of a Doc match ``entry``."""

    first_token: int
    end_token: int
    start: int
    end: int
    entry: Entry

    def __init__(self, first_token: int, end_token: int, start: int, end: int, entry: Entry) -> None:
        self.first_token = first_token
        self.end_token = end_token
        self.start = start
        self.end = end
        self.entry = entry

    def __reduce__(self) -> tuple[Any, ...]:  # pickled by its __init__, as model.Token is
        return (Match, (self.first_token, self.end_token, self.start, self.end, self.entry))


@dataclass
class Lexicon:
    name: str
    meta: dict[str, Any]
    labels: dict[str, str]
    entries: list[Entry]
    sources: list[str] = field(default_factory=list)
    reader_names: dict[str, dict[str, str]] = field(default_factory=dict)  # label → {"de": …, "en": …}
    _index: _Index | None = field(default=None, repr=False)
    _by_term: dict[str, Entry] | None = field(default=None, repr=False)

    def match(self, doc: Doc) -> list[Match]:
        """All non-overlapping matches in ``doc``, longest first at each position (taken from the
        document's combined pass when ``match_all`` ran for this lexicon)."""
        found = doc._matches.get(id(self)) if doc._matches else None
        if found is not None:
            return found
        return _combined((self,)).match(doc.tokens, doc.token_keys())[0]

    def index(self) -> _Index:
        if self._index is None:
            self._index = _Index(self.entries, tuple(self.meta.get("adjective_endings", ())))
        return self._index

    def by_term(self) -> dict[str, Entry]:
        """Lower-case term → entry (the last entry of a term wins), built once."""
        if self._by_term is None:
            self._by_term = {entry.term.lower(): entry for entry in self.entries}
        return self._by_term


def _keys(word: str) -> set[str]:
    lower = word.lower()
    return {lower, lemmatize(word).lower()}


class _Index:
    """Hash indexes of one lexicon: one-word terms by word, multi-word terms by first word, prefix and
    suffix terms by their fixed part. What a word type matches on its own is remembered, since most
    words recur. Documents are matched by ``_Combined`` (one lexicon or several at once)."""

    def __init__(self, entries: list[Entry], adjective_endings: tuple[str, ...] = ()) -> None:
        self.single: dict[str, list[Entry]] = {}
        # inflected forms of one-word adjectives (pos JJ): term + each ending named in the lexicon's
        # meta, for forms the lemmatizer does not bring to the term ("beliebten" → belieben)
        self.inflected: dict[str, Entry] = {}  # entries, not lists: no new objects for the collector
        endings = tuple(adjective_endings)
        self.multi: dict[str, list[tuple[tuple[frozenset[str], ...], Entry]]] = {}
        self.prefix: dict[str, list[Entry]] = {}
        self.suffix: dict[str, list[Entry]] = {}
        for entry in entries:
            term = entry.term.strip()
            if term.endswith("*") and " " not in term:
                self.prefix.setdefault(term[:-1].lower(), []).append(entry)
            elif term.startswith("*") and " " not in term:
                self.suffix.setdefault(term[1:].lower(), []).append(entry)
            else:
                words = [m.group() for m in TOKEN_PATTERN.finditer(term)]
                if not words:
                    continue
                keys = tuple(frozenset(_keys(word)) for word in words)
                if endings and len(words) == 1 and entry.attrs.get("pos") == "JJ" and len(term) >= 3:
                    inflected, size = self.inflected, len(term)  # 20 endings for each of 2,650 terms:
                    for form in map(term.lower().__add__, endings):  # the term lower-cased once
                        found = inflected.get(form)
                        if found is None or len(found.term) < size:  # the longest base wins
                            inflected[form] = entry
                for key in keys[0]:
                    if len(keys) == 1:
                        self.single.setdefault(key, []).append(entry)
                    else:
                        self.multi.setdefault(key, []).append((keys, entry))
        for candidates in self.multi.values():
            candidates.sort(key=lambda item: -len(item[0]))
        # first word → every key a second word may have: most first words are rejected at once
        self.second_words = {
            key: frozenset().union(*(words[1] for words, _ in candidates))
            for key, candidates in self.multi.items()
        }
        # only the affix lengths that occur are tried, longest first, and of those only the ones
        # whose affixes share the word's first (prefixes) or last (suffixes) three letters
        self.prefix_lengths = sorted({len(k) for k in self.prefix}, reverse=True)
        self.suffix_lengths = sorted({len(k) for k in self.suffix}, reverse=True)
        self._prefix_lengths_by_head = _lengths_by_end(self.prefix, self.prefix_lengths, slice(None, 3))
        self._suffix_lengths_by_tail = _lengths_by_end(self.suffix, self.suffix_lengths, slice(-3, None))
        self._short_prefix_lengths = tuple(n for n in self.prefix_lengths if n < AFFIX_END)
        self._short_suffix_lengths = tuple(n for n in self.suffix_lengths if n < AFFIX_END)
        self._word_cache: dict[tuple[str, str, bool], tuple[Entry, ...]] = {}

    def _match_multi(
        self, tokens: list[Token], keys: list[tuple[str, str]], index: int, count: int, capitalised: bool
    ) -> list[Match]:
        form, lemma = keys[index]
        if index + 1 >= count:
            return []
        next_form, next_lemma = keys[index + 1]
        for key in (form, lemma) if form != lemma else (form,):
            seconds = self.second_words.get(key)
            if seconds is None or (next_form not in seconds and next_lemma not in seconds):
                continue  # no term starting with this word goes on with the next one
            for words, entry in self.multi.get(key, ()):
                end = index + len(words)
                if (
                    (capitalised or not entry.term[0].isupper())
                    and end <= count
                    and all(
                        keys[i][0] in words[i - index] or keys[i][1] in words[i - index]
                        for i in range(index + 1, end)
                    )
                ):
                    same = [
                        e
                        for w, e in self.multi[key]
                        if w == words and (capitalised or not e.term[0].isupper())
                    ]
                    return [Match(index, end, tokens[index].start, tokens[end - 1].end, e) for e in same]
        return []

    def _word_entries(self, form: str, lemma: str, capitalised: bool) -> tuple[Entry, ...]:
        """What one word matches on its own: a one-word term (form before lemma), else an affix term."""
        found: tuple[Entry, ...] = ()
        if form[:1].isalnum():
            candidates = (form, lemma) if form != lemma else (form,)
            for key in candidates:
                listed = self.single.get(key)
                if listed:  # most candidates come by an affix's letters, not by a one-word term
                    allowed = [e for e in listed if capitalised or not e.term[0].isupper()]
                    found = (allowed[0],) if len(allowed) == 1 else _best_term(allowed, form, lemma)
                    if found:
                        break
            else:
                for key in candidates:
                    found = self._affix_of(key)
                    if found:
                        break
                if not found and not capitalised and form in self.inflected:
                    found = (self.inflected[form],)
        if len(self._word_cache) >= WORD_CACHE_SIZE:
            self._word_cache.clear()
        self._word_cache[(form, lemma, capitalised)] = found
        return found

    def _affix_of(self, key: str) -> tuple[Entry, ...]:
        for length in self._prefix_lengths_by_head.get(key[:AFFIX_END], self._short_prefix_lengths):
            if length <= len(key) and (entries := self.prefix.get(key[:length])):
                return tuple(entries)
        for length in self._suffix_lengths_by_tail.get(key[-AFFIX_END:], self._short_suffix_lengths):
            if length <= len(key) and (entries := self.suffix.get(key[-length:])):
                return tuple(entries)
        return ()


AFFIX_END: Final = 3  # affixes are indexed by their first or last three letters
CANDIDATE_END: Final = 4  # which lexicons a new word may match by an affix: by its first or last four letters


def _candidate_ends(affixes: dict[str, list[Entry]], end: slice) -> set[str]:
    """The keys by which ``_Combined`` finds the lexicons that may match a word by one of ``affixes``:
    the affix's first or last ``CANDIDATE_END`` letters (``end``), all of an affix shorter than that;
    affixes shorter than ``AFFIX_END`` are tried for every word (``_Combined._every_word``)."""
    return {affix[end] for affix in affixes if len(affix) >= AFFIX_END}


def _affixes_by_end(affixes: list[dict[str, list[Entry]]], end: slice) -> dict[str, tuple[str, ...]]:
    """The affixes of ``CANDIDATE_END`` letters or more of every lexicon (``affixes``), by their first or
    last ``CANDIDATE_END`` letters (``end``): the keys of ``_candidate_ends`` that long."""
    found: dict[str, set[str]] = {}
    for affix in (affix for each in affixes for affix in each if len(affix) >= CANDIDATE_END):
        found.setdefault(affix[end], set()).add(affix)
    return {key: tuple(sorted(held)) for key, held in found.items()}


def _lengths_by_end(
    affixes: dict[str, list[Entry]], lengths: list[int], end: slice
) -> dict[str, tuple[int, ...]]:
    """For each three-letter end of the affixes (``end``: the first or the last three letters), the
    affix lengths a word with that end can match, longest first; shorter affixes are tried for every
    word. A new word then tries one or two lengths instead of every length a lexicon has."""
    found: dict[str, set[int]] = {}
    for affix in affixes:
        if len(affix) >= AFFIX_END:
            found.setdefault(affix[end], set()).add(len(affix))
    return {
        letters: tuple(n for n in lengths if n in sizes or n < AFFIX_END) for letters, sizes in found.items()
    }


def _best_term(entries: list[Entry], form: str, lemma: str) -> tuple[Entry, ...]:
    """The entries of one term only: a word whose lemma several terms share ("unterstützt": the terms
    "unterstützen" and "unterstützend") counts once, for the term written like it (form, then lemma)."""
    if not entries:
        return ()
    terms = [e.term.lower() for e in entries]
    best = form if form in terms else lemma if lemma in terms else terms[0]
    return tuple(e for e, term in zip(entries, terms, strict=True) if term == best)


# a word type's lexicon hits: its lower-case lemma, every key a second word may have in a multi-word
# term starting with it (None: no such term), its one-word hits per lexicon (position, entries)
_WordHits = tuple[str, frozenset[str] | None, tuple[tuple[int, tuple[Entry, ...]], ...]]


class _Combined:
    """Several lexicons matched in one pass over a document's tokens: what each word type matches
    on its own, in every lexicon at once, is one dict lookup after its first sighting."""

    def __init__(self, lexicons: tuple[Lexicon, ...]) -> None:
        self.lexicons = lexicons
        self.indexes = [lexicon_.index() for lexicon_ in lexicons]
        self.second_words: dict[str, frozenset[str]] = {}  # first word → second words, in any lexicon
        for index in self.indexes:
            for key, words in index.second_words.items():
                self.second_words[key] = self.second_words.get(key, frozenset()) | words
        # which lexicons a new word type may match, for all lexicons at once: by a one-word term, or
        # by an affix term sharing the word's first or last three letters; most new words: none
        self._by_word = _positions(self.indexes, lambda index: index.single)
        # an affix term of four letters or more by its first (prefix) or last (suffix) four letters,
        # one of three letters by all three: a word that an affix matches shares its key, and four
        # letters pass a third as many new words as three did (most of the word's hits: none)
        self._by_head = _positions(
            self.indexes, lambda index: _candidate_ends(index.prefix, slice(None, CANDIDATE_END))
        )
        self._by_tail = _positions(
            self.indexes, lambda index: _candidate_ends(index.suffix, slice(-CANDIDATE_END, None))
        )
        # each four-letter key of ``_by_head`` and ``_by_tail`` → the affixes it stands for: a word that
        # shares the key but opens (ends) with none of them matches none of their lexicons by it, which
        # one ``startswith`` (``endswith``) of them tells (half the new words the keys pass, speed round 41)
        self._head_affixes = _affixes_by_end(
            [index.prefix for index in self.indexes], slice(None, CANDIDATE_END)
        )
        self._tail_affixes = _affixes_by_end(
            [index.suffix for index in self.indexes], slice(-CANDIDATE_END, None)
        )
        self._short_heads = tuple(key for key in self._by_head if len(key) < CANDIDATE_END)  # "afd"
        self._short_tails = tuple(key for key in self._by_tail if len(key) < CANDIDATE_END)
        self._by_inflected = _positions(self.indexes, lambda index: index.inflected)  # "beliebten"
        self._every_word = frozenset(
            position
            for position, index in enumerate(self.indexes)
            if index._short_prefix_lengths or index._short_suffix_lengths
        )
        # every key by which a new word finds a lexicon or a multi-word term (words, first and last
        # four letters, inflected forms, first words of terms, together; None when some lexicon is
        # tried for every word): a word none of whose keys is here (nor starts or ends with a short
        # affix's key) matches nothing, and most new words are such, told by one ``isdisjoint``
        # instead of a look-up in each table (``_word_hits``)
        self._any_key: frozenset[str] | None = (
            None
            if self._every_word
            else frozenset().union(
                self._by_word, self._by_head, self._by_tail, self._by_inflected, self.second_words
            )
        )
        # surface form → (its lower-case lemma, every key a second word may have in a multi-word term
        # starting with it (None: no such term), one-word hits per lexicon); the lower-case form and
        # the capitalisation follow from the surface
        self._word_cache: dict[str, _WordHits] = {}

    def match(self, tokens: list[Token], keys: list[tuple[str, str]]) -> list[list[Match]]:
        results: list[list[Match]] = [[] for _ in self.indexes]
        free = [0] * len(self.indexes)  # the first token each lexicon may match at (after a multi-word match)
        cache, count = self._word_cache, len(tokens)
        for index in range(count):
            token = tokens[index]
            found = cache.get(token.text)
            if found is None or found[0] != keys[index][1]:  # new, or lemmatized in another language
                form, lemma = keys[index]  # not ``*keys[index]``: compiled, a native call without a tuple
                found = self._word_hits(token.text, form, lemma)
            _, seconds, hits = found
            if seconds is not None and index + 1 < count and not seconds.isdisjoint(keys[index + 1]):
                form, lemma = keys[index]
                for position, lexicon_index in enumerate(self.indexes):
                    if free[position] <= index and (
                        form in lexicon_index.multi or lemma in lexicon_index.multi
                    ):
                        multi = lexicon_index._match_multi(
                            tokens, keys, index, count, token.text[0].isupper()
                        )
                        if multi:
                            results[position].extend(multi)
                            free[position] = multi[0].end_token
            for position, entries in hits:
                if free[position] <= index:
                    for entry in entries:
                        results[position].append(Match(index, index + 1, token.start, token.end, entry))
        return results

    def _word_hits(self, surface: str, form: str, lemma: str) -> _WordHits:
        # the lemma's keys only where they differ from the form's: most new words are their own lemma
        # and most share its first and last letters, so each key is looked up once
        own = form == lemma
        head, tail = form[:CANDIDATE_END], form[-CANDIDATE_END:]
        lemma_head, lemma_tail = (head, tail) if own else (lemma[:CANDIDATE_END], lemma[-CANDIDATE_END:])
        short_heads, short_tails = self._short_heads, self._short_tails  # affixes of three letters
        any_key = self._any_key
        if (
            any_key is not None
            and any_key.isdisjoint((form, lemma, head, tail, lemma_head, lemma_tail))
            and not (short_heads and (form.startswith(short_heads) or lemma_head.startswith(short_heads)))
            and not (short_tails and (form.endswith(short_tails) or lemma_tail.endswith(short_tails)))
        ):
            found: _WordHits = (lemma, None, ())
        else:
            capitalised = surface[0].isupper()
            hits = []
            by_word, by_head, by_tail = self._by_word, self._by_head, self._by_tail
            empty: frozenset[int] = frozenset()
            # the affixes a four-letter key stands for ("": a key of no such affix, passed)
            opening, closing = self._head_affixes.get(head, ""), self._tail_affixes.get(tail, "")
            candidates = self._every_word.union(
                by_word.get(form, empty),
                empty if own else by_word.get(lemma, empty),
                by_head.get(head, empty) if form.startswith(opening) or lemma.startswith(opening) else empty,
                empty
                if lemma_head == head or not lemma.startswith(self._head_affixes.get(lemma_head, ""))
                else by_head.get(lemma_head, empty),
                by_head.get(head[:AFFIX_END], empty) if short_heads else empty,
                empty
                if lemma_head == head or not short_heads
                else by_head.get(lemma_head[:AFFIX_END], empty),
                by_tail.get(tail, empty) if form.endswith(closing) or lemma.endswith(closing) else empty,
                empty
                if lemma_tail == tail or not lemma.endswith(self._tail_affixes.get(lemma_tail, ""))
                else by_tail.get(lemma_tail, empty),
                by_tail.get(tail[-AFFIX_END:], empty) if short_tails else empty,
                empty
                if lemma_tail == tail or not short_tails
                else by_tail.get(lemma_tail[-AFFIX_END:], empty),
                self._by_inflected.get(form, empty),
            )
            both = [
                words for key in ((form,) if own else (form, lemma)) if (words := self.second_words.get(key))
            ]
            seconds = (both[0] if len(both) == 1 else frozenset().union(*both)) if both else None
            for position in sorted(candidates) if candidates else ():
                lexicon_index = self.indexes[position]
                entries = lexicon_index._word_cache.get((form, lemma, capitalised))
                if entries is None:
                    entries = lexicon_index._word_entries(form, lemma, capitalised)
                if entries:
                    hits.append((position, entries))
            found = (lemma, seconds, tuple(hits))
        if len(self._word_cache) >= WORD_CACHE_SIZE:  # remembered here: a call fewer per new form
            self._word_cache.clear()
        self._word_cache[surface] = found
        return found


def _positions(indexes: list[_Index], keys: Callable[[_Index], Iterable[str]]) -> dict[str, frozenset[int]]:
    """Each key of ``keys(index)`` with the positions of the indexes that have it. A key of one
    index (nearly all: polarity's 53,000 inflected forms) shares that index's one frozenset, where a
    set per key, frozen afterwards, made two objects each (90 of the 1,100 ms a one-article
    ``framing analyze`` took); only a key of several indexes gets a set of its own."""
    found: dict[str, frozenset[int]] = {}
    for position, index in enumerate(indexes):
        alone = frozenset((position,))
        for key in keys(index):
            held = found.get(key)
            found[key] = alone if held is None else held | alone
    return found


_COMBINED: Final[dict[tuple[int, ...], _Combined]] = {}


def _combined(lexicons: tuple[Lexicon, ...]) -> _Combined:
    """The combined index of these lexicons, built once while they are alive."""
    key = tuple(id(lexicon_) for lexicon_ in lexicons)
    combined = _COMBINED.get(key)
    if combined is None or any(a is not b for a, b in zip(combined.lexicons, lexicons, strict=True)):
        if len(_COMBINED) >= 32:  # session-edited lexicons come and go: keep a few combinations
            _COMBINED.clear()
        combined = _COMBINED[key] = _Combined(lexicons)
    return combined


def match_all(doc: Doc, lexicons: list[Lexicon]) -> None:
    """Match every lexicon in one pass over ``doc``; later ``Lexicon.match(doc)`` calls read the result."""
    found = _combined(tuple(lexicons)).match(doc.tokens, doc.token_keys())
    doc._matches = {id(lexicon_): matches for lexicon_, matches in zip(lexicons, found, strict=True)}


def _read_entries(path: Path, limit: int | None = None) -> list[Entry]:
    """A lexicon CSV's entries; a file of more than ``limit`` rows is refused before any is parsed."""
    text = read_text(path)
    if limit is not None:
        lines = text.count("\n") + (not text.endswith("\n"))
        rows = lines - text.count("\n#") - text.startswith("#") - text.count("\n\n") - 1  # less the header
        if rows > limit:
            raise DataFileError(
                path,
                f"{rows:,} entries, more than the {limit:,} a user lexicon may hold (each 100,000 "
                f"entries add about {USER_LEXICON_SECONDS} s to every start); keep the terms that matter",
            )
    handle = io.StringIO(text, newline="")  # as the file opened with newline="" reads
    entries = []
    reader = csv.DictReader(line for line in handle if not line.startswith("#"))
    if not reader.fieldnames or not {"term", "label"} <= set(reader.fieldnames):
        raise DataFileError(path, f"needs columns term,label; found {reader.fieldnames}", 1)
    for row in reader:
        line = reader.line_num
        if None in row or any(value is None for value in row.values()):
            raise DataFileError(path, "wrong number of fields", line)
        term, label = row.pop("term").strip(), row.pop("label").strip()
        if not term or not label:
            raise DataFileError(path, "empty term or label", line)
        score_text = row.pop("score", "") or ""
        try:
            score = float(score_text) if score_text.strip() else None
        except ValueError as error:
            raise DataFileError(path, f"score {score_text!r} is not a number", line) from error
        note = row.pop("note", "") or ""
        entries.append(Entry(term, label, score, note, {k: v for k, v in row.items() if v}))
    return entries


@reloadable
@lru_cache(maxsize=32)
def load_lexicon(name: str, folder: Path | None = None) -> Lexicon:
    """Load ``NAME.csv`` + ``NAME.meta.toml`` from the bundled lexicons, plus user overrides."""
    base = folder or data_path("lexicons")
    meta_file = base / f"{name}.meta.toml"
    meta = load_toml(meta_file)
    entries = _read_entries(base / f"{name}.csv")
    sources = [f"{name}.csv v{meta['meta']['version']}"]
    user_files = layers(f"lexicons/{name}.csv", f"lexicons/{name}.csv")[1:] if folder is None else []
    for user_file in user_files:  # the user's file of the same name, if any
        overrides = _read_entries(user_file, USER_LEXICON_MAX_ENTRIES)
        removed = {e.term.lower() for e in overrides if e.label == "-"}
        replaced = {(e.term.lower(), e.label) for e in overrides}
        entries = [
            e for e in entries if e.term.lower() not in removed and (e.term.lower(), e.label) not in replaced
        ] + [e for e in overrides if e.label != "-"]
        sources.append(f"user file {user_file}")
    labels, names = _labels(meta)
    return Lexicon(name, meta["meta"], labels, entries, sources, names)


@dataclass(eq=False)
class Resources:
    """The lexicons and registries an analysis reads, passed to the pipeline (``annotate_doc``):
    the data files' (``FILES``), or a session's edited copies over them. ``edits`` maps a lexicon
    name to its edited ``Lexicon``, and "actors"/"concepts" to an edited registry; an edit makes a
    new ``Resources``. What is built from an edited registry is kept on the object: once per edit."""

    edits: dict[str, Any] = field(default_factory=dict)
    _built: dict[str, Lexicon] = field(default_factory=dict, repr=False)

    def lexicon(self, name: str) -> Lexicon:
        """The lexicon in effect: the edited copy, else the files'."""
        edited = self.edits.get(name)
        return edited if isinstance(edited, Lexicon) else load_lexicon(name)

    def edited(self, name: str) -> Any:
        """What the edits put in place of lexicon or registry ``name`` (None: the files')."""
        return self.edits.get(name)

    def registry_lexicon(
        self, kind: str, build: Callable[[Any], Lexicon], from_files: Callable[[], Lexicon]
    ) -> Lexicon:
        """The lexicon of registry ``kind`` ("actors", "concepts"): ``build`` of the edited registry
        (once), else ``from_files()`` (the registry files' lexicon, cached with them)."""
        edited = self.edits.get(kind)
        if edited is None:
            return from_files()
        if kind not in self._built:
            self._built[kind] = build(edited)
        return self._built[kind]


FILES: Final = Resources()  # the data files as they are: what the command line and the library analyse with


def lexicon_from_entries(name: str, entries: list[Entry], meta: dict[str, Any]) -> Lexicon:
    """A lexicon built in memory (e.g. edited in the app), with the same matcher."""
    labels, names = _labels(meta)
    return Lexicon(name, meta.get("meta", meta), labels, list(entries), ["session"], names)


def _labels(meta: dict[str, Any]) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """A lexicon's ``[labels.LABEL]`` tables: each label's description, and its reader names in
    German and English (``de``, ``en``) where the file gives them."""
    tables = meta.get("labels", {})
    descriptions = {label: table.get("description", "") for label, table in tables.items()}
    names = {label: {k: v for k, v in table.items() if k in ("de", "en")} for label, table in tables.items()}
    return descriptions, {label: found for label, found in names.items() if found}
