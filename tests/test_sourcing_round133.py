"""Source types round 133 (docs/accuracy.md, "Source types round 133 (office133)"): a person whose first
mention gives a party alone ("Jens Spahn (CDU)") was typed `parliament` by it although a later mention gives
the office of the state held ("Gesundheitsminister Spahn"); the convention types a person by the office held,
by the party only where the article names none. German sentences written for the round in, the speaker and
type out."""

import pytest

from tests.sourcing_speakers import quoted


def typed(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(person named, source type, party, cue) of every quote."""
    return [(q.speaker, q.source_type, q.party, q.source_cue) for _, _, q in quoted(text)]


OPENING = "Jens Spahn (CDU) will die Regeln für Reiserückkehrer verschärfen. "
QUOTED = "„Wir müssen jetzt handeln“, sagte Spahn am Montag in Berlin. Die Länder zögern noch. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            OPENING + QUOTED + "Gesundheitsminister Spahn verwies auf die steigenden Zahlen.",
            ("Spahn", "government", "CDU", "Gesundheitsminister"),
            id="a federal minister named so after the quote",
        ),
        pytest.param(
            "Kerstin Lorenz (SPD) hat die Schulen besucht. „Der Unterricht geht weiter“, sagte Lorenz. "
            "Kultusministerin Lorenz kündigte zudem mehr Tests an.",
            ("Lorenz", "government", "SPD", "Kultusministerin"),
            id="a Land minister",
        ),
        pytest.param(
            "Peter Hartwig (CSU) besuchte das Impfzentrum. „Es läuft gut“, sagte Hartwig. "
            "Landrat Hartwig lobte die Helfer.",
            ("Hartwig", "government", "CSU", "Landrat"),
            id="a district administrator",
        ),
    ],
)
def test_an_office_at_another_mention_beats_the_party(text: str, expected: tuple[str, ...]) -> None:
    assert typed(text)[0] == expected


@pytest.mark.parametrize(
    "later",
    [
        pytest.param("Der frühere Gesundheitsminister Spahn verwies auf die Zahlen.", id="a past office"),
        pytest.param("Ex-Gesundheitsminister Spahn verwies auf die Zahlen.", id="an ex- office"),
        pytest.param("Fraktionsvize Spahn verwies auf die Zahlen.", id="a party's office"),
        pytest.param("Gesundheitsministerin Anna Spahn (SPD) widersprach.", id="another person's office"),
    ],
)
def test_the_party_stays_without_a_held_office(later: str) -> None:
    assert typed(OPENING + QUOTED + later)[0][1:3] == ("parliament", "CDU")
