"""Who speaks, sixty-third speaker round (docs/accuracy.md, "speaker round 63"): continued speech after a
sourced sentence. A sentence whose main clause opens with the shared form of an auxiliary or modal ("würde",
"sollte", "sollten": speech_de.toml's ``shared_modals``) right after the speaker's own sentence in the
Konjunktiv goes on with that speaker without a further cue (gnad1000's Kaeser and Jungwirth, dev9's "Es würde
auch noch Gespräche …", dev16's "Schlussendlich würde dann …"); not where the form stands in a clause after
the main one, not after an indicative sentence, not for the weak past of any other verb (the author's
narrative: "In Summe erzielte die VIG …"), not in a question. Real German sentences in, the quotes and
speakers out; the positive ones fail on main before this round."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.measures import sourcing
from framing.pipeline import doc_from_text


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """(label, quote's text, speaker) of every quote."""
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    return [(q.label, doc.text[q.start : q.end], q.speaker) for q in doc.quotes]


KAESER = (  # gnad1000 (10kGNAD, Der Standard), shortened
    "München – Der deutsche Technologieriese Siemens will seine Belegschaft stärker am Unternehmenserfolg "
    "beteiligen. Von den rund 340.000 Beschäftigten seien derzeit etwa 145.000 Aktionäre des Konzerns, sagte "
    "Siemens-Chef Joe Kaeser am Freitag in Berlin. Bis 2020 sollten es mehr als 200.000 sein."
)
JUNGWIRTH = (  # gnad1000, shortened
    "Die Erpresser verlangen einen Geldbetrag. Auf keinen Fall solle man zahlen, rät der Sicherheitsexperte "
    "Stefan Jungwirth. Wenn man das Geld bezahlt, würde man das Vorgehen der Erpresser nur unterstützen."
)
AMAZON = (  # dev9 (10kGNAD), shortened
    "Der US-Internetkonzern Amazon will beim Kartendienst Here einsteigen. Amazon sei dazu in Verhandlungen "
    "mit den Eigentümern Audi, BMW und Daimler, bestätigten mit der Angelegenheit vertraute Personen am "
    "Donnerstag. Es würde auch noch Gespräche mit anderen Interessenten laufen."
)


@pytest.mark.parametrize(
    ("text", "sentence", "speaker"),
    [
        pytest.param(
            KAESER, "Bis 2020 sollten es mehr als 200.000 sein.", "Siemens-Chef Joe Kaeser", id="sollten"
        ),
        pytest.param(
            JUNGWIRTH,
            "Wenn man das Geld bezahlt, würde man das Vorgehen der Erpresser nur unterstützen.",
            "Sicherheitsexperte Stefan Jungwirth",
            id="würde after a fronted wenn-clause",
        ),
    ],
)
def test_a_modal_shared_form_after_the_speakers_konjunktiv_goes_on(text, sentence, speaker):
    assert ("indirect", sentence, speaker) in quotes(text)


def test_the_modal_takes_the_speaker_of_the_sentence_before():  # whoever the rules found there (dev9)
    head, following = quotes(AMAZON)[-2:]
    assert following[:2] == ("indirect", "Es würde auch noch Gespräche mit anderen Interessenten laufen.")
    assert head[1].startswith("Amazon sei dazu") and following[2] == head[2]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        pytest.param(  # the sentence before is the author's indicative: nothing to go on with
            KAESER.replace(
                "seien derzeit etwa 145.000 Aktionäre des Konzerns, sagte", "sind derzeit etwa 145.000"
            ).replace(" Joe Kaeser am Freitag in Berlin", ""),
            "Bis 2020 sollten",
            id="after the author's indicative",
        ),
        pytest.param(  # the form in a clause after the main one, whose verb is the indicative "hat"
            KAESER.replace(
                "Bis 2020 sollten es mehr als 200.000 sein.",
                "Seine Ankündigung, er würde die Zahl verdoppeln, hat er inzwischen abgeschwächt.",
            ),
            "Seine Ankündigung",
            id="würde inside a clause after the main one",
        ),
        pytest.param(  # a weak past of another verb: the author's narrative
            KAESER.replace(
                "Bis 2020 sollten es mehr als 200.000 sein.",
                "Im Vorjahr erzielte der Konzern einen Rekordgewinn.",
            ),
            "Im Vorjahr erzielte",
            id="the weak past of another verb",
        ),
        pytest.param(  # a question: an interviewer's or a heading's, no reported speech (events dev2)
            KAESER.replace(
                "Bis 2020 sollten es mehr als 200.000 sein.", "Was sollte Deutschland anders machen?"
            ),
            "Was sollte Deutschland",
            id="a question",
        ),
    ],
)
def test_no_modal_shared_form_after_the_speakers_konjunktiv_stays_the_authors(text, sentence):
    assert not any(q[1].startswith(sentence) for q in quotes(text))


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Bis 2020", "Mittelfristig", "Im kommenden Jahr", "Langfristig"]))
def test_the_opening_before_the_modal_does_not_matter(opening):
    text = KAESER.replace("Bis 2020 sollten", f"{opening} sollten")
    assert ("indirect", f"{opening} sollten es mehr als 200.000 sein.", "Siemens-Chef Joe Kaeser") in quotes(
        text
    )
