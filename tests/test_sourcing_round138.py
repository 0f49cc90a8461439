"""Source types round 138 (docs/accuracy.md, "Source types round 138 (words138)"): list words read in
another sense — the Diakonisches Werk's "Werk" as a company's plant, the Robert Koch-Institut's genitive in
"-es" as an expert's institute, a surname that is also a trade ("Schreiner-Hirsch", "Glasmacher") as the
trade. German sentences written for the round in, the speaker and type out."""

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text


def typed(text: str) -> list[tuple[str | None, str | None]]:
    """(person named, source type) of every quote."""
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    return [(q.speaker, q.source_type) for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Viele Familien kommen nicht mehr zurecht“, sagte Sandra Huber vom Diakonischen Werk in "
            "Bamberg.",
            [("Sandra Huber", "civil_society")],
            id="the Diakonisches Werk in the dative is the church's welfare association, no plant",
        ),
        pytest.param(
            "Die Zahl der Anfragen sei deutlich gestiegen, teilte das Diakonische Werk am Montag mit.",
            [("Diakonische Werk", "civil_society")],
            id="and in the nominative",
        ),
        pytest.param(
            "Nach Angaben des Robert Koch-Institutes sei die Zahl der Neuinfektionen deutlich gestiegen.",
            [("Robert Koch-Institutes", "authority")],
            id="the RKI's genitive in -es, as its genitive in -s",
        ),
        pytest.param(
            "Nach Angaben des Robert-Koch-Institutes sei die Zahl der Neuinfektionen deutlich gestiegen.",
            [("Robert-Koch-Institutes", "authority")],
            id="and hyphenated",
        ),
        pytest.param(
            "„Die Lage bleibt ernst“, sagte Anna Schreiner.",
            [("Anna Schreiner", "other")],
            id="a joiner's noun after a given name is a surname",
        ),
        pytest.param(
            "„Die Kinder leiden am meisten“, sagt Alexandra Schreiner-Hirsch. Sie leitet die Beratung. "
            "„Wir sind am Limit“, so Schreiner-Hirsch.",
            [("Alexandra Schreiner-Hirsch", "other"), ("Schreiner-Hirsch", "other")],
            id="and a part of a double surname, also where the article names her by it alone",
        ),
        pytest.param(
            "„Die Kinder leiden am meisten“, sagt Alexandra Schreiner-Hirsch vom Kinderschutzbund. "
            "„Wir sind am Limit“, so Schreiner-Hirsch.",
            [("Alexandra Schreiner-Hirsch", "civil_society"), ("Schreiner-Hirsch", "civil_society")],
            id="whose association types her",
        ),
        pytest.param(
            "„Die Zahlen sind noch unvollständig“, sagte Susanne Glasmacher.",
            [("Susanne Glasmacher", "other")],
            id="a glassmaker's noun after a given name is a surname",
        ),
        pytest.param(
            "„Wir kommen mit den Aufträgen kaum nach“, sagt der Schreiner.",
            [("Schreiner", "business")],
            id="the trade after an article stays a trade",
        ),
        pytest.param(
            "Viele Helfer sagen, die Lage sei dramatisch.",
            [("Viele Helfer", "civil_society")],
            id="helpers stay helpers ('Helfer' is no listed surname)",
        ),
    ],
)
def test_round138_types(text: str, expected: list[tuple[str, str]]) -> None:
    assert typed(text) == expected
