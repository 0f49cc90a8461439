"""The lexicons page: browse and search every lexicon and registry with its provenance; add or remove
lexicon entries for this session (the analysis follows) and download the edited file."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..actors import load_actors
from ..datafiles import load_toml
from ..lexicons import Entry, lexicon
from ..measures.populism import dictionary
from ..outlets import load_registry
from ..resources import data_path
from .i18n import t
from .state import EDITABLE_LEXICONS, Corpus, LexiconEdit, edited_lexicon, lexicon_csv

REGISTRIES = ("populism_gruendl_de", "actors", "outlets", "concepts")


def entries_table(corpus: Corpus, name: str) -> tuple[pd.DataFrame, dict]:
    """(entries, provenance meta) of a lexicon (as edited in this session) or registry."""
    if name in EDITABLE_LEXICONS:
        current = (
            edited_lexicon(name, corpus.lexicon_edits[name])
            if name in corpus.lexicon_edits
            else lexicon(name)
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
            for a in load_actors().values()
        ]
        return pd.DataFrame(rows), load_toml(data_path("registries", "actors.toml"))["meta"]
    if name == "outlets":
        rows = [
            {
                "id": o.id,
                "name": o.name,
                "type": o.type,
                "domains": "; ".join(o.domains),
                "country": o.country,
                "notes": o.notes,
            }
            for o in load_registry().outlets.values()
        ]
        return pd.DataFrame(rows), load_toml(data_path("registries", "outlets.toml"))["meta"]
    data = load_toml(data_path("registries", "concepts.toml"))
    rows = [
        {"concept": c["id"], "term": v["term"], "connotation": v["connotation"], "note": v.get("note", "")}
        for c in data.get("concept", [])
        for v in c.get("variants", [])
    ]
    return pd.DataFrame(rows), data["meta"]


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


def _parse_score(text: str) -> float | str | None:
    if not text.strip():
        return None
    try:
        value = float(text.replace("−", "-").replace(",", "."))
    except ValueError:
        return "bad"
    return value if -1 <= value <= 1 else "bad"


def _edit_controls(corpus: Corpus, name: str, labels: list[str], language: str) -> None:
    with st.form(f"add_{name}", clear_on_submit=True):
        st.write(t("lex.add", language))
        term = st.text_input(t("lex.term", language), key=f"add_term_{name}")
        label = st.selectbox(t("lex.label", language), labels, key=f"add_label_{name}")
        score_text = st.text_input(t("lex.score", language), key=f"add_score_{name}")
        if st.form_submit_button(t("lex.add_button", language)):
            score = _parse_score(score_text)
            if not term.strip():
                st.error(t("lex.bad_term", language))
            elif score == "bad":
                st.error(t("lex.bad_score", language))
            else:
                add_entry(corpus, name, term.strip(), label, score)
                st.session_state["flash"] = [
                    ("success", t("lex.added", language, term=term.strip(), label=label))
                ]
                st.rerun()
    with st.form(f"remove_{name}", clear_on_submit=True):
        term = st.text_input(t("lex.remove", language), key=f"remove_term_{name}")
        if st.form_submit_button(t("lex.remove_button", language)) and term.strip():
            if remove_term(corpus, name, term.strip()):
                st.session_state["flash"] = [("success", t("lex.removed", language, term=term.strip()))]
                st.rerun()
            else:
                st.error(t("lex.unknown_term", language, term=term.strip()))


def render(corpus: Corpus, language: str) -> None:
    st.header(t("page.lexicons", language))
    name = st.selectbox(t("lex.choose", language), [*EDITABLE_LEXICONS, *REGISTRIES], key="lexicon_name")
    table, meta = entries_table(corpus, name)
    st.markdown(f"**{t('lex.provenance', language)}**")
    st.table(pd.DataFrame([{k: str(v) for k, v in meta.items()}]).T.rename(columns={0: ""}))
    query = st.text_input(t("lex.search", language), key=f"lexicon_search_{name}")
    shown = search(table, query)
    st.caption(t("lex.entries", language, shown=len(shown), total=len(table)))
    st.dataframe(shown, hide_index=True, width="stretch")
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
