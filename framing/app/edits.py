"""A session's edits to lexicons and registries (entries added, entries removed), and the edited
lexicons and registries built from them; the analysis of that session uses them (``Corpus.resources``)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from ..actors import Actor, registry_actors
from ..lexicons import Entry, Lexicon, lexicon_from_entries, load_lexicon
from ..measures.wording import registry_concepts

EDITABLE_LEXICONS = (
    "polarity_de",
    "polarity_news_de",
    "tone_modifiers",
    "tone_stoplist",
    "emotive_de",
    "hedging_de",
    "frames_generic_de",
    "frames_policy_de",
)


@dataclass
class LexiconEdit:
    """Entries a session added to a lexicon and terms it removed."""

    added: list[Entry] = field(default_factory=list)
    removed: set[str] = field(default_factory=set)

    def signature(self) -> str:
        added = sorted((e.term, e.label, e.score) for e in self.added)
        return repr((added, sorted(self.removed)))


@dataclass
class RegistryEdit:
    """Entries a session added to a registry (actors: one dict per actor; concepts: one per variant,
    with its "concept") and the keys it removed (actor ids; "concept:term")."""

    added: list[dict[str, Any]] = field(default_factory=list)
    removed: set[str] = field(default_factory=set)

    def signature(self) -> str:
        return repr((sorted(repr(sorted(a.items())) for a in self.added), sorted(self.removed)))


def edited_actors(edit: RegistryEdit) -> dict[str, Actor]:
    actors = {key: actor for key, actor in registry_actors().items() if key not in edit.removed}
    for entry in edit.added:
        actors[entry["id"]] = Actor(
            entry["id"],
            entry["name"],
            entry["camp"],
            entry["kind"],
            tuple(entry["names"]),
            tuple(entry["roles"]),
        )
    return actors


def edited_concepts(edit: RegistryEdit) -> dict[str, dict]:
    concepts = {
        cid: {
            "description": concept["description"],
            "labels": dict(concept.get("labels", {})),
            "topics": list(concept.get("topics", [])),  # the topic gate stays (wording.annotate)
            "variants": [v for v in concept["variants"] if f"{cid}:{v['term']}" not in edit.removed],
        }
        for cid, concept in registry_concepts().items()
    }
    for entry in edit.added:
        concept = concepts.setdefault(
            entry["concept"], {"description": entry.get("description", ""), "variants": []}
        )
        concept["variants"].append({k: entry[k] for k in ("term", "connotation", "note")})
    return concepts


def edited_lexicon(name: str, edit: LexiconEdit) -> Lexicon:
    base = load_lexicon(name)
    entries = [e for e in base.entries if e.term.lower() not in edit.removed] + edit.added
    meta = {"meta": {**base.meta, "version": f"{base.meta.get('version', '?')}+session"}}
    meta["labels"] = {label: {"description": text} for label, text in base.labels.items()}
    return lexicon_from_entries(name, entries, meta)


def lexicon_csv(lexicon_: Lexicon) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["term", "label", "score", "note"])
    for entry in lexicon_.entries:
        writer.writerow([entry.term, entry.label, "" if entry.score is None else entry.score, entry.note])
    return buffer.getvalue()
