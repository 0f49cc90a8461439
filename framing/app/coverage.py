"""The coverage page: the unit × outlet matrix, what each outlet leaves out (with the sentences of
the outlets that carry it as evidence), what only one outlet has, the leads side by side, the figures
the outlets give (compared within the event or across the corpus) and the copy they share word for
word, with reuse shares and wire credits. Article text goes through st.text and st.dataframe only."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import streamlit as st

from ..compare.coverage import Coverage, MissingUnit, coverage
from ..compare.numbers import QuantityComparison, compare_quantities
from ..compare.shared_copy import SHINGLE_WORDS, SharedPassage
from ..i18n import (
    comparison_explanation,
    comparison_title,
    date_text,
    measure_label,
    passage_dates,
    percent,
    source_name,
    t,
    year_text,
)
from ..model import Doc
from .analysis import cache_keys
from .literal import TABLE_STYLE, folded_list, html_table, literal
from .state import choose_event

TOP_MISSING = 5  # omissions shown at once; the rest are one click away


@st.cache_data(max_entries=32, show_spinner=False)
def event_coverage(keys: tuple[str, ...], _docs: list[Doc]) -> Coverage:
    """Coverage of one event (cached by the articles' analysis keys)."""
    return coverage(_docs)


@st.cache_data(max_entries=8, show_spinner=False)
def corpus_comparisons(keys: tuple[str, ...], _docs: list[Doc]) -> list[QuantityComparison]:
    """Figures compared across all loaded articles (cached by the articles' analysis keys)."""
    return compare_quantities(_docs)


def comparison_table(comparison: QuantityComparison, docs: dict[str, Doc], language: str) -> pd.DataFrame:
    """One row per figure: outlet, date, the figure as written, its year and the sentence as evidence."""
    columns = [t(f"cov.col.{c}", language) for c in ("outlet", "date", "figure", "year", "sentence")]
    rows = [
        [
            value.outlet,
            date_text(docs[value.article].article.date if value.article in docs else None, language),
            value.text,
            year_text(value.year, value.year_source, language),
            value.sentence,
        ]
        for value in comparison.values
    ]
    return pd.DataFrame(rows, columns=columns)


def figures_by_outlet(result: Coverage, language: str) -> dict[str, pd.DataFrame]:
    """outlet → its articles' measured figures (measure, figure as written, year)."""
    columns = [t(f"cov.col.{c}", language) for c in ("measure", "figure", "year")]
    rows: dict[str, list[list[str]]] = {outlet: [] for outlet in result.outlets}
    for placement in result.placement:
        for quantity in result.quantities.get(placement.article, []):
            rows.setdefault(placement.outlet, []).append(
                [
                    measure_label(quantity.measure or "", language),
                    quantity.text,
                    year_text(quantity.year, quantity.year_source, language, quantity.since),
                ]
            )
    return {outlet: pd.DataFrame(found, columns=columns) for outlet, found in rows.items()}


def passage_lines(number: int, passage: SharedPassage, docs: dict[str, Doc], language: str) -> list[str]:
    """A shared passage in words: outlets and length, who was first, how much of it is quoted."""
    a, b = passage.a_outlet or passage.a_article, passage.b_outlet or passage.b_article
    a_date, b_date = passage_dates(passage, docs, language)
    lines = [t("cov.passage", language, number=number, a=a, b=b, words=passage.words)]
    if passage.same_outlet:
        lines.append(t("cov.same_outlet", language))
    if passage.direction == "a→b":
        lines.append(
            t("cov.direction.first", language, first=a, first_date=a_date, second=b, second_date=b_date)
        )
    elif passage.direction == "b→a":
        lines.append(
            t("cov.direction.first", language, first=b, first_date=b_date, second=a, second_date=a_date)
        )
    else:
        lines.append(t("cov.direction.unknown", language, a=a, a_date=a_date, b=b, b_date=b_date))
    key = "cov.quoted_same" if passage.quoted_share >= 0.5 else "cov.quoted_some"
    if passage.quoted_share > 0:
        lines.append(t(key, language, share=percent(passage.quoted_share, language)))
    return lines


def reuse_table(result: Coverage, language: str) -> pd.DataFrame:
    columns = [t(f"cov.col.{c}", language) for c in ("outlet", "headline", "reuse")]
    rows = [
        [
            placement.outlet,
            placement.headline or t("no_headline", language),
            percent(result.reuse.get(placement.article, 0.0), language),
        ]
        for placement in result.placement
    ]
    return pd.DataFrame(rows, columns=columns)


def credits_table(result: Coverage, language: str) -> pd.DataFrame:
    columns = [
        t(f"cov.col.{c}", language) for c in ("outlet", "headline", "agency", "kind", "evidence", "source")
    ]
    rows = [
        [
            placement.outlet,
            placement.headline or t("no_headline", language),
            credit.agency,
            t(f"cov.kind.{credit.kind}", language),
            credit.evidence,
            t(f"cov.source.{credit.source}", language),
        ]
        for placement in result.placement
        for credit in result.credits.get(placement.article, [])
    ]
    return pd.DataFrame(rows, columns=columns)


def matrix_table(result: Coverage, language: str, shared_only: bool) -> pd.DataFrame:
    matrix = result.matrix()
    units = [u for u in result.units if not shared_only or len(u.outlets) > 1]
    rows = [
        [unit.label, *("✓" if matrix[unit.id][o] else "" for o in result.outlets)]
        for unit in sorted(units, key=lambda u: (-len(u.outlets), u.id))
    ]
    return pd.DataFrame(rows, columns=[t("cov.unit", language), *result.outlets])


def missing_html(result: Coverage, missing: list[MissingUnit], first: int, language: str) -> str:
    """Ranked omissions as a numbered list from ``first``: the unit's sentence in full, how many
    outlets carry it (and put it first), who leaves it out, and folded below, the sentences of the
    outlets that carry it with where they stand. Every text is escaped."""
    items = []
    columns = [t("col.outlet", language), t("cov.col.position", language), t("cov.col.sentence", language)]
    for entry in missing:
        detail = entry.carried(len(result.outlets), language)
        if entry.prominent_in:
            detail += " " + t("cov.prominent", language, count=len(entry.prominent_in))
        members = result.unit(entry.unit).members
        evidence = pd.DataFrame(
            [[m.outlet, t(f"cov.position.{m.position}", language), m.text] for m in members], columns=columns
        )
        label = f"{t('compare.evidence', language)} ({len(members)})"
        items.append((f"„{entry.label}“", detail, label, evidence))
    return folded_list(items, first)


def leads_table(result: Coverage, language: str) -> pd.DataFrame:
    """One row per article: outlet, headline, lead paragraph and whom it quotes first (with the
    source type), so 2 or 12 outlets read alike."""
    rows = []
    for placement in result.placement:
        voice = placement.first_voice or ""
        if voice and placement.first_voice_source:
            voice += f" ({source_name(placement.first_voice_source, language)})"
        rows.append(
            [
                placement.outlet,
                placement.headline or t("no_headline", language),
                placement.lead,
                voice or t("cov.no_voice", language),
            ]
        )
    columns = [t(f"cov.col.{c}", language) for c in ("outlet", "headline", "lead", "first_voice")]
    return pd.DataFrame(rows, columns=columns)


def _missing(result: Coverage, language: str) -> None:
    """What is left out: the TOP_MISSING most important omissions, the rest folded away."""
    st.subheader(t("cov.omissions", language))
    if not result.missing:
        st.write(t("cov.no_omissions", language))
        return
    st.caption(t("cov.omissions_intro", language))
    counts = Counter(outlet for entry in result.missing for outlet in entry.missing_in)
    most = ", ".join(f"{outlet} ({count})" for outlet, count in counts.most_common())
    st.text(t("cov.missing_by_outlet", language, outlets=most))
    st.html(missing_html(result, result.missing[:TOP_MISSING], 1, language))
    rest = result.missing[TOP_MISSING:]
    if rest:
        with st.expander(t("cov.more_missing", language, count=len(rest))):
            st.html(missing_html(result, rest, TOP_MISSING + 1, language))


def render(docs: list[Doc], language: str) -> None:
    st.header(t("page.coverage", language))
    st.caption(t("cov.intro", language))
    members = choose_event(docs, language, "coverage_event")
    if members is not None:
        render_event(members, docs, language)


def render_event(members: list[Doc], docs: list[Doc] | None, language: str) -> None:
    """The coverage of one event's articles; ``docs``: the whole corpus, to compare figures across
    it (None: a stored corpus, never held whole)."""
    result = event_coverage(cache_keys(members), members)
    _missing(result, language)

    st.subheader(t("cov.matrix", language))
    shared_only = st.toggle(t("cov.shared_only", language), value=True, key="coverage_shared_only")
    st.html(TABLE_STYLE + html_table(matrix_table(result, language, shared_only), index=False, vertical=1))
    for outlet, units in result.exclusives.items():
        if units:
            with st.expander(f"{literal(outlet)} — {t('cov.exclusives', language, count=len(units))}"):
                for unit_id in units:
                    st.text(f"• {result.unit(unit_id).label}")

    st.subheader(t("cov.leads", language))
    st.html(TABLE_STYLE + html_table(leads_table(result, language), index=False))

    by_id = {d.article.id: d for d in docs or members}
    _numbers(result, docs, by_id, language)
    _shared_copy(result, by_id, language)


def _numbers(result: Coverage, docs: list[Doc] | None, by_id: dict[str, Doc], language: str) -> None:
    st.subheader(t("cov.numbers", language))
    st.caption(t("cov.numbers_intro", language))
    whole = False
    if docs is None:
        st.caption(t("store.numbers_event_only", language))
    else:
        whole = st.toggle(t("cov.numbers_corpus", language), value=False, key="coverage_numbers_corpus")
    comparisons = corpus_comparisons(cache_keys(docs), docs) if docs and whole else result.number_comparisons
    if not comparisons:
        st.write(t("cov.no_numbers" if whole else "cov.no_numbers_event", language))
    for comparison in comparisons:
        st.text(comparison_title(comparison, language))
        st.text(comparison_explanation(comparison, language))
        st.dataframe(comparison_table(comparison, by_id, language), hide_index=True, width="stretch")
    st.markdown(f"##### {t('cov.figures', language)}")
    for outlet, table in figures_by_outlet(result, language).items():
        with st.expander(t("cov.figures_of", language, outlet=literal(outlet), count=len(table))):
            if table.empty:
                st.write(t("cov.no_figures", language))
            else:
                st.dataframe(table, hide_index=True, width="stretch")


def _shared_copy(result: Coverage, by_id: dict[str, Doc], language: str) -> None:
    st.subheader(t("cov.shared_copy", language))
    st.caption(t("cov.shared_intro", language, words=SHINGLE_WORDS))
    if not result.shared:
        st.write(t("cov.no_shared_copy", language))
    for number, passage in enumerate(result.shared, 1):
        for line in passage_lines(number, passage, by_id, language):
            st.text(line)
        st.text(passage.text)
    st.markdown(f"##### {t('cov.reuse', language)}")
    st.dataframe(reuse_table(result, language), hide_index=True, width="stretch")
    st.markdown(f"##### {t('cov.credits', language)}")
    st.caption(t("cov.credits_intro", language))
    credits = credits_table(result, language)
    if credits.empty:
        st.write(t("cov.no_credits", language))
    else:
        st.dataframe(credits, hide_index=True, width="stretch")
