"""Issue 16, twentieth speed round (branch speed20): ``clean.RuleSet.for_text`` tests each rule's
literals shortest first (a credit's "ap", a date line's "stand" are in most articles, and the test of
a rule stops at its first literal found), so fewer full ``in`` scans per text. The same rules are
left out: checked on German texts, with the rules kept and the cleaned text written out."""

from framing import clean
from framing.literals import required_any

NEWS = (
    "Berlin (AP) - Der Kanzler hat am Montag in Berlin Stellung genommen. „Wir stehen zusammen“, "
    "sagte er.\n\nFolgen Sie uns auf Facebook und abonnieren Sie unseren Newsletter.\n\nFoto: dpa"
)
PLAIN = "Die Stadt plant neue Radwege. Der Bürgermeister sagte, das Geld sei da."
CREDITS_ONLY = "Die Kapelle spielte am Abend. Der Stand der Dinge ist offen (red)."


def _kept(text: str) -> list[str]:
    """The reasons of the rules with literals that ``for_text`` keeps for ``text``."""
    whole = clean.rule_set()
    absent = whole.absent(text)
    return [whole.rules[index].reason for index, _ in whole._literals if index not in absent]


def test_each_rules_literals_are_tested_shortest_first() -> None:
    whole = clean.rule_set()
    for index, literals in whole._literals:
        assert sorted(literals) == sorted(required_any(whole.rules[index].pattern))
        assert [len(literal) for literal in literals] == sorted(map(len, literals))
    credit = next(lits for index, lits in whole._literals if whole.rules[index].reason == "wire credit")
    assert credit[0] == "ap"


def test_the_rules_kept_for_german_texts() -> None:
    # no date line: none of "stand", "erstellt", "datum"… is in it
    assert _kept(NEWS) == [
        "social or messenger promo", "newsletter promo", "photo caption or credit", "wire credit",
        "author initials",
    ]  # fmt: skip
    assert _kept(PLAIN) == []  # no bracket, no "ap", no credit, promo, consent or date text
    # "Kapelle" holds "ap", "Stand" holds "stand", "(red)" the bracket: the credit and date rules stay
    assert _kept(CREDITS_ONLY) == ["photo caption or credit", "date line", "wire credit", "author initials"]


def test_cleaning_a_german_article_is_unchanged() -> None:
    cleaned = clean.clean(NEWS)
    assert cleaned.text == NEWS.split("\n\n")[0]  # the promo line and the photo credit removed
    assert [(r.reason, r.line) for r in cleaned.removed] == [
        ("social or messenger promo", 3),
        ("photo caption or credit", 5),
    ]
