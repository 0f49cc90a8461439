"""Issue 16, speed round 46 (branch speed46): what the typing of speakers read again for one article or one
phrase read once — the role at a mention (``_role_at``) per article, the name a phrase ends in
(``_full_name``) per phrase, a one-part word's head cue shared by ``_word_cues`` and ``_role_noun``; the
same answers as the readings they remember (the round's identity hash is the check at corpus scale; these
pin the pieces with German sentences and generated words)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import sources
from framing.sources import (
    ENDINGS,
    PLURAL_E_STEM,
    UMLAUT_PLURALS,
    _compound_surname,
    _compounds_of,
    _device,
    _first_mention,
    _forms,
    _forms_uncached,
    _full_name,
    _head_cue,
    _mentions,
    _read_full_name,
    _read_role_at,
    _role_at,
    _surname_shape,
    _unnamed,
    _without_umlaut,
    _word_cues,
    classify_in_text,
    registry,
)
from framing.speakers import speech_words

# one person named by several phrases: each phrase reads the same mentions of "Lauterbach"
ARTICLE = (
    "Gesundheitsminister Karl Lauterbach (SPD) hat die Pläne verteidigt. Der Minister sagte, man werde "
    "die Kliniken nicht allein lassen. Lauterbach, der selbst Arzt ist, kündigte Gespräche an. Auch die "
    "Sprecherin des Verbands, Anna Roth, äußerte sich. Roth sagte, die Lage sei ernst."
)
PHRASES = ("Lauterbach", "Karl Lauterbach", "Gesundheitsminister Lauterbach", "Roth", "Anna Roth")


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    first = _first_mention(text, name)
    return _mentions(text, name, first) if first is not None else []


@pytest.mark.parametrize("name", ["Karl Lauterbach", "Lauterbach", "Anna Roth", "Roth"])
def test_the_role_at_each_mention_is_the_one_read_there(name: str) -> None:
    reg = registry()
    spans = _spans(ARTICLE, name)
    assert spans
    for number, (start, end) in enumerate(spans):
        for party in (None, "SPD"):
            read = _read_role_at(reg, ARTICLE, start, end, party, number > 0, frozenset())
            assert _role_at(reg, ARTICLE, start, end, party, later=number > 0) == read


def test_a_mention_is_read_once_per_article_whatever_phrase_names_the_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = ARTICLE.replace("Anna Roth", "Anna Rothe")  # an article of its own: nothing remembered yet
    expected = [classify_in_text(phrase, text + " ") for phrase in PHRASES]  # another article, read afresh
    reads: list[tuple[int, int, bool]] = []
    reading = sources._read_role_at

    def counted(*args: object) -> object:
        reads.append((args[2], args[3], args[5]))  # type: ignore[arg-type]
        return reading(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(sources, "_read_role_at", counted)
    assert [classify_in_text(phrase, text) for phrase in PHRASES] == expected
    assert reads, "the mentions were read"
    assert len(reads) == len(set(reads)), "a mention was read twice"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Ernährungsberaterin und Autorin Rhiannon Lambert", ("Rhiannon", "Lambert")),
        ("Houssein Al Malla", ("Houssein", "Al", "Malla")),
        ("der Bundespräsident Frank-Walter Steinmeier", ("Frank-Walter", "Steinmeier")),
        ("IT-Experte Jan Müller", ("Jan", "Müller")),
        ("die Sprecherin", ()),
    ],
)
def test_a_phrase_s_name_is_the_one_read_from_it_and_read_once(
    phrase: str, name: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    reg = registry()
    assert _read_full_name(reg, phrase) == name
    reg.name_cache.pop(phrase, None)
    assert _full_name(reg, phrase) == name
    monkeypatch.setattr(sources, "_read_full_name", lambda *_: pytest.fail("read again"))
    assert _full_name(reg, phrase) == name


@pytest.mark.parametrize(
    "word", ["Pressesprecherin", "Bundeskanzler", "Inselkammer", "Polizeisprecher", "Merkel", "Gemeinde"]
)
def test_a_one_part_word_s_cue_takes_the_head_role_noun_remembers(word: str) -> None:
    reg = registry()
    reg.head_cache.pop(word, None)
    reg.word_cache.pop(word, None)
    _word_cues(reg, word)
    assert reg.head_cache[word] == _head_cue(reg, word.lower(), word)


LETTERS = st.sampled_from(list("abcdehiklmnorstuäöüß"))
WORDS = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(list("ABDFGHKLMPRSTÖÜ")),
    st.text(LETTERS, min_size=2, max_size=14),
)
HEADS = st.sampled_from(
    ["sprecher", "sprecherin", "kammer", "chef", "gericht", "verband", "minister", "bauer"]
)


@settings(max_examples=300, deadline=None)
@given(word=WORDS, head=HEADS)
def test_the_cues_of_generated_words_are_those_of_their_head_read_afresh(word: str, head: str) -> None:
    reg = registry()
    for written in (word, word + head, word.lower() + head, f"{word}-{head.capitalize()}"):
        reg.word_cache.pop(written, None)
        cues = _word_cues(reg, written)
        with pytest.MonkeyPatch.context() as patch:  # the head read afresh, as before the round
            patch.setattr(sources, "_role_noun", lambda reg, word: _head_cue(reg, word.lower(), word))
            assert _word_cues(reg, written) == cues


@settings(max_examples=300, deadline=None)
@given(word=WORDS, previous=st.sampled_from(["Angela", "der", "Thomas", "Polizei", "Margot", "ein"]))
def test_a_compound_surname_is_told_as_before(word: str, previous: str) -> None:
    reg = registry()
    words = [previous, word]
    before = _surname_shape(word) and previous[:1].isupper() and _compound_surname(reg, words, 1)
    assert _compound_surname(reg, words, 1) == before
    assert _compound_surname(reg, [word], 0) is False
    assert speech_words().given


def _forms_before(lower: str) -> tuple[str, ...]:
    """``_forms_uncached`` as it read every ending of ``ENDINGS`` and ``UMLAUT_PLURALS`` before the round."""
    forms = [lower]
    for ending, replacement in ENDINGS:
        shortest = PLURAL_E_STEM if ending == "e" else 3
        if lower.endswith(ending) and len(lower) - len(ending) >= shortest:
            forms.append(lower[: -len(ending)] + replacement)
    for ending in UMLAUT_PLURALS:
        if lower.endswith(ending) and len(lower) - len(ending) >= PLURAL_E_STEM:
            singular = _without_umlaut(lower[: -len(ending)])
            if singular:
                forms.append(singular)
    return tuple(forms)


GERMAN_WORDS = (
    "sprecherinnen",
    "staatsanwälte",
    "bündnisses",
    "bündnissen",
    "verkehrsbetriebe",
    "ministerin",
    "kammer",
    "merkels",
    "bräuten",
    "e",
    "",
)


@pytest.mark.parametrize("lower", GERMAN_WORDS)
def test_the_forms_of_german_words_are_those_of_every_ending(lower: str) -> None:
    assert _forms_uncached(lower) == _forms_before(lower)


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(list("aeinrsäöüt-")), max_size=14))
def test_the_forms_of_generated_words_are_those_of_every_ending(lower: str) -> None:
    assert _forms_uncached(lower) == _forms_before(lower)


UNNAMED = (
    ("Eine Nutzerin", ("anonymous", "Nutzerin")),
    ("Viele Instagram-Nutzer:innen", ("anonymous", "Instagram-Nutzer")),
    ("Nutzerinnen und Nutzer", ("anonymous", "Nutzer")),
    ("einige Facebooknutzer", ("anonymous", "Facebooknutzer")),
    ("Nutzerin Anna Roth", None),
    ("Angela Merkel", None),
    ("die Sprecherin", None),
)


@pytest.mark.parametrize(("phrase", "typed"), UNNAMED)
def test_an_unnamed_user_is_typed_as_before_and_a_phrase_with_no_trace_is_not_read(
    phrase: str, typed: tuple[str, str] | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    reg = registry()
    assert _unnamed(reg, phrase) == typed
    with monkeypatch.context() as patch:  # every phrase read to its end, as before the round
        patch.setattr(sources, "_traces_pattern", lambda heads: re.compile(""))
        assert _unnamed(reg, phrase) == typed
    if typed is None and "utzer" not in phrase:
        monkeypatch.setattr(sources, "GENDER_ENDING", None)  # not even its words are read
        assert _unnamed(reg, phrase) is None


@settings(max_examples=300, deadline=None)
@given(
    before=st.sampled_from(["", "Viele ", "Ein ", "Anna ", "die "]),
    stem=st.sampled_from(["Instagram-", "Facebook", "Tiktok-", "", "Sprech", "Bei"]),
    head=st.sampled_from(
        ["Nutzer", "Nützer", "User", "Follower", "Posts", "Beiträge", "Kommentare", "Sender"]
    ),
    ending=st.sampled_from(["", "in", "innen", ":innen", "*innen", "n", "en", "s", "e", "es"]),
    after=st.sampled_from(["", " Anna Roth", " und Nutzer"]),
)
def test_the_unnamed_and_devices_of_generated_phrases_are_as_read_to_the_end(
    before: str, stem: str, head: str, ending: str, after: str
) -> None:
    reg = registry()
    phrase = f"{before}{stem}{head}{ending}{after}"
    lower = f"{stem}{head}{ending}".lower()
    typed, device = _unnamed(reg, phrase), _device(reg, lower)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sources, "_traces_pattern", lambda heads: re.compile(""))
        assert _unnamed(reg, phrase) == typed
        assert _device(reg, lower) == device


@pytest.mark.parametrize(
    ("lower", "device"), [("gps-sender", True), ("peilsenders", True), ("radiosender", False)]
)
def test_devices_are_told_as_before(lower: str, device: bool) -> None:
    assert _device(registry(), lower) is device
    assert any(form.endswith(registry().devices) for form in _forms(lower)) is device


COMPOUND_TEXTS = (
    (
        "Die Abgeordnetenkammer stimmte zu. Einen Antrag der Abgeordnetenkammern hatte die Regierung "
        "abgelehnt. Die Kammer hatte argumentiert, das Gesetz sei nötig.",
        "Kammer",
        {("parliament", "Abgeordnetenkammer"), ("parliament", "Abgeordnetenkammern")},
    ),
    (
        "Der dem See gelegene Freizeitpark öffnet. Wie der Park mitteilt, kamen viele Besucher in die "
        "Freizeitparks. Auch der Stadtpark.",
        "Park",
        None,
    ),
    ("Die Ärztekammer warnt. Die Kammer fordert mehr Geld.", "Kammer", None),
    ("Niemand sprach. Die Gruppe schwieg.", "Gruppe", set()),
)


@pytest.mark.parametrize(("text", "noun", "expected"), COMPOUND_TEXTS)
def test_the_compounds_of_a_head_are_those_every_word_is_read_for(
    text: str, noun: str, expected: set[tuple[str, str]] | None
) -> None:
    reg = registry()
    found = _compounds_of(reg, text, noun)
    with pytest.MonkeyPatch.context() as patch:  # every word's forms read, as before the round
        patch.setattr(sources, "_traces_pattern", lambda heads: re.compile(""))
        assert _compounds_of(reg, text, noun) == found
    if expected is not None:
        assert found == expected


@settings(max_examples=200, deadline=None)
@given(
    modifiers=st.lists(st.sampled_from(["Abgeordneten", "Ärzte", "Freizeit", "Stadt", "Bürger", "Kranken"])),
    head=st.sampled_from(["kammer", "kammern", "park", "parks", "haus", "häuser", "rat", "räte", "verband"]),
    noun=st.sampled_from(["Kammer", "Park", "Haus", "Rat", "Verband", "Verbände"]),
)
def test_the_compounds_of_generated_texts_are_those_every_word_is_read_for(
    modifiers: list[str], head: str, noun: str
) -> None:
    reg = registry()
    text = " ".join(f"Die {modifier}{head} sagte." for modifier in modifiers) + f" Der {noun} schwieg."
    found = _compounds_of(reg, text, noun)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sources, "_traces_pattern", lambda heads: re.compile(""))
        assert _compounds_of(reg, text, noun) == found
