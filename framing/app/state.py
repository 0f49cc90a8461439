"""One session's corpus: the loaded inputs, the user's edits, and their analysis (cached).

Analyses are cached per article across sessions (keyed by text, outlet and the session's lexicon
edits), so switching pages or layers never re-analyses; each session works on its own shallow
copies, so event assignment or edits in one browser tab never leak into another.
"""

from __future__ import annotations

import csv
import hashlib
import io
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

import streamlit as st

from ..actors import Actor, registry_actors
from ..compare.events import assign_events, event_reasons, reason_text
from ..i18n import event_name, t
from ..ingest import RawDocument
from ..lexicons import Entry, Lexicon, lexicon, lexicon_from_entries, using_lexicons
from ..measures.wording import VARIANT_FIELDS, Topic, registry_concepts, registry_topics
from ..model import Article, Doc, Skipped
from ..pipeline import analyze_article, analyze_text, demo_documents, fewer_collections, prepare

MAX_ARTICLES = 2_000  # per session: about 0.2 MB per analysed article stays in memory
TOO_MANY = (
    f"the app holds at most {MAX_ARTICLES:,} articles; analyse larger corpora with "
    "`framing ingest` (DuckDB) and `framing compare`/`coverage`/`report`"
)
MAX_ARTICLE_CHARS = 100_000  # per article: analysis well under a second; 3× the longest real article seen
EDITABLE_LEXICONS = (
    "polarity_de",
    "polarity_news_de",
    "tone_modifiers",
    "tone_stoplist",
    "emotive_de",
    "hedging_de",
    "frames_generic_de",
    "frames_policy_de",
)


@dataclass
class LexiconEdit:
    """Entries a session added to a lexicon and terms it removed."""

    added: list[Entry] = field(default_factory=list)
    removed: set[str] = field(default_factory=set)

    def signature(self) -> str:
        added = sorted((e.term, e.label, e.score) for e in self.added)
        return repr((added, sorted(self.removed)))


@dataclass
class RegistryEdit:
    """Entries a session added to a registry (actors: one dict per actor; concepts: one per variant,
    with its "concept") and the keys it removed (actor ids; "concept:term")."""

    added: list[dict[str, Any]] = field(default_factory=list)
    removed: set[str] = field(default_factory=set)

    def signature(self) -> str:
        return repr((sorted(repr(sorted(a.items())) for a in self.added), sorted(self.removed)))


def edited_actors(edit: RegistryEdit) -> dict[str, Actor]:
    actors = {key: actor for key, actor in registry_actors().items() if key not in edit.removed}
    for entry in edit.added:
        actors[entry["id"]] = Actor(
            entry["id"],
            entry["name"],
            entry["camp"],
            entry["kind"],
            tuple(entry["names"]),
            tuple(entry["roles"]),
        )
    return actors


def edited_concepts(edit: RegistryEdit) -> dict[str, dict]:
    concepts = {
        cid: {
            "description": concept["description"],
            "labels": dict(concept.get("labels", {})),
            "topics": list(concept.get("topics", [])),  # the topic gate stays (wording.annotate)
            "variants": [v for v in concept["variants"] if f"{cid}:{v['term']}" not in edit.removed],
        }
        for cid, concept in registry_concepts().items()
    }
    for entry in edit.added:
        concept = concepts.setdefault(
            entry["concept"], {"description": entry.get("description", ""), "variants": []}
        )
        concept["variants"].append({k: entry[k] for k in ("term", "connotation", "note")})
    return concepts


def registry_toml(name: str, data: dict) -> str:
    """An edited actors or concepts registry as a TOML file of the bundled shape (for download)."""
    lines = [
        "[meta]",
        f'name = "{name}"',
        'version = "session"',
        'source = "edited in the framing app"',
        'licence = "CC0-1.0"',
        "",
    ]
    if name == "actors":
        for actor in data.values():
            lines += [
                "[[actor]]",
                f"id = {_toml(actor.id)}",
                f"name = {_toml(actor.name)}",
                f"camp = {_toml(actor.camp)}",
                f"kind = {_toml(actor.kind)}",
                f"names = [{', '.join(_toml(n) for n in actor.names)}]",
                f"roles = [{', '.join(_toml(r) for r in actor.roles)}]",
                "",
            ]
    else:
        lines += _topic_tables(registry_topics())
        for cid, concept in data.items():
            lines += ["[[concept]]", f"id = {_toml(cid)}", f"description = {_toml(concept['description'])}"]
            lines += [
                f"label_{language} = {_toml(name)}" for language, name in concept.get("labels", {}).items()
            ]
            lines.append(f"topics = [{', '.join(_toml(topic) for topic in concept.get('topics', []))}]")
            lines.append("variants = [")
            for v in concept["variants"]:
                keys = ("term", "connotation", *(k for k in VARIANT_FIELDS if v.get(k)), "note")
                fields = ", ".join(f"{k} = {_toml(v.get(k, ''))}" for k in keys)
                lines.append(f"  {{ {fields} }},")
            lines += ["]", ""]
    return "\n".join(lines)


def _topic_tables(topics: dict[str, Topic]) -> list[str]:
    """The [[topic]] tables of the registry, so a downloaded concepts file keeps its gates."""
    lines = []
    for topic in topics.values():
        lines += ["[[topic]]", f"id = {_toml(topic.id)}"]
        lines += [f"label_{language} = {_toml(name)}" for language, name in topic.labels.items()]
        lines += [
            f"cues = [{', '.join(_toml(cue) for cue in topic.cues)}]",
            f"min_hits = {topic.min_hits}",
            f"window = {topic.window}",
            "",
        ]
    return lines


def _toml(value: str) -> str:
    """A TOML basic string."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


@dataclass(frozen=True)
class Shortened:
    """An article cut to ``MAX_ARTICLE_CHARS`` characters: where it came from, the characters kept
    and its full length."""

    source: str
    kept: int
    total: int


class Added(NamedTuple):
    """What ``Corpus.add`` did: articles added, duplicates passed over, items skipped (with reasons)
    and articles shortened to the app's limit."""

    added: int
    duplicates: int
    skipped: list[Skipped]
    shortened: list[Shortened]


def shorten(document: RawDocument, limit: int = MAX_ARTICLE_CHARS) -> RawDocument:
    """The document cut to at most ``limit`` characters: at the last paragraph end, else the last
    space, within the last tenth before the limit (else at the limit); its metadata keeps the full
    length ("shortened_from"). Short documents are returned as they are."""
    text = document.text
    if len(text) <= limit:
        return document
    cut = max(text.rfind("\n\n", 0, limit), 0)
    if cut < 0.9 * limit:
        cut = max(text.rfind(" ", 0, limit), 0)
    if cut < 0.9 * limit:
        cut = limit
    metadata = {**document.metadata, "shortened_from": len(text)}
    return replace(document, text=text[:cut].rstrip(), metadata=metadata)


@dataclass
class Corpus:
    documents: list[RawDocument] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    outlet_edits: dict[str, str] = field(default_factory=dict)  # document key → outlet
    event_edits: dict[str, str] = field(default_factory=dict)  # document key → event
    lexicon_edits: dict[str, LexiconEdit] = field(default_factory=dict)
    registry_edits: dict[str, RegistryEdit] = field(default_factory=dict)  # "actors", "concepts"

    def keys(self) -> list[str]:
        return [document_key(d) for d in self.documents]

    def add(self, items: Iterable[RawDocument | Skipped]) -> Added:
        """Add documents (duplicates by text are skipped; longer ones are shortened to
        ``MAX_ARTICLE_CHARS``, so no article keeps the app busy for long)."""
        known = set(self.keys())
        added, duplicates, skipped, shortened = 0, 0, [], []
        for item in items:
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            characters = len(item.text)
            item = shorten(item)
            key = document_key(item)
            if key in known:
                duplicates += 1
                continue
            if len(self.documents) >= MAX_ARTICLES:
                skipped.append(Skipped(item.source, TOO_MANY))
                continue
            known.add(key)
            self.documents.append(item)
            added += 1
            if len(item.text) < characters:
                shortened.append(Shortened(item.source, len(item.text), characters))
        self.skipped.extend(skipped)
        return Added(added, duplicates, skipped, shortened)

    def overrides(self) -> dict[str, Any]:
        """The session's edited lexicons and registries."""
        overrides: dict[str, Any] = {
            name: edited_lexicon(name, edit) for name, edit in self.lexicon_edits.items()
        }
        if "actors" in self.registry_edits:
            overrides["actors"] = edited_actors(self.registry_edits["actors"])
        if "concepts" in self.registry_edits:
            overrides["concepts"] = edited_concepts(self.registry_edits["concepts"])
        return overrides

    def lexicon_signature(self) -> str:
        edits = {**self.lexicon_edits, **self.registry_edits}
        return "|".join(f"{n}:{e.signature()}" for n, e in sorted(edits.items()))


def document_key(document: RawDocument) -> str:
    return hashlib.sha256(document.text.encode("utf-8")).hexdigest()[:16]


def edited_lexicon(name: str, edit: LexiconEdit) -> Lexicon:
    base = lexicon(name)
    entries = [e for e in base.entries if e.term.lower() not in edit.removed] + edit.added
    meta = {"meta": {**base.meta, "version": f"{base.meta.get('version', '?')}+session"}}
    meta["labels"] = {label: {"description": text} for label, text in base.labels.items()}
    return lexicon_from_entries(name, entries, meta)


def lexicon_csv(lexicon_: Lexicon) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["term", "label", "score", "note"])
    for entry in lexicon_.entries:
        writer.writerow([entry.term, entry.label, "" if entry.score is None else entry.score, entry.note])
    return buffer.getvalue()


@st.cache_resource(max_entries=2 * MAX_ARTICLES, show_spinner=False)
def _analysed(key: str, _document: RawDocument, _overrides: dict[str, Any]) -> Doc:
    with using_lexicons(_overrides):
        return analyze_article(prepare(_document))


@st.cache_resource(max_entries=2 * MAX_ARTICLES, show_spinner=False)
def _prepared(key: str, _document: RawDocument) -> Article:
    return prepare(_document)


def _effective(corpus: Corpus, document: RawDocument) -> RawDocument:
    """The document with the user's outlet and event edits applied."""
    key = document_key(document)
    return replace(
        document,
        outlet=corpus.outlet_edits.get(key, document.outlet),
        event=corpus.event_edits.get(key, document.event),
    )


def _edition(corpus: Corpus, document: RawDocument) -> tuple[str, RawDocument, str]:
    """(document key, the document with the user's edits, a cache key for that edition)."""
    key = document_key(document)
    effective = _effective(corpus, document)
    return key, effective, f"{key}|{effective.outlet}|{effective.event}|{effective.date}"


def prepared_articles(corpus: Corpus) -> list[Article]:
    """Cleaned articles without annotation: all the corpus page needs, so it opens fast."""
    articles = []
    for document in corpus.documents:
        key, effective, edition = _edition(corpus, document)
        prepared = _prepared(edition, effective)
        article = replace(prepared, metadata={**prepared.metadata, "key": key})
        articles.append(article)
    return articles


def needs_clustering(corpus: Corpus) -> bool:
    """Whether some article has no event yet (events are then found from the full analysis)."""
    return any(_effective(corpus, d).event is None for d in corpus.documents)


def preload() -> None:
    """Load, before the server starts (``framing app``), what the first page and the first analysis
    need: registries, cleaning rules, the language model, lemmatizer and lexicons."""
    for document in demo_documents():
        prepare(document)
    analyze_text("Die Regierung soll die Zahlen geschönt haben, sagte ein Sprecher am Montag in Berlin.")


def warm_up() -> None:
    """``preload`` in the background while the first page shows (when the app was not started by
    ``framing app``, which preloads before serving).

    It only calls code whose modules are already imported: importing in two threads at once can
    deadlock Python's import locks (seen with scikit-learn and altair), so pages import their own."""
    if getattr(warm_up, "started", False):
        return
    warm_up.started = True

    threading.Thread(target=preload, name="framing-warm-up", daemon=True).start()


def _session_copy(doc: Doc) -> Doc:
    article = replace(doc.article, metadata=dict(doc.article.metadata))
    return replace(doc, article=article)


PROGRESS_FROM = 20  # new articles to analyse before a progress bar is shown …
PROGRESS_CHARS = 50_000  # … or new characters (about a quarter of a second of analysis)


def analyse(corpus: Corpus, language: str = "de") -> list[Doc]:
    """The corpus analysed with the session's edits; events filled in where none was given.
    Many or long articles not analysed before in this session get a progress bar, updated before
    each of them: that call also ends the work when the browser has gone (Streamlit stops a
    script run at its next call once the session is closed)."""
    overrides = corpus.overrides()
    signature = corpus.lexicon_signature()
    live = _in_streamlit()
    seen: set[str] = st.session_state.setdefault("analysed_keys", set()) if live else set()
    editions = [_edition(corpus, document) for document in corpus.documents]
    keys = [f"{edition}|{signature}" for _, _, edition in editions]
    new = [key not in seen for key in keys]
    work = sum(len(effective.text) for (_, effective, _), fresh in zip(editions, new, strict=True) if fresh)
    progress = st.progress(0.0) if live and (sum(new) >= PROGRESS_FROM or work >= PROGRESS_CHARS) else None
    docs, done = [], 0
    with fewer_collections():
        for number, ((key, effective, _), cache_key) in enumerate(zip(editions, keys, strict=True), 1):
            if progress is not None and new[number - 1]:
                text = t("app.analysing", language, done=number, total=len(keys))
                progress.progress(min(done / max(work, 1), 1.0), text=text)
                done += len(effective.text)
            doc = _session_copy(_analysed(cache_key, effective, overrides))
            seen.add(cache_key)
            doc.article.metadata["key"] = key
            doc.article.metadata["analysis_key"] = cache_key
            docs.append(doc)
    if progress is not None:
        progress.empty()
    if docs:
        assign_events(docs)
    return docs


def _in_streamlit() -> bool:
    """Whether a Streamlit script is running (the app) rather than plain Python (tests, notebooks)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    return get_script_run_ctx() is not None


def demo_corpus() -> Corpus:
    corpus = Corpus()
    corpus.add(demo_documents())
    return corpus


def session_corpus() -> Corpus:
    """This session's corpus: the demo corpus until the user changes it."""
    if "corpus" not in st.session_state:
        st.session_state["corpus"] = demo_corpus()
    return st.session_state["corpus"]


def choose_event(docs: list[Doc], language: str, key: str) -> list[Doc] | None:
    """A select box of the events (most outlets first) and the chosen one's reason (shared names,
    dates, size) below it; the chosen event's articles, None when empty."""
    events = events_of(docs)
    if not events:
        st.info(t("compare.no_events", language))
        return None
    names = sorted(events, key=lambda e: -len({d.article.outlet for d in events[e]}))
    chosen = st.selectbox(
        t("compare.event", language), names, format_func=lambda e: event_name(e, language), key=key
    )
    reason = event_reasons(docs).get(chosen)
    if reason is not None:  # shared names come from article text: shown literally
        st.text(reason_text(reason, language, written_dates=True))
    return events[chosen]


def events_of(docs: list[Doc]) -> dict[str, list[Doc]]:
    events: dict[str, list[Doc]] = {}
    for doc in docs:
        events.setdefault(doc.article.event or "—", []).append(doc)
    return events
