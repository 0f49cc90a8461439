"""Sentence splitting, tokens and lemmas: German abbreviations, dates, quotes; exact offsets."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.model import Article, Doc
from framing.segment import SPEAKER_FLAGS, segment, sentence_bounds
from framing.speakers import CANDIDATE, KONJUNKTIV, SPEECH, STRONG, TRIGGER, flags_of, token_flags

from .timing import LINEAR_BOUND, growth


def sentences_of(text: str) -> list[str]:
    doc = segment(Article(id="t", source="test", raw_text=text, text=text, language="de"))
    return [text[s.start : s.end] for s in doc.sentences]


@pytest.mark.parametrize(
    "text",
    [
        "Am 22. März kam der Minister nach Berlin.",
        "Das Telefonat fand am Mittwoch, dem 15. Juni, statt.",
        "Es gibt z. B. Öl und Gas aus Russland.",
        "Der US-Präs. sprach mit Journalisten.",
        "Dr. Li Lifan und Prof. Berlin sind Experten.",
        "Bis 2025 u. a. mehr Handel, bzw. mehr Gas usw. und ca. 30 Prozent mehr.",
        "Nach Angaben von J. Yellen gab es Gespräche.",
        "Das ist die 3. Sanktionsrunde gegen Moskau.",
    ],
)
def test_abbreviations_and_dates_do_not_split(text):
    assert sentences_of(text) == [text]


def test_sentence_boundaries():
    text = (
        "Peking hat den Angriff nicht verurteilt. Der Handel stieg 2023. Warum? "
        "China profitiert! Danach kam es anders … Am Ende blieb es dabei."
    )
    assert sentences_of(text) == [
        "Peking hat den Angriff nicht verurteilt.",
        "Der Handel stieg 2023.",
        "Warum?",
        "China profitiert!",
        "Danach kam es anders …",
        "Am Ende blieb es dabei.",
    ]


def test_quotes_with_several_sentences():
    text = (
        "„Es verbreitet immer noch Russlands Propaganda. Es schützt immer noch Russland.“ "
        "Das sagte der Sprecher. „Ein Besuch im Mai ist geplant“, sagte Putin. "
        'Er fragte: "Wer zahlt? Niemand." Danach ging er.'
    )
    assert sentences_of(text) == [
        "„Es verbreitet immer noch Russlands Propaganda.",
        "Es schützt immer noch Russland.“",
        "Das sagte der Sprecher.",
        "„Ein Besuch im Mai ist geplant“, sagte Putin.",
        'Er fragte: "Wer zahlt?',
        'Niemand."',
        "Danach ging er.",
    ]


def test_paragraphs_and_lines_end_sentences():
    text = "Handel auf Rekordniveau\n\nChina und Russland handeln mehr. Das ist neu\nZweite Zeile"
    doc = segment(Article(id="t", source="test", raw_text=text, text=text, language="de"))
    assert [text[p.start : p.end] for p in doc.paragraphs] == [
        "Handel auf Rekordniveau",
        "China und Russland handeln mehr. Das ist neu\nZweite Zeile",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 1]


def test_tokens_and_lemmas():
    text = "Die Chinesen wissen ganz genau, dass tagesspiegel.de 141,4 Milliarden Ukraine-Kriegs nennt."
    doc = segment(Article(id="t", source="test", raw_text=text, text=text, language="de"))
    assert [t.text for t in doc.tokens] == [
        "Die", "Chinesen", "wissen", "ganz", "genau", ",", "dass", "tagesspiegel.de", "141,4",
        "Milliarden", "Ukraine-Kriegs", "nennt", ".",
    ]  # fmt: skip
    kinds = {t.text: t.kind for t in doc.tokens}
    assert kinds["141,4"] == "number" and kinds[","] == "punct" and kinds["Chinesen"] == "word"
    lemmas = {t.text: t.lemma for t in doc.tokens}
    assert lemmas["Chinesen"] == "Chinese"
    assert lemmas["wissen"] == "wissen"
    assert lemmas["nennt"] == "nennen"


def test_english_text_lemmatized_with_its_own_language():
    text = "The ministers were meeting in Beijing."
    doc = segment(Article(id="t", source="test", raw_text=text, text=text, language="en"))
    assert {t.text: t.lemma for t in doc.tokens}["ministers"] == "minister"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_offsets_are_exact_on_arbitrary_unicode(text):
    doc = segment(Article(id="t", source="test", raw_text=text, text=text, language="de"))
    previous_end = 0
    for index, sentence in enumerate(doc.sentences):
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert sentence.start >= previous_end
        assert text[sentence.start : sentence.end].strip() == text[sentence.start : sentence.end]
        for token in doc.tokens[sentence.first_token : sentence.end_token]:
            assert text[token.start : token.end] == token.text
            assert sentence.start <= token.start < token.end <= sentence.end
            assert token.sentence == index
        previous_end = sentence.end
    covered = "".join(text[t.start : t.end] for t in doc.tokens)
    assert covered == "".join(text.split())  # every non-space character is in exactly one token


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["Putin", "z. B.", "am 22. März", "„Ja.“", "Nein!", "\n\n", " ", "US-Präs."]))
)
def test_offsets_on_german_fragments(parts):
    text = " ".join(parts)
    doc = segment(Article(id="t", source="test", raw_text=text, text=text, language="de"))
    for token in doc.tokens:
        assert text[token.start : token.end] == token.text


def test_somajo_engine_agrees_on_the_demo_corpus(seeds):
    """Sentence boundaries of the fast rule engine agree with SoMaJo's on the seeds."""
    pytest.importorskip("somajo")
    agreeing, total = 0, 0
    for article in seeds.values():
        rules = {(s.start, s.end) for s in segment(article).sentences}
        somajo = {(s.start, s.end) for s in segment(article, engine="somajo").sentences}
        agreeing += len(rules & somajo)
        total += len(rules | somajo)
    assert agreeing / total >= 0.95


_PIECES = ["news.de", "n-tv.de", "3sat.de", "1.000.de", "1,5.de", "141,4", "7.30", "US-Präs", "Ukraine-Krieg",
           "’s", "a", "Ä", "1", "0", ".", ",", ":", "-", "'", "de", "com", "di", "ver",
           "_", " ", "\n"]  # fmt: skip


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_token_pattern_finds_what_the_plain_alternation_finds(text):
    """The fast token pattern gives the same tokens as trying domain, number, a name with a full stop
    inside ("ver.di", src63) and word in turn."""
    import re

    from framing.segment import TOKEN_PATTERN, TOP_LEVEL_DOMAINS

    plain = re.compile(
        rf"\w+(?:[.-]\w+)*\.{TOP_LEVEL_DOMAINS}\b|\d+(?:[.,:]\d+)+|\w+\.[a-zäöüß]{{2,}}(?!\w)(?:[-'’]\w+)*"
        r"|\w+(?:[-'’]\w+)*|[^\w\s]"
    )
    assert [m.span() for m in TOKEN_PATTERN.finditer(text)] == [m.span() for m in plain.finditer(text)]


_SENTENCE_PIECES = [*_PIECES, "Ja.", "z.", "B.", "!", "?", "…", "“", "\n\n", "\t"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=16).map("".join))
def test_tokens_of_the_whole_text_are_those_of_each_sentence(text):
    """Segmentation tokenizes the whole text in one pass: the same tokens as sentence by sentence."""
    from framing.segment import TOKEN_PATTERN

    doc = segment(Article(id="t", source="test", raw_text=text, text=text, language="de"))
    by_sentence = [
        (m.span(), index)
        for index, sentence in enumerate(doc.sentences)
        for m in TOKEN_PATTERN.finditer(text, sentence.start, sentence.end)
    ]
    assert [((t.start, t.end), t.sentence) for t in doc.tokens] == by_sentence


_MARKS = [".", "!", "?", "…", "»", "“", ")", "]", "'", " ", "\n", "Ja", "a"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_MARKS), max_size=14))
def test_terminator_finds_what_the_plain_pattern_finds(pieces):
    """The terminator that starts only at the first mark of a run finds the same sentence ends as
    the plain pattern that backtracks (on text starting a line, as the segmenter scans it)."""
    import re

    from framing.segment import _GLUED, _TERMINATOR

    text = "".join(pieces)
    plain = re.compile(rf"[.!?…]+[\"'“”»«’)\]]*(?=\s|{_GLUED})")  # round 24: "Papst.Der" ends too
    assert [m.span() for m in _TERMINATOR.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("unit", [".", "Wirklich?!…»"])
def test_sentence_splitting_takes_linear_time_on_runs_of_marks_without_space(unit):
    ratio = growth(lambda text: list(sentence_bounds(text, 0, len(text))), unit)
    assert ratio < LINEAR_BOUND, f"1 MB took {ratio:.1f}× the time of 100 KB"
    assert sentences_of(f"{unit * 3} Gut so.") == [unit * 3, "Gut so."]


def test_token_pattern_on_domains_and_numbers():
    from framing.segment import TOKEN_PATTERN

    assert [m.group() for m in TOKEN_PATTERN.finditer("Laut news.de kostet 1.000 Euro 7,5 %.")] == [
        "Laut", "news.de", "kostet", "1.000", "Euro", "7,5", "%", "."
    ]  # fmt: skip


def test_a_user_word_list_adds_and_removes_entries(tmp_path, monkeypatch):
    """``$FRAMING_USER_DIR/abbreviations_de.txt`` extends the bundled list: "Frwd." stops splitting."""
    from framing.resources import word_list

    text = "Das sagte der Frwd. Müller am Montag. Dann ging er."
    article = Article(id="a", source="t", raw_text=text, text=text, language="de")
    assert len(segment(article).sentences) == 3
    (tmp_path / "abbreviations_de.txt").write_text("# mine\nFrwd\n-Abb\n", encoding="utf-8")
    monkeypatch.setenv("FRAMING_USER_DIR", str(tmp_path))
    word_list.cache_clear()
    try:
        assert "Frwd" in word_list("abbreviations_de.txt") and "Abb" not in word_list("abbreviations_de.txt")
        assert [s.end for s in segment(article).sentences] == [text.index("Montag.") + 7, len(text)]
    finally:
        monkeypatch.delenv("FRAMING_USER_DIR")
        word_list.cache_clear()


def test_a_user_word_list_that_is_not_utf8_is_named_in_the_error(tmp_path, monkeypatch):
    from framing.errors import DataFileError
    from framing.resources import word_list

    (tmp_path / "stopwords_de.txt").write_bytes("Straße\n".encode("latin-1"))
    monkeypatch.setenv("FRAMING_USER_DIR", str(tmp_path))
    word_list.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"stopwords_de\.txt: not UTF-8 text"):
            word_list("stopwords_de.txt")
    finally:
        monkeypatch.delenv("FRAMING_USER_DIR")
        word_list.cache_clear()


def test_lemmas_read_from_the_dictionary_are_simplemmas():
    """Lemmas and known words read straight from simplemma's German dictionary are simplemma's own,
    for forms it finds by look-up ("Häuser", "Die") and for those it decides itself (an apostrophe,
    a compound with a hyphen, a number, a made-up word)."""
    import simplemma

    from framing.lemma_cache import is_known_de, lemma_de

    assert lemma_de("Häuser") == "Haus"
    assert lemma_de("sagte") == "sagen"
    assert is_known_de("die") and not is_known_de("xqzvb")
    for word in ("Häuser", "sagte", "Die", "Bundeskanzlerin", "geht’s", "Ukraine-Krieg", "2024", "Xqzvb"):
        assert lemma_de(word) == simplemma.lemmatize(word, lang="de")
        assert is_known_de(word) == simplemma.is_known(word, lang="de")


def test_speaker_flags_come_with_each_word_forms_analysis():
    text = "Der Sprecher sagte, die Regierung habe zugestimmt. Laut Polizei gab es keine Verletzten."
    doc = segment(Article(id="t", source="test", raw_text=text, text=text, language="de"))
    flags = dict(zip((t.text for t in doc.tokens), flags_of(doc), strict=True))
    assert flags["sagte"] & SPEECH and flags["habe"] & KONJUNKTIV
    assert flags["Sprecher"] & CANDIDATE and flags["Laut"] & TRIGGER and flags["Laut"] & STRONG
    assert flags[","] == 0 and not flags["zugestimmt"] & SPEECH
    speaker = [flag & SPEAKER_FLAGS for flag in flags_of(doc)]  # without the measures' marks above them
    assert speaker == [token_flags(t.text, t.lemma) for t in doc.tokens]
    unflagged = Doc(doc.article, doc.paragraphs, doc.sentences, doc.tokens)  # segmented otherwise (SoMaJo)
    assert flags_of(unflagged) == speaker
