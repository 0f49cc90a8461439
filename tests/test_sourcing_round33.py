"""Who speaks, thirty-third speaker round (docs/accuracy.md, "speaker round 33"): a surname that opens
with a lower-case particle ("von Broock", "von der Leyen", "de Maizière"): a particle of
``speaker_particles`` (speech_de.toml), a "der"/"den" after it, and a capitalised word the lemmatizer
does not know, no place, no abstract noun and no unknown compound, read as a name in the speaker's
slot and after a given name; and a registered outlet's name of two words before a role ("Zeit Online
Geschäftsführer Enrique Tarragona"). Real German sentences in (dev9's BUND press releases, whose
"sagt von Broock:" gave no speaker; dev9's Zeit Online interview), the speakers out; each fails
without its rule, the guards without their exclusion."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Zu den Diskussionen um eine Planungsbeschleunigung beim Neubau der Rahmede-Talbrücke sagt "
            "von Broock: „Bei Ersatzneubauten in gleicher Größe können Planungszeiten verkürzt werden.“",
            [("direct", "von Broock", "von Broock")],
            id="dev9: 'sagt von Broock:' before a quotation",
        ),
        pytest.param(
            "„Wir stehen fest an der Seite der Ukraine“, so von der Leyen.",
            [("direct", "von der Leyen", "von der Leyen")],
            id="'so von der Leyen' after a quotation",
        ),
        pytest.param(
            "Laut de Maizière sei die Lage an den Grenzen weiterhin angespannt.",
            [("indirect", "de Maizière", "de Maizière")],
            id="'Laut de Maizière' before reported speech",
        ),
        pytest.param(
            "Ralf von Broock sagte, die Sanierung der Brücken habe Vorrang vor jedem Neubau.",
            [("indirect", "Ralf von Broock", "Ralf von Broock")],
            id="'Ralf von Broock sagte': the particle belongs to the given name's surname",
        ),
        pytest.param(
            "„Das war ein Fehler“, sagte Ursula von der Leyen.",
            [("direct", "Ursula von der Leyen", "Ursula von der Leyen")],
            id="'sagte Ursula von der Leyen': 'von der' inside the name",
        ),
    ],
)
def test_surname_with_particle_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(label, span, person) for label, _, span, person in speakers(text)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "„Das war ein Fehler“, hieß es von der Regierung.",
            "Regierung",
            id="'von der Regierung' is no name: 'Regierung' is a German word",
        ),
        pytest.param(
            "Der Mann gebe die Kontakte zu, spreche aber von Einvernehmlichkeit.",
            "Mann",
            id="PFB: 'von Einvernehmlichkeit' is no name: an abstract noun's ending",
        ),
        pytest.param(
            "Die Lage sei ernst, berichtete Peter Schulz von Berlin aus.",
            "Peter Schulz",
            id="'von Berlin' is no name: a place",
        ),
    ],
)
def test_preposition_von_stays_a_preposition(text: str, speaker: str) -> None:
    assert [person for _, _, _, person in speakers(text)] == [speaker]


def test_zu_before_a_name_is_the_addressee() -> None:
    """gnad1000: "zu" is no speaker particle; "zu Hochegger" is whom the manager spoke to."""
    text = (
        "Zitiert wird darin auch ein verstorbener Flughafenmanager. Der habe zu Hochegger gemeint, man "
        "werde den Inder nur mit einem One-Way-Ticket nach Indien zurückschicken."
    )
    assert "zu Hochegger" not in [span for _, _, span, _ in speakers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Ich glaube fest an die Rolle einer Redaktion“, sagt dazu Zeit Online Geschäftsführer "
            "Enrique Tarragona.",
            "Zeit Online Geschäftsführer Enrique Tarragona",
            id="dev9: 'Zeit Online Geschäftsführer …': the outlet's two words before the role",
        ),
        pytest.param(
            "„Der Erfolg beim Paid Content ist kein Zufall“, sagt mir Zeit Online-Geschäftsführer "
            "Enrique Tarragona.",
            "Zeit Online-Geschäftsführer Enrique Tarragona",
            id="dev9: 'Zeit Online-Geschäftsführer …': the name's last word opens the compound",
        ),
    ],
)
def test_outlet_name_before_a_role_opens_the_speaker(text: str, expected: str) -> None:
    assert [(span, person) for _, _, span, person in speakers(text)] == [(expected, expected)]
