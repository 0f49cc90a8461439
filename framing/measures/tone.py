"""Tone: word polarity with negation and intensifiers, in the outlet's own voice and in quotes,
and tone toward actors.

Polarity comes from a lexicon (default: the German Polarity Lexicon, ``data/lexicons/polarity_de``;
SentiWS or Rauh's dictionary from a user's own copy via ``FRAMING_TONE_LEXICON=sentiws:PATH`` or
``rauh:PATH``), with news words it lacks from ``data/lexicons/polarity_news_de`` (Sieg, Tote),
corrections there (Propaganda is negative) and compound heads listed there ("*krise":
Wirtschaftskrise, Ukraine-Krise). A lexicon adjective also matches its inflected forms that the
lemmatizer misses ("beliebten"), on lower-case words only (endings in ``polarity_de.meta.toml``).
Modifiers (``data/lexicons/tone_modifiers``) act on the next polar word within
``WINDOW`` words of the same clause: the window stops at , ; : – and at und/oder/aber/sondern/
denn/doch; a negation blocker right after a negator cancels it ("nicht nur gut"). Words that carry
no tone in news (``data/lexicons/tone_stoplist``: "laut" = according to, "trotz", "andere", "Recht")
make no span, nor does a word that matched a lexicon term only through a shared lemma (the term
"lauter" = honest does not match "laut", "gespielt" = fake not "spielen"), nor a lexicon adjective
written as a name ("sagte Wüst", "Landkreis Leer"). Words inside quotation marks are quoted voice
and do not count toward the outlet's tone.
Tone toward an actor is the mean own-voice polarity of the sentences that mention it (mentions
are the "actor" spans of the sourcing family). Without polar words every mean is 0.0.
"""

from __future__ import annotations

import csv
import os
from bisect import bisect_right
from functools import cache
from itertools import compress
from pathlib import Path
from typing import Final

from ..errors import FramingError
from ..lexicons import FILES, Entry, Lexicon, Match, Resources, lexicon_from_entries, load_lexicon
from ..model import Doc, Span, Token
from ..resources import clause_boundaries, reloadable
from ..segment import lemmatize
from .additive import (
    Number,
    Stats,
    Tally,
    Totals,
    cell_at,
    cell_starts,
    ratio,
    rounded_mean,
    shared_stats,
)
from .additive import words as words_in
from .hedging import token_sentence
from .voice import quoted_mask, token_voice

WINDOW: Final = 3
TRAIL: Final = 5  # words after a polar verb in which a clause-final "nicht" negates it
CLAUSE_BREAKS: Final = clause_boundaries("tone")

FEATURES: Final = {
    "tone.mean": "mean polarity (−1…+1) of the polar words in the outlet's own voice (quotes excluded)",
    "tone.positive_share": "share of own-voice words that are positive (0…1)",
    "tone.negative_share": "share of own-voice words that are negative (0…1)",
    "tone.quoted_mean": "mean polarity (−1…+1) of the polar words inside quotation marks",
    "tone.actor.<actor>": "mean own-voice polarity (−1…+1) of the sentences mentioning the actor",
    "tone.actor_sentences.<actor>": "number of sentences mentioning the actor",
}


def load_sentiws(*paths: Path) -> Lexicon:
    """SentiWS text files (``Wort|POS<TAB>score<TAB>inflections``) from a user's own copy."""
    entries = []
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split("\t")
            try:
                word, score = parts[0].split("|")[0], float(parts[1])
            except (IndexError, ValueError) as error:
                raise FramingError(
                    f"{path}, line {number}: not in SentiWS format (Wort|POS, score, forms)"
                ) from error
            forms = [word, *(f for f in (parts[2].split(",") if len(parts) > 2 else []) if f)]
            label = "positive" if score > 0 else "negative"
            entries += [Entry(form.strip(), label, score) for form in forms]
    meta = {
        "name": "sentiws",
        "version": "user copy",
        "source": ", ".join(map(str, paths)),
        "licence": "CC BY-NC-SA 3.0",
    }
    return lexicon_from_entries("sentiws", entries, meta)


def load_rauh(path: Path) -> Lexicon:
    """Rauh's German sentiment dictionary exported as CSV/TSV with columns feature, sentiment (±1)."""
    text = Path(path).read_text(encoding="utf-8")
    dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    rows = list(csv.DictReader(text.splitlines(), dialect=dialect))
    if not rows or not {"feature", "sentiment"} <= set(rows[0]):
        raise FramingError(f"{path}: expected columns feature and sentiment")
    entries = []
    for row in rows:
        score = float(row["sentiment"])
        negated = row["feature"].startswith("NOT_")
        term = row["feature"].removeprefix("NOT_").replace("_", " ")
        if not negated and score:
            entries.append(Entry(term, "positive" if score > 0 else "negative", score))
    meta = {
        "name": "rauh",
        "version": "user copy",
        "source": str(path),
        "licence": "see the dictionary's terms",
    }
    return lexicon_from_entries("rauh", entries, meta)


def polarity_lexicon(resources: Resources = FILES) -> Lexicon:
    """The tone lexicon: an edited copy, the one named by FRAMING_TONE_LEXICON, or bundled."""
    edited = resources.edited("polarity_de")
    return edited if isinstance(edited, Lexicon) else _configured_polarity()


def news_lexicon(resources: Resources = FILES) -> Lexicon:
    """News words the tone lexicon lacks (``data/lexicons/polarity_news_de``), read beside it."""
    return resources.lexicon("polarity_news_de")


def _polar_matches(doc: Doc, resources: Resources) -> tuple[list[Match], set[int]]:
    """Matches of the tone lexicon plus the news supplement's, and the first tokens of the
    supplement's matches. A whole word of the supplement replaces the tone lexicon's match on that
    word (a correction: "Propaganda" is negative in news, not positive); a compound head ("*krise")
    only fills words the tone lexicon has no match for (or only a shared-lemma match)."""
    matches = polarity_lexicon(resources).match(doc)
    news = news_lexicon(resources).match(doc)
    if not news:
        return matches, set()
    keys = doc.token_keys()
    corrected = {m.first_token for m in news if not m.entry.term.startswith("*")}
    kept = [m for m in matches if m.first_token not in corrected]
    taken = {m.first_token for m in kept if not _shared_lemma_only(m, keys)}
    extra = [m for m in news if m.first_token not in taken]
    if not extra:
        return kept, set()
    return sorted(kept + extra, key=lambda match: match.first_token), {m.first_token for m in extra}


def _shared_lemma_only(match: Match, keys: list[tuple[str, str]]) -> bool:
    """A one-word match of a lower-case term through a shared lemma only ("starb" and the term
    "gestorben"): it makes no span, so the news supplement may match the word instead ("sterben")."""
    term = match.entry.term
    return (
        match.end_token - match.first_token == 1
        and term[:1].islower()
        and _lemma_only(term.lower(), keys[match.first_token][0])
    )


class _Skips:
    """Whether a (form, lemma, lexicon term) match makes no span (a modifier, a stop-list word, a
    lemma-only match), remembered per word type while the modifiers and stop list stay the same."""

    def __init__(self) -> None:
        self.owners: tuple[dict[str, Entry], dict[str, Entry]] | None = None
        self.known: dict[tuple[str, str, str, bool], bool] = {}

    def table(
        self, modifiers: dict[str, Entry], stoplist: dict[str, Entry]
    ) -> dict[tuple[str, str, str, bool], bool]:
        if self.owners is None or self.owners[0] is not modifiers or self.owners[1] is not stoplist:
            self.owners, self.known = (modifiers, stoplist), {}
        elif len(self.known) >= 200_000:
            self.known.clear()
        return self.known


_SKIPS: Final = _Skips()


def _skip(
    form: str, lemma: str, term: str, single: bool, modifiers: dict[str, Entry], stoplist: dict[str, Entry]
) -> bool:
    """Whether a match of ``term`` on a word makes no span (see ``_Skips``)."""
    lower = term.lower()
    return (
        form in modifiers
        or lemma in modifiers
        or form in stoplist
        or lemma in stoplist
        or lower in stoplist
        or (single and term[:1].islower() and _lemma_only(lower, form))  # nouns: case, number only
    )


@reloadable
@cache
def _configured_polarity() -> Lexicon:
    choice = os.environ.get("FRAMING_TONE_LEXICON", "")
    kind, _, location = choice.partition(":")
    if kind == "sentiws":
        folder = Path(location)
        return load_sentiws(*(sorted(folder.glob("*.txt")) if folder.is_dir() else [folder]))
    if kind == "rauh":
        return load_rauh(Path(location))
    if choice:
        raise FramingError(f"FRAMING_TONE_LEXICON={choice!r}: use sentiws:PATH or rauh:PATH")
    return load_lexicon("polarity_de")


def _modifiers(resources: Resources) -> dict[str, Entry]:
    return resources.lexicon("tone_modifiers").by_term()


def _stoplist(resources: Resources) -> dict[str, Entry]:
    return resources.lexicon("tone_stoplist").by_term()


@cache
def _is_base_form(term: str) -> bool:
    """Whether a lexicon term is its own lemma ("gut", "Erfolg"), not an inflected or participle
    form whose lemma is another word ("lauter" → "laut", "gespielt" → "spielen")."""
    return lemmatize(term).lower() == term


def _lemma_only(term: str, form: str) -> bool:
    """A match made only through a shared lemma with a term that is not a base form: "laut" is not
    the adjective "lauter" (honest), "spielen" not "gespielt" (fake); "gespielte" still is."""
    return not form.startswith(term) and not _is_base_form(term)


def annotate(doc: Doc, resources: Resources = FILES) -> list[Span]:
    modifiers = _modifiers(resources)
    stoplist = _stoplist(resources)
    spans = []
    tokens = doc.tokens
    keys = doc.token_keys()
    negators = {word for word, modifier in modifiers.items() if modifier.label == "negator"}
    skips = _SKIPS.table(modifiers, stoplist)
    matches, supplemented = _polar_matches(doc, resources)
    matches = _one_per_word(matches, tokens)
    main_name, news_name = polarity_lexicon(resources).name, news_lexicon(resources).name
    for match in matches:
        entry = match.entry
        if entry.score is None:
            continue
        form, lemma = keys[match.first_token]
        if _name_like(doc, match.first_token, form, entry):
            continue
        key = (form, lemma, entry.term, match.end_token - match.first_token == 1)
        skip = skips.get(key)
        if skip is None:
            skip = skips[key] = _skip(*key, modifiers, stoplist)
        if skip:
            continue
        score, applied, negated = entry.score, [], False
        sentence = tokens[match.first_token].sentence
        blocked = False  # a negation blocker ("nur") was just passed: the negator before it is void
        for index in range(match.first_token - 1, max(-1, match.first_token - 1 - WINDOW), -1):
            token = tokens[index]
            word, lemma = keys[index]
            if token.sentence != sentence or word in CLAUSE_BREAKS:
                break
            modifier = modifiers.get(word) or modifiers.get(lemma)
            if modifier is None or modifier.score is None:
                blocked = False
                continue
            if modifier.label == "negation_blocker":
                blocked = True
                continue
            if not (blocked and modifier.label == "negator"):
                score *= modifier.score
                applied.append(f"{modifier.label}:{token.text}")
                negated = negated or modifier.label == "negator"
            blocked = False
        if entry.attrs.get("pos") == "VB" and not negated:
            end = match.end_token
            near = any(word in negators for word, _ in keys[end : end + TRAIL])
            trailing = _clause_final_negator(doc, keys, end, modifiers) if near else None
            if trailing is not None:
                score *= trailing[0].score or 1.0
                applied.append(f"{trailing[0].label}:{trailing[1]}")
                negated = True
        score = max(-1.0, min(1.0, score))
        label = "positive" if score > 0 else "negative"
        attrs = {
            "voice": token_voice(doc, match.first_token, match.end_token),
            "prior": entry.score,
            "lexicon": news_name if match.first_token in supplemented else main_name,
            "negated": negated,
            "modifiers": applied,
        }
        spans.append(Span(match.start, match.end, "tone", label, round(score, 3), attrs))
    return spans


def _one_per_word(matches: list[Match], tokens: list[Token]) -> list[Match]:
    """One match per word where a noun and a verb term that differ only in case both match it
    ("Entsetzen" and "entsetzen"): the term written like the word counts, and only once."""
    kept: list[Match] = []
    for match in matches:
        held = kept[-1] if kept else None
        if (
            held is not None
            and held.first_token == match.first_token
            and held.entry.term.lower() == match.entry.term.lower()
        ):
            text = tokens[match.first_token].text
            if _same_case(match.entry.term, text) and not _same_case(held.entry.term, text):
                kept[-1] = match
            continue
        kept.append(match)
    return kept


def _same_case(term: str, text: str) -> bool:
    """Whether a term and a word both begin with a capital letter, or both do not."""
    return term[:1].isupper() == text[:1].isupper()


def _name_like(doc: Doc, index: int, form: str, entry: Entry) -> bool:
    """An adjective of the lexicon written capitalised and uninflected after another word: a name or
    a noun, not the adjective ("sagte Wüst", "Philipp Lahm", "Landkreis Leer", "bei Real Madrid",
    "den Arm"); German capitalises a nominalised adjective only inflected ("das Gute")."""
    token = doc.tokens[index]
    if entry.attrs.get("pos") != "JJ" or not token.text[:1].isupper() or form != entry.term.lower():
        return False
    previous = doc.tokens[index - 1] if index else None
    return previous is not None and previous.sentence == token.sentence and previous.kind == "word"


def _clause_final_negator(
    doc: Doc, keys: list[tuple[str, str]], start: int, modifiers: dict[str, Entry]
) -> tuple[Entry, str] | None:
    """A negator that ends the clause of a polar verb within ``TRAIL`` words after it: German puts
    "nicht" after the finite verb ("Die Regierung unterstützt den Plan nicht.")."""
    tokens = doc.tokens
    sentence = tokens[start - 1].sentence
    for index in range(start, min(len(tokens), start + TRAIL)):
        token = tokens[index]
        word = keys[index][0]
        if token.sentence != sentence or word in CLAUSE_BREAKS or token.kind == "punct":
            return None
        modifier = modifiers.get(word)
        if modifier is not None and modifier.label == "negator":
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            ends = (
                after is None
                or after.sentence != sentence
                or after.kind == "punct"
                or keys[index + 1][0] in CLAUSE_BREAKS
            )
            return (modifier, token.text) if ends else None
    return None


def sentence_stats(doc: Doc, spans: list[Span]) -> Stats:
    """Per sentence: the words inside quotation marks, the own-voice and quoted tone scores (sum,
    count, positive and negative ones), and per actor named in it (``actor`` spans) that it names
    the actor and the own-voice scores of the sentence (sum and count)."""
    tally, starts = Tally(doc), cell_starts(doc)
    quoted = compress(doc.tokens, quoted_mask(doc))  # only the quoted tokens, picked in C
    tally.count("tone.quoted_words", (token.sentence for token in quoted if token.kind != "punct"))
    own: dict[int, list[float]] = {}  # sentence → own-voice scores (of spans where a token starts)
    for span in spans:
        span_score, cell = span.score or 0.0, cell_at(starts, span.start)  # every tone span has a score
        voice = span.attrs["voice"]
        tally.add(f"tone.{voice}_sum", cell, span_score)
        tally.add(f"tone.{voice}_count", cell)
        if voice == "own":
            tally.add("tone.own_positive", cell, float(span_score > 0))
            tally.add("tone.own_negative", cell, float(span_score < 0))
            sentence = token_sentence(doc, span.start)
            if sentence is not None:
                own.setdefault(sentence, []).append(span_score)
    named: set[tuple[int, str]] = set()
    for span in doc.spans:
        if span.layer == "actor":
            index = _sentence_at(doc, starts, span.start)
            if index is not None:
                named.add((index, span.label))
    for index, actor in sorted(named):
        tally.add(f"tone.actor_sentences.{actor}", index)
        tally.add(f"tone.actor_sum.{actor}", index, sum(own.get(index, [])))
        tally.add(f"tone.actor_count.{actor}", index, float(len(own.get(index, []))))
    return {**shared_stats(doc), **tally.stats}


def features_from_totals(totals: Totals) -> dict[str, Number]:
    words = words_in(totals) - totals["tone.quoted_words"]  # outside quotation marks
    features = {
        "tone.mean": rounded_mean(totals["tone.own_sum"], totals["tone.own_count"]),
        "tone.positive_share": ratio(totals["tone.own_positive"], words),
        "tone.negative_share": ratio(totals["tone.own_negative"], words),
        "tone.quoted_mean": rounded_mean(totals["tone.quoted_sum"], totals["tone.quoted_count"]),
    }
    for name in totals.named("tone.actor_sentences."):
        actor = name.removeprefix("tone.actor_sentences.")
        features[f"tone.actor.{actor}"] = rounded_mean(
            totals[f"tone.actor_sum.{actor}"], totals[f"tone.actor_count.{actor}"]
        )
        features[name] = totals[name]
    return features


def _sentence_at(doc: Doc, starts: list[int], position: int) -> int | None:
    """The sentence ``position`` falls in (None between sentences); ``starts``: the cells' starts."""
    index = bisect_right(starts, position) - 1
    return index if index >= 0 and doc.sentences and position < doc.sentences[index].end else None
