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

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from ..datafiles import load_toml
from ..errors import DataFileError
from ..lexicons import Entry, Lexicon, derived, lexicon_from_entries, session_value
from ..model import Doc, Span
from ..resources import data_path, user_dir
from .voice import token_voice

DEFAULT_MIN_HITS = 2  # cue words a topic needs in an article (dev split: benchmarks/wording_topics.py)
DEFAULT_WINDOW = 2  # sentences either side of a passage-scoped variant that must hold a cue
VARIANT_FIELDS = ("strength", "scope", "source")  # optional variant fields besides term, connotation, note
EVIDENCE_CUES = 5  # cue words named in a span's evidence, most frequent first


@dataclass(frozen=True)
class Topic:
    """What an article or passage must mention for a concept's names to count: any of ``cues``
    (lexicon term syntax), at least ``min_hits`` times in the article."""

    id: str
    labels: dict[str, str]
    cues: tuple[str, ...]
    min_hits: int = DEFAULT_MIN_HITS
    window: int = DEFAULT_WINDOW


@dataclass
class TopicHits:
    """The cue words of one topic found in a document: surface → count, and (sentence, surface)
    of each hit in text order (for the passage test)."""

    counts: Counter[str] = field(default_factory=Counter)
    sentences: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)

    def evidence(self) -> str:
        return ", ".join(f"{word} ×{n}" for word, n in self.counts.most_common(EVIDENCE_CUES))

    def near(self, sentence: int, window: int) -> list[str]:
        """The cue words within ``window`` sentences of ``sentence``."""
        low = bisect_left(self.sentences, sentence - window)
        high = bisect_right(self.sentences, sentence + window)
        return self.words[low:high]


def _registry_files() -> list:
    paths = [data_path("registries", "concepts.toml")]
    folder = user_dir()
    if folder and (folder / "concepts.toml").is_file():
        paths.append(folder / "concepts.toml")
    return paths


@cache
def registry_topics() -> dict[str, Topic]:
    """Topic id → Topic, from the bundled registry and the user's file; ``include`` adds the cues of
    other topics (Russia's and China's leaders: the cues of both)."""
    raw: dict[str, dict] = {}
    for path in _registry_files():
        for topic in load_toml(path).get("topic", []):
            if "id" not in topic:
                raise DataFileError(path, "a [[topic]] without id")
            entry = raw.setdefault(topic["id"], {"labels": {}, "cues": [], "include": []})
            entry["labels"].update({k[6:]: v for k, v in topic.items() if k.startswith("label_")})
            entry["cues"] += topic.get("cues", [])
            entry["include"] += topic.get("include", [])
            for key in ("min_hits", "window"):
                if key in topic:
                    entry[key] = int(topic[key])
    result = {}
    for tid, entry in raw.items():
        cues = list(entry["cues"])
        for other in entry["include"]:
            if other not in raw:
                raise DataFileError(_registry_files()[0], f"topic {tid!r} includes unknown topic {other!r}")
            cues += raw[other]["cues"]
        result[tid] = Topic(
            tid,
            entry["labels"],
            tuple(dict.fromkeys(cues)),
            entry.get("min_hits", DEFAULT_MIN_HITS),
            entry.get("window", DEFAULT_WINDOW),
        )
    return result


def concepts() -> dict[str, dict]:
    """The concepts in effect: a session's edited registry (the app), else the files."""
    edited = session_value("concepts")
    return edited if edited is not None else registry_concepts()


@cache
def registry_concepts() -> dict[str, dict]:
    """Concept id → {"description", "labels": {language: name}, "topics": [topic id],
    "variants": [{term, connotation, strength, source, scope, note}]}."""
    known = registry_topics()
    result: dict[str, dict] = {}
    for path in _registry_files():
        for concept in load_toml(path).get("concept", []):
            entry = result.setdefault(
                concept["id"],
                {"description": concept.get("description", ""), "labels": {}, "topics": [], "variants": []},
            )
            entry["labels"].update({k[6:]: v for k, v in concept.items() if k.startswith("label_")})
            for topic in concept.get("topics", []):
                if topic not in known:
                    raise DataFileError(path, f"concept {concept['id']!r} names unknown topic {topic!r}")
                if topic not in entry["topics"]:
                    entry["topics"].append(topic)
            entry["variants"] += concept.get("variants", [])
    return result


def concept_name(concept: str, language: str = "en") -> str:
    """A concept's name for readers ("der Krieg gegen die Ukraine"), else its id."""
    return concepts().get(concept, {}).get("labels", {}).get(language) or concept


def concept_lexicon() -> Lexicon:
    """The naming variants of the concepts in effect as one lexicon."""
    edited = session_value("concepts")
    return derived("concepts", edited, lexicon_of_concepts) if edited is not None else _registry_lexicon()


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


@cache
def topic_lexicon() -> Lexicon:
    """Every topic's cue words as one lexicon, one entry per cue term naming all topics that use it
    (matched together with the other lexicons, see ``measures.DOCUMENT_LEXICONS``). A one-word cue
    also carries the topics of any prefix cue it starts with ("Russland" and "Russland*"), since a
    word matches its one-word term before any prefix term."""
    by_term: dict[str, list[str]] = {}
    for tid, topic in registry_topics().items():
        for cue in topic.cues:
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


def topic_hits(doc: Doc) -> dict[str, TopicHits]:
    """Topic id → the cue words found in ``doc`` (from the document's combined lexicon pass)."""
    found: dict[str, TopicHits] = {}
    tokens, text = doc.tokens, doc.text
    last_token, counted = -1, set()  # a word matching two cue terms ("AfD", "AfD*") counts once per topic
    for match in topic_lexicon().match(doc):
        if match.first_token != last_token:
            last_token, counted = match.first_token, set()
        word = text[match.start : match.end]
        sentence = tokens[match.first_token].sentence
        for tid in match.entry.attrs["topics"]:
            if tid in counted:
                continue
            counted.add(tid)
            hits = found.get(tid)
            if hits is None:
                hits = found[tid] = TopicHits()
            hits.counts[word] += 1
            hits.sentences.append(sentence)
            hits.words.append(word)
    return found


def _feature_names() -> dict[str, str]:
    names = {}
    for cid, concept in concepts().items():
        for connotation in sorted({v["connotation"] for v in concept["variants"]}):
            names[f"wording.{cid}.{connotation}"] = (
                f"{connotation} names for {cid} in the outlet's own voice, where its topic is present (count)"
            )
        names[f"wording.{cid}.quoted"] = f"names for {cid} inside quotes, where its topic is present (count)"
    return names


FEATURES = _feature_names()


def annotate(doc: Doc, gate: bool = True) -> list[Span]:
    """Spans of concept names whose topic is present (``gate=False``: every name, for benchmarks)."""
    matches = concept_lexicon().match(doc)
    if not matches:
        return []
    registry = concepts()
    topics = registry_topics()
    hits = topic_hits(doc) if gate else {}
    article_evidence: dict[str, str | None] = {}  # concept → its article-level evidence, None: gated out
    spans = []
    for match in matches:
        concept, variant = match.entry.attrs["concept"], match.entry.term
        attrs = {
            "concept": concept,
            "connotation": match.entry.attrs["connotation"],
            "variant": variant.strip("*"),
        }
        needed = [topics[t] for t in registry.get(concept, {}).get("topics", ()) if t in topics]
        if gate and needed:
            if concept not in article_evidence:
                present = all(t.id in hits and sum(hits[t.id].counts.values()) >= t.min_hits for t in needed)
                article_evidence[concept] = (
                    "; ".join(hits[t.id].evidence() for t in needed) if present else None
                )
            evidence = article_evidence[concept]
            if evidence is None:
                continue
            attrs["topic"] = evidence
            if match.entry.attrs.get("scope") == "passage":
                sentence = doc.tokens[match.first_token].sentence
                near = [hits[t.id].near(sentence, t.window) for t in needed]
                if not all(near):
                    continue
                attrs["topic_passage"] = ", ".join(dict.fromkeys(w for words in near for w in words))
        attrs["voice"] = token_voice(doc, match.first_token, match.end_token)
        spans.append(Span(match.start, match.end, "wording", match.entry.label, attrs=attrs))
    return spans


def score(doc: Doc, spans: list[Span]) -> dict[str, float]:
    features = dict.fromkeys(FEATURES, 0.0)
    for span in spans:
        concept = span.attrs["concept"]
        key = (
            f"wording.{concept}.quoted"
            if span.attrs["voice"] == "quoted"
            else f"wording.{concept}.{span.attrs['connotation']}"
        )
        features[key] = features.get(key, 0.0) + 1.0
    return features
