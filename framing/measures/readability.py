"""Readability and style of the clean body text, from framing's own segmentation.

Flesch reading ease after Amstad (1978): 180 − ASL − 58.5 · ASW (ASL words per sentence, ASW
syllables per word; higher is easier, 0–100 for most texts). Wiener Sachtextformel 1 (Bamberger &
Vanecek 1984): 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875 (MS % words of three or
more syllables, SL words per sentence, IW % words longer than six letters, ES % one-syllable words;
roughly a German school grade, 4 easy … 15 hard). Words are word tokens (numbers excluded).

Syllables are counted here, not with textstat: textstat's German formulas rely on Pyphen, which
undercounts German syllables ("einen" → 1), and ``textstat.set_lang`` is process-wide state that
threads (Streamlit sessions) would share. Counting: vowel groups (a e i o u y ä ö ü), where ai au ei
eu äu ie and doubled vowels stay one syllable, other vowel pairs split ("Realität"), and "-tion"/
"-sion" is one ("Sanktionen" = 3). MTLD (McCarthy & Jarvis 2010; threshold 0.72, mean of both
directions) measures lexical diversity independent of length. Passive: a form of "werden" with a
past participle in the same sentence ("wurde … getötet", "sind … gewarnt worden"), not "wird
reisen" or "wurde Präsident".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain, compress, repeat
from operator import not_
from typing import Final

import numpy as np

from ..lexicons import FILES, Resources
from ..memo import in_pure_python, remembered_all
from ..model import Doc, Span, Token
from ..segment import register_form_mark
from .additive import (
    Number,
    Stats,
    Tally,
    Totals,
    cell_at,
    cell_starts,
    only_where,
    ratio,
    shared_stats,
)
from .hedging import is_participle

VOWELS: Final = frozenset("aeiouyäöü")
VOWEL_GROUP: Final = re.compile(f"[{''.join(sorted(VOWELS))}]+")
ONE_SYLLABLE_PAIRS: Final = frozenset(
    {"ai", "au", "ei", "eu", "äu", "ie", "aa", "ee", "oo", "ey", "ay", "oi"}
)
PASSIVE_AUXILIARIES: Final = frozenset(
    {"wird", "werden", "wurde", "wurden", "worden", "werde", "würde", "würden"}
)
LONG_SENTENCE_WORDS = 25
MTLD_THRESHOLD: Final = 0.72

FEATURES: Final = {
    "readability.flesch_amstad": "Flesch reading ease after Amstad (0–100, higher is easier)",
    "readability.wiener_sachtextformel": "Wiener Sachtextformel 1 (about a school grade, 4 easy … 15 hard)",
    "readability.mean_sentence_words": "mean sentence length in words",
    "readability.mean_word_letters": "mean word length in letters",
    "readability.mtld": "lexical diversity, MTLD (higher is more varied; length-robust)",
    "readability.passive_share": "share of sentences with a passive construction (0…1)",
    "readability.quoted_share": "share of body characters inside quotation marks (0…1)",
    "readability.long_sentence_share": f"share of sentences longer than {LONG_SENTENCE_WORDS} words (0…1)",
}


def syllables(word: str) -> int:
    """German syllable count of one word (at least 1): one per group of vowels, and one more in a group
    for each vowel that does not form a pair of ``ONE_SYLLABLE_PAIRS`` with the one before it (taken from
    the group's start, two by two). Compiled, one loop over the letters; in pure Python the groups found
    by a pattern (``_syllables_by_groups``), where the loop is slower (speed round 37: the pattern's list
    and each pair's slice cost the compiled build about 5,500 instructions a new word)."""
    count = 0
    single = ""  # the group's vowel not yet paired ("" outside a group or right after a pair)
    grouped = False
    for letter in word.lower().replace("tion", "tjon").replace("sion", "sjon"):
        if letter not in VOWELS:
            grouped, single = False, ""
        elif not grouped:
            grouped, single = True, letter
            count += 1
        elif not single:
            single = letter
        elif single + letter in ONE_SYLLABLE_PAIRS:
            single = ""
        else:
            single = letter
            count += 1
    return max(1, count)


def _syllables_by_groups(word: str) -> int:
    lower = word.lower().replace("tion", "tjon").replace("sion", "sjon")  # "-tion" is one syllable
    count = 0
    for group in VOWEL_GROUP.findall(lower):
        count += 1
        index = 0
        while index < len(group) - 1:  # split vowel pairs that are not one sound
            if group[index : index + 2] in ONE_SYLLABLE_PAIRS:
                index += 2
            else:
                count += 1
                index += 1
    return max(1, count)


in_pure_python(globals(), syllables, _syllables_by_groups)


def syllable_counts(words: list[str]) -> list[int]:
    """``syllables`` of each of ``words`` (an article's new word forms, none holding a line break). Compiled,
    the loop of each; in pure Python all together by a few C passes over their letters joined
    (``_syllable_counts_together``), where a Python step and a pattern search per word cost about 12,000
    instructions a new word (speed round 40)."""
    return [syllables(word) for word in words]


def _letter_class(byte: int) -> int:
    """A Latin-1 byte as ``_syllable_counts_together`` reads it: a vowel as its lower-case letter, "t" for t
    and s and "n" for n (the letters of "-tion"/"-sion"), a line break as itself, any other byte "b"."""
    letter = chr(byte).lower()
    if letter in VOWELS:
        return ord(letter)
    if letter in "tsn":
        return ord("n" if letter == "n" else "t")
    return byte if letter == "\n" else ord("b")


_LETTER_CLASSES: Final = bytes(map(_letter_class, range(256)))
_VOWEL_BYTES: Final = bytes(sorted(map(ord, VOWELS)))
# the classes read as vowel ("a") or not ("b"), line breaks kept: where a group of three vowels stands
_VOWEL_RUNS: Final = bytes(
    ord("a") if byte in _VOWEL_BYTES else byte if byte == ord("\n") else ord("b") for byte in range(256)
)
_NOT_VOWELS: Final = bytes(byte for byte in range(256) if byte not in _VOWEL_BYTES and byte != ord("\n"))
# the pairs made one vowel in two rounds: first those whose letters pair with no other (i before e, o before
# i and o, ä before u), then, with i, u and y read as one letter, those of a and e before them and the doubled
# a and e: 8 passes of ``replace`` instead of 12, the same pairs in groups of two vowels (a group of more is
# counted word by word)
_PAIRS_ALONE: Final = (b"ie", b"oi", b"oo", "äu".encode("latin-1"))
_I_U_Y: Final = bytes.maketrans(b"uy", b"ii")
_PAIRS_BEFORE_I: Final = (b"ai", b"ei", b"aa", b"ee")


def _syllable_counts_together(words: list[str]) -> list[int]:
    """``syllables`` of each of ``words``: their Latin-1 bytes joined by line breaks (lower-cased first
    where some letter is not Latin-1: none of those is a vowel, nor lower-cases to one but "İ"), each
    read as its class (``_LETTER_CLASSES``, so that "-tion" and "-sion", in any case, lose the vowel
    their "i" is not), each pair of ``ONE_SYLLABLE_PAIRS`` made one vowel, then the vowels left counted
    per word. Exact for groups of one or two vowels; a word with a group of three or more, where the
    pairs are taken two by two from the group's start, is counted by ``syllables`` (about 2 % of new
    words)."""
    text = "\n".join(words)
    try:
        latin = text.encode("latin-1")
    except UnicodeEncodeError:
        latin = text.lower().encode("latin-1", "replace")
    letters = latin.translate(_LETTER_CLASSES).replace(b"tion", b"tbon")
    runs = letters.translate(_VOWEL_RUNS)
    for pair in _PAIRS_ALONE:
        letters = letters.replace(pair, b"a")
    letters = letters.translate(_I_U_Y)
    for pair in _PAIRS_BEFORE_I:
        letters = letters.replace(pair, b"a")
    counts = list(map(len, letters.translate(None, _NOT_VOWELS).split(b"\n")))
    if len(counts) != len(words):  # a word holding a line break, or no words
        return list(map(syllables, words))
    if 0 in counts:  # a word without vowels ("ZDF"): one syllable
        for index in compress(range(len(counts)), map(not_, counts)):
            counts[index] = 1
    index, line, found = 0, 0, runs.find(b"aaa")
    while found != -1:  # the words with a group of three vowels or more, one by one
        index += runs.count(b"\n", line, found)
        counts[index] = syllables(words[index])
        line = runs.find(b"\n", found)
        found = -1 if line == -1 else runs.find(b"aaa", line)
    return counts


in_pure_python(globals(), syllable_counts, _syllable_counts_together)


SYLLABLE_CACHE_SIZE: Final = 200_000  # word forms remembered; cleared when full (bounded memory)
_SYLLABLES: Final[dict[str, int]] = {}  # word form → ``syllables``


def mtld(words: list[str], threshold: float = MTLD_THRESHOLD) -> float:
    """Measure of textual lexical diversity: mean of a forward and a backward pass."""
    cells = [0] * len(words)
    forward = sum(mtld_factors(words, cells, threshold))
    backward = sum(mtld_factors(words[::-1], cells, threshold))
    return _mtld(float(len(words)), forward, backward)


def _mtld(words: Number, forward: Number, backward: Number) -> Number:
    """MTLD from the word count and the factors of the forward and the backward pass: the mean of
    words / factors (words where a pass has no factor; 0 without words)."""
    if isinstance(words, np.ndarray):
        passes = [np.where(factors != 0, ratio(words, factors), words) for factors in (forward, backward)]
        return (passes[0] + passes[1]) / 2
    if not words:
        return 0.0
    return ((words / forward if forward else words) + (words / backward if backward else words)) / 2


def mtld_factors(words: list[str], cells: list[int], threshold: float = MTLD_THRESHOLD) -> list[float]:
    """One MTLD pass over ``words``: its factors in each cell (``cells``: each word's cell, the
    same length): a factor counts in the cell of the word that completes it, the final partial
    factor in the cell of the last word."""
    if len(words) != len(cells):
        raise ValueError(f"{len(words)} words but {len(cells)} cells")
    found = [0.0] * (max(cells) + 1 if cells else 0)
    first = 0  # the first word of the current factor: it holds the words first … index
    types: set[str] = set()
    add = types.add
    for index, word in enumerate(words):
        # only a repeated word lowers the type-token ratio: (k + 1) / (n + 1) >= k / n
        if word in types:
            if len(types) / (index - first + 1) <= threshold:
                found[cells[index]] += 1
                types = set()
                add = types.add
                first = index + 1
        else:
            add(word)
    if first < len(words):
        found[cells[-1]] += (1 - len(types) / (len(words) - first)) / (1 - threshold)
    return found


WORD_SUMS: Final = tuple(
    f"readability.{name}" for name in ("syllables", "letters", "polysyllables", "monosyllables", "long_words")
)


def word_sums(counts: list[int], texts: list[str], cells: list[int], size: int) -> dict[str, list[float]]:
    """Per cell (at least ``size``; ``cells`` ascending, one per word): the words' syllables (``counts``)
    and letters, and how many words are polysyllabic (3 or more), monosyllabic and long (more than 6
    letters), as floats: ``np.bincount``'s sums (whole numbers, exact either way). Compiled, one loop
    over the words, a small part of the 13 numpy calls' cost (speed round 36); in pure Python the
    numpy form (``_word_sums_by_numpy``), since there a Python step per word is the slower."""
    length = max(size, cells[-1] + 1)
    sums = [[0] * length for _ in WORD_SUMS]
    syllable_sums, letter_sums, poly, mono, long_words = sums
    for index, cell in enumerate(cells):
        count, letters = counts[index], len(texts[index])
        syllable_sums[cell] += count
        letter_sums[cell] += letters
        if count >= 3:
            poly[cell] += 1
        elif count == 1:
            mono[cell] += 1
        if letters > 6:
            long_words[cell] += 1
    return {name: [float(value) for value in column] for name, column in zip(WORD_SUMS, sums, strict=True)}


def _word_sums_by_numpy(
    counts: list[int], texts: list[str], cells: list[int], size: int
) -> dict[str, list[float]]:
    syllable_counts = np.array(counts, float)
    letters = np.fromiter(map(len, texts), float, len(texts))
    at = np.array(cells)  # converted once, not by each bincount
    weights = (syllable_counts, letters, syllable_counts >= 3, syllable_counts == 1, letters > 6)
    return {
        name: np.bincount(at, column, minlength=size).tolist()
        for name, column in zip(WORD_SUMS, weights, strict=True)
    }


in_pure_python(globals(), word_sums, _word_sums_by_numpy)


def _is_participle(token: Token) -> bool:
    return token.text.islower() and is_participle(token.text)


_AUXILIARY: Final = register_form_mark(PASSIVE_AUXILIARIES)  # found once per word form by segmentation


def annotate(doc: Doc, resources: Resources = FILES) -> list[Span]:
    """Long sentences and passive voice; ``resources`` as for every family (no lexicon here)."""
    spans = []
    tokens = doc.tokens
    auxiliaries = doc.marked(_AUXILIARY)  # read from the flagged tokens, not by testing every token
    if auxiliaries is None:  # a document not segmented by rules
        keys = doc.token_keys()
        auxiliaries = [i for i, (form, _) in enumerate(keys) if form in PASSIVE_AUXILIARIES]
    kinds = doc.kinds()
    for sentence in doc.sentences:
        first, end = sentence.first_token, sentence.end_token
        words = kinds[first:end].count("word")
        if words > LONG_SENTENCE_WORDS:
            spans.append(Span(sentence.start, sentence.end, "readability", "long_sentence", float(words)))
        for index in auxiliaries[bisect_left(auxiliaries, first) : bisect_left(auxiliaries, end)]:
            token = tokens[index]
            participle = next((t for t in tokens[index + 1 : end] if _is_participle(t)), None)
            if participle is None:
                participle = next((t for t in reversed(tokens[first:index]) if _is_participle(t)), None)
            if participle is not None:
                start, end_ = min(token.start, participle.start), max(token.end, participle.end)
                spans.append(Span(start, end_, "readability", "passive"))
                break
    return spans


def _word_texts_and_cells(doc: Doc) -> tuple[list[str], list[int]]:
    """The text and sentence of each word token (``kind == "word"``), in order. Where segmentation
    kept the kinds, the sentences are each sentence's number repeated by its count of words
    (``shared_stats``, counted in C), so one pass over the tokens picks the texts."""
    texts = [token.text for token in doc.tokens if token.kind == "word"]
    if doc._kinds is None:
        return texts, [token.sentence for token in doc.tokens if token.kind == "word"]
    counts = map(int, shared_stats(doc)["word_tokens"])
    return texts, list(chain.from_iterable(map(repeat, range(len(doc.sentences)), counts)))


def _word_forms(doc: Doc, texts: list[str]) -> list[str]:
    """The lower-case forms of the word tokens (``texts``), in order. Compiled, read from
    ``Doc.token_keys`` by one loop (no new string: the forms segmentation made); in pure Python by one
    ``map`` of ``str.lower`` over ``texts`` (``_word_forms_by_lower``), where the loop is slower (speed
    round 37)."""
    keys = doc.token_keys()
    return [keys[index][0] for index, kind in enumerate(doc.kinds()) if kind == "word"]


def _word_forms_by_lower(doc: Doc, texts: list[str]) -> list[str]:
    return list(map(str.lower, texts))


in_pure_python(globals(), _word_forms, _word_forms_by_lower)


def sentence_stats(doc: Doc, spans: list[Span]) -> Stats:
    """Per sentence: its word tokens (``kind == "word"``) with their syllables and letters and
    how many are monosyllabic, polysyllabic (3 or more) and long (more than 6 letters), the MTLD
    factors of both passes (``mtld_factors``), and its passive and long-sentence spans."""
    tally, starts = Tally(doc), cell_starts(doc)
    texts, cells = _word_texts_and_cells(doc)
    forms = _word_forms(doc, texts)
    if forms:
        counts = remembered_all(_SYLLABLES, texts, syllable_counts, SYLLABLE_CACHE_SIZE)
        tally.stats.update(word_sums(counts, texts, cells, tally.size))
        tally.stats["readability.mtld_forward"] = mtld_factors(forms, cells) + [0.0] * (
            tally.size - cells[-1] - 1
        )
        backward = mtld_factors(forms[::-1], cells[::-1])
        tally.stats["readability.mtld_backward"] = backward + [0.0] * (tally.size - len(backward))
    for span in spans:
        tally.add(f"readability.{span.label}", cell_at(starts, span.start))
    return {**shared_stats(doc), **tally.stats}


def features_from_totals(totals: Totals) -> dict[str, Number]:
    n, sentences = totals["word_tokens"], totals["sentences"]
    asl = ratio(n, sentences)
    asw = ratio(totals["readability.syllables"], n)
    ms = ratio(totals["readability.polysyllables"], n, 100)
    iw = ratio(totals["readability.long_words"], n, 100)
    es = ratio(totals["readability.monosyllables"], n, 100)
    features = {
        "readability.flesch_amstad": 180 - asl - 58.5 * asw,
        "readability.wiener_sachtextformel": 0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875,
        "readability.mean_sentence_words": asl,
        "readability.mean_word_letters": ratio(totals["readability.letters"], n),
        "readability.mtld": _mtld(n, totals["readability.mtld_forward"], totals["readability.mtld_backward"]),
        "readability.passive_share": ratio(totals["readability.passive"], sentences),
        "readability.quoted_share": ratio(totals["quoted_characters"], totals["characters"]),
        "readability.long_sentence_share": ratio(totals["readability.long_sentence"], sentences),
    }
    measured = n * sentences != 0 if isinstance(n, np.ndarray) else bool(n and sentences)
    return {name: only_where(measured, value) for name, value in features.items()}
