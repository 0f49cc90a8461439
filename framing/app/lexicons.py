"""The lexicons page: browse and search every lexicon and registry with its provenance; add or remove
lexicon entries, actors and concept variants for this session (the analysis follows) and download the
edited file. The outlet and source-type registries and Gründl's populism patterns are for browsing
(outlets are set per article on the corpus page; source-type cues are extended with a user file)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..actors import CAMPS, Actor, registry_actors
from ..datafiles import load_toml
from ..i18n import column_name, outlet_type_name, t
from ..lexicons import Entry, load_lexicon
from ..measures.populism import dictionary
from ..measures.wording import registry_concepts, registry_topics
from ..outlets import load_registry
from ..resources import data_path
from ..sources import load_registry as source_registry
from .literal import literal, literal_table
from .state import (
    EDITABLE_LEXICONS,
    Corpus,
    LexiconEdit,
    RegistryEdit,
    edited_actors,
    edited_concepts,
    edited_lexicon,
    lexicon_csv,
    registry_toml,
)

REGISTRIES = ("populism_gruendl_de", "actors", "source_types", "outlets", "concepts")
EDITABLE_REGISTRIES = ("actors", "concepts")
ACTOR_KINDS = ("person", "organisation", "media", "group")
CONNOTATIONS = (
    "neutral",
    "condemning",
    "minimizing",
    "euphemistic",
    "legitimizing",
    "delegitimizing",
    "dramatizing",
    "stigmatizing",
)


def entries_table(corpus: Corpus, name: str) -> tuple[pd.DataFrame, dict]:
    """(entries, provenance meta) of a lexicon (as edited in this session) or registry."""
    if name in EDITABLE_LEXICONS:
        current = (
            edited_lexicon(name, corpus.lexicon_edits[name])
            if name in corpus.lexicon_edits
            else load_lexicon(name)
        )
        rows = [{"term": e.term, "label": e.label, "score": e.score, "note": e.note} for e in current.entries]
        return pd.DataFrame(rows), dict(current.meta)
    if name == "populism_gruendl_de":
        rows = [dict(row) for _, _, row in dictionary()]
        return pd.DataFrame(rows), load_toml(data_path("lexicons", "populism_gruendl_de.meta.toml"))["meta"]
    if name == "actors":
        rows = [
            {
                "id": a.id,
                "name": a.name,
                "camp": a.camp,
                "kind": a.kind,
                "names": "; ".join(a.names),
                "roles": "; ".join(a.roles),
            }
            for a in current_actors(corpus).values()
        ]
        return pd.DataFrame(rows), load_toml(data_path("registries", "actors.toml"))["meta"]
    if name == "source_types":
        registry = source_registry()
        rows = [{"type": kind, "cue": cue, "kind": form} for kind, form, cue in registry.entries()]
        meta = dict(registry.meta) | {"files": "; ".join(registry.sources)}
        return pd.DataFrame(rows), meta
    if name == "outlets":
        rows = [
            {
                "id": o.id,
                "name": o.name,
                "type": o.type,
                "domains": "; ".join(o.domains),
                "country": o.country,
                "owner": o.owner,
                "source": o.source,
                "notes": o.notes,
            }
            for o in load_registry().outlets.values()
        ]
        return pd.DataFrame(rows), load_toml(data_path("registries", "outlets.toml"))["meta"]
    rows = [
        {
            "concept": cid,
            "topics": ", ".join(concept.get("topics", [])),
            "term": v["term"],
            "connotation": v["connotation"],
            "strength": v.get("strength", ""),
            "scope": v.get("scope", "article"),
            "source": v.get("source", ""),
            "note": v.get("note", ""),
        }
        for cid, concept in current_concepts(corpus).items()
        for v in concept["variants"]
    ]
    return pd.DataFrame(rows), load_toml(data_path("registries", "concepts.toml"))["meta"]


def topics_table(language: str) -> pd.DataFrame:
    """The topics that gate the concepts: name, the cue words, and how many the article needs."""
    rows = [
        {
            column_name("topic", language): topic.id,
            t("lex.topic_name", language): topic.labels.get(language, topic.id),
            column_name("min_hits", language): topic.min_hits,
            column_name("window", language): topic.window,
            column_name("cues", language): ", ".join(topic.cues),
        }
        for topic in registry_topics().values()
    ]
    return pd.DataFrame(rows)


def current_actors(corpus: Corpus) -> dict[str, Actor]:
    edit = corpus.registry_edits.get("actors")
    return edited_actors(edit) if edit else registry_actors()


def current_concepts(corpus: Corpus) -> dict[str, dict]:
    edit = corpus.registry_edits.get("concepts")
    return edited_concepts(edit) if edit else registry_concepts()


def _flash_and_rerun(message: str) -> None:
    st.session_state["flash"] = [("success", message)]
    st.rerun()


def _actor_controls(corpus: Corpus, language: str) -> None:
    edit = corpus.registry_edits.setdefault("actors", RegistryEdit())
    with st.form("add_actors", clear_on_submit=True):
        st.write(t("lex.add_actor", language))
        actor_id = st.text_input(t("lex.actor_id", language), key="add_actor_id")
        name = st.text_input(t("lex.actor_name", language), key="add_actor_name")
        camp = st.selectbox(t("compare.camp", language), CAMPS, key="add_actor_camp")
        kind = st.selectbox(t("lex.actor_kind", language), ACTOR_KINDS, key="add_actor_kind")
        names = st.text_input(t("lex.actor_names", language), key="add_actor_names")
        roles = st.text_input(t("lex.actor_roles", language), key="add_actor_roles")
        if st.form_submit_button(t("lex.add_button", language)):
            key = actor_id.strip().lower().replace(" ", "_")
            written = [n.strip() for n in names.split(";") if n.strip()] or [name.strip()]
            if not key or not name.strip():
                st.error(t("lex.bad_actor", language))
            else:
                edit.removed.discard(key)
                edit.added = [a for a in edit.added if a["id"] != key]
                roles_list = [r.strip() for r in roles.split(";") if r.strip()]
                edit.added.append(
                    {
                        "id": key,
                        "name": name.strip(),
                        "camp": camp,
                        "kind": kind,
                        "names": written,
                        "roles": roles_list,
                    }
                )
                _flash_and_rerun(t("lex.added", language, term=literal(name.strip()), label=literal(camp)))
    with st.form("remove_actors", clear_on_submit=True):
        actor_id = st.text_input(t("lex.remove_actor", language), key="remove_actor_id")
        if st.form_submit_button(t("lex.remove_button", language)) and actor_id.strip():
            key = actor_id.strip()
            if key not in current_actors(corpus):
                st.error(t("lex.unknown_term", language, term=literal(key)))
            else:
                edit.added = [a for a in edit.added if a["id"] != key]
                edit.removed.add(key)
                _flash_and_rerun(t("lex.removed", language, term=literal(key)))


def _concept_controls(corpus: Corpus, language: str) -> None:
    edit = corpus.registry_edits.setdefault("concepts", RegistryEdit())
    concepts = current_concepts(corpus)
    with st.form("add_concepts", clear_on_submit=True):
        st.write(t("lex.add_variant", language))
        concept = st.selectbox(t("lex.concept", language), list(concepts), key="add_variant_concept")
        term = st.text_input(t("lex.term", language), key="add_variant_term")
        connotation = st.selectbox(
            t("lex.connotation", language), CONNOTATIONS, key="add_variant_connotation"
        )
        note = st.text_input(t("lex.note", language), key="add_variant_note")
        if st.form_submit_button(t("lex.add_button", language)):
            if not term.strip():
                st.error(t("lex.bad_term", language))
            else:
                edit.removed.discard(f"{concept}:{term.strip()}")
                edit.added.append(
                    {
                        "concept": concept,
                        "term": term.strip(),
                        "connotation": connotation,
                        "note": note.strip(),
                    }
                )
                _flash_and_rerun(t("lex.added", language, term=literal(term.strip()), label=literal(concept)))
    with st.form("remove_concepts", clear_on_submit=True):
        concept = st.selectbox(t("lex.concept", language), list(concepts), key="remove_variant_concept")
        term = st.text_input(t("lex.remove", language), key="remove_variant_term")
        if st.form_submit_button(t("lex.remove_button", language)) and term.strip():
            terms = [v["term"] for v in concepts.get(concept, {}).get("variants", [])]
            if term.strip() not in terms:
                st.error(t("lex.unknown_term", language, term=literal(term.strip())))
            else:
                edit.added = [a for a in edit.added if (a["concept"], a["term"]) != (concept, term.strip())]
                edit.removed.add(f"{concept}:{term.strip()}")
                _flash_and_rerun(t("lex.removed", language, term=literal(term.strip())))


def _registry_edits(corpus: Corpus, name: str, language: str) -> None:
    """Add/remove controls, the list of changes, download and reset for the actors or concepts registry."""
    (_actor_controls if name == "actors" else _concept_controls)(corpus, language)
    st.subheader(t("lex.edits", language))
    edit = corpus.registry_edits.get(name)
    if not edit or (not edit.added and not edit.removed):
        st.write(t("lex.no_edits", language))
        return
    changes = [{"": "+", "entry": a.get("id") or f"{a['concept']}:{a['term']}"} for a in edit.added]
    changes += [{"": "−", "entry": key} for key in sorted(edit.removed)]
    st.dataframe(pd.DataFrame(changes), hide_index=True)
    data = current_actors(corpus) if name == "actors" else current_concepts(corpus)
    left, right = st.columns(2)
    left.download_button(
        t("lex.download_registry", language),
        registry_toml(name, data),
        file_name=f"{name}.toml",
        mime="application/toml",
        key=f"download_{name}",
    )
    if right.button(t("lex.reset", language), key=f"reset_{name}"):
        corpus.registry_edits.pop(name, None)
        st.rerun()


def search(table: pd.DataFrame, query: str) -> pd.DataFrame:
    if not query.strip():
        return table
    text = table.astype(str).apply(lambda row: " ".join(row).lower(), axis=1)
    return table[text.str.contains(query.strip().lower(), regex=False)]


def add_entry(corpus: Corpus, name: str, term: str, label: str, score: float | None) -> None:
    edit = corpus.lexicon_edits.setdefault(name, LexiconEdit())
    edit.removed.discard(term.lower())
    edit.added.append(Entry(term, label, score, note="added in the app"))


def remove_term(corpus: Corpus, name: str, term: str) -> bool:
    """Remove ``term`` for the session; False when the lexicon does not have it."""
    edit = corpus.lexicon_edits.setdefault(name, LexiconEdit())
    current = edited_lexicon(name, edit)
    if not any(e.term.lower() == term.lower() for e in current.entries):
        return False
    edit.added = [e for e in edit.added if e.term.lower() != term.lower()]
    edit.removed.add(term.lower())
    return True


def _parse_score(text: str) -> float | None:
    """The score typed in the form (None when left empty); ValueError unless a number from -1 to 1."""
    if not text.strip():
        return None
    value = float(text.replace("−", "-").replace(",", "."))
    if not -1 <= value <= 1:
        raise ValueError(text)
    return value


def _add_from_form(corpus: Corpus, name: str, term: str, label: str, score_text: str, language: str) -> None:
    """Add the entry typed in the form, or say why not (no term, a score outside -1…1)."""
    if not term:
        st.error(t("lex.bad_term", language))
        return
    try:
        score = _parse_score(score_text)
    except ValueError:
        st.error(t("lex.bad_score", language))
        return
    add_entry(corpus, name, term, label, score)
    st.session_state["flash"] = [
        ("success", t("lex.added", language, term=literal(term), label=literal(label)))
    ]
    st.rerun()


def _edit_controls(corpus: Corpus, name: str, labels: list[str], language: str) -> None:
    with st.form(f"add_{name}", clear_on_submit=True):
        st.write(t("lex.add", language))
        term = st.text_input(t("lex.term", language), key=f"add_term_{name}")
        label = st.selectbox(t("lex.label", language), labels, key=f"add_label_{name}")
        score_text = st.text_input(t("lex.score", language), key=f"add_score_{name}")
        if st.form_submit_button(t("lex.add_button", language)):
            _add_from_form(corpus, name, term.strip(), label, score_text, language)
    with st.form(f"remove_{name}", clear_on_submit=True):
        term = st.text_input(t("lex.remove", language), key=f"remove_term_{name}")
        if st.form_submit_button(t("lex.remove_button", language)) and term.strip():
            if remove_term(corpus, name, term.strip()):
                st.session_state["flash"] = [
                    ("success", t("lex.removed", language, term=literal(term.strip())))
                ]
                st.rerun()
            else:
                st.error(t("lex.unknown_term", language, term=literal(term.strip())))


def render(corpus: Corpus, language: str, editable: bool = True) -> None:
    """Browse a lexicon or registry; edit it for this session unless ``editable`` is off (a stored
    corpus: its analyses were made with the stored versions, and only re-analysis changes them)."""
    st.header(t("page.lexicons", language))
    name = st.selectbox(t("lex.choose", language), [*EDITABLE_LEXICONS, *REGISTRIES], key="lexicon_name")
    table, meta = entries_table(corpus, name)
    if name == "outlets" and not table.empty:
        table["type"] = [outlet_type_name(kind, language) for kind in table["type"]]
    st.markdown(f"**{t('lex.provenance', language)}**")
    provenance = pd.DataFrame(
        {column_name("value", language): [str(v) for v in meta.values()]},
        index=[column_name(k, language) for k in meta],
    )
    st.table(literal_table(provenance))  # user files' meta is shown as written
    query = st.text_input(t("lex.search", language), key=f"lexicon_search_{name}")
    shown = search(table, query)
    st.caption(t("lex.entries", language, shown=len(shown), total=len(table)))
    st.dataframe(shown.rename(columns=lambda c: column_name(c, language)), hide_index=True, width="stretch")
    if name == "concepts":
        st.markdown(f"**{t('lex.topics', language)}**")
        st.dataframe(topics_table(language), hide_index=True, width="stretch")
    if not editable:
        st.info(t("lex.stored_corpus", language))
        return
    if name in EDITABLE_REGISTRIES:
        _registry_edits(corpus, name, language)
        return
    if name not in EDITABLE_LEXICONS:
        st.info(t("lex.read_only", language))
        return
    labels = sorted(set(table["label"])) if not table.empty else []
    _edit_controls(corpus, name, labels, language)
    st.subheader(t("lex.edits", language))
    edit = corpus.lexicon_edits.get(name)
    if not edit or (not edit.added and not edit.removed):
        st.write(t("lex.no_edits", language))
        return
    changes = [{"": "+", "term": e.term, "label": e.label, "score": e.score} for e in edit.added]
    changes += [{"": "−", "term": term, "label": "", "score": None} for term in sorted(edit.removed)]
    st.dataframe(pd.DataFrame(changes), hide_index=True)
    left, right = st.columns(2)
    left.download_button(
        t("lex.download", language),
        lexicon_csv(edited_lexicon(name, edit)),
        file_name=f"{name}.csv",
        mime="text/csv",
        key=f"download_{name}",
    )
    if right.button(t("lex.reset", language), key=f"reset_{name}"):
        corpus.lexicon_edits.pop(name, None)
        st.rerun()
