"""Article data shown literally where Streamlit renders Markdown.

Streamlit interprets Markdown (bold, links, ``$…$`` LaTeX, ``:red[…]`` colours, ``:emoji:`` and
``:material/…:`` icons, entities such as ``&lt;``) in st.markdown, st.caption, st.write, alerts,
headings, the labels of expanders, tabs, metrics and widgets, radio options and the cells, index and
headers of st.table. Titles, outlets, speakers, file names and other data from the user's files go
through ``literal`` there; st.text, st.dataframe, select boxes and charts show text as it is.
Tables and lists that must wrap rather than cut their text (st.dataframe cuts long cells) are built
as HTML for st.html with every piece of text escaped (``html_text``, ``html_table``).
"""

from __future__ import annotations

import re
from html import escape

import pandas as pd

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def literal(text: object) -> str:
    """``text`` as Markdown that Streamlit shows exactly as written, on one line: every ASCII
    punctuation character backslash-escaped (CommonMark allows that for each of them, and
    Streamlit's colour, icon and LaTeX syntax then no longer matches); line breaks become spaces and
    spaces at the ends go (four leading spaces would make a code block)."""
    return _PUNCTUATION.sub(r"\\\1", _LINE_BREAKS.sub(" ", str(text)).strip())


def literal_table(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``table`` for st.table, which renders Markdown in cells, index and headers: its text
    cells, index labels and column names made ``literal``; numbers stay numbers."""

    def cell(value: object) -> object:
        return literal(value) if isinstance(value, str) else value

    shown = table.map(cell)
    shown.index = shown.index.map(cell)
    shown.index.name = cell(table.index.name)
    shown.columns = [cell(column) for column in table.columns]
    return shown


TABLE_STYLE = (
    "<style>"
    ".fr-wrap{max-width:100%;overflow-x:auto}"
    ".fr-table{border-collapse:collapse;width:100%;font-size:0.9rem;line-height:1.35}"
    ".fr-table th,.fr-table td{border-bottom:1px solid rgba(128,128,128,.3);padding:.3rem .5rem;"
    "text-align:left;vertical-align:top;overflow-wrap:break-word;hyphens:auto}"
    ".fr-table th{font-weight:600}"
    ".fr-table th.fr-vertical{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;"
    "vertical-align:bottom;text-align:left;padding:.5rem .2rem}"
    ".fr-table small{color:rgba(100,100,100,1)}"
    ".fr-list li{margin-bottom:.5rem}"
    ".fr-list details{margin:.2rem 0 .4rem 0}"
    ".fr-list summary{cursor:pointer;color:rgb(0,104,201)}"
    "</style>"
)


def html_text(text: object) -> str:
    """``text`` as HTML that shows exactly as written: every markup character escaped, and a line
    break inside it (an interval under its value) as <br>."""
    return "<br>".join(escape(line) for line in str(text).split("\n"))


def html_table(table: pd.DataFrame, index: bool = True, vertical: int = 0) -> str:
    """``table`` as an escaped HTML table that wraps its cells to the page's width instead of cutting
    them off (unlike st.dataframe's canvas cells) and scrolls sideways only when words cannot wrap;
    a cell's second line (after a line break) is set smaller. The headers of the columns after the
    first ``vertical`` ones are written upwards, in full (a matrix of ✓ for 12 outlets stays narrow)."""

    def cell(value: object, tag: str, css: str = "") -> str:
        main, _, note = str(value).partition("\n")
        note_html = f"<br><small>{html_text(note)}</small>" if note else ""
        opening = f"<{tag} class='{css}'>" if css else f"<{tag}>"
        return f"{opening}{html_text(main)}{note_html}</{tag}>"

    head = [cell(table.index.name or "", "th")] if index else []
    head += [
        cell(c, "th", "fr-vertical" if vertical and number >= vertical else "")
        for number, c in enumerate(table.columns)
    ]
    rows = [
        "<tr>" + (cell(label, "th") if index else "") + "".join(cell(v, "td") for v in values) + "</tr>"
        for label, values in zip(table.index, table.itertuples(index=False), strict=True)
    ]
    return (
        f"<div class='fr-wrap'><table class='fr-table' lang='de'><thead><tr>{''.join(head)}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def folded_list(items: list[tuple[str, str, str, pd.DataFrame]], first: int = 1) -> str:
    """A numbered list from ``first`` of (text, note, evidence label, evidence table): each text in
    full with its note below and its evidence folded under a summary line ("Belege (3)"); escaped."""
    parts = []
    for text, note, label, evidence in items:
        note_html = f"<br>{html_text(note)}" if note else ""
        parts.append(
            f"<li>{html_text(text)}{note_html}<details><summary>{html_text(label)}</summary>"
            f"{html_table(evidence, index=False)}</details></li>"
        )
    return f"{TABLE_STYLE}<ol class='fr-list' start='{first}'>{''.join(parts)}</ol>"
