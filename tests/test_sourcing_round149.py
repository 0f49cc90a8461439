"""Speaker round 149 (docs/accuracy.md, "Speaker round 149 (bug149)"): a short quotation that opens a sentence
with its inquit ("„Gut“, sagte sie und fügte hinzu: „…“") is no name before the colon's quotation, so it is
not read again as indirect speech with its marks. German sentences written for the round in, the quotes
out."""

import pytest

from tests.sourcing_speakers import quoted


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """(label, quote's text, speaker span) of every quote."""
    return [(q.label, said, span) for said, span, q in quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Gut“, sagte sie und fügte hinzu: „Wir sind zufrieden.“",
            [("direct", "Gut", "sie"), ("direct", "Wir sind zufrieden.", "sie")],
            id="und fügte hinzu",
        ),
        pytest.param(
            "Die Lage bleibt angespannt. „Es ist ernst“, sagte die Kanzlerin: „Nehmen Sie es auch ernst.“",
            [("direct", "Es ist ernst", "Kanzlerin"), ("direct", "Nehmen Sie es auch ernst.", "Kanzlerin")],
            id="colon after the inquit",
        ),
        pytest.param(
            "Die Floristin hat kaum Kunden. „Geht schlecht“, sagt Anna Berger, Inhaberin des Ladens: "
            "„Wir machen nur noch zehn Prozent des Umsatzes.“",
            [
                ("direct", "Geht schlecht", "Anna Berger"),
                ("direct", "Wir machen nur noch zehn Prozent des Umsatzes.", "Anna Berger"),
            ],
            id="apposition before the colon",
        ),
    ],
)
def test_a_short_opening_quotation_is_one_direct_quote(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text) == expected


def test_a_quoted_name_before_the_colon_still_lets_the_reported_clause_go_on() -> None:
    found = quotes(
        "Seine Kollegin Ruth Betz, bei Funke verantwortlich für „Digitale Transformation“, erklärt, dass die "
        "Lage ernst sei: „Wir müssen handeln.“"
    )
    assert found[0][0] == "indirect" and found[0][1].endswith("dass die Lage ernst sei")
