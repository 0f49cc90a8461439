"""Issue 16, speed round 30 (branch speed30): a new word's lexicon hits told by one test of its keys
where none of them leads to a lexicon (most new words), the full look-up for the rest; the same hits
as the full look-up gives every word (which ``test_speed16`` compares with every lexicon asked); the
speaker flags of a capitalised word with its first letter sliced once and a word without a hyphen read
once by ``noun_kind``."""

from framing.lexicons import FILES, _combined
from framing.measures import DOCUMENT_LEXICONS
from framing.pipeline import doc_from_text
from framing.speakers import CANDIDATE, SPEECH, form_flags, noun_kind

SENTENCES = (
    "Die AfD-Chefin kritisierte den CO2-Ausstoß der Kohlekraftwerke im Ruhrgebiet scharf.",
    "Laut Bundesfinanzministerium verlangsamt sich das Wachstum, sagte Xaver Huber am Montag.",
    "Die Flüchtlinge seien angeblich beliebten Schleppern ausgeliefert, hieß es aus Brüssel.",
)


def _combined_lexicons():
    return _combined(tuple(lexicon(FILES) for lexicon in DOCUMENT_LEXICONS))


def _fresh_hits(surface: str, form: str, lemma: str):
    combined = _combined_lexicons()
    combined._word_cache.pop(surface, None)
    for index in combined.indexes:
        index._word_cache.clear()
    return combined._word_hits(surface, form, lemma)


def test_a_new_words_hits_are_those_of_every_lexicon_with_or_without_a_key() -> None:
    combined = _combined_lexicons()
    docs = [doc_from_text(s, annotate=False) for s in SENTENCES]
    words = {(t.text, *key) for doc in docs for t, key in zip(doc.tokens, doc.token_keys(), strict=True)}
    keyless = 0
    for surface, form, lemma in sorted(words):
        any_key, combined._any_key = combined._any_key, None  # the full look-up for every word
        try:
            expected = _fresh_hits(surface, form, lemma)
        finally:
            combined._any_key = any_key
        assert _fresh_hits(surface, form, lemma) == expected, surface
        keys = {form, lemma, form[:4], form[-4:], lemma[:4], lemma[-4:]}
        keyless += combined._any_key is not None and combined._any_key.isdisjoint(keys)
    assert keyless >= 10  # most words take the short way


def test_a_three_letter_prefix_still_matches_a_compound() -> None:
    """The prefixes "afd" and "co2" are shorter than the keys' four letters: the compound is still found."""
    for surface in ("AfD-Chefin", "CO2-Ausstoß"):
        _, _, hits = _fresh_hits(surface, surface.lower(), surface.lower())
        assert [entry.label for _, entries in hits for entry in entries] == [
            "topic:AfD*" if surface.startswith("AfD") else "topic:CO2*"
        ]


def test_a_word_without_any_key_has_no_hits() -> None:
    assert _fresh_hits("Xaver", "xaver", "xaver") == ("xaver", None, ())
    assert _fresh_hits("verlangsamt", "verlangsamt", "verlangsamen") == ("verlangsamen", None, ())


def test_a_nouns_kind_by_the_whole_word_or_a_compounds_last_part() -> None:
    """``noun_kind`` reads a word without a hyphen once (its last part is itself), a compound by both."""
    assert noun_kind("Ministerin") == noun_kind("SPD-Ministerin") == ("role", "f")
    assert noun_kind("Reporter") == noun_kind("ORF-Reporter") == ("role", "m")
    assert noun_kind("Polizei")[0] == noun_kind("Gesundheitsministerium")[0] == "organisation"
    assert noun_kind("Wien") == noun_kind("Scharf") == ("", "")


def test_a_capitalised_words_speaker_flags() -> None:
    """A role, an organisation or an unknown compound may name a speaker; an ordinary word does not."""
    for word in ("SPD-Chefin", "Polizei", "Spiegel-Online"):
        assert form_flags(word, word) & CANDIDATE, word
    for word in ("Scharf", "Später"):
        assert not form_flags(word, word.lower()) & CANDIDATE, word
    assert form_flags("sagte", "sagen") & SPEECH and not form_flags("Sagte", "sagen") & SPEECH
