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

import streamlit as st

from ..compare.events import assign_events
from ..ingest import RawDocument
from ..lexicons import Entry, Lexicon, lexicon, lexicon_from_entries, using_lexicons
from ..model import Article, Doc, Skipped
from ..pipeline import analyze_article, demo_documents, prepare

EDITABLE_LEXICONS = (
    "polarity_de",
    "tone_modifiers",
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
class Corpus:
    documents: list[RawDocument] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    outlet_edits: dict[str, str] = field(default_factory=dict)  # document key → outlet
    event_edits: dict[str, str] = field(default_factory=dict)  # document key → event
    lexicon_edits: dict[str, LexiconEdit] = field(default_factory=dict)

    def keys(self) -> list[str]:
        return [document_key(d) for d in self.documents]

    def add(self, items: Iterable[RawDocument | Skipped]) -> tuple[int, int, list[Skipped]]:
        """Add documents (duplicates by text are skipped); returns (added, duplicates, skipped)."""
        known = set(self.keys())
        added, duplicates, skipped = 0, 0, []
        for item in items:
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            key = document_key(item)
            if key in known:
                duplicates += 1
                continue
            known.add(key)
            self.documents.append(item)
            added += 1
        self.skipped.extend(skipped)
        return added, duplicates, skipped

    def overrides(self) -> dict[str, Lexicon]:
        """The session's edited lexicons."""
        return {name: edited_lexicon(name, edit) for name, edit in self.lexicon_edits.items()}

    def lexicon_signature(self) -> str:
        return "|".join(f"{n}:{e.signature()}" for n, e in sorted(self.lexicon_edits.items()))


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


@st.cache_resource(max_entries=5_000, show_spinner=False)
def _analysed(key: str, _document: RawDocument, _overrides: dict[str, Lexicon]) -> Doc:
    with using_lexicons(_overrides):
        return analyze_article(prepare(_document))


@st.cache_resource(max_entries=5_000, show_spinner=False)
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


def prepared_articles(corpus: Corpus) -> list[Article]:
    """Cleaned articles without annotation: all the corpus page needs, so it opens fast."""
    articles = []
    for document in corpus.documents:
        effective = _effective(corpus, document)
        key = f"{document_key(document)}|{effective.outlet}|{effective.event}|{effective.date}"
        article = replace(_prepared(key, effective), metadata=dict(_prepared(key, effective).metadata))
        article.metadata["key"] = document_key(document)
        articles.append(article)
    return articles


def needs_clustering(corpus: Corpus) -> bool:
    """Whether some article has no event yet (events are then found from the full analysis)."""
    return any(_effective(corpus, d).event is None for d in corpus.documents)


def warm_up() -> None:
    """Load every lexicon, model and library once, in the background, while the first page shows."""
    if getattr(warm_up, "started", False):
        return
    warm_up.started = True

    def run() -> None:
        from ..classify import build_pipeline
        from ..compare.events import similarity_matrix
        from ..pipeline import analyze_text

        doc = analyze_text(
            "Die Regierung soll die Zahlen geschönt haben, sagte ein Sprecher am Montag in Berlin."
        )
        similarity_matrix([doc, doc])
        build_pipeline()

    threading.Thread(target=run, name="framing-warm-up", daemon=True).start()


def _session_copy(doc: Doc) -> Doc:
    article = replace(doc.article, metadata=dict(doc.article.metadata))
    return replace(doc, article=article)


def analyse(corpus: Corpus) -> list[Doc]:
    """The corpus analysed with the session's edits; events filled in where none was given."""
    overrides = corpus.overrides()
    signature = corpus.lexicon_signature()
    docs = []
    for document in corpus.documents:
        key = document_key(document)
        effective = _effective(corpus, document)
        cache_key = f"{key}|{effective.outlet}|{effective.event}|{effective.date}|{signature}"
        doc = _session_copy(_analysed(cache_key, effective, overrides))
        doc.article.metadata["key"] = key
        doc.article.metadata["analysis_key"] = cache_key
        docs.append(doc)
    if docs:
        assign_events(docs)
    return docs


def demo_corpus() -> Corpus:
    corpus = Corpus()
    corpus.add(demo_documents())
    return corpus


def session_corpus() -> Corpus:
    """This session's corpus: the demo corpus until the user changes it."""
    if "corpus" not in st.session_state:
        st.session_state["corpus"] = demo_corpus()
    return st.session_state["corpus"]


def events_of(docs: list[Doc]) -> dict[str, list[Doc]]:
    events: dict[str, list[Doc]] = {}
    for doc in docs:
        events.setdefault(doc.article.event or "—", []).append(doc)
    return events
