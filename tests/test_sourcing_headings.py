"""A heading that ends at its verb ("Konzept auch für die Wirtschaft gefordert") before reported speech: the
subject finder looked for an article after the verb and read past the sentence's last token (IndexError on a
FANG-COVID article of fangX4; lead, fifteenth session). Sentences written for the test."""

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.pipeline import analyze_text

BEFORE = "Banken müssen regelmäßig einen Stresstest bestehen."
AFTER = "Ein solcher Plan fehle bisher, sagte die Ökonomin Anna Weber."


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end], q.speaker) for q in analyze_text(text).quotes]


def test_a_heading_ending_at_its_participle_between_reported_speech():
    text = f"{BEFORE}\n\nKonzept auch für die Wirtschaft gefordert\n\n{AFTER}"
    assert _quotes(text) == [(AFTER, "Ökonomin Anna Weber")]


NOUNS = ["Konzept", "Kritik", "Stolz", "Hilfe", "Lob", "Geld"]
MIDDLES = ["", "auch", "auch für die Wirtschaft", "schon lange", "für Familien", "bald"]
VERBS = ["gefordert", "geäußert", "vermeldet", "angekündigt", "verlangt", "erklärt"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(NOUNS), st.sampled_from(MIDDLES), st.sampled_from(VERBS), st.booleans())
def test_any_heading_of_a_bare_noun_and_a_final_verb(noun, middle, verb, before):
    heading = " ".join(part for part in (noun, middle, verb) if part)
    text = f"{BEFORE}\n\n{heading}\n\n{AFTER}" if before else f"{heading}\n\n{AFTER}"
    speakers = [speaker for _, speaker in _quotes(text)]
    assert speakers == ["Ökonomin Anna Weber"]
