"""Frames: sentence assignment with cue evidence, ties shared, profiles summing to 1 per scheme."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.measures import frames, score
from framing.pipeline import analyze_article, doc_from_text


def sentence_frames(text, scheme="generic"):
    doc = doc_from_text(text, annotate=False)
    spans = frames.annotate(doc)
    return [
        (s.label, s.attrs["cues"])
        for s in spans
        if s.attrs.get("level") == "sentence" and s.attrs["scheme"] == scheme
    ], score(frames, doc, spans)


def test_conflict_and_economic_sentences():
    found, features = sentence_frames(
        "Die USA drohen China mit Konsequenzen. Der Handel stieg auf 240 Milliarden Dollar."
    )
    assert found == [
        ("generic.conflict", ["drohen", "Konsequenzen"]),
        ("generic.economic_consequences", ["Handel", "Milliarden", "Dollar"]),
    ]
    assert features["frame.generic.conflict"] == 0.5
    assert features["frame.generic.economic_consequences"] == 0.5
    assert features["frame.generic.framed_sentences"] == 2.0


def test_policy_scheme_and_ties():
    found, features = sentence_frames("Die Truppen brachen das Völkerrecht.", scheme="policy")
    assert found == [("policy.legality", ["Völkerrecht"]), ("policy.security_defense", ["Truppen"])]
    assert features["frame.policy.legality"] == features["frame.policy.security_defense"] == 0.5


def test_unframed_text_gives_zero_profile():
    _, features = sentence_frames("Es regnete.")
    assert features["frame.generic.framed_sentences"] == 0.0
    assert sum(v for k, v in features.items() if k.startswith("frame.generic.") and "framed" not in k) == 0.0


def test_seed_profiles_sum_to_one(seeds):
    for article in seeds.values():
        features = analyze_article(article).features
        for scheme in ("generic", "policy"):
            shares = [
                v for k, v in features.items() if k.startswith(f"frame.{scheme}.") and "framed" not in k
            ]
            assert sum(shares) == pytest.approx(1.0)


def test_every_generic_frame_has_a_definition():
    assert {name.split(".")[2] for name in frames.FEATURES if name.startswith("frame.generic.")} >= {
        "conflict", "human_interest", "economic_consequences", "morality", "responsibility"
    }  # fmt: skip
    assert len([n for n in frames.FEATURES if n.startswith("frame.policy.") and "framed" not in n]) == 15


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Krieg", "Handel", "Familie", "Moral", "Regierung", ".", " ", "und"]), max_size=40
    )
)
def test_fuzz_profiles(parts):
    doc = doc_from_text(" ".join(parts), annotate=False)
    features = score(frames, doc, frames.annotate(doc))
    shares = sum(v for k, v in features.items() if k.startswith("frame.generic.") and "framed" not in k)
    assert shares == pytest.approx(1.0) or shares == 0.0


def test_every_frame_has_reader_names_in_its_data_file():
    """German and English names sit beside each frame in the schemes' files, not in code."""
    from framing.i18n import frame_name

    for scheme in frames.SCHEMES:
        for label in frames.load_lexicon(frames.SCHEMES[scheme]).labels:
            assert frame_name(label, "de") != label.replace("_", " ") or label == "other", (scheme, label)
            assert frame_name(label, "en")
    assert frame_name("legality", "de") == "Recht und Verfassung"
    assert frame_name("human_interest", "de") == "menschliches Schicksal"
    assert frame_name("human_interest", "en") == "human interest"
