"""Issue 16, speed round 32 (branch speed32): the per-word answers asked again and again
(``noun_kind``, ``_known_word``, the source types' ``_forms``, hedging's ``is_participle``) are
``lru_cache`` wrappers bound once as ``Final`` names (a static in the compiled build, not a look-up in
the module's dict at each call), the same answers; and the phrases, entities and speakers found write
their own ``__init__``, compiled with the class."""

from framing.lemma_cache import is_known_de
from framing.measures.hedging import _is_participle, is_participle
from framing.measures.sourcing import _Found
from framing.sources import _forms, _forms_uncached
from framing.speakers import Entity, Phrase, _known_word, _noun_kind, noun_kind

# the capitalised words of "Die Sprecherin des Innenministeriums, Angela Weber, sagte im Haus …"
WORDS = ("Sprecherin", "Innenministerium", "Angela", "Haus", "SPD-Chef")


def test_a_nouns_kind_is_remembered_and_the_same_as_worked_out() -> None:
    kinds = [noun_kind(word) for word in WORDS]
    assert kinds[:4] == [("role", "f"), ("organisation", ""), ("given", "f"), ("", "")]
    assert kinds == [_noun_kind(word) for word in WORDS]
    assert noun_kind.__wrapped__ is _noun_kind and noun_kind.cache_info().currsize >= len(WORDS)


def test_known_words_forms_and_participles() -> None:
    for word in ("haus", "qwzxh", "haus"):  # the second "haus" read from the memo
        assert _known_word(word) == is_known_de(word)
    assert _known_word("haus") and not _known_word("qwzxh")
    assert _forms("staatsanwälte") == ("staatsanwälte", "staatsanwält", "staatsanwalt")
    assert _forms("staatsanwälte") is _forms("staatsanwälte") and _forms_uncached("verbände")[-1] == "verband"
    assert is_participle("kritisiert") and is_participle("geliefert") and not is_participle("Haus")
    words = ("verhängt", "Haus", "verhängt")
    assert [is_participle(w) for w in words] == [_is_participle(w) for w in words]


def test_phrases_entities_and_speakers_found_are_built_as_dataclasses_were() -> None:
    phrase = Phrase(0, 2, 4, 18, frozenset({"role"}), "f", True, False)
    assert (phrase.first, phrase.stop, phrase.kinds, phrase.named) == (0, 18, frozenset({"role"}), False)
    assert phrase == Phrase(0, 2, 4, 18, frozenset({"role"}), "f", True, False)
    entity = Entity(4, 18, 0, "f", frozenset({"given"}))
    assert (entity.actor, entity.speaker, entity.named, entity.anaphor) == (None, False, True, False)
    found = _Found(4, 18, "unregistered", False, words="Angela Weber")
    assert (found.entity, found.mention, found.words, found.role) == (None, None, "Angela Weber", None)
