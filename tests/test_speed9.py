"""Speed round 9: structural steps that must give exactly what the code they replace gave."""

from itertools import compress

from framing.measures.sourcing import _Context
from framing.pipeline import doc_from_text
from framing.speakers import CANDIDATE, KONJUNKTIV, PARTICLE_VERB, SPEECH, TRIGGER

TEXT = (
    "Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Regierung werde die Hilfen verlängern. "
    "Laut Polizeisprecherin Anna Weber sei der Mann geflohen. Dem Bericht zufolge sieht der Plan "
    "Kürzungen vor. Die Ministerin kündigte an, dass sie zurücktrete, so ein Sprecher."
)


def test_flag_positions_are_those_of_a_pass_over_every_token():
    """The positions of each speaker flag, read from the flagged tokens only, are the tokens a
    pass over every token with that flag finds (the verbs of saying, "Laut", "zufolge", "sei",
    the given names and roles)."""
    doc = doc_from_text(TEXT)
    context = _Context(doc)
    flags = context.flags

    def every(mask):
        return list(compress(range(len(flags)), map(mask.__and__, flags)))

    texts = [t.text for t in doc.tokens]
    assert context.verb_positions == every(SPEECH | PARTICLE_VERB)
    assert context.trigger_positions == every(TRIGGER)
    assert context.konjunktiv_positions == every(KONJUNKTIV)
    assert {"sagte", "kündigte"} <= {texts[i] for i in context.verb_positions}
    assert {"Laut", "zufolge", "dass"} <= {texts[i] for i in context.trigger_positions}
    assert "sei" in {texts[i] for i in context.konjunktiv_positions}
    for number in range(len(doc.sentences)):
        context.collect(number)
    assert context._candidates == every(CANDIDATE)
    assert {"Bundeskanzler", "Olaf", "Anna"} <= {texts[i] for i in context._candidates}
