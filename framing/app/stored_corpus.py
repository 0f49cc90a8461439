"""The app on a corpus store (``framing app --db FILE``, which sets ``FRAMING_APP_DB``): the stored
events to choose from with their reasons; the compare, coverage and read pages built from one stored
event's articles (rebuilt from the stored rows, never analysed again; one event's articles held at a
time, across sessions); keyness and measures over time summed by DuckDB; and the events renamed,
merged and split in the store (refused, with the reason, on a dataset folder or a read-only file).

The store is opened once per server and its one DuckDB connection is shared by the sessions'
threads, each use holding its lock."""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

import pandas as pd
import streamlit as st

from ..compare.events import reason_text
from ..compare.keyness import Keyword, keywords_of
from ..errors import FramingError
from ..i18n import event_name, t
from ..model import Doc
from ..store import Store
from ..stored import MEMORY_LIMIT, StoredCorpus, StoredEvent
from .charts import outlet_colours
from .literal import literal


def open_stored(path: Path) -> StoredCorpus:
    """The store at ``path`` opened for comparing: a DuckDB file (read-only where this user may not
    write it or its folder) or a Parquet dataset folder. Raises ``FramingError`` with one line."""
    if not path.exists():
        raise FramingError(f"no database at {path}; create one with `framing ingest --db {path}`")
    if path.is_dir():
        store = Store(path, memory_limit=MEMORY_LIMIT)
    else:
        writable = os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK)
        store = Store(path, memory_limit=MEMORY_LIMIT, read_only=not writable)
    try:
        return StoredCorpus(store)
    except FramingError:
        store.close()
        raise


@dataclass
class Opened:
    """The store this server serves; every use of ``corpus`` holds ``lock``."""

    path: Path
    corpus: StoredCorpus
    lock: threading.Lock

    @property
    def refusal(self) -> str | None:
        """Why the events cannot be edited (an i18n key), or None."""
        store = self.corpus.store
        if store.saves_events:
            return None
        return "store.file_read_only" if store.read_only else "store.folder_read_only"


@st.cache_resource(show_spinner=False)
def _opened(path: str) -> Opened:
    """Opened once per server process (a failure is not kept: the next run tries again)."""
    return Opened(Path(path), open_stored(Path(path)), threading.Lock())


def _events(opened: Opened, language: str) -> dict[str, StoredEvent]:
    """The stored events, grouped and stored first where some article has none."""
    with st.spinner(t("store.grouping", language)), opened.lock:
        opened.corpus.ensure_events()
        return opened.corpus.events()


@st.cache_resource(max_entries=1, show_spinner=False)
def _event_docs(path: str, event_id: str, name: str) -> list[Doc]:
    """One event's articles from the store (tokens split again, no analysis): one event is held at
    a time; its id changes with its articles, its name is in the key for a renamed event."""
    opened = _opened(path)
    with opened.lock:
        return opened.corpus.docs(opened.corpus.event_ids(event_id), full=True)


def by_outlets(events: dict[str, StoredEvent], outlets: dict[str, int]) -> list[str]:
    """The event names, most outlets first (the events worth comparing), then by name."""
    return sorted(events, key=lambda name: (-outlets.get(name, 0), name))


def choose_event(opened: Opened, events: dict[str, StoredEvent], language: str, key: str) -> list[Doc] | None:
    """A select box of the stored events (most outlets first), the chosen one's reason below it;
    its articles read from the store, None when there is no event."""
    if not events:
        st.info(t("compare.no_events", language))
        return None
    with opened.lock:
        outlets = opened.corpus.event_outlets()
    names = by_outlets(events, outlets)
    chosen = st.selectbox(
        t("compare.event", language), names, format_func=lambda e: event_name(e, language), key=key
    )
    event = events[chosen]
    shown = reason_text(event.reason, language, written_dates=True)  # shared names: article text
    if event.origin == "digest":
        with opened.lock:
            why = opened.corpus.digest_events(language, chosen).get(chosen)
        shown += "\n" + origin_text(event, why, language)
    st.text(shown)
    try:
        with st.spinner(t("store.loading", language)):
            return _event_docs(str(opened.path), event.id, chosen)
    except FramingError as error:  # edited in another session meanwhile, or the store failed
        st.error(literal(error))
        return None


def render(path: Path, page: str, language: str) -> None:
    """The chosen page for the stored corpus at ``path``."""
    try:
        opened = _opened(str(path))
    except FramingError as error:
        st.header(t(f"page.{page}", language))
        st.error(t("store.cannot_open", language, path=literal(path), reason=literal(error)))
        return
    if page == "guide":
        import_module("framing.app.guide").render(language)
        return
    if page == "lexicons":
        state = import_module("framing.app.state")
        import_module("framing.app.lexicons").render(state.Corpus(), language, editable=False)
        return
    with opened.lock:
        articles = opened.corpus.article_count()
    st.header(t(f"page.{page}", language))
    if not articles:
        st.info(t("store.empty", language, path=literal(path)))
        return
    events = _events(opened, language)
    st.sidebar.caption(t("app.corpus_size", language, articles=articles, events=len(events)))
    if page == "corpus":
        _corpus(opened, events, articles, language)
    elif page == "outlets":
        _outlets(opened, language)
    elif page == "read":
        members = choose_event(opened, events, language, "read_event")
        if members:
            import_module("framing.app.read").render_articles(members, language)
    elif page == "compare":
        members = choose_event(opened, events, language, "compare_event")
        if members is not None:
            with opened.lock:
                outlets = opened.corpus.outlets()
            import_module("framing.app.compare").render_event(members, outlets, language)
    else:
        st.caption(t("cov.intro", language))
        members = choose_event(opened, events, language, "coverage_event")
        if members is not None:
            import_module("framing.app.coverage").render_event(members, None, language)


def _corpus(opened: Opened, events: dict[str, StoredEvent], articles: int, language: str) -> None:
    """What is stored, the events with their reasons, and the forms that edit them."""
    with opened.lock:
        outlets = opened.corpus.event_outlets()
        corpus_outlets = len(opened.corpus.outlets())
        digests = opened.corpus.digest_events(language)
    st.caption(
        t(
            "store.intro",
            language,
            path=literal(opened.path),
            articles=articles,
            outlets=corpus_outlets,
            events=len(events),
        )
    )
    st.subheader(t("store.events", language))
    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("col.event", language): event_name(name, language),
                    t("store.col.articles", language): event.reason.articles,
                    t("store.col.outlets", language): outlets.get(name, 0),
                    t("store.col.reason", language): reason_text(event.reason, language, written_dates=True),
                    t("store.col.origin", language): origin_text(event, digests.get(name), language),
                }
                for name, event in ((name, events[name]) for name in by_outlets(events, outlets))
            ]
        ),
        hide_index=True,
        width="stretch",
    )
    st.subheader(t("store.edit", language))
    if opened.refusal:
        st.warning(t(opened.refusal, language, path=literal(opened.path)))
        return
    st.caption(t("store.edit_intro", language))
    names = list(events)
    rename, merge, split = st.tabs([t(f"store.{k}", language) for k in ("rename", "merge", "split")])
    with rename:
        _rename_form(opened, names, language)
    with merge:
        _merge_form(opened, names, language)
    with split:
        _split_form(opened, names, language)


def origin_text(event: StoredEvent, digest: str | None, language: str) -> str:
    """Where a stored event comes from in the UI language; a digest kept out of the grouping with
    why it is one (``digest``, the reason of its mark)."""
    if event.origin == "digest" and digest:
        return t("event.digest_reason", language, reason=digest)
    return t(f"store.origin.{event.origin}", language)


def _rename_form(opened: Opened, names: list[str], language: str) -> None:
    def shown(name: str) -> str:
        return event_name(name, language)

    with st.form("rename_event", clear_on_submit=True):
        old = st.selectbox(t("store.event", language), names, format_func=shown, key="rename_event_name")
        new = st.text_input(t("store.new_name", language), key="rename_event_new").strip()
        if st.form_submit_button(t("store.rename", language)) and old is not None:
            if not new:
                st.error(t("store.name_missing", language))
            elif new in names and new != old:
                st.error(t("store.name_taken", language, name=literal(new)))
            else:
                message = t("store.renamed", language, old=event_name(old, language), name=new)
                _edited(opened, lambda c: c.rename(old, new), message, language)


def _merge_form(opened: Opened, names: list[str], language: str) -> None:
    def shown(name: str) -> str:
        return event_name(name, language)

    with st.form("merge_events", clear_on_submit=True):
        chosen = st.multiselect(
            t("store.merge_events", language), names, format_func=shown, key="merge_event_names"
        )
        new = st.text_input(t("store.merge_name", language), key="merge_event_new").strip()
        if st.form_submit_button(t("store.merge", language)):
            name = new or (chosen[0] if chosen else "")
            if len(chosen) < 2:
                st.error(t("store.merge_two", language))
            elif name in names and name not in chosen:
                st.error(t("store.name_taken", language, name=literal(name)))
            else:
                message = t("store.merged", language, count=len(chosen), name=name)
                _edited(opened, lambda c: c.merge(chosen, name), message, language)


def _split_form(opened: Opened, names: list[str], language: str) -> None:
    old = st.selectbox(
        t("store.event", language),
        names,
        format_func=lambda e: event_name(e, language),
        key="split_event_name",
    )
    if old is None:
        return
    with opened.lock:
        members = opened.corpus.event_members(old)
    labels = {
        aid: f"{outlet or '?'} — {title or source} ({date or '–'})"
        for aid, outlet, title, date, source in members
    }
    default = t("store.split_default", language, name=old)
    with st.form("split_event", clear_on_submit=True):
        moved = st.multiselect(
            t("store.split_articles", language),
            list(labels),
            format_func=labels.__getitem__,
            key="split_articles",
        )
        new = st.text_input(t("store.split_name", language, name=default), key="split_event_new").strip()
        if st.form_submit_button(t("store.split", language)):
            name = new or default
            if not moved:
                st.error(t("store.split_none", language))
            elif len(moved) == len(labels):
                st.error(t("store.split_all", language))
            elif name in names:
                st.error(t("store.name_taken", language, name=literal(name)))
            else:
                old_name = event_name(old, language)
                message = t("store.split_done", language, count=len(moved), old=old_name, name=name)
                _edited(opened, lambda c: c.split(old, moved, name), message, language)


def _edited(opened: Opened, change: Callable[[StoredCorpus], object], message: str, language: str) -> None:
    """Apply one edit to the stored events; on success say so on the next run, else why not."""
    try:
        with opened.lock:
            change(opened.corpus)
    except FramingError as error:  # also the store's own errors (StoreError), one line each
        st.error(t("store.edit_failed", language, reason=literal(error)))
        return
    st.session_state["flash"] = [("success", literal(message))]
    st.rerun()


@st.cache_resource(max_entries=1, show_spinner=False)
def _keywords(path: str, top: int) -> dict[str, list[Keyword]]:
    """Each outlet's keywords against the others, from the lemma counts DuckDB sums per outlet
    (only the top keywords are kept, never the counts)."""
    opened = _opened(path)
    with opened.lock:
        counts = opened.corpus.lemma_counts()
    total = sum((lemmas for lemmas, _ in counts.values()), Counter())
    return {
        outlet: keywords_of(lemmas, forms, total - lemmas, top=top)
        for outlet, (lemmas, forms) in sorted(counts.items())
    }


def _outlets(opened: Opened, language: str) -> None:
    """The outlets page from the store: keyness from the stored word counts, the measures over time
    from the stored features; the classifier is left to the command line."""
    outlets = import_module("framing.app.outlets")
    keywords = _keywords(str(opened.path), outlets.TOP_KEYWORDS)
    outlets.keyness_section(
        list(keywords), lambda o: outlets.keywords_table(keywords.get(o, []), language), language
    )
    st.subheader(t("outlets.classifier", language))
    st.info(t("store.classifier", language))
    with opened.lock:
        colours = outlet_colours(opened.corpus.outlets())

    def series(measure: str) -> pd.DataFrame:
        with opened.lock:
            rows = opened.corpus.feature_by_date(measure)
        return outlets.dated_means(rows)

    outlets.time_section(colours, series, language)
