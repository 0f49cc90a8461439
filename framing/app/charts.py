"""Charts with one colour per outlet everywhere (Okabe-Ito, colour-blind safe) plus shapes and labels,
so no chart relies on colour alone."""

from __future__ import annotations

from functools import cache

import altair as alt
import pandas as pd

from ..datafiles import load_toml
from ..report import PALETTE
from ..resources import data_path

SHAPES = [
    "circle",
    "square",
    "triangle-up",
    "diamond",
    "cross",
    "triangle-down",
    "triangle-left",
    "triangle-right",
]


def outlet_colours(outlets: list[str]) -> dict[str, str]:
    """The same colour for an outlet on every page: assigned in sorted order over the whole corpus."""
    return {outlet: PALETTE[i % len(PALETTE)] for i, outlet in enumerate(sorted(set(outlets)))}


@cache
def _locales() -> dict:
    return {key: value for key, value in load_toml(data_path("chart_locale.toml")).items() if key != "meta"}


def localised(chart: alt.TopLevelMixin, language: str) -> alt.TopLevelMixin:
    """The chart with numbers and dates written as in ``language`` (German: "0,5", "März"), from
    ``data/chart_locale.toml``; a language without an entry keeps Vega's English default."""
    locale = _locales().get(language)
    return chart.configure(locale=locale) if locale else chart


def _scales(colours: dict[str, str]) -> tuple[alt.Scale, alt.Scale]:
    domain = list(colours)
    return (
        alt.Scale(domain=domain, range=[colours[o] for o in domain]),
        alt.Scale(domain=domain, range=[SHAPES[i % len(SHAPES)] for i in range(len(domain))]),
    )


def interval_chart(table: pd.DataFrame, colours: dict[str, str], title: str) -> alt.Chart:
    """Point estimate and 95 % interval per outlet (columns outlet, value, low, high)."""
    colour, shape = _scales(colours)
    base = alt.Chart(table).encode(y=alt.Y("outlet:N", title=None, sort=list(colours)))
    bars = base.mark_rule(strokeWidth=3).encode(
        x=alt.X("low:Q", title=title), x2="high:Q", color=alt.Color("outlet:N", scale=colour, legend=None)
    )
    points = base.mark_point(size=120, filled=True).encode(
        x="value:Q",
        color=alt.Color("outlet:N", scale=colour, legend=None),
        shape=alt.Shape("outlet:N", scale=shape, legend=None),
        tooltip=[
            "outlet",
            alt.Tooltip("value:Q", format=".3f"),
            alt.Tooltip("low:Q", format=".3f"),
            alt.Tooltip("high:Q", format=".3f"),
        ],
    )
    return (bars + points).properties(title=title, height=alt.Step(40))  # a fixed height per outlet row


def frame_chart(table: pd.DataFrame, colours: dict[str, str], title: str) -> alt.Chart:
    """Grouped bars: share of framed sentences per frame (columns frame, outlet, share)."""
    colour, _ = _scales(colours)
    return (
        alt.Chart(table)
        .mark_bar()
        .encode(
            y=alt.Y("frame:N", title=None),
            yOffset=alt.YOffset("outlet:N", sort=list(colours)),
            x=alt.X("share:Q", title=title, axis=alt.Axis(format="%")),
            color=alt.Color("outlet:N", scale=colour, legend=alt.Legend(orient="bottom", title=None)),
            tooltip=["outlet", "frame", alt.Tooltip("share:Q", format=".0%")],
        )
        .properties(title=title)
    )


def time_chart(table: pd.DataFrame, colours: dict[str, str], measure: str) -> alt.Chart:
    """A measure over time per outlet (columns date, outlet, value, period): points with shapes,
    joined by lines only within one period of an outlet (no line across a gap of years)."""
    colour, shape = _scales(colours)
    return (
        alt.Chart(table)
        .mark_line(point=alt.OverlayMarkDef(size=80, filled=True))
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("value:Q", title=measure),
            color=alt.Color("outlet:N", scale=colour, legend=alt.Legend(orient="bottom", title=None)),
            shape=alt.Shape("outlet:N", scale=shape, legend=None),
            detail="period:N",
            tooltip=["outlet", "date:T", alt.Tooltip("value:Q", format=".3f")],
        )
        .properties(title=measure)
    )
