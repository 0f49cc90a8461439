"""Numbers and the claims they carry: every quantity in an article's clean text (value, unit, what
it measures, its reference year) and a comparison of the same measure across outlets.

Units, scale words and measures are data (``data/registries/quantities.toml``). A number's measure
comes from cue words in its sentence: the nearest cue whose measure fits the number's dimension,
counting clause boundaries (commas, brackets, dashes, "und") first and words second, so that in
"144 Menschen getötet und 551 Menschen verletzt" each number gets its own verb. The reference year
is the nearest explicit year ("2021", "im Februar 2022") or relative one ("im vergangenen Jahr",
resolved against the article date) in the sentence; "seit 2019" starts a period and is reported as
``since``, not as the year. Dates are not quantities: days ("15. Juni", "15.06."), times ("7:30 Uhr")
and years standing alone are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import combinations
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeGuard

from ..datafiles import load_toml, table_entries
from ..dates import month_names
from ..errors import DataFileError
from ..model import Doc, Sentence
from ..resources import clause_boundaries, registry_paths, reloadable

TOLERANCE = 0.02  # values within 2 % of each other count as the same figure (rounding, conversions)
FIRST_YEAR, LAST_YEAR = 1800, 2100  # a bare four-digit number in this range is read as a year
_S = r"[^\S\n]"  # a space that does not break the line (line breaks end sentences)
_MONTHS = "|".join(month_names("de", "de_short"))
_DATE_MASKS = re.compile(
    rf"\b\d{{1,2}}\.{_S}?\d{{1,2}}\.(?:{_S}?(?P<year>\d{{4}}|\d{{2}})(?!\d))?"  # 15.06.2022, 15.6.
    rf"|\b\d{{1,2}}\.{_S}*(?:{_MONTHS})\b\.?"  # 15. Juni
    r"|\b\d{4}-\d{2}-\d{2}\b"  # ISO dates
    rf"|\b\d{{1,2}}(?:[:.]\d{{2}}){{1,2}}{_S}*Uhr\b|\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)|\b\d{{1,2}}{_S}*Uhr\b"
)
_SINCE = re.compile(
    rf"(?i)\bseit{_S}+(?:(?:dem{_S}+)?(?:Jahr|Anfang|Ende|Beginn|Mitte|Frühjahr|Sommer|Herbst|Winter){_S}+)?"
    rf"(?:(?:{_MONTHS}){_S}+)?$"
)
_RELATIVE_YEARS = [
    (re.compile(r"(?i)\b(?:vergangenen|letzten|vorigen|zurückliegenden)\s+jahr(?:es|s)?\b"), -1),
    (re.compile(r"(?i)\b(?:vergangenes|letztes|voriges)\s+jahr\b"), -1),
    (re.compile(r"(?i)\bim\s+vorjahr\b"), -1),
    (re.compile(r"(?i)\bvorvergangenen\s+jahr(?:es|s)?\b"), -2),
    (re.compile(r"(?i)\b(?:diesem|dieses|diesen|laufenden)\s+jahr(?:es|s)?\b"), 0),
    (re.compile(r"(?i)\bheuer\b"), 0),
    (re.compile(r"(?i)\b(?:kommenden|nächsten)\s+jahr(?:es|s)?\b"), 1),
    (re.compile(r"(?i)\b(?:kommendes|nächstes)\s+jahr\b"), 1),
]
_YEARS_AGO = re.compile(r"(?i)\bvor\s+(zwei|drei|vier|fünf|\d{1,2})\s+jahren\b")
_CLAUSE_BOUNDARIES = clause_boundaries("numbers")
_CONVERSION_GAP = re.compile(rf"{_S}*(?:\({_S}*|,{_S}*umgerechnet{_S}+|{_S}+umgerechnet{_S}+)")
_RANGE_GAP = re.compile(rf"{_S}*(?:bis|und|oder|-|–){_S}*")


@dataclass(frozen=True, slots=True)
class Measure:
    """What a number can quantify, recognised by cue words near it."""

    id: str
    description: str
    dimensions: frozenset[str]
    cues: tuple[str, ...]
    names: dict[str, str] = field(default_factory=dict, compare=False)  # "de"/"en" → name for readers


@dataclass(frozen=True)
class NumberWords:
    """The words around numbers: qualifiers (form → "more than", "about" …), written numbers and the
    indefinite articles that count as one before a scale word."""

    qualifiers: dict[str, str]
    numbers: dict[str, float]
    articles: dict[str, float]


@dataclass(frozen=True)
class QuantityRegistry:
    """Units (form → unit id, dimension, factor), scale words and measures, with one compiled pattern."""

    units: dict[str, tuple[str, str, float]]
    scales: dict[str, float]
    measures: dict[str, Measure]
    words: NumberWords
    pattern: re.Pattern[str] = field(repr=False)
    _exact: dict[str, tuple[Measure, ...]] = field(repr=False)
    _prefixes: tuple[tuple[str, Measure], ...] = field(repr=False)

    def cue_measures(self, form: str, lemma: str) -> list[Measure]:
        """Measures whose cues match a word (lower-case form or lemma), in registry order."""
        found = [*self._exact.get(form, ()), *self._exact.get(lemma, ())]
        found += [m for prefix, m in self._prefixes if form.startswith(prefix) or lemma.startswith(prefix)]
        order = list(self.measures)
        return sorted(set(found), key=lambda m: order.index(m.id))


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number in the clean text: ``text[start:end]`` is the whole expression ("mehr als 240
    Milliarden US-Dollar"); ``value`` is scaled (2.4e11), ``unit`` normalised ("USD", "" when bare)."""

    start: int
    end: int
    sentence: int
    text: str
    value: float
    unit: str
    dimension: str  # of the unit ("currency", "percent", "people", ...) or "count" for a bare number
    measure: str | None = None  # what it quantifies (a measure id from the registry)
    cue: str | None = None  # the word that gave the measure
    year: int | None = None  # the reference year
    year_source: str | None = None  # "text" (an explicit year), "relative" (resolved against the date)
    since: int | None = None  # the start of a period ("seit 2019"), when that is the nearest year
    qualifier: str | None = None  # "more than", "about", "almost", "less than", "at least", "up to"
    conversion: bool = False  # a conversion of the amount before it ("147 Mrd. Dollar (141 Mrd. Euro)")

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "dimension": self.dimension,
            "measure": self.measure,
            "cue": self.cue,
            "year": self.year,
            "year_source": self.year_source,
            "since": self.since,
            "qualifier": self.qualifier,
            "conversion": self.conversion,
        }


@dataclass(frozen=True, slots=True)
class QuantityEvidence:
    """One outlet's figure for a measure, with the sentence it stands in."""

    outlet: str
    article: str  # article id
    value: float
    unit: str
    year: int | None
    year_source: str | None
    qualifier: str | None
    text: str  # the expression
    start: int  # of the expression in the article's clean text
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "article": self.article,
            "value": self.value,
            "unit": self.unit,
            "year": self.year,
            "year_source": self.year_source,
            "qualifier": self.qualifier,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
        }


@dataclass(frozen=True, slots=True)
class QuantityPair:
    """Two figures from different outlets: ``first`` and ``second`` index ``QuantityComparison.values``."""

    first: int
    second: int
    status: str  # "same", "different years" or "differs"
    difference: float  # |a − b| / max(|a|, |b|)

    def to_dict(self) -> dict[str, Any]:
        return {
            "first": self.first,
            "second": self.second,
            "status": self.status,
            "difference": self.difference,
        }


@dataclass(frozen=True, slots=True)
class QuantityComparison:
    """The figures several outlets give for one measure in one unit.

    ``status`` sums up the pairs: "differs" if any two outlets give different values for the same
    year (a contradiction to look at), else "different years" if values differ but the years differ
    or one is unknown (no contradiction), else "same" (within 2 %)."""

    measure: str
    unit: str
    status: str
    values: tuple[QuantityEvidence, ...]
    pairs: tuple[QuantityPair, ...]

    def status_years(self) -> list[int | None]:
        """The years the status rests on, sorted, ``None`` (a figure without a year) last: for
        "differs" the years in which outlets disagree, otherwise the years of all figures."""
        if self.status == "differs":
            found = {self.values[pair.first].year for pair in self.pairs if pair.status == "differs"}
        else:
            found = {value.year for value in self.values}
        known: list[int | None] = [*sorted(year for year in found if year is not None)]
        return [*known, None] if None in found else known

    def to_dict(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "unit": self.unit,
            "status": self.status,
            "values": [value.to_dict() for value in self.values],
            "pairs": [pair.to_dict() for pair in self.pairs],
        }


# --- the registry --------------------------------------------------------------------------------


@reloadable
@cache
def load_quantities(extra: tuple[Path, ...] = ()) -> QuantityRegistry:
    """Bundled registry, then $FRAMING_USER_DIR/quantities.toml, then ``extra`` (later ids replace)."""
    units: dict[str, tuple[str, str, float]] = {}
    scales: dict[str, float] = {}
    measures: dict[str, Measure] = {}
    words = NumberWords({}, {}, {})
    for path in registry_paths("quantities.toml", extra):
        data = load_toml(path)
        words.qualifiers.update(_word_table(path, data, "qualifiers", str))
        words.numbers.update(_word_table(path, data, "number_words", int | float))
        words.articles.update(_word_table(path, data, "article_words", int | float))
        for where, entry in table_entries(path, data, "unit", ("id", "dimension")):
            forms = _forms(path, entry, where)
            factor = _factor(path, entry.get("factor", 1.0), where)
            units.update(dict.fromkeys(forms, (entry["id"], entry["dimension"], factor)))
        for where, entry in table_entries(path, data, "scale", ()):
            factor = _factor(path, entry.get("factor"), where)
            scales.update(dict.fromkeys(_forms(path, entry, where), factor))
        for where, entry in table_entries(path, data, "measure"):
            cues, dimensions = entry.get("cues"), entry.get("dimensions")
            if not _strings(cues) or not _strings(dimensions):
                raise DataFileError(path, f"{where}: needs cues and dimensions")
            names = {language: entry[language] for language in ("de", "en") if entry.get(language)}
            measures[entry["id"]] = Measure(
                entry["id"], entry.get("description", ""), frozenset(dimensions), tuple(cues), names
            )
    exact: dict[str, list[Measure]] = {}
    prefixes: list[tuple[str, Measure]] = []
    for measure in measures.values():
        for cue in measure.cues:
            key = cue.lower()
            if key.endswith("*"):
                prefixes.append((key.rstrip("*"), measure))
            else:
                exact.setdefault(key, []).append(measure)
    return QuantityRegistry(
        units,
        scales,
        measures,
        words,
        _compile(units, scales, words),
        {key: tuple(found) for key, found in exact.items()},
        tuple(prefixes),
    )


def _word_table(path: Path, data: dict[str, Any], table: str, kind: Any) -> dict[str, Any]:
    """A ``[TABLE]`` of word → value (a qualifier's meaning, a number word's value)."""
    found = data.get(table, {})
    if not isinstance(found, dict) or not all(
        isinstance(value, kind) and not isinstance(value, bool) for value in found.values()
    ):
        raise DataFileError(path, f"[{table}]: every word needs a {'text' if kind is str else 'number'}")
    return found


def _strings(value: object) -> TypeGuard[list[str]]:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v for v in value)


def _forms(path: object, entry: dict, where: str) -> list[str]:
    forms = entry.get("forms")
    if not _strings(forms):
        raise DataFileError(path, f"{where}: 'forms' must be a non-empty list of strings")
    return forms


def _factor(path: object, value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise DataFileError(path, f"{where}: 'factor' must be a positive number")
    return float(value)


def _alternation(forms: Iterable[str]) -> str:
    escaped = (re.escape(form).replace(r"\ ", rf"{_S}+") for form in sorted(forms, key=len, reverse=True))
    return "|".join(escaped)


def _compile(units: dict, scales: dict, number_words: NumberWords) -> re.Pattern[str]:
    qualifiers = _alternation(number_words.qualifiers)
    unit = _alternation(units)
    scale = _alternation(scales)
    words = _alternation([*number_words.numbers, *number_words.articles])
    adjective = rf"(?:{_S}+[a-zäöüß]{{2,}}(?:e|en|er|es|em))?"  # "30 weitere Soldaten"
    digits = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d+|\d+(?:,\d+)?"
    prefix = _alternation(form for form in ("US$", "$", "€", "£") if form in units) or r"(?!)"
    return re.compile(
        rf"(?:(?<!\w)(?P<qual>(?i:{qualifiers})){_S}+)?"
        r"(?:"
        rf"(?:(?P<pre>{prefix}){_S}?)?(?<![\w.,:/])(?<!\w-)(?P<num>{digits})(?!\d)"
        rf"(?:{_S}*(?P<scale>{scale})(?!\w))?"
        rf"(?:{adjective}{_S}*(?P<unit>{unit})(?!\w))?"
        rf"|(?<!\w)(?P<word>(?i:{words}))(?!\w)"
        rf"(?:{_S}+(?P<wscale>{scale})(?!\w)(?:{adjective}{_S}+(?P<wunit>{unit})(?!\w))?"
        rf"|{adjective}{_S}+(?P<wunit2>{unit})(?!\w))"
        r")"
    )


# --- finding quantities ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    number_start: int
    value: float
    unit: str
    dimension: str
    multiplier: float  # scale word × unit factor, already applied to value
    qualifier: str | None


@dataclass(frozen=True, slots=True)
class _YearMention:
    position: int
    year: int | None
    source: str  # "text", "relative" or "since"


def parse_number(digits: str) -> float:
    """A German-written number: "1.500" = 1500, "141,4" = 141.4, "1.500.000,5"; "1.5" = 1.5."""
    if "," in digits or re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        return float(digits.replace(".", "").replace(",", "."))
    return float(digits)


def find_quantities(doc: Doc, registry: QuantityRegistry | None = None) -> list[Quantity]:
    """Every number in ``doc.text`` that is not a date, with unit, measure and reference year."""
    registry = registry or load_quantities()
    text = doc.text
    if not doc.sentences or not doc.tokens:
        return []
    masks = list(_DATE_MASKS.finditer(text))
    mask_starts = [m.start() for m in masks]
    raws: list[_Raw] = []
    years: list[_YearMention] = []
    for mask in masks:
        if mask.group("year") and len(mask.group("year")) == 4:
            years.append(_YearMention(mask.start("year"), int(mask.group("year")), "text"))
    for match in registry.pattern.finditer(text):
        raw = _read_match(match, text, registry, masks, mask_starts, years)
        if raw is not None:
            raws.append(raw)
    _spread_range_units(raws, text)
    article_year = _article_year(doc)
    for pattern, offset in _RELATIVE_YEARS:
        for match in pattern.finditer(text):
            years.append(
                _YearMention(match.start(), article_year + offset if article_year else None, "relative")
            )
    for match in _YEARS_AGO.finditer(text):
        count = match.group(1)
        ago = int(count) if count.isdigit() else int(registry.words.numbers[count.lower()])
        years.append(_YearMention(match.start(), article_year - ago if article_year else None, "relative"))
    return _resolve(doc, raws, years, registry)


def _read_match(match, text, registry, masks, mask_starts, years) -> _Raw | None:
    word = match.group("word")
    number_start = match.start("word") if word else match.start("num")
    index = bisect_right(mask_starts, number_start) - 1
    if index >= 0 and masks[index].start() <= number_start < masks[index].end():
        return None  # a day, a time or a numeric date
    words = registry.words
    qualifier = None
    if match.group("qual"):
        qualifier = words.qualifiers.get(" ".join(match.group("qual").lower().split()))
    if word:
        scale_form = match.group("wscale")
        unit_form = match.group("wunit") or match.group("wunit2")
        value = words.numbers.get(word.lower()) or words.articles[word.lower()]
        if word.lower() in words.articles and not scale_form:
            return None
    else:
        scale_form, unit_form = match.group("scale"), match.group("unit")
        digits = match.group("num")
        value = parse_number(digits)
        pre = match.group("pre")
        if pre and not unit_form:
            unit_form = pre
        end = match.end()
        if not scale_form and not unit_form:
            if end < len(text) and text[end].isalpha():
                return None  # "1990er", "5G", "3D": part of a word
            if not qualifier and re.fullmatch(r"\d{4}", digits) and FIRST_YEAR <= value <= LAST_YEAR:
                before = text[max(0, number_start - 60) : number_start]
                source = "since" if _SINCE.search(before) else "text"
                years.append(_YearMention(number_start, int(value), source))
                return None  # a year standing alone is a date, not a quantity
    unit, dimension, factor = registry.units[" ".join(unit_form.split())] if unit_form else ("", "count", 1.0)
    multiplier = (registry.scales[scale_form] if scale_form else 1.0) * factor
    return _Raw(
        match.start(), match.end(), number_start, value * multiplier, unit, dimension, multiplier, qualifier
    )


def _spread_range_units(raws: list[_Raw], text: str) -> None:
    """ "zwischen 2 und 3 Milliarden Dollar", "144 und 551 Menschen": the first number takes the
    scale and unit of the second."""
    for index in range(len(raws) - 2, -1, -1):
        first, second = raws[index], raws[index + 1]
        if first.unit or first.multiplier != 1.0 or not second.unit:
            continue
        if _RANGE_GAP.fullmatch(text, first.end, second.start):
            first.value *= second.multiplier
            first.multiplier = second.multiplier
            first.unit, first.dimension = second.unit, second.dimension


def _article_year(doc: Doc) -> int | None:
    date = doc.article.date or ""
    return int(date[:4]) if re.match(r"\d{4}(?:-|$)", date) else None


def _resolve(
    doc: Doc, raws: list[_Raw], years: list[_YearMention], registry: QuantityRegistry
) -> list[Quantity]:
    """Sentence, measure and reference year of each raw number; conversions take their original's."""
    token_starts = doc.token_starts()
    sentence_starts = [sentence.start for sentence in doc.sentences]
    near = _Nearness(_clause_boundaries(doc))
    years_in = _years_by_sentence(years, sentence_starts, token_starts)
    quantities: list[Quantity] = []
    for raw in raws:
        sentence_index = max(0, bisect_right(sentence_starts, raw.number_start) - 1)
        first_token = max(0, bisect_right(token_starts, raw.start) - 1)
        last_token = max(first_token, _tokens_before(token_starts, raw.end) - 1)
        place = (first_token, last_token)
        measure, cue = _measure_of(doc, raw, doc.sentences[sentence_index], place, near, registry)
        year, year_source, since = _year_of(years_in.get(sentence_index, []), place, near)
        quantities.append(
            Quantity(
                start=raw.start,
                end=raw.end,
                sentence=sentence_index,
                text=doc.text[raw.start : raw.end],
                value=raw.value,
                unit=raw.unit,
                dimension=raw.dimension,
                measure=measure,
                cue=cue,
                year=year,
                year_source=year_source,
                since=since,
                qualifier=raw.qualifier,
            )
        )
    return _with_conversions(quantities, doc.text)


def _clause_boundaries(doc: Doc) -> list[int]:
    """For each token index, how many clause boundaries (punctuation, conjunctions) come before it."""
    boundaries = [0]
    for token in doc.tokens:
        boundaries.append(boundaries[-1] + _is_boundary(token.text))
    return boundaries


@dataclass(frozen=True)
class _Nearness:
    """How far a word is from a number, by the clause boundaries between them (``boundaries`` from
    ``_clause_boundaries``)."""

    boundaries: list[int]

    def distance(self, place: tuple[int, int], other: int) -> tuple[int, int, int]:
        """(clause boundaries crossed, words apart, 1 if before the number) from the number on tokens
        ``place`` (first, last) to the word at token ``other``."""
        first_token, last_token = place
        boundaries = self.boundaries
        if first_token <= other <= last_token:
            return (0, 0, 0)
        if other > last_token:
            return (boundaries[other] - boundaries[last_token + 1], other - last_token, 0)
        return (boundaries[first_token] - boundaries[other + 1], first_token - other, 1)


def _years_by_sentence(
    years: list[_YearMention], sentence_starts: list[int], token_starts: list[int]
) -> dict[int, list[tuple[int, _YearMention]]]:
    """Sentence index → the year mentions in it, each with its token index."""
    by_sentence: dict[int, list[tuple[int, _YearMention]]] = {}
    for mention in years:
        sentence = max(0, bisect_right(sentence_starts, mention.position) - 1)
        token = max(0, bisect_right(token_starts, mention.position) - 1)
        by_sentence.setdefault(sentence, []).append((token, mention))
    return by_sentence


def _measure_of(
    doc: Doc,
    raw: _Raw,
    sentence: Sentence,
    place: tuple[int, int],
    near: _Nearness,
    registry: QuantityRegistry,
) -> tuple[str | None, str | None]:
    """(measure id, cue word as written) of a number: the nearest cue word in its sentence of a
    measure with the number's dimension; (None, None) when there is none."""
    measure, cue = None, None
    best: tuple[int, int, int] | None = None
    for index in range(sentence.first_token, sentence.end_token):
        token = doc.tokens[index]
        if token.kind != "word":
            continue
        found = [
            m
            for m in registry.cue_measures(token.text.lower(), token.lemma.lower())
            if raw.dimension in m.dimensions
        ]
        key = near.distance(place, index)
        if found and (best is None or key < best):
            best, measure, cue = key, found[0].id, token.text
    return measure, cue


def _year_of(
    mentions: list[tuple[int, _YearMention]], place: tuple[int, int], near: _Nearness
) -> tuple[int | None, str | None, int | None]:
    """(year, where it came from, "since" year) of a number: the nearest year mention in its sentence
    (``mentions``: token index and mention)."""
    if not mentions:
        return None, None, None
    _, mention = min(((near.distance(place, token), m) for token, m in mentions), key=itemgetter(0))
    if mention.source == "since":
        return None, None, mention.year
    if mention.year is not None:
        return mention.year, mention.source, None
    return None, None, None


def _with_conversions(quantities: list[Quantity], text: str) -> list[Quantity]:
    """A currency figure right after another in a different currency ("100 Dollar (92 Euro)") is its
    conversion: it takes the original's measure, cue and years."""
    for index in range(1, len(quantities)):
        before, current = quantities[index - 1], quantities[index]
        if (
            before.dimension == current.dimension == "currency"
            and before.unit != current.unit
            and _CONVERSION_GAP.fullmatch(text, before.end, current.start)
        ):
            quantities[index] = replace(
                current,
                measure=before.measure,
                cue=before.cue,
                year=before.year,
                year_source=before.year_source,
                since=before.since,
                conversion=True,
            )
    return quantities


def _tokens_before(starts: list[int], end: int) -> int:
    """How many tokens start before ``end``."""
    return bisect_right(starts, end - 1)


def _is_boundary(token: str) -> int:
    return int(token.lower() in _CLAUSE_BOUNDARIES)


# --- comparing outlets -----------------------------------------------------------------------------


def compare_quantities(docs: list[Doc], registry: QuantityRegistry | None = None) -> list[QuantityComparison]:
    """The measured figures that at least two outlets give, grouped by (measure, unit), with a status."""
    groups: dict[tuple[str, str], list[QuantityEvidence]] = {}
    for doc in docs:
        outlet = doc.article.outlet or doc.article.id
        for quantity in find_quantities(doc, registry):
            if quantity.measure is None:
                continue
            sentence = doc.sentences[quantity.sentence]
            groups.setdefault((quantity.measure, quantity.unit), []).append(
                QuantityEvidence(
                    outlet=outlet,
                    article=doc.article.id,
                    value=quantity.value,
                    unit=quantity.unit,
                    year=quantity.year,
                    year_source=quantity.year_source,
                    qualifier=quantity.qualifier,
                    text=quantity.text,
                    start=quantity.start,
                    end=quantity.end,
                    sentence=doc.text[sentence.start : sentence.end],
                    sentence_start=sentence.start,
                    sentence_end=sentence.end,
                )
            )
    comparisons = []
    for (measure, unit), values in sorted(groups.items()):
        if len({value.outlet for value in values}) < 2:
            continue
        pairs = tuple(
            _pair(i, j, values[i], values[j])
            for i, j in combinations(range(len(values)), 2)
            if values[i].outlet != values[j].outlet
        )
        statuses = {pair.status for pair in pairs}
        status = next(s for s in ("differs", "different years", "same") if s in statuses)
        comparisons.append(QuantityComparison(measure, unit, status, tuple(values), pairs))
    return comparisons


def _pair(i: int, j: int, a: QuantityEvidence, b: QuantityEvidence) -> QuantityPair:
    largest = max(abs(a.value), abs(b.value))
    difference = abs(a.value - b.value) / largest if largest else 0.0
    if difference <= TOLERANCE:
        status = "same"
    elif a.year is not None and a.year == b.year:
        status = "differs"
    else:
        status = "different years"
    return QuantityPair(i, j, status, round(difference, 4))
