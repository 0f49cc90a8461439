"""A bare role noun stands for the person the article gives the same role in full (issue 11, item 2;
source_types.toml 1.12, branch src14): "der Ökonom" after "Chefökonom des Finanzdienstleisters …",
"der 31-Jährige" after "Ein 31-jähriger Polizist". Real German sentences in, specific types out."""

import pytest

from framing.sources import classify, classify_in_text

CASES = [
    pytest.param(  # the noun as a compound's head, with the employer after it
        "der Ökonom",
        "Frankfurt – Fürchtet euch nicht, so kann man James Butterfill interpretieren: Der Einbruch der "
        "Aktienmärkte im Jänner ist kein Grund zur Sorge, sagt der Ökonom. Butterfill ist Chefökonom des "
        "Finanzdienstleisters ETF Securities. An diesem Vormittag erklärt er Anlegern die Lage.",
        "business",
        id="compound-with-employer",
    ),
    pytest.param(  # a hyphenated compound with the person's name after it
        "die Forscherin",
        "Siemens-Forscherin Anna Roth arbeitet an neuen Batterien. Die Zellen halten doppelt so lange, "
        "sagt die Forscherin.",
        "business",
        id="hyphenated-compound-with-name",
    ),
    pytest.param(  # the same age before an office
        "der 31-Jährige",
        "Ein 31-jähriger Polizist soll einer 42-Jährigen den Knöchel gebrochen haben, indem er sie "
        "wegstieß. Er habe die Frau nicht gesehen, sagt der 31-Jährige.",
        "authority",
        id="age-before-office",
    ),
    pytest.param(  # the same age before a sports role: the convention's "other"
        "der 22-Jährige",
        "Der 22-jährige Mittelfeldspieler wechselt im Sommer nach München. Ich freue mich auf die neue "
        "Aufgabe, sagte der 22-Jährige.",
        "other",
        id="age-before-player",
    ),
    pytest.param(  # no fuller role: the profession stays
        "der Ökonom",
        "Die Inflation sinke bald wieder, sagt der Ökonom. Die Notenbank bleibe vorsichtig.",
        "expert",
        id="no-fuller-role",
    ),
    pytest.param(  # a fuller role of no office
        "der Ökonom",
        "Der Chefökonom des Instituts für Weltwirtschaft warnt. Das Wachstum bleibe schwach, sagt der "
        "Ökonom.",
        "expert",
        id="fuller-role-no-office",
    ),
    pytest.param(  # another age, or a private person of the same age
        "die 55-Jährige",
        "Ein 45-jähriger Polizist und eine 55-jährige Frau wurden verletzt. Es ging alles sehr schnell, "
        "sagt die 55-Jährige.",
        "citizen",
        id="age-of-private-person",
    ),
    pytest.param(  # a word that ends like the noun and is bound to nobody ("ein Sanitäter da")
        "der Täter",
        "Es war wahnsinnig schnell ein Sanitäter da und die Rettung. Schließlich hielt der Täter an. Er "
        "habe sich über einen Nachbarn geärgert, sagte der Täter.",
        "citizen",
        id="same-ending-bound-to-nobody",
    ),
]


@pytest.mark.parametrize(("phrase", "text", "expected"), CASES)
def test_bare_role_noun_types_as_the_role_given_in_full(phrase, text, expected):
    assert classify_in_text(phrase, text).type == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Forscherin Anna Roth bei BASF", "business"),  # the employer after the person's name
        ("Analyst Thomas Meier vom Bankhaus Metzler", "business"),  # "Bankhaus": a private bank
        ("Hans Meier, Chefvolkswirt des Bankhauses Lampe", "business"),
        ("Forscher Hans Meier von der Universität Wien", "expert"),  # a university employs no business
        ("Experte Hans Meier vom Ifo-Institut", "expert"),
    ],
)
def test_profession_speaks_for_the_employer_named_after_the_person(phrase, expected):
    assert classify(phrase).type == expected
