"""Issue 16, nineteenth speed round (branch speed19): patterns read over a whole article that ``re`` had
to try at every character, because they opened with a look-behind, a word boundary or an alternation of
a class and a line break, now open with the character they need, so ``re`` skips to it in C. The same
matches: the sentence ends, the organisations an article describes and the quoted regions found through
them are checked on German sentences, with the matches written out."""

import pytest

from framing.measures.voice import _MARKS, quoted_regions
from framing.segment import _TERMINATOR, sentence_bounds
from framing.sources import HEAD_AFTER_NAME, HEAD_BEFORE_NAME, described_organisations

MARKS_TEXT = (
    "Der Minister sagte: „Wir kommen.“ Dann ging er... Warum?! Am 3. Mai kam der Papst.Der ältere Herr "
    "schwieg. Er rief: »Nie!« (So war es.) Das Ende… Und z. B. Frau J. Yellen kam?"
)


def test_sentence_ends_are_found_at_the_first_mark_of_a_run() -> None:
    assert [(m.start(), m.group()) for m in _TERMINATOR.finditer(MARKS_TEXT)] == [
        (31, ".“"), (46, "..."), (55, "?!"), (62, "."), (81, "."), (105, "."), (120, "!«"), (133, ".)"),
        (144, "…"), (151, "."), (154, "."), (162, "."),
    ]  # fmt: skip
    # searched from inside a run of marks: the mark before the start still counts (no match at 47)
    assert [(m.start(), m.group()) for m in _TERMINATOR.finditer(MARKS_TEXT, 47, 60)] == [(55, "?!")]
    assert [(m.start(), m.group()) for m in _TERMINATOR.finditer("...", 0)] == []  # no space after it
    assert [m.start() for m in _TERMINATOR.finditer(". Ja")] == [0]  # a mark opening the text


def test_sentences_split_as_before() -> None:
    assert [MARKS_TEXT[a:b] for a, b in sentence_bounds(MARKS_TEXT, 0, len(MARKS_TEXT))] == [
        "Der Minister sagte: „Wir kommen.“",
        "Dann ging er...",
        "Warum?!",
        "Am 3. Mai kam der Papst.",
        "Der ältere Herr schwieg.",
        "Er rief: »Nie!«",
        "(So war es.)",
        "Das Ende…",
        "Und z. B. Frau J. Yellen kam?",
    ]


def test_a_long_run_of_marks_is_read_once() -> None:
    text = "Er wartete" + "." * 20_000 + "x"
    assert list(sentence_bounds(text, 0, len(text))) == [(0, len(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Der Autobauer BMW meldet einen Rekord.", {"BMW": ("business", "Autobauer")}),
        ("Laut dem Autobauer BMW stieg der Absatz.", {"BMW": ("business", "Autobauer")}),
        ("Sie arbeitet bei der Funke Mediengruppe in Essen.", {"Funke": ("media", "Mediengruppe")}),
        ("Ein Sprecher des Software-Konzerns SAP sagte.", {"SAP": ("business", "Software-Konzerns")}),
        ("„Der Verband VDA“ sagt das.", {"VDA": ("civil_society", "Verband")}),
        ("Verkauft-der Autobauer BMW", {"BMW": ("business", "Autobauer")}),  # a hyphen is no letter
        # "der" inside a word, or after a letter, digit or underscore, is no article
        ("Oder Autobauer BMW meldet einen Rekord.", {}),
        ("Kundender Autobauer BMW", {}),
        ("Üder Autobauer BMW", {}),
        ("3der Autobauer BMW", {}),
        ("x_der Autobauer BMW", {}),
    ],
)
def test_an_article_opens_a_head_only_as_a_word_of_its_own(text: str, found: dict) -> None:
    assert described_organisations(text) == found


def test_head_patterns_match_as_before() -> None:
    text = "Der Autobauer BMW und die Funke Mediengruppe. Oder Konzern X; des deutschen Verbandes Bitkom"
    assert [m.groups() for m in HEAD_BEFORE_NAME.finditer(text)] == [
        ("Autobauer", "BMW"),
        ("Funke", "Mediengruppe"),
        ("Verbandes", "Bitkom"),
    ]
    assert [(m.start(), m.groups()) for m in HEAD_AFTER_NAME.finditer(text)] == [
        (0, ("Autobauer", "BMW")),
        (22, ("Funke", "Mediengruppe")),
    ]


def test_quotation_marks_and_paragraph_breaks() -> None:
    text = "„Wir\n kommen“, sagte er.\n \n»Nie«\t\n\n\n„offen"
    assert [(m.start(), m.group()) for m in _MARKS.finditer(text)] == [
        (0, "„"), (4, "\n"), (12, "“"), (24, "\n \n"), (27, "»"), (31, "«"), (33, "\n\n\n"), (36, "„"),
    ]  # fmt: skip
    # one line break leaves a quotation open, a paragraph break closes it
    assert quoted_regions(text) == ((1, 12), (28, 31), (37, 42))
    assert quoted_regions("„Erst.\n\ndann“ kam es.") == ((1, 6),)
    # a paragraph break without sentence-final punctuation before it lies inside the quotation (round 86)
    assert quoted_regions("„Erst\n\ndann“ kam es.") == ((1, 11),)
