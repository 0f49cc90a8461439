"""framing's Streamlit app: `streamlit run streamlit_app.py` (or `framing app`). Wires the pages."""

import streamlit as st

from framing.app import compare, corpus, coverage, guide, lexicons, outlets, read
from framing.app.i18n import LANGUAGES, t
from framing.app.state import analyse, events_of, session_corpus

PAGES = ("corpus", "compare", "coverage", "read", "outlets", "lexicons", "guide")

st.set_page_config(page_title="framing", layout="wide")
language = st.sidebar.radio(
    "Sprache / Language", list(LANGUAGES), format_func=LANGUAGES.__getitem__, horizontal=True, key="language"
)
page = st.sidebar.radio(
    t("app.page", language), PAGES, format_func=lambda p: t(f"page.{p}", language), key="page"
)
st.title(t("app.title", language))
for kind, message in st.session_state.pop("flash", []):  # what the last action did
    getattr(st, kind)(message)

session = session_corpus()
with st.spinner("…"):
    docs = analyse(session)
st.sidebar.caption(t("app.corpus_size", language, articles=len(docs), events=len(events_of(docs))))

if page == "corpus":
    corpus.render(session, docs, language)
elif page == "compare":
    compare.render(docs, language)
elif page == "coverage":
    coverage.render(docs, language)
elif page == "read":
    read.render(docs, language)
elif page == "outlets":
    outlets.render(docs, language)
elif page == "lexicons":
    lexicons.render(session, language)
else:
    guide.render(language)
