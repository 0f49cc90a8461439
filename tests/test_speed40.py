"""Issue 16, speed round 40 (branch speed40): the first sighting of a word in pure Python. The syllables of an
article's new words counted together by a few C passes over their letters (``readability.syllable_counts``),
and the marks of hedging ("-e" stems) and emotive (superlatives) decided for all new words at once
(``register_form_mark(all_words=…)``), with the answers of the per-word forms."""

from __future__ import annotations

import pytest

from framing import segment as seg
from framing.measures import emotive, hedging, readability
from framing.pipeline import doc_from_text
from framing.segment import register_form_mark

WORDS = [
    "Sanktionen",  # "-tion" one syllable: 3
    "NATION",  # upper case: "-TION" too
    "Diskussion",  # "-sion"
    "Realität",  # "ea" no pair: 4
    "Bauer",  # a group of three vowels: "au", and the "e" after a pair adds none: 1
    "Schreie",
    "Feier",
    "Koalitionsverhandlungen",
    "ZDF",  # no vowel: one syllable
    "Erdoğan",  # a letter that is not Latin-1
    "İstanbul",  # lower-cased to "i" and a combining dot
    "Ex-Präsidentin",
    "Aaa",
    "Bürgerinitiative",
    "einen",
    "Tiergärten",
]


def test_syllables_of_new_words_together_are_those_of_each_word() -> None:
    together = readability._syllable_counts_together(WORDS)
    assert together == [readability._syllables_by_groups(word) for word in WORDS]
    assert together[:5] == [3, 2, 3, 4, 1] and together[8] == 1
    assert readability._syllable_counts_together([]) == []
    assert readability._syllable_counts_together(["ei\nne", "Haus"]) == [2, 1]  # a line break: word by word
    for start in range(len(WORDS)):  # the groups of three vowels found at every place of the batch
        batch = WORDS[start:] + WORDS[:start]
        assert readability._syllable_counts_together(batch) == list(
            map(readability._syllables_by_groups, batch)
        )


def test_the_compiled_form_of_the_counts_is_the_loop_of_syllables() -> None:
    assert readability.syllable_counts.__name__ in {"syllable_counts", "_syllable_counts_together"}
    loop = [readability.syllables(word) for word in WORDS]
    assert readability._syllable_counts_together(WORDS) == loop


def test_the_readability_of_an_article_counts_its_new_words_syllables() -> None:
    readability._SYLLABLES.clear()
    doc = doc_from_text("Die Koalitionsverhandlungen der Bauern scheiterten. Die Realität ist hart.")
    stats = readability.sentence_stats(doc, [])
    # Ko-a-li-tjons-ver-hand-lun-gen 8, "Bauern" 1 (the vowel after a pair of its group adds none),
    # schei-ter-ten 3, die 1, der 1; Re-a-li-tät 4, ist 1, hart 1
    assert stats["readability.syllables"] == [14.0, 7.0]


COLUMNS_WORDS = ["handele", "fordere", "habe", "Gabe", "größte", "schönsten", "Kiste", "meiste", "Fenster"]


def _columns(words: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    lemmas = [seg.lemma_of(word) for word in words]
    return words, lemmas, [w.lower() for w in words], [lemma.lower() for lemma in lemmas]


def test_hedging_stems_of_all_new_words_are_those_of_each_word() -> None:
    columns = _columns(COLUMNS_WORDS)
    assert hedging._stems_e(*columns) == list(map(hedging._stem_e, *columns))
    assert hedging._stems_e(*columns)[2] and not hedging._stems_e(*columns)[3]  # "habe" (haben), not "Gabe"


def test_superlatives_of_all_new_words_are_those_of_each_word() -> None:
    columns = _columns(COLUMNS_WORDS)
    found = emotive._superlative_forms(*columns)
    assert found == list(map(emotive._superlative_form, *columns))
    assert [w for w, f in zip(COLUMNS_WORDS, found, strict=True) if f] == ["größte", "schönsten", "meiste"]


def test_a_mark_of_all_new_words_is_set_where_its_test_holds() -> None:
    def long_words(surfaces: list[str], lemmas: list[str], forms: list[str], lower: list[str]) -> list[bool]:
        return [len(form) > 12 for form in forms]

    bit = register_form_mark(all_words=long_words)
    try:
        doc = doc_from_text("Die Verhandlungsführerin sprach mit der Bundesregierung.", annotate=False)
        assert [doc.tokens[i].text for i in doc.marked(bit) or []] == [
            "Verhandlungsführerin",
            "Bundesregierung",
        ]
    finally:  # this test's mark only
        seg._MARK_TESTS.pop()
        seg._WORDS.clear()


@pytest.mark.parametrize(
    ("text", "superlatives"),
    [
        ("Das war der größte Erfolg und die schönsten Tage.", {"größte", "schönsten"}),
        ("Die Kiste steht.", set()),
    ],
)
def test_an_articles_superlatives_are_marked(text: str, superlatives: set[str]) -> None:
    doc = doc_from_text(text, annotate=False)
    assert {doc.tokens[i].text for i in doc.marked(emotive._SUPERLATIVE) or []} == superlatives


def test_superlatives_found_in_the_joined_forms_whatever_their_place() -> None:
    words = [
        "Fenster",
        "bestestens",
        "höchsten",
        "Post",
        "lustigste",
        "x",
        "erstbeste",
        "Dinge",
        "größte",
        "ğstärkste",
    ]
    for start in range(len(words)):  # several matches in one form, in the first and the last form
        batch = words[start:] + words[:start]
        columns = _columns(batch)
        assert emotive._superlative_forms(*columns) == list(map(emotive._superlative_form, *columns))
    columns = _columns(["beste\nNacht", "höchsten"])  # a line break in a form: form by form
    assert emotive._superlative_forms(*columns) == list(map(emotive._superlative_form, *columns))


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("haus", True),  # the capitalised form is listed
        ("Haus", True),
        ("schnell", True),
        ("Xqzvrt", False),
        ("Merkel's", None),  # an apostrophe: simplemma decides
        ("Cafe\u0301", None),  # not in NFC: simplemma decides
    ],
)
def test_a_known_word_as_simplemma_knows_it(word: str, known: bool | None) -> None:
    import simplemma

    from framing.lemma_cache import is_known_de

    assert is_known_de(word) == simplemma.is_known(word, lang="de")
    if known is not None:
        assert is_known_de(word) is known


@pytest.mark.parametrize(
    ("text", "lemma", "konjunktiv"),
    [("sei", "sein", True), ("habe", "haben", True), ("handele", "handeln", True), ("hat", "haben", False)],
)
def test_the_konjunktiv_flag_of_a_new_form(text: str, lemma: str, konjunktiv: bool) -> None:
    from framing.speakers import KONJUNKTIV, form_flags

    assert bool(form_flags(text, lemma) & KONJUNKTIV) is konjunktiv


def test_the_kinds_of_new_forms_are_those_of_each_form() -> None:
    seg._WORDS.clear()
    text = "Am 3. März 2024 kostete das 3D-Modell 1.000,50 € (§ 12) – _intern, sagte Ärztin Öztürk."
    doc = doc_from_text(text, annotate=False)
    assert doc.kinds() == [seg._token_kind(token.text) for token in doc.tokens]
    kinds = dict(zip((t.text for t in doc.tokens), doc.kinds(), strict=True))
    assert (kinds["3D-Modell"], kinds["1.000,50"], kinds["€"], kinds["_intern"], kinds["Ärztin"]) == (
        "word",
        "number",
        "punct",
        "word",
        "word",
    )
