"""Tone, round 3: stop-list words found among the most frequent polar words of unlabelled news,
corrections in the news lexicon, inflected adjectives the lemmatizer misses, new news words;
round 4: names the lexicon reads as words, and hart, scharf, heftig as intensifiers."""

import pytest

from framing.lexicons import Entry, lexicon_from_entries
from framing.measures import tone
from framing.pipeline import doc_from_text


def spans_of(text):
    doc = doc_from_text(text, annotate=False)
    return [(text[s.start : s.end], s.score, s.attrs["lexicon"]) for s in tone.annotate(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Sitzung dauerte drei Stunden, klar ist nur, dass sich die Regierung bemüht.",
        "Angeblich hat der vermeintliche Besitzer die Stadt verlassen.",  # hedges, as laut: attribution
        "Die linke Opposition und die liberale Partei sitzen im selben Ausschuss.",  # orientation
        "Der Konzern erhöht die Preise, die Allianz übernimmt die Verantwortung.",
        "Der Trainer verfolgt das Spiel, am liebsten hätte er etliche Spieler gewechselt.",
        "Die Gewerkschaft hat sich mit den Arbeitgebern unterhalten und vergibt einen Preis.",
    ],
)
def test_frequent_news_words_of_no_tone(text):
    assert spans_of(text) == []


def test_a_whole_word_of_the_news_lexicon_corrects_the_polarity_lexicon():
    # the German Polarity Lexicon marks Propaganda positive; the news lexicon's entry replaces it
    assert spans_of("Die russische Propaganda wirkt.") == [("Propaganda", -0.7, "polarity_news_de")]
    # a compound head only fills words the polarity lexicon has no match for
    assert spans_of("Die Kriegspropaganda wirkt.") == [("Kriegspropaganda", -0.7, "polarity_news_de")]


def test_inflected_adjectives_the_lemmatizer_misses():
    # simplemma reads "beliebten" as the verb belieben and "schlimmste" as schlimmst
    assert spans_of("Die beliebten Moderatoren sind zurück.") == [("beliebten", 0.7, "polarity_de")]
    assert spans_of("Das war die schlimmste Woche.") == [("schlimmste", -1.0, "polarity_de")]
    # a capitalised word is a noun, not an inflected adjective: Reifen (tyres) is not reif + en
    assert spans_of("Die Reifen wurden gewechselt.") == []


def test_news_words_added_in_round_3():
    assert spans_of("Leider ist ein Fehler passiert.") == [
        ("Leider", -0.7, "polarity_news_de"),
        ("Fehler", -0.7, "polarity_news_de"),
    ]
    assert spans_of("Die Lage ist stabil, das Team war großartig.") == [
        ("stabil", 0.7, "polarity_news_de"),
        ("großartig", 1.0, "polarity_news_de"),
    ]


def test_only_a_lexicon_naming_adjective_endings_matches_inflected_forms():
    entries = [Entry("beliebt", "positive", 0.7, attrs={"pos": "JJ"})]
    meta = {"name": "x", "version": "1", "source": "test", "licence": "CC0-1.0"}
    inflecting = lexicon_from_entries("x", entries, {**meta, "adjective_endings": ["e", "en"]})
    plain = lexicon_from_entries("y", entries, meta)
    doc = doc_from_text("Die beliebten Sendungen und die Beliebten laufen.", annotate=False)
    assert [doc.text[m.start : m.end] for m in inflecting.match(doc)] == ["beliebten"]  # lower case only
    assert plain.match(doc) == []


@pytest.mark.parametrize(
    "text",
    [
        "Minister Heil stellte den Entwurf in Berlin vor.",  # Hubertus Heil, not Heil = salvation
        "Jochen Schmidt verlässt den SV Wehen Wiesbaden.",  # a first name and a club, not Joch, Wehe
    ],
)
def test_names_the_lexicon_reads_as_words_carry_no_tone(text):
    assert spans_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung erntete harte Kritik.", [("Kritik", -0.91, "polarity_news_de")]),
        ("In der Stadt gab es heftige Kämpfe.", [("Kämpfe", -0.91, "polarity_de")]),
        ("Es war ein harter Winter, das Essen ist scharf.", []),  # alone: no tone, no one sign
    ],
)
def test_hart_scharf_heftig_strengthen_like_stark(text, expected):
    assert spans_of(text) == expected
