"""Source types round 154 (docs/accuracy.md, "Source types round 154 (cue154)"): a role noun written right
before another person's full name in the words after a name that open with a verb or a preposition ("X ist
mit dem DGB-Vorsitzenden Reiner Hoffmann einig") is that other person's role, not X's. German sentences
written for the round in, the speaker and type out."""

import pytest

from tests.sourcing_speakers import quoted


def typed(text: str) -> list[tuple[str | None, str | None]]:
    """(person named, source type) of every quote."""
    return [(q.speaker, q.source_type) for _, _, q in quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dietmar Woidke ist mit dem DGB-Vorsitzenden Reiner Hoffmann einig.\n\n„Wir brauchen die Werke "
            "in der Lausitz“, sagte Woidke.",
            ("Woidke", "government"),
            id="a listed premier is no trade unionist by the union chair beside him",
        ),
        pytest.param(
            "Anna Meier ist mit dem CDU-Abgeordneten Jan Kolb verheiratet.\n\n„Wir gehen jeden Tag "
            "spazieren“, sagt Meier.",
            ("Meier", "other"),
            id="a spouse is no member of parliament by her husband's office",
        ),
    ],
)
def test_role_before_another_full_name_is_not_the_speakers(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Die Entscheidung ist gefallen“, sagte Lisa Frerichs, Sprecherin von Gesundheitssenatorin Dilek "
            "Kalayci (SPD).",
            ("Lisa Frerichs", "government"),
            id="a senator's spokeswoman set off by commas keeps the office she speaks for",
        ),
        pytest.param(
            "„Das ist ein Rückschlag“, sagte Walter Ricciardi, ein Berater von Gesundheitsminister Roberto "
            "Speranza.",
            ("Walter Ricciardi", "government"),
            id="a minister's adviser in an apposition keeps the minister's office",
        ),
    ],
)
def test_apposition_before_another_name_is_read_as_before(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)
