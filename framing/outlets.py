"""The outlet registry (``data/registries/outlets.toml`` plus user files) and outlet resolution:
explicit metadata first, then the URL's domain, then text signatures."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final
from urllib.parse import SplitResult, urlsplit

from .clean import Rule, parse_rules
from .datafiles import load_toml, table_entries
from .errors import DataFileError
from .literals import required_any
from .model import frozen_reduce
from .patterns import GuardedPattern, load_pattern
from .resources import registry_paths, reloadable

SIGNATURE_LINE_CHARS: Final = 300
SIGNATURE_TAIL_CHARS: Final = 400
OUTLET_TYPES: Final = (
    "wire",
    "public broadcaster",
    "newspaper",
    "regional newspaper",
    "tabloid",
    "magazine",
    "online portal",
    "alternative/partisan",
    "state media",
)


def url_host(url: str) -> str:
    """The lower-case host of a web address, with or without its scheme ("www.lbv.de/news" too); ""
    for none and for an address that cannot be read ("http://[bad": a user's data, not a crash)."""
    parts = _split(url)
    return (parts.hostname or "").lower() if parts else ""


def url_path(url: str) -> str:
    """The lower-case path of a web address read as ``url_host`` reads it ("/sport/hsv/spiel.html");
    "" for an address that cannot be read."""
    parts = _split(url)
    return parts.path.lower() if parts else ""


def _split(url: str) -> SplitResult | None:
    try:
        return urlsplit(url if "//" in url else f"//{url}")
    except ValueError:  # an unclosed IPv6 host: "http://[bad"
        return None


@dataclass(frozen=True, slots=True)
class Signature:
    pattern: re.Pattern[str] | GuardedPattern  # a user's pattern runs with a time budget
    weight: float
    # lower-case texts of which every match contains one: the regex runs only where one occurs
    literals: tuple[str, ...] = ()  # (none known: it always runs)

    def __reduce__(self) -> tuple[Any, ...]:
        return frozen_reduce(self)


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    type: str
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    country: str | None = None
    owner: str | None = None  # who owns or publishes it
    source: str | None = None  # where the owner and type can be checked
    notes: str | None = None
    signatures: tuple[Signature, ...] = ()
    boilerplate: tuple[Rule, ...] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return frozen_reduce(self)


@dataclass(frozen=True, slots=True)
class Resolution:
    """Which outlet an article is from, and the evidence: how it was decided and on what."""

    outlet: Outlet | None
    name: str | None  # the registry name, or the given name when it is not registered
    method: str  # "metadata", "url", "text signature" or "none"
    evidence: str = ""

    def __reduce__(self) -> tuple[Any, ...]:
        return frozen_reduce(self)


@dataclass
class OutletRegistry:
    outlets: dict[str, Outlet] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    def add_file(self, path: Path) -> None:
        data = load_toml(path)
        for _, entry in table_entries(path, data, "outlet", ("id", "name", "type")):
            outlet = _parse_outlet(path, entry)
            self.outlets[outlet.id] = outlet
        meta = data["meta"]
        self.sources.append(f"{path.name} v{meta['version']} ({meta['licence']})")

    def __iter__(self):
        return iter(self.outlets.values())

    def __len__(self) -> int:
        return len(self.outlets)

    def by_name(self, name: str) -> Outlet | None:
        """The outlet with this id, name or alias; a domain given as the name ("de.rt.com") too."""
        key = _normal(name)
        for outlet in self.outlets.values():
            if key in {_normal(outlet.id), _normal(outlet.name), *map(_normal, outlet.aliases)}:
                return outlet
        return self.by_url(key) if _DOMAIN.fullmatch(key) else None

    def by_url(self, url: str) -> Outlet | None:
        """The outlet of the URL's host or of its nearest parent domain (www.x.de → x.de)."""
        host = url_host(url)
        while host:
            for outlet in self.outlets.values():
                if host in outlet.domains:
                    return outlet
            host = host.partition(".")[2] if host.count(".") > 1 else ""
        return None

    def by_text(self, text: str) -> tuple[Outlet, str] | None:
        """The outlet whose signatures found in ``text`` weigh most."""
        candidate = signature_text(text)
        lower = candidate.lower()
        best: tuple[float, Outlet, list[str]] | None = None
        for outlet in self.outlets.values():
            if not outlet.signatures:  # most outlets: none to look for
                continue
            score, evidence = 0.0, []
            for signature in outlet.signatures:
                for literal in signature.literals:  # a plain loop: a generator per signature cost more
                    if literal in lower:
                        break
                else:
                    if signature.literals:  # none of its literals is in the text: no match
                        continue
                match = signature.pattern.search(candidate)
                if match:
                    score += signature.weight
                    evidence.append(match.group().strip())
            if score and (best is None or score > best[0]):
                best = (score, outlet, evidence)
        return (best[1], "; ".join(f"'{e}'" for e in best[2])) if best else None

    def resolve(self, text: str, name: str | None = None, url: str | None = None) -> Resolution:
        if name:
            outlet = self.by_name(name)
            return Resolution(outlet, outlet.name if outlet else name, "metadata", name)
        if url:
            outlet = self.by_url(url)
            if outlet:
                return Resolution(outlet, outlet.name, "url", url)
        found = self.by_text(text)
        if found:
            return Resolution(found[0], found[0].name, "text signature", found[1])
        return Resolution(None, None, "none")


def signature_text(text: str) -> str:
    """Where outlets sign their pages: short lines (promos, navigation, bylines) and the text's end
    (credits). Searching only there keeps resolution fast on long bodies."""
    short = "\n".join(line for line in text.splitlines() if len(line) <= SIGNATURE_LINE_CHARS)
    return f"{short}\n{text[-SIGNATURE_TAIL_CHARS:]}"


_DOMAIN: Final = re.compile(r"(https?://)?([a-z0-9-]+\.)+[a-z]{2,}(/\S*)?")


def _normal(name: str) -> str:
    return re.sub(r"[\s_]+", " ", name.strip().lower())


def _parse_outlet(path: Path, entry: dict) -> Outlet:
    where = f"outlet {entry['id']!r}"
    if entry["type"] not in OUTLET_TYPES:
        raise DataFileError(path, f"{where}: type must be one of {', '.join(OUTLET_TYPES)}")
    signatures = tuple(
        Signature(
            load_pattern(path, s.get("pattern"), f"{where} signature #{number}"),
            float(s.get("weight", 1)),
            required_any(s.get("pattern") or ""),
        )
        for number, s in enumerate(entry.get("signatures", []), 1)
    )
    return Outlet(
        id=entry["id"],
        name=entry["name"],
        type=entry["type"],
        domains=tuple(d.lower() for d in entry.get("domains", [])),
        aliases=tuple(entry.get("aliases", [])),
        country=entry.get("country"),
        owner=entry.get("owner"),
        source=entry.get("source"),
        notes=entry.get("notes"),
        signatures=signatures,
        boilerplate=parse_rules(path, entry.get("boilerplate", []), where),
    )


@reloadable
@lru_cache(maxsize=8)
def load_registry(extra: tuple[Path, ...] = ()) -> OutletRegistry:
    """The bundled registry, then ``$FRAMING_USER_DIR/outlets.toml``, then ``extra`` files."""
    registry = OutletRegistry()
    for path in registry_paths("outlets.toml", extra):
        registry.add_file(path)
    return registry
