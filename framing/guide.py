"""The guide for the app and the HTML report: what each measure means, how it is computed, its
limits, and classroom exercises on the demo corpus, in German and English.

The text is data (``data/guide/guide.toml``: a ``[meta]`` table and ``[[section]]`` entries with
``id``, ``title_de``/``title_en``, ``body_de``/``body_en`` in Markdown and, for a feature family, the
feature-name ``features`` prefixes it explains), loaded once per process. ``guide_markdown`` joins
it into one Markdown document; ``guide_html`` converts that trusted text with ``markdown_to_html``,
a small converter for the subset the guide uses (headings, paragraphs, bullet and numbered lists,
``**bold**``, ```code```) that escapes everything before adding its own tags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from html import escape

from .datafiles import load_toml
from .errors import DataFileError
from .resources import data_path

LANGUAGES = ("de", "en")
DOCUMENT_TITLES = {
    "de": "Leitfaden: Maße, Grenzen und Unterrichtsideen",
    "en": "Guide: measures, limits and classroom ideas",
}
_REQUIRED = ("id", *(f"{field}_{language}" for field in ("title", "body") for language in LANGUAGES))


@dataclass(frozen=True)
class GuideSection:
    """One section of the guide in one language; ``features`` are the feature-name prefixes it explains."""

    id: str
    title: str
    body: str
    features: tuple[str, ...] = ()


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        choices = ", ".join(f'"{code}"' for code in LANGUAGES)
        raise ValueError(f"unknown guide language {language!r}: use one of {choices}")


@cache
def _load() -> dict[str, tuple[GuideSection, ...]]:
    """Every language's sections, in file order, read and checked once."""
    path = data_path("guide", "guide.toml")
    entries = load_toml(path).get("section")
    if not isinstance(entries, list) or not entries:
        raise DataFileError(path, "needs at least one [[section]]")
    sections: dict[str, list[GuideSection]] = {language: [] for language in LANGUAGES}
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        missing = [key for key in _REQUIRED if not isinstance(entry.get(key), str) or not entry[key].strip()]
        if missing:
            raise DataFileError(path, f"section #{number}: needs {', '.join(missing)}")
        if entry["id"] in seen:
            raise DataFileError(path, f"section #{number}: id {entry['id']!r} is used twice")
        seen.add(entry["id"])
        features = entry.get("features", [])
        if not isinstance(features, list) or not all(isinstance(f, str) and f for f in features):
            raise DataFileError(path, f"section {entry['id']!r}: 'features' must be a list of names")
        for language in LANGUAGES:
            sections[language].append(
                GuideSection(
                    entry["id"],
                    entry[f"title_{language}"].strip(),
                    entry[f"body_{language}"].strip(),
                    tuple(features),
                )
            )
    return {language: tuple(items) for language, items in sections.items()}


def guide_sections(language: str = "de") -> list[GuideSection]:
    """The guide's sections in ``language`` ("de" or "en"), in reading order."""
    _check_language(language)
    return list(_load()[language])


def section_for_feature(feature: str, language: str = "de") -> GuideSection | None:
    """The section that explains ``feature`` (the longest matching prefix), or None."""
    best: tuple[int, GuideSection] | None = None
    for section in guide_sections(language):
        for prefix in section.features:
            if feature.startswith(prefix) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), section)
    return best[1] if best else None


def guide_markdown(language: str = "de") -> str:
    """The whole guide as one Markdown document: a title, then one ``##`` chapter per section."""
    _check_language(language)
    parts = [f"# {DOCUMENT_TITLES[language]}"]
    for section in guide_sections(language):
        parts += [f"## {section.title}", section.body]
    return "\n\n".join(parts) + "\n"


def guide_html(language: str = "de") -> str:
    """The whole guide as an HTML fragment (no scripts, no styles): one ``<section>`` per chapter."""
    _check_language(language)
    parts = [f'<div class="guide" lang="{language}">', f"<h1>{escape(DOCUMENT_TITLES[language])}</h1>"]
    for section in guide_sections(language):
        parts += [
            f'<section id="guide-{escape(section.id)}">',
            f"<h2>{_inline(escape(section.title))}</h2>",
            markdown_to_html(section.body),
            "</section>",
        ]
    parts.append("</div>")
    return "\n".join(parts) + "\n"


_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_PLACEHOLDER = re.compile("\x00(\\d+)\x00")


def markdown_to_html(text: str) -> str:
    """HTML for a small Markdown subset; the text is escaped first, so only these tags can appear."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    list_tag = ""

    def close() -> None:
        nonlocal list_tag
        if paragraph:
            blocks.append(f"<p>{_inline(' '.join(paragraph))}</p>")
            paragraph.clear()
        if items:
            body = "".join(f"<li>{_inline(item)}</li>" for item in items)
            blocks.append(f"<{list_tag}>{body}</{list_tag}>")
            items.clear()
        list_tag = ""

    for raw in escape(text).splitlines():
        line = raw.strip()
        heading = _HEADING.match(line)
        marker = _BULLET.match(raw) or _NUMBERED.match(raw)
        if not line:
            close()
        elif heading:
            close()
            level = len(heading.group(1))
            blocks.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif marker:
            tag = "ul" if _BULLET.match(raw) else "ol"
            if paragraph or (items and tag != list_tag):
                close()
            list_tag = tag
            items.append(marker.group(1).strip())
        elif items:  # a continuation line of the current list item
            items[-1] += " " + line
        else:
            paragraph.append(line)
    close()
    return "\n".join(blocks)


def _inline(text: str) -> str:
    """``code`` and **bold** in already escaped text; code spans are left as written."""
    codes: list[str] = []

    def keep(match: re.Match[str]) -> str:
        codes.append(match.group(1))
        return f"\x00{len(codes) - 1}\x00"

    text = _BOLD.sub(r"<strong>\1</strong>", _CODE.sub(keep, text.replace("\x00", "")))
    return _PLACEHOLDER.sub(lambda match: f"<code>{codes[int(match.group(1))]}</code>", text)
