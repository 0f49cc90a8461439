"""Who speaks, seventy-first speaker round (docs/accuracy.md, "Speaker round 71"): an agency text's teaser
"X: …" (10kGNAD's first sentence, a dateline opening the next) names its speaker before the colon, with no
verb of saying and often no quotation marks. German sentences in, speakers and spans out."""

from .sourcing_speakers import quoted, speakers


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    """(quoted span, speaker span, label) of every quote."""
    return [(words, span, quote.label) for words, span, quote in quoted(text)]


def test_an_unmarked_teaser_is_the_reported_speech_of_the_name_before_its_colon():
    text = (
        "Polizei: Inhaftierte wollten über Internet neue Unterstützer rekrutieren. "
        "Teheran – Die iranische Polizei hat 53 Sympathisanten festgenommen."
    )
    assert _quotes(text) == [
        ("Inhaftierte wollten über Internet neue Unterstützer rekrutieren.", "Polizei", "indirect")
    ]


def test_a_surname_the_body_names_later_speaks_in_the_teaser():
    text = (
        "Davies: Ziel sei, dass 2018 wieder zwei Millionen Fahrzeuge produziert werden. "
        "London – Die britische Regierung will der Autoindustrie helfen."
    )
    assert speakers(text) == [("Davies", "Davies")]


def test_a_quotation_in_the_teaser_takes_the_name_before_its_colon():
    text = (
        'Wirtschaftskammerpräsident: Vorgezogener Rückzug "reine Spekulation". '
        "Wien/Linz – Christoph Leitl hat einen Zeitungsbericht dementiert."
    )
    assert speakers(text) == [("Wirtschaftskammerpräsident", "Wirtschaftskammerpräsident")]


def test_a_topic_before_the_colon_names_no_speaker():
    text = "Streit unter Schlafforschern: Reichten früher 6,5 Stunden? Wien – Die Forscher sind uneins."
    assert speakers(text) == []


def test_no_teaser_without_a_dateline_after_it():
    # a headline run into its text (the events files: "Ukraine-Krieg: Russland startet …"), or a compound's
    # hyphen that is no dateline's dash ("Hans-Werner Sinn")
    text = "Davies: Ziel sei, dass wieder mehr Autos gebaut werden. Die Regierung will helfen."
    assert speakers(text) == []
    text = "Ex-Ifo-Chef: Verbrennerverbot beschleunigt den Klimawandel. Hans-Werner Sinn hält es für falsch."
    assert speakers(text) == []


def test_an_interview_question_label_is_no_teaser_speaker():
    assert speakers("STANDARD: Was passiert jetzt mit dem Budget? Wien – Die Regierung berät.") == []
