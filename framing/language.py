"""Language identification: German function words first, py3langid (offline, model shipped in the
package, loaded once) for everything they do not settle.

A news text whose opening is rich in German function words that are not words of neighbouring
languages ("und", "nicht", "sich", "wurde", …) is German; saying so costs a few microseconds, while
py3langid's byte model (about 70 MB of tables) costs about 0.3 ms per text and evicts the analysis'
own data from the processor's caches. Every other text, and every text the markers do not settle
(short, mixed, sparse in function words), goes to py3langid.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from .model import frozen_reduce
from .resources import word_list

MIN_WORDS: Final = 15  # below this, identification is unreliable and we say so
MIN_PROBABILITY: Final = 0.8
MARKER_SHARE: Final = 0.08  # of an opening's words on data/language_markers_de.txt (German news: 5-25 %)
MARKER_SAMPLE_CHARS: Final = 600  # ~90 words: at least 8 markers needed, which no other language comes near
MIN_MARKERS: Final = 5  # and never fewer, however short the text
MAX_FOREIGN_RATIO: Final = 0.25  # markers of other languages (data/language_markers_other.txt) per German one
_EDGE_PUNCTUATION: Final = "\"'„“”‚‘’»«()[].,;:!?–—-"
SAMPLE_CHARS: Final = 300  # ~45 words: identification is as sure on them; the model is memory-bound per byte
LANGUAGE_NAMES: Final = {
    "de": "German", "en": "English", "fr": "French", "es": "Spanish", "it": "Italian",
    "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish",
    "zh": "Chinese", "ar": "Arabic", "pt": "Portuguese", "cs": "Czech", "da": "Danish",
    "sv": "Swedish", "no": "Norwegian", "fi": "Finnish", "hu": "Hungarian", "el": "Greek",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str | None
    probability: float | None  # py3langid's; None when the German markers decided
    warning: str | None
    method: str = "py3langid"  # or the marker evidence: "German function words: 9 of 44 words"

    def __reduce__(self) -> tuple[Any, ...]:
        return frozen_reduce(self)


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def german_markers(sample: str) -> str | None:
    """The evidence ("German function words: 9 of 86 words (1 of other languages)") when at least
    ``MARKER_SHARE`` of the words of ``sample``, and at least ``MIN_MARKERS``, are German markers and
    few are another language's (its last word may be cut off, so it does not count); else None."""
    words = [word.strip(_EDGE_PUNCTUATION).lower() for word in sample.split()[:-1]]
    german, other = word_list("language_markers_de.txt"), word_list("language_markers_other.txt")
    found = sum(word in german for word in words)
    if len(words) < MIN_WORDS or found < max(MIN_MARKERS, MARKER_SHARE * len(words)):
        return None
    if (foreign := sum(word in other for word in words)) > found * MAX_FOREIGN_RATIO:
        return None  # mixed: another language's function words too ("the", "et", "het", …)
    return f"German function words: {found} of {len(words)} words ({foreign} of other languages)"


def language_name(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or "", code or "unknown")


def _words_up_to_enough(text: str) -> int:
    """The number of words of ``text``, or at least ``MIN_WORDS`` without counting them all: its
    opening never has more words than the text (a word cut at the end still counts once), so a
    long article is not split whole."""
    words = len(text[:MARKER_SAMPLE_CHARS].split())
    return words if words >= MIN_WORDS or len(text) <= MARKER_SAMPLE_CHARS else len(text.split())


def detect_language(text: str) -> LanguageGuess:
    """Identify the language of ``text``; warn when it is not German or too short to tell."""
    words = _words_up_to_enough(text)
    if words == 0:
        return LanguageGuess(None, 0.0, "no text to identify the language of")
    if words >= MIN_WORDS and (evidence := german_markers(text[:MARKER_SAMPLE_CHARS])):
        return LanguageGuess("de", None, None, evidence)
    code, probability = _identifier().classify(text[:SAMPLE_CHARS])
    probability = float(probability)
    if words < MIN_WORDS:
        return LanguageGuess(code, probability, f"only {words} words: language identification is unreliable")
    if code != "de" and probability >= MIN_PROBABILITY:
        return LanguageGuess(
            code,
            probability,
            f"language is {language_name(code)} ({code}), not German: German lexicons and rules "
            "do not apply, so tone, hedging, word-choice and frame measures are not computed",
        )
    if code != "de":
        return LanguageGuess(
            "de",
            probability,
            f"language unclear (best guess {code}, p={probability:.2f}); analysed as German",
        )
    return LanguageGuess("de", probability, None)
