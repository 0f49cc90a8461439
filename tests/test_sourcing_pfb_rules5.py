"""Attribution rules of the sixth round on the train split of Petersen-Frey & Biemann (2024), German
Wikinews quotation attribution (benchmarks/quotes_pfb.py --split train --errors): real German news
sentences in, the speaker span out."""

import pytest

from tests.test_sourcing_pfb_rules import spans

CASES = [
    (
        "a statement after the preposition of 'heißt es' speaks for its owner",
        "Einspareffekte für das Unternehmen sollen „durch mehr Effizienz und eine höhere Produktivität“ "
        "erreicht werden, so heißt es in einer gemeinsamen Erklärung des Airbus-Gesamtbetriebsrates und der "
        "IG Metall Küste.",
        [("partial", "Airbus-Gesamtbetriebsrates und der IG Metall Küste")],
    ),
    (
        "… and as itself when no one owns it",
        "In den anfänglichen Berichten hatte es geheißen, dass sechs Kopten erschossen wurden.",
        [("indirect", "anfänglichen Berichten")],
    ),
    (
        "'auf' opens the source of 'heißt es' too",
        "Auf der documenta-Homepage heißt es zur Begründung, warum man sich für dieses Bild entschieden "
        "hat: „Die Zählstriche wurden aufgrund ihrer archaischen und stark bildhaften Darstellung der Zahl "
        "zwölf gewählt.“",
        [("direct", "documenta-Homepage")],
    ),
    (
        "the source before a clause set off by commas",
        "In dieser Resolution, die vom Sicherheitsrat der Vereinten Nationen angenommen wurde, heißt es, "
        "dass es beim Schutz von Kindern in bewaffneten Konflikten zwar Fortschritte gegeben habe.",
        [("indirect", "dieser Resolution")],
    ),
    (
        "… but not a place opening a reported sentence",
        "In Berlin sei die Lage ernst, hieß es.",
        [],
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_sixth_round_rules(rule, text, expected):
    assert spans(text) == expected, rule
