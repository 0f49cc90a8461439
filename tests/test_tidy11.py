"""Tidy round 11 (the review leftovers of session 11): four places where one thing was written twice, each
now written once, behaviour unchanged. 1. one sentence splitter (``sources.sentence_splitter``) for the
sentence ends of the speaker's sentences and the statement sentences of src54 (which also break before a
figure and at a line break, not after an ordinal's full stop); the old two patterns are the references of
a hypothesis equivalence and real sentences show the difference. 2. one predicate
(``sources._named_member_type``) for a named party member who is no anonymous source (src56), on a speaker
phrase (``_in_text``) and at a named person's mention (``_role_at``). 3. one index of organisation nouns
by their last three letters (``organisation_suffixes``, now from three letters: "Bundesamt" ends in "Amt")
for the compound's body of "nach eigenen Angaben" (round 90, which looped over every organisation noun) and
the organisation a compound names (``noun_kind``, from ``MIN_SUFFIX`` letters by ``suffix_of``'s
``minimum``). 4. the words that join a second phrase, no verb, after the phrase that opens the clause of
"nach eigenen Angaben" (round 90) are speech_de.toml's ``phrase_coordinators`` (7.2.1), not a set in
framing/measures/sourcing.py."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import sources
from framing.sources import SENTENCE_END, STATEMENT_BREAK, classify_in_text, sentence_splitter
from framing.speakers import MIN_SUFFIX, noun_kind, speech_words, suffix_of, suffixes_by_tail

from .sourcing_speakers import speakers

# the two patterns as written before tidy round 11 (sources.py at 3e69f69)
OLD_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„])")
OLD_STATEMENT_BREAK = re.compile(r"(?<=[.!?])(?<!\d\.)\s+(?=[A-ZÄÖÜ„\d])|\s*\n\s*")

# the characters either pattern reads, with some they do not
_PIECES = [
    ".",
    "!",
    "?",
    " ",
    "  ",
    "\n",
    " \n ",
    "\t",
    "1",
    "23",
    "A",
    "Ä",
    "Ü",
    "a",
    "ß",
    "„",
    "“",
    ",",
    ":",
    "-",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_one_splitter_splits_as_the_two_old_patterns(text: str) -> None:
    for new, old in ((SENTENCE_END, OLD_SENTENCE_END), (STATEMENT_BREAK, OLD_STATEMENT_BREAK)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        assert new.split(text) == old.split(text)


def test_the_splitters_are_one_definition() -> None:
    assert sentence_splitter().pattern == SENTENCE_END.pattern == OLD_SENTENCE_END.pattern
    assert (
        sentence_splitter(statements=True).pattern == STATEMENT_BREAK.pattern == OLD_STATEMENT_BREAK.pattern
    )


def test_statement_sentences_break_before_a_figure_and_a_line_not_after_an_ordinal() -> None:
    figure = (
        "Die Proben seien bereits getestet worden. 1171 Testergebnisse fielen laut Pressemeldung negativ aus."
    )
    assert SENTENCE_END.split(figure) == [figure]
    assert STATEMENT_BREAK.split(figure) == [
        "Die Proben seien bereits getestet worden.",
        "1171 Testergebnisse fielen laut Pressemeldung negativ aus.",
    ]
    ordinal = "Die Geschäfte bleiben bis Montag, 23. November geschlossen."
    assert SENTENCE_END.split(ordinal) == ["Die Geschäfte bleiben bis Montag, 23.", "November geschlossen."]
    assert STATEMENT_BREAK.split(ordinal) == [ordinal]
    heading = "Neue Regeln ab Montag\nDie Landesregierung hat die Verordnung beschlossen."
    assert SENTENCE_END.split(heading) == [heading]
    assert STATEMENT_BREAK.split(heading) == [
        "Neue Regeln ab Montag",
        "Die Landesregierung hat die Verordnung beschlossen.",
    ]


PROTESTS = (
    "Netanjahus Likud-Vertrauter Miki Zohar stellte nun gar in einem Radiointerview die Behauptung auf, ein "
    "Teil der Demonstranten werde bezahlt. Die Proteste seien organisiert, sagte Zohar."
)
COALITION = (
    "Der CDU-Insider Thomas Müller sagte am Montag, die Koalition stehe vor dem Aus. Man werde sehen, was "
    "komme, sagte Müller."
)


def test_a_named_party_member_is_one_predicate() -> None:
    assert sources._named_member_type("anonymous", "Likud") == "parliament"
    assert sources._named_member_type("anonymous", None) is None  # "ein Insider": anonymous as it is
    assert sources._named_member_type("government", "CDU") is None
    assert sources._named_member_type(None, "CDU") is None  # a party only


@pytest.mark.parametrize(
    ("phrase", "party"),
    [
        pytest.param("Netanjahus Likud-Vertrauter Miki Zohar", "Likud", id="the phrase: _in_text"),
        pytest.param("Zohar", "Likud", id="the surname: the role at its first mention"),
    ],
)
def test_a_named_party_member_is_parliament_on_both_paths(phrase: str, party: str) -> None:
    found = classify_in_text(phrase, PROTESTS)
    assert (found.type, found.party, found.cue) == ("parliament", party, "Likud-Vertrauter")
    assert classify_in_text("ein CDU-Insider", "Das sagte ein CDU-Insider.").type == "anonymous"


def test_both_paths_read_the_one_predicate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "_named_member_type", lambda kind, party: None)
    for phrase in ("CDU-Insider Thomas Müller", "Müller"):
        found = classify_in_text(phrase, COALITION)
        assert (found.type, found.party) == ("anonymous", "CDU"), phrase


_ORGANISATIONS = sorted(speech_words().organisations)
_PARTS = ["", "bundes", "landes", "gemeinde", "stadt", "förder", "kreis", "de", "a", "x", "eu-", "demok"]


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(_PARTS),
    st.one_of(st.sampled_from(_ORGANISATIONS), st.text("abemrstuäö-", max_size=6)),
    st.sampled_from(["", "s", "es", "en", "n"]),
)
def test_one_organisation_index_reads_as_the_loop_and_the_old_index(
    prefix: str, noun: str, ending: str
) -> None:
    words = speech_words()
    word = prefix + noun + ending
    loop = any(word.endswith(o) for o in words.organisations if len(o) >= 3)  # _body before tidy11
    assert bool(suffix_of(word, words.organisation_suffixes)) == loop
    old = suffixes_by_tail(sorted(o for o in words.organisations if len(o) >= MIN_SUFFIX))  # noun_kind's
    group = old.get(word[-3:])
    assert bool(suffix_of(word, words.organisation_suffixes, MIN_SUFFIX)) == bool(
        group and word.endswith(group)
    )


def test_a_short_organisation_noun_ends_a_body_not_a_compounds_organisation() -> None:
    words = speech_words()
    assert suffix_of("bundesamt", words.organisation_suffixes) == "amt"
    assert suffix_of("bundesamt", words.organisation_suffixes, MIN_SUFFIX) == ""
    assert noun_kind("Demokrat") == ("", "")  # "Rat" is too short to name an organisation in a compound
    assert noun_kind("Bundesgesundheitsministerium") == ("organisation", "")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        pytest.param(
            "Die Polizei hat am Montag eine Razzia durchgeführt. Nach eigenen Angaben erhielt das Landesamt "
            "300 Hinweise.",
            "Landesamt",
            id="das Landesamt: Amt",
        ),
        pytest.param(
            "Der Bürgermeister hat den Plan vorgestellt. Nach eigenen Angaben hat der Gemeinderat die Kosten "
            "bereits geprüft.",
            "Gemeinderat",
            id="der Gemeinderat: Rat",
        ),
        pytest.param(
            "Die Stadt hat ein neues Programm gestartet. Nach eigenen Angaben erreicht das Förderprogramm "
            "300 Familien.",
            "Stadt",
            id="das Förderprogramm: a thing, its maker",
        ),
    ],
)
def test_a_compound_ending_in_an_organisation_noun_owns_its_statements(text: str, owner: str) -> None:
    assert [speaker for _, speaker in speakers(text)] == [owner]


def test_the_coordinators_after_an_opening_phrase_are_a_data_list() -> None:
    assert speech_words().phrase_coordinators == {"und", "oder", "sowie", "aber"}
    text = "Palas und seit 2010 auch die Firma Grimm haben nach eigenen Angaben 400 Masken überprüft."
    assert [speaker for _, speaker in speakers(text)] != ["Palas"]  # "und …": no verb of "Palas"
    text = "Palas produziert Geräte und hat nach eigenen Angaben 400 Masken überprüft."
    assert [speaker for _, speaker in speakers(text)] == ["Palas"]
