"""The guide page: what each measure means, how it is computed, its limits, and classroom exercises."""

from __future__ import annotations

import streamlit as st

from ..guide import guide_html, guide_sections
from ..i18n import t


def render(language: str) -> None:
    st.header(t("page.guide", language))
    for section in guide_sections(language):
        with st.expander(section.title, expanded=section.id == "exercises"):
            st.markdown(section.body)
    st.download_button(
        t("guide.download", language),
        guide_html(language),
        file_name=f"framing-guide-{language}.html",
        mime="text/html",
        key="download_guide",
    )
