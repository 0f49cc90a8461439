"""Who speaks, ninety-sixth speaker round (docs/accuracy.md, "Speaker round 96"): text that is not speech.
A medium's name in quotation marks ("sagte Ramelow der „Welt“", "laut „dts Nachrichtenagentur“", "in
„Capital“", "der „Rheinischen Post“") is the name of a paper, broadcaster or agency the registry lists,
no one's words: it is no quote with a speaker, while the speech around it keeps its speaker, and reported
speech beside quotations reads the name as the sentence's own words ("dass das Thema … auch auf »Fox News«
totgeschwiegen werde"). German sentences in, quotes and speakers out."""

from framing.sources import names_medium

from .sourcing_speakers import quoted


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(words, quote.speaker) for words, _, quote in quoted(text)]


def test_a_listed_medium_is_named_also_declined_and_with_its_article():
    assert names_medium("Rheinischen Post")  # "der „Rheinischen Post“": listed as "Rheinische Post"
    assert names_medium("Welt am Sonntag")
    assert names_medium("Die Zeit")  # a phrase of the registry: "Zeit" alone is the time
    assert names_medium("dts Nachrichtenagentur")
    assert not names_medium("Zeit")
    assert not names_medium("Verrat")
    assert not names_medium("Deutschen Bank")


def test_the_medium_spoken_to_in_quotation_marks_is_no_quote():
    text = (
        "„Es wird eine abgespeckte Version geben“, sagte Ministerpräsident Bodo Ramelow (Linke) der „Welt“. "
        "„Es gibt ein seelisches Bedürfnis nach dieser Normalität.“"
    )
    found = _found(text)
    assert ("Welt", "Bodo Ramelow") not in found
    assert all(words != "Welt" for words, _ in found)
    assert [speaker for _, speaker in found] == ["Ministerpräsident Bodo Ramelow"] * 2


def test_a_declined_medium_after_a_role_is_no_quote():
    text = (
        "„Unser Geld ist endlich. Wir können nicht jede Firma retten“, sagte der Chef der Mittelstands- und "
        "Wirtschaftsunion der „Rheinischen Post“."
    )
    assert [words for words, _ in _found(text)] == [
        "Unser Geld ist endlich. Wir können nicht jede Firma retten"
    ]


def test_an_agency_after_laut_is_no_quote_and_the_speech_keeps_its_speaker():
    text = (
        "Denn gerade angesichts von Infektionszahlen, die sich dynamisch entwickelten, werde die Lage der "
        "Gaststätten immer schwieriger, so Landsberg laut „dts Nachrichtenagentur“."
    )
    found = _found(text)
    assert all(words != "dts Nachrichtenagentur" for words, _ in found)
    assert found and all(speaker == "Landsberg" for _, speaker in found)


def test_a_magazine_after_in_is_no_quote():
    text = (
        "Geradezu erregt hatte Drosten diese kürzlich in „Capital“ als „nächsten Pandemie-Kandidaten“ "
        "bezeichnet."
    )
    assert all(words != "Capital" for words, _ in _found(text))


def test_reported_speech_beside_quotations_reads_a_medium_as_its_own_words():
    text = (
        "Der Moderator Tucker Carlson begann das Gespräch freundlich („Ihr Auftritt war einer der großen "
        "Momente in der Geschichte von Davos“), verfiel aber in wüste Beschimpfungen, als Bregman darauf "
        "hinwies, dass das Thema Spitzensteuern auch auf »Fox News« totgeschwiegen werde – schließlich seien "
        "die Moderatoren des Senders selbst Millionäre."
    )
    found = _found(text)
    assert all(words != "Fox News" for words, _ in found)
    reported = [(words, speaker) for words, speaker in found if "totgeschwiegen werde" in words]
    assert [speaker for _, speaker in reported] == ["Bregman"]
    assert reported[0][0].startswith("dass das Thema Spitzensteuern auch auf »Fox News«")


def test_a_quoted_word_that_names_no_medium_stays_speech():
    text = "Innenminister Horst Seehofer sprach von „Wahnsinn“, die Lage sei „absolut inakzeptabel“."
    assert ("Wahnsinn", "Innenminister Horst Seehofer") in _found(text)
