"""An edited actors or concepts registry written back as a TOML file of the bundled shape, for the
lexicons page's download (Python reads TOML but has no writer for it)."""

from __future__ import annotations

from ..measures.wording import VARIANT_FIELDS, Topic, registry_topics


def registry_toml(name: str, data: dict) -> str:
    """An edited actors or concepts registry as a TOML file of the bundled shape (for download)."""
    lines = [
        "[meta]",
        f'name = "{name}"',
        'version = "session"',
        'source = "edited in the framing app"',
        'licence = "CC0-1.0"',
        "",
    ]
    if name == "actors":
        for actor in data.values():
            lines += [
                "[[actor]]",
                f"id = {_toml(actor.id)}",
                f"name = {_toml(actor.name)}",
                f"camp = {_toml(actor.camp)}",
                f"kind = {_toml(actor.kind)}",
                f"names = [{', '.join(_toml(n) for n in actor.names)}]",
                f"roles = [{', '.join(_toml(r) for r in actor.roles)}]",
                "",
            ]
    else:
        lines += _topic_tables(registry_topics())
        for cid, concept in data.items():
            lines += ["[[concept]]", f"id = {_toml(cid)}", f"description = {_toml(concept['description'])}"]
            lines += [
                f"label_{language} = {_toml(name)}" for language, name in concept.get("labels", {}).items()
            ]
            lines.append(f"topics = [{', '.join(_toml(topic) for topic in concept.get('topics', []))}]")
            lines.append("variants = [")
            for v in concept["variants"]:
                keys = ("term", "connotation", *(k for k in VARIANT_FIELDS if v.get(k)), "note")
                fields = ", ".join(f"{k} = {_toml(v.get(k, ''))}" for k in keys)
                lines.append(f"  {{ {fields} }},")
            lines += ["]", ""]
    return "\n".join(lines)


def _topic_tables(topics: dict[str, Topic]) -> list[str]:
    """The [[topic]] tables of the registry, so a downloaded concepts file keeps its gates."""
    lines = []
    for topic in topics.values():
        lines += ["[[topic]]", f"id = {_toml(topic.id)}"]
        lines += [f"label_{language} = {_toml(name)}" for language, name in topic.labels.items()]
        lines += [
            f"cues = [{', '.join(_toml(cue) for cue in topic.cues)}]",
            f"min_hits = {topic.min_hits}",
            f"window = {topic.window}",
            "",
        ]
    return lines


def _toml(value: str) -> str:
    """A TOML basic string."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'
