"""Publication dates as ISO 8601 strings, possibly partial ("2022-06"), from German or ISO forms."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from .datafiles import load_toml
from .resources import data_path

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
_WORDED = re.compile(r"(?<!\d)(\d{1,2})\.?\s*([A-Za-zäÄ]+)\s*(\d{4})(?!\d)")


@cache
def month_names(*forms: str) -> dict[str, int]:
    """Month name (as written) → number from ``data/months.toml``, for the given forms ("de",
    "de_short", "en")."""
    months = load_toml(data_path("months.toml"))["month"]
    return {name: month["number"] for month in months for form in forms for name in month[form]}


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ``YYYY-MM-DD`` (or ``YYYY-MM``), or None if there is none."""
    candidates = []
    if match := _ISO.search(text):
        year, month, day = match.groups()
        candidates.append((match.start(), int(year), int(month), int(day) if day else None))
    if match := _NUMERIC.search(text):
        day, month, year = match.groups()
        candidates.append((match.start(), int(year), int(month), int(day)))
    for match in _WORDED.finditer(text):
        month = _months_by_lower_name().get(match.group(2).lower())
        if month:
            candidates.append((match.start(), int(match.group(3)), month, int(match.group(1))))
            break
    for _, year, month, day in sorted(candidates):
        if iso := _valid(year, month, day):
            return iso
    return None


def _valid(year: int, month: int, day: int | None) -> str | None:
    if not 1900 <= year <= 2100 or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@cache
def _months_by_lower_name() -> dict[str, int]:
    """German and English month names in lower case → month, for names written in any case."""
    return {written.lower(): number for written, number in month_names("de", "en").items()}
