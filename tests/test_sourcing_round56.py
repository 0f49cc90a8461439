"""Who speaks, fifty-sixth speaker round (docs/accuracy.md, "speaker round 56"): impersonal inquits whose
source the sentence before names. "„…“, hieß es." and "…, heißt es weiter." with no source of their own
take the speaker of the sentence before (its verb of saying's subject or its "laut X"); a written
document with no owner after "hieß es in" ("in einer Aussendung", "in den Unterlagen") speaks for that
source, its span kept at the document (gold convention 8). Not "so heißt es" (hearsay), not a name
("Der Film heißt …"), not a claim noun taken for the subject before ("Rabmer-Kollers Blockade-Vorwurf weist
die Ärztekammer zurück"). Real German sentences in (dev8, dev12, gnad1000), the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev12
            "Die Besatzung soll größtenteils aus russischen Seeleuten bestehen. Das russische "
            'Außenministerium forderte eine ungehinderte Heimkehr der Seeleute. "Angesichts der Berichte, '
            "dass russische Bürger zur Besatzung gehören, verlangen wir von der amerikanischen Seite eine "
            'würdige Behandlung", hieß es.',
            [
                (
                    "direct",
                    "Angesichts der Berichte,",
                    "russische Außenministerium",
                    "russische Außenministerium",
                )
            ],
            id="hieß es after the source's own sentence",
        ),
        pytest.param(  # dev8
            "Gleichzeitig verspricht Miyamoto damit Fans ein Serien-Comeback. Star Fox Zero bringt ein neues "
            "Gameplay und Erfahrungen mit sich, heißt es weiter.",
            [("indirect", "Star Fox Zero", "Miyamoto", "Miyamoto")],
            id="heißt es weiter",
        ),
        pytest.param(  # gnad1000
            "Der Wiener Krankenanstaltenverbund (KAV) hat die Vorwürfe am Samstag zurückgewiesen. Alle "
            "Vorgänge seien korrekt, hieß es in einer Aussendung.",
            [("indirect", "Alle Vorgänge seien", "einer Aussendung", "Wiener Krankenanstaltenverbund")],
            id="an indefinite document speaks for the source before",
        ),
        pytest.param(  # gnad1000
            "Der Rechnungshof kritisiert noch eine Beilage der BIG, die über die Presse vertrieben wurde. "
            "Die Kosten von 39.000 Euro wurden der KommAustria nicht gemeldet, heißt es.",
            [("indirect", "Die Kosten von", "Rechnungshof", "Rechnungshof")],
            id="heißt es after a verb of criticism, not the object in the clause",
        ),
    ],
)
def test_impersonal_inquit_takes_the_source_before(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # gnad1000: the object first, the claim noun is no source
            "Rabmer-Kollers Blockade-Vorwurf weist die Ärztekammer zurück. Man sei eine glühende "
            "Verfechterin des Ausbaus, hieß es in einer Aussendung.",
            [("indirect", "Man sei eine", "einer Aussendung", "einer Aussendung")],
            id="a claim noun taken for the subject before",
        ),
        pytest.param(
            "Der Minister sagte am Montag, man sei zufrieden. Der neue Film heißt „Die Rückkehr“.",
            [
                ("indirect", "Der Minister sagte", "Minister", "Minister"),
                ("partial", "Die Rückkehr", None, None),
            ],
            id="heißen of a name",
        ),
    ],
)
def test_no_source_before(text, expected):
    assert speakers(text) == expected
