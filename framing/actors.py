"""The actor registry (``data/registries/actors.toml`` plus a user file) and finding actor mentions.

Names and role phrases become one lexicon (genitive "Putins", "Lawrows" derived), matched once per
text. A bare surname that is also a common word or place ("Berlin") is not a name in the registry:
``introduced_surnames`` maps the surnames of persons mentioned with their full name earlier in the
text, and the sourcing family uses it only in speaker positions ("zitiert tagesspiegel.de Berlin").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from .datafiles import load_toml, table_entries
from .errors import DataFileError
from .lexicons import FILES, Entry, Lexicon, Resources, lexicon_from_entries
from .model import Doc, Span
from .resources import registry_paths, reloadable

CAMPS: Final = (
    "us_government",
    "russian_government",
    "chinese_government",
    "eu_nato",
    "ukraine",
    "german_government",
    "expert",
    "media",
    "anonymous",
    "other",
)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    camp: str
    kind: str
    names: tuple[str, ...]
    roles: tuple[str, ...]


def load_actors(extra: tuple[Path, ...] = (), resources: Resources = FILES) -> dict[str, Actor]:
    """The actors in effect: an edited registry (the app's session), else the files (``registry_actors``)."""
    edited = resources.edited("actors") if not extra else None
    return edited if edited is not None else registry_actors(extra)


@reloadable
@cache
def registry_actors(extra: tuple[Path, ...] = ()) -> dict[str, Actor]:
    """Bundled registry, then $FRAMING_USER_DIR/actors.toml, then ``extra`` (later ids replace)."""
    actors: dict[str, Actor] = {}
    for path in registry_paths("actors.toml", extra):
        for where, entry in table_entries(path, load_toml(path), "actor"):
            if entry.get("camp") not in CAMPS:
                raise DataFileError(path, f"{where}: needs a camp from {', '.join(CAMPS)}")
            actors[entry["id"]] = Actor(
                entry["id"],
                entry.get("name", entry["id"]),
                entry["camp"],
                entry.get("kind", "person"),
                tuple(entry.get("names", [])),
                tuple(entry.get("roles", [])),
            )
    return actors


@reloadable
@cache
def camp_names() -> dict[str, dict[str, str]]:
    """Camp id → {"de": …, "en": …}: the ``[camps.ID]`` tables of the registry files (a user's file
    may rename a camp)."""
    names: dict[str, dict[str, str]] = {}
    for path in registry_paths("actors.toml"):
        camps = load_toml(path).get("camps", {})
        if not isinstance(camps, dict):
            raise DataFileError(path, "'camps' must be written as [camps.ID] tables")
        for camp, table in camps.items():
            if camp not in CAMPS or not isinstance(table, dict):
                raise DataFileError(path, f"[camps.{camp}]: a camp from {', '.join(CAMPS)} with de and en")
            names.setdefault(camp, {}).update({k: str(v) for k, v in table.items() if k in ("de", "en")})
    return names


def actor_name(actor: str) -> str:
    """The registered name of an actor id ("yellen" → "Janet Yellen"), else the id."""
    found = load_actors().get(actor)
    return found.name if found else actor


def actor_lexicon(resources: Resources = FILES) -> Lexicon:
    """Names and role phrases of the actors in effect as one lexicon."""
    return resources.registry_lexicon("actors", lexicon_of_actors, _registry_lexicon)


@reloadable
@cache
def _registry_lexicon() -> Lexicon:
    return lexicon_of_actors(registry_actors())


def lexicon_of_actors(actors: dict[str, Actor]) -> Lexicon:
    entries = []
    for actor in actors.values():
        for name in actor.names:
            entries.append(Entry(name, actor.id, attrs={"camp": actor.camp, "form": "name"}))
            if " " not in name and not name.endswith(("s", "x", "z", ".de")):
                entries.append(Entry(f"{name}s", actor.id, attrs={"camp": actor.camp, "form": "genitive"}))
        entries += [Entry(role, actor.id, attrs={"camp": actor.camp, "form": "role"}) for role in actor.roles]
    meta = {"name": "actors", "version": "1.0", "source": "data/registries/actors.toml", "licence": "CC0-1.0"}
    return lexicon_from_entries("actors", entries, meta)


def find_mentions(doc: Doc, resources: Resources = FILES) -> list[Span]:
    """Spans on layer "actor" (label = actor id) for every registered name or role in ``doc``."""
    actors = load_actors(resources=resources)
    return [
        Span(
            m.start,
            m.end,
            "actor",
            m.entry.label,
            attrs={"camp": actors[m.entry.label].camp, "form": m.entry.attrs["form"]},
        )
        for m in actor_lexicon(resources).match(doc)
    ]


def introduced_surnames(doc: Doc, mentions: list[Span], resources: Resources = FILES) -> dict[str, str]:
    """Surname → actor id for persons first mentioned with their full name ("Jessica Berlin")."""
    actors = load_actors(resources=resources)
    surnames = {}
    for span in mentions:
        words = doc.text[span.start : span.end].split()
        if len(words) >= 2 and actors[span.label].kind == "person" and span.attrs["form"] == "name":
            surnames[words[-1]] = span.label
    return surnames
