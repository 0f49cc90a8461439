"""Language identification (py3langid: offline, model shipped in the package, loaded once)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

MIN_WORDS = 15  # below this, identification is unreliable and we say so
MIN_PROBABILITY = 0.8
SAMPLE_CHARS = 300  # ~45 words: identification is as sure on them; the model is memory-bound per byte
LANGUAGE_NAMES = {
    "de": "German", "en": "English", "fr": "French", "es": "Spanish", "it": "Italian",
    "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish",
    "zh": "Chinese", "ar": "Arabic", "pt": "Portuguese", "cs": "Czech", "da": "Danish",
    "sv": "Swedish", "no": "Norwegian", "fi": "Finnish", "hu": "Hungarian", "el": "Greek",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str | None
    probability: float
    warning: str | None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_name(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or "", code or "unknown")


def detect_language(text: str) -> LanguageGuess:
    """Identify the language of ``text``; warn when it is not German or too short to tell."""
    words = len(text.split())
    if words == 0:
        return LanguageGuess(None, 0.0, "no text to identify the language of")
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
