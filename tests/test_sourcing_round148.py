"""Source types round 148: the job centre is an authority; a country head written as one word is business."""

import pytest

from .sourcing_speakers import quoted, spoken


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir helfen, so schnell es geht“, sagte Jobcenter-Chefin Anna Berger.",
            ("Jobcenter-Chefin Anna Berger", "authority"),
        ),
        (
            "„Die Anträge stapeln sich“, sagt Jobcenter-Leiter Tobias Kranz.",
            ("Jobcenter-Leiter Tobias Kranz", "authority"),
        ),
        ("„Wir wachsen weiter“, sagte Europachefin Maria Lang.", ("Europachefin Maria Lang", "business")),
        (
            "„Wir verkaufen bald keinen Diesel mehr“, verspricht Deutschlandchef Fabian Ziegler.",
            ("Deutschlandchef Fabian Ziegler", "business"),
        ),
    ],
)
def test_job_centre_and_country_heads(text: str, expected: tuple[str, str]) -> None:
    assert spoken(text) == [expected]


def test_the_company_named_with_a_country_head_stays_the_cue() -> None:
    [(_, span, quote)] = quoted("„Die Lage ist ernst“, sagte der Deutschlandchef von EY, Hubert Barth.")
    assert (span, quote.source_type, quote.source_cue) == ("Hubert Barth", "business", "EY")
