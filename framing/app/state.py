"""One session's corpus: the loaded inputs and the user's edits, kept in the Streamlit session.

The rest of the session's work lives beside it, each in its module (and importable from here as
before): the edits to lexicons and registries (``edits``), their TOML download (``registry_toml``),
the cached analysis (``analysis``) and the warm-up before the first page (``warmup``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

import streamlit as st

from ..compare.events import event_reasons, kept_digest, reason_text
from ..i18n import event_name, t
from ..ingest import RawDocument
from ..lexicons import Resources
from ..model import Doc, Skipped
from ..pipeline import demo_documents
from .analysis import (
    PROGRESS_CHARS,
    PROGRESS_FROM,
    analyse,
    document_key,
    needs_clustering,
    prepared_articles,
)
from .edits import (
    EDITABLE_LEXICONS,
    LexiconEdit,
    RegistryEdit,
    edited_actors,
    edited_concepts,
    edited_lexicon,
    lexicon_csv,
)
from .limits import MAX_ARTICLE_CHARS, MAX_ARTICLES, TOO_MANY
from .registry_toml import registry_toml
from .warmup import preload, warm_up

__all__ = [  # the names the pages, the command and the tests import from here
    "EDITABLE_LEXICONS",
    "MAX_ARTICLES",
    "MAX_ARTICLE_CHARS",
    "PROGRESS_CHARS",
    "PROGRESS_FROM",
    "TOO_MANY",
    "Added",
    "Corpus",
    "LexiconEdit",
    "RegistryEdit",
    "Shortened",
    "analyse",
    "choose_event",
    "demo_corpus",
    "document_key",
    "edited_actors",
    "edited_concepts",
    "edited_lexicon",
    "events_of",
    "lexicon_csv",
    "needs_clustering",
    "preload",
    "prepared_articles",
    "registry_toml",
    "session_corpus",
    "shorten",
    "store_path",
    "warm_up",
]
DB_VARIABLE = "FRAMING_APP_DB"  # a corpus store the app shows (framing app --db); unset: demo and uploads


def store_path() -> Path | None:
    """The corpus store the app was started on (``$FRAMING_APP_DB``), or None."""
    value = os.environ.get(DB_VARIABLE, "").strip()
    return Path(value) if value else None


@dataclass(frozen=True)
class Shortened:
    """An article cut to ``MAX_ARTICLE_CHARS`` characters: where it came from, the characters kept
    and its full length."""

    source: str
    kept: int
    total: int


class Added(NamedTuple):
    """What ``Corpus.add`` did: articles added, duplicates passed over, items skipped (with reasons)
    and articles shortened to the app's limit."""

    added: int
    duplicates: int
    skipped: list[Skipped]
    shortened: list[Shortened]


def shorten(document: RawDocument, limit: int = MAX_ARTICLE_CHARS) -> RawDocument:
    """The document cut to at most ``limit`` characters: at the last paragraph end, else the last
    space, within the last tenth before the limit (else at the limit); its metadata keeps the full
    length ("shortened_from"). Short documents are returned as they are."""
    text = document.text
    if len(text) <= limit:
        return document
    cut = max(text.rfind("\n\n", 0, limit), 0)
    if cut < 0.9 * limit:
        cut = max(text.rfind(" ", 0, limit), 0)
    if cut < 0.9 * limit:
        cut = limit
    metadata = {**document.metadata, "shortened_from": len(text)}
    return replace(document, text=text[:cut].rstrip(), metadata=metadata)


@dataclass
class Corpus:
    documents: list[RawDocument] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    outlet_edits: dict[str, str] = field(default_factory=dict)  # document key → outlet
    event_edits: dict[str, str] = field(default_factory=dict)  # document key → event
    lexicon_edits: dict[str, LexiconEdit] = field(default_factory=dict)
    registry_edits: dict[str, RegistryEdit] = field(default_factory=dict)  # "actors", "concepts"

    def keys(self) -> list[str]:
        return [document_key(d) for d in self.documents]

    def add(self, items: Iterable[RawDocument | Skipped]) -> Added:
        """Add documents (duplicates by text are skipped; longer ones are shortened to
        ``MAX_ARTICLE_CHARS``, so no article keeps the app busy for long)."""
        known = set(self.keys())
        added, duplicates, skipped, shortened = 0, 0, [], []
        for item in items:
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            characters = len(item.text)
            item = shorten(item)
            key = document_key(item)
            if key in known:
                duplicates += 1
                continue
            if len(self.documents) >= MAX_ARTICLES:
                skipped.append(Skipped(item.source, TOO_MANY))
                continue
            known.add(key)
            self.documents.append(item)
            added += 1
            if len(item.text) < characters:
                shortened.append(Shortened(item.source, len(item.text), characters))
        self.skipped.extend(skipped)
        return Added(added, duplicates, skipped, shortened)

    def resources(self) -> Resources:
        """The lexicons and registries this session analyses with: its edits over the data files."""
        edits: dict[str, Any] = {
            name: edited_lexicon(name, edit) for name, edit in self.lexicon_edits.items()
        }
        if "actors" in self.registry_edits:
            edits["actors"] = edited_actors(self.registry_edits["actors"])
        if "concepts" in self.registry_edits:
            edits["concepts"] = edited_concepts(self.registry_edits["concepts"])
        return Resources(edits)

    def lexicon_signature(self) -> str:
        edits: dict[str, LexiconEdit | RegistryEdit] = {**self.lexicon_edits, **self.registry_edits}
        return "|".join(f"{n}:{e.signature()}" for n, e in sorted(edits.items()))


def demo_corpus() -> Corpus:
    corpus = Corpus()
    corpus.add(demo_documents())
    return corpus


def session_corpus() -> Corpus:
    """This session's corpus: the demo corpus until the user changes it."""
    if "corpus" not in st.session_state:
        st.session_state["corpus"] = demo_corpus()
    return st.session_state["corpus"]


def choose_event(docs: list[Doc], language: str, key: str) -> list[Doc] | None:
    """A select box of the events (most outlets first) and the chosen one's reason (shared names,
    dates, size) below it, then the digests the grouping kept apart, each with why (``kept_digest``), as
    plain text; the chosen event's articles, None when empty."""
    events = events_of(docs)
    if not events:
        st.info(t("compare.no_events", language))
        return None
    names = sorted(events, key=lambda e: -len({d.article.outlet for d in events[e]}))
    chosen = st.selectbox(
        t("compare.event", language), names, format_func=lambda e: event_name(e, language), key=key
    )
    reason = event_reasons(docs).get(chosen)
    if reason is not None:  # shared names come from article text: shown literally
        st.text(reason_text(reason, language, written_dates=True))
    digests = [(doc, why) for doc in docs if (why := kept_digest(doc, language))]
    if digests:  # kept out of the grouping, each an event of its own: listed with why
        with st.expander(t("event.digests", language, count=len(digests))):
            st.text(
                "\n".join(
                    f"{why}: {d.article.outlet or '?'} – {d.article.title or d.article.source}"
                    for d, why in digests
                )
            )
    return events[chosen]


def events_of(docs: list[Doc]) -> dict[str, list[Doc]]:
    events: dict[str, list[Doc]] = {}
    for doc in docs:
        events.setdefault(doc.article.event or "—", []).append(doc)
    return events
