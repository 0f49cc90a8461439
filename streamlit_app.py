"""framing's Streamlit app: `streamlit run streamlit_app.py` (or `framing app`)."""

import streamlit as st

from framing.app import corpus

st.set_page_config(page_title="framing", layout="wide")
st.title("framing — how outlets tell the same story")
corpus.render(corpus.demo_analysis())
