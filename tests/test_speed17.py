"""Issue 16, seventeenth speed round (branch speed17): the sourcing step of a cold article made cheaper
without changing what it finds. Each step is compared with the reading it replaces, written out here,
on real German sentences, and the speakers found through it are checked as spans."""

from framing.model import Token
from framing.pipeline import doc_from_text
from framing.speakers import _medium_before_role, _outlet_names, noun_kind
from tests.test_sourcing_cross_set import speakers

OUTLET_SENTENCES = (
    "„Ich glaube fest an die Rolle einer Redaktion“, sagt dazu Zeit Online Geschäftsführer "
    "Enrique Tarragona.",
    "„Der Erfolg beim Paid Content ist kein Zufall“, sagt mir Zeit Online-Geschäftsführer Enrique Tarragona.",
    "Epoch Times Deutschland Chefredakteur Manuel Ziegler sagte, man berichte unabhängig.",
    "Die Zeit Chefredakteur Giovanni di Lorenzo sagte, die Auflage sei gestiegen.",
    "Frankfurter Allgemeine Zeitung-Herausgeber Jürgen Kaube erklärte, das Blatt bleibe bei Print.",
    "Der Standard Chefredakteur Martin Kotynek sagte, Die Presse und Der Standard seien Konkurrenten.",
    "Laut Berliner Morgenpost-Sprecherin Anna Müller sei die Lage ruhig; RT DE Chef Iwan Rodionow schwieg.",
)


def _medium_by_scan(tokens: list[Token], j: int, limit: int) -> int:
    """``_medium_before_role`` as it read the outlet names before this round: every name in turn."""
    for name in _outlet_names():
        n = len(name)
        if j + n > limit or tuple(t.text for t in tokens[j : j + n - 1]) != name[:-1]:
            continue
        last = tokens[j + n - 1].text
        if last == name[-1] and j + n < limit and noun_kind(tokens[j + n].text)[0] == "role":
            return n
        if last.startswith(name[-1] + "-") and noun_kind(last)[0] == "role":
            return n - 1
    return 0


def test_outlet_names_by_first_word_find_what_the_scan_of_every_name_finds() -> None:
    found = 0
    for text in OUTLET_SENTENCES:
        tokens = doc_from_text(text, annotate=False).tokens
        for limit in range(len(tokens) + 1):
            for j in range(len(tokens) + 1):
                medium = _medium_before_role(tokens, j, limit)
                assert medium == _medium_by_scan(tokens, j, limit), (text, j, limit)
                found += medium > 0
    assert found  # the sentences do name outlets before roles


def test_outlet_name_before_a_role_still_opens_the_speaker() -> None:
    assert [span for _, _, span, _ in speakers(OUTLET_SENTENCES[0])] == [
        "Zeit Online Geschäftsführer Enrique Tarragona"
    ]
    assert [span for _, _, span, _ in speakers(OUTLET_SENTENCES[1])] == [
        "Zeit Online-Geschäftsführer Enrique Tarragona"
    ]
