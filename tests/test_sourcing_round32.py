"""Who speaks, thirty-second speaker round (README, "speaker round 32"): a surname that is also a German
word ("Müller", "Schmidt", "Fischer", "Weber") in a speaker's slot. A single capitalised word in its base
form without an article, after a singular verb of saying with no subject before it, that ends its
clause ("Später sagte Schmidt: „…“", "…, sagte Müller.") is a surname: a German singular noun there
would need its article. "Fischer" is no "-ischer" adjective unless a capitalised noun follows. Real
German sentences in (dev9's VDA report, whose "sagte Müller:" gave "Gefragt"), the speakers out; each
fails without its rule."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Später sagte Schmidt: „Wir werden das sehr genau prüfen.“",
            [("direct", "Schmidt")],
            id="'Später sagte Schmidt:' before a quotation",
        ),
        pytest.param(
            "Später sagte Fischer, die Entwicklung gehe in die richtige Richtung.",
            [("indirect", "Fischer")],
            id="'Später sagte Fischer,' before reported speech: no '-ischer' adjective",
        ),
        pytest.param(
            "„Wir tun, was wir können“, sagte Fischer.",
            [("direct", "Fischer")],
            id="'sagte Fischer.' after a quotation",
        ),
        pytest.param(
            "Die Entwicklung gehe in die richtige Richtung, sagte Weber am Montag.",
            [("indirect", "Weber")],
            id="'…, sagte Weber am Montag.' after reported speech",
        ),
        pytest.param(
            "Nationalen Interessen wird dann am besten gedient, wenn alle im Interesse der "
            "internationalen Gemeinschaft handeln, hob Ban hervor.",
            [("indirect", "Ban")],
            id="gnad: '…, hob Ban hervor.' with the verb's particle",
        ),
        pytest.param(
            "Alles fein und friedlich hier, sagt Adrian, als er durch das Camp führt.",
            [("indirect", "Adrian")],
            id="gnad: '…, sagt Adrian, als …' after an indicative clause",
        ),
        pytest.param(
            "„Wer sein Leben zu bewahren sucht, wird es verlieren“ (Lk 17, 33), sagt Jesus – ein Wort, "
            "das in mehreren Varianten wiederkehrt.",
            [("direct", "Jesus")],
            id="dev7: '“ (Lk 17, 33), sagt Jesus –'",
        ),
        pytest.param(
            "Hildegard Müller kann sich ein Verbot nicht vorstellen. Gefragt, ob die Autoindustrie mehr "
            "tun könne, sagte Müller: „Wir tun, was wir können.“",
            [("direct", "Müller")],
            id="dev9: 'Gefragt, …, sagte Müller:' gives Müller, not 'Gefragt'",
        ),
        pytest.param(
            "Die Industrie tue, was sie könne, sagte Müller. Sie habe die Lage im Blick, betonte Müller.",
            [("indirect", "Müller"), ("indirect", "Müller")],
            id="the surname read once is read again",
        ),
    ],
)
def test_surname_that_is_a_word_speaks(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(label, speaker) for label, _, _, speaker in speakers(text)]
    for item in expected:
        assert item in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Die Industrie tue, was sie könne, forderten Konsequenzen.",
            id="a plural verb's bare noun is no name",
        ),
        pytest.param(
            "Die Opposition forderte Aufklärung, der Fall sei ernst.",
            id="a bare noun after a subject before the verb is its object",
        ),
    ],
)
def test_bare_noun_is_no_speaker(text: str) -> None:
    assert all(speaker not in ("Konsequenzen", "Aufklärung") for *_, speaker in speakers(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Auch Thomas Habermann, Geschäftsführer von Häusle, spricht Klartext: Hier wurden Abfälle "
            "vergraben. Habermann habe Anfang des Jahres einen Hinweis bekommen.",
            "Thomas Habermann",
            id="gnad: 'spricht Klartext:' after an apposition's comma is an object",
        ),
        pytest.param(
            "Auch Juan Antonio Blanco-Gil, einst Diplomat in Fidel Castros Diensten, heute Dozent in "
            "Miami, rät zum Abwarten. Noch sei unklar, wohin es führe, sagt er im Gespräch mit dem STANDARD.",
            "Juan Antonio Blanco-Gil",
            id="gnad: 'rät zum Abwarten' is no speaker",
        ),
        pytest.param(
            "Auch Thomas Habermann, Geschäftsführer von Häusle, fordert Aufklärung. Er habe einen Hinweis "
            "bekommen.",
            "Thomas Habermann",
            id="'fordert Aufklärung.' after an apposition's comma is an object",
        ),
    ],
)
def test_subject_before_an_apposition_stays(text: str, speaker: str) -> None:
    assert [s for *_, s in speakers(text)] == [speaker, speaker]


def test_adjective_before_a_capitalised_noun_stays_an_adjective() -> None:
    found = speakers("Die Zinsen bleiben niedrig, teilte die Österreichische Nationalbank am Montag mit.")
    assert [s for *_, s in found if s] and all("Österreichische" in s for *_, s in found if s)
