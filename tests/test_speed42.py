"""Issue 16, speed round 42 (branch speed42): simplemma's German noun-ending pattern is searched only in
the words that end as one of its matches must (``lemma_cache.EndAnchored``, the endings read from the
pattern itself), and a form the dictionary lacks goes to simplemma's strategy directly
(``_unlisted_lemma``): the same matches and the same lemmas as simplemma's own calls."""

import re
import sys

import pytest
import simplemma
from hypothesis import given
from hypothesis import strategies as st
from simplemma.strategies.defaultrules import de

from framing import lemma_cache
from framing.pipeline import doc_from_text

WORDS = (
    "Regierungen",
    "Wissenschaften",
    "Universitäten",
    "Freiheiten",
    "Kanzlerin",
    "Lehrerinnen",
    "Poposki",
    "Konaschenkow",
    "Frontex-Mission",
    "STANDARD-Interview",
    "Holzmeister-Baus",
    "Radiokulturhaus",
    "Küniglberg",
    "Zustimmungserfordernisse",
    "Registrierungskapazitäten",
    "Beteiligungsholding",
    "Mikroökonomen",
    "Schmetterlingen",
    "Ingenieuren",
    "Politikern",
    "Zeitraums",
    "Datenkraken",
    "Erdoğan",
    "STATİON",
    "Nationſ",
    "Regierung\n",
    "Station",
    "Ion",
    "ung",
    "altehrwürdigen",
    "griechisch-mazedonischen",
    "30a",
    "2024",
)


def _pattern() -> re.Pattern[str]:
    wrapped = de.NOUN_ENDINGS_DE
    assert isinstance(wrapped, lemma_cache.EndAnchored)
    return wrapped._pattern


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    if expected is None or found is None:
        return found is expected
    return found.span() == expected.span() and found.groups() == expected.groups()


def test_simplemma_s_noun_endings_are_searched_by_their_endings() -> None:
    """Segmentation installs the wrapper (a simplemma whose pattern could not be read would leave it: this
    test then fails, so that the speed-up is not lost unnoticed)."""
    endings, longest = lemma_cache._endings(_pattern()) or ((), 0)
    assert {"ung", "ungen", "ion", "ionen", "tät", "täten", "schaften", "ikussen"} <= set(endings)
    assert longest == 8  # "schaften": every match starts within a word's last nine characters


def test_the_same_match_as_the_pattern_on_german_words() -> None:
    pattern, wrapped = _pattern(), de.NOUN_ENDINGS_DE
    for word in WORDS:
        assert _same(wrapped.search(word), pattern.search(word)), word
    assert wrapped.search("Regierungen").groups()[0] == "en"
    assert wrapped.search("Poposki") is None
    assert wrapped.search("STATİON") is not None  # "İ" is "i" to the pattern, not to str.lower
    assert wrapped.search("Regierung\n") is not None  # "$" before a final line break


@given(st.text(alphabet="aeiklmnorstugäÄİıſKZ-\n", max_size=14))
def test_the_same_match_as_the_pattern_on_any_text(text: str) -> None:
    assert _same(de.NOUN_ENDINGS_DE.search(text), _pattern().search(text))


def test_the_letters_ignorecase_reads_otherwise_than_lower_are_known() -> None:
    """Every character the case-insensitive pattern takes for a letter of the endings is read as that
    letter by ``str.lower`` too, but for ``_CASE_LOOSE``'s."""
    letters = "".join(sorted(set("".join(lemma_cache._endings(_pattern())[0]))))  # type: ignore[index]
    any_letter = re.compile(f"[{letters}]", re.IGNORECASE)
    loose = {
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if any_letter.fullmatch(c) and (c.lower() not in letters or len(c.lower()) != 1)
    }
    assert loose == set(lemma_cache._CASE_LOOSE)


@pytest.mark.parametrize(
    "source",
    [
        "(?<=e)ung$",
        "ung+$",
        "ung",
        "ung\\w$",
        "(?m)(?:ung)(en)?$",
        "un[^g]$",
        "^ung$",
        "ung\\b$",
        "ung$|u[^n]g$",
    ],
)
def test_a_pattern_whose_endings_cannot_be_read_is_left(source: str) -> None:
    """A look-behind, a repeat, no end, another flag, a class last, a start, a word boundary, a class
    among the last two letters."""
    assert lemma_cache._endings(re.compile(source, re.IGNORECASE)) is None


def test_the_endings_of_a_small_pattern() -> None:
    assert lemma_cache._endings(re.compile("(?:[^l]ung|e[ns])(en)?$|XY$", re.IGNORECASE)) == (
        ("en", "enen", "es", "esen", "ung", "ungen", "xy"),
        6,
    )


def test_a_word_the_dictionary_lacks_gets_simplemma_s_lemma(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stages called directly with the wrapped pattern, against simplemma's ``lemmatize`` with its own
    pattern (a fresh lemmatizer: none of its answers cached); a word with an apostrophe and a number
    go to ``lemmatize`` itself."""
    words = [*WORDS, "Merkel's", "Kanzler’s", "½", "Wahlkampf-Auftakt_", "Datenkraken"]
    unlisted = [word for word in words if lemma_cache._plain_lookup(word) is None]
    assert len(unlisted) >= 20
    found = [lemma_cache._unlisted_lemma(word) for word in unlisted]
    whole = [lemma_cache.lemma_de(word) for word in words]
    monkeypatch.setattr(de, "NOUN_ENDINGS_DE", _pattern())
    fresh = simplemma.Lemmatizer()
    assert found == [fresh.lemmatize(word, "de") for word in unlisted]
    assert whole == [fresh.lemmatize(word, "de") for word in words]
    lemmas = dict(zip(unlisted, found, strict=True))
    assert lemmas["Registrierungskapazitäten"] == "Registrierungskapazität"  # the noun endings
    assert lemmas["Holzmeister-Baus"] == "Holzmeister-Bau"  # the part after the hyphen
    assert lemmas["griechisch-mazedonischen"] == "griechisch-mazedonisch"
    assert lemmas["Poposki"] == "Poposki"  # no stage: the fallback


def test_the_stages_are_simplemma_s() -> None:
    """simplemma's default strategy has the parts ``_stages`` reads (else it would call the whole strategy,
    slower: this test then fails)."""
    hyphenated, plain, hyphens, whole, _ = lemma_cache._stages()
    assert len(lemma_cache._STAGES) == 6
    assert len(hyphenated) == 3  # German has no clitics, affixes or morphemes in simplemma's tables
    assert len(plain) == 2  # nor a hyphen: the rules and the prefixes
    assert not whole  # the morphemes' stage, the last, is left out
    assert hyphens == {"-", "_"}


def test_an_article_s_new_words_get_simplemma_s_lemmas() -> None:
    text = "Die Registrierungskapazitäten der Frontex-Mission reichen nicht, sagte Poposki den Ingenieuren."
    doc = doc_from_text(text, annotate=False)
    lemmas = {t.text: t.lemma for t in doc.tokens}
    assert lemmas["Registrierungskapazitäten"] == simplemma.lemmatize("Registrierungskapazitäten", "de")
    assert lemmas["Registrierungskapazitäten"] == "Registrierungskapazität"
    assert lemmas["Poposki"] == "Poposki"
    assert lemma_cache.lemma_de("Frontex-Mission") == simplemma.lemmatize("Frontex-Mission", "de")
