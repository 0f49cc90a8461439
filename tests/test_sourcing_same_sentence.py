"""Speech in the same sentence (fourteenth speaker round, the same-sentence classes of the tenth
round's table; README, "Accuracy on real news"): a speaker whose noun phrase carries an extended
attribute. Real German news sentences in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Der frühere Außenminister der Vereinigten Staaten, George Shultz, ist tot. Er starb am Samstag, "
            "den 6. Februar im Alter von 100 Jahren, teilte die zur kalifornischen Stanford University "
            "gehörende Hoover Institution mit.",
            [
                (
                    "indirect",
                    "Er starb am",
                    "zur kalifornischen Stanford University gehörende Hoover Institution",
                    "zur kalifornischen Stanford University gehörende Hoover Institution",
                )
            ],
            id="PFB train: an inquit's subject with a participle attribute after a prepositional phrase",
        ),
        pytest.param(
            "„Ich werde mich ganz auf die Musik konzentrieren“, schrieb die in New York City geborene Lopez.",
            [
                (
                    "direct",
                    "Ich werde mich",
                    "in New York City geborene Lopez",
                    "in New York City geborene Lopez",
                )
            ],
            id="PFB train: the attribute belongs to the name's span",
        ),
        pytest.param(
            "Der für Verkehr zuständige Minister sagte, die Brücke bleibe bis zum Sommer gesperrt.",
            [
                (
                    "indirect",
                    "Der für Verkehr",
                    "für Verkehr zuständige Minister",
                    "für Verkehr zuständige Minister",
                )
            ],
            id="a subject before the verb of saying with an adjective attribute",
        ),
        pytest.param(
            "Wie die in London ansässige Organisation mitteilte, wurden drei Dörfer bombardiert.",
            [
                (
                    "indirect",
                    "Wie die in",
                    "in London ansässige Organisation",
                    "in London ansässige Organisation",
                )
            ],
            id="dev2: the same after 'wie'",
        ),
        pytest.param(
            "Zunächst müssten die Angriffe der russischen Luftwaffe aufhören, sagten Vertreter der unter "
            "dem Banner der FSA kämpfenden Gruppen.",
            [("indirect", "Zunächst müssten die", "Vertreter", "Vertreter")],
            id="dev2: not in a genitive after a role (its noun would decide the source type)",
        ),
    ],
)
def test_extended_attribute(text, expected):
    assert speakers(text) == expected
