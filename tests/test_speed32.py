"""Issue 16, speed round 32 (branch speed32): the per-word answers and word lists read on every phrase
(``noun_kind``, ``_known_word``, ``speech_words``, ``flag_tables``, the source types' ``_forms``,
hedging's ``is_participle``) are remembered in plain dicts that the function reads first, not by
``lru_cache``/``cache`` (a call through a Python object in the compiled build); the same answers, the
memory bounded, and ``reset`` still reads the word lists again."""

from framing import resources
from framing.measures.hedging import _PARTICIPLES, is_participle
from framing.memo import remember
from framing.sources import _FORMS, _forms, _new_forms
from framing.speakers import (
    _NOUN_KINDS,
    _known_word,
    _noun_kind,
    flag_tables,
    noun_kind,
    speech_words,
)

# the capitalised words of "Die Sprecherin des Innenministeriums, Angela Weber, sagte im Haus …"
WORDS = ("Sprecherin", "Innenministerium", "Angela", "Haus", "Ministeriumssprecher", "SPD-Chef")


def test_a_nouns_kind_is_remembered_and_the_same_as_worked_out() -> None:
    kinds = [noun_kind(word) for word in WORDS]
    assert kinds[:4] == [("role", "f"), ("organisation", ""), ("given", "f"), ("", "")]
    assert kinds == [_noun_kind(word) for word in WORDS]
    assert all(_NOUN_KINDS[word] == kind for word, kind in zip(WORDS, kinds, strict=True))
    assert not hasattr(noun_kind, "cache_info")  # a plain function: called natively when compiled


def test_known_words_forms_and_participles() -> None:
    assert _known_word("haus") and not _known_word("qwzxh")
    assert _known_word("haus")  # the remembered answer
    assert _forms("staatsanwälte") == ("staatsanwälte", "staatsanwält", "staatsanwalt")
    assert _forms("staatsanwälte") is _FORMS["staatsanwälte"] and _new_forms("verbände")[-1] == "verband"
    assert is_participle("kritisiert") and is_participle("geliefert") and not is_participle("Haus")
    assert _PARTICIPLES["kritisiert"] is True and _PARTICIPLES["Haus"] is False


def test_the_memory_starts_afresh_when_full() -> None:
    memory = {"Haus": ("", ""), "Angela": ("given", "f")}
    assert remember(memory, "Sprecherin", ("role", "f"), 3) == ("role", "f") and len(memory) == 3
    assert remember(memory, "Innenministerium", ("organisation", ""), 3) == ("organisation", "")
    assert memory == {"Innenministerium": ("organisation", "")}


def test_the_word_lists_are_read_once_and_again_after_reset() -> None:
    words, tables = speech_words(), flag_tables()
    assert speech_words() is words and flag_tables() is tables
    assert "sagen" in words.verbs and tables[1]["sagen"]
    resources.reset()
    assert speech_words() is not words and flag_tables() is not tables
    assert speech_words().verbs == words.verbs and flag_tables() == tables
