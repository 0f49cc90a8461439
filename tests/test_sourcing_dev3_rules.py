"""Attribution rules of the ninth round on the third dev set (benchmarks/speakers.py --split dev3
--details): real German news sentences in, the speaker span out."""

from tests.test_sourcing_pfb_rules import spans


def test_a_forecast_cited_in_konjunktiv_leaves_the_chain_to_the_person() -> None:
    """ "laut Marktprognosen" inside a CEO's indirect speech is his source, not the next speaker: the
    Konjunktiv sentence after it is still his."""
    text = (
        "„Wir haben einen gewaltigen Auftragseingang“, sagte Konzernchef Robert Machtlinger am Dienstag "
        "in Wien. Die Nachfrage der Airlines sei hoch. Bis 2042 würden laut Marktprognosen weltweit "
        "40.850 Flugzeuge ausgeliefert. Die Kurzstrecke dominiere den Markt."
    )
    assert spans(text)[2:] == [
        ("indirect", "Marktprognosen"),
        ("indirect", "Konzernchef Robert Machtlinger"),
    ]


def test_a_report_that_opens_the_speech_keeps_it() -> None:
    """ "Zeitungsberichten zufolge" after no speech is the source of the sentences that follow."""
    text = (
        "Die Polizei nahm zwei Männer fest. Zeitungsberichten zufolge stammen sie aus Pakistan. Zwei der "
        "Männer seien erst kürzlich zum Islam konvertiert."
    )
    assert spans(text) == [("indirect", "Zeitungsberichten"), ("indirect", "Zeitungsberichten")]
