"""Epistemic stance: hedges, hearsay, anonymous sources, boosters, reportative "sollen" and
reported speech in Konjunktiv I — each its own label, so a reader sees which.

Word lists: ``data/lexicons/hedging_de``. Two grammatical rules live here:
- Reportative "sollen": indicative "soll"/"sollen" is reportative ("China soll Putin heimlich
  unterstützen" = is said to) unless the clause shows a plan or obligation: a passive infinitive
  ("soll … gebaut werden"), a time ahead ("im Mai", "künftig", "ab", "bis"), or a subject
  "man", "du", "ihr", "wir", "ich". A perfect infinitive ("soll … gesagt haben", "soll … gewesen
  sein") is always reportative. "sollte(n)" (Konjunktiv II or past) never is; "solle" is
  Konjunktiv I (reported speech).
- Konjunktiv I: "sei(en)", and third-person forms equal to the verb stem + "e" ("habe",
  "werde", "garantiere", "wolle", "könne"), not after or before "ich" (1st person indicative:
  "Ich habe betont"). "hätten"/"wären" count only in a sentence that reports speech.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import compress, repeat
from operator import add, eq
from typing import Final

from ..dates import month_names
from ..lexicons import FILES, Lexicon, Resources
from ..memo import in_pure_python, remember
from ..model import Doc, Span, Token
from ..resources import clause_boundaries, word_sets
from ..segment import register_form_mark
from .additive import Number, Stats, Tally, Totals, cell_at, cell_starts, ratio, shared_stats
from .additive import words as words_in
from .voice import token_voice

LABELS: Final = ("reportative", "hedge", "hearsay", "konjunktiv_i", "anonymous_source", "booster")
FEATURES: Final = {
    f"hedge.{label}_per_1k": f"{label.replace('_', ' ')} markers per 1,000 words" for label in LABELS
}
FEATURES["hedge.hedged_sentence_share"] = "share of sentences with any marker other than boosters (0…1)"

REPORTATIVE_FORMS: Final = frozenset({"soll", "sollen"})
OBLIGATION_SUBJECTS: Final = frozenset({"man", "du", "ihr", "wir", "ich"})
PLAN_MARKERS: Final = word_sets("grammar_de.toml")["plan_markers.hedging.words"] | {
    month.lower() for month in month_names("de")
}
CLAUSE_END: Final = clause_boundaries("hedging")
PARTICIPLE: Final = re.compile(
    r"^(\w*ge\w+(t|en)|\w+iert|(be|ver|er|ent|zer|unter|über|emp|miss|hinter)\w+t)$", re.IGNORECASE
)


def _is_participle(word: str) -> bool:
    """Whether ``word`` has the shape of a past participle ("geliefert", "kritisiert", "verhängt")."""
    return PARTICIPLE.match(word) is not None


PARTICIPLES_LIMIT: Final = 65_536
_PARTICIPLES: Final[dict[str, bool]] = {}


def is_participle(word: str) -> bool:
    """``_is_participle``, remembered per word, as the pattern backtracks over the word: in a plain dict
    in the compiled build, by ``lru_cache`` in pure Python (speakers.noun_kind)."""
    known = _PARTICIPLES.get(word)
    if known is None:
        known = remember(_PARTICIPLES, word, _is_participle(word), PARTICIPLES_LIMIT)
    return known


in_pure_python(globals(), is_participle, lru_cache(maxsize=PARTICIPLES_LIMIT)(_is_participle))


KONJUNKTIV_SPECIAL: Final = frozenset({"sei", "seien", "seiest", "solle"})
SUBSTITUTE_FORMS: Final = frozenset({"hätten", "wären", "würden"})
SPEECH_MARKERS: Final = word_sets("grammar_de.toml")["speech_markers.hedging.words"]


CANDIDATE_FORMS: Final = REPORTATIVE_FORMS | KONJUNKTIV_SPECIAL | SUBSTITUTE_FORMS  # and any form in "-e"
_SCANNED_FORMS: Final = CANDIDATE_FORMS | SPEECH_MARKERS


def _stem_e(surface: str, lemma: str, form: str, lemma_lower: str) -> bool:
    """Of the forms in "-e", the verb stem + "e" (lemma = form + "n"), the only ones
    ``_is_konjunktiv_i`` accepts."""
    return form[-1] == "e" and lemma_lower == form + "n"


def _stems_e(surfaces: list[str], lemmas: list[str], forms: list[str], lemmas_lower: list[str]) -> list[bool]:
    """``_stem_e`` of all of an article's new words: each lower-case lemma compared with its form + "n"
    by C calls (``map``), the "e" read only where they are equal, instead of a Python call per word
    (speed round 40)."""
    found = [False] * len(forms)
    for index in compress(range(len(forms)), map(eq, lemmas_lower, map(add, forms, repeat("n")))):
        found[index] = forms[index][-1] == "e"
    return found


# the only tokens the rules of ``annotate`` look at: speech markers, candidate forms and the verb
# stems + "e"; decided once per word form by segmentation
_SCANNED: Final = register_form_mark(_SCANNED_FORMS, all_words=_stems_e)
_INFINITIVE_AUXILIARIES: Final = frozenset({"haben", "sein", "werden"})


def _lexicon(resources: Resources = FILES) -> Lexicon:
    return resources.lexicon("hedging_de")


def reportative_reasons(tokens: list[Token], indices: list[int]) -> dict[int, str | None]:
    """Why each "soll"/"sollen" at ``indices`` (ascending) is reportative, None where it reads as
    plan or obligation. The clause after a "soll" runs to the next clause mark or sentence end;
    where it meets the next "soll", the rest is that one's clause, already scanned (right to left),
    so every token is read once however many "soll" a clause holds."""
    reasons: dict[int, str | None] = {}
    after: tuple[int, bool, bool, bool] | None = None  # the next "soll": index, perfect, passive, plan
    for index in reversed(indices):
        perfect = passive = plan = False
        sentence = tokens[index].sentence
        previous = ""
        for position in range(index + 1, len(tokens)):
            token = tokens[position]
            if token.sentence != sentence or token.text in CLAUSE_END or token.text in ".!?":
                break
            if after is not None and position == after[0]:
                perfect, passive, plan = perfect or after[1], passive or after[2], plan or after[3]
                break
            word = token.text.lower()
            if word in _INFINITIVE_AUXILIARIES and position > index + 1 and is_participle(previous):
                perfect = perfect or word != "werden"
                passive = passive or word == "werden"
            plan = plan or word in PLAN_MARKERS
            previous = word
        after = (index, perfect, passive, plan)
        reasons[index] = _reason(tokens, index, perfect, passive, plan)
    return reasons


def _reason(tokens: list[Token], index: int, perfect: bool, passive: bool, plan: bool) -> str | None:
    """The rules in order: a perfect infinitive is reportative whatever else the clause holds; an
    obligation subject next to "soll", a passive infinitive or a time ahead make it a plan."""
    if perfect:
        return "perfect infinitive"
    sentence = tokens[index].sentence
    near = {t.text.lower() for t in tokens[max(0, index - 2) : index] if t.sentence == sentence}
    for token in tokens[index + 1 : index + 3]:
        if token.sentence != sentence or token.text in CLAUSE_END or token.text in ".!?":
            break
        near.add(token.text.lower())
    if OBLIGATION_SUBJECTS & near or passive or plan:
        return None
    return "present infinitive"


def _is_konjunktiv_i(
    tokens: list[Token], keys: list[tuple[str, str]], index: int, speech_sentences: set[int]
) -> bool:
    word, lemma = keys[index]
    stem_plus_e = len(word) > 3 and lemma.endswith("en") and word == lemma[:-1] and lemma != "sollen"
    if not (word in KONJUNKTIV_SPECIAL or word in SUBSTITUTE_FORMS or stem_plus_e):
        return False
    token = tokens[index]
    if token.text[0].isupper() and index > 0 and tokens[index - 1].sentence == token.sentence:
        return False  # a capitalised word inside a sentence is a noun
    if any(form == "ich" for form, _ in keys[max(0, index - 1) : index + 2]):
        return False
    if word in SUBSTITUTE_FORMS:
        return token.sentence in speech_sentences
    return True


def annotate(doc: Doc, resources: Resources = FILES) -> list[Span]:
    tokens = doc.tokens
    spans = [
        Span(
            m.start,
            m.end,
            "hedge",
            m.entry.label,
            attrs={"voice": token_voice(doc, m.first_token, m.end_token), "note": m.entry.note},
        )
        for m in _lexicon(resources).match(doc)
    ]
    keys = doc.token_keys()
    scanned = doc.marked(_SCANNED)  # the only tokens the rules below look at (``_SCANNED``)
    if scanned is None:  # a document not segmented by rules
        scanned = [
            i
            for i, (form, lemma) in enumerate(keys)
            if form in _SCANNED_FORMS or _stem_e("", "", form, lemma)
        ]
    speech_sentences = {tokens[i].sentence for i in scanned if keys[i][0] in SPEECH_MARKERS}
    speech_sentences |= {s + 1 for s in speech_sentences}
    candidates = [i for i in scanned if tokens[i].kind == "word" and keys[i][0] in REPORTATIVE_FORMS]
    reasons = reportative_reasons(tokens, candidates) if candidates else {}
    for index in scanned:
        token = tokens[index]
        word = keys[index][0]
        if token.kind != "word" or not (word in CANDIDATE_FORMS or word[-1] == "e"):
            continue
        if word in REPORTATIVE_FORMS:
            reason = reasons[index]
            if reason:
                attrs = {"voice": token_voice(doc, index), "rule": reason}
                spans.append(Span(token.start, token.end, "hedge", "reportative", attrs=attrs))
        elif _is_konjunktiv_i(tokens, keys, index, speech_sentences):
            attrs = {"voice": token_voice(doc, index)}
            spans.append(Span(token.start, token.end, "hedge", "konjunktiv_i", attrs=attrs))
    return sorted(spans, key=lambda s: s.start)


def sentence_stats(doc: Doc, spans: list[Span]) -> Stats:
    """Markers by label in the sentence where they start, and whether a sentence is hedged."""
    tally, starts = Tally(doc), cell_starts(doc)
    for span in spans:
        tally.add(f"hedge.{span.label}", cell_at(starts, span.start))
    hedged = {token_sentence(doc, s.start) for s in spans if s.label != "booster"}
    tally.count("hedge.hedged", (sentence for sentence in hedged if sentence is not None))
    return {**shared_stats(doc), **tally.stats}


def features_from_totals(totals: Totals) -> dict[str, Number]:
    features = {
        f"hedge.{label}_per_1k": ratio(totals[f"hedge.{label}"], words_in(totals), 1000) for label in LABELS
    }
    features["hedge.hedged_sentence_share"] = ratio(totals["hedge.hedged"], totals["sentences"])
    return features


def token_sentence(doc: Doc, position: int) -> int | None:
    """The sentence of the (last) token starting at ``position``, None when no token starts there."""
    tokens = doc.tokens
    index = bisect_right(doc.token_starts(), position) - 1
    return tokens[index].sentence if index >= 0 and tokens[index].start == position else None
