"""Closed-class word lists read from data/registries/speech_de.toml rather than written in code (review 5):
the prepositions that join a place to a nameless speaker and those that make an institution's word a place;
the article sets built from one written set each; the statement nouns at a compound's end looked up by
their last three letters. Real German sentences in, the speaker span or source out."""

from __future__ import annotations

import pytest

from framing import sources
from framing.measures import sourcing
from framing.pipeline import doc_from_text
from framing.resources import word_sets
from framing.sources import named_before
from framing.speakers import skip_adverbs, speech_words
from tests.test_sourcing_cross_set import speakers


def test_place_lists_have_distinct_names_and_their_words() -> None:
    """Three lists of place prepositions, each named for what it decides (speech_de.toml 3.4)."""
    words = speech_words()
    assert words.place_attribute_prepositions == {"in", "im", "aus"}
    assert words.body_place_prepositions == {
        "in",
        "im",
        "aus",
        "nach",
        "durch",
        "um",
        "über",
        "an",
        "am",
        "auf",
        "vor",
    }
    assert "von" in words.place_prepositions and "von" not in words.body_place_prepositions


def test_body_place_prepositions_make_a_place() -> None:
    """ "auf dem Amt", "aus der Gemeinde": a place; "von der Gemeinde" names the body that speaks."""
    assert named_before(["Die Leute warteten stundenlang auf dem Amt , sagte der"]) is None
    assert named_before(["Die Familie zog aus der Gemeinde weg , sagte der"]) is None
    found = named_before(["Die Freibäder werden von der Gemeinde betrieben , sagte der"])
    assert found is not None and found.cue == "Gemeinde"


def test_article_sets_are_built_from_one_list_each() -> None:
    """The article and affiliation sets of sources.py and sourcing.py, each built from one written set,
    hold the words they held when each was written out in full."""
    articles, genitives = sources.ARTICLES, sources.DEFINITE_GENITIVES
    assert articles == {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem"}
    assert articles | {"einen"} == sourcing.ARTICLES
    assert genitives == {"des", "der"}
    employed, one_of, attribute = sources.EMPLOYED, sources.ONE_OF, sources.ATTRIBUTE_PREPOSITIONS
    assert employed == {"des", "der", "bei", "beim", "von", "vom"}
    assert one_of == {"einer", "eines", "eine", "einem"}
    assert attribute == {"von", "vom", "bei", "beim", "aus", "der", "des"}


def test_statement_suffixes_by_their_last_three_letters() -> None:
    """Statement nouns of six letters or more count at a compound's end, looked up by the word's last
    three letters; "worte" (five) does not."""
    suffixes = speech_words().statement_suffixes
    assert "aussage" in suffixes["age"] and "forderung" in suffixes["ung"]
    assert all(len(n) >= 6 for group in suffixes.values() for n in group)
    assert "worte" not in suffixes.get("rte", ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Hauptforderung von Anna Berger, der Vorsitzenden des Mieterbundes, lautete: "
            "„Die Mieten müssen sinken.“",
            [("direct", "Die Mieten müssen", "Anna Berger", "Anna Berger")],
        ),
        (
            "Die Schlussworte von Anna Berger, der Vorsitzenden des Mieterbundes, lauteten: "
            "„Die Mieten müssen sinken.“",
            [("direct", "Die Mieten müssen", None, None)],
        ),
    ],
)
def test_owner_of_a_compound_statement_noun(text: str, expected: list) -> None:
    """ "Hauptforderung" ends in a statement noun: its owner speaks the quotation after the colon;
    "Schlussworte" ends in one of five letters only, too short to count at a compound's end."""
    assert speakers(text) == expected


def test_the_indefinite_article_of_a_time_phrase_is_a_data_list() -> None:
    """speech_de.toml 4.7.1: the article after "an" of a time phrase skipped before a speaker ("sagte an
    einem Sonntagnachmittag der …") is read from the data file, not written in code; "an der Grenze"
    is no such phrase."""
    assert speech_words().time_indefinite_articles == {"einem"}
    for text, skipped in (
        ("sagte an einem Sonntagnachmittag der Vorsitzende", "der"),
        ("sagte an der Grenze der Vorsitzende", "an"),
    ):
        tokens = doc_from_text(text, annotate=False).tokens
        assert tokens[skip_adverbs(tokens, 1, len(tokens))].text == skipped, text


@pytest.mark.parametrize(
    "second",
    ["Die Preise seien laut Peter Bofinger stabil.", "Peter Bofinger zufolge seien die Preise stabil."],
)
def test_a_lead_sentence_takes_the_speaker_an_attribution_word_names_in_place(second: str) -> None:
    """The words that name a speaker in place ("laut X", "X zufolge") are speech_de.toml's
    attribution.before and attribution.after, not a list in code: the Konjunktiv I sentence before
    is the same speaker's; a speaker who opens the sentence ("Peter Bofinger sagte, …") is not."""
    assert speakers(f"Der Markt wachse. {second}")[0][:3] == (
        "indirect",
        "Der Markt wachse.",
        "Peter Bofinger",
    )
    found = speakers("Der Markt wachse. Peter Bofinger sagte, die Preise seien stabil.")
    assert [quote[1] for quote in found] == ["Peter Bofinger sagte,"]


def test_abbreviations_and_legal_forms_of_names_are_data() -> None:
    """names_de.toml 1.0: the abbreviations and legal forms that belong to a name, read as written from the
    data file (no longer sets in framing/sources.py); the words after "vom"/"von der" keep them."""
    lists = word_sets("names_de.toml")
    assert {"e.V.", "Dr.", "F.A.Z."} <= sources.ABBREVIATIONS == lists["abbreviations.words"]
    assert {"GmbH", "AG", "eG"} <= sources.LEGAL_FORMS == lists["legal_forms.words"]
    assert sources._attribute("vom Digitale Gesellschaft e.V. sagte") == "vom Digitale Gesellschaft e.V."
    assert sources._attribute("von der Wohnbau Mustermann eG sagte") == "von der Wohnbau Mustermann eG"


def test_the_copulas_by_lemma_are_a_data_list() -> None:
    """speech_de.toml 4.9.1: the copulas whose indefinite predicate after a subject pronoun names no one
    ("Im Herzen bin ich ein heimlicher Politiker") are read from the data file, not written in code; not
    "werden", whose subject after it is a mention ("Dabei wurde ein 39-jähriger Landwirt … getroffen")."""
    assert speech_words().copula_lemmas == {"sein", "bleiben"}
    tokens = doc_from_text("Im Herzen bin ich ein heimlicher Politiker.", annotate=False).tokens
    assert sourcing._predicative(tokens, 4, 0)
    tokens = doc_from_text("Dabei wurde er ein Opfer der Krise.", annotate=False).tokens
    assert not sourcing._predicative(tokens, 3, 0)
