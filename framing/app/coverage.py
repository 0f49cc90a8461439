"""The coverage page: the unit × outlet matrix, what each outlet leaves out (with the sentences of
the outlets that carry it as evidence), what only one outlet has, and the leads side by side."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..compare.coverage import Coverage, coverage
from ..model import Doc
from .i18n import t
from .state import events_of


@st.cache_data(max_entries=32, show_spinner=False)
def event_coverage(keys: tuple[str, ...], _docs: list[Doc]) -> Coverage:
    """Coverage of one event (cached by the articles' analysis keys)."""
    return coverage(_docs)


def matrix_table(result: Coverage, language: str, shared_only: bool) -> pd.DataFrame:
    matrix = result.matrix()
    units = [u for u in result.units if not shared_only or len(u.outlets) > 1]
    rows = [
        {
            t("cov.unit", language): unit.label,
            **{o: "✓" if matrix[unit.id][o] else "" for o in result.outlets},
        }
        for unit in sorted(units, key=lambda u: (-len(u.outlets), u.id))
    ]
    return pd.DataFrame(rows, columns=[t("cov.unit", language), *result.outlets])


def render(docs: list[Doc], language: str) -> None:
    st.header(t("page.coverage", language))
    st.caption(t("cov.intro", language))
    events = events_of(docs)
    if not events:
        st.info(t("compare.no_events", language))
        return
    names = sorted(events, key=lambda e: -len({d.article.outlet for d in events[e]}))
    event = st.selectbox(t("compare.event", language), names, key="coverage_event")
    members = events[event]
    result = event_coverage(
        tuple(d.article.metadata.get("analysis_key", d.article.id) for d in members), members
    )

    st.subheader(t("cov.omissions", language))
    if not result.omissions:
        st.write(t("cov.no_omissions", language))
    for number, omission in enumerate(result.omissions, 1):
        st.text(f"{number}. {omission.sentence(language)}")
        with st.expander(f"{t('compare.evidence', language)} ({number})"):
            unit = result.unit(omission.unit)
            st.dataframe(
                pd.DataFrame([{"outlet": m.outlet, "": m.text} for m in unit.members]),
                hide_index=True,
                width="stretch",
            )

    st.subheader(t("cov.matrix", language))
    shared_only = st.toggle(t("cov.shared_only", language), value=True, key="coverage_shared_only")
    st.dataframe(matrix_table(result, language, shared_only), hide_index=True, width="stretch")
    for outlet, units in result.exclusives.items():
        if units:
            with st.expander(f"{outlet} — {t('cov.exclusives', language, count=len(units))}"):
                for unit_id in units:
                    st.text(f"• {result.unit(unit_id).label}")

    st.subheader(t("cov.leads", language))
    placements = result.placement
    for column, placement in zip(st.columns(len(placements)), placements, strict=True):
        with column:
            st.markdown(f"#### {placement.outlet}")
            st.text(placement.headline or t("no_headline", language))
            st.text(placement.lead)
            voice = placement.first_voice
            st.caption(t("cov.first_voice", language, voice=voice) if voice else t("cov.no_voice", language))
