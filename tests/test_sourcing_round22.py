"""Who speaks, twenty-second speaker round (README, "Accuracy on real news"): a partial quotation after
"als" in the clause of a verb of assessment ("sieht X als „…“", "als „…“ eingestuft") is the judgement
of that verb's subject, as after "bezeichnen". Real German sentences in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kritik kommt vom Berliner Fahrgastverband IGEB, der diese Maßnahme als „Kapitulation“ vor den "
            "Randalierern sieht.",
            [("partial", "Kapitulation", "der", "Berliner Fahrgastverband IGEB")],
            id="PFB train: the relative pronoun of 'sieht … als' speaks for its organisation",
        ),
        pytest.param(
            "In den Küstenregionen wurde die Gefahr von Waldbränden vom Deutschen Wetterdienst als „sehr "
            "hoch“ eingestuft.",
            [("partial", "sehr hoch", "Deutschen Wetterdienst", "Deutschen Wetterdienst")],
            id="PFB train: the agent of a passive 'als … eingestuft'",
        ),
        pytest.param(
            "Der Verband sieht die Maßnahme als „Kapitulation“ vor den Randalierern.",
            [("partial", "Kapitulation", "Verband", "Verband")],
            id="the subject that opens a clause of 'sehen … als'",
        ),
        pytest.param(
            "Die Ministerin sieht „große Chancen“ für die Region.",
            [("partial", "große Chancen", "Ministerin", "Ministerin")],
            id="no 'als': since round 82 a short quotation after 'sehen' is its subject's view",
        ),
        pytest.param(
            "Der Verband kam als „Partner“ zum Treffen.",
            [],
            id="'als' without a verb of assessment: no speech",
        ),
    ],
)
def test_assessed_partial_quotation(text: str, expected: list) -> None:
    assert speakers(text) == expected
