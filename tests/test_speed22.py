"""Speed round 22: the spans' attributes in the JSON output (written by orjson since round 28), the
same text as ``json.dumps``; the populism literals and the segmentation's fields."""

from __future__ import annotations

import json
import math

from framing.model import Span
from framing.output import SCHEMA_VERSION, article_record, to_json
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
    written = to_json(Analysis(docs=[doc]))
    assert written == dumped(doc)
    spans = {
        (span["layer"], span["label"], span["text"]): span["attrs"]
        for span in json.loads(written)["articles"][0]["spans"]
    }
    # a frame's sentence with two cues (a list), its word (all scalars), the tone of a word (an
    # empty list), a quote's attributes with null values
    sentence = "Die Regierung in Berlin hat neue Hilfen angekündigt."
    assert spans["frame", "generic.responsibility", sentence] == {
        "level": "sentence",
        "scheme": "generic",
        "cues": ["Regierung", "Hilfen"],
        "weight": 1.0,
    }
    assert spans["frame", "policy.economic", "Wirtschaft"] == {
        "scheme": "policy",
        "sentence": 2,
        "voice": "own",
    }
    assert spans["tone", "negative", "Katastrophe"]["modifiers"] == []
    assert spans["quote", "direct", "Wir lassen niemanden allein"]["via"] is None
    assert '"cues": [\n              "Regierung",\n              "Hilfen"\n            ],' in written
    assert '"modifiers": []' in written


def test_odd_span_attributes_and_keys():
    """The same keys in another order, a per cent sign in a key, a column mixing a list and a scalar,
    nested lists and dicts, a tuple, a key that is no ``str``, NaN: each as ``json.dumps`` writes it."""
    doc = doc_from_text(TEXT)
    doc.spans = [
        Span(0, 3, "test", "a", None, {"voice": "own", "cues": ["Regierung"]}),
        Span(0, 3, "test", "b", None, {"cues": ["Hilfen"], "voice": "quoted"}),
        Span(4, 13, "test", "c", 0.5, {"anteil %": "7,9 %", "%s": "%d"}),
        Span(4, 13, "test", "d", None, {"voice": "own", "cues": "Skandal"}),
        Span(4, 13, "test", "e", None, {"cues": ["Skandal", ["Katastrophe"]], "weight": 1.0}),
        Span(17, 23, "test", "f", None, {"camp": {"name": "Regierung"}}),
        Span(17, 23, "test", "g", None, {"pair": ("Olaf", "Scholz")}),
        Span(17, 23, "test", "h", None, {3: "drei", "x": math.nan}),
        Span(17, 23, "test", "i", None, {}),
        Span(0, 3, "test", "j", None, {"voice": "own", "cues": []}),
    ]
    assert to_json(Analysis(docs=[doc])) == dumped(doc)


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
