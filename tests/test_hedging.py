"""Epistemic stance: reportative sollen vs plan/obligation, Konjunktiv I, hedges, sources, boosters."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.measures import hedging, score
from framing.pipeline import doc_from_text
from framing.resources import word_sets
from framing.segment import segment

from .timing import LINEAR_BOUND, growth


def marks(text):
    doc = doc_from_text(text, annotate=False)
    return [(doc.text[s.start : s.end], s.label) for s in hedging.annotate(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China soll Putin heimlich im Ukraine-Krieg unterstützen.", [("soll", "reportative")]),
        ("Er soll das gesagt haben.", [("soll", "reportative")]),
        ("Die Brücke soll im Mai gebaut werden.", []),  # plan: passive infinitive, time ahead
        ("Der Bericht soll erscheinen.", [("soll", "reportative")]),
        ("Der Bericht soll im Jänner erscheinen.", []),  # a month ahead (data/months.toml, Austrian too)
        ("Man soll nicht lügen.", []),  # obligation
        ("Das sollte man wissen.", []),  # Konjunktiv II
        ("Die Zusammenarbeit solle verstärkt werden.", [("solle", "konjunktiv_i")]),
        ("„Ich habe betont, dass es gut ist“, sagte Yellen.", []),  # 1st person indicative
        (
            "Lawrow erklärte, die Beziehungen hätten ein Niveau erreicht. "
            "Die Wiederwahl garantiere, dass das so bleibe.",
            [("hätten", "konjunktiv_i"), ("garantiere", "konjunktiv_i"), ("bleibe", "konjunktiv_i")],
        ),
        (
            "Der Täter ist angeblich geflohen, wie es heißt.",
            [("angeblich", "hedge"), ("wie es heißt", "hearsay")],
        ),
        (
            "Das berichteten Insider aus Regierungskreisen.",
            [("Insider", "anonymous_source"), ("aus Regierungskreisen", "anonymous_source")],
        ),
        ("Das ist zweifellos richtig.", [("zweifellos", "booster")]),
        ("Es war das zweite Telefonat der beiden Staatschefs.", []),
    ],
)
def test_markers(text, expected):
    assert marks(text) == expected


def test_the_time_words_of_a_plan_are_data():
    """grammar_de.toml 1.1 [plan_markers.hedging]: a time ahead makes "soll" a plan; read from the data file
    (the month names from months.toml), not written in code."""
    assert {"künftig", "bald", "nächsten"} <= word_sets("grammar_de.toml")["plan_markers.hedging.words"]
    assert marks("Das Werk soll künftig mehr Autos bauen.") == []
    assert marks("Das Werk soll mehr Autos bauen.") == [("soll", "reportative")]


def test_seed_reportative_soll_sentences(seeds):
    newsde = segment(seeds["newsde"])
    found = [
        (newsde.text[s.start : s.end], s.attrs["rule"])
        for s in hedging.annotate(newsde)
        if s.label == "reportative"
    ]
    assert found == [("soll", "present infinitive"), ("soll", "present infinitive")]
    assert "soll das Land Russland heimlich" in newsde.text
    fr = segment(seeds["fr_2022"])
    rules = [s.attrs["rule"] for s in hedging.annotate(fr) if s.label == "reportative"]
    assert rules.count("perfect infinitive") == 2  # "soll … gewesen sein", "soll … gehandelt haben"


def test_features_per_1k_and_sentence_share():
    doc = doc_from_text(
        "China soll Russland helfen. Das ist klar. Angeblich gibt es Beweise.", annotate=False
    )
    features = score(hedging, doc, hedging.annotate(doc))
    words = 11
    assert features["hedge.reportative_per_1k"] == pytest.approx(1000 / words)
    assert features["hedge.hedge_per_1k"] == pytest.approx(1000 / words)
    assert features["hedge.hedged_sentence_share"] == pytest.approx(2 / 3)


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from([*"soll habe sei ich Man werden gesagt haben . , „“", " "]),
        max_size=80,
    )
)
def test_fuzz_spans_inside_text(text):
    doc = doc_from_text(text, annotate=False)
    for span in hedging.annotate(doc):
        assert 0 <= span.start < span.end <= len(text)
        assert span.label in hedging.LABELS


@pytest.mark.parametrize(
    "unit",
    [
        "China soll Putin soll heimlich soll ",  # one endless clause full of "soll"
        "Er soll das gesagt haben. Sie sollen gewarnt worden sein. ",  # a "soll" in every sentence
    ],
)
def test_reportative_sollen_take_linear_time(unit):
    ratio = growth(hedging.annotate, unit, prepare=lambda text: doc_from_text(text, annotate=False))
    assert ratio < LINEAR_BOUND, f"1 MB took {ratio:.1f}× the time of 100 KB"
