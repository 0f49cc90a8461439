"""Speed round 26: the token pattern enters its domain and compound groups only where a full stop,
hyphen or apostrophe follows a word's letters; the same tokens as the pattern without that guard."""

from __future__ import annotations

import random
import re

from framing.model import Article
from framing.segment import _SPACED_TOKEN, TOKEN_PATTERN, segment

# the pattern as it was before this round, written out: the reference the guarded one must equal (with the
# name that has a full stop inside, "ver.di", of source types round 63)
_TOP_LEVEL_DOMAINS = r"(?:de|com|org|net|at|ch|eu|ru|cn|uk|fr|info|online|tv|io)"
_DOMAIN = rf"\w++(?:[.-]\w+)*\.{_TOP_LEVEL_DOMAINS}\b"
_UNGUARDED = re.compile(
    rf"(?=\d)(?!{_DOMAIN})\d+(?:[.,:]\d+)+"
    rf"|\w++(?:(?:[.-]\w+)*\.{_TOP_LEVEL_DOMAINS}\b|\.[a-zäöüß]{{2,}}+(?!\w)(?:[-'’]\w+)*|(?:[-'’]\w+)*)"
    r"|[^\w\s]"
)

TEXT = (
    "Laut n-tv.de sagte der US-Präsident am 3.10.2023 um 7.30 Uhr: „Wir’s schaffen’s.“ Die "
    "Ukraine-Krieg-Debatte (ca. 141,4 Mrd.) geht weiter, so news.de.Der x-.de und Rock'n'Roll."
)


def test_words_compounds_domains_and_numbers_of_a_german_sentence():
    assert [m.group() for m in TOKEN_PATTERN.finditer(TEXT)] == [
        "Laut", "n-tv.de", "sagte", "der", "US-Präsident", "am", "3.10.2023", "um", "7.30", "Uhr", ":",
        "„", "Wir’s", "schaffen’s", ".", "“", "Die", "Ukraine-Krieg-Debatte", "(", "ca", ".", "141,4",
        "Mrd", ".", ")", "geht", "weiter", ",", "so", "news.de", ".", "Der", "x", "-", ".", "de", "und",
        "Rock'n'Roll", ".",
    ]  # fmt: skip
    doc = segment(Article(id="t", source="test", raw_text=TEXT, text=TEXT, language="de"))
    matches = [(m.start(), m.end()) for m in TOKEN_PATTERN.finditer(TEXT)]
    assert [(t.start, t.end) for t in doc.tokens] == matches
    assert [t.kind for t in doc.tokens[5:8]] == ["word", "number", "word"]


def test_the_same_tokens_as_the_unguarded_pattern():
    spaced = re.compile(rf"\s*+(?:{_UNGUARDED.pattern})")
    pieces = ["ab", "Zä", "19", "_", ".", "-", "'", "’", " ", ",", ":", "\n", "de", "tv", "info"]
    generator = random.Random(26)
    texts = [TEXT] + ["".join(generator.choices(pieces, k=generator.randint(1, 12))) for _ in range(20_000)]
    for text in texts:
        assert TOKEN_PATTERN.findall(text) == _UNGUARDED.findall(text), text
        end = len(text.rstrip())
        assert _SPACED_TOKEN.findall(text, 0, end) == spaced.findall(text, 0, end), text
