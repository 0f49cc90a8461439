"""Populist language after Gründl's dictionary: own voice vs quoted, every pattern usable."""

import re

from framing import resources, segment
from framing.measures import populism, score
from framing.pipeline import doc_from_text


def hits(text):
    doc = doc_from_text(text, annotate=False)
    return [(doc.text[s.start : s.end], s.label, s.attrs["voice"]) for s in populism.annotate(doc)]


def test_own_and_quoted_hits():
    text = "Die Altparteien haben versagt. „Die abgehobenen Eliten leben auf Kosten der Bürger“, sagte er."
    assert hits(text) == [
        ("Altparteien", "anti_elitism", "own"),
        ("abgehobenen", "anti_elitism", "quoted"),
        ("Eliten", "anti_elitism", "quoted"),
        ("auf Kosten der Bürger", "anti_elitism", "quoted"),
    ]
    doc = doc_from_text(text, annotate=False)
    features = score(populism, doc, populism.annotate(doc))
    assert features["populism.per_1k"] == 1000 / 14
    assert features["populism.quoted_per_1k"] == 3000 / 14


def test_no_hit_in_ordinary_news():
    assert hits("Der Handel zwischen China und Russland stieg im vergangenen Jahr deutlich.") == []


def test_patterns_do_not_run_across_words():
    assert hits("Die arbeitende Bevölkerung zahlt.") == [("arbeitende Bevölkerung", "people_centrism", "own")]
    assert hits("Sie sind nicht arrogant.") == [("arrogant", "anti_elitism", "own")]
    assert hits("Die Besuchergruppe kam.") == []  # "bürger" pattern does not match inside unrelated words


def test_every_dictionary_pattern_compiles_and_is_word_bounded():
    entries = populism.dictionary()
    assert len(entries) == 238
    literals = sorted({literal for literal, _, _ in entries if literal})
    # each literal alone, inside a word, before and after one, with an ending, at a hyphen
    probe = " ".join(f"{w} x{w} {w}x {w}en {w}-partei die {w} und" for w in literals)
    for literal, pattern, row in entries:
        bounded = re.compile(populism.translate(row["pattern"]))  # the dictionary's own form
        assert bounded.pattern.startswith(r"(?<!\w)") and pattern.pattern.endswith(r"(?!\w)")
        assert ".*" not in pattern.pattern
        found = [m.span() for m in pattern.finditer(probe)]
        assert found == [m.span() for m in bounded.finditer(probe)], row["pattern"]
        if literal is not None:
            assert literal in re.sub(r"[()|?]", "", row["pattern"]) or literal in row["pattern"]


def test_remembered_word_forms_find_the_same_hits_and_are_forgotten_on_reset(monkeypatch):
    text = "Die Altparteien vergessen die arbeitende Bevölkerung."
    expected = [("Altparteien", "anti_elitism", "own"), ("arbeitende Bevölkerung", "people_centrism", "own")]
    assert hits(text) == expected
    assert populism._WITH_LITERALS["altparteien"]  # the word's literals, remembered for the next text
    assert hits("Die Altparteien schweigen.") == [("Altparteien", "anti_elitism", "own")]
    resources.reset()
    assert "altparteien" not in populism._WITH_LITERALS
    monkeypatch.setattr(populism, "LITERAL_CACHE_SIZE", 1)  # full: forgotten, worked out again
    assert hits(text) == expected


def test_the_mark_of_words_with_literals_is_one_search_agreeing_with_their_literals():
    """Segmentation marks the new word forms holding a literal by one search of the automaton over
    all of them (one a line); the literals themselves are worked out only when the family reads a
    marked word."""
    words = ["Altparteien", "abgehobenen", "Eliten", "Besuchergruppe", "Bevölkerung", "Handel", "arrogant"]
    sentence = "Der Handel zwischen China und Russland stieg im vergangenen Jahr deutlich"
    words += sentence.split(" ")
    populism._WITH_LITERALS.clear()
    analyses = segment._analyse_words(words, "de")
    flags = [analysis[3] for analysis in analyses]
    marked = [word for word, flag in zip(words, flags, strict=True) if flag & populism._LITERAL_WORDS]
    assert marked == [word for word in words if populism._literals_in(word.lower())]
    assert {"Altparteien", "Eliten"} <= set(marked) and "Handel" not in marked
    assert "altparteien" not in populism._WITH_LITERALS  # not read yet
    assert hits("Die Altparteien schweigen.") == [("Altparteien", "anti_elitism", "own")]
    assert populism._WITH_LITERALS["altparteien"]
