"""A self-contained HTML report of event comparisons that a teacher can hand out.

One section per event: the outlets' headlines, key measures with bootstrap 95 % intervals, the
word-choice table (concept × outlet → words chosen, quoted words marked), voices by camp, frame
profiles as inline SVG bars, tone toward actors, and coverage: shared information, omissions, the
figures outlets give (compared within the event, and across events at the end), passages they share
word for word and their wire credits. No scripts, no external files; every piece of article text is
escaped.
"""

from __future__ import annotations

from html import escape

from .compare.coverage import Coverage, coverage
from .compare.matrices import (
    EMPTY,
    actor_tone_matrix,
    frame_matrix,
    outlets_of,
    voices_matrix,
    word_choice_matrix,
)
from .compare.numbers import QuantityComparison, compare_quantities
from .compare.shared_copy import SharedPassage
from .compare.stats import compare_outlets
from .guide import guide_html
from .model import Doc
from .progress import Progress

KEY_MEASURES = {
    "tone.mean": "tone (own voice, −1…+1)",
    "emotive.loaded_per_1k": "loaded words per 1,000",
    "hedge.reportative_per_1k": "reportative “soll” per 1,000",
    "hedge.konjunktiv_i_per_1k": "Konjunktiv I per 1,000",
    "sourcing.quotes_per_1k": "quotes per 1,000 words",
    "readability.flesch_amstad": "Flesch-Amstad (higher = easier)",
}
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
    resamples: int = 200,
    title: str = "framing report",
    progress: Progress | None = None,
    guide: str | None = "de",
) -> str:
    """The whole report as one HTML string; ``progress`` counts the events rendered; ``guide`` is the
    language of the appended guide to the measures (None leaves it out)."""
    progress = progress or Progress.off()
    progress.total = len(events)
    outlets = outlets_of([doc for docs in events.values() for doc in docs])
    colours = {outlet: PALETTE[i % len(PALETTE)] for i, outlet in enumerate(outlets)}
    parts = [
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' "
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        "<p class='note'>Every number is computed from highlighted words (spans) that framing's JSON output "
        "lists; intervals are bootstrap 95 % intervals (sentences resampled for single articles).</p>",
    ]
    for name, docs in events.items():
        parts.append(_event_section(name, docs, colours, resamples))
        progress.update(1, name)
    parts.append(_figures_across(events))
    if guide:
        parts.append(guide_html(guide))
    parts.append("</body></html>")
    return "\n".join(parts)


def _event_section(name: str, docs: list[Doc], colours: dict[str, str], resamples: int) -> str:
    outlets = outlets_of(docs)
    html = [f"<section><h2>{_e(name)}</h2>", "<table><tr><th>outlet</th><th>headline</th><th>date</th></tr>"]
    for doc in docs:
        article = doc.article
        headline = _e(article.title or "(no headline)")
        html.append(
            f"<tr><td>{_e(article.outlet)}</td><td>{headline}</td><td>{_e(article.date or '')}</td></tr>"
        )
    html.append("</table>")
    table = compare_outlets(docs, list(KEY_MEASURES), resamples=resamples)
    html.append(_header("Key measures", "measure", outlets))
    for feature, label in KEY_MEASURES.items():
        cells = []
        for outlet in outlets:
            found = table[(table.outlet == outlet) & (table.feature == feature)]
            if found.empty:  # not German: not measured, so no number at all
                cells.append("<td class='note'>— (not a German text)</td>")
                continue
            row = found.iloc[0]
            interval = (
                f"<span class='ci'>[{row.low:.2f}, {row.high:.2f}]</span>" if row.low == row.low else ""
            )
            cells.append(f"<td>{row.value:.2f} {interval}</td>")
        html.append(f"<tr><td>{_e(label)}</td>{''.join(cells)}</tr>")
    html.append("</table>")
    html.append(_word_choice(docs, outlets))
    html.append(_voices(docs, outlets))
    html.append(_frames(docs, outlets, colours))
    html.append(_actor_tone(docs, outlets))
    html.append(_coverage(docs))
    html.append("</section>")
    return "\n".join(html)


def _coverage(docs: list[Doc]) -> str:
    """What each outlet carries and leaves out (shared units as a matrix, omissions as sentences), the
    figures it gives, and the copy it shares word for word, with wire credits."""
    result = coverage(docs)
    outlets = result.outlets
    matrix = result.matrix()
    html = [_header("Coverage: information shared by several outlets", "information unit", outlets)]
    for unit in sorted(result.shared_units(), key=lambda u: (-len(u.outlets), u.id)):
        cells = "".join(f"<td>{'✓' if matrix[unit.id][o] else '—'}</td>" for o in outlets)
        html.append(f"<tr><td>{_e(unit.label)}</td>{cells}</tr>")
    html.append("</table>")
    exclusive = ", ".join(f"{_e(o)} {len(units)}" for o, units in result.exclusives.items())
    html.append(f"<p class='note'>Units only one outlet carries: {exclusive}.</p>")
    if result.omissions:
        html.append("<h3>Left out</h3><ul>")
        html += [f"<li>{_e(omission.sentence('en'))}</li>" for omission in result.omissions]
        html.append("</ul>")
    html.append(_figures(result))
    html.append(_shared_copy(result, {doc.article.id: doc for doc in docs}))
    return "\n".join(html)


STATUS_NOTES = {
    "same": "the same figure (within 2 %)",
    "different years": "not a contradiction: the figures refer to different years ({years})",
    "differs": "possible contradiction: different figures for the same year ({years})",
}


def _comparisons(comparisons: list[QuantityComparison], event_of: dict[str, str] | None = None) -> str:
    """Each comparison: measure, unit and status in words, then one row per figure with its sentence."""
    html = []
    for comparison in comparisons:
        years = ", ".join(str(y) if y is not None else "year not given" for y in comparison.status_years())
        note = STATUS_NOTES[comparison.status].format(years=years)
        html.append(
            f"<p><b>{_e(comparison.measure)} ({_e(comparison.unit or '–')})</b>: "
            f"{_e(comparison.status)} — {_e(note)}</p>"
        )
        event_column = "<th>event</th>" if event_of else ""
        html.append(
            f"<table><tr>{event_column}<th>outlet</th><th>figure</th><th>year</th><th>sentence</th></tr>"
        )
        for value in comparison.values:
            event = f"<td>{_e(event_of.get(value.article, ''))}</td>" if event_of else ""
            year = value.year if value.year is not None else "—"
            html.append(
                f"<tr>{event}<td>{_e(value.outlet)}</td><td>{_e(value.text)}</td><td>{_e(year)}</td>"
                f"<td>{_e(value.sentence)}</td></tr>"
            )
        html.append("</table>")
    return "\n".join(html)


def _figures(result: Coverage) -> str:
    """The figures the outlets compare, then every measured figure per outlet."""
    html = ["<h3>Figures compared</h3>"]
    if result.number_comparisons:
        html.append(_comparisons(result.number_comparisons))
    else:
        html.append("<p class='note'>No measure that two outlets give a figure for.</p>")
    rows = []
    for placement in result.placement:
        figures = [
            f"{_e(q.measure)}: {_e(q.text)}" + _year_note(q.year, q.since)
            for q in result.quantities.get(placement.article, [])
        ]
        if figures:
            rows.append(f"<tr><td>{_e(placement.outlet)}</td><td>{'; '.join(figures)}</td></tr>")
    if rows:
        html.append("<table><tr><th>outlet</th><th>figures (measure: as written, year)</th></tr>")
        html += rows
        html.append("</table>")
    return "\n".join(html)


def _year_note(year: int | None, since: int | None) -> str:
    if year is not None:
        return f" ({year})"
    return f" (since {since})" if since is not None else ""


def _direction(passage: SharedPassage, docs: dict[str, Doc]) -> str:
    dates = {
        article: (docs[article].article.date if article in docs else None) or "no date"
        for article in (passage.a_article, passage.b_article)
    }
    a = f"{passage.a_outlet} ({dates[passage.a_article]})"
    b = f"{passage.b_outlet} ({dates[passage.b_article]})"
    if passage.direction == "a→b":
        return f"{a} first, then {b}"
    if passage.direction == "b→a":
        return f"{b} first, then {a}"
    return f"unknown: {a}, {b}"


def _shared_copy(result: Coverage, docs: dict[str, Doc]) -> str:
    """Passages two articles share word for word, then each article's reuse share and wire credits."""
    html = ["<h3>Shared copy (8 or more words word for word)</h3>"]
    if result.shared:
        html.append(
            "<table><tr><th>outlets</th><th>words</th><th>who was first</th><th>inside quotes</th>"
            "<th>passage</th></tr>"
        )
        for passage in result.shared:
            quoted = f"{passage.quoted_share:.0%}" + (
                " (both quote the same statement)" if passage.quoted_share >= 0.5 else ""
            )
            html.append(
                f"<tr><td>{_e(passage.a_outlet)} ↔ {_e(passage.b_outlet)}</td><td>{passage.words}</td>"
                f"<td>{_e(_direction(passage, docs))}</td><td>{_e(quoted)}</td>"
                f"<td>{_e(passage.text)}</td></tr>"
            )
        html.append("</table>")
    else:
        html.append("<p class='note'>No shared passages.</p>")
    html.append(
        "<table><tr><th>outlet</th><th>headline</th><th>words shared</th>"
        "<th>wire credits (agency, kind: evidence)</th></tr>"
    )
    for placement in result.placement:
        credits = "; ".join(
            f"{_e(c.agency)}, {_e(c.kind)}: {_e(c.evidence)}"
            for c in result.credits.get(placement.article, [])
        )
        html.append(
            f"<tr><td>{_e(placement.outlet)}</td><td>{_e(placement.headline or '(no headline)')}</td>"
            f"<td>{result.reuse.get(placement.article, 0.0):.0%}</td><td>{credits or EMPTY}</td></tr>"
        )
    html.append("</table>")
    return "\n".join(html)


def _figures_across(events: dict[str, list[Doc]]) -> str:
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
            "<section class='across'><h2>Figures across events</h2>",
            _comparisons(comparisons, event_of),
            "</section>",
        ]
    )


def _header(title: str, first: str, outlets: list[str]) -> str:
    return (
        f"<h3>{_e(title)}</h3><table><tr><th>{_e(first)}</th>"
        + "".join(f"<th>{_e(o)}</th>" for o in outlets)
        + "</tr>"
    )


def _word_choice(docs: list[Doc], outlets: list[str]) -> str:
    matrix = word_choice_matrix(docs)
    html = [_header("Word choice", "concept", outlets)]
    for concept in matrix.concepts:
        cells = []
        for outlet in outlets:
            cell = matrix.cell(concept, outlet)
            own = [f"{_e(w)} ×{n}" for w, n in sorted(cell.own.items())]
            quoted = [f"<span class='q'>„{_e(w)}“ ×{n}</span>" for w, n in sorted(cell.quoted.items())]
            cells.append(f"<td>{', '.join(own + quoted) or EMPTY}</td>")
        html.append(f"<tr><td>{_e(concept)}</td>{''.join(cells)}</tr>")
    html.append(
        "</table><p class='note'>Italics in „…“: the word appears inside a quote, "
        "not in the outlet's own voice.</p>"
    )
    return "\n".join(html)


def _voices(docs: list[Doc], outlets: list[str]) -> str:
    matrix = voices_matrix(docs)
    html = [_header("Voices by camp (quotes, quoted words)", "camp", outlets)]
    for camp in matrix.camps:
        cells = "".join(f"<td>{_e(matrix.cell(camp, o).text())}</td>" for o in outlets)
        html.append(f"<tr><td>{_e(camp)}</td>{cells}</tr>")
    html.append("</table>")
    return "\n".join(html)


def _frames(docs: list[Doc], outlets: list[str], colours: dict[str, str]) -> str:
    matrix = frame_matrix(docs, "generic")
    html = ["<h3>Generic frames (share of framed sentences)</h3>"]
    for outlet in outlets:
        bars, y = [], 0
        for frame in matrix.frames:
            share = matrix.shares[frame][outlet]
            label = frame.replace("_", " ")
            bars.append(
                f"<text x='0' y='{y + 12}' font-size='12'>{_e(label)}</text>"
                f"<rect x='170' y='{y + 2}' width='{300 * share:.1f}' height='12' fill='{colours[outlet]}'/>"
                f"<text x='{175 + 300 * share:.1f}' y='{y + 12}' font-size='11'>{share:.0%}</text>"
            )
            y += 18
        html.append(
            f"<figure><figcaption>{_e(outlet)}</figcaption>"
            f"<svg role='img' aria-label='{_e(outlet)} frame profile' "
            f"width='520' height='{y + 4}' xmlns='http://www.w3.org/2000/svg'>{''.join(bars)}</svg></figure>"
        )
    return "\n".join(html)


def _actor_tone(docs: list[Doc], outlets: list[str]) -> str:
    matrix = actor_tone_matrix(docs)
    if not matrix.actors:
        return ""
    html = [_header("Tone toward actors (own voice, −1…+1; n = sentences)", "actor", outlets)]
    for actor in matrix.actors:
        cells = "".join(
            f"<td>{_e(cell.text()) if (cell := matrix.cell(actor, o)) else EMPTY}</td>" for o in outlets
        )
        html.append(f"<tr><td>{_e(actor)}</td>{cells}</tr>")
    html.append("</table>")
    return "\n".join(html)
