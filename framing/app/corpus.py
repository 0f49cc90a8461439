"""The corpus page: the loaded articles as a table, and what cleaning removed from each."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..output import doc_stats
from ..pipeline import Analysis, analyze_documents, demo_documents


@st.cache_resource(show_spinner="Analysing the demo corpus …")
def demo_analysis() -> Analysis:
    """The demo corpus, analysed once per server process."""
    return analyze_documents(demo_documents())


def corpus_table(analysis: Analysis) -> pd.DataFrame:
    rows = []
    for doc in analysis.docs:
        article = doc.article
        rows.append(
            {
                "outlet": article.outlet,
                "date": article.date,
                "event": article.event,
                "title": article.title or "(no headline)",
                "words": doc_stats(doc)["words"],
                "removed boilerplate": len(article.removed),
                "warnings": len(article.warnings),
            }
        )
    return pd.DataFrame(rows)


def render(analysis: Analysis) -> None:
    st.header("Corpus")
    st.dataframe(corpus_table(analysis), hide_index=True, width="stretch")
    for doc in analysis.docs:
        article = doc.article
        with st.expander(f"{article.outlet} — {article.title or '(no headline)'}: removed boilerplate"):
            st.dataframe(
                pd.DataFrame([item.to_dict() for item in article.removed]), hide_index=True, width="stretch"
            )
