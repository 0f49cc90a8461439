"""Source types round 150 (docs/accuracy.md, "Source types round 150 (consist150)"): a one-word speaker
that is the surname of a person the article names after a given name ("findet Heise" after "Norman Heise")
was typed by the list's word it spells (a medium, a firm, a noun), so one person had two types in one
article. German sentences written for the round in, the speaker and type out."""

import pytest

from tests.sourcing_speakers import named_types as typed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Der Bildungsforscher Norman Heise von der Universität Potsdam kritisiert die Schulbehörde.\n\n"
            "„Die Schulen bekommen zu wenig Hilfe“, sagt Heise.",
            ("Heise", "expert"),
            id="a medium's name as a researcher's surname",
        ),
        pytest.param(
            "Die Ökonomin Lena Dräger von der Universität Kassel hält die Schulden für tragbar.\n\n„Die "
            "Finanzierung ist günstig“, sagt Dräger.",
            ("Dräger", "expert"),
            id="a firm's name as an economist's surname",
        ),
        pytest.param(
            "Der Grünen-Abgeordnete Daniel Freund kritisiert die Einigung.\n\n„Das ist ein schlechter "
            "Kompromiss“, sagte Freund.",
            ("Freund", "parliament"),
            id="a noun as a member of parliament's surname",
        ),
        pytest.param(
            "Chefarzt Udo Israel leitet die Geriatrie der Kreisklinik.\n\n„Am Anfang waren die Besucher "
            "irritiert“, sagt Israel.",
            ("Israel", "expert"),
            id="a country's name as a physician's surname",
        ),
    ],
)
def test_surname_after_a_given_name_is_read_as_the_person(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Der Verlag Heise hat seine Zahlen vorgelegt. „Das Geschäft ist gewachsen“, teilte Heise mit.",
            ("Heise", "media"),
            id="a medium never written after a given name stays a medium",
        ),
    ],
)
def test_word_never_after_a_given_name_keeps_its_type(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)
