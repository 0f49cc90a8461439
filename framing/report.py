"""A self-contained HTML report of event comparisons that a teacher can hand out.

One section per event: the outlets' headlines, key measures with bootstrap 95 % intervals, the
word-choice table (concept × outlet → words chosen, quoted words marked), voices by source type
(with parties) and by topic camp, frame profiles as inline SVG bars, tone toward actors, and
coverage: shared information, omissions, the figures outlets give (compared within the event, and
across events at the end), passages they share word for word and their wire credits. No scripts,
no external files; every piece of article text is escaped.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from .actors import actor_name
from .compare.coverage import Coverage, coverage
from .compare.events import event_digest
from .compare.matrices import (
    EMPTY,
    VoiceCell,
    actor_tone_matrix,
    frame_matrix,
    outlets_of,
    voices_matrix,
    word_choice_matrix,
)
from .compare.numbers import QuantityComparison, compare_quantities
from .compare.shared_copy import SharedPassage
from .compare.stats import DEFAULT_RESAMPLES, compare_outlets
from .guide import guide_html
from .i18n import (
    camp_name,
    comparison_explanation,
    comparison_title,
    frame_name,
    measure_label,
    passage_dates,
    percent,
    source_name,
    t,
)
from .measures.wording import concept_name
from .model import Doc
from .progress import Progress

TOPIC_CUES = 4  # topic cue words named beside a concept in the word-choice table
KEY_MEASURES = (  # named by framing.i18n ("measure.<feature>")
    "tone.mean",
    "emotive.loaded_per_1k",
    "hedge.reportative_per_1k",
    "hedge.konjunktiv_i_per_1k",
    "sourcing.quotes_per_1k",
    "readability.flesch_amstad",
)
PALETTE = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
]  # Okabe-Ito
STYLE = """
body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0;font-size:.92em}th,td{border:1px solid #ccc;padding:.3em .6em;
vertical-align:top;text-align:left}th{background:#f3f3f3}.q{font-style:italic}.ci{color:#666;font-size:.85em}
h2{border-bottom:2px solid #0072B2;padding-bottom:.2em}.note{color:#555;font-size:.9em}
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def render_report(
    events: dict[str, list[Doc]],
    resamples: int = DEFAULT_RESAMPLES,
    title: str = "framing report",
    progress: Progress | None = None,
    guide: str | None = "de",
    language: str = "de",
) -> str:
    """The whole report as one HTML string, its labels in ``language`` ("de" or "en"); ``progress``
    counts the events rendered; ``guide`` is the language of the appended guide to the measures
    (None leaves it out)."""
    progress = progress or Progress.off()
    progress.total = len(events)
    outlets = outlets_of([doc for docs in events.values() for doc in docs])
    colours = {outlet: PALETTE[i % len(PALETTE)] for i, outlet in enumerate(outlets)}
    parts = [
        f"<!DOCTYPE html><html lang='{_e(language)}'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' "
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f"<p class='note'>{_e(t('report.intro', language))}</p>",
    ]
    for name, docs in events.items():
        parts.append(_event_section(name, docs, colours, resamples, language))
        progress.update(1, name)
    parts.append(_figures_across(events, language))
    if guide:
        parts.append(guide_html(guide))
    parts.append("</body></html>")
    return "\n".join(parts)


def _event_section(name: str, docs: list[Doc], colours: dict[str, str], resamples: int, language: str) -> str:
    outlets = outlets_of(docs)
    columns = "".join(f"<th>{_e(t(f'cov.col.{c}', language))}</th>" for c in ("outlet", "headline", "date"))
    html = [f"<section><h2>{_e(name)}</h2>"]
    digest = event_digest(docs, language)
    if digest:  # a briefing or podcast of several stories, kept out of the grouping: say so
        html.append(f"<p class='note'>{_e(t('event.digest_reason', language, reason=digest))}</p>")
    html.append(f"<table><tr>{columns}</tr>")
    for doc in docs:
        article = doc.article
        headline = _e(article.title or t("no_headline", language))
        html.append(
            f"<tr><td>{_e(article.outlet)}</td><td>{headline}</td><td>{_e(article.date or '')}</td></tr>"
        )
    html.append("</table>")
    table = compare_outlets(docs, list(KEY_MEASURES), resamples=resamples)
    html.append(_header(t("report.key_measures", language), t("compare.measure", language), outlets))
    for feature in KEY_MEASURES:
        cells = []
        for outlet in outlets:
            found = table[(table.outlet == outlet) & (table.feature == feature)]
            if found.empty:  # not German: not measured, so no number at all
                cells.append(f"<td class='note'>{_e(t('report.not_german', language))}</td>")
                continue
            row = found.iloc[0]
            interval = (
                f"<span class='ci'>[{row.low:.2f}, {row.high:.2f}]</span>" if row.low == row.low else ""
            )
            cells.append(f"<td>{row.value:.2f} {interval}</td>")
        html.append(f"<tr><td>{_e(t(f'measure.{feature}', language))}</td>{''.join(cells)}</tr>")
    html.append("</table>")
    html.append(_word_choice(docs, outlets, language))
    html.append(_voices(docs, outlets, language))
    html.append(_frames(docs, outlets, colours, language))
    html.append(_actor_tone(docs, outlets, language))
    html.append(_coverage(docs, language))
    html.append("</section>")
    return "\n".join(html)


def _coverage(docs: list[Doc], language: str) -> str:
    """What each outlet carries and leaves out (shared units as a matrix, omissions as sentences), the
    figures it gives, and the copy it shares word for word, with wire credits."""
    result = coverage(docs)
    outlets = result.outlets
    matrix = result.matrix()
    html = [_header(t("report.coverage", language), t("report.unit", language), outlets)]
    for unit in sorted(result.shared_units(), key=lambda u: (-len(u.outlets), u.id)):
        cells = "".join(f"<td>{'✓' if matrix[unit.id][o] else '—'}</td>" for o in outlets)
        html.append(f"<tr><td>{_e(unit.label)}</td>{cells}</tr>")
    html.append("</table>")
    exclusive = ", ".join(f"{o} {len(units)}" for o, units in result.exclusives.items())
    html.append(f"<p class='note'>{_e(t('report.exclusives', language, counts=exclusive))}</p>")
    if result.missing:  # ranked: what most outlets carry, and put first, comes first
        html.append(f"<h3>{_e(t('report.left_out', language))}</h3><ol>")
        for entry in result.missing:
            carried = entry.carried(len(outlets), language)
            html.append(f"<li>„{_e(entry.label)}“ <span class='note'>{_e(carried)}</span></li>")
        html.append("</ol>")
    html.append(_figures(result, language))
    html.append(_shared_copy(result, {doc.article.id: doc for doc in docs}, language))
    return "\n".join(html)


def _comparisons(
    comparisons: list[QuantityComparison], language: str, event_of: dict[str, str] | None = None
) -> str:
    """Each comparison: measure, unit and status in words, then one row per figure with its sentence."""
    html = []
    for comparison in comparisons:
        html.append(
            f"<p><b>{_e(comparison_title(comparison, language))}</b> — "
            f"{_e(comparison_explanation(comparison, language))}</p>"
        )
        columns = (["col.event"] if event_of else []) + [
            f"cov.col.{c}" for c in ("outlet", "figure", "year", "sentence")
        ]
        html.append(f"<table><tr>{''.join(f'<th>{_e(t(c, language))}</th>' for c in columns)}</tr>")
        for value in comparison.values:
            event = f"<td>{_e(event_of.get(value.article, ''))}</td>" if event_of else ""
            year = value.year if value.year is not None else "—"
            html.append(
                f"<tr>{event}<td>{_e(value.outlet)}</td><td>{_e(value.text)}</td><td>{_e(year)}</td>"
                f"<td>{_e(value.sentence)}</td></tr>"
            )
        html.append("</table>")
    return "\n".join(html)


def _figures(result: Coverage, language: str) -> str:
    """The figures the outlets compare, then every measured figure per outlet."""
    html = [f"<h3>{_e(t('report.figures_compared', language))}</h3>"]
    if result.number_comparisons:
        html.append(_comparisons(result.number_comparisons, language))
    else:
        html.append(f"<p class='note'>{_e(t('cov.no_numbers', language))}</p>")
    rows = []
    for placement in result.placement:
        figures = [
            f"{_e(measure_label(q.measure or '', language))}: {_e(q.text)}"
            + _year_note(q.year, q.since, language)
            for q in result.quantities.get(placement.article, [])
        ]
        if figures:
            rows.append(f"<tr><td>{_e(placement.outlet)}</td><td>{'; '.join(figures)}</td></tr>")
    if rows:
        html.append(
            f"<table><tr><th>{_e(t('cov.col.outlet', language))}</th>"
            f"<th>{_e(t('report.figures', language))}</th></tr>"
        )
        html += rows
        html.append("</table>")
    return "\n".join(html)


def _year_note(year: int | None, since: int | None, language: str) -> str:
    if year is not None:
        return f" ({year})"
    return f" ({_e(t('cov.since', language, year=since))})" if since is not None else ""


def _direction(passage: SharedPassage, docs: dict[str, Doc], language: str) -> str:
    a_date, b_date = passage_dates(passage, docs, language)
    a = f"{passage.a_outlet} ({a_date})"
    b = f"{passage.b_outlet} ({b_date})"
    if passage.direction == "a→b":
        return t("report.first_then", language, first=a, second=b)
    if passage.direction == "b→a":
        return t("report.first_then", language, first=b, second=a)
    return t("report.order_unknown", language, a=a, b=b)


def _shared_copy(result: Coverage, docs: dict[str, Doc], language: str) -> str:
    """Passages two articles share word for word, then each article's reuse share and wire credits."""
    html = [f"<h3>{_e(t('report.shared_copy', language))}</h3>"]
    if result.shared:
        columns = ("report.outlets", "col.words", "report.first", "report.inside_quotes", "report.passage")
        html.append(f"<table><tr>{''.join(f'<th>{_e(t(c, language))}</th>' for c in columns)}</tr>")
        for passage in result.shared:
            quoted = percent(passage.quoted_share, language) + (
                t("report.same_statement", language) if passage.quoted_share >= 0.5 else ""
            )
            html.append(
                f"<tr><td>{_e(passage.a_outlet)} ↔ {_e(passage.b_outlet)}</td><td>{passage.words}</td>"
                f"<td>{_e(_direction(passage, docs, language))}</td><td>{_e(quoted)}</td>"
                f"<td>{_e(passage.text)}</td></tr>"
            )
        html.append("</table>")
    else:
        html.append(f"<p class='note'>{_e(t('cov.no_shared_copy', language))}</p>")
    credit_columns = ("cov.col.outlet", "cov.col.headline", "cov.col.reuse", "report.credits")
    html.append(f"<table><tr>{''.join(f'<th>{_e(t(c, language))}</th>' for c in credit_columns)}</tr>")
    for placement in result.placement:
        credits = "; ".join(
            f"{_e(c.agency)}, {_e(t(f'cov.kind.{c.kind}', language))}: {_e(c.evidence)}"
            for c in result.credits.get(placement.article, [])
        )
        headline = placement.headline or t("no_headline", language)
        html.append(
            f"<tr><td>{_e(placement.outlet)}</td><td>{_e(headline)}</td>"
            f"<td>{percent(result.reuse.get(placement.article, 0.0), language)}</td>"
            f"<td>{credits or EMPTY}</td></tr>"
        )
    html.append("</table>")
    return "\n".join(html)


def _figures_across(events: dict[str, list[Doc]], language: str) -> str:
    """Figures that outlets give for the same measure in different events (often different years)."""
    if len(events) < 2:
        return ""
    event_of = {doc.article.id: name for name, docs in events.items() for doc in docs}
    comparisons = [
        comparison
        for comparison in compare_quantities([doc for docs in events.values() for doc in docs])
        if len({event_of[value.article] for value in comparison.values}) > 1
    ]
    if not comparisons:
        return ""
    return "\n".join(
        [
            f"<section class='across'><h2>{_e(t('report.figures_across', language))}</h2>",
            _comparisons(comparisons, language, event_of),
            "</section>",
        ]
    )


def _header(title: str, first: str, outlets: list[str]) -> str:
    return (
        f"<h3>{_e(title)}</h3><table><tr><th>{_e(first)}</th>"
        + "".join(f"<th>{_e(o)}</th>" for o in outlets)
        + "</tr>"
    )


def _word_choice(docs: list[Doc], outlets: list[str], language: str) -> str:
    matrix = word_choice_matrix(docs)
    html = [_header(t("report.word_choice", language), t("report.concept", language), outlets)]
    for concept in matrix.concepts:
        cells = []
        for outlet in outlets:
            cell = matrix.cell(concept, outlet)
            own = [f"{_e(w)} ×{n}" for w, n in sorted(cell.own.items())]
            quoted = [f"<span class='q'>„{_e(w)}“ ×{n}</span>" for w, n in sorted(cell.quoted.items())]
            cells.append(f"<td>{', '.join(own + quoted) or EMPTY}</td>")
        cues = ", ".join(
            word for word, _ in matrix.topic_cues.get(concept, Counter()).most_common(TOPIC_CUES)
        )
        topic = (
            f"<br><span class='note'>{_e(t('report.topic_cues', language, cues=cues))}</span>" if cues else ""
        )
        html.append(f"<tr><td>{_e(concept_name(concept, language))}{topic}</td>{''.join(cells)}</tr>")
    html.append(f"</table><p class='note'>{_e(t('report.quoted_note', language))}</p>")
    return "\n".join(html)


def _voices(docs: list[Doc], outlets: list[str], language: str) -> str:
    """Voices by general source type (with parties), then by topic camp, the finer layer."""
    html = []
    for by, title, first, name in (
        ("source", "report.voices_source", "compare.source", source_name),
        ("camp", "report.voices", "compare.camp", camp_name),
    ):
        matrix = voices_matrix(docs, by)
        html.append(_header(t(title, language), t(first, language), outlets))
        for group in matrix.groups:
            cells = "".join(f"<td>{_e(_voice_cell(matrix.cell(group, o), language))}</td>" for o in outlets)
            html.append(f"<tr><td>{_e(name(group, language))}</td>{cells}</tr>")
        html.append("</table>")
    return "\n".join(html)


def _voice_cell(cell: VoiceCell, language: str) -> str:
    if not cell.quotes:
        return "0"
    return t("report.voice_cell", language, quotes=cell.quotes, words=cell.words) + cell.party_text(": ")


def _frames(docs: list[Doc], outlets: list[str], colours: dict[str, str], language: str) -> str:
    matrix = frame_matrix(docs, "generic")
    html = [f"<h3>{_e(t('report.frames', language))}</h3>"]
    for outlet in outlets:
        bars, y = [], 0
        for frame in matrix.frames:
            share = matrix.shares[frame][outlet]
            label = frame_name(frame, language)
            bars.append(
                f"<text x='0' y='{y + 12}' font-size='12'>{_e(label)}</text>"
                f"<rect x='170' y='{y + 2}' width='{300 * share:.1f}' height='12' fill='{colours[outlet]}'/>"
                f"<text x='{175 + 300 * share:.1f}' y='{y + 12}' font-size='11'>"
                f"{percent(share, language)}</text>"
            )
            y += 18
        html.append(
            f"<figure><figcaption>{_e(outlet)}</figcaption>"
            f"<svg role='img' aria-label='{_e(t('report.frame_profile', language, outlet=outlet))}' "
            f"width='520' height='{y + 4}' xmlns='http://www.w3.org/2000/svg'>{''.join(bars)}</svg></figure>"
        )
    return "\n".join(html)


def _actor_tone(docs: list[Doc], outlets: list[str], language: str) -> str:
    matrix = actor_tone_matrix(docs)
    if not matrix.actors:
        return ""
    html = [_header(t("report.actor_tone", language), t("compare.actor", language), outlets)]
    for actor in matrix.actors:
        cells = "".join(
            f"<td>{_e(cell.text()) if (cell := matrix.cell(actor, o)) else EMPTY}</td>" for o in outlets
        )
        html.append(f"<tr><td>{_e(actor_name(actor))}</td>{cells}</tr>")
    html.append("</table>")
    return "\n".join(html)
