"""Speed round 25: a cold article's tokens read by one ``findall`` of the spaced token pattern (their
offsets from the matched lengths, no match objects), and the word before a full stop read back to its
space by string methods; the same tokens, offsets and sentences as before."""

from __future__ import annotations

from framing.model import Article
from framing.segment import TOKEN_PATTERN, _word_before, segment


def segmented(text: str):
    return segment(Article(id="t", source="test", raw_text=text, text=text, language="de"))


def test_a_german_texts_tokens_with_their_offsets():
    text = (
        "  Die Ukraine-Krieg-Debatte  kostet 1.000.000 Euro, so n-tv.de.\n"
        "Kanzler Scholz (SPD) sagte:  „Nein!“  "
    )
    doc = segmented(text)
    got = [(token.start, token.end, token.text, token.kind) for token in doc.tokens]
    assert got[:6] == [
        (2, 5, "Die", "word"),
        (6, 27, "Ukraine-Krieg-Debatte", "word"),
        (29, 35, "kostet", "word"),
        (36, 45, "1.000.000", "number"),
        (46, 50, "Euro", "word"),
        (50, 51, ",", "punct"),
    ]
    assert [token.text for token in doc.tokens[6:]] == [
        "so", "n-tv.de", ".", "Kanzler", "Scholz", "(", "SPD", ")", "sagte", ":", "„", "Nein", "!", "“",
    ]  # fmt: skip
    assert all(text[token.start : token.end] == token.text for token in doc.tokens)
    # the same tokens and offsets as the token pattern's own matches
    assert [(t.start, t.end, t.text) for t in doc.tokens] == [
        (m.start(), m.end(), m.group()) for m in TOKEN_PATTERN.finditer(text)
    ]
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Die Ukraine-Krieg-Debatte  kostet 1.000.000 Euro, so n-tv.de.",
        "Kanzler Scholz (SPD) sagte:  „Nein!“",
    ]
    assert [token.sentence for token in doc.tokens] == [0] * 9 + [1] * 11


def test_closing_spaces_and_a_text_of_spaces():
    doc = segmented("Es regnet." + " " * 20_000)  # the closing spaces are left out of the search
    assert [(t.start, t.end, t.text) for t in doc.tokens] == [(0, 2, "Es"), (3, 9, "regnet"), (9, 10, ".")]
    assert segmented(" \n  ").tokens == []


def test_the_word_before_a_full_stop():
    text = "Das sagte Dr. Müller-Lüdenscheid am 3. Mai (vgl. „Bsp. 7) im Kreis Ober_Tal. Dann ging er."
    assert _word_before(text, text.index(". Müller")) == "Dr"
    assert _word_before(text, text.index(". Mai")) == "3"
    assert _word_before(text, text.index(". „")) == "vgl"  # a bracket before it: read letter by letter
    assert _word_before(text, text.index(". 7")) == "Bsp"  # a quotation mark before it
    assert _word_before(text, text.index(". Dann")) == "Ober_Tal"
    assert _word_before(text, len(text) - 1) == "er"
    long = "Donaudampfschifffahrtsgesellschaftskapitänsmütze-Abc."
    assert _word_before(long, len(long) - 1) == long[-41:-1]  # at most 40 characters
    assert _word_before("Er kam .", 7) == ""
    doc = segmented(text)
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Das sagte Dr. Müller-Lüdenscheid am 3. Mai (vgl. „Bsp.",  # "Bsp" is no listed abbreviation
        "7) im Kreis Ober_Tal.",
        "Dann ging er.",
    ]
