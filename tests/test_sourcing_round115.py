"""Speaker round 115 (docs/accuracy.md, "Speaker round 115 (surname115)"): a full name with a particle was
still cut to its given name where more words follow the surname ("erklärte Beatrix von Storch am Rande …")
or the particle is "an der" ("Matthias an der Heiden"). After a given name, a known word after "von" alone
in its base form is the surname also before more words; "an der" opens a surname before a word no place
phrase takes. Organisations, places and "zu" stay as they were. German sentences written for the round in,
the speaker's span out."""

import pytest

from .test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "„Wir lehnen das Gesetz ab“, erklärte Beatrix von Storch am Rande des Parteitags.",
            "Beatrix von Storch",
            id="a noun surname after von before a preposition",
        ),
        pytest.param(
            "„Die Stundungen nehmen zu“, sagte Karl von Rohr der Zeitung.",
            "Karl von Rohr",
            id="a noun surname after von before the medium spoken to",
        ),
        pytest.param(
            "„Wir haben viel gelernt“, sagt Emilia von Senger vom Buchladen in Kreuzberg.",
            "Emilia von Senger",
            id="a noun surname after von before vom",
        ),
        pytest.param(
            "„Die Zahlen steigen wieder“, sagte Matthias an der Heiden vom RKI.",
            "Matthias an der Heiden",
            id="an der before a surname",
        ),
        pytest.param(
            "„Die Zahlen steigen wieder“, sagte Matthias an der Heiden.",
            "Matthias an der Heiden",
            id="an der before a surname that ends the phrase",
        ),
        pytest.param(
            "„Die Wälder brennen“, sagt Sarah von Greenpeace am Montag.",
            "Sarah",
            id="a registry organisation after von stays an origin before more words",
        ),
        pytest.param(
            "„Wir helfen“, sagte Anna von Amnesty International in Wien.",
            "Anna",
            id="a registry name of two words after von stays an origin",
        ),
        pytest.param(
            "„Es gibt viele Fälle“, erzählte Anna von Problemen mit dem Amt.",
            "Anna",
            id="an inflected noun after von is what is spoken of",
        ),
        pytest.param(
            "„Der Andrang ist groß“, sagte Anna an der Grenze.",
            "Anna",
            id="an der before a place noun stays a place",
        ),
        pytest.param(
            "„Die Forschung braucht Geld“, sagte Peter an der Universität.",
            "Peter",
            id="an der before an organisation noun stays a place",
        ),
        pytest.param(
            "„Wir brauchen Maßnahmen“, sagte Peter zu Reuters.",
            "Peter",
            id="zu before a medium is the one spoken to",
        ),
    ],
)
def test_full_name_with_particle(text: str, span: str) -> None:
    """The speaker's span as written."""
    assert speakers(text)[0][2] == span
