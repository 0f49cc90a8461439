"""Speaker round 113 (docs/accuracy.md, "Speaker round 113 (bug113)"): a full name with "von" whose surname
is a word the lemmatizer knows ("Storch", "Wagner", "Stockhausen") was cut to its given name. After a given
name, such a word after "von" alone is the surname where it ends the phrase and names no registered
organisation; organisations and places after "von" stay origins. German sentences written for the round in,
the speaker's span out."""

import pytest

from .test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "„Wir lehnen das Gesetz ab“, erklärte Beatrix von Storch.",
            "Beatrix von Storch",
            id="a surname that is a noun after von",
        ),
        pytest.param(
            "„Die Bühne ist mein Zuhause“, sagt Claus von Wagner.",
            "Claus von Wagner",
            id="a surname that is a noun of a trade",
        ),
        pytest.param(
            "„Das Konzert war ausverkauft“, sagte Markus von Stockhausen.",
            "Markus von Stockhausen",
            id="a surname that is a compound the lemmatizer knows",
        ),
        pytest.param(
            "Sven von Storch sagte: „Wir bleiben dabei.“",
            "Sven von Storch",
            id="the name before the verb",
        ),
        pytest.param(
            "„Die Wälder brennen“, sagt Sarah von Greenpeace.",
            "Sarah",
            id="an organisation of the registry after von stays an origin",
        ),
        pytest.param(
            "„Der Andrang ist groß“, sagt Jonas von Google.",
            "Jonas",
            id="a company of the registry after von stays an origin",
        ),
        pytest.param(
            "„Die Lage ist schwierig“, sagt Anna von der Caritas.",
            "Anna",
            id="an organisation after von der stays an origin",
        ),
        pytest.param(
            "„Wir helfen, wo wir können“, sagt Klaus vom Roten Kreuz.",
            "Klaus",
            id="vom before an organisation is no particle",
        ),
        pytest.param(
            "„Die Stadt wächst“, sagt Anna von Berlin.",
            "Anna",
            id="a place after von stays an origin",
        ),
    ],
)
def test_full_name_with_von(text: str, span: str) -> None:
    """The speaker's span as written."""
    assert speakers(text)[0][2] == span
