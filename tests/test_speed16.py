"""Issue 16, fifteenth speed round (branch speed16): the first sighting of a word form made cheaper
without changing what it finds: the speaker flags read from two tables built from the word lists
(one look-up for the form, one for its lemma), and a new word's lexicon candidates looked up once
where its lemma, head or tail is the form's own, and a token's text the string remembered with its
form's analysis. Each is compared with the reading it replaces, written out here, on the words of
real German sentences; the tables follow a user's word list; nothing differs from article to article."""

from framing import resources
from framing.lexicons import AFFIX_END, FILES, _combined
from framing.measures import DOCUMENT_LEXICONS
from framing.pipeline import demo_documents, doc_from_text
from framing.speakers import (
    CANDIDATE,
    KONJUNKTIV,
    PARTICLE_VERB,
    SPEECH,
    STRONG,
    TRIGGER,
    flag_tables,
    form_flags,
    is_capitalised,
    is_plain_word,
    konjunktiv_one,
    noun_kind,
    speech_words,
)

SENTENCES = (
    "Laut Innenministerin Johanna Mikl-Leitner sei die Lage an der Grenze ruhig, sagte ein Sprecher.",
    "Das Ministerium teilte am Montag mit, die Zahl der Anträge habe sich verdoppelt.",
    "Der 62-Jährige, so die Polizei, habe die Flüchtlinge nach Wien gebracht; der ex-Minister schwieg.",
    "Später erklärte die SPD-Chefin, dass die beliebten Asylwerber-Quartiere zufolge der Stadt reichten.",
    "Sagte er das? Die Regierung handele, fordere aber Geduld: Es handle sich um eine Krise.",
)


def _flags_list_by_list(text: str, lemma: str) -> int:
    """``form_flags`` as it read the word lists before this round: one set after the other."""
    if not text[:1].isalnum():
        return 0
    words = speech_words()
    lower, lemma_lower = text.lower(), lemma.lower()
    flags = 0
    if text[:1].islower():
        if lemma_lower in words.verbs or lower in words.forms:
            flags |= SPEECH
        elif (
            lemma_lower in words.separable
            or lemma_lower in words.clause_verbs
            or lemma_lower in words.view_frames
            or lemma_lower in words.finding_verbs
            or lemma_lower in words.unreflexive_verbs
        ):  # the verbs read with a particle or a frame after them ("kam zu dem Schluss, dass", round 56;
            # "befand er", round 58)
            flags |= PARTICLE_VERB
        if lower in words.hints or konjunktiv_one(text, lemma):
            flags |= KONJUNKTIV
    if (
        lower in words.after
        or lower in words.information
        or lower in words.views
        or lower in words.clause
        or lower in words.source_relatives
        or lower == "laut"
        or lower in words.person_before
    ):
        flags |= TRIGGER | STRONG
    elif lower in words.before or lower in words.citing or lower in words.weak_triggers:
        flags |= TRIGGER
    if is_capitalised(text):
        kind = noun_kind(text)[0]
        if kind in ("given", "role", "organisation") or (kind == "" and not is_plain_word(text)):
            flags |= CANDIDATE
    return flags


def _forms() -> list[tuple[str, str]]:
    """The forms of the sentences above and of the bundled demo corpus, with their lemmas."""
    texts = [*SENTENCES, *(raw.text for raw in demo_documents())]
    return sorted({(t.text, t.lemma) for text in texts for t in doc_from_text(text, annotate=False).tokens})


def _listed() -> list[tuple[str, str]]:
    """Every word of the lists the tables are built from, as itself and capitalised, with a lemma
    that is, and one that is not, a verb of saying or a separable verb."""
    words = speech_words()
    lists = (words.forms, words.hints, words.after, words.information, words.views, words.clause)
    lists += (words.source_relatives, words.person_before, words.before, words.citing, words.weak_triggers)
    listed = sorted(set().union(*lists, words.verbs, words.separable))
    lemmas = ("", "sagen", "teilen", *sorted(words.separable)[:1])
    return [(form, lemma) for word in listed for form in (word, word.capitalize()) for lemma in lemmas]


def test_the_flag_tables_give_every_form_what_the_word_lists_give() -> None:
    forms = _forms()
    assert len(forms) > 900
    for text, lemma in forms + _listed():
        assert form_flags(text, lemma) == _flags_list_by_list(text, lemma), text
    # and the flags these sentences hinge on
    lemma_of = dict(forms)
    assert form_flags("sagte", lemma_of["sagte"]) & SPEECH
    assert not form_flags("Sagte", lemma_of["Sagte"]) & SPEECH  # a capitalised form: no verb of saying
    assert form_flags("teilte", lemma_of["teilte"]) & (SPEECH | PARTICLE_VERB) == PARTICLE_VERB
    assert form_flags("sei", lemma_of["sei"]) & KONJUNKTIV
    assert form_flags("handele", lemma_of["handele"]) & KONJUNKTIV
    assert form_flags("Laut", "Laut") & (TRIGGER | STRONG) == TRIGGER | STRONG
    assert form_flags("so", "so") & (TRIGGER | STRONG) == TRIGGER  # a weak trigger
    assert form_flags("ex-Minister", lemma_of["ex-Minister"]) & CANDIDATE  # capitalised after the hyphen
    assert form_flags("62-Jährige", lemma_of["62-Jährige"]) & CANDIDATE
    assert not form_flags("Später", lemma_of["Später"]) & CANDIDATE  # a plain word at the start


def test_the_flag_tables_follow_a_users_word_list(tmp_path, monkeypatch, request) -> None:
    text, lemma = "raunte", "raunen"
    assert not form_flags(text, lemma) & SPEECH
    (tmp_path / "speech_de.toml").write_text(
        '[meta]\nname = "test"\nversion = "1"\nsource = "test"\nlicence = "CC0-1.0"\n\n'
        '[verbs]\nlemmas = ["raunen"]\nforms = ["munkelte"]\n',
        encoding="utf-8",
    )
    request.addfinalizer(resources.reset)  # the bundled lists again for the next test, whatever happens
    monkeypatch.setenv("FRAMING_USER_DIR", str(tmp_path))
    resources.reset()
    assert form_flags(text, lemma) & SPEECH
    assert form_flags("munkelte", "munkeln") & SPEECH  # a form of saying, whatever its lemma
    assert not form_flags("Munkelte", "munkeln") & SPEECH
    assert flag_tables()[1]["raunen"] == SPEECH
    monkeypatch.delenv("FRAMING_USER_DIR")
    resources.reset()
    assert not form_flags(text, lemma) & SPEECH
    assert "raunen" not in flag_tables()[1]


def _hits_of_every_lexicon(combined, surface: str, form: str, lemma: str):
    """What a word matches on its own in each lexicon, asked of every lexicon (no candidates)."""
    capitalised = surface[0].isupper()
    hits = [
        (position, entries)
        for position, index in enumerate(combined.indexes)
        if (entries := index._word_entries(form, lemma, capitalised))
    ]
    seconds = [words for key in (form, lemma) if (words := combined.second_words.get(key))]
    return lemma, frozenset().union(*seconds) if seconds else None, tuple(hits)


def test_a_new_words_lexicon_hits_are_those_of_every_lexicon() -> None:
    combined = _combined(tuple(lexicon(FILES) for lexicon in DOCUMENT_LEXICONS))
    docs = [doc_from_text(s, annotate=False) for s in SENTENCES]
    words = {(t.text, *key) for doc in docs for t, key in zip(doc.tokens, doc.token_keys(), strict=True)}
    words |= {("Flüchtlingen", "flüchtlingen", "flüchtling"), ("beliebten", "beliebten", "belieben")}
    assert any(form == lemma for _, form, lemma in words) and any(form != lemma for _, form, lemma in words)
    assert any(form[:AFFIX_END] == lemma[:AFFIX_END] != form for _, form, lemma in words)
    found = 0
    for surface, form, lemma in sorted(words):
        combined._word_cache.pop(surface, None)
        for index in combined.indexes:
            index._word_cache.clear()
        expected = _hits_of_every_lexicon(combined, surface, form, lemma)
        assert combined._word_hits(surface, form, lemma) == expected, surface
        found += bool(expected[2])
    assert found >= 5  # some of them are in a lexicon


def test_a_word_first_seen_in_another_article_matches_the_same() -> None:
    text = "Die Flüchtlinge seien angeblich beliebten Schleppern ausgeliefert, sagte die Sprecherin."
    before = doc_from_text("Viele Flüchtlinge kamen an. Die Schlepper galten als beliebt.")
    later, again = doc_from_text(text), doc_from_text(text)
    assert [(s.start, s.end, s.layer, s.label) for s in later.spans] == [
        (s.start, s.end, s.layer, s.label) for s in again.spans
    ]
    assert before.spans and later.spans
    assert [(t.lemma, f) for t, f in zip(later.tokens, later._flags or [], strict=True)] == [
        (t.lemma, f) for t, f in zip(again.tokens, again._flags or [], strict=True)
    ]


def test_a_form_seen_before_is_the_same_text_in_every_article() -> None:
    first_text = "Die Flüchtlinge warten in Spielfeld auf die Weiterreise."
    later_text = "In Spielfeld warten seit Montag wieder Flüchtlinge, sagte die Polizei."
    first = doc_from_text(first_text, annotate=False)
    later = doc_from_text(later_text, annotate=False)
    for doc, text in ((first, first_text), (later, later_text)):
        assert [t.text for t in doc.tokens] == [text[t.start : t.end] for t in doc.tokens]
    by_text = {t.text: t.text for t in first.tokens}
    shared = [t.text for t in later.tokens if t.text in by_text]
    assert {"Flüchtlinge", "Spielfeld", "warten", "die"} <= set(shared)
    # the string remembered with the form's analysis, so per-form memos find it by identity
    assert all(text is by_text[text] for text in shared)
    assert later.tokens[-4].text == "sagte" and later.tokens[-4].lemma == "sagen"
