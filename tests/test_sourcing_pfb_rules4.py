"""Attribution rules of the fifth round on the train split of Petersen-Frey & Biemann (2024), German
Wikinews quotation attribution (benchmarks/quotes_pfb.py --split train --errors): real German news
sentences in, the speaker span out."""

import pytest

from tests.test_sourcing_pfb_rules import spans

CASES = [
    (
        "a verb of saying right after the closing mark of a sentence, without a comma",
        "Sandra Boser lobte die Reform. „Die Gemeinschaftsschule hat sich etabliert.“ erklärte "
        "Kultusministerin Eisenmann. „Die Landesregierung bekennt sich zur Gemeinschaftsschule.“",
        [("direct", "Kultusministerin Eisenmann"), ("direct", "Kultusministerin Eisenmann")],
    ),
    (
        "… also after a comma inside the marks",
        "Die Aktivistin Halima Jouini sprach in Tunis. „Wir verteidigen die Menschenrechte, die "
        "Gleichheit der Geschlechter,“ betont sie.",
        [("direct", "sie")],
    ),
    (
        "a quote alone after a sentence about a person named before by the surname alone",
        "Ministerpräsident Günther Oettinger (CDU) hat nun angekündigt, das Gymnasium zu reformieren. Um "
        "die Zeit dafür zu gewinnen, will Oettinger die Naturwissenschaften straffen. „Nicht jede Formel aus "
        "Physik, Biologie und Chemie ist für das Erwachsenenleben notwendig.“",
        [("indirect", "Ministerpräsident Günther Oettinger"), ("direct", "Oettinger")],
    ),
    (
        "a medium's name in quotation marks before the verb still speaks",
        "Die „Süddeutsche Zeitung“ berichtete, der Minister sei zurückgetreten.",
        [("indirect", "Süddeutsche Zeitung")],
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_fifth_round_rules(rule, text, expected):
    assert spans(text) == expected, rule
