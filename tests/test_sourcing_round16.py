"""Who speaks, sixteenth speaker round (README, "Accuracy on real news"): the classes of wrong speakers
that all our sets share, read on the Petersen-Frey & Biemann train split. Real German news sentences
in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bundespräsident Christian Wulff (CDU) hat in einem Gespräch mit seinem israelischen "
            "Amtskollegen Schimon Peres (Awoda, dt. etwa Arbeiterpartei) bekräftigt, die "
            "Bundesrepublik Deutschland bekenne sich zu ihrer besonderen Verantwortung für die Existenz "
            "der Republik Israel.",
            [
                (
                    "indirect",
                    "Bundespräsident Christian Wulff",
                    "Bundespräsident Christian Wulff",
                    "Bundespräsident Christian Wulff",
                )
            ],
            id="PFB train: a comma inside a parenthesis does not end the clause of the verb of saying",
        ),
        pytest.param(
            "Der Leiter der Behörde (NEMA) sagte, die Besorgnis sei groß.",
            [("indirect", "Der Leiter der", "Leiter der Behörde", "Leiter der Behörde")],
            id="a parenthesis without a comma, as before",
        ),
    ],
)
def test_clause_across_a_parenthesis(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(text) == expected
