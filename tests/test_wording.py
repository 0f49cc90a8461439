"""Word choice: concept variants per outlet, compounds counted once, own voice vs quoted."""

import pytest

from framing.compare.matrices import word_choice_matrix
from framing.measures import wording
from framing.pipeline import analyze_article, doc_from_text
from framing.segment import segment
from tests.conftest import SEED_FILES


def war_words(doc):
    return [
        (s.attrs["variant"], s.attrs["voice"])
        for s in wording.annotate(doc)
        if s.attrs["concept"] == "war_ukraine"
    ]


@pytest.fixture(scope="module")
def seed_words(seeds):
    return {key: war_words(segment(seeds[key])) for key in SEED_FILES}


def test_each_outlet_names_the_war_differently(seed_words):
    assert ("Angriffskrieg", "own") in seed_words["newsde"]
    assert ("Ukraine-Krieg", "own") in seed_words["newsde"]
    assert ("Überfall", "own") in seed_words["fr_2022"]
    assert ("russischer Angriff", "own") in seed_words["fr_2024"]
    assert set(seed_words["epoch"]) == {
        ("Offensive", "own"),
        ("Ukraine-Konflikt", "own"),
        ("Einmarsch", "own"),
        ("Ukraine-Krise", "quoted"),
    }
    assert seed_words["afp"] == [("Einmarsch", "own"), ("Angriffskrieg", "own"), ("Invasion", "quoted")]


def test_afp_brutal_invasion_is_inside_a_quote(seeds):
    doc = segment(seeds["afp"])
    (invasion,) = [s for s in wording.annotate(doc) if s.attrs["variant"] == "Invasion"]
    assert doc.text[invasion.start : invasion.end] == "Invasion"
    assert doc.text[invasion.start - 9 : invasion.end] == "brutaler Invasion"
    assert invasion.attrs["voice"] == "quoted" and invasion.attrs["connotation"] == "condemning"


def test_compounds_and_phrases_are_counted_once():
    doc = doc_from_text(
        "Russlands Angriffskrieg gegen die Ukraine dauert an. "
        "Moskau beklagt unrechtmäßige Sanktionen des Westens.",
        annotate=False,
    )
    assert [(doc.text[s.start : s.end], s.label) for s in wording.annotate(doc)] == [
        ("Angriffskrieg", "war_ukraine:Angriffskrieg"),
        ("unrechtmäßige Sanktionen", "sanctions:unrechtmäßige Sanktion"),
        ("Westens", "the_west:Westen"),
    ]


def test_features_and_word_choice_matrix(seeds):
    docs = [analyze_article(seeds[key]) for key in ("epoch", "afp")]
    features = docs[1].features
    assert features["wording.war_ukraine.condemning"] == 1.0  # Angriffskrieg (own voice)
    assert features["wording.war_ukraine.quoted"] == 1.0  # brutaler Invasion (quoted)
    matrix = word_choice_matrix(docs)
    assert matrix.cell("war_ukraine", "Epoch Times").own["Offensive"] == 1
    assert matrix.cell("war_ukraine", "AFP").quoted["Invasion"] == 1
    assert set(wording.FEATURES) >= {"wording.war_ukraine.minimizing", "wording.leaders.delegitimizing"}
