"""Speaker round 124 (docs/accuracy.md, "Speaker round 124 (party124)"): a party member's noun ("sagte der
CDU-Politiker", "der Politiker") resolved to a person whose own phrase or another mention names an office of
the state typed the person `parliament` by the party; the convention types a person by the office held and
by the party only where no office is named. And the head of the federal chancellery ("Kanzleramtschef") was
an agency's "Amtschef". German sentences written for the round in, the speaker and type out."""

import pytest

from framing.sources import classify
from tests.sourcing_speakers import quoted


def typed(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(person named, source type, cue) of every quote."""
    return [(q.speaker, q.source_type, q.source_cue) for _, _, q in quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kanzleramtschef Helge Braun warnte vor Lockerungen. „Wir sind noch nicht über den Berg“, sagte "
            "der CDU-Politiker.",
            ("Kanzleramtschef Helge Braun", "government", "Kanzleramtschef"),
            id="the head of the chancellery",
        ),
        pytest.param(
            "Bundesinnenminister Horst Seehofer will mehr Kontrollen an den Grenzen. „Das ist jetzt nötig“, "
            "sagte der CSU-Politiker am Montag.",
            ("Bundesinnenminister Horst Seehofer", "government", "Bundesinnenminister"),
            id="a federal minister",
        ),
        pytest.param(
            "Berlins Innensenator Andreas Geisel will die Regeln verschärfen. „Wir werden genau hinsehen“, "
            "sagte der SPD-Politiker.",
            ("Innensenator Andreas Geisel", "government", "Innensenator"),
            id="a senator of a city state",
        ),
        pytest.param(
            "Gesundheitsministerin Petra Köpping hält an den Regeln fest. „Wir dürfen nicht nachlassen“, "
            "sagte die Politikerin.",
            ("Gesundheitsministerin Petra Köpping", "government", "Gesundheitsministerin"),
            id="a member's noun without a party",
        ),
    ],
)
def test_a_party_members_noun_yields_to_the_office_the_person_holds(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert typed(text)[-1] == expected


def test_a_party_members_noun_for_a_person_without_office_stays_parliament() -> None:
    text = (
        "Die Grünen-Politikerin Renate Künast kritisierte den Plan. „Das ist der falsche Weg“, sagte die "
        "Politikerin."
    )
    assert typed(text)[-1][1] == "parliament"


def test_a_member_of_another_party_does_not_take_the_office() -> None:
    text = (
        "SPD-Verkehrsminister Reinhard Meyer will mehr Züge. „Rechtzeitig vor den Feiertagen geht es los“, "
        "hob der CDU-Politiker hervor."
    )
    assert typed(text)[-1][1:] == ("parliament", "CDU-Politiker")


def test_a_members_noun_read_as_an_organisation_takes_no_office() -> None:
    text = (
        "Der Senat hat neue Regeln beschlossen. Vier Patienten habe man am Montag in ein Krankenhaus "
        "verlegt, so der Linken-Politiker."
    )
    assert typed(text)[-1][1:] == ("parliament", "Linken-Politiker")


def test_a_party_office_does_not_yield() -> None:
    text = "Bundesinnenminister Horst Seehofer will mehr Kontrollen. „Das ist nötig“, sagte der CSU-Chef."
    assert typed(text)[-1][1:] == ("parliament", "CSU-Chef")


@pytest.mark.parametrize("head", ["Kanzleramtschef", "Kanzleramtschefin"])
def test_the_head_of_the_chancellery_is_government(head: str) -> None:
    found = classify(head)
    assert found is not None and found.type == "government"


def test_an_agencys_head_stays_authority() -> None:
    found = classify("Amtschef")
    assert found is not None and found.type == "authority"
