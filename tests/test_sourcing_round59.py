"""Who speaks, fifty-ninth speaker round (docs/accuracy.md, "speaker round 59"): verbs and frames of saying.
(1) A verb of saying in the main clause that opens a sentence and ends at its colon, with no quotation marks
in the sentence, introduces the clause after the colon as its subject's speech, in the indicative as after
``_says_comma``'s comma ("warnt die Polizei: Zwei Hochspannungsmasten … sind beschädigt."); not where the
subject names no one ("Anders gesagt: …", "Mein Grundsatz lautet: …"), not a list after the colon. (2) A
medium named in quotation marks ("Wie das «Wall Street Journal» berichtet, …", "Laut dem «…»") is no
quotation of its own, and states the sentence where its clause holds the only verb of saying. (3) Reported
speech before a colon and its quotation after "dass" in either mood and in "Wie X erklärte, …", across short
names in quotation marks before the colon. (4) The subject after the verb of a main clause that follows a
subordinate clause opening the sentence. Real German sentences in (dev3, dev6, dev8, dev9, dev11, dev15,
gnad1000), the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev15
            "Massiver Blackout: Was ist am Mittwoch in Berlin passiert?\n\nKurz nach halb neun Uhr morgens "
            "warnt die Polizei: Zwei Hochspannungsmasten in Johannisthal sind beschädigt. Die erste Meldung "
            "an den Stromanbieter kam offenbar noch mitten in der Nacht.",
            [("indirect", "Kurz nach halb", "Polizei", "Polizei")],
            id="warnt die Polizei: …",
        ),
        pytest.param(  # dev8
            "Die österreichischen Spitzensegler trainieren ab Dezember in Rio. Mena mahnte: Die Gewässer "
            "sind nicht sicher für Wasseraktivitäten.",
            [("indirect", "Mena mahnte: Die", "Mena", "Mena")],
            id="Mena mahnte: …",
        ),
        pytest.param(  # gnad1000
            "Zu Besuch in Sarajevo stellte Österreichs Außenminister Sebastian Kurz am Donnerstag klar: Wir "
            "koppeln die Annäherung an die EU an die notwendigen Reformen.",
            [
                (
                    "indirect",
                    "Zu Besuch in",
                    "Österreichs Außenminister Sebastian Kurz",
                    "Österreichs Außenminister Sebastian Kurz",
                )
            ],
            id="stellte X klar: …",
        ),
    ],
)
def test_colon_after_a_verb_of_saying(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # gnad1000
            "Bis zum Erlöschen des letzten Sterns werden noch viele Planeten entstehen. Anders ausgedrückt: "
            "Zwischen jetzt und dem Erlöschen des letzten Sterns werden fast zwölfmal so viele Planeten "
            "entstehen.",
            id="not Anders ausgedrückt: …",
        ),
        pytest.param(  # gnad1000
            "Mein Grundsatz lautet: Wer berechtigterweise in Österreich lebt, soll auch einen Beitrag "
            "leisten.",
            id="not a subject that names no one",
        ),
        pytest.param(
            "Die Polizei nannte drei Gründe: steigende Kosten und fehlendes Personal.",
            id="not a list after the colon",
        ),
    ],
)
def test_no_speech_after_the_colon(text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev15
            "Nun plant Donald Trump den nächsten Umbau des historischen Regierungssitzes.\n\nWie das «Wall "
            "Street Journal» berichtet, diskutiert Trump mit Beratern über den Bau eines "
            "Helikopterlandeplatzes auf dem sogenannten South Lawn.",
            [("indirect", "Wie das «Wall", "Wall Street Journal", "Wall Street Journal")],
            id="Wie das «Wall Street Journal» berichtet, …",
        ),
        pytest.param(  # dev15
            "Laut dem «Wall Street Journal» beschäftigt sich Trump höchstpersönlich mit Details der "
            "Umbauten.",
            [("indirect", "Laut dem «Wall", "Wall Street Journal", "Wall Street Journal")],
            id="Laut dem «Wall Street Journal» …",
        ),
        pytest.param(  # dev3
            'Wie der "Business Insider" unter Berufung auf Regierungskreise berichtet, soll der geplante '
            "vierte Öffnungsschritt bundesweit ausgesetzt werden.",
            [("indirect", 'Wie der "Business', "Regierungskreise", "Regierungskreise")],
            id="Wie der „Business Insider“ unter Berufung auf X berichtet, …",
        ),
        pytest.param(  # a verb of saying outside the "wie" clause: the person named speaks, the medium relays
            "Wie die Zeitung berichtet, sagte Trump, er diskutiere mit Beratern über einen Landeplatz.",
            [("indirect", "Wie die Zeitung", "Trump", "Trump")],
            id="Wie die Zeitung berichtet, sagte Trump, …",
        ),
    ],
)
def test_a_medium_named_in_quotation_marks_reports(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev11
            "Inzwischen informierte das Land Tirol, dass ab Dienstag der reguläre Schulbetrieb "
            "wiederaufgenommen wird: „Die Schulen und Kindergärten wurden bereits informiert.“",
            [
                ("indirect", "Inzwischen informierte das", "Land Tirol", "Land Tirol"),
                ("direct", "Die Schulen und", "Land Tirol", "Land Tirol"),
            ],
            id="informierte X, dass … (indicative): „…“",
        ),
        pytest.param(  # dev9
            "Seine Management-Kollegin Ruth Betz, bei Funke verantwortlich für „Digitale Transformation“, "
            "erklärt, dass der Verlag nicht mehr in Endgeräten denke: „Wo immer die Kunden unsere Inhalte "
            "lesen wollen, sind wir da.“",
            [
                (
                    "indirect",
                    "Seine Management-Kollegin Ruth",
                    "Seine Management-Kollegin Ruth Betz",
                    "Seine Management-Kollegin Ruth Betz",
                ),
                (
                    "direct",
                    "Wo immer die",
                    "Seine Management-Kollegin Ruth Betz",
                    "Seine Management-Kollegin Ruth Betz",
                ),
            ],
            id="a name in quotation marks before the colon's quotation",
        ),
        pytest.param(  # dev6
            "Wie Sprecher Stefan Gobbin erklärte, wollte sich „D.Live“ darum kümmern, dass die Tiere "
            "regelmäßig versorgt werden: „Das war auch mit dem Veterinäramt so abgesprochen.“",
            [
                ("indirect", "Wie Sprecher Stefan", "Sprecher Stefan Gobbin", "Sprecher Stefan Gobbin"),
                ("direct", "Das war auch", "Sprecher Stefan Gobbin", "Sprecher Stefan Gobbin"),
            ],
            id="Wie X erklärte, …: „…“",
        ),
        pytest.param(  # nothing reported before the colon: a name set off by commas
            "Der Sprecher der Polizei, Lars Beringer, sagte: „Wir ermitteln in alle Richtungen.“",
            [("direct", "Wir ermitteln in", "Lars Beringer", "Lars Beringer")],
            id="not a name set off by commas",
        ),
    ],
)
def test_reported_speech_before_a_colon_and_its_quotation(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev15
            "Als der VZBV im Oktober 2024 überprüfte, ob sich Temu an die Unterlassungserklärung hält, "
            "stellten die Verbraucherschützer fest, dass das CE-Zeichen eines Kindertablets fehlte.",
            [("indirect", "Als der VZBV", "Verbraucherschützer", "Verbraucherschützer")],
            id="Als …, stellten die Verbraucherschützer fest, dass …",
        ),
        pytest.param(  # an inquit after a quotation keeps its reading
            "„Wir sind zufrieden“, sagte die Vorsitzende, „aber es bleibt viel zu tun.“",
            [
                ("direct", "Wir sind zufrieden", "Vorsitzende", "Vorsitzende"),
                ("partial", "aber es bleibt", "Vorsitzende", "Vorsitzende"),
            ],
            id="not after a quotation",
        ),
    ],
)
def test_the_subject_after_a_fronted_clause(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(text) == expected
