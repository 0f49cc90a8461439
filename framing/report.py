"""A self-contained HTML report of event comparisons that a teacher can hand out.

One section per event: the outlets' headlines, key measures with bootstrap 95 % intervals, the
word-choice table (concept × outlet → words chosen, quoted words marked), voices by camp, frame
profiles as inline SVG bars, and tone toward actors. No scripts, no external files; every piece of
article text is escaped.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape

from .compare.stats import compare_outlets
from .measures.wording import variant_table
from .model import Doc

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


def render_report(events: dict[str, list[Doc]], resamples: int = 200, title: str = "framing report") -> str:
    """The whole report as one HTML string."""
    outlets = sorted({doc.article.outlet or "unknown" for docs in events.values() for doc in docs})
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
    parts.append("</body></html>")
    return "\n".join(parts)


def _event_section(name: str, docs: list[Doc], colours: dict[str, str], resamples: int) -> str:
    outlets = sorted({doc.article.outlet or "unknown" for doc in docs})
    html = [f"<section><h2>{_e(name)}</h2>", "<table><tr><th>outlet</th><th>headline</th><th>date</th></tr>"]
    for doc in docs:
        article = doc.article
        headline = _e(article.title or "(no headline)")
        html.append(
            f"<tr><td>{_e(article.outlet)}</td><td>{headline}</td><td>{_e(article.date or '')}</td></tr>"
        )
    html.append("</table>")
    table = compare_outlets(docs, list(KEY_MEASURES), resamples=resamples)
    html.append(
        "<h3>Key measures</h3><table><tr><th>measure</th>"
        + "".join(f"<th>{_e(o)}</th>" for o in outlets)
        + "</tr>"
    )
    for feature, label in KEY_MEASURES.items():
        cells = []
        for outlet in outlets:
            row = table[(table.outlet == outlet) & (table.feature == feature)].iloc[0]
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
    html.append("</section>")
    return "\n".join(html)


def _word_choice(docs: list[Doc], outlets: list[str]) -> str:
    table = variant_table(docs)
    html = [
        "<h3>Word choice</h3><table><tr><th>concept</th>"
        + "".join(f"<th>{_e(o)}</th>" for o in outlets)
        + "</tr>"
    ]
    for concept, by_outlet in sorted(table.items()):
        cells = []
        for outlet in outlets:
            cell = by_outlet.get(outlet, {"own": {}, "quoted": {}})
            own = [f"{_e(w)} ×{n}" for w, n in sorted(cell["own"].items())]
            quoted = [f"<span class='q'>„{_e(w)}“ ×{n}</span>" for w, n in sorted(cell["quoted"].items())]
            cells.append(f"<td>{', '.join(own + quoted) or '—'}</td>")
        html.append(f"<tr><td>{_e(concept)}</td>{''.join(cells)}</tr>")
    html.append(
        "</table><p class='note'>Italics in „…“: the word appears inside a quote, "
        "not in the outlet's own voice.</p>"
    )
    return "\n".join(html)


def _voices(docs: list[Doc], outlets: list[str]) -> str:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for doc in docs:
        for quote in doc.quotes:
            counts[quote.camp or "unattributed"][doc.article.outlet or "unknown"] += 1
    html = [
        "<h3>Voices by camp (quotes)</h3><table><tr><th>camp</th>"
        + "".join(f"<th>{_e(o)}</th>" for o in outlets)
        + "</tr>"
    ]
    for camp in sorted(counts):
        html.append(
            f"<tr><td>{_e(camp)}</td>"
            + "".join(f"<td>{counts[camp].get(o, 0)}</td>" for o in outlets)
            + "</tr>"
        )
    html.append("</table>")
    return "\n".join(html)


def _frames(docs: list[Doc], outlets: list[str], colours: dict[str, str]) -> str:
    frames = sorted(
        {n for d in docs for n in d.features if n.startswith("frame.generic.") and "framed" not in n}
    )
    html = ["<h3>Generic frames (share of framed sentences)</h3>"]
    for outlet in outlets:
        members = [d for d in docs if (d.article.outlet or "unknown") == outlet]
        bars, y = [], 0
        for frame in frames:
            share = sum(d.features.get(frame, 0.0) for d in members) / len(members)
            label = frame.rsplit(".", 1)[-1].replace("_", " ")
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
    actors = sorted({n.split(".", 2)[2] for d in docs for n in d.features if n.startswith("tone.actor.")})
    if not actors:
        return ""
    html = [
        "<h3>Tone toward actors (own voice, −1…+1)</h3><table><tr><th>actor</th>"
        + "".join(f"<th>{_e(o)}</th>" for o in outlets)
        + "</tr>"
    ]
    for actor in actors:
        cells = []
        for outlet in outlets:
            values = [
                d.features[f"tone.actor.{actor}"]
                for d in docs
                if (d.article.outlet or "unknown") == outlet and f"tone.actor.{actor}" in d.features
            ]
            cells.append(f"<td>{sum(values) / len(values):+.2f}</td>" if values else "<td>—</td>")
        html.append(f"<tr><td>{_e(actor)}</td>{''.join(cells)}</tr>")
    html.append("</table>")
    return "\n".join(html)
