"""Charts with one colour per outlet everywhere (Okabe-Ito, colour-blind safe) plus shapes and labels,
so no chart relies on colour alone."""

from __future__ import annotations

from functools import cache
from typing import TypeVar

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


AnyChart = TypeVar("AnyChart", alt.Chart, alt.LayerChart)


def localised(chart: AnyChart, language: str) -> AnyChart:
    """The chart with numbers and dates written as in ``language`` (German: "0,5", "März"), from
    ``data/chart_locale.toml``; a language without an entry keeps Vega's English default."""
    locale = _locales().get(language)
    return chart.configure(locale=locale) if locale else chart


def _scales(colours: dict[str, str], table: pd.DataFrame) -> tuple[alt.Scale, alt.Scale]:
    """Colour and shape scales over the outlets in ``table`` only (a legend never lists an outlet the
    chart has no data for), each outlet keeping its colour and shape from the whole corpus."""
    domain = _present(colours, table)
    shapes = {o: SHAPES[i % len(SHAPES)] for i, o in enumerate(colours)}
    return (
        alt.Scale(domain=domain, range=[colours[o] for o in domain]),
        alt.Scale(domain=domain, range=[shapes[o] for o in domain]),
    )


def _present(colours: dict[str, str], table: pd.DataFrame) -> list[str]:
    """The outlets of ``table`` in the corpus-wide order of ``colours``."""
    present = set(table["outlet"])
    return [o for o in colours if o in present]


NO_LABEL_LIMIT = (
    0  # as labelLimit: full labels; Vega cuts labels at 180 px ("Frankfurter Rund…") unless told not to
)


def _legend() -> alt.Legend:
    """A legend under the chart with full outlet names, in as many columns as fit (2 to 12 outlets)."""
    return alt.Legend(orient="bottom", title=None, labelLimit=0, columns=3, symbolLimit=0)


def interval_chart(table: pd.DataFrame, colours: dict[str, str], title: str) -> alt.Chart:
    """Point estimate and 95 % interval per outlet (columns outlet, value, low, high)."""
    colour, shape = _scales(colours, table)
    base = alt.Chart(table).encode(
        y=alt.Y(
            "outlet:N", title=None, sort=_present(colours, table), axis=alt.Axis(labelLimit=NO_LABEL_LIMIT)
        )
    )
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
    """Grouped bars: share of framed sentences per frame (columns frame, outlet, share). The share
    axis always ends at the largest bar (never "nice"-rounded below it) and each outlet gets a bar
    row of its own, so 2 or 12 outlets fit."""
    colour, _ = _scales(colours, table)
    top = max(float(table["share"].max()) if len(table) else 0.0, 0.05)
    return (
        alt.Chart(table)
        .mark_bar()
        .encode(
            y=alt.Y("frame:N", title=None, axis=alt.Axis(labelLimit=NO_LABEL_LIMIT)),
            yOffset=alt.YOffset("outlet:N", sort=_present(colours, table)),
            x=alt.X(
                "share:Q",
                title=title,
                axis=alt.Axis(format="%"),
                scale=alt.Scale(domain=[0, top], nice=True, clamp=True),
            ),
            color=alt.Color("outlet:N", scale=colour, legend=_legend()),
            tooltip=["outlet", "frame", alt.Tooltip("share:Q", format=".0%")],
        )
        .properties(title=title, height=alt.Step(8, **{"for": "offset"}))  # 8 px per outlet bar
    )


def time_chart(table: pd.DataFrame, colours: dict[str, str], measure: str) -> alt.Chart:
    """A measure over time per outlet (columns date, outlet, value, period): points with shapes,
    joined by lines only within one period of an outlet (no line across a gap of years)."""
    colour, shape = _scales(colours, table)
    return (
        alt.Chart(table)
        .mark_line(point=alt.OverlayMarkDef(size=80, filled=True))
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("value:Q", title=measure),
            color=alt.Color("outlet:N", scale=colour, legend=_legend()),
            shape=alt.Shape("outlet:N", scale=shape, legend=None),
            detail="period:N",
            tooltip=["outlet", "date:T", alt.Tooltip("value:Q", format=".3f")],
        )
        .properties(title=measure)
    )
