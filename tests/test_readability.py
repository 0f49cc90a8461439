"""Readability: German syllables and formula values checked against hand computation."""

import pytest

from framing.measures import readability, score
from framing.measures.readability import mtld, mtld_factors, syllables
from framing.pipeline import doc_from_text


@pytest.mark.parametrize(
    ("word", "count"),
    [("einen", 2), ("Zusammenarbeit", 5), ("Bevölkerung", 4), ("Sanktionen", 3), ("Peking", 2),
     ("Beziehungen", 4), ("Realität", 4), ("Krieg", 1), ("Situation", 4), ("Teeservice", 4)],
)  # fmt: skip
def test_syllables(word, count):
    assert syllables(word) == count


def test_formulas_by_hand():
    doc = doc_from_text(
        "Der Mann wurde getötet. Er wird nach Moskau reisen. Putin wurde Präsident.", annotate=False
    )
    spans = readability.annotate(doc)
    assert [(doc.text[s.start : s.end], s.label) for s in spans] == [("wurde getötet", "passive")]
    features = score(readability, doc, spans)
    # 12 words, 3 sentences, 21 syllables: ASL 4, ASW 1.75 → 180 − 4 − 58.5·1.75 = 73.625
    assert features["readability.flesch_amstad"] == pytest.approx(73.625)
    # MS 2/12, IW 2/12 (getötet, Präsident), ES 5/12 (Der Mann Er wird nach)
    # 0.1935·16.667 + 0.1672·4 + 0.1297·16.667 − 0.0327·41.667 − 0.875 = 3.818
    assert features["readability.wiener_sachtextformel"] == pytest.approx(3.818, abs=1e-3)
    assert features["readability.passive_share"] == pytest.approx(
        1 / 3
    )  # not "wird reisen", "wurde Präsident"
    assert features["readability.mean_sentence_words"] == 4.0


def test_mtld_is_length_robust_and_lower_for_repetition():
    varied = [
        "der",
        "hund",
        "lief",
        "über",
        "die",
        "wiese",
        "und",
        "ein",
        "kind",
        "sah",
        "ihm",
        "lange",
        "nach",
    ]
    repeated = ("der hund der hund der hund " * 4).split()
    assert mtld(varied * 3) > mtld(repeated)
    assert mtld([]) == 0.0


def _factors_reference(words: list[str], cells: list[int], threshold: float = 0.72) -> list[float]:
    """One MTLD pass the plain way: the type-token ratio after every word, a factor where it falls to
    the threshold (in the cell of that word), the partial factor of the rest in the last word's cell."""
    found = [0.0] * (max(cells) + 1)
    types: set[str] = set()
    tokens = 0
    for word, cell in zip(words, cells, strict=True):
        tokens += 1
        types.add(word)
        if len(types) / tokens <= threshold:
            found[cell] += 1
            types, tokens = set(), 0
    if tokens:
        found[cells[-1]] += (1 - len(types) / tokens) / (1 - threshold)
    return found


def test_mtld_factors_fall_in_the_sentence_of_the_word_completing_them():
    doc = doc_from_text(
        "Der Hund und der Hund und der Hund bellen. Die Katze schläft und die Katze träumt. "
        "Der Hund bellt, die Katze schläft, der Hund bellt, die Katze schläft.",
        annotate=False,
    )
    words = [token for token in doc.tokens if token.kind == "word"]
    forms, cells = [token.text.lower() for token in words], [token.sentence for token in words]
    forward = mtld_factors(forms, cells)
    # "der hund und der": 3 types in 4 words (0.75), "… hund": 3 in 5 (0.6): the first factor ends
    # on the second "Hund", in the first sentence
    assert forward[0] >= 1 and forward == _factors_reference(forms, cells)
    assert mtld_factors(forms[::-1], cells[::-1]) == _factors_reference(forms[::-1], cells[::-1])
    assert mtld_factors([], []) == []
    with pytest.raises(ValueError, match="2 words but 1 cells"):
        mtld_factors(["der", "hund"], [0])


def test_long_sentence_evidence_and_empty_text():
    long_text = "Die " + " ".join(["sehr"] * 30) + " lange Debatte endete."
    doc = doc_from_text(long_text, annotate=False)
    (span,) = readability.annotate(doc)
    assert span.label == "long_sentence" and span.score == 34.0
    empty = doc_from_text("", annotate=False)
    assert set(score(readability, empty, []).values()) == {0.0}
