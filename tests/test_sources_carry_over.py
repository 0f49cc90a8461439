"""Source types that carry over from one set to the next (issue 11, item 2, branch src17): a bare
spokesperson ("erklärt der Sprecher") speaks for the public body named just before by a weak word
with its article ("von der Stadt", "laut Aussage der Stadt"), not for a place ("in der Stadt") —
German sentences in, a type out, from the pipeline and from ``named_before``."""

from framing.model import Article
from framing.pipeline import analyze_article
from framing.sources import named_before

PAVEMENT = (
    "Seit August 2015 läuft ein Beweisverfahren am Landgericht. Auch die angehobenen Pflastersteine "
    "sind Gegenstand des Beweisverfahrens. Was nicht hätte passieren dürfen, laut Aussage der Stadt. "
    "Weil die schadhaften Stellen wichtig für die Beweisaufnahme seien, könnten sie von der Stadt aus "
    "nachvollziehbaren Gründen nicht repariert werden, erklärt der Sprecher: „Wir hätten es auch "
    "lieber anders, aber das Verfahren lässt uns keine andere Wahl.“"
)


def test_a_bare_spokesperson_speaks_for_the_city_named_with_its_article() -> None:
    doc = analyze_article(Article(id="pflaster", source="test", raw_text=PAVEMENT, text=PAVEMENT))
    typed = {q.source_type for q in doc.quotes if q.speaker == "Sprecher"}
    assert typed == {"government"}


def test_the_body_is_read_in_the_nearest_sentence_that_names_one() -> None:
    own = "könnten sie von der Stadt aus nachvollziehbaren Gründen nicht repariert werden , erklärt der"
    found = named_before([own, "Seit August 2015 läuft ein Beweisverfahren am Landgericht ."])
    assert found is not None and (found.type, found.cue) == ("government", "Stadt")
    found = named_before(["Die Gemeinde teilte am Montag mit , das Freibad bleibe geschlossen , sagte die"])
    assert found is not None and found.type == "government"


def test_a_place_or_a_strong_cue_is_not_replaced_by_a_body() -> None:
    # "in der Stadt" is where something happens, not who speaks
    assert named_before(["Viele Menschen wohnen seit Jahren in der Stadt , sagte der"]) is None
    # a strong cue in the same sentence still decides
    found = named_before(["Die Polizei und die Stadt suchen nach dem Mann , sagte der"])
    assert found is not None and found.type == "authority"
    # a body's word inside a compound is no body ("Stadtfest")
    assert named_before(["Das Stadtfest beginnt am Freitag , sagte der"]) is None


def test_the_benchmark_reads_a_bare_spokesperson_where_the_pipeline_does() -> None:
    from benchmarks.source_types import evaluate

    start = PAVEMENT.index("Sprecher")
    quote = {"article": "a", "speaker": "Sprecher", "speaker_start": start, "source_type": "government"}
    assert evaluate([quote], {"a": PAVEMENT})["with_article"] == 1.0
    # with no determiner before it the role is not read as a back reference (as in the pipeline)
    bare = PAVEMENT.replace("erklärt der Sprecher", "erklärt Sprecher")
    quote["speaker_start"] = bare.index("Sprecher")
    assert evaluate([quote], {"a": bare})["with_article"] == 0.0
