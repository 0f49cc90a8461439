"""The compare page: one column per outlet of an event (headline, measures with intervals, voices by
source type and by topic camp, tone toward actors), frame profiles and word choice, and a
plain-language summary of the biggest differences with the evidence behind each sentence."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from ..actors import actor_name
from ..compare.coverage import join_names
from ..compare.matrices import actor_tone_matrix, frame_matrix, voices_matrix, word_choice_matrix
from ..compare.stats import DEFAULT_RESAMPLES, compare_outlets, resamples_for
from ..i18n import camp_name, decimal, frame_name, source_name, t
from ..measures.emotive import LOADED
from ..measures.wording import concept_name
from ..model import Doc, Span
from ..report import KEY_MEASURES
from .charts import frame_chart, interval_chart, localised, outlet_colours
from .literal import literal, literal_table
from .state import choose_event

MAX_TABLES = 64
CONTEXT = 45  # characters of context around a piece of evidence
MAX_SUMMARY = 8
UNSPECIFIC_GROUPS = ("unattributed", "unregistered", "other")
TOPIC_CUES = 4  # topic cue words named in a word-choice sentence


@dataclass(frozen=True)
class Evidence:
    outlet: str
    snippet: str


@dataclass(frozen=True)
class Finding:
    """One sentence of the summary, the size of the difference (for ordering) and its evidence."""

    sentence: str
    weight: float
    evidence: list[Evidence]


def snippet(doc: Doc, start: int, end: int) -> str:
    """``text[start:end]`` in »…« with some context, as plain text (shown escaped)."""
    text = doc.text
    before = text[max(0, start - CONTEXT) : start].split("\n")[-1]
    after = text[end : end + CONTEXT].split("\n")[0]
    return f"…{before}»{text[start:end]}«{after}…"


def _measure_spans(doc: Doc, measure: str) -> list[Span]:
    def own(span: Span) -> bool:
        return span.attrs.get("voice", "own") == "own"

    rules = {
        "tone.mean": lambda s: s.layer == "tone" and own(s),
        "emotive.loaded_per_1k": lambda s: s.layer == "emotive" and s.label in LOADED and own(s),
        "hedge.reportative_per_1k": lambda s: s.layer == "hedge" and s.label == "reportative",
        "hedge.konjunktiv_i_per_1k": lambda s: s.layer == "hedge" and s.label == "konjunktiv_i",
        "sourcing.quotes_per_1k": lambda s: s.layer == "quote",
        "readability.flesch_amstad": lambda s: s.layer == "readability" and s.label == "long_sentence",
    }
    rule = rules.get(measure)
    return [s for s in doc.spans if rule(s)] if rule else []


def _evidence(docs: list[Doc], outlet: str, spans_of) -> list[Evidence]:
    return [
        Evidence(outlet, snippet(doc, span.start, span.end))
        for doc in docs
        if (doc.article.outlet or "?") == outlet
        for span in spans_of(doc)
    ][:12]


def measure_findings(docs: list[Doc], table: pd.DataFrame, language: str) -> list[Finding]:
    """One sentence per measure whose difference interval excludes zero: the outlet that differs most.
    Evidence: the outlet's own words when it has more, the others' words when it has less."""
    strongest: dict[str, Finding] = {}
    for row in table.itertuples():
        if pd.isna(getattr(row, "difference_low", float("nan"))):
            continue
        if row.difference_low <= 0 <= row.difference_high:
            continue  # the interval of the difference includes zero: no clear difference
        others = table[(table.feature == row.feature) & (table.outlet != row.outlet)]
        other_text = ", ".join(f"{o.outlet} {decimal(o.value, language)}" for o in others.itertuples())
        key = "summary.higher" if row.difference > 0 else "summary.lower"
        sentence = t(
            key,
            language,
            outlet=row.outlet,
            measure=t(f"measure.{row.feature}", language),
            value=decimal(row.value, language),
            others=other_text,
        )
        scale = max(abs(row.value), *(abs(v) for v in others.value), 1e-9)
        shown = [row.outlet] if row.difference > 0 else list(others.outlet)

        def spans_of(doc: Doc, feature: str = row.feature) -> list[Span]:
            return _measure_spans(doc, feature)

        evidence = [e for outlet in shown for e in _evidence(docs, outlet, spans_of)]
        finding = Finding(sentence, abs(row.difference) / scale, evidence)
        if row.feature not in strongest or finding.weight > strongest[row.feature].weight:
            strongest[row.feature] = finding
    return list(strongest.values())


def voice_findings(docs: list[Doc], language: str) -> list[Finding]:
    """A source type (or topic camp) that two outlets quote and another does not."""
    findings = []
    for by, key, name in (
        ("source", "summary.source_missing", source_name),
        ("camp", "summary.voice_missing", camp_name),
    ):
        matrix = voices_matrix(docs, by)
        for group in matrix.groups:
            quoting = [o for o in matrix.outlets if matrix.cell(group, o).quotes > 0]
            if len(quoting) < 2 or group in UNSPECIFIC_GROUPS:
                continue
            for outlet in matrix.outlets:
                if outlet in quoting:
                    continue
                sentence = t(
                    key,
                    language,
                    outlet=outlet,
                    **{by: name(group, language)},
                    others=join_names(quoting, language),
                )
                evidence = [
                    Evidence(o, snippet(doc, q.start, q.end))
                    for o in quoting
                    for doc in docs
                    if (doc.article.outlet or "?") == o
                    for q in doc.quotes
                    if (q.source_type if by == "source" else q.camp) == group
                ][:12]
                findings.append(Finding(sentence, 1.0 if by == "source" else 0.9, evidence))
    return findings


def wording_findings(docs: list[Doc], language: str) -> list[Finding]:
    """Concepts two outlets name with no shared word. A concept has cells only in articles about its
    topic (the wording family's gate), so outlets whose articles are not about it are never compared;
    the sentence names the topic cue words found."""
    matrix = word_choice_matrix(docs)
    findings = []
    for concept in matrix.concepts:
        own = {o: set(matrix.cell(concept, o).own) for o in matrix.outlets if matrix.cell(concept, o)}
        cues = [word for word, _ in matrix.topic_cues.get(concept, Counter()).most_common(TOPIC_CUES)]
        for outlet, variants in own.items():
            others = set().union(*(v for o, v in own.items() if o != outlet))
            if not variants or not others or variants & others:
                continue
            sentence = t(
                "summary.wording",
                language,
                concept=concept_name(concept, language),
                outlet=outlet,
                variants=", ".join(sorted(variants)),
                other_variants=", ".join(sorted(others)),
            )
            if cues:
                sentence += " " + t("summary.wording_topic", language, cues=", ".join(cues))

            def spans_of(doc: Doc, c: str = concept) -> list[Span]:
                return [
                    s for s in doc.layer("wording") if s.attrs["concept"] == c and s.attrs["voice"] == "own"
                ]

            evidence = [e for o in matrix.outlets for e in _evidence(docs, o, spans_of)]
            findings.append(Finding(sentence, 0.8, evidence))
    return findings


def summary(docs: list[Doc], table: pd.DataFrame, language: str) -> list[Finding]:
    """The biggest differences between the outlets of one event, largest first."""
    findings = measure_findings(docs, table, language) + voice_findings(docs, language)
    findings += wording_findings(docs, language)
    return sorted(findings, key=lambda f: -f.weight)[:MAX_SUMMARY]


_tables: dict[tuple[str, ...], pd.DataFrame] = {}
_tables_lock = threading.Lock()


def measure_table(
    keys: tuple[str, ...], docs: list[Doc], progress: Callable[[int, int], None] | None = None
) -> pd.DataFrame:
    """Key measures with bootstrap intervals for one event's articles, cached across sessions by the
    articles' keys (the MAX_TABLES most recent). Not st.cache_data: that would record the progress
    calls made while computing and fail replaying them."""
    with _tables_lock:
        table = _tables.get(keys)
    if table is None:
        table = compare_outlets(docs, list(KEY_MEASURES), resamples=resamples_for(docs), progress=progress)
        with _tables_lock:
            _tables[keys] = table
            while len(_tables) > MAX_TABLES:
                del _tables[next(iter(_tables))]
    return table


def _measure_table_with_progress(docs: list[Doc], language: str) -> pd.DataFrame:
    """measure_table with a progress bar while the resamples are analysed; each update is also
    where Streamlit ends the work once the browser has gone."""
    slot = st.empty()

    def update(done: int, total: int) -> None:
        slot.progress(done / total, text=t("compare.resampling", language, done=done, total=total))

    keys = tuple(d.article.metadata.get("analysis_key", d.article.id) for d in docs)
    table = measure_table(keys, docs, update)
    slot.empty()
    resamples = resamples_for(docs)
    if resamples < DEFAULT_RESAMPLES:
        st.caption(t("compare.fewer_resamples", language, resamples=resamples, full=DEFAULT_RESAMPLES))
    return table


def _outlet_column(docs: list[Doc], outlet: str, table: pd.DataFrame, language: str) -> None:
    members = [d for d in docs if (d.article.outlet or "?") == outlet]
    st.markdown(f"#### {literal(outlet)}")
    st.caption(
        t("compare.articles" if len(members) != 1 else "compare.article", language, count=len(members))
    )
    for doc in members:
        st.text(doc.article.title or t("no_headline", language))
    rows = table[table.outlet == outlet]
    if rows.empty:  # not measured (not German): no numbers rather than zeros
        st.caption(t("compare.no_measures", language))
    else:
        st.table(  # static tables: narrow columns wrap instead of cutting the intervals off
            pd.DataFrame(
                [
                    {
                        t("compare.measure", language): t(f"measure.{r.feature}", language),
                        "95 %": (
                            f"{decimal(r.value, language)} "
                            f"[{decimal(r.low, language)}{'; ' if language == 'de' else ', '}"
                            f"{decimal(r.high, language)}]"
                        ),
                    }
                    for r in rows.itertuples()
                ]
            ).set_index(t("compare.measure", language))
        )
    for by, title, first, name in (
        ("source", "compare.voices_source", "compare.source", source_name),
        ("camp", "compare.voices", "compare.camp", camp_name),
    ):
        voices = voices_matrix(members, by)
        st.markdown(f"**{t(title, language)}**")
        voice_rows = [
            {
                t(first, language): name(group, language),
                t("compare.quotes", language): voices.cell(group, outlet).quotes,
                t("compare.quoted_words", language): voices.cell(group, outlet).words,
                **(
                    {t("compare.parties", language): voices.cell(group, outlet).party_text()}
                    if by == "source"
                    else {}
                ),
            }
            for group in voices.groups
        ]
        if voice_rows:  # party names can come from the user's actor registry
            st.table(literal_table(pd.DataFrame(voice_rows).set_index(t(first, language))))
        else:
            st.caption(t("cov.no_voice", language))
    tone = actor_tone_matrix(members)
    st.markdown(f"**{t('compare.actor_tone', language)}**")
    tone_rows = [
        {
            t("compare.actor", language): actor_name(actor),
            t("compare.tone", language): f"{cell.tone:+.2f}",
            t("compare.sentences", language): cell.sentences,
        }
        for actor in tone.actors
        if (cell := tone.cell(actor, outlet))
    ]
    if tone_rows:  # actor names can come from the user's actor registry
        st.table(literal_table(pd.DataFrame(tone_rows).set_index(t("compare.actor", language))))


def render(docs: list[Doc], language: str) -> None:
    st.header(t("page.compare", language))
    members = choose_event(docs, language, "compare_event")
    if members is None:
        return
    outlets = sorted({d.article.outlet or "?" for d in members})
    colours = outlet_colours([d.article.outlet or "?" for d in docs])
    if len(outlets) < 2:
        st.info(t("compare.one_outlet", language))
    unmeasured = [d for d in members if d.article.language not in (None, "de")]
    if unmeasured:
        names = ", ".join(f"{d.article.outlet or '?'} ({d.article.language})" for d in unmeasured)
        st.warning(t("compare.not_measured", language, articles=literal(names)))
    table = _measure_table_with_progress(members, language)

    st.subheader(t("compare.summary", language))
    findings = summary(members, table, language) if len(outlets) > 1 else []
    if not findings:
        st.write(t("compare.no_summary", language))
    for number, finding in enumerate(findings, 1):
        st.text(f"{number}. {finding.sentence}")
        with st.expander(f"{t('compare.evidence', language)} ({number})"):
            st.dataframe(
                pd.DataFrame(
                    [{t("col.outlet", language): e.outlet, "": e.snippet} for e in finding.evidence]
                ),
                hide_index=True,
                width="stretch",
            )

    for column, outlet in zip(st.columns(len(outlets)), outlets, strict=True):
        with column:
            _outlet_column(members, outlet, table, language)

    st.subheader(t("compare.measures", language))
    measure = st.selectbox(
        t("compare.measure", language),
        list(KEY_MEASURES),
        format_func=lambda m: t(f"measure.{m}", language),
        key="compare_measure",
    )
    chart_rows = table[table.feature == measure][["outlet", "value", "low", "high"]]
    if chart_rows.empty:
        st.caption(t("compare.no_measures", language))
    else:
        st.altair_chart(
            localised(interval_chart(chart_rows, colours, t(f"measure.{measure}", language)), language),
            width="stretch",
        )

    st.subheader(t("compare.frames", language))
    frames = frame_matrix(members, "generic").to_frame()
    frames["frame"] = [frame_name(f, language) for f in frames["frame"]]
    chart = frame_chart(frames, colours, t("compare.chart_frames", language))
    st.altair_chart(localised(chart, language), width="stretch")

    st.subheader(t("compare.wording", language))
    st.caption(t("compare.wording_note", language))
    table = word_choice_matrix(members).to_table()
    table["concept"] = [concept_name(concept, language) for concept in table["concept"]]
    st.dataframe(
        table.rename(columns={"concept": t("lex.concept", language)}), hide_index=True, width="stretch"
    )
