"""Emotive and loaded language: alarm, dramatizing and evaluative words (``data/lexicons/
emotive_de``), superlatives, exclamations, rhetorical questions and scare quotes.

Rules: a superlative is a lower-case adjective form whose lemma plus "(e)st(e|er|en|em|es)" it is
("engste", "wichtigster", "größten"), "am …sten", an irregular form (beste, meiste, höchste) or a
"Rekord…" compound; "erste", adverbs in "-stens" and nouns ("Westen", "Liste", "Küste") are not.
Exclamations and rhetorical questions are body sentences in the outlet's own voice ending in "!"
or "?". A scare quote is a quoted word or phrase of at most three words that the sourcing family
did not attribute to a speaker and that is not a medium's name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ..actors import load_actors
from ..lexicons import FILES, Lexicon, Resources
from ..model import Doc, Span
from ..resources import word_sets
from ..segment import register_form_mark
from .additive import Number, Stats, Tally, Totals, cell_at, cell_starts, ratio, shared_stats
from .additive import words as words_in
from .voice import is_quoted, quoted_regions, token_voice, voice

LOADED: Final = ("alarm", "dramatizing", "evaluative")
IRREGULAR_SUPERLATIVES: Final = word_sets("grammar_de.toml")["superlatives.emotive.irregular"]  # "beste"
NOT_SUPERLATIVES: Final = word_sets("grammar_de.toml")["superlatives.emotive.ordinals"]  # "erste", "nächste"
SUFFIX: Final = re.compile(r"e?st(e|er|en|em|es)?$")
MEDIA_SUFFIXES: Final = (".de", ".com", ".net", ".org")

FEATURES: Final = {
    "emotive.loaded_per_1k": "alarm, dramatizing and evaluative words in the own voice per 1,000 words",
    "emotive.alarm_per_1k": "alarm words in the own voice per 1,000 words",
    "emotive.dramatizing_per_1k": "dramatizing words in the own voice per 1,000 words",
    "emotive.evaluative_per_1k": "evaluative (loaded) words in the own voice per 1,000 words",
    "emotive.superlatives_per_1k": "superlatives in the own voice per 1,000 words",
    "emotive.exclamations": "own-voice sentences ending in '!' (count)",
    "emotive.rhetorical_questions": "own-voice questions in the body (count)",
    "emotive.scare_quotes": "unattributed quoted words or short phrases (count)",
    "emotive.quoted_loaded_per_1k": "loaded words inside quotes per 1,000 words",
}


def _lexicon(resources: Resources = FILES) -> Lexicon:
    return resources.lexicon("emotive_de")


_UMLAUTS: Final = str.maketrans("äöü", "aou")


def _plain(word: str) -> str:
    return word.translate(_UMLAUTS)


@lru_cache(maxsize=65_536)
def is_superlative(word: str, lemma: str) -> bool:
    lower = word.lower()
    if not word[0].islower() or lower in NOT_SUPERLATIVES or lower.endswith("stens") or len(lower) < 5:
        return False
    if lower in IRREGULAR_SUPERLATIVES:
        return True
    base = _plain(lemma.lower())
    plain = _plain(lower)
    if base == plain or not plain.startswith(base):
        return False
    rest = plain[len(base) :]
    sibilant = base.endswith(("ß", "s", "z", "x"))  # "größten": the s of the ending merges
    return bool(SUFFIX.fullmatch(rest) or (sibilant and SUFFIX.fullmatch("s" + rest)))


def _superlative_form(surface: str, lemma: str, form: str, lemma_lower: str) -> bool:
    """Whether a word is a superlative; every superlative has s, ß, z or x before a t ("-st-",
    "größte"), which is tested first."""
    return ("st" in form or "ßt" in form or "zt" in form or "xt" in form) and is_superlative(surface, lemma)


# Latin-1 bytes read for ``_superlative_form``'s first test: s, ß, z and x as "s", t as "t", a line break as
# itself, any other byte "b"
_SIBILANT_T: Final = bytes(
    ord("s")
    if chr(byte) in "sßzx"
    else ord("t")
    if byte == ord("t")
    else byte
    if byte == ord("\n")
    else ord("b")
    for byte in range(256)
)


def _superlative_forms(
    surfaces: list[str], lemmas: list[str], forms: list[str], lemmas_lower: list[str]
) -> list[bool]:
    """``_superlative_form`` of all of an article's new words: s, ß, z or x before a t found by ``find`` in
    the forms joined by line breaks and read as their Latin-1 bytes' classes (``_SIBILANT_T``; a letter
    not in Latin-1 is one byte "?", none of those), ``is_superlative`` asked only of the forms holding
    one, instead of a Python call per word (speed round 40)."""
    found = [False] * len(forms)
    letters = "\n".join(forms).encode("latin-1", "replace").translate(_SIBILANT_T)
    if letters.count(b"\n") != len(forms) - 1:  # a form holding a line break: form by form
        return list(map(_superlative_form, surfaces, lemmas, forms, lemmas_lower))
    index, line, at = 0, 0, letters.find(b"st")  # the form of the last find, where its line break stands
    while at != -1:
        index += letters.count(b"\n", line, at)
        found[index] = is_superlative(surfaces[index], lemmas[index])
        line = letters.find(b"\n", at)
        at = -1 if line == -1 else letters.find(b"st", line)
    return found


# decided once per word by segmentation, for all of an article's new words together
_SUPERLATIVE: Final = register_form_mark(all_words=_superlative_forms)


def annotate(doc: Doc, resources: Resources = FILES) -> list[Span]:
    text = doc.text
    spans = [
        Span(
            m.start,
            m.end,
            "emotive",
            m.entry.label,
            attrs={"voice": token_voice(doc, m.first_token, m.end_token)},
        )
        for m in _lexicon(resources).match(doc)
    ]
    lexicon_starts = {s.start for s in spans}
    marked = doc.marked(_SUPERLATIVE)
    if marked is None:  # a document not segmented by rules
        superlatives = [
            t
            for t, (form, _) in zip(doc.tokens, doc.token_keys(), strict=True)
            if t.kind == "word" and _superlative_form(t.text, t.lemma, form, "")
        ]
    else:
        superlatives = [doc.tokens[i] for i in marked]
    for token in superlatives:
        if token.start not in lexicon_starts:
            spans.append(
                Span(
                    token.start,
                    token.end,
                    "emotive",
                    "superlative",
                    attrs={"voice": voice(text, token.start)},
                )
            )
    for sentence in doc.sentences:
        ending = text[sentence.start : sentence.end].rstrip("\"'“”»«’) ")
        if not ending.endswith(("!", "?")) or is_quoted(text, sentence.end - 1):
            continue
        if ending.endswith("!"):
            spans.append(Span(sentence.start, sentence.end, "emotive", "exclamation", attrs={"voice": "own"}))
        elif ending.endswith("?"):
            spans.append(
                Span(sentence.start, sentence.end, "emotive", "rhetorical_question", attrs={"voice": "own"})
            )
    attributed = {quote.start for quote in doc.quotes}
    for start, end in quoted_regions(text):
        phrase = text[start:end].strip()
        words = phrase.split()
        if (
            1 <= len(words) <= 3
            and start not in attributed
            and not _is_media_name(phrase, resources)
            and len(phrase) > 2
        ):
            spans.append(Span(start, end, "emotive", "scare_quote", attrs={"voice": "own"}))
    return sorted(spans, key=lambda s: s.start)


def _is_media_name(phrase: str, resources: Resources) -> bool:
    if phrase.lower().endswith(MEDIA_SUFFIXES):
        return True
    actors = load_actors(resources=resources).values()
    return any(actor.kind == "media" and phrase in actor.names for actor in actors)


def sentence_stats(doc: Doc, spans: list[Span]) -> Stats:
    """Each label's spans by voice (own or quoted) in the sentence where they start."""
    tally, starts = Tally(doc), cell_starts(doc)
    for span in spans:
        tally.add(f"emotive.{span.attrs['voice']}.{span.label}", cell_at(starts, span.start))
    return {**shared_stats(doc), **tally.stats}


def features_from_totals(totals: Totals) -> dict[str, Number]:
    words = words_in(totals)

    def both(label: str) -> Number:
        return totals[f"emotive.own.{label}"] + totals[f"emotive.quoted.{label}"]

    own_loaded = sum(totals[f"emotive.own.{label}"] for label in LOADED)
    return {
        "emotive.loaded_per_1k": ratio(own_loaded, words, 1000),
        "emotive.alarm_per_1k": ratio(totals["emotive.own.alarm"], words, 1000),
        "emotive.dramatizing_per_1k": ratio(totals["emotive.own.dramatizing"], words, 1000),
        "emotive.evaluative_per_1k": ratio(totals["emotive.own.evaluative"], words, 1000),
        "emotive.superlatives_per_1k": ratio(totals["emotive.own.superlative"], words, 1000),
        "emotive.exclamations": both("exclamation"),
        "emotive.rhetorical_questions": both("rhetorical_question"),
        "emotive.scare_quotes": both("scare_quote"),
        "emotive.quoted_loaded_per_1k": ratio(
            sum(totals[f"emotive.quoted.{label}"] for label in LOADED), words, 1000
        ),
    }
