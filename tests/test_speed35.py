"""Speed round 35: sourcing's per-sentence walks that asked a function of every token made cheaper, with
the same answers (the round's identity hash is the check at corpus scale; these pin the pieces)."""

from __future__ import annotations

import pytest

from framing.measures import sourcing
from framing.measures.sourcing import _clause_end, _clause_start, _frame_lemmas, _is_speech_verb
from framing.pipeline import doc_from_text
from framing.sources import _compounds_of, registry


def _sentence(text: str) -> tuple[list, list[bool], list[str]]:
    doc = doc_from_text(text, annotate=False)
    tokens = doc.tokens[doc.sentences[0].first_token : doc.sentences[0].end_token]
    mask = [False] * len(tokens)
    return tokens, mask, [t.text for t in tokens]


def test_a_clause_starts_after_the_comma_before_it_and_reads_a_parenthesis_as_one_piece() -> None:
    tokens, mask, texts = _sentence(
        "Nach dem Treffen, das lange dauerte, bekräftigt Schimon Peres (Awoda, dt. etwa Arbeiterpartei) "
        "seine Haltung."
    )
    verb = texts.index("bekräftigt")
    assert texts[_clause_start(tokens, mask, verb)] == "bekräftigt"  # right after the comma
    assert _clause_start(tokens, mask, texts.index("lange")) == texts.index("das")
    assert _clause_start(tokens, mask, texts.index("Treffen")) == 0
    # the comma inside the parenthesis belongs to the clause
    assert _clause_start(tokens, mask, texts.index("seine")) == verb
    # the clause goes on past the parenthesis to the sentence's full stop
    assert texts[_clause_end(tokens, mask, verb)] == "."
    assert texts[_clause_end(tokens, mask, 0)] == ","


def test_a_slash_inside_a_name_and_a_compound_cut_short_end_no_clause() -> None:
    tokens, mask, texts = _sentence(
        "Das Bau- und Transportministerium der CDU/CSU-Fraktion teilte mit, es sei spät."
    )
    verb = texts.index("teilte")
    assert _clause_start(tokens, mask, verb) == 0  # neither "Bau-" nor "CDU/CSU" ends a clause
    assert texts[_clause_end(tokens, mask, 0, compounds=True)] == ","
    assert texts[_clause_end(tokens, mask, 0)] == "-"  # without ``compounds`` the hyphen ends it


def test_a_quoted_comma_ends_no_clause() -> None:
    tokens, mask, texts = _sentence("„Wir kommen, wir bleiben“ sagte Meier am Montag.")
    mask = [t.start < tokens[texts.index("“")].end for t in tokens]
    assert _clause_start(tokens, mask, texts.index("sagte")) == 0
    assert texts[_clause_end(tokens, mask, 0)] == "."


def test_a_quote_sentence_without_a_possessive_keeps_its_speaker_span() -> None:
    text = (
        "Die Ministerin Anna Berger besuchte am Montag die Klinik. Sie lobte das Personal. "
        "Dort erschien am Abend eine Mitteilung: „Die Lage ist ernst.“"
    )
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    assert [(doc.text[q.speaker_start : q.speaker_end], q.speaker) for q in doc.quotes] == [
        ("Sie", "Ministerin Anna Berger")
    ]


def test_the_compounds_of_a_head_are_the_texts_capitalised_words_ending_in_one_of_its_forms() -> None:
    text = (
        "Die Abgeordnetenkammer stimmte zu. Die Kammern der Länder berieten, ein Kammerjäger kam, "
        "und die Landwirtschaftskammer schwieg."
    )
    assert _compounds_of(registry(), text, "Kammer") == {
        ("parliament", "Abgeordnetenkammer"),
        ("civil_society", "Landwirtschaftskammer"),
    }


@pytest.mark.parametrize(
    ("text", "verb", "says"),
    [
        ("Ähnlich sieht es Geoff Yu vom Vermögensverwalter BNY.", "sieht", True),  # a view
        ("Leavitt schloss nicht aus, dass er klagt.", "schloss", True),  # a clause after it
        ("Studien haben gezeigt, dass Lärm krank macht.", "gezeigt", True),  # a finding
        ("Das Gericht befand, die Klage sei zulässig.", "befand", True),  # no reflexive pronoun
        ("Das Lager befand sich im Keller.", "befand", False),
        ("Die Polizei teilte am Montag mit, dass niemand verletzt wurde.", "teilte", True),  # its particle
        ("Der Fahrer stellte den Wagen ab.", "stellte", False),  # a separable verb that says nothing
    ],
)
def test_a_separable_verb_says_as_its_frame_or_particle_tells(text: str, verb: str, says: bool) -> None:
    tokens, _mask, texts = _sentence(text)
    token = tokens[texts.index(verb)]
    assert _is_speech_verb(token, tokens) is says
    framed = token.lemma.lower() in _frame_lemmas()
    assert framed is (verb in ("sieht", "schloss", "gezeigt", "befand"))
