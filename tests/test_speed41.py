"""Issue 16, speed round 41 (branch speed41): a new word that shares a four-letter key with a lexicon's
affix but opens (ends) with none of the affixes behind that key is no candidate of those lexicons by it
(``_Combined._head_affixes``, ``_tail_affixes``); a one-word term listed once is its own best term. The
hits stay those of every lexicon asked, by the form or by the lemma. ``sources.WORD`` is possessive and
finds the words its backtracking form found."""

import re

from hypothesis import given
from hypothesis import strategies as st

from framing.pipeline import doc_from_text
from framing.sources import WORD
from tests.test_speed16 import _hits_of_every_lexicon as hits_of_every_lexicon
from tests.test_speed30 import _combined_lexicons, _fresh_hits

SENTENCES = (
    "Der Zugausfall im Klimaschutzgesetz-Streit war ein Sündenfall, sagte die Klimaaktivistin.",
    "Die Klimaanlage fiel aus; der Unfall und die Zerstörung der Rechtsextremen wurden gemeldet.",
)


def _hits_of_every_lexicon(surface: str, form: str, lemma: str):
    """What a word matches on its own in each lexicon, asked of every lexicon (no candidates)."""
    return hits_of_every_lexicon(_combined_lexicons(), surface, form, lemma)


def _terms(hits) -> list[str]:
    return [entry.term for _, entries in hits[2] for entry in entries]


def test_an_affix_found_by_its_key_still_matches() -> None:
    assert "*ausfall" in _terms(_fresh_hits("Zugausfall", "zugausfall", "zugausfall"))
    assert "Klimaschutz*" in _terms(
        _fresh_hits("Klimaschutzgesetz", "klimaschutzgesetz", "klimaschutzgesetz")
    )


def test_a_word_sharing_only_the_key_of_an_affix_matches_nothing_by_it() -> None:
    combined = _combined_lexicons()
    assert combined._tail_affixes["fall"] == ("ausfall", "unfall", "verfall")
    assert "klimaschutz" in combined._head_affixes["klim"]
    for surface in ("Sündenfall", "Klimaanlage"):
        found = _fresh_hits(surface, surface.lower(), surface.lower())
        assert found == (surface.lower(), None, ()) == _hits_of_every_lexicon(surface, *found[:1] * 2)


def test_the_lemma_opening_with_the_affix_is_enough() -> None:
    """The form and its lemma share the key "klim", only the lemma opens with "klimaschutz": the lexicon
    stays a candidate (by the lemma, as the full look-up finds it)."""
    expected = _hits_of_every_lexicon("Klimaschützer", "klimaschützer", "klimaschutz")
    assert "Klimaschutz*" in _terms(expected)
    assert _fresh_hits("Klimaschützer", "klimaschützer", "klimaschutz") == expected
    expected = _hits_of_every_lexicon("Ausfälle", "ausfälle", "ausfall")  # the tail by the lemma
    assert "*ausfall" in _terms(expected)
    assert _fresh_hits("Ausfälle", "ausfälle", "ausfall") == expected


def test_every_word_of_a_text_has_the_hits_of_every_lexicon() -> None:
    docs = [doc_from_text(s, annotate=False) for s in SENTENCES]
    words = {(t.text, *key) for doc in docs for t, key in zip(doc.tokens, doc.token_keys(), strict=True)}
    found = 0
    for surface, form, lemma in sorted(words):
        expected = _hits_of_every_lexicon(surface, form, lemma)
        assert _fresh_hits(surface, form, lemma) == expected, surface
        found += bool(expected[2])
    assert found >= 6


BACKTRACKING_WORD = re.compile(r"\w+(?:[-–.&'’/]\w+)*\.?")  # ``sources.WORD`` before the round


def test_the_words_of_an_article_are_those_of_the_backtracking_pattern() -> None:
    text = (
        "Laut Bundesfinanzministerium (BMF) sagte Dr. Xaver Huber-Meier am 3.10. in Wien: „Rock’n’Roll, "
        "AT&T und n-tv.de… – so der 62-Jährige / CDU/CSU-Fraktion.“ Ende."
    )
    assert WORD.findall(text) == BACKTRACKING_WORD.findall(text)
    assert WORD.findall(text)[:8] == [
        "Laut",
        "Bundesfinanzministerium",
        "BMF",
        "sagte",
        "Dr.",
        "Xaver",
        "Huber-Meier",
        "am",
    ]
    assert "Rock’n’Roll," not in WORD.findall(text) and "Rock’n’Roll" in WORD.findall(text)
    assert {"AT&T", "n-tv.de", "62-Jährige", "CDU/CSU-Fraktion.", "3.10."} <= set(WORD.findall(text))


@given(st.text(alphabet="ab1_Ä.-–&'’/ \n", max_size=40))
def test_the_possessive_word_pattern_finds_what_the_backtracking_one_does(text: str) -> None:
    assert WORD.findall(text) == BACKTRACKING_WORD.findall(text)
