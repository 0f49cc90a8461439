"""Source types round 135 (docs/accuracy.md, "Source types round 135 (consist135)"): an apposition set off
by a comma after the particle or verb that closes a name's inquit ("teilte X mit, Vorsitzender der …", "wie
X sagt, die Präsidentin des …") was never read, so the person stayed `other` with no cue, while the same
apposition right after the name typed them. German sentences written for the round in, the speaker and
type out."""

import pytest

from tests.sourcing_speakers import named_types as typed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Wir brauchen mehr Tests“, teilte Ludwig Hartmann mit, Vorsitzender der Landtagsfraktion der "
            "Grünen.",
            ("Ludwig Hartmann", "parliament"),
            id="a particle, then an office without an article",
        ),
        pytest.param(
            "„Die Schulen bleiben offen“, teilte Anna Berger mit, die Vorsitzende der Landtagsfraktion der "
            "SPD.",
            ("Anna Berger", "parliament"),
            id="a particle, then an office with its article",
        ),
        pytest.param(
            "Die Unsicherheit treffe die Wirte hart, wie Angela Inselkammer sagt, die Präsidentin des "
            "Bayerischen Hotel- und Gaststättenverbandes.",
            ("Angela Inselkammer", "civil_society"),
            id="the verb of a wie clause, then an office",
        ),
    ],
)
def test_apposition_after_the_inquit_types_the_person(text: str, expected: tuple[str, str]) -> None:
    assert typed(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "„Wir brauchen mehr Tests“, teilte Ludwig Hartmann mit, dass die Polizei die Kontrollen verstärke.",
        "„Wir brauchen mehr Tests“, teilte Ludwig Hartmann mit, er wolle die Polizei um Hilfe bitten.",
        "„Wir brauchen mehr Tests“, teilte Ludwig Hartmann mit, Angst vor zu vielen Unternehmen zu haben.",
    ],
    ids=["a dass clause", "a reported clause", "a noun that is no role"],
)
def test_a_clause_after_the_particle_gives_no_role(text: str) -> None:
    assert typed(text)[0] == ("Ludwig Hartmann", "other")
