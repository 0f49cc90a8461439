"""Speakers of partial quotations, the weakest kind on every dev set (issue 11, item 1; README,
"Accuracy on real news", the eleventh round): each rule for an error class found in at least two
sets (our dev sets and the Petersen-Frey & Biemann splits); real German news sentences in, the
speaker out."""

import pytest

from tests.test_sourcing_cross_set import speakers

SPRECHER = "innenpolitische Sprecher der Fraktion der SPD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Seit dem Vorjahr ist Stetter-Karp auch Präsidentin des Deutschen Vereins für öffentliche und "
            'private Fürsorge. Als ZdK-Chefin will Stetter-Karp "leidenschaftlich für Reformen kämpfen". '
            "Ihr neues Amt sieht sie als politische und gesellschaftliche Aufgabe.",
            [("partial", "leidenschaftlich für Reformen", "Stetter-Karp", "Stetter-Karp")],
            id="dev3: the subject after the verb of intention",
        ),
        pytest.param(  # before: the quote went on with Hassemer's chain of Konjunktiv
            "Auch Winfried Hassemer, Papiers Stellvertreter, glaubt, dass ein weiteres Verbotsfahren "
            "möglich sei. Auch der innenpolitische Sprecher der Fraktion der SPD im Deutschen Bundestag, "
            "Dieter Wiefelspütz, will „in den kommenden Wochen noch einmal sorgfältigst prüfen“, ob ein "
            "neues NPD-Verbot angestrebt werden solle.",
            [
                ("indirect", "Auch Winfried Hassemer,", "Winfried Hassemer", "Winfried Hassemer"),
                ("partial", "in den kommenden", SPRECHER, SPRECHER),
                ("indirect", "ob ein neues", SPRECHER, SPRECHER),
            ],
            id="PFB train: the subject before the verb of intention, not the last speaker",
        ),
        pytest.param(
            "Dies ist eine echte Chance für Video, im Web ein „Bürger erster Klasse zu werden“, wird Mike "
            "Downey, Technical Product Manager für Flash Authoring, zitiert.",
            [("partial", "Bürger erster Klasse", "Mike Downey", "Mike Downey")],
            id="dev2: the passive's subject after the quotation, with an apposition",
        ),
        pytest.param(
            "„Ich bemerkte heute Kommentare von einigen aus der libyschen Führung, dass die NATO ihre "
            "Mission in dieser Zwischenzeit fortsetzen solle, während sie ihre Regierung einsetzen“, wird "
            "Panetta zitiert.",
            [("direct", "Ich bemerkte heute", "Panetta", "Panetta")],
            id="PFB train: the passive's subject after the quotation",
        ),
        pytest.param(
            "„Wir sind unwillkommene Zeugen“, zitierte man Yolanda Alvarez vom Sender RTVE.",
            [("direct", "Wir sind unwillkommene", "Yolanda Alvarez", "Yolanda Alvarez")],
            id="PFB train: 'man' quotes no one, the person follows",
        ),
        pytest.param(
            "Die russische Nachrichtenagentur RIA Novosti zitiert dazu Néstor Kirchner mit folgenden "
            "Worten: „Diese Banken haben ihre Zweckbestimmung verloren.“",
            [("direct", "Diese Banken haben", "Néstor Kirchner", "Néstor Kirchner")],
            id="PFB dev: an adverb between the verb and the person quoted",
        ),
        pytest.param(
            "Der Schiedsrichterbetreuer habe hier jedem 150 Deutsche Mark gegeben „um uns zu vergnügen, was "
            "wir auch taten“, wie Hoyzer von Spiegel-Online zitiert wird.",
            [("partial", "um uns zu", "Hoyzer", "Hoyzer")],
            id="PFB train: 'wie X zitiert wird'; 'gegeben' is no 'geben zu' with the quotation's 'zu'",
        ),
    ],
)
def test_speaker(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert speakers(text) == expected


def test_intention_needs_its_particle() -> None:
    """The verb "haben" is one of intention only with its "vor": "Bisher habe die Bundesregierung …" is a
    Konjunktiv going on with the speaker before (dev2)."""
    text = (
        "Der Bundesdatenschutzbeauftragte Peter Schaar kritisierte die Pläne. Bisher habe die "
        "Bundesregierung die Einrichtung einer „zentralen Datenbank“ ausgeschlossen."
    )
    schaar = "Bundesdatenschutzbeauftragte Peter Schaar"
    assert speakers(text)[-1] == ("partial", "zentralen Datenbank", schaar, schaar)


def test_participle_has_no_particle_after_it() -> None:
    """ "gegeben" with a "zu" later is no "geben zu" (gnad: a sentence taken as speech before)."""
    text = (
        "Die Zentralregierung in Jakarta hatte der Provinz auf Sumatra im Jahr 2001 Autonomie gegeben, um "
        "einem jahrzehntelangen Aufstand islamistischer Aufständischer den Boden zu entziehen."
    )
    assert speakers(text) == []


def test_coordinator_goes_on_with_the_speaker() -> None:
    """A sentence opening with "Und"/"Aber" right after speech goes on with its speaker (dev3, and
    dev: "Aber das heiße nicht, »…«"); one opening otherwise does not (PFB train: the memo speaks)."""
    text = (
        'Die Luftfahrtindustrie entwickle sich als "eine der wenigen Branchen, die sich nicht über zu '
        'wenig Nachfrage beschweren können" sehr gut, so Machtlinger. Und das inmitten großer '
        'Veränderungen - etwa der geopolitischen Spannungen, "die nicht besser werden".'
    )
    assert speakers(text)[-1] == ("partial", "die nicht besser", "Machtlinger", "Machtlinger")
    text = (
        "RTL-Chefin Anke Schäferkordt nannte diese Zahlen „aus der Luft gegriffen“. Sie räumte zwar ein, es "
        "könnten Arbeitsplätze verloren gehen, sprach aber bei der Entscheidung von einem ergebnisoffenen "
        "Prozess. In einem internen Schreiben an die Mitarbeiter war von einem „vertrauensvollen und "
        "offenen Dialog“ die Rede."
    )
    assert speakers(text)[-1][2] == "einem internen Schreiben"  # not Schäferkordt: see test_spoken_of


def test_particle_in_quotes_makes_no_verb_of_saying() -> None:
    """ "gehe „… davon aus“": the particle is the speaker's word, so the inquit after the quotation
    names the speaker (dev3; on PFB train "gab … nach und bat …: „… zu dem Entschluss …“" no longer
    reads "geben zu")."""
    text = (
        "In einem Interview attackierte Ex-Präsident Alfons Hörmann seinen Nachfolger Weikert, stellte ihn "
        'als Intriganten und Lügner dar. Er gehe "aus guten Gründen davon aus", sagte Hörmann der '
        '"Augsburger Allgemeinen" und der "Allgäuer Zeitung", dass Weikert "aktiv" an der Kampagne '
        "beteiligt gewesen sei."
    )
    assert speakers(text)[0] == ("partial", "aus guten Gründen", "Hörmann", "Hörmann")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "Zunächst war seitens der Bundeswehr vom Tod von „vier angreifende[n] Demonstranten“ die Rede.",
            "Bundeswehr",
            id="dev2: the source after 'seitens', not the topic after 'vom'",
        ),
        pytest.param(
            "In einem internen Schreiben an die Mitarbeiter war von einem „vertrauensvollen und offenen "
            "Dialog“ die Rede.",
            "einem internen Schreiben",
            id="PFB train: the source before the verb",
        ),
    ],
)
def test_spoken_of(text: str, source: str) -> None:
    """ "war … von „…“ die Rede" reports what was said; a source preposition names who said it."""
    assert [s[2] for s in speakers(text)] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Der auf der Konferenz für nukleare Sicherheit anwesende Außenminister der Russischen Föderation "
            "Sergei Lawrow reagierte gelassen: Mit den Worten „Jetzt werden alle wichtigen Fragen in der G20 "
            "diskutiert“, richtete er seinen Blick auf einen grösseren Kreis der Weltgemeinschaft.",
            ("er", "Sergei Lawrow"),
            id="PFB dev: the subject after the verb that follows the quotation",
        ),
    ],
)
def test_with_words(text: str, expected: tuple[str, str]) -> None:
    """A quotation after "mit den Worten" is the words of its clause's subject, whatever the verb."""
    assert speakers(text)[-1][2:] == expected
