"""Speed round 22: the spans' attributes written by shape (their keys in order), one C-encoder call
for all scalar values and one for all lists of an article, the same text as ``json.dumps``."""

from __future__ import annotations

import json
import math

from framing.model import Span
from framing.output import SCHEMA_VERSION, _attrs_json, _lists_json, article_record, to_json
from framing.pipeline import Analysis, doc_from_text

TEXT = (
    "Die Regierung in Berlin hat neue Hilfen angekündigt. „Wir lassen niemanden allein“, sagte "
    "Kanzler Olaf Scholz. Kritiker sprechen von einem Skandal und einer Katastrophe für die Wirtschaft."
)


def dumped(doc) -> str:
    record = {"schema_version": SCHEMA_VERSION, "articles": [article_record(doc)], "skipped": []}
    return json.dumps(record, ensure_ascii=False, indent=2, default=str)


def test_a_german_articles_span_attributes_written_out():
    doc = doc_from_text(TEXT)
    written = dict(
        zip(
            [(span.layer, span.label, doc.text[span.start : span.end]) for span in doc.spans],
            _attrs_json(doc.spans, "\n"),
            strict=True,
        )
    )
    # a frame's sentence with two cues (a list column), its word (all scalars), the tone of a word
    # (an empty list), a quote's attributes with null values; each shape is met more than once
    sentence = "Die Regierung in Berlin hat neue Hilfen angekündigt."
    assert written["frame", "generic.responsibility", sentence] == (
        '{\n  "level": "sentence",\n  "scheme": "generic",\n  "cues": [\n    "Regierung",\n    "Hilfen"\n  ],'
        '\n  "weight": 1.0\n}'
    )
    assert written["frame", "policy.political", sentence] == (
        '{\n  "level": "sentence",\n  "scheme": "policy",\n  "cues": [\n    "Regierung"\n  ],'
        '\n  "weight": 1.0\n}'
    )
    assert written["frame", "policy.economic", "Wirtschaft"] == (
        '{\n  "scheme": "policy",\n  "sentence": 2,\n  "voice": "own"\n}'
    )
    assert written["tone", "negative", "Katastrophe"] == (
        '{\n  "voice": "own",\n  "prior": -1.0,\n  "lexicon": "polarity_news_de",\n  "negated": false,'
        '\n  "modifiers": []\n}'
    )
    assert written["quote", "direct", "Wir lassen niemanden allein"] == (
        '{\n  "speaker": "Kanzler Olaf Scholz",\n  "actor": "scholz",\n  "camp": "german_government",'
        '\n  "via": null,\n  "source": "government",\n  "party": null,\n  "source_cue": null\n}'
    )
    assert written["emotive", "dramatizing", "Skandal"] == '{\n  "voice": "own"\n}'
    assert to_json(Analysis(docs=[doc])) == dumped(doc)


def test_lists_are_cut_apart_where_one_ends_and_the_next_begins():
    """Brackets, commas, quotes and line breaks inside the items do not move a cut; an empty list
    stays ``[]``."""
    lists = [["Regierung", "Hilfen"], [], ['"] [', "a\n]"], [1, 2.5, None, True], ["]"]]
    assert _lists_json(lists, "\n") == [
        '[\n  "Regierung",\n  "Hilfen"\n]',
        "[]",
        '[\n  "\\"] [",\n  "a\\n]"\n]',
        "[\n  1,\n  2.5,\n  null,\n  true\n]",
        '[\n  "]"\n]',
    ]


def test_shapes_that_are_written_dict_by_dict_and_odd_keys():
    """The same keys in another order are another shape; a key with a per cent sign stays as it is
    in the format; a column mixing a list and a scalar, a nested dict, a tuple or a key that is no
    ``str`` send their shape the slow way: each case as ``json.dumps`` writes it."""
    doc = doc_from_text(TEXT)
    doc.spans = [
        Span(0, 3, "test", "a", None, {"voice": "own", "cues": ["Regierung"]}),
        Span(0, 3, "test", "b", None, {"cues": ["Hilfen"], "voice": "quoted"}),
        Span(4, 13, "test", "c", 0.5, {"anteil %": "7,9 %", "%s": "%d"}),
        Span(4, 13, "test", "d", None, {"voice": "own", "cues": "Skandal"}),  # beside a's list
        Span(4, 13, "test", "e", None, {"cues": ["Skandal", ["Katastrophe"]], "weight": 1.0}),  # nested
        Span(17, 23, "test", "f", None, {"camp": {"name": "Regierung"}}),
        Span(17, 23, "test", "g", None, {"pair": ("Olaf", "Scholz")}),
        Span(17, 23, "test", "h", None, {3: "drei", "x": math.nan}),
        Span(17, 23, "test", "i", None, {}),
        Span(0, 3, "test", "j", None, {"voice": "own", "cues": []}),
    ]
    assert to_json(Analysis(docs=[doc])) == dumped(doc)
    assert _attrs_json(doc.spans[2:3], "\n") == ['{\n  "anteil %": "7,9 %",\n  "%s": "%d"\n}']


def test_populism_literals_overlapping_inside_a_word_without_the_lookahead():
    """The trie has no lookahead now: the literals starting inside a match are found by searching
    again from the match's second character, and the mark over an article's new words still flags
    every word holding one."""
    from framing.measures import populism
    from framing.segment import _analyse_words

    assert populism._literals_in("allgemeinheit") == {"allgemeinheit", "gemein"}
    assert populism._literals_in("volksabstimmung") == {"volk", "volksabstimmung", "stimm"}
    assert populism._literals_in("arbeiterpartei") == {"arbeiter", "partei"}
    assert populism._literals_in("regen") == frozenset()
    words = ["Volksabstimmung", "Regen", "Allgemeinheit", "zeigt", "Elite", "123"]
    marked = [bool(analysis[3] & populism._LITERAL_WORDS) for analysis in _analyse_words(words, "de")]
    assert marked == [True, False, True, False, True, False]
    doc = doc_from_text(
        "Die Volksabstimmung zeigt: Die Allgemeinheit wird von der abgehobenen Elite in Berlin "
        "unverschämt betrogen, sagte der Politiker."
    )
    found = [(span.label, doc.text[span.start : span.end]) for span in doc.spans if span.layer == "populism"]
    assert found == [
        ("sovereignty", "Volksabstimmung"),
        ("anti_elitism", "abgehobenen"),
        ("anti_elitism", "Elite"),
        ("anti_elitism", "unverschämt"),
    ]


def test_segmentation_fields_by_one_transposition():
    """The tokens, keys, flags and kinds taken from the forms' analyses by one ``zip``: each in token
    order, lists, the text the remembered object; an article without tokens gives empty lists."""
    from framing.model import Article
    from framing.segment import SPEAKER_FLAGS, segment
    from framing.speakers import form_flags

    def article(text: str) -> Article:
        return Article(id="t", source="test", raw_text=text, text=text, language="de")

    doc = segment(article("Kanzler Scholz sagte, die Preise seien um 7,9 Prozent gestiegen."))
    words = "Kanzler Scholz sagte , die Preise seien um 7,9 Prozent gestiegen ."
    assert [t.text for t in doc.tokens] == words.split()
    lemmas = "Kanzler Scholz sagen , der Preis sein um 7,9 Prozent steigen ."
    assert [t.lemma for t in doc.tokens] == lemmas.split()
    assert [(t.start, t.end) for t in doc.tokens][2:4] == [(15, 20), (20, 21)]
    assert {t.sentence for t in doc.tokens} == {0}
    assert doc._keys == [(t.text.lower(), t.lemma.lower()) for t in doc.tokens]
    assert doc._keys[6] == ("seien", "sein")
    assert [flags & SPEAKER_FLAGS for flags in doc._flags] == [
        form_flags(t.text, t.lemma) for t in doc.tokens
    ]
    assert doc._kinds == [
        "word",
        "word",
        "word",
        "punct",
        "word",
        "word",
        "word",
        "word",
        "number",
        "word",
        "word",
        "punct",
    ]
    assert all(type(column) is list for column in (doc.tokens, doc._keys, doc._flags, doc._kinds))
    again = segment(article("Die Preise seien gestiegen, sagte Scholz."))
    assert again.tokens[1].text is doc.tokens[5].text  # "Preise": the form's remembered string
    empty = segment(article(" \n "))
    assert (empty.tokens, empty._keys, empty._flags, empty._kinds, empty.sentences) == ([], [], [], [], [])
