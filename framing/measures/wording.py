"""Word choice: which of a concept's names an outlet uses ("Angriffskrieg", "Offensive",
"Ukraine-Konflikt"), in its own voice or inside quotes — counted only where the concept's topic is
present.

Concepts, their variants (each with a connotation tag and its source) and the topics they belong
to are data: ``data/registries/concepts.toml`` (plus ``$FRAMING_USER_DIR/concepts.toml``). A topic
is a list of cue words ("Ukraine", "Kiew", "Putin" …) matched in the same single pass as every
lexicon. A concept's variant counts only when every one of the concept's topics has at least
``min_hits`` cue words in the article (the China–Russia relationship needs China and Russia); a
variant marked ``scope = "passage"`` (general words such as "Angriff", "Präsident", "Beziehung")
needs, in addition, a cue of each topic within ``window`` sentences of itself. The cue words found
are the evidence, kept in the span's ``topic`` (and ``topic_passage``) attribute. A concept without
topics (added by a user) counts everywhere. The longest variant wins, so "Angriffskrieg" is counted
once, as Angriffskrieg, and "unrechtmäßige Sanktionen" once, not also as "Sanktionen".
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Final

from ..datafiles import load_toml, table_entries
from ..errors import DataFileError
from ..lexicons import FILES, Entry, Lexicon, Resources, lexicon_from_entries
from ..model import Doc, Span
from ..resources import data_path, registry_paths, reloadable
from .additive import Number, Stats, Tally, Totals, cell_at, cell_starts
from .voice import token_voice

DEFAULT_MIN_HITS: Final = 2  # cue words a topic needs in an article (dev split: benchmarks/wording_topics.py)
DEFAULT_WINDOW: Final = 2  # sentences either side of a passage-scoped variant that must hold a cue
# optional variant fields besides term, connotation, note
VARIANT_FIELDS: Final = ("strength", "scope", "source")
EVIDENCE_CUES: Final = 5  # cue words named in a span's evidence, most frequent first


@dataclass(frozen=True)
class Topic:
    """What an article or passage must mention for a concept's names to count: any of ``cues``
    (lexicon term syntax), at least ``min_hits`` times in the article."""

    id: str
    labels: dict[str, str]
    cues: tuple[str, ...]
    min_hits: int = DEFAULT_MIN_HITS
    window: int = DEFAULT_WINDOW


class TopicHits:
    """The cue words of one topic found in a document, in text order, with their sentences (for the
    passage test); counted only when a span needs its evidence."""

    __slots__ = ("_evidence", "sentences", "words")

    def __init__(self) -> None:
        self.sentences: list[int] = []
        self.words: list[str] = []
        self._evidence: str | None = None

    def evidence(self) -> str:
        """ "Ukraine ×5, Putin ×2": the most frequent cue words (worked out once per document)."""
        if self._evidence is None:
            # as Counter.most_common(n), whose heap is slower than one sort for a few dozen words
            counts = sorted(Counter(self.words).items(), key=itemgetter(1), reverse=True)[:EVIDENCE_CUES]
            self._evidence = ", ".join(f"{word} ×{n}" for word, n in counts)
        return self._evidence

    def near(self, sentence: int, window: int) -> str:
        """The cue word nearest to ``sentence`` (the first in it or after it on a tie) if it lies within
        ``window`` sentences, else ""."""
        sentences = self.sentences
        after = bisect_left(sentences, sentence)  # first cue in this sentence or later
        best, distance = "", window + 1
        if after < len(sentences):
            best, distance = self.words[after], sentences[after] - sentence
        if after and sentence - sentences[after - 1] < distance:
            best, distance = self.words[after - 1], sentence - sentences[after - 1]
        return best if distance <= window else ""


@reloadable
@cache
def registry_topics() -> dict[str, Topic]:
    """Topic id → Topic, from the bundled registry and the user's file; ``include`` adds the cues of
    other topics (Russia's and China's leaders: the cues of both)."""
    raw: dict[str, dict] = {}
    paths = registry_paths("concepts.toml")
    for path in paths:
        for _, topic in table_entries(path, load_toml(path), "topic"):
            entry = raw.setdefault(topic["id"], {"labels": {}, "cues": [], "include": []})
            entry["labels"].update({k[6:]: v for k, v in topic.items() if k.startswith("label_")})
            entry["cues"] += _strings(path, topic.get("cues", []), f"cues of topic {topic['id']!r}")
            entry["include"] += _strings(path, topic.get("include", []), f"include of topic {topic['id']!r}")
            for key in ("min_hits", "window"):
                if key in topic:
                    if not isinstance(topic[key], int) or topic[key] < 0:
                        raise DataFileError(
                            path, f"{key} of topic {topic['id']!r} must be a whole number ≥ 0"
                        )
                    entry[key] = topic[key]
    result = {}
    for tid, entry in raw.items():
        cues = list(entry["cues"])
        for other in entry["include"]:
            if other not in raw:
                raise DataFileError(paths[0], f"topic {tid!r} includes unknown topic {other!r}")
            cues += raw[other]["cues"]
        result[tid] = Topic(
            tid,
            entry["labels"],
            tuple(dict.fromkeys(cues)),
            entry.get("min_hits", DEFAULT_MIN_HITS),
            entry.get("window", DEFAULT_WINDOW),
        )
    return result


def concepts(resources: Resources = FILES) -> dict[str, dict]:
    """The concepts in effect: an edited registry (the app's session), else the files."""
    edited = resources.edited("concepts")
    return edited if edited is not None else registry_concepts()


@reloadable
@cache
def registry_concepts() -> dict[str, dict]:
    """Concept id → {"description", "labels": {language: name}, "topics": [topic id],
    "variants": [{term, connotation, strength, source, scope, note}]}."""
    known = registry_topics()
    result: dict[str, dict] = {}
    for path in registry_paths("concepts.toml"):
        for _, concept in table_entries(path, load_toml(path), "concept"):
            variants = concept.get("variants", [])
            if not isinstance(variants, list) or not all(
                isinstance(v, dict)
                and isinstance(v.get("term"), str)
                and isinstance(v.get("connotation"), str)
                for v in variants
            ):
                raise DataFileError(
                    path, f"every variant of concept {concept['id']!r} needs a term and a connotation"
                )
            entry = result.setdefault(
                concept["id"],
                {"description": concept.get("description", ""), "labels": {}, "topics": [], "variants": []},
            )
            entry["labels"].update({k[6:]: v for k, v in concept.items() if k.startswith("label_")})
            for topic in _strings(path, concept.get("topics", []), f"topics of concept {concept['id']!r}"):
                if topic not in known:
                    raise DataFileError(path, f"concept {concept['id']!r} names unknown topic {topic!r}")
                if topic not in entry["topics"]:
                    entry["topics"].append(topic)
            entry["variants"] += variants
    return result


def _strings(path: Path, value: object, what: str) -> list[str]:
    """``value`` if it is a list of strings, else a DataFileError naming the file and ``what``."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise DataFileError(path, f"{what} must be a list of strings")
    return value


def concept_name(concept: str, language: str = "en") -> str:
    """A concept's name for readers ("der Krieg gegen die Ukraine"), else its id."""
    return concepts().get(concept, {}).get("labels", {}).get(language) or concept


def concept_lexicon(resources: Resources = FILES) -> Lexicon:
    """The naming variants of the concepts in effect as one lexicon."""
    return resources.registry_lexicon("concepts", lexicon_of_concepts, _registry_lexicon)


@reloadable
@cache
def _registry_lexicon() -> Lexicon:
    return lexicon_of_concepts(registry_concepts())


def _meta() -> dict:
    return load_toml(data_path("registries", "concepts.toml"))["meta"]


def lexicon_of_concepts(concept_registry: dict[str, dict]) -> Lexicon:
    entries = [
        Entry(
            v["term"],
            f"{cid}:{v['term']}",
            note=v.get("note", ""),
            attrs={"concept": cid, "connotation": v["connotation"], "scope": v.get("scope", "article")},
        )
        for cid, concept in concept_registry.items()
        for v in concept["variants"]
    ]
    meta = {**_meta(), "name": "concepts", "source": "data/registries/concepts.toml"}
    return lexicon_from_entries("concepts", entries, meta)


@reloadable
@cache
def topic_lexicon() -> Lexicon:
    """Every topic's cue words as one lexicon, one entry per cue term naming all topics that use it
    (matched together with the other lexicons, see ``measures.DOCUMENT_LEXICONS``). A one-word cue
    also carries the topics of any prefix cue it starts with ("Russland" and "Russland*"), since a
    word matches its one-word term before any prefix term."""
    by_term: dict[str, list[str]] = {}  # one entry per term ("AfD*" and "afd*" are one), so a word
    spelling: dict[str, str] = {}  # matches one entry and counts once per topic
    for tid, topic in registry_topics().items():
        for cue in topic.cues:
            cue = spelling.setdefault(cue.lower() if cue.endswith("*") else cue, cue)
            owners = by_term.setdefault(cue, [])
            if tid not in owners:
                owners.append(tid)
    prefixes = {term[:-1].lower(): owners for term, owners in by_term.items() if term.endswith("*")}
    entries = []
    for term, owners in by_term.items():
        if not term.endswith("*"):
            for prefix, more in prefixes.items():
                if term.lower().startswith(prefix):
                    owners = owners + [t for t in more if t not in owners]
        entries.append(Entry(term, f"topic:{term}", attrs={"topics": tuple(owners)}))
    meta = {**_meta(), "name": "concept_topics", "source": "data/registries/concepts.toml ([[topic]] cues)"}
    return lexicon_from_entries("concept_topics", entries, meta)


class DocumentTopics:
    """The cue words found in one document, grouped by the topics they belong to; a topic's hits are
    gathered when a concept first asks for them (most documents ask for few topics)."""

    def __init__(self, sentences: list[int], words: list[str], groups: dict[tuple[str, ...], list[int]]):
        self.sentences, self.words, self.groups = sentences, words, groups
        self._topics: dict[str, TopicHits | None] = {}

    def get(self, topic: str) -> TopicHits | None:
        """The cue words of ``topic`` in text order, or None when there are none."""
        if topic not in self._topics:
            found = sorted(chain.from_iterable(ids for key, ids in self.groups.items() if topic in key))
            hits = None
            if found:
                hits = TopicHits()
                hits.sentences = [self.sentences[i] for i in found]
                hits.words = [self.words[i] for i in found]
            self._topics[topic] = hits
        return self._topics[topic]


def topic_hits(doc: Doc) -> DocumentTopics:
    """The topic cue words found in ``doc`` (from the document's combined lexicon pass)."""
    matches = topic_lexicon().match(doc)
    tokens, text = doc.tokens, doc.text
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, match in enumerate(matches):
        topics = match.entry.attrs["topics"]
        members = groups.get(topics)
        if members is None:
            groups[topics] = [index]
        else:
            members.append(index)
    return DocumentTopics(
        [tokens[m.first_token].sentence for m in matches], [text[m.start : m.end] for m in matches], groups
    )


def _feature_names() -> dict[str, str]:
    names = {}
    for cid, concept in concepts().items():
        for connotation in sorted({v["connotation"] for v in concept["variants"]}):
            names[f"wording.{cid}.{connotation}"] = (
                f"{connotation} names for {cid} in the outlet's own voice, where its topic is present (count)"
            )
        names[f"wording.{cid}.quoted"] = f"names for {cid} inside quotes, where its topic is present (count)"
    return names


FEATURES: Final = _feature_names()


def annotate(doc: Doc, resources: Resources = FILES, gate: bool = True) -> list[Span]:
    """Spans of concept names whose topic is present (``gate=False``: every name, for benchmarks)."""
    matches = concept_lexicon(resources).match(doc)
    if not matches:
        return []
    hits = topic_hits(doc) if gate else None
    gates: dict[str, Gate | None] = {}  # concept → its gate in this document; None: topic absent
    passages: dict[tuple[str, int], str] = {}  # (concept, sentence) → cue words nearby ("": none)
    tokens = doc.tokens
    spans = []
    for match in matches:
        attrs = dict(match.entry.attrs)
        concept = attrs["concept"]
        if hits is not None:
            if concept in gates:
                found = gates[concept]
            else:
                found = gates[concept] = _article_gate(concept, hits, concepts(resources))
            if found is None:
                continue
            if found.evidence:
                attrs["topic"] = found.evidence
            if attrs["scope"] == "passage" and found.topics:
                key = (concept, tokens[match.first_token].sentence)
                passage = passages.get(key)
                if passage is None:
                    passage = passages[key] = found.near(key[1])
                if not passage:
                    continue
                attrs["topic_passage"] = passage
        del attrs["scope"]
        attrs["variant"] = match.entry.term.strip("*")
        attrs["voice"] = token_voice(doc, match.first_token, match.end_token)
        spans.append(Span(match.start, match.end, "wording", match.entry.label, attrs=attrs))
    return spans


@dataclass(frozen=True, slots=True)
class Gate:
    """A concept's topics with their cue words in one document, and the evidence string."""

    topics: tuple[tuple[Topic, TopicHits], ...]
    evidence: str

    def near(self, sentence: int) -> str:
        """The cue words near ``sentence``, one per topic ("Peking, Moskau"), or "" when a topic has
        none within its window."""
        words = []
        for topic, found in self.topics:
            word = found.near(sentence, topic.window)
            if not word:
                return ""
            words.append(word)
        return ", ".join(dict.fromkeys(words))


def _article_gate(concept: str, hits: DocumentTopics, registry: dict[str, dict]) -> Gate | None:
    """A concept's gate, or None when one of its topics has too few cue words in the article; a
    concept without topics always passes."""
    pairs = []
    for topic in _topics_of(concept, registry):
        found = hits.get(topic.id)
        if found is None or len(found.words) < topic.min_hits:
            return None
        pairs.append((topic, found))
    return Gate(tuple(pairs), "; ".join(found.evidence() for _, found in pairs))


def _topics_of(concept: str, registry: dict[str, dict]) -> tuple[Topic, ...]:
    """The topics a concept needs, from the concepts in effect."""
    topics = registry_topics()
    return tuple(topics[t] for t in registry.get(concept, {}).get("topics", ()) if t in topics)


def sentence_stats(doc: Doc, spans: list[Span]) -> Stats:
    """Each concept's words by connotation (quoted ones apart) in the sentence where they start;
    the statistics are named as the features they count."""
    tally, starts = Tally(doc), cell_starts(doc)
    for span in spans:
        concept = span.attrs["concept"]
        key = (
            f"wording.{concept}.quoted"
            if span.attrs["voice"] == "quoted"
            else f"wording.{concept}.{span.attrs['connotation']}"
        )
        tally.add(key, cell_at(starts, span.start))
    return tally.stats


def features_from_totals(totals: Totals) -> dict[str, Number]:
    names = [*FEATURES, *(n for n in totals.named("wording.") if n not in FEATURES)]
    return dict(zip(names, totals.values_of(names), strict=True))
