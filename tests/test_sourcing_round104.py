"""Who speaks, hundred-and-fourth speaker round (docs/accuracy.md, "Speaker round 104"): a verb of saying
used where the writer speaks. "Hier" opening a sentence before "berichten" or "erzählen" in the present is
the writer pointing to the piece below ("Hier berichtet sie jede Woche von …"), and "informieren" with "wir"
and the reader addressed as "Sie" is the paper's own advert ("Jeden Morgen informieren wir Sie …"): neither
is anyone's speech (speech_de.toml's ``pointer_openers``, ``pointer_verbs``, ``reader_verbs``,
``reader_addresses``). The same verbs as a speaker's inquit stay speech. German sentences in, quotes and
speakers out."""

from .sourcing_speakers import quoted


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(words, quote.speaker) for words, _, quote in quoted(text)]


THE_WRITERS_POINTER = (
    "Die Pflegerin Anna Berg arbeitet seit zehn Jahren auf einer Intensivstation in Köln. Hier berichtet sie "
    "jede Woche von Nachtdiensten, Engpässen und kleinen Erfolgen.",
    "Der Bäcker Jonas Lenz hat gerade viel zu tun. Hier erzählt er, warum die Kunden mehr Brot kaufen und "
    "wie er sich vor dem Virus schützt.",
    "Die Radfahrerin Mia Kovač fährt jeden Tag durch die Stadt. Hier erzählt sie vom Alltag zwischen "
    "Lieferwagen und Baustellen.",
)


def test_hier_before_berichten_or_erzaehlen_in_the_present_is_no_quote():
    for text in THE_WRITERS_POINTER:
        assert _found(text) == [], text


def test_the_papers_advert_to_its_reader_is_no_quote_of_the_speaker_before():
    text = (
        "Der Minister sagte, die Lage sei ernst. [Jeden Morgen informieren wir Sie, liebe Leserinnen und "
        "Leser, in unserem Newsletter über die wichtigsten Nachrichten.]"
    )
    assert _found(text) == [("Der Minister sagte, die Lage sei ernst.", "Minister")]


def test_the_same_verbs_as_a_speakers_inquit_stay_speech():
    text = (
        "Die Pflegerin Anna Berg arbeitet seit zehn Jahren auf einer Intensivstation. Sie berichtete, dass "
        "die Betten knapp würden."
    )
    assert _found(text) == [("Sie berichtete, dass die Betten knapp würden.", "Pflegerin Anna Berg")]


def test_hier_in_the_past_names_a_place_and_stays_speech():
    text = (
        "Die Bürgermeisterin besuchte das neue Flüchtlingsheim. Hier erzählte sie, dass die Stadt mehr "
        "Plätze schaffen werde."
    )
    words = "Hier erzählte sie, dass die Stadt mehr Plätze schaffen werde."
    assert _found(text) == [(words, "Bürgermeisterin")]


def test_a_speaker_informing_the_public_stays_speech():
    text = "Die Polizei informierte die Anwohner, dass die Straße bis Montag gesperrt bleibe."
    assert [speaker for _, speaker in _found(text)] == ["Polizei"]
