"""Who speaks, fifty-eighth speaker round (docs/accuracy.md, "speaker round 58"): verbs and frames of saying
the lists lacked. "befinden" as a verb of judgement, only in a main clause with no reflexive pronoun in its
sentence ("Nietzsche befand, …", "…, befand Strugl"; not "befand sich", not "dass … für gut befindet");
"halten … für" before a partial quotation, as "als" after the verbs of assessment (not beside a verb of
saying of the sentence, not in the Konjunktiv I of someone's reported speech); "So beschreibt es X" after a
quotation; an accusative "es" before a named subject ("bezeichnete es Gabriel"); a name's genitive before
"Sicht" ("aus Hännis Sicht"); a report relied on ("dem Bericht zufolge") relays a medium subject too; an
impersonal passive of saying opening the sentence after "In X" reads X as "In X heißt es" does. Real German
sentences in (dev2, dev3, dev7, dev14, gnad1000), the speakers out."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev7
            "Demut ist ein Wort, das fast vollständig aus unserem Wortschatz verschwunden ist. Nietzsche "
            "befand, Demut gehöre „zu den gefährlichen, verleumderischen Idealen“. In der Tat: Der moderne "
            "Mensch scheint weder Feigheit noch Schwäche zu kennen.",
            [("partial", "zu den gefährlichen,", "Nietzsche", "Nietzsche")],
            id="Nietzsche befand, …",
        ),
        pytest.param(  # gnad1000
            "In Wirklichkeit haben wir uns sechs Jahre lang in der Komfortzone bewegt. Die Politik des "
            "Verteilens der Zuwächse ist vorbei, weil es keine Zuwächse mehr gibt, befand Strugl.",
            [("indirect", "Die Politik des", "Strugl", "Strugl")],
            id="…, befand Strugl",
        ),
        pytest.param(  # gnad1000: a subordinate clause's "befindet" inside someone's reported speech
            "Wenn Werbematerialien von Schulpersonal an die Schüler weitergegeben werden, werde ihnen "
            "vorgespiegelt, dass die Schule die Produkte für gut befindet.",
            [],
            id="not dass … für gut befindet",
        ),
        pytest.param(
            "Der Tatverdächtige befand sich zu diesem Zeitpunkt bereits in Haft, sagte die Polizei.",
            [("indirect", "Der Tatverdächtige befand", "Polizei", "Polizei")],
            id="not befand sich",
        ),
    ],
)
def test_befinden_as_judgement(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev14
            "„Die Kinder haben das Recht zu wissen, wer ihre Halbgeschwister sind“, erklärte das Gericht. "
            "Negative Folgen für die Kinder, etwa psychische Probleme aufgrund von Identitätsfragen und "
            "Angst vor Inzest, hält das Gericht für „hinreichend plausibel“.",
            [
                ("direct", "Die Kinder haben", "Gericht", "Gericht"),
                ("partial", "hinreichend plausibel", "Gericht", "Gericht"),
            ],
            id="hält das Gericht für „…“",
        ),
        pytest.param(  # dev14
            "Der Politikwissenschaftler Christian von Soest hält die Auswirkung möglicher neuen Sanktionen "
            "gegen Iran für „begrenzt“.",
            [
                (
                    "partial",
                    "begrenzt",
                    "Politikwissenschaftler Christian von Soest",
                    "Politikwissenschaftler Christian von Soest",
                )
            ],
            id="X hält … für „…“",
        ),
        pytest.param(  # dev2: the reported speech of the Fraktion goes on
            "In einer kurzen Presseerklärung erklärte die SPD-Landtagsfraktion zum Rücktritt Hartmanns, die "
            "Fraktion nehme die Entscheidung „zur Kenntnis“. Außerdem halte die Fraktion den Schritt für "
            "„überfällig und dringend geboten“.",
            [
                ("partial", "zur Kenntnis", "SPD-Landtagsfraktion", "SPD-Landtagsfraktion"),
                ("partial", "überfällig und dringend", "SPD-Landtagsfraktion", "SPD-Landtagsfraktion"),
            ],
            id="not in the Konjunktiv I: halte die Fraktion … für",
        ),
        pytest.param(  # dev3: the verb of saying of the sentence names the speaker
            'Die Opposition hält die Verschiebung allerdings für eine "schwere Fehlentscheidung", wie der '
            "FDP-Vorsitzende Christian Lindner sich ausdrückte.",
            [
                (
                    "indirect",
                    "Die Opposition hält",
                    "FDP-Vorsitzende Christian Lindner",
                    "FDP-Vorsitzende Christian Lindner",
                )
            ],
            id="not beside a verb of saying: wie X sich ausdrückte",
        ),
        pytest.param(  # dev3: the report relied on relays the medium that is the subject
            "Facebook hält dem Bericht zufolge die Studie für „realistisch“.",
            [("partial", "realistisch", "Facebook", "Facebook")],
            id="dem Bericht zufolge: Facebook speaks",
        ),
    ],
)
def test_halten_fuer(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev14
            'Welcher Gruppe sie sich am Ende anschließen, "ist oft Zufall". So beschreibt es Eren Güvercin, '
            "deutscher Autor mit türkischen Wurzeln.",
            [("indirect", "Welcher Gruppe sie", "Eren Güvercin", "Eren Güvercin")],
            id="So beschreibt es X",
        ),
        pytest.param(  # dev14
            "Allein Deutschland dürfte 170 bis 180 Mitarbeiter russischer Geheimdienste losgeworden sein. "
            "Deshalb liegt es aus Hännis Sicht nah, dass die Russen ihre Spionagetätigkeit nun an jenen "
            "Orten verstärken, wo sie nicht sonderlich behelligt werden.",
            [("indirect", "Deshalb liegt es", "Hännis", "Hännis")],
            id="aus Hännis Sicht",
        ),
        pytest.param(  # gnad1000
            "Eine substanzielle Änderung wäre das freilich nicht. An solchen Stellschrauben zu drehen macht "
            "aus Scheraks Sicht wenig Sinn.",
            [("indirect", "An solchen Stellschrauben", "Scheraks", "Scheraks")],
            id="aus Scheraks Sicht",
        ),
    ],
)
def test_frames(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert speakers(text) == expected


def test_accusative_es_before_a_name() -> None:
    """gnad1000: "bezeichnete es Gabriel": the pronoun object, then the speaker (the sentences before keep
    the speaker they had)."""
    text = (
        "Wirtschaftsminister Gabriel versicherte, er werde keinem Plan zustimmen, der die Zukunft der "
        "deutschen Stahlerzeugung gefährdet. Die Emissionshandelsreform müsse die Anstrengungen der "
        "Stahlindustrie angemessen honorieren, sagte er laut Redemanuskript auf der Kundgebung in "
        "Duisburg. Die Klimapolitik in Deutschland und Europa dürfe die Wettbewerbsfähigkeit der "
        "Industrie nicht durch einseitige Belastungen untergraben. Als nicht akzeptabel bezeichnete es "
        "Gabriel, dass die chinesische Stahlindustrie ihre Produkte zu Dumping-Preisen auf den Weltmarkt "
        "bringe."
    )
    assert speakers(text)[-1] == ("indirect", "Als nicht akzeptabel", "Gabriel", "Gabriel")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev14
            "Ein Protest wie jener in Hamburg zeichne sich aktuell nicht ab. In Sicherheitskreisen wird "
            "allerdings nicht ausgeschlossen, dass sich das in naher Zukunft durchaus ändern könnte.",
            [("indirect", "In Sicherheitskreisen wird", "Sicherheitskreisen", "Sicherheitskreisen")],
            id="In Sicherheitskreisen wird nicht ausgeschlossen, dass …",
        ),
        pytest.param(  # dev2
            "In einem Bericht des Spiegel wird vermutet, die Formulierung lege nahe, dass bei dem "
            "Schusswechsel möglicherweise ein Mensch getötet worden sein könnte.",
            [("indirect", "In einem Bericht", "Spiegel", "Spiegel")],
            id="In einem Bericht des Spiegel wird vermutet, …",
        ),
        pytest.param(  # gnad1000: the passive has a subject of its own
            "In Brüssel wird eine Klarstellung der Staatsanwaltschaft erwartet, ob es sich um den gesuchten "
            "Attentäter handelt.",
            [],
            id="not In Brüssel wird eine Klarstellung erwartet",
        ),
        pytest.param(  # gnad1000: an interviewer's question, the passive not opening the sentence
            "STANDARD: Aber in Deutschland wird befürchtet, dass die Exporte nach China zurückgehen.",
            [],
            id="not after STANDARD: Aber",
        ),
    ],
)
def test_impersonal_passive_after_in(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(text) == expected
