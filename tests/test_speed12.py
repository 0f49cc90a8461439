"""Speed round 11: an article's new word forms analysed together must give what one by one gave."""

import re

import pytest

from framing import lemma_cache
from framing import segment as seg
from framing.measures import populism
from framing.model import Article
from framing.segment import register_form_mark, segment
from framing.speakers import noun_kind

WORDS = [
    "Altparteien",  # a literal of the populism dictionary, first of the batch
    "Die",  # a sentence opener: found by the second look-up ("die")
    "Regierungssprecherin",  # a compound the dictionary lacks: simplemma decides
    "Pressesprecherinnen",
    "3,5",
    "Eliten",
    "abgehobenen",  # two marked words in a row
    "hat",
    "Cafe\u0301",  # not in NFC: simplemma decides
    "²",  # a word that is numeric
    "Volksverräter",  # last of the batch
]


def test_an_articles_new_forms_analysed_together_are_those_analysed_one_by_one():
    """Kinds, lemmas, keys, speaker flags and marks of a batch of new forms (first and last
    marked, a number, a form not in NFC) are those of each form analysed alone."""
    together = seg._analyse_words(WORDS, "de")
    assert together == [seg._analyse_words([word], "de")[0] for word in WORDS]
    assert [analysis[1] for analysis in together] == [
        seg.lemma_of(word) if seg._token_kind(word) == "word" else word for word in WORDS
    ]
    marked = [w for w, analysis in zip(WORDS, together, strict=True) if analysis[3] & populism._LITERAL_WORDS]
    assert marked == [w for w in WORDS if populism._literals_in(w.lower())]
    assert {"Altparteien", "Eliten", "abgehobenen", "Volksverräter"} <= set(marked)


def test_german_lemmas_looked_up_together_are_those_of_one_look_up_each():
    """``lemmas_de`` gives ``lemma_de`` of each word: found as written, by the turned case
    ("Die"), by simplemma (a compound, a form not in NFC, a numeric word); a lone surrogate fails
    as it does alone."""
    words = [w for w in WORDS if w != "3,5"] + ["Häuser", "Sagte"]
    assert lemma_cache.lemmas_de(words) == [lemma_cache.lemma_de(w) for w in words]
    assert lemma_cache.lemmas_de(["Die", "Häuser"]) == ["der", "Haus"]
    with pytest.raises(UnicodeEncodeError):  # as simplemma fails on a lone surrogate
        lemma_cache.lemma_de("a\ud800b")
    with pytest.raises(UnicodeEncodeError):
        lemma_cache.lemmas_de(["Haus", "a\ud800b"])


def test_a_pattern_mark_finds_the_words_holding_a_match_among_all_new_words():
    """A mark given by a pattern (``holding``) is set on exactly the new words whose lower-case
    form it finds a match in, the words of an article searched together: the first and the last
    word, two in a row, a word with two matches; never a number or punctuation."""
    bit = register_form_mark(holding=lambda: re.compile("(?=(ung|kanzler))"))
    text = "Ungarns Kanzlerin sprach 2024 über Zeitung und Wohnungsregierung; danach Ruhe, Hoffnung"
    doc = segment(Article(id="t", source="test", raw_text=text, text=text, language="de"))
    marked = [t.text for t, flags in zip(doc.tokens, doc._flags, strict=True) if flags & bit]
    assert marked == ["Ungarns", "Kanzlerin", "Zeitung", "Wohnungsregierung", "Hoffnung"]


def test_role_and_organisation_suffixes_found_by_one_test_per_group():
    """A word ending in one of many role nouns of the same ending ("-innen") is still the role of
    the first that matches, with its gender; a word ending in none is no role."""
    assert noun_kind("Polizeisprecherinnen")[0] == "role"
    assert noun_kind("Abteilungsleiterin") == ("role", noun_kind("Leiterin")[1])
    assert noun_kind("Gewinnen") == ("", "")
    assert noun_kind("Bundesgesundheitsministerium") == ("organisation", "")
    assert noun_kind("Landesverfassungsgericht") == ("organisation", "")
