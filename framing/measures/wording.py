"""Word choice: which of a concept's names an outlet uses ("Angriffskrieg", "Offensive",
"Ukraine-Konflikt"), in its own voice or inside quotes.

Concepts and their variants, each with a connotation tag, are data:
``data/registries/concepts.toml`` (plus ``$FRAMING_USER_DIR/concepts.toml``). Variants apply
everywhere the words occur (a "Präsident" may be any president: the spans show which); the
longest variant wins, so "Angriffskrieg" is counted once, as Angriffskrieg, and "unrechtmäßige
Sanktionen" once, not also as "Sanktionen".
"""

from __future__ import annotations

from functools import cache

from ..datafiles import load_toml
from ..lexicons import Entry, Lexicon, derived, lexicon_from_entries, session_value
from ..model import Doc, Span
from ..resources import data_path, user_dir
from .voice import token_voice


def concepts() -> dict[str, dict]:
    """The concepts in effect: a session's edited registry (the app), else the files."""
    edited = session_value("concepts")
    return edited if edited is not None else registry_concepts()


@cache
def registry_concepts() -> dict[str, dict]:
    """Concept id → {"description", "labels": {language: name}, "variants": [{term, connotation, note}]}."""
    paths = [data_path("registries", "concepts.toml")]
    folder = user_dir()
    if folder and (folder / "concepts.toml").is_file():
        paths.append(folder / "concepts.toml")
    result: dict[str, dict] = {}
    for path in paths:
        for concept in load_toml(path).get("concept", []):
            entry = result.setdefault(
                concept["id"], {"description": concept.get("description", ""), "labels": {}, "variants": []}
            )
            entry["labels"].update({k[6:]: v for k, v in concept.items() if k.startswith("label_")})
            entry["variants"] += concept.get("variants", [])
    return result


def concept_name(concept: str, language: str = "en") -> str:
    """A concept's name for readers ("der Krieg gegen die Ukraine"), else its id."""
    return concepts().get(concept, {}).get("labels", {}).get(language) or concept


def concept_lexicon() -> Lexicon:
    """The naming variants of the concepts in effect as one lexicon."""
    edited = session_value("concepts")
    return derived("concepts", edited, lexicon_of_concepts) if edited is not None else _registry_lexicon()


@cache
def _registry_lexicon() -> Lexicon:
    return lexicon_of_concepts(registry_concepts())


def lexicon_of_concepts(concept_registry: dict[str, dict]) -> Lexicon:
    entries = [
        Entry(
            v["term"],
            f"{cid}:{v['term']}",
            note=v.get("note", ""),
            attrs={"concept": cid, "connotation": v["connotation"]},
        )
        for cid, concept in concept_registry.items()
        for v in concept["variants"]
    ]
    meta = {
        "name": "concepts",
        "version": "1.0",
        "source": "data/registries/concepts.toml",
        "licence": "CC0-1.0",
    }
    return lexicon_from_entries("concepts", entries, meta)


def _feature_names() -> dict[str, str]:
    names = {}
    for cid, concept in concepts().items():
        for connotation in sorted({v["connotation"] for v in concept["variants"]}):
            names[f"wording.{cid}.{connotation}"] = (
                f"{connotation} names for {cid} in the outlet's own voice (count)"
            )
        names[f"wording.{cid}.quoted"] = f"names for {cid} inside quotes (count)"
    return names


FEATURES = _feature_names()


def annotate(doc: Doc) -> list[Span]:
    spans = []
    for match in concept_lexicon().match(doc):
        attrs = dict(match.entry.attrs)
        attrs["variant"] = match.entry.term
        attrs["voice"] = token_voice(doc, match.first_token, match.end_token)
        spans.append(Span(match.start, match.end, "wording", match.entry.label, attrs=attrs))
    return spans


def score(doc: Doc, spans: list[Span]) -> dict[str, float]:
    features = dict.fromkeys(FEATURES, 0.0)
    for span in spans:
        concept = span.attrs["concept"]
        key = (
            f"wording.{concept}.quoted"
            if span.attrs["voice"] == "quoted"
            else f"wording.{concept}.{span.attrs['connotation']}"
        )
        features[key] += 1.0
    return features
