"""The read page: one article (or two of the same event side by side) with switchable highlight layers,
a legend, and for every highlight the reason it was flagged."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..i18n import date_text, event_name, t
from ..measures import MEASURED_LANGUAGES
from ..model import Doc
from .highlight import LAYERS, highlights, label_name, legend, page_style, render_article
from .literal import literal

DEFAULT_LAYERS = ["tone", "hedge", "quote", "wording"]


def article_name(number: int, doc: Doc, language: str) -> str:
    """A unique, recognisable name: position, outlet, and the headline (or the source when none)."""
    title = doc.article.title or f"{t('no_headline', language)} {doc.article.source}"
    return f"{number}. {doc.article.outlet or '?'} — {title[:80]}"


def highlight_table(doc: Doc, layers: list[str], language: str) -> pd.DataFrame:
    rows = [
        {
            t("col.layer", language): t(f"layer.{_app_layer(h.span.layer)}", language),
            t("col.label", language): label_name(h.span, language),
            t("col.words_marked", language): h.text[:120],
            t("col.why", language): h.why,
        }
        for h in highlights(doc, layers, language)
    ]
    return pd.DataFrame(rows)


def _app_layer(span_layer: str) -> str:
    return next(name for name, layers in LAYERS.items() if span_layer in layers)


def _show(doc: Doc, layers: list[str], language: str, show_tags: bool) -> None:
    st.subheader(literal(doc.article.title) if doc.article.title else t("no_headline", language))
    article = doc.article
    date, event = date_text(article.date, language), event_name(article.event, language)
    st.caption(literal(f"{article.outlet or '?'} · {date} · {event}"))
    if doc.article.language not in MEASURED_LANGUAGES:
        st.warning(t("read.not_german", language))
    st.html(page_style() + render_article(doc, layers, language, show_tags))
    table = highlight_table(doc, layers, language)
    with st.expander(f"{t('read.why', language)} ({len(table)})"):
        if table.empty:
            st.write(t("read.no_spans", language))
        else:
            st.dataframe(table, hide_index=True, width="stretch")


def render(docs: list[Doc], language: str) -> None:
    st.header(t("page.read", language))
    if not docs:
        st.info(t("corpus.empty", language))
        return
    render_articles(docs, language)


def render_articles(docs: list[Doc], language: str) -> None:
    """The article chooser (a second one of the same event beside it) and the highlights."""
    names = [article_name(number, doc, language) for number, doc in enumerate(docs, 1)]
    chosen = st.selectbox(
        t("read.article", language), range(len(docs)), format_func=names.__getitem__, key="read_article"
    )
    doc = docs[chosen]
    siblings = [i for i, d in enumerate(docs) if d.article.event == doc.article.event and i != chosen]
    second = st.selectbox(
        t("read.second", language),
        [None, *siblings],
        format_func=lambda i: t("read.none", language) if i is None else names[i],
        key="read_second",
    )
    layers = st.multiselect(
        t("read.layers", language),
        list(LAYERS),
        default=DEFAULT_LAYERS,
        format_func=lambda layer: t(f"layer.{layer}", language),
        key="read_layers",
    )
    show_tags = st.toggle(t("read.show_labels", language), value=True, key="read_tags")
    st.html(page_style() + f"<b>{t('read.legend', language)}:</b> " + legend(layers, language))
    if second is None:
        _show(doc, layers, language, show_tags)
    else:
        left, right = st.columns(2)
        with left:
            _show(doc, layers, language, show_tags)
        with right:
            _show(docs[second], layers, language, show_tags)
