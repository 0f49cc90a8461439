"""framing's Streamlit app: `streamlit run streamlit_app.py` (or `framing app`). Wires the pages.

Page modules are imported when their page is shown, so the first page (the corpus) does not wait
for scikit-learn and the comparison machinery; those load in the background meanwhile (warm_up).
"""

from importlib import import_module

import streamlit as st

from framing.app.state import analyse, events_of, session_corpus, store_path, warm_up
from framing.i18n import LANGUAGES, t

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

stored = store_path()
if stored is not None:  # framing app --db: the pages read the corpus store, one event at a time
    import_module("framing.app.stored_corpus").render(stored, page, language)
    st.stop()
session = session_corpus()
module = import_module(f"framing.app.{page}")
if page in ("corpus", "lexicons"):  # the corpus page needs only the cleaned articles: it opens fast
    module.render(session, language)
elif page == "guide":
    module.render(language)
else:
    with st.spinner("…"):
        docs = analyse(session, language)
    st.sidebar.caption(t("app.corpus_size", language, articles=len(docs), events=len(events_of(docs))))
    module.render(docs, language)
warm_up()  # after the page is sent: lexicons, models and libraries load for the next pages
