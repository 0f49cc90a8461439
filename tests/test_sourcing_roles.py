"""A bare role noun as speaker ("die Sprecherin", "der Chefökonom") takes the source type of the
person or organisation named just before it, which becomes the quote's source cue (issue 11)."""

import pytest

from framing.pipeline import doc_from_text

CASES = [
    (
        "a generic role noun after the company's sentence",
        "Die Deutsche Bahn will die Ticketpreise im Dezember erhöhen. Die Kosten für Energie und Personal "
        "seien stark gestiegen, sagte eine Sprecherin am Montag.",
        ("eine Sprecherin", "business", "Deutsche Bahn"),
    ),
    (
        "a weak title: the bank named before decides over the expert's title",
        "Die Commerzbank rechnet im kommenden Jahr mit einer Rezession. „Die Lage ist ernst“, sagte der "
        "Chefökonom.",
        ("Chefökonom", "business", "Commerzbank"),
    ),
    (
        "the name with its apposition in the sentence before",
        "Jörg Krämer, Chefökonom der Commerzbank, erwartet einen Abschwung. „Die Lage ist ernst“, sagte "
        "der Chefökonom.",
        ("Chefökonom", "business", "Commerzbank"),
    ),
    (
        "a possessive before the role: whose head it is",
        "Die Polizei in Köln sucht nach Zeugen des Überfalls. Ihr Sprecher sagte, der Täter sei mit einem "
        "Fahrrad geflüchtet.",
        ("Ihr Sprecher", "authority", "Polizei"),
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bare_role_takes_the_type_named_before(rule: str, text: str, expected: tuple[str, str, str]) -> None:
    quote = doc_from_text(text).quotes[-1]
    assert (quote.speaker, quote.source_type, quote.source_cue) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        (  # a role noun with a type of its own keeps it
            "Volkswagen hat seine Prognose gesenkt. „Wir müssen sparen“, sagte der Konzernchef.",
            "Konzernchef",
            "business",
        ),
        (  # a group without article speaks for no organisation named before
            "Die Regierung hat das Gesetz beschlossen. Kritiker sagen, es komme viel zu spät.",
            "Kritiker",
            "anonymous",
        ),
    ],
)
def test_role_with_its_own_type_or_a_group_is_left(text: str, speaker: str, source_type: str) -> None:
    quote = doc_from_text(text).quotes[-1]
    assert (quote.speaker, quote.source_type) == (speaker, source_type)
