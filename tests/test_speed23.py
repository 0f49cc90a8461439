"""Speed round 23: the cold article's first sighting of a word form and the steps around it, with the
same output as before (German sentences in, the marked forms, the words and the numbers out)."""

from __future__ import annotations

from framing.ingest import RawDocument
from framing.measures import emotive, hedging
from framing.pipeline import prepare
from framing.segment import _analyse_words, segment

TEXT = (
    "Die Ministerin sagte, die größte Gefahr bestehe weiterhin. "
    "Das schönste Ergebnis sei längst erreicht, meinte sie am 3. Mai um 12.30 Uhr."
)


def test_the_mark_tests_flag_the_words_of_a_german_text():
    doc = segment(prepare(RawDocument(source="test", text=TEXT)))
    assert [doc.tokens[i].text for i in doc.marked(emotive._SUPERLATIVE)] == ["größte", "schönste"]
    assert [doc.tokens[i].text for i in doc.marked(hedging._SCANNED)] == ["sagte", "bestehe", "sei"]


def test_the_mark_tests_of_new_forms_between_punctuation_and_numbers():
    # the words are not every form of the batch: a test's hit goes to the word's place, not the n-th
    forms = ["„", "schönsten", "12.30", "bestehe", ",", "Haus", "größten", "—"]
    analyses = _analyse_words(forms, "de")
    superlative = [
        form for form, analysis in zip(forms, analyses, strict=True) if analysis[3] & emotive._SUPERLATIVE
    ]
    scanned = [form for form, analysis in zip(forms, analyses, strict=True) if analysis[3] & hedging._SCANNED]
    assert superlative == ["schönsten", "größten"]
    assert scanned == ["bestehe"]
    assert [analysis[0] for analysis in analyses] == [
        "punct",
        "word",
        "number",
        "word",
        "punct",
        "word",
        "word",
        "punct",
    ]
    assert _analyse_words(["12", "!"], "de") == [
        ("number", "12", ("12", "12"), 0, "12"),
        ("punct", "!", ("!", "!"), 0, "!"),
    ]


def test_outlet_signatures_read_by_their_literals():
    from framing.outlets import load_registry

    registry = load_registry()
    # the second literal of a signature ("merkur.de"), the only one of another ("(dpa)"): both found
    found = registry.by_text("Die Stadt plant einen neuen Radweg.\nMehr auf merkur.de\nBerlin (dpa) - Text")
    assert found is not None
    assert found[0].id == "merkur"
    assert found[1] == "'merkur.de'"
    news = registry.by_text("Der Bundestag stimmte zu.\nFolgen Sie News.de auf Facebook.")
    assert news is not None
    assert (news[0].id, news[1]) == ("news.de", "'Folgen Sie News.de'")
    # a literal in the text, its pattern not: "(AFP)" not at a line's end nor before a dash
    assert registry.by_text("Die Agentur (AFP) meldete am Montag, die Gespräche gingen weiter.") is None
    assert registry.by_text("Die Regierung hat neue Hilfen angekündigt.") is None


def _lexicon_hits(sentence: str) -> dict[str, list[tuple[str, str]]]:
    """Each word's own lexicon hits (lexicon, term), each word met anew (no remembered hits)."""
    from framing.lexicons import FILES, _combined
    from framing.measures import DOCUMENT_LEXICONS

    combined = _combined(tuple(lexicon(FILES) for lexicon in DOCUMENT_LEXICONS))
    doc = segment(prepare(RawDocument(source="test", text=sentence)))
    found = {}
    for token, (form, lemma) in zip(doc.tokens, doc.token_keys(), strict=True):
        combined._word_cache.pop(token.text, None)
        for index in combined.indexes:
            index._word_cache.clear()
        hits = combined._word_hits(token.text, form, lemma)[2]
        found[token.text] = [(combined.lexicons[p].name, e.term) for p, entries in hits for e in entries]
    return found


def test_affix_terms_found_by_four_letters_and_three_letter_affixes_by_three():
    found = _lexicon_hits(
        "Nach den Drohnenangriffen und Lieferengpässen lobte ein AfD-Politiker das "
        "Klimaschutzgesetz im Klinikum, die Regierungskrise und die CO2-Steuer im Krisengebiet."
    )
    assert found["Drohnenangriffen"] == [("polarity_news_de", "*angriff")]  # by its lemma's last letters
    assert found["Lieferengpässen"] == [("polarity_news_de", "*engpass")]
    assert found["AfD-Politiker"] == [("concept_topics", "AfD*")]  # a prefix of three letters
    assert found["CO2-Steuer"] == [("concept_topics", "CO2*")]
    assert found["Klimaschutzgesetz"] == [("concept_topics", "Klimaschutz*")]
    assert found["Regierungskrise"] == [("polarity_news_de", "*krise")]
    # "Klinikum" shares "kli" with "klima…", "Krisengebiet" opens like "krise": no affix term
    assert found["Klinikum"] == [("polarity_de", "Klinikum")]
    assert found["Krisengebiet"] == []
    assert found["lobte"] == [("polarity_de", "loben")]


def test_wording_features_read_by_one_map():
    from framing.measures import statistics_read, wording
    from framing.measures.additive import ReadingTotals, Totals
    from framing.pipeline import doc_from_text

    doc = doc_from_text(
        "Die Flüchtlingswelle erreichte die Stadt. Der Minister sprach von einer „Flüchtlingswelle“, "
        "die Geflüchteten warteten."
    )
    found = {name: value for name, value in doc.features.items() if name.startswith("wording.") and value}
    assert found == {
        "wording.migrants.neutral": 1.0,
        "wording.migration_movement.dramatizing": 1.0,
        "wording.migration_movement.quoted": 1.0,
    }
    assert len([name for name in doc.features if name.startswith("wording.")]) == len(wording.FEATURES)
    # a statistic of no feature is passed on after the features, a feature never counted is 0
    features = wording.features_from_totals(Totals({"wording.asyl.neu": 2.0, "sentences": 3.0}))
    assert list(features)[-1] == "wording.asyl.neu" and features["wording.asyl.neu"] == 2.0
    assert features["wording.war_ukraine.quoted"] == 0.0 and "sentences" not in features
    # the statistics a comparison of these features must fetch: every wording statistic read
    probe = ReadingTotals({"wording.war_ukraine.quoted": 1.0}, 0.0)
    assert probe.values_of(["wording.war_ukraine.quoted", "wording.x.y"]) == [1.0, 0.0]
    assert probe.read == {"wording.war_ukraine.quoted", "wording.x.y"}
    names = ["wording.war_ukraine.quoted", "wording.x.y", "tone.positive", "sentences"]
    assert statistics_read(names, ["wording.war_ukraine.quoted"]) == [
        "wording.war_ukraine.quoted",
        "wording.x.y",
    ]


def test_normalize_reads_invisible_characters_and_odd_spaces_in_one_scan():
    from framing.clean import normalize

    assert (
        normalize("Die Bundes\u00adregierung tagt.\r\nMorgen  mehr.")
        == "Die Bundesregierung tagt.\nMorgen mehr."
    )
    assert (
        normalize("Berlin\u00a0(dpa)\t-  Der\u200b Kanzler sprach.") == "Berlin (dpa) - Der Kanzler sprach."
    )
    assert normalize("Ein \u200b Wort\u3000und\ufeff ein Satz.") == "Ein Wort und ein Satz."
    text = "Der Bundestag stimmte zu.\nDie Opposition nicht."
    assert normalize(text) is text  # nothing to change: the same string
