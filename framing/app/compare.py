"""The compare page: one column per outlet of an event (headline, measures with intervals, voices by
source type and by topic camp, tone toward actors), frame profiles and word choice, and a
plain-language summary of the biggest differences with the evidence behind each sentence."""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from ..actors import actor_name
from ..compare.coverage import join_names
from ..compare.matrices import actor_tone_matrix, frame_matrix, voices_matrix, word_choice_matrix
from ..compare.stats import DEFAULT_RESAMPLES, compare_outlets
from ..i18n import camp_name, decimal, frame_name, how_often, source_name, t
from ..measures import MEASURED_LANGUAGES
from ..measures.emotive import LOADED
from ..measures.readability import LONG_SENTENCE_WORDS
from ..measures.wording import concept_name
from ..model import Doc, Span
from ..report import KEY_MEASURES
from .analysis import cache_keys
from .charts import frame_chart, interval_chart, localised, outlet_colours
from .literal import TABLE_STYLE, folded_list, html_table, literal
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


def _measure_spans(doc: Doc, measure: str, positive: bool = True) -> list[Span]:
    """The spans behind a measure; for tone the positive or the negative own-voice words."""

    def own(span: Span) -> bool:
        return span.attrs.get("voice", "own") == "own"

    rules = {
        "tone.mean": lambda s: s.layer == "tone" and own(s) and (s.score or 0) * (1 if positive else -1) > 0,
        "emotive.loaded_per_1k": lambda s: s.layer == "emotive" and s.label in LOADED and own(s),
        "hedge.reportative_per_1k": lambda s: s.layer == "hedge" and s.label == "reportative",
        "hedge.konjunktiv_i_per_1k": lambda s: s.layer == "hedge" and s.label == "konjunktiv_i",
        "sourcing.quotes_per_1k": lambda s: s.layer == "quote",
        "readability.flesch_amstad": lambda s: s.layer == "readability" and s.label == "long_sentence",
    }
    rule = rules.get(measure)
    return [s for s in doc.spans if rule(s)] if rule else []


def sentences_with(docs: list[Doc], spans_of: Callable[[Doc], list[Span]]) -> tuple[int, int]:
    """(sentences holding at least one of the spans, all sentences) over ``docs``: the size of a
    difference in a unit a class understands ("one sentence in eight")."""
    hits = total = 0
    for doc in docs:
        starts = [sentence.start for sentence in doc.sentences]
        hits += len({bisect_right(starts, span.start) - 1 for span in spans_of(doc)} - {-1})
        total += len(starts)
    return hits, total


def _evidence(docs: list[Doc], outlet: str, spans_of) -> list[Evidence]:
    return [
        Evidence(outlet, snippet(doc, span.start, span.end))
        for doc in docs
        if (doc.article.outlet or "?") == outlet
        for span in spans_of(doc)
    ][:12]


def _others(others: pd.DataFrame, language: str) -> str:
    """The other outlets' values: each by name for up to three outlets, else their range."""
    if len(others) <= 3:
        return ", ".join(f"{o.outlet} {decimal(o.value, language)}" for o in others.itertuples())
    low, high = (decimal(value, language) for value in (others.value.min(), others.value.max()))
    return t("summary.range", language, count=len(others), low=low, high=high)


def measure_findings(docs: list[Doc], table: pd.DataFrame, language: str) -> list[Finding]:
    """One sentence per measure whose difference interval excludes zero: the outlet that differs most,
    what the difference means in words and how often it occurs in its sentences against the others'
    ("in about one sentence in 8"), then the measure's values. Evidence: the outlet's own words when it
    has more, the others' words when it has less."""
    strongest: dict[str, Finding] = {}
    for row in table.itertuples():
        if pd.isna(getattr(row, "difference_low", float("nan"))):
            continue
        if row.difference_low <= 0 <= row.difference_high:
            continue  # the interval of the difference includes zero: no clear difference
        others = table[(table.feature == row.feature) & (table.outlet != row.outlet)]
        more = row.difference > 0

        def spans_of(doc: Doc, feature: str = row.feature, positive: bool = more) -> list[Span]:
            return _measure_spans(doc, feature, positive)

        own_docs = [d for d in docs if (d.article.outlet or "?") == row.outlet]
        rest_docs = [d for d in docs if (d.article.outlet or "?") in set(others.outlet)]
        case = "count" if row.feature == "readability.flesch_amstad" else "share"
        sentence = t(
            f"summary.{'more' if more else 'less'}.{row.feature}",
            language,
            outlet=row.outlet,
            own=how_often(*sentences_with(own_docs, spans_of), language, case),
            rest=how_often(*sentences_with(rest_docs, spans_of), language, case),
            words=LONG_SENTENCE_WORDS,
        )
        sentence += " " + t(
            "summary.figure",
            language,
            measure=t(f"measure.{row.feature}", language),
            value=decimal(row.value, language),
            others=_others(others, language),
        )
        scale = max(abs(row.value), *(abs(v) for v in others.value), 1e-9)
        shown = [row.outlet] if more else list(others.outlet)
        evidence = [e for outlet in shown for e in _evidence(docs, outlet, spans_of)]
        finding = Finding(sentence, abs(row.difference) / scale, evidence)
        if row.feature not in strongest or finding.weight > strongest[row.feature].weight:
            strongest[row.feature] = finding
    return list(strongest.values())


def voice_findings(docs: list[Doc], language: str) -> list[Finding]:
    """A source type (or topic camp) that two outlets quote and others do not: one sentence per group
    naming every outlet without it, weighted by the share of outlets that quote it."""
    findings = []
    outlets = sorted({d.article.outlet or "?" for d in docs})
    for by, name, factor in (("source", source_name, 1.0), ("camp", camp_name, 0.9)):
        matrix = voices_matrix(docs, by)
        for group in matrix.groups:
            quoting = [o for o in matrix.outlets if matrix.cell(group, o).quotes > 0]
            silent = [o for o in matrix.outlets if o not in quoting]
            if len(quoting) < 2 or not silent or group in UNSPECIFIC_GROUPS:
                continue
            sentence = t(
                f"summary.{by}_missing{'_many' if len(silent) > 1 else ''}",
                language,
                outlet=join_names(silent, language),
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
            findings.append(Finding(sentence, factor * len(quoting) / len(outlets), evidence))
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


def measure_table(keys: tuple[str, ...], docs: list[Doc]) -> pd.DataFrame:
    """Key measures with bootstrap intervals for one event's articles, cached across sessions by the
    articles' keys (the MAX_TABLES most recent)."""
    with _tables_lock:
        table = _tables.get(keys)
    if table is None:
        table = compare_outlets(docs, list(KEY_MEASURES), resamples=DEFAULT_RESAMPLES)
        with _tables_lock:
            _tables[keys] = table
            while len(_tables) > MAX_TABLES:
                del _tables[next(iter(_tables))]
    return table


def _interval(row, language: str) -> str:
    """ "39,70" with its interval "[5,05; 7,10]" on a second line (German) or "[5.05, 7.10]"."""
    separator = "; " if language == "de" else ", "
    low, high = decimal(row.low, language), decimal(row.high, language)
    return f"{decimal(row.value, language)}\n[{low}{separator}{high}]"


def measures_table(outlets: list[str], table: pd.DataFrame, language: str) -> pd.DataFrame:
    """One row per outlet, one column per key measure: the value with its 95 % interval below it.
    Outlets grow downwards, so 2 or 12 of them fit the page alike; unmeasured outlets get "—"."""
    cells = {(r.outlet, r.feature): _interval(r, language) for r in table.itertuples()}
    return pd.DataFrame(
        [[cells.get((o, m), t("compare.none", language)) for m in KEY_MEASURES] for o in outlets],
        index=pd.Index(outlets, name=t("col.outlet", language)),
        columns=[t(f"measure.{m}", language) for m in KEY_MEASURES],
    )


def headlines_table(docs: list[Doc], outlets: list[str], language: str) -> pd.DataFrame:
    """One row per outlet: its number of articles and their headlines (one per line)."""
    rows = []
    for outlet in outlets:
        own = [d for d in docs if (d.article.outlet or "?") == outlet]
        titles = [d.article.title or t("no_headline", language) for d in own]
        key = "compare.articles" if len(titles) != 1 else "compare.article"
        rows.append([t(key, language, count=len(titles)), " · ".join(titles)])
    columns = [t("compare.articles_column", language), t("compare.headline", language)]
    return pd.DataFrame(rows, index=pd.Index(outlets, name=t("col.outlet", language)), columns=columns)


def voices_table(docs: list[Doc], outlets: list[str], by: str, language: str) -> pd.DataFrame:
    """One row per outlet, one column per source type (or camp) quoted in the event: "quotes (words)",
    the speakers' parties below where named."""
    matrix = voices_matrix(docs, by)
    name = source_name if by == "source" else camp_name

    def cell(group: str, outlet: str) -> str:
        voice = matrix.cell(group, outlet)
        if not voice.quotes:
            return "–"
        text = t("report.voice_cell", language, quotes=voice.quotes, words=voice.words)
        return f"{text}\n{voice.party_text()}" if voice.parties else text

    return pd.DataFrame(
        [[cell(group, outlet) for group in matrix.groups] for outlet in outlets],
        index=pd.Index(outlets, name=t("col.outlet", language)),
        columns=[name(group, language) for group in matrix.groups],
    )


def actor_tone_table(docs: list[Doc], outlets: list[str], language: str) -> pd.DataFrame:
    """One row per outlet, one column per actor: own-voice tone toward it and the sentences it rests on."""
    tone = actor_tone_matrix(docs)

    def cell(actor: str, outlet: str) -> str:
        found = tone.cell(actor, outlet)
        if not found:
            return "–"
        sign = "+" if found.tone > 0 else ""
        key = "compare.in_sentences" if found.sentences != 1 else "compare.in_sentence"
        sentences = t(key, language, n=found.sentences)
        return f"{sign}{decimal(found.tone, language)}\n{sentences}"

    return pd.DataFrame(
        [[cell(actor, outlet) for actor in tone.actors] for outlet in outlets],
        index=pd.Index(outlets, name=t("col.outlet", language)),
        columns=[actor_name(actor) for actor in tone.actors],
    )


def word_choice_table(docs: list[Doc], outlets: list[str], language: str) -> pd.DataFrame:
    """One row per outlet, one column per concept named in the event: the names it chose with their
    counts, quoted names in „…“."""
    matrix = word_choice_matrix(docs)
    return pd.DataFrame(
        [[matrix.cell(concept, outlet).text() for concept in matrix.concepts] for outlet in outlets],
        index=pd.Index(outlets, name=t("col.outlet", language)),
        columns=[concept_name(concept, language) for concept in matrix.concepts],
    )


def summary_html(findings: list[Finding], language: str) -> str:
    """The summary as a numbered list; under each sentence its evidence, folded ("Belege (12)"),
    as a table of outlet and words in context."""
    columns = [t("col.outlet", language), t("compare.in_context", language)]
    return folded_list(
        [
            (
                finding.sentence,
                "",
                f"{t('compare.evidence', language)} ({len(finding.evidence)})",
                pd.DataFrame([[e.outlet, e.snippet] for e in finding.evidence], columns=columns),
            )
            for finding in findings
        ]
    )


def show_table(table: pd.DataFrame, index: bool = True) -> None:
    """A table that wraps its cells to the page instead of cutting them (see literal.html_table)."""
    st.html(TABLE_STYLE + html_table(table, index=index))


def render(docs: list[Doc], language: str) -> None:
    st.header(t("page.compare", language))
    members = choose_event(docs, language, "compare_event")
    if members is not None:
        render_event(members, [d.article.outlet or "?" for d in docs], language)


def render_event(members: list[Doc], corpus_outlets: list[str], language: str) -> None:
    """The comparison of one event's articles; ``corpus_outlets`` give each outlet its colour."""
    outlets = sorted({d.article.outlet or "?" for d in members})
    colours = outlet_colours(corpus_outlets)
    if len(outlets) < 2:
        st.info(t("compare.one_outlet", language))
    unmeasured = [d for d in members if d.article.language not in MEASURED_LANGUAGES]
    if unmeasured:
        names = ", ".join(f"{d.article.outlet or '?'} ({d.article.language})" for d in unmeasured)
        st.warning(t("compare.not_measured", language, articles=literal(names)))
    table = measure_table(cache_keys(members), members)

    st.subheader(t("compare.summary", language))
    findings = summary(members, table, language) if len(outlets) > 1 else []
    if findings:
        st.html(summary_html(findings, language))
    else:
        st.write(t("compare.no_summary", language))

    st.subheader(t("compare.headlines", language))
    show_table(headlines_table(members, outlets, language))
    st.subheader(t("compare.measures", language))
    show_table(measures_table(outlets, table, language))
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
        chart = interval_chart(chart_rows, colours, t(f"measure.{measure}", language))
        st.altair_chart(localised(chart, language), width="stretch")

    for by, title in (("source", "compare.voices_source"), ("camp", "compare.voices")):
        st.subheader(t(title, language))
        voices = voices_table(members, outlets, by, language)
        if voices.columns.empty:
            st.caption(t("cov.no_voice", language))
        else:
            show_table(voices)
    tone = actor_tone_table(members, outlets, language)
    if not tone.columns.empty:
        st.subheader(t("compare.actor_tone", language))
        show_table(tone)

    st.subheader(t("compare.frames", language))
    frames = frame_matrix(members, "generic").to_frame()
    frames["frame"] = [frame_name(f, language) for f in frames["frame"]]
    chart = frame_chart(frames, colours, t("compare.chart_frames", language))
    st.altair_chart(localised(chart, language), width="stretch")

    st.subheader(t("compare.wording", language))
    st.caption(t("compare.wording_note", language))
    show_table(word_choice_table(members, outlets, language))
