"""Attribution rules of the seventh round on the train split of Petersen-Frey & Biemann (2024), German
Wikinews quotation attribution (benchmarks/quotes_pfb.py --split train --errors): real German news
sentences in, the speaker span out."""

import pytest

from framing.pipeline import doc_from_text
from tests.test_sourcing_pfb_rules import spans

CASES = [
    (
        "an account named by a noun of information in the verb's clause speaks, not the verb's subject",
        "Ein US-Soldat soll nach Angaben der Justiz in Kabul zwei Zivilisten erschossen haben.",
        [("indirect", "Justiz")],
    ),
    (
        "… but a medium's report relays the subject, who speaks (gold convention 6)",
        "Der Experte Ferdinand Dudenhöffer geht laut dem Bericht des Fachmagazins „Automobilwoche“ davon "
        "aus, dass der Staat die Arbeitsplätze sichern könnte.",
        [("indirect", "Experte Ferdinand Dudenhöffer")],
    ),
    (
        "… also a compound noun of information",
        "Mair rief bei dem Angriff laut Zeugenaussagen, Großbritannien komme zuerst.",
        [("indirect", "Zeugenaussagen")],
    ),
    (
        "… but not a person named after 'laut'",
        "Relotius erwidert laut Geicke, der Mann ballere häufiger in der Gegend herum.",
        [("indirect", "Relotius")],
    ),
    (
        "… nor a noun of information in the clause the verb reports",
        "Ein Sprecher der Polizei, Lars Beringer, sagte heute Abend gegenüber der Presse, nach neuesten "
        "Erkenntnissen habe ein Unbekannter den Namen der Frau verwendet.",
        [("indirect", "Lars Beringer")],
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_seventh_round_rules(rule, text, expected):
    assert spans(text) == expected, rule


def test_a_report_in_the_next_sentence_does_not_speak() -> None:
    """The noun of information must stand in the verb's sentence: a full stop ends the clause too."""
    text = (
        "Die Militäraufklärung habe ergeben, dass die russische Luftwaffe damit nichts zu tun habe, sagte "
        "Riad Haddad dem Fernsehsender Rossija 24. Bei einem Angriff auf ein zweites Krankenhaus wurden nach "
        "Erkenntnissen der Beobachter zwei Menschen getötet."
    )
    assert spans(text)[0] == ("indirect", "Riad Haddad")


HELD = [
    (  # the sentence names its holder, not the speaker of the sentence before
        "Spectors Verteidiger Bruce Cutler vertritt ebenso wie sein Mandant die Ansicht, Clarkson habe sich "
        "selbst getötet.",
        [("indirect", "Spectors Verteidiger Bruce Cutler")],
    ),
    (  # speech_de 1.9: "Argument", "Verdacht" as held views
        "Die BVG begegnet der Kritik mit dem Argument, die Züge seien meist unterirdisch unterwegs.",
        [("indirect", "BVG")],
    ),
    (
        "Die Staatsanwaltschaft hegt den Verdacht, Ertel könnte seit 2012 wiederholt Reisekosten falsch "
        "abgerechnet haben.",
        [("indirect", "Staatsanwaltschaft")],
    ),
    (  # a view not followed by a reported clause reports nothing
        "Die Staatsanwaltschaft hat den Verdacht bisher nicht bestätigt.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_a_view_held_before_a_comma_names_its_holder(text: str, expected: list[tuple[str, str]]) -> None:
    """A noun of a view with its article before a comma ("vertritt die Ansicht, …", "hegt den Verdacht,
    …") makes the clause after it reported speech of the subject that holds it."""
    assert spans(text) == expected


def test_the_view_of_a_pronoun_after_the_verb() -> None:
    """ "vertritt er die These, dass …": the pronoun after the finite verb holds the view (the data set
    marks the pronoun), resolved to the person named before."""
    doc = doc_from_text(
        "Der Autor Christian Füller hat ein Buch über die Grünen veröffentlicht. Seit August 2013 vertritt "
        "er die These, dass Pädophilie „in der grünen Ideologie angelegt“ sei."
    )
    quote = doc.quotes[-1]
    assert (doc.text[quote.speaker_start : quote.speaker_end], quote.speaker) == (
        "er",
        "Autor Christian Füller",
    )


def test_the_view_over_an_adjective() -> None:
    """ "der gegenteiligen Auffassung, dass …": adjectives between the article and the view."""
    text = "Die Mehrheit ist der gegenteiligen Auffassung, dass die Demokratie in Deutschland schlecht "
    text += "funktioniert."
    assert spans(text) == [("indirect", "Mehrheit")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Experte Hans Weber sagte, der Staat könne die Arbeitsplätze sichern.", "Experte Hans Weber"),
        ("Der Ökonom Marcel Fratzscher sagte, die Inflation werde sinken.", "Ökonom Marcel Fratzscher"),
        ("Der Ökonom Fratzscher sagte, die Inflation werde sinken.", "Ökonom Fratzscher"),
        ("Xi sagte Putin laut chinesischen Staatsmedien Unterstützung zu.", "Xi"),
    ],
)
def test_a_registered_group_noun_keeps_the_name_after_it(text: str, speaker: str) -> None:
    """ "Experte" and "Ökonom" are registered actors (the expert camp); the speaker's span is the noun
    with the name after it, while a plain noun after a registered name stays out of the span."""
    assert spans(text) == [("indirect", speaker)]
