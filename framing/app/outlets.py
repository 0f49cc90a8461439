"""The outlets page: corpus-wide distinctive words, the outlet classifier (honest about small data),
and measures over time."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from ..classify import NotEnoughData, evaluate
from ..compare.events import EventOptions, parse_day
from ..compare.keyness import DEFAULT_MIN_FREQUENCY, DEFAULT_MIN_G2, Keyword, keyness_by_outlet
from ..i18n import decimal, t
from ..measures import feature_docs
from ..model import Doc
from .charts import localised, outlet_colours, time_chart
from .literal import literal

PERIOD_GAP_DAYS = EventOptions().max_span_days  # as long as an event may last
TOP_KEYWORDS = 25  # shown per outlet
TIME_MEASURES = ["tone.mean", "emotive.loaded_per_1k", "hedge.reportative_per_1k", "sourcing.quotes_per_1k"]


def keyness_table(docs: list[Doc], outlet: str, language: str) -> pd.DataFrame:
    return keywords_table(keyness_by_outlet(docs, top=TOP_KEYWORDS).get(outlet, []), language)


def keywords_table(keywords: list[Keyword], language: str) -> pd.DataFrame:
    """One outlet's keywords: lemma, count, G², log ratio and the forms written."""
    return pd.DataFrame(
        [
            {
                t("col.lemma", language): k.lemma,
                t("col.count", language): k.target_count,
                t("col.g2", language): decimal(k.g2, language, digits=1),  # "12,3" in German
                t("col.log_ratio", language): decimal(k.log_ratio, language),
                t("col.examples", language): ", ".join(k.examples),
            }
            for k in keywords
        ]
    )


def time_table(docs: list[Doc], measure: str) -> pd.DataFrame:
    rows = [
        (doc.article.date, doc.article.outlet or "?", doc.features.get(measure, 0.0), 1)
        for doc in docs
        if doc.article.date
    ]
    return dated_means(rows)


def dated_means(rows: list[tuple]) -> pd.DataFrame:
    """The mean per day and outlet from (date as written, outlet, sum of values, articles) rows, each
    outlet's days split into periods where a long gap falls."""
    table = pd.DataFrame(rows, columns=["date", "outlet", "total", "articles"])
    if table.empty:
        return pd.DataFrame(columns=["date", "outlet", "value", "period"])
    # "2024-04" and "2024-04-09" in one column: parsed one by one (a month counts as its 15th)
    table["date"] = pd.to_datetime([parse_day(value) for value in table["date"]])
    table = (
        table.dropna(subset=["date"]).groupby(["date", "outlet"], as_index=False)[["total", "articles"]].sum()
    )
    table = table.assign(value=table["total"] / table["articles"])[["date", "outlet", "value"]]
    # a line joins an outlet's points only within a period: a gap of more than PERIOD_GAP_DAYS
    # (two years between the demo's events) starts a new one, drawn apart
    table = table.sort_values(["outlet", "date"], kind="stable")
    gap = table.groupby("outlet")["date"].diff() > pd.Timedelta(days=PERIOD_GAP_DAYS)
    table["period"] = gap.groupby(table["outlet"]).cumsum().astype(int)
    return table.reset_index(drop=True)


def render(docs: list[Doc], language: str) -> None:
    st.header(t("page.outlets", language))
    if not docs:
        st.info(t("corpus.empty", language))
        return
    colours = outlet_colours([d.article.outlet or "?" for d in docs])
    keyness_section(list(colours), lambda outlet: keyness_table(docs, outlet, language), language)
    st.subheader(t("outlets.classifier", language))
    if st.button(t("outlets.run_classifier", language), key="run_classifier"):
        _classifier(docs, language)
    time_section(colours, lambda measure: time_table(docs, measure), language)


def keyness_section(outlets: list[str], table_of: Callable[[str], pd.DataFrame], language: str) -> None:
    """An outlet to choose and its distinctive words (``table_of``: the keywords table of an outlet)."""
    st.subheader(t("outlets.keyness", language))
    st.caption(t("outlets.keyness_note", language, min=DEFAULT_MIN_FREQUENCY, g2=DEFAULT_MIN_G2))
    outlet = st.selectbox(t("col.outlet", language), outlets, key="keyness_outlet")
    table = table_of(outlet) if outlet is not None else pd.DataFrame()
    if table.empty:
        st.write(t("outlets.no_keywords", language))
    else:
        st.dataframe(table, hide_index=True, width="stretch")


def _classifier(docs: list[Doc], language: str) -> None:
    """The outlet classifier's grouped cross-validation on these articles, honest about too little data."""
    labels = [doc.article.outlet or "?" for doc in docs]
    try:
        result = evaluate(docs, labels, ablation=False)
    except NotEnoughData as error:
        st.warning(t("outlets.too_little", language, reason=literal(error)))  # names outlets
    else:
        st.write(
            t(
                "outlets.macro_f1",
                language,
                mean=decimal(result.macro_f1, language),
                sd=decimal(result.macro_f1_spread, language),
                folds=result.folds,
            )
        )
        st.dataframe(pd.DataFrame(result.confusion, index=result.labels, columns=result.labels))
        for warning in result.leakage:
            st.warning(literal(warning))


def time_section(colours: dict[str, str], series_of: Callable[[str], pd.DataFrame], language: str) -> None:
    """A measure to choose and its daily mean per outlet (``series_of``: the table of a measure)."""
    st.subheader(t("outlets.over_time", language))
    measure = st.selectbox(
        t("compare.measure", language),
        TIME_MEASURES,
        format_func=lambda m: t(f"measure.{m}", language),
        key="time_measure",
    )
    if language == "en":  # the feature documentation is written in English
        st.caption(feature_docs().get(measure, ""))
    series = series_of(measure)
    if series.empty:
        st.write(t("outlets.no_dates", language))
    else:
        chart = time_chart(series, colours, t(f"measure.{measure}", language))
        st.altair_chart(localised(chart, language), width="stretch")
