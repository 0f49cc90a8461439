"""The analysis of a session's corpus, cached per article across sessions (keyed by text, outlet,
event, date and the session's lexicon edits), so switching pages or layers never re-analyses; each
session works on its own shallow copies, so event assignment in one browser tab never leaks into
another."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import TYPE_CHECKING

import streamlit as st

from ..compare.events import assign_events
from ..errors import FramingError
from ..i18n import t
from ..ingest import RawDocument
from ..lexicons import Resources
from ..model import Article, Doc, Skipped
from ..pipeline import analyze_article, failure_reason, fewer_collections, prepare
from .limits import MAX_ARTICLES

if TYPE_CHECKING:
    from .state import Corpus


def document_key(document: RawDocument) -> str:
    return hashlib.sha256(document.text.encode("utf-8")).hexdigest()[:16]


@st.cache_resource(max_entries=2 * MAX_ARTICLES, show_spinner=False)
def _analysed(key: str, _document: RawDocument, _resources: Resources) -> Doc:
    return analyze_article(prepare(_document), resources=_resources)


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
        _, effective, edition = _edition(corpus, document)
        articles.append(_prepared(edition, effective))
    return articles


def needs_clustering(corpus: Corpus) -> bool:
    """Whether some article has no event yet (events are then found from the full analysis)."""
    return any(_effective(corpus, d).event is None for d in corpus.documents)


def _session_copy(doc: Doc) -> Doc:
    """The cached analysis with an article of its own: event grouping writes event and provenance."""
    article = replace(doc.article, provenance=replace(doc.article.provenance))
    return replace(doc, article=article)


def cache_keys(docs: list[Doc]) -> tuple[str, ...]:
    """The analysis keys of ``docs`` (text, the session's edits and lexicons), for the pages' caches
    of comparisons; outside the app the article ids."""
    known: dict[str, str] = st.session_state.get("analysis_keys", {}) if _in_streamlit() else {}
    return tuple(known.get(d.article.id, d.article.id) for d in docs)


PROGRESS_FROM = 20  # new articles to analyse before a progress bar is shown …
PROGRESS_CHARS = 50_000  # … or new characters (about a quarter of a second of analysis)


def analyse(corpus: Corpus, language: str = "de") -> list[Doc]:
    """The corpus analysed with the session's edits; events filled in where none was given.
    Many or long articles not analysed before in this session get a progress bar, updated before
    each of them: that call also ends the work when the browser has gone (Streamlit stops a
    script run at its next call once the session is closed)."""
    resources = corpus.resources()
    signature = corpus.lexicon_signature()
    live = _in_streamlit()
    seen: set[str] = st.session_state.setdefault("analysed_keys", set()) if live else set()
    editions = [_edition(corpus, document) for document in corpus.documents]
    keys = [f"{edition}|{signature}" for _, _, edition in editions]
    new = [key not in seen for key in keys]
    work = sum(len(effective.text) for (_, effective, _), fresh in zip(editions, new, strict=True) if fresh)
    progress = st.progress(0.0) if live and (sum(new) >= PROGRESS_FROM or work >= PROGRESS_CHARS) else None
    docs, done, analysis_keys = [], 0, {}
    failed: list[Skipped] = []
    with fewer_collections():
        for number, ((_, effective, _), cache_key) in enumerate(zip(editions, keys, strict=True), 1):
            if progress is not None and new[number - 1]:
                text = t("app.analysing", language, done=number, total=len(keys))
                progress.progress(min(done / max(work, 1), 1.0), text=text)
                done += len(effective.text)
            try:
                doc = _session_copy(_analysed(cache_key, effective, resources))
            except FramingError:
                raise
            except Exception as error:  # a fault of the analysis: listed as skipped, the others shown
                failed.append(Skipped(effective.source, failure_reason(error)))
                continue
            seen.add(cache_key)
            analysis_keys[doc.article.id] = cache_key
            docs.append(doc)
    if progress is not None:
        progress.empty()
    _list_failed(corpus, failed, language if live else None)
    if live:
        st.session_state["analysis_keys"] = analysis_keys
    if docs:
        assign_events(docs)
    return docs


def _list_failed(corpus: Corpus, failed: list[Skipped], language: str | None) -> None:
    """Articles the analysis failed on join the corpus's skipped list (once each, shown on the corpus page);
    in the app a warning on the page says how many."""
    for item in failed:
        if item not in corpus.skipped:
            corpus.skipped.append(item)
    if failed and language is not None:
        st.warning(t("app.analysis_failed", language, count=len(failed)))


def _in_streamlit() -> bool:
    """Whether a Streamlit script is running (the app) rather than plain Python (tests, notebooks)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    return get_script_run_ctx() is not None
