"""Speakers named after the quotation, in the next sentence (fifteenth speaker round; README, "Accuracy
on real news"): "Das/Dies" pointing back, a verb of saying, then its subject followed by an adverbial
or the verb's particle. Real German news sentences in, the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Der Italiener Giovanni Trapattoni wird neuer Trainer beim VfB Stuttgart. Dies gab die "
            "Vereinsführung heute Nachmittag auf einer Pressekonferenz bekannt.",
            [("indirect", "Der Italiener Giovanni", "Vereinsführung", "Vereinsführung")],
            id="PFB train: adverbs and a place before the particle",
        ),
        pytest.param(
            "Die Halbzeitshow der Super Bowl LIV am 2. Februar im Hard Rock Stadium in Miami bestreiten "
            "Jennifer Lopez und Shakira. Das teilten die beiden Sängerinnen auf Twitter mit.",
            [("indirect", "Die Halbzeitshow der", "beiden Sängerinnen", "beiden Sängerinnen")],
            id="PFB train: the medium spoken through before the particle",
        ),
        pytest.param(
            "Die Riege der Minister, mit denen die Bundesimmobiliengesellschaft (BIG) und ihre "
            "Tochtergesellschaften ihre Werbung schmücken wollte, ist lange. Das stellte der Rechnungshof "
            "bei einer Überprüfung der Anzeigen und Medienkooperationen der BIG fest.",
            [("indirect", "Die Riege der", "Rechnungshof", "Rechnungshof")],
            id="gnad: a body no list knows, with its article",
        ),
        pytest.param(
            "Angesichts der wachsenden Proteste gegen die Sparpolitik der sozialistischen Regierung "
            "Griechenlands bot Ministerpräsident Giorgos Papandreou der Opposition am gestrigen Mittwoch "
            "seinen Rücktritt an. Das berichten Medien unter Berufung auf Regierungskreise.",
            [("indirect", "Angesichts der wachsenden", "Medien", "Medien")],
            id="PFB train: no article, but a plural verb makes 'Das' its object",
        ),
        pytest.param(
            "In Mazedonien wird die Errichtung eines Grenzzauns ebenfalls nicht mehr ausgeschlossen. Das "
            "berichteten am Montag Medien in Skopje.",
            [("indirect", "In Mazedonien wird", "Medien", "Medien")],
            id="gnad: a plural verb in the past, the subject after a time",
        ),
        pytest.param(
            "Drei Gemeinschaftsschulen im Land, einmal in Salem und zweimal in Karlsruhe, gewannen den "
            'Wettbewerb "Starke Schulen". Das ruft Neider auf den Plan.',
            [],
            id="PFB train: a singular verb and no article: 'Das' may be its subject, no speaker",
        ),
        pytest.param(
            "Doch das Verhältnis zwischen der Europäischen Union und der Türkei ist nicht ungetrübt, in "
            "vielen Punkten gibt es Streit. So fordert die Türkei die versprochene Visa-Liberalisierung "
            "schneller ein.",
            [],
            id="gnad: an opening 'So' gives an example, it names no speaker of the sentence before",
        ),
        pytest.param(
            "Die Preise stiegen im Sommer stark. Das erklärt die hohe Inflation im Herbst.",
            [],
            id="'Das' as the subject: what follows the verb is its object, no speaker",
        ),
    ],
)
def test_speaker_in_the_next_sentence(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(text) == expected
