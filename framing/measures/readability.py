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
from collections import Counter
from functools import lru_cache
from operator import attrgetter

from ..lexicons import FILES, Resources
from ..model import Doc, Span, Token
from .hedging import is_participle
from .voice import quoted_regions

VOWEL_GROUP = re.compile(r"[aeiouyäöü]+")
ONE_SYLLABLE_PAIRS = frozenset({"ai", "au", "ei", "eu", "äu", "ie", "aa", "ee", "oo", "ey", "ay", "oi"})
PASSIVE_AUXILIARIES = frozenset({"wird", "werden", "wurde", "wurden", "worden", "werde", "würde", "würden"})
LONG_SENTENCE_WORDS = 25
MTLD_THRESHOLD = 0.72

FEATURES = {
    "readability.flesch_amstad": "Flesch reading ease after Amstad (0–100, higher is easier)",
    "readability.wiener_sachtextformel": "Wiener Sachtextformel 1 (about a school grade, 4 easy … 15 hard)",
    "readability.mean_sentence_words": "mean sentence length in words",
    "readability.mean_word_letters": "mean word length in letters",
    "readability.mtld": "lexical diversity, MTLD (higher is more varied; length-robust)",
    "readability.passive_share": "share of sentences with a passive construction (0…1)",
    "readability.quoted_share": "share of body characters inside quotation marks (0…1)",
    "readability.long_sentence_share": f"share of sentences longer than {LONG_SENTENCE_WORDS} words (0…1)",
}


@lru_cache(maxsize=200_000)
def syllables(word: str) -> int:
    """German syllable count of one word (at least 1)."""
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


@lru_cache(maxsize=200_000)
def _shape(word: str) -> tuple[int, int]:
    """(syllables, letters) of one word, remembered per word type."""
    return syllables(word), len(word)


def mtld(words: list[str], threshold: float = MTLD_THRESHOLD) -> float:
    """Measure of textual lexical diversity: mean of a forward and a backward pass."""
    if not words:
        return 0.0
    return (_mtld_pass(words, threshold) + _mtld_pass(words[::-1], threshold)) / 2


def _mtld_pass(words: list[str], threshold: float) -> float:
    factors, tokens = 0.0, 0
    types: set[str] = set()
    for word in words:
        tokens += 1
        # only a repeated word lowers the type-token ratio: (k + 1) / (n + 1) >= k / n
        if word in types:
            if len(types) / tokens <= threshold:
                factors += 1
                types, tokens = set(), 0
        else:
            types.add(word)
    if tokens:
        ratio = len(types) / tokens
        factors += (1 - ratio) / (1 - threshold)
    return len(words) / factors if factors else float(len(words))


def _is_participle(token: Token) -> bool:
    return token.text.islower() and is_participle(token.text)


def annotate(doc: Doc, resources: Resources = FILES) -> list[Span]:
    """Long sentences and passive voice; ``resources`` as for every family (no lexicon here)."""
    spans = []
    tokens = doc.tokens
    kinds = list(map(attrgetter("kind"), tokens))
    auxiliaries = [i for i, (form, _) in enumerate(doc.token_keys()) if form in PASSIVE_AUXILIARIES]
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


def score(doc: Doc, spans: list[Span]) -> dict[str, float]:
    words = [t.text for t in doc.tokens if t.kind == "word"]
    sentences = len(doc.sentences)
    features = dict.fromkeys(FEATURES, 0.0)
    if not words or not sentences:
        return features
    shapes = Counter(map(_shape, words)).items()  # (syllables, letters) → words
    n = len(words)
    asl = n / sentences
    asw = sum(count * syllable_count for (syllable_count, _), count in shapes) / n
    ms = 100 * sum(count for (syllable_count, _), count in shapes if syllable_count >= 3) / n
    iw = 100 * sum(count for (_, letters), count in shapes if letters > 6) / n
    es = 100 * sum(count for (syllable_count, _), count in shapes if syllable_count == 1) / n
    regions = quoted_regions(doc.text)
    forms = [key[0] for key, token in zip(doc.token_keys(), doc.tokens, strict=True) if token.kind == "word"]
    features.update(
        {
            "readability.flesch_amstad": 180 - asl - 58.5 * asw,
            "readability.wiener_sachtextformel": 0.1935 * ms
            + 0.1672 * asl
            + 0.1297 * iw
            - 0.0327 * es
            - 0.875,
            "readability.mean_sentence_words": asl,
            "readability.mean_word_letters": sum(count * letters for (_, letters), count in shapes) / n,
            "readability.mtld": mtld(forms),
            "readability.passive_share": sum(s.label == "passive" for s in spans) / sentences,
            "readability.quoted_share": sum(e - s for s, e in regions) / len(doc.text),
            "readability.long_sentence_share": sum(s.label == "long_sentence" for s in spans) / sentences,
        }
    )
    return features
