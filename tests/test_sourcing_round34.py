"""Who speaks, thirty-fourth speaker round (docs/accuracy.md, "speaker round 34"): a speaker named before
a colon with no verb of saying, whose surname opens with a lower-case particle: "Antje von Broock,
BUND-Geschäftsführerin: „…“" (a first name the lists do not know, a particle, a surname, then the role:
the name speaks, the role is its apposition) and "Von Broock: „…“" (the particle capitalised at the
sentence's start, the person named before with it in lower case). Real German sentences in (dev9's BUND
press releases), the speakers out; each fails without its rule, the guards without their exclusion."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Zu viele neue Autobahnen wurden auf Kosten des Bestandserhalts geplant und gebaut. Antje von "
            "Broock, BUND-Geschäftsführerin: „Erhalt statt Neubau ist die einfache Formel für die Zukunft.“",
            [("direct", "Erhalt statt Neubau", "Antje von Broock", "Antje von Broock")],
            id="dev9: 'Antje von Broock, BUND-Geschäftsführerin:' before a quotation",
        ),
        pytest.param(
            "Atomkraftwerke sind hochriskant und teuer, sagt von Broock. Von Broock: „Atomkraft ist eine "
            "Hochrisikotechnologie von vorgestern.“",
            [
                ("indirect", "Atomkraftwerke sind hochriskant", "von Broock", "von Broock"),
                ("direct", "Atomkraft ist eine", "Von Broock", "Von Broock"),
            ],
            id="dev9: 'Von Broock:' after 'sagt von Broock'",
        ),
        pytest.param(
            "Die Ministerin von Berlin, Sprecherin der Partei: „Wir ermitteln in alle Richtungen.“",
            [("direct", "Wir ermitteln in", "Sprecherin der Partei", "Sprecherin der Partei")],
            id="guard: 'Die Ministerin von Berlin' is no name with a particle",
        ),
        pytest.param(
            "Der Umweltverband warnt vor den Folgen. Von Broock: „Wir brauchen jetzt mehr Schutz für die "
            "Wälder.“",
            [("direct", "Wir brauchen jetzt", "Umweltverband", "Umweltverband")],
            id="guard: 'Von Broock:' with no 'von Broock' named before",
        ),
    ],
)
def test_speaker_before_colon_with_particle(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert speakers(text) == expected
