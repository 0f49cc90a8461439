"""Who speaks, ninety-eighth speaker round (docs/accuracy.md, "Speaker round 98"): names of bodies,
places, events and papers in quotation marks. A capitalised quotation right after the kind noun of a body,
place, event, service or paper ("die Tierschutzorganisation „Peta“", "der Regierungspartei "Diener des
Volkes"", "das Hilfetelefon "Gewalt gegen Frauen"") is its name, no quote; so is the name of the body a
speaker belongs to, right after the speaker's name and "von", when the speaker's verb of saying or
quotation follows ("Ousman Noor von "Stop Killer Robots" sagt: …"). The object of "sprechen von" stays the
speaker's partial quote, and a lower-case quotation after a body stays what it says. German sentences in,
quotes and speakers out."""

from framing.speakers import is_body_cue

from .sourcing_speakers import quoted


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(words, quote.speaker) for words, _, quote in quoted(text)]


def test_the_words_of_the_round():
    assert is_body_cue("Tierschutzorganisation") and is_body_cue("Regierungspartei")
    assert is_body_cue("Hilfetelefon") and is_body_cue("Park") and is_body_cue("Stellungnahme")
    assert not is_body_cue("Sprecher") and not is_body_cue("organisation")


def test_a_speakers_body_after_von_is_no_quote():
    text = (
        'Ousman Noor von "Stop Killer Robots" sagt: "Der UN-Generalsekretär hat sich klar gegen diese '
        'Waffen ausgesprochen."'
    )
    assert _found(text) == [
        ("Der UN-Generalsekretär hat sich klar gegen diese Waffen ausgesprochen.", "Ousman Noor")
    ]
    text = (
        "„Wir haben täglich Meldungen von toten Tieren bekommen“, erklärte Nadja Michler von „Peta“, „da "
        "hätte sofort reagiert werden müssen.“"
    )
    assert [words for words, _ in _found(text)] == [
        "Wir haben täglich Meldungen von toten Tieren bekommen",
        "da hätte sofort reagiert werden müssen.",
    ]
    assert all(speaker == "Nadja Michler" for _, speaker in _found(text))


def test_what_a_speaker_speaks_of_stays_a_partial_quote():
    text = 'Innenminister Horst Seehofer sprach von "Wahnsinn", die Lage sei ernst.'
    assert ("Wahnsinn", "Innenminister Horst Seehofer") in _found(text)


NAMES_AFTER_THEIR_KIND = (
    ("Zu spät, findet die Tierschutzorganisation „Peta“. Die Stadt widerspricht.", "Peta"),
    ('Saakaschwili traf die Mitglieder der Regierungspartei "Diener des Volkes" am Freitag.', "Diener"),
    ('Das bundesweite Hilfetelefon "Gewalt gegen Frauen" erfahre großen Zulauf, sagt Helfrich.', "Gewalt"),
)


def test_a_name_after_the_kind_noun_of_a_body_is_no_quote():
    for text, name in NAMES_AFTER_THEIR_KIND:
        assert all(not words.startswith(name) for words, _ in _found(text)), text


def test_a_lower_case_quotation_after_a_body_stays_speech():
    text = (
        "Er bleibe in der Erinnerung der Partei „als couragierter Streiter für eine starke Demokratie“, "
        "so Ziemiak."
    )
    assert any(words.startswith("als couragierter") for words, _ in _found(text))
