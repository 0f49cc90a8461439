"""Speech in the same sentence (fourteenth speaker round, the same-sentence classes of the tenth
round's table; README, "Accuracy on real news"): a speaker whose noun phrase carries an extended
attribute, a subject pronoun after the finite verb with an object before it. Real German news sentences
in, the speakers out."""

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
            "Die das Unglück überlebende Alice Kakamara, 30, beschrieb in einem Krankenhaus den Hergang: "
            "„Die See war wirklich rau, windig, hohe Wellen.“",
            [
                (
                    "direct",
                    "Die See war",
                    "das Unglück überlebende Alice Kakamara",
                    "das Unglück überlebende Alice Kakamara",
                )
            ],
            id="PFB train: an attribute opened by the article of its own object",
        ),
        pytest.param(
            "Bei einem Luftangriff starben nach Angaben der den Rebellen nahestehenden Beobachtungsstelle "
            "zwölf Menschen.",
            [
                (
                    "indirect",
                    "Bei einem Luftangriff",
                    "den Rebellen nahestehenden Beobachtungsstelle",
                    "den Rebellen nahestehenden Beobachtungsstelle",
                )
            ],
            id="gnad: the same after 'nach Angaben': the body speaks, not the object of its attribute",
        ),
        pytest.param(
            "Zunächst müssten die Angriffe der russischen Luftwaffe aufhören, sagten Vertreter der unter "
            "dem Banner der FSA kämpfenden Gruppen.",
            [("indirect", "Zunächst müssten die", "Vertreter", "Vertreter")],
            id="dev2: not in a genitive after a role (its noun would decide the source type)",
        ),
        pytest.param(
            "Der Wirtschaftsweise Bert Rürup hat die Politik der kleinen Schritte angekündigt. Der Politik "
            "schlug er vor, sich an US-Modellen zu orientieren.",
            [("indirect", "Der Politik schlug", "er", "Wirtschaftsweise Bert Rürup")],
            id="PFB train: a dative object before the verb, the subject 'er' after it",
        ),
        pytest.param(
            "Bundespräsident Horst Köhler hat den Bundestag aufgelöst. Die Bürgerinnen und Bürger forderte "
            "er anschließend auf, von ihrem Wahlrecht sorgsamen Gebrauch zu machen.",
            [("indirect", "Die Bürgerinnen und", "er", "Bundespräsident Horst Köhler")],
            id="PFB train: a plural object before the verb, the subject 'er' after it",
        ),
        pytest.param(
            "Trsat: Ständig habe ich davon gesprochen, mit ihr einmal dort hinaufzufahren.",
            [],
            id="gnad: an interview answer's 'ich' after the verb: the word before it speaks no more",
        ),
        pytest.param(
            "Wie Steve Marshall, Sprecher der UN-Büros in Birma, in Bangkok mitteilte, hat die Regierung in "
            "dem Katastrophengebiet lediglich sechs Hubschrauber im Einsatz. Diese könnten täglich nur 24 "
            "Tonnen Hilfsgüter in das Katastrophengebiet transportieren.",
            [
                ("indirect", "Wie Steve Marshall,", "Steve Marshall", "Steve Marshall"),
                ("indirect", "Diese könnten täglich", "Steve Marshall", "Steve Marshall"),
            ],
            id="PFB train: 'wie' before an apposition that names a role, and the chain after it",
        ),
        pytest.param(
            "Wie Steve Marshall, Sprecher der UN-Büros in Birma, mitteilte, hat die Regierung lediglich "
            "sechs Hubschrauber im Einsatz.",
            [("indirect", "Wie Steve Marshall,", "Steve Marshall", "Steve Marshall")],
            id="PFB train: a name no list knows is the subject when the apposition names a role",
        ),
        pytest.param(
            "So hat sich etwa die Landesvorsitzende des Realschullehrerverbands, Karin Broszat, gerade "
            "dieser Tage gegen die Konkurrenz ausgesprochen und behauptet, die neuen Oberstufen kämen nur "
            "durch Trickserei zustande.",
            [("indirect", "So hat sich", "Karin Broszat", "Karin Broszat")],
            id="PFB train: a second verb after 'und' whose subject is set off by commas before the first",
        ),
        pytest.param(
            "Brian Baptie von der britischen Erdbebenwarte, die die Stärke des Bebens zunächst mit 5,1 "
            "angegeben und später nach oben korrigiert hatte, sagte, dass mit Beben dieser Größenordnung "
            "etwa alle zehn bis 20 Jahre zu rechnen sei.",
            [("indirect", "Brian Baptie von", "Brian Baptie", "Brian Baptie")],
            id="PFB dev: a name with its body by 'von', a relative clause, then the verb of saying",
        ),
        pytest.param(
            "Die Kernaussage von Jerry Larson, dem Präsidenten von UP Aerospace, lautete dazu: „Wir wären "
            "sehr überrascht, wenn wir einen größeren Fehler fänden.“",
            [("direct", "Wir wären sehr", "Jerry Larson", "Jerry Larson")],
            id="PFB train: a statement noun before 'von' is no person; its owner speaks (round 16)",
        ),
        pytest.param(
            "Die zentrale Wahlkommission hatte den Standpunkt vertreten, das Gericht sei dafür nicht "
            "zuständig.",
            [
                (
                    "indirect",
                    "Die zentrale Wahlkommission",
                    "zentrale Wahlkommission",
                    "zentrale Wahlkommission",
                )
            ],
            id="PFB dev: a view held, its participle between the noun and the comma",
        ),
        pytest.param(
            "Gerade in seinen virilsten und vitalsten Zeiten stand die Frage im Raum: Wie lange wird das "
            "gutgehen, bevor der Körper sich empfiehlt?",
            [],
            id="gnad: a question's 'wie' before a comma opens no attribution",
        ),
    ],
)
def test_speaker_in_the_same_sentence(text, expected):
    assert speakers(text) == expected
