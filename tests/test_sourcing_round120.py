"""Speaker round 120 (docs/accuracy.md, "Speaker round 120 (bug120)"): a subject whose phrase holds a
compound with a quoted first part ("„Aufbruch“-Gründer") was no phrase, so the medium spoken to after the
verb ("sagte der FAZ") became the speaker; and a medium the registry names after "der" right after a verb
of saying's subject was glued to it as a genitive ("sagte der CSU-Politiker der Welt"). German sentences
written for the round in, the speaker's span out."""

import pytest

from .test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Der Kölner „Aufbruch“-Gründer Meier sagte der FAZ: „Wir machen weiter.“",
            "Kölner „Aufbruch“-Gründer Meier",
            id="a quoted first part before the medium spoken to",
        ),
        pytest.param(
            "Die „Querdenken“-Initiatorin Anna Berger sagte der dpa: „Wir gehen wieder auf die Straße.“",
            "„Querdenken“-Initiatorin Anna Berger",
            id="a quoted first part after the article",
        ),
        pytest.param(
            "„Monitor“-Moderator Jens Albers sagte: „Wir bleiben bei unserer Linie.“",
            "„Monitor“-Moderator Jens Albers",
            id="a quoted first part opening the sentence",
        ),
        pytest.param(
            "„So kann es nicht bleiben“, sagte der CSU-Politiker der Welt am Sonntag.",
            "CSU-Politiker",
            id="a registered medium after a role is spoken to",
        ),
        pytest.param(
            "„Wir rechnen mit Verzögerungen“, erklärte ein Heeressprecher der APA.",
            "ein Heeressprecher",
            id="a news agency after a role is spoken to",
        ),
        pytest.param(
            "„Wir steuern auf einen Zusammenbruch zu“, sagte der Südafrikaner Shabir Madhi der BBC.",
            "Südafrikaner Shabir Madhi",
            id="a registered medium after a name is spoken to",
        ),
        pytest.param(
            "„Das Haus ist voll“, sagte der Sprecher der Polizei.",
            "Sprecher der Polizei",
            id="an organisation after der stays the genitive",
        ),
        pytest.param(
            "Ein Reporter der BBC sagte: „Die Straßen sind leer.“",
            "Ein Reporter der BBC",
            id="a medium in the genitive before the verb stays",
        ),
        pytest.param(
            "„Die Regierung hat versagt“, schrieb der Spiegel.",
            "Spiegel",
            id="a medium as the subject after the verb stays the speaker",
        ),
    ],
)
def test_speaker_span(text: str, span: str) -> None:
    """The speaker's span as written."""
    assert speakers(text)[0][2] == span


def test_quoted_first_part_of_no_speaker() -> None:
    """A compound with a quoted first part whose last part names no speaker is no subject: the quotation
    after its colon has no speaker ("ertönten „Allahu akbar“-Rufe: „…“")."""
    assert speakers("Doch dann ertönten „Allahu akbar“-Rufe: „Gott ist groß.“")[0][2] is None
