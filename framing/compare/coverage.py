"""Coverage within an event: which pieces of information each outlet carries, leaves out and puts first,
which figures it gives (``numbers``) and what it shares word for word with others (``shared_copy``).

Information units: the sentences of an event's articles are aligned across articles. A sentence
is a bag of terms — content lemmas cut to their first ``STEM_CHARS`` letters ("Reise"/"reisen"),
registered actors (layer "actor") as ``actor:<id>`` with weight ``ACTOR_WEIGHT``, numbers and places
with weight ``NAME_WEIGHT`` — weighted by idf over the event's sentences, so that "China" and
"Russland", present everywhere, count little. Two sentences of different articles are similar
when the cosine of their term vectors is at least ``THRESHOLD`` and they share at least
``MIN_SHARED`` terms. Candidate links are mutual best matches between two articles; units grow
from the strongest link down, never taking two sentences of the same article, and two groups join
only while their mean pairwise similarity stays at least ``THRESHOLD × LINK_FACTOR`` (so one
chance link cannot chain unrelated sentences); a sentence may stay alone.
Each unit is labelled by its most central sentence (highest summed similarity to the others).

The threshold was chosen on the demo corpus (tests/test_coverage.py checks the known shared and
exclusive pieces of both events) and on generated events with planted omissions.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..i18n import t
from ..model import Doc
from ..resources import place_names, word_list
from .numbers import Quantity, QuantityComparison, compare_quantities, find_quantities
from .shared_copy import SharedPassage, WireCredit, reuse_share, shared_passages, wire_credits

STEM_CHARS = 5
ACTOR_WEIGHT = 1.0
NAME_WEIGHT = 1.5
THRESHOLD = 0.25
LINK_FACTOR = 0.6  # a joined unit's mean pairwise similarity must reach THRESHOLD × this
MIN_SHARED = 2
MIN_UNIT_WORDS = 5  # shorter sentences (captions, datelines) are not information units
LEAD_PARAGRAPHS = 1
PROMINENCE_WEIGHT = 0.5  # an outlet putting a unit in its headline or lead counts this much extra


@dataclass(frozen=True)
class Member:
    """One sentence of one article that carries a unit."""

    article: str  # article id
    outlet: str
    sentence: int
    start: int
    end: int
    text: str
    position: str  # "headline", "lead", "first third", "later"

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Unit:
    id: int
    label: str  # the most central sentence
    members: list[Member] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.members})

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "outlets": self.outlets,
            "members": [m.to_dict() for m in self.members],
        }


def sentence_terms(doc: Doc, index: int) -> dict[str, float]:
    """Weighted terms of one sentence: stemmed content lemmas, places, numbers, actors."""
    stopwords = word_list("stopwords_de.txt")
    places = place_names()
    sentence = doc.sentences[index]
    terms: defaultdict[str, float] = defaultdict(float)
    for token in doc.tokens[sentence.first_token : sentence.end_token]:
        if token.kind == "number":
            terms[f"#{token.text}"] += NAME_WEIGHT
            continue
        if token.kind != "word" or len(token.text) < 3:
            continue
        lemma = token.lemma.lower()
        if lemma in stopwords:
            continue
        if lemma in places:
            terms[lemma] += NAME_WEIGHT
        else:
            terms[lemma[:STEM_CHARS]] += 1.0
    for span in doc.spans:  # an actor counts once per sentence, however often it is named
        if span.layer == "actor" and sentence.start <= span.start < sentence.end:
            terms[f"actor:{span.label}"] = ACTOR_WEIGHT
    return {term: min(weight, ACTOR_WEIGHT) for term, weight in terms.items()}


def position_of(doc: Doc, index: int) -> str:
    """Where a sentence stands: the lead paragraph, the first third of the sentences, or later."""
    sentence = doc.sentences[index]
    if sentence.paragraph < LEAD_PARAGRAPHS:
        return "lead"
    if index < len(doc.sentences) / 3:
        return "first third"
    return "later"


@dataclass(frozen=True)
class Omission:
    """A unit that ``outlet`` leaves out although ``carried_by`` (two or more other outlets) report it."""

    outlet: str
    unit: int
    label: str
    carried_by: tuple[str, ...]

    def sentence(self, language: str = "en") -> str:
        others = join_names(self.carried_by, language)
        if language == "de":
            return f"{self.outlet} erwähnt nicht: „{self.label}“ – anders als {others}."
        return f"{self.outlet} does not mention: “{self.label}” — which {others} report."

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "carried_by": list(self.carried_by), "sentence": self.sentence("en")}


@dataclass(frozen=True)
class MissingUnit:
    """One unit that some outlets leave out although two or more others carry it, with how much it
    matters: how many outlets carry it, and how many of them put it in their headline or lead."""

    unit: int
    label: str
    carried_by: tuple[str, ...]
    missing_in: tuple[str, ...]
    prominent_in: tuple[str, ...]  # carriers with the unit in their headline or lead paragraph
    weight: float  # (carriers + PROMINENCE_WEIGHT × prominent carriers) / outlets of the event

    def carried(self, outlets: int, language: str = "en") -> str:
        """ "Carried by 4 of 6 outlets; left out by: A and B." in ``language``."""
        missing = join_names(list(self.missing_in), language)
        return t("cov.carried", language, carriers=len(self.carried_by), outlets=outlets, missing=missing)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.__dict__,
            "carried_by": list(self.carried_by),
            "missing_in": list(self.missing_in),
            "prominent_in": list(self.prominent_in),
        }


@dataclass(frozen=True)
class Placement:
    """How one article opens: its headline, its lead, the units it puts there, and whom it quotes first."""

    article: str
    outlet: str
    headline: str | None
    lead: str
    headline_units: tuple[int, ...]
    lead_units: tuple[int, ...]
    first_voice: str | None  # the speaker of the first quote, as written
    first_voice_source: str | None = None  # its general source type ("authority")

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.__dict__,
            "headline_units": list(self.headline_units),
            "lead_units": list(self.lead_units),
        }


@dataclass
class Coverage:
    outlets: list[str]
    units: list[Unit]
    omissions: list[Omission]
    exclusives: dict[str, list[int]]  # outlet → units only it carries
    placement: list[Placement]
    quantities: dict[str, list[Quantity]] = field(default_factory=dict)  # article id → its figures
    number_comparisons: list[QuantityComparison] = field(default_factory=list)
    shared: list[SharedPassage] = field(default_factory=list)
    reuse: dict[str, float] = field(default_factory=dict)  # article id → share of words shared
    credits: dict[str, list[WireCredit]] = field(default_factory=dict)  # article id → wire credits
    missing: list[MissingUnit] = field(default_factory=list)  # the omissions by unit, most important first

    def matrix(self) -> dict[int, dict[str, int]]:
        """unit id → outlet → number of its sentences carrying the unit."""
        return {
            unit.id: {outlet: sum(m.outlet == outlet for m in unit.members) for outlet in self.outlets}
            for unit in self.units
        }

    def shared_units(self) -> list[Unit]:
        return [unit for unit in self.units if len(unit.outlets) > 1]

    def unit(self, unit_id: int) -> Unit:
        return self.units[unit_id]

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlets": self.outlets,
            "units": [unit.to_dict() for unit in self.units],
            "matrix": {str(k): v for k, v in self.matrix().items()},
            "omissions": [o.to_dict() for o in self.omissions],
            "missing_ranked": [m.to_dict() for m in self.missing],
            "exclusives": self.exclusives,
            "placement": [p.to_dict() for p in self.placement],
            "numbers": {article: [q.to_dict() for q in found] for article, found in self.quantities.items()},
            "number_comparisons": [c.to_dict() for c in self.number_comparisons],
            "shared_passages": [passage.to_dict() for passage in self.shared],
            "reuse": self.reuse,
            "wire_credits": {
                article: [c.to_dict() for c in found] for article, found in self.credits.items()
            },
        }


def join_names(names: tuple[str, ...] | list[str], language: str) -> str:
    """ "A, B and C" ("A, B und C" in German)."""
    names = list(names)
    if len(names) < 2:
        return "".join(names)
    word = " und " if language == "de" else " and "
    return ", ".join(names[:-1]) + word + names[-1]


def _vectors(term_bags: list[dict[str, float]]) -> list[dict[str, float]]:
    """idf-weighted, length-normalised term vectors (idf over the given sentences)."""
    frequency: Counter[str] = Counter(term for bag in term_bags for term in bag)
    count = len(term_bags)
    vectors = []
    for bag in term_bags:
        vector = {
            term: weight * math.log((1 + count) / (1 + frequency[term])) for term, weight in bag.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({term: v / norm for term, v in vector.items() if v > 0})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())


def _candidate_pairs(vectors: list[dict[str, float]], owners: list[int]) -> list[tuple[float, int, int]]:
    """Mutual best matches between every two articles, above the threshold and sharing enough terms,
    strongest first. Found through an inverted index, so only sentences sharing a term are compared."""
    postings: dict[str, list[int]] = {}
    for index, vector in enumerate(vectors):
        for term in vector:
            postings.setdefault(term, []).append(index)
    best: dict[tuple[int, int], tuple[float, int]] = {}  # (sentence, other article) → (score, sentence)
    for i, vector in enumerate(vectors):
        scores: defaultdict[int, float] = defaultdict(float)
        shared: Counter[int] = Counter()
        for term, weight in vector.items():
            for j in postings[term]:
                if owners[j] != owners[i]:
                    scores[j] += weight * vectors[j][term]
                    shared[j] += 1
        for j, score in scores.items():
            if shared[j] >= MIN_SHARED and score > best.get((i, owners[j]), (0.0, -1))[0]:
                best[(i, owners[j])] = (score, j)
    pairs = [
        (score, i, j)
        for (i, other), (score, j) in best.items()
        if i < j and score >= THRESHOLD and best.get((j, owners[i]), (0.0, -1))[1] == i
    ]
    return sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))


def align(docs: list[Doc]) -> list[Unit]:
    """Information units of one event's articles (see the module docstring)."""
    sentences = [
        (article, index)
        for article, doc in enumerate(docs)
        for index, sentence in enumerate(doc.sentences)
        if sum(t.kind == "word" for t in doc.tokens[sentence.first_token : sentence.end_token])
        >= MIN_UNIT_WORDS
    ]
    vectors = _vectors([sentence_terms(docs[a], i) for a, i in sentences])
    owners = [article for article, _ in sentences]
    cluster_of = list(range(len(sentences)))
    members_of: dict[int, list[int]] = {i: [i] for i in range(len(sentences))}
    for _, i, j in _candidate_pairs(vectors, owners):
        a, b = cluster_of[i], cluster_of[j]
        if a == b or {owners[m] for m in members_of[a]} & {owners[m] for m in members_of[b]}:
            continue  # one sentence per article and unit
        links = [_cosine(vectors[x], vectors[y]) for x in members_of[a] for y in members_of[b]]
        if sum(links) / len(links) < THRESHOLD * LINK_FACTOR:
            continue  # the groups as a whole are not about the same thing
        for member in members_of[b]:
            cluster_of[member] = a
        members_of[a] += members_of.pop(b)
    units: list[Unit] = []
    for group in sorted(members_of.values(), key=lambda g: min(g)):
        group = sorted(group, key=lambda m: (owners[m], sentences[m][1]))
        central = max(
            group, key=lambda m: (sum(_cosine(vectors[m], vectors[o]) for o in group if o != m), -m)
        )
        members = []
        for m in group:
            doc, index = docs[owners[m]], sentences[m][1]
            sentence = doc.sentences[index]
            members.append(
                Member(
                    doc.article.id,
                    doc.article.outlet or "?",
                    index,
                    sentence.start,
                    sentence.end,
                    doc.text[sentence.start : sentence.end],
                    position_of(doc, index),
                )
            )
        label = next(member.text for member, m in zip(members, group, strict=True) if m == central)
        units.append(Unit(len(units), label, members))
    return units


def omissions(units: list[Unit], outlets: list[str]) -> list[Omission]:
    """Per outlet, the units at least two other outlets carry and it does not."""
    found = []
    for outlet in outlets:
        for unit in units:
            carriers = tuple(o for o in unit.outlets if o != outlet)
            if outlet not in unit.outlets and len(carriers) >= 2:
                found.append(Omission(outlet, unit.id, unit.label, carriers))
    return found


def ranked_missing(
    units: list[Unit], found: list[Omission], placements: list[Placement], outlets: list[str]
) -> list[MissingUnit]:
    """The omissions grouped by unit and ranked by importance: the share of the event's outlets that
    carry the unit, plus ``PROMINENCE_WEIGHT`` for each carrier that has it in its headline or lead,
    so what most outlets report, and report first, comes first (ties: more outlets missing it, then
    the unit's order)."""
    missing_in: dict[int, list[str]] = {}
    for omission in found:
        missing_in.setdefault(omission.unit, []).append(omission.outlet)
    prominent: dict[int, set[str]] = {}
    for place in placements:
        for unit_id in {*place.headline_units, *place.lead_units}:
            prominent.setdefault(unit_id, set()).add(place.outlet)
    ranked = []
    for unit_id, missing in missing_in.items():
        unit = units[unit_id]
        first = tuple(o for o in unit.outlets if o in prominent.get(unit_id, set()))
        weight = (len(unit.outlets) + PROMINENCE_WEIGHT * len(first)) / max(len(outlets), 1)
        ranked.append(MissingUnit(unit_id, unit.label, tuple(unit.outlets), tuple(missing), first, weight))
    return sorted(ranked, key=lambda m: (-m.weight, -len(m.missing_in), m.unit))


def _units_similar_to(text: str | None, doc: Doc, units: list[Unit]) -> tuple[int, ...]:
    """Units of this article whose sentences share enough terms with ``text`` (a headline)."""
    if not text:
        return ()
    words = {w.lower()[:STEM_CHARS] for w in text.split() if len(w) > 3}
    hits = []
    for unit in units:
        for member in unit.members:
            if member.article == doc.article.id:
                terms = {w.lower()[:STEM_CHARS] for w in member.text.split() if len(w) > 3}
                if len(words & terms) >= MIN_SHARED + 1:
                    hits.append(unit.id)
                    break
    return tuple(hits)


def placement(docs: list[Doc], units: list[Unit]) -> list[Placement]:
    result = []
    for doc in docs:
        lead = doc.text[doc.paragraphs[0].start : doc.paragraphs[0].end] if doc.paragraphs else ""
        first_quote = min(doc.quotes, key=lambda q: q.start, default=None)
        lead_units = tuple(
            u.id
            for u in units
            if any(m.article == doc.article.id and m.position == "lead" for m in u.members)
        )
        result.append(
            Placement(
                doc.article.id,
                doc.article.outlet or "?",
                doc.article.title,
                lead,
                _units_similar_to(doc.article.title, doc, units),
                lead_units,
                first_quote.speaker if first_quote else None,
                first_quote.source_type if first_quote else None,
            )
        )
    return result


def coverage(docs: list[Doc]) -> Coverage:
    """Units, omissions, exclusives, placement, numbers and shared copy for the articles of one event."""
    outlets = sorted({doc.article.outlet or "?" for doc in docs})
    units = align(docs)
    exclusives = {
        outlet: [u.id for u in units if u.outlets == [outlet] and len(outlets) > 1] for outlet in outlets
    }
    passages = shared_passages(docs)
    found, placements = omissions(units, outlets), placement(docs, units)
    return Coverage(
        outlets,
        units,
        found,
        exclusives,
        placements,
        quantities={doc.article.id: [q for q in find_quantities(doc) if q.measure] for doc in docs},
        number_comparisons=compare_quantities(docs),
        shared=passages,
        reuse={doc.article.id: round(reuse_share(doc, passages), 4) for doc in docs},
        credits={doc.article.id: wire_credits(doc) for doc in docs},
        missing=ranked_missing(units, found, placements, outlets),
    )
