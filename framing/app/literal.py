"""Article data shown literally where Streamlit renders Markdown.

Streamlit interprets Markdown (bold, links, ``$…$`` LaTeX, ``:red[…]`` colours, ``:emoji:`` and
``:material/…:`` icons, entities such as ``&lt;``) in st.markdown, st.caption, st.write, alerts,
headings, the labels of expanders, tabs, metrics and widgets, radio options and the cells, index and
headers of st.table. Titles, outlets, speakers, file names and other data from the user's files go
through ``literal`` there; st.text, st.dataframe, select boxes and charts show text as it is.
"""

from __future__ import annotations

import re

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
