"""The corpus page: load (demo, upload, paste, URL), edit outlet and event, see what cleaning removed."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..i18n import date_text, event_name, number, t
from ..ingest import IngestOptions, RawDocument
from ..ingest.fetch import FetchError, fetch_document
from ..ingest.upload import read_upload
from ..model import Article, Skipped
from ..output import to_json
from ..pipeline import Analysis
from ..segment import count_words
from .literal import literal, literal_table
from .state import (
    MAX_ARTICLE_CHARS,
    Added,
    Corpus,
    analyse,
    demo_corpus,
    needs_clustering,
    prepared_articles,
)

UPLOAD_MB = 20  # per file; the server's own cap is in .streamlit/config.toml
FETCH_TIMEOUT = 10.0  # seconds


def corpus_table(articles: list[Article], language: str = "en") -> pd.DataFrame:
    rows = []
    for article in articles:
        rows.append(
            {
                t("col.outlet", language): article.outlet or "",
                t("col.date", language): date_text(article.date, language),
                t("col.event", language): event_name(article.event, language),
                t("col.title", language): article.title or t("no_headline", language),
                t("col.words", language): count_words(article.text),
                t("col.removed", language): len(article.removed),
                t("col.warnings", language): len(article.warnings),
            }
        )
    return pd.DataFrame(rows)


def add_uploads(corpus: Corpus, files: list[tuple[str, bytes]]) -> Added:
    """Read uploaded (name, bytes) pairs into the corpus; too large or unreadable files are listed."""
    options = IngestOptions(max_mb=UPLOAD_MB)
    items: list[RawDocument | Skipped] = []
    for name, data in files:
        if len(data) > UPLOAD_MB * 1_000_000:
            items.append(
                Skipped(name, f"file is {len(data) / 1e6:.1f} MB, above the upload limit of {UPLOAD_MB} MB")
            )
            continue
        items.extend(read_upload(name, data, options))
    return corpus.add(items)


def _shortened_text(source: str, kept: int, total: int, language: str) -> str:
    """Which article was cut to the app's limit, by how much, and where to analyse all of it."""
    values = {"kept": kept, "total": total, "limit": MAX_ARTICLE_CHARS}
    return t(
        "corpus.shortened", language, source=source, **{k: number(v, language) for k, v in values.items()}
    )


def _report(result: Added, language: str) -> None:
    """Queue what happened for the next run (the table must be re-analysed first), then rerun."""
    added, duplicates, skipped, shortened = result
    messages = []
    if added:
        messages.append(("success", t("corpus.added", language, count=added)))
    if duplicates:
        messages.append(("info", t("corpus.duplicates", language, count=duplicates)))
    for item in shortened:
        messages.append(("warning", literal(_shortened_text(item.source, item.kept, item.total, language))))
    if skipped:
        lines = "\n".join(f"- {literal(s.source)}: {literal(s.reason)}" for s in skipped)
        messages.append(("warning", t("corpus.skipped", language, count=len(skipped)) + "\n" + lines))
    st.session_state["flash"] = messages
    st.rerun()


def _load_controls(corpus: Corpus, language: str) -> None:
    left, right = st.columns(2)
    if left.button(t("corpus.load_demo", language), key="load_demo"):
        demo = demo_corpus()
        _report(corpus.add(demo.documents), language)
    if right.button(t("corpus.clear", language), key="clear_corpus"):
        corpus.documents.clear()
        corpus.skipped.clear()
        corpus.outlet_edits.clear()
        corpus.event_edits.clear()
        st.rerun()
    uploads = st.file_uploader(
        t("corpus.upload", language, mb=UPLOAD_MB),
        type=["txt", "html", "htm", "csv", "tsv", "jsonl", "json", "zip"],
        accept_multiple_files=True,
        max_upload_size=UPLOAD_MB,
        key="upload",
    )
    seen = st.session_state.setdefault("uploads_seen", set())
    new = [f for f in uploads or [] if f.file_id not in seen]
    if new:
        seen.update(f.file_id for f in new)
        _report(add_uploads(corpus, [(f.name, f.getvalue()) for f in new]), language)
    with st.form("fetch", clear_on_submit=True):
        url = st.text_input(t("corpus.url", language), key="fetch_url", placeholder="https://…")
        if st.form_submit_button(t("corpus.url_fetch", language)) and url.strip():
            try:  # public addresses only: the app never fetches from the machine's own network
                document = fetch_document(url.strip(), timeout=FETCH_TIMEOUT, max_bytes=UPLOAD_MB * 1_000_000)
            except FetchError as error:
                st.error(literal(f"{url.strip()}: {error}"))
            else:
                _report(corpus.add([document]), language)
    with st.form("paste", clear_on_submit=True):
        text = st.text_area(t("corpus.paste", language), key="paste_text")
        outlet = st.text_input(t("corpus.paste_outlet", language), key="paste_outlet")
        if st.form_submit_button(t("corpus.paste_add", language)) and text.strip():
            document = RawDocument(source="pasted text", text=text, outlet=outlet.strip() or None)
            _report(corpus.add([document]), language)


def _edit_table(corpus: Corpus, articles: list[Article], language: str) -> None:
    table = corpus_table(articles, language)
    outlet_column, event_column = t("col.outlet", language), t("col.event", language)
    edited = st.data_editor(
        table,
        hide_index=True,
        width="stretch",
        disabled=[c for c in table.columns if c not in (outlet_column, event_column)],
        key=f"corpus_table_{language}",
    )
    changed = False
    for key, article, (_, row) in zip(corpus.keys(), articles, edited.iterrows(), strict=True):
        if row[outlet_column] != (article.outlet or ""):
            corpus.outlet_edits[key] = row[outlet_column]
            changed = True
        if row[event_column] not in (article.event or "", event_name(article.event, language)):
            corpus.event_edits[key] = row[event_column]
            changed = True
    if changed:
        st.rerun()


def render(corpus: Corpus, language: str) -> None:
    """The corpus page: the articles first, then the ways to add more. It needs only the cleaned
    articles (fast), unless events must be found. Adding articles reruns the page, so the table is
    always current even though it is drawn before the controls."""
    st.header(t("page.corpus", language))
    st.caption(t("corpus.intro", language))
    if corpus.documents:
        _articles(corpus, language)
    else:
        st.info(t("corpus.empty", language))
    st.subheader(t("corpus.add", language))
    _load_controls(corpus, language)


def _articles(corpus: Corpus, language: str) -> None:
    if needs_clustering(corpus):
        articles = [doc.article for doc in analyse(corpus, language)]
    else:
        articles = prepared_articles(corpus)
    events = {article.event for article in articles}
    st.sidebar.caption(t("app.corpus_size", language, articles=len(articles), events=len(events)))
    _edit_table(corpus, articles, language)
    for article in articles:
        title = article.title or t("no_headline", language)
        label = t(
            "corpus.removed_title", language, outlet=literal(article.outlet or "?"), title=literal(title)
        )
        with st.expander(label):
            if article.removed:
                removed = pd.DataFrame([item.to_dict() for item in article.removed])
                st.table(literal_table(removed))  # a static table: light to render, even for long lists
            else:
                st.write(t("corpus.nothing_removed", language))
    warnings = [(a.outlet, a.title, w) for a in articles for w in a.warnings]
    warnings += [
        (
            a.outlet,
            a.title,
            _shortened_text(a.source, len(a.raw_text), a.metadata["shortened_from"], language),
        )
        for a in articles
        if "shortened_from" in a.metadata
    ]
    if warnings:
        with st.expander(t("corpus.warnings_title", language)):
            for outlet, headline, warning in warnings:
                st.text(f"{outlet or '?'} — {headline or t('no_headline', language)}: {warning}")
    if corpus.skipped:
        with st.expander(t("corpus.skipped", language, count=len(corpus.skipped))):
            st.dataframe(
                pd.DataFrame(
                    [
                        {t("col.source", language): s.source, t("col.reason", language): s.reason}
                        for s in corpus.skipped
                    ]
                ),
                hide_index=True,
            )
    st.download_button(
        t("corpus.download_json", language),
        lambda: to_json(Analysis(docs=analyse(corpus), skipped=list(corpus.skipped))),
        file_name="framing-analysis.json",
        mime="application/json",
        key="download_json",
    )
