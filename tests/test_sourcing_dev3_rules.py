"""Attribution rules of the ninth round on the third dev set (benchmarks/speakers.py --split dev3
--details): real German news sentences in, the speaker span out."""

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text
from tests.test_sourcing_pfb_rules import spans


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(label, the speaker's words: the person a pronoun stands for) of every quote in ``text``."""
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    return [(q.label, q.speaker) for q in doc.quotes]


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


def test_a_surname_alone_is_the_antecedent_of_er() -> None:
    """ "ging Diess ein" names Diess again: "sagte er" after it is his, not the iPhone maker's named
    in the sentence before."""
    text = (
        "VW-Chef Herbert Diess hatte sich bereits vor einigen Tagen äußerst besorgt gezeigt. Zudem steigen "
        "große IT-Firmen wie der iPhone-Fertiger Foxconn ins Geschäft mit Elektroautos ein. Auf Sorgen "
        "vor einem weiteren Arbeitsplatzabbau ging Diess ein. „Ich möchte, dass Ihre Kinder und "
        "Enkelkinder auch 2030 noch einen sicheren Job hier bei uns in Wolfsburg haben können“, sagte er."
    )
    assert speakers(text) == [("direct", "Diess")]


def test_the_subject_named_by_surname_beats_a_surname_in_an_object() -> None:
    """ "Mit vielem hatte Weikert gerechnet - … die Ära Hörmann …": "sagte er" is Weikert's."""
    text = (
        "In einem Interview attackierte Ex-Präsident Alfons Hörmann seinen Nachfolger Thomas Weikert. Mit "
        "vielem hatte Weikert gerechnet - damit, dass ihn in China die Ära Hörmann einholen würde, wohl "
        "nicht. „Ich kenne keine Kampagne“, sagte er schmallippig."
    )
    assert speakers(text)[-1] == ("direct", "Weikert")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er gehe „aus guten Gründen davon aus“, sagte Hörmann der „Augsburger Allgemeinen“ und der "
            "„Allgäuer Zeitung“, dass Weikert „aktiv“ an der Kampagne beteiligt gewesen sei.",
            [("partial", "Hörmann"), ("partial", "Hörmann")],
        ),
        ("„Das ist ein Fehler“, sagte sie dem „Spiegel“.", [("direct", "sie")]),
        ("Der Minister warnte vor der „Spaltung der Gesellschaft“.", [("partial", "Minister")]),
    ],
)
def test_the_medium_spoken_to_is_no_quote(text: str, expected: list[tuple[str, str]]) -> None:
    """ "sagte Hörmann der „Augsburger Allgemeinen“", "und der „Allgäuer Zeitung“": the medium's name
    after a dative article; a partial quote after "vor der" stays speech."""
    assert spans(text) == expected


def test_wie_x_sich_ausdrueckte_names_the_speaker() -> None:
    """ "wie der FDP-Vorsitzende Christian Lindner sich ausdrückte": he speaks, also in the quote after."""
    text = (
        "Die Opposition hält die Verschiebung allerdings für eine „schwere Fehlentscheidung“, wie der "
        "FDP-Vorsitzende Christian Lindner sich ausdrückte. „Unsere Forderung ist es, dass der Impfgipfel "
        "umgehend stattfindet.“"
    )
    assert spans(text) == [
        ("indirect", "FDP-Vorsitzende Christian Lindner"),
        ("direct", "FDP-Vorsitzende Christian Lindner"),
    ]


def test_a_thing_that_expresses_itself_does_not_speak() -> None:
    """ "die sich in steigenden Preisen ausdrückt": no one speaks."""
    assert spans("Die Krise, die sich in steigenden Preisen ausdrückt, belastet die Haushalte.") == []


def test_bund_und_laender_speak() -> None:
    """ "nennen Bund und Länder „…“": the federal state and the states are the subject after the verb."""
    text = (
        "Als Grund für den Schritt nennen Bund und Länder „die Unsicherheit beim Astrazeneca-Impfstoff“ "
        "und das „verschlechterte Infektionsgeschehen“."
    )
    assert spans(text) == [("partial", "Bund und Länder"), ("partial", "Bund und Länder")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aus Sicht von Diess hat die VW-Zentrale gute Chancen, „wieder zum Aushängeschild für "
            "Auto-Produktion“ zu werden.",
            [("partial", "Diess")],
        ),
        (
            "Die Klage gegen die geänderten Verhaltensregeln hat aus Sicht der Organisationen gute "
            "Aussichten auf Erfolg.",
            [("indirect", "Organisationen")],
        ),
        ("Aus Vorsicht blieben die Schulen am Montag geschlossen.", []),
        (
            "Ein erster guter Schritt aus gewerkschaftlicher Sicht ist Katzian zufolge zwar eine seit Ende "
            "Vorjahr gültige Gesetzesänderung.",
            [("indirect", "Katzian")],
        ),
    ],
)
def test_a_point_of_view_names_its_holder(text: str, expected: list[tuple[str, str]]) -> None:
    """ "Aus Sicht von Diess", "aus Sicht der Organisationen": the holder of the view is the source;
    "Aus Vorsicht" names no one, "aus gewerkschaftlicher Sicht" no holder."""
    assert spans(text) == expected


def test_a_medium_before_a_colon_is_no_title_cue() -> None:
    """ "sagte den Zeitungen der Funke Mediengruppe: „…“": "Mediengruppe" ends in the title cue "gruppe",
    but a medium spoken to introduces speech."""
    text = (
        "Grünen-Fraktionschefin Katrin Göring-Eckardt sagte den Zeitungen der Funke Mediengruppe: „Genau in "
        "solch unklaren Situationen braucht es dringend mehr Austausch und Koordination.“"
    )
    assert spans(text) == [("direct", "Grünen-Fraktionschefin Katrin Göring-Eckardt")]
