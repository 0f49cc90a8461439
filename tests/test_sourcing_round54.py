"""Who speaks, fifty-fourth speaker round (docs/accuracy.md, "speaker round 54"): the inquit's speaker phrase
read as one unit. A slash written against the words on either side joins the parts of one name ("der
CDU/CSU-Fraktion", "Bündnis 90/Die Grünen") and ends no clause, so the name set off by a comma after the
role is reached (dev13's Middelberg). Real German sentences in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # dev13's sentence
            "„Die Verschiebung belegt, dass der Geist von Meseberg schnell verflogen ist“, sagt der "
            "stellvertretende Vorsitzende der CDU/CSU-Fraktion, Mathias Middelberg, in Anspielung auf die "
            "Kabinettsklausur vor wenigen Tagen.",
            ("direct", "Die Verschiebung belegt,", "Mathias Middelberg", "Mathias Middelberg"),
        ),
        (
            "„Das ist ein guter Tag“, sagt die Vorsitzende von Bündnis 90/Die Grünen, Ricarda Lang.",
            ("direct", "Das ist ein", "Ricarda Lang", "Ricarda Lang"),
        ),
        (  # no name after it: the role with its organisation, the slash inside
            "„Wir stimmen nicht zu“, sagte ein Sprecher der CDU/CSU-Fraktion am Montag.",
            (
                "direct",
                "Wir stimmen nicht",
                "ein Sprecher der CDU/CSU-Fraktion",
                "ein Sprecher der CDU/CSU-Fraktion",
            ),
        ),
    ],
)
def test_a_slash_inside_a_name_joins_it(text, expected):
    assert speakers(text) == [expected]
