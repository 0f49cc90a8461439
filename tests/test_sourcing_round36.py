"""Who speaks, thirty-sixth speaker round (docs/accuracy.md, "speaker round 36"): the grammatical subject of
the verb of saying from German morphology, not another phrase of the sentence (framing/measures/subjects.py,
data/registries/case_de.toml). A singular phrase before a plural finite verb is no subject ("Das Argument
hatten die Mailänder Staatsanwälte … genannt"); "Als X" right before the finite verb with its subject after
it is no subordinate clause ("Als Freizeitkicker fordere Näßler …"); "der" before a masculine noun after an
inquit's verb is nominative ("…, sagte der Schweizer der Gazzetta dello Sport"); a preposition with its
article is no verb's separated particle ("warfen … vor dem Gebäude" is no "vorwerfen"). Real German
sentences in (the eighth and ninth dev sets', 10kGNAD's, PFB train's), the speakers out; each fails
without its rule, the guards without their exclusion."""

import pytest

from framing.measures.subjects import (
    article,
    feminine_noun,
    number_against,
    oblique,
    plural_finite,
    singular_only,
)
from framing.model import Token
from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nach Ansicht der Kammer gehörte der Fall vor ein Ministergericht. Das Argument hatten die "
            "Mailänder Staatsanwälte „lächerlich“ genannt.",
            [
                ("indirect", "Nach Ansicht der", "Kammer", "Kammer"),
                ("partial", "lächerlich", "Mailänder Staatsanwälte", "Mailänder Staatsanwälte"),
            ],
            id="dev8: a singular object before the plural verb, the subject after it",
        ),
        pytest.param(
            "Der staatliche Sicherheitsausschuss hatten den Behörden am Wochenende empfohlen, alle "
            "Vorbereitungen zu treffen.",
            [("indirect", "Der staatliche Sicherheitsausschuss", *["staatliche Sicherheitsausschuss"] * 2)],
            id="guard (10kGNAD): a misprinted plural with no subject after it keeps the phrase before",
        ),
        pytest.param(
            "Das Team und die Partei hatten den Vorschlag „lächerlich“ genannt.",
            [("partial", "lächerlich", "Team und die Partei", "Team und die Partei")],
            id="guard: two singular phrases joined by 'und' are plural",
        ),
        pytest.param(
            "Als Freizeitkicker fordere Näßler deshalb ein Ende der strafrechtlichen Verfolgung von "
            "Homosexuellen in Katar.",
            [("indirect", "Als Freizeitkicker fordere", "Näßler", "Näßler")],
            id="dev8: 'Als X' before the finite verb, the subject right after it",
        ),
        pytest.param(
            "Als Sprecher der Partei sagte Müller, man werde gegen das Urteil klagen.",
            [("indirect", "Als Sprecher der", "Müller", "Müller")],
            id="'Als X der Y' before the verb, a surname that is a German word after it",
        ),
        pytest.param(
            "Die Labour Party forderte May auf, über einen Rücktritt nachzudenken. Als scheidende "
            "Premierministerin habe sie ihren Abschied akzeptiert und frage Corbyn, ob nicht auch er "
            "zurücktreten wolle.",
            [
                ("indirect", "Die Labour Party", "Labour Party", "Labour Party"),
                (
                    "indirect",
                    "Als scheidende Premierministerin",
                    "scheidende Premierministerin",
                    "scheidende Premierministerin",
                ),
            ],
            id="guard (PFB train): the verb of saying is not the one right after 'Als X'",
        ),
        pytest.param(
            "Sie hat zugegeben, das Mittel genommen zu haben, und außerdem sprechen die Werte in ihren "
            "Tests eine deutliche Sprache, sagte der Schweizer der Gazzetta dello Sport (Freitag).",
            [("indirect", "Sie hat zugegeben,", "Schweizer", "Schweizer")],
            id="dev8: 'sagte der Schweizer' with a dative and a parenthesis after it",
        ),
        pytest.param(
            "Der Film von Jason Russel sei einseitig, so der Schriftsteller Musa Okwanga. Zudem beschreibe "
            "der Kurzfilm nicht mehr die aktuelle Lage in Uganda, da die LRA das Land 2006 verlassen habe.",
            [
                ("indirect", "Der Film von", "Schriftsteller Musa Okwanga", "Schriftsteller Musa Okwanga"),
                (
                    "indirect",
                    "Zudem beschreibe der",
                    "Schriftsteller Musa Okwanga",
                    "Schriftsteller Musa Okwanga",
                ),
            ],
            id="guard (PFB train): no inquit after a comma, the speech goes on",
        ),
        pytest.param(
            "Die Demonstranten warfen Feuerwerkskörper und Rauchbomben vor dem Gebäude des Parlaments, wie "
            "die staatliche Agentur Ukrinform am Freitag meldete.",
            [("indirect", "Die Demonstranten warfen", *["staatliche Agentur Ukrinform"] * 2)],
            id="dev9: 'warfen … vor dem Gebäude' is no 'vorwerfen': a preposition with its article",
        ),
        pytest.param(
            "Dass Innenminister Wolfgang Sobotka ausländische Staatsbürger in Schubhaft nehmen will, um sie "
            "an der Flucht zu hindern, wird teils vehement kritisiert.",
            [],
            id="10kGNAD: 'nehmen … an der Flucht' is no 'annehmen'",
        ),
        pytest.param(
            "Die Regierung warf der Opposition vor dem Treffen vor, sie blockiere das Gesetz.",
            [("indirect", "Die Regierung warf", "Regierung", "Regierung")],
            id="guard: the particle that closes the clause still counts",
        ),
        pytest.param(
            "Auf den Kurznachrichtendienst Twitter zeigte sich die Bundesregierung bestürzt über den Vorfall "
            "und verurteilte ihn als „hinterhältigen Anschlag“.",
            [("partial", "hinterhältigen Anschlag", "Bundesregierung", "Bundesregierung")],
            id="guard (PFB train): 'zeigte sich die Bundesregierung': 'sich' is no preposition",
        ),
        pytest.param(
            "Bei den Wahlen in Griechenland ergaben die Umfragen eine Mehrheit für das Abkommen. Euro und "
            "Nein zur Drachme, lautet der Titel.",
            [],
            id="guard (10kGNAD): 'lautet der Titel' names a text, no speaker",
        ),
    ],
)
def test_subject_by_case_and_number(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert speakers(text) == expected


def _token(text: str) -> Token:
    return Token(0, len(text), text, text, "word", 0)


def test_case_table() -> None:
    assert oblique("dem") and oblique("Einen") and oblique("ihm")
    assert not oblique("der") and not oblique("die")
    assert singular_only("Das") and singular_only("er") and not singular_only("die")
    assert article("dem") and article("Diesen") and not article("sich") and not article("er")
    assert feminine_noun("Zeitung") and feminine_noun("Polizei") and not feminine_noun("Schweizer")
    assert (
        plural_finite(_token("sagten"))
        and plural_finite(_token("sind"))
        and not plural_finite(_token("sagte"))
    )


def test_number_against() -> None:
    tokens = [_token(w) for w in ("Das", "Argument", "hatten", "die", "Staatsanwälte")]
    assert number_against(tokens, 0, 2, frozenset({"und"}))
    tokens[2] = _token("hatte")
    assert not number_against(tokens, 0, 2, frozenset({"und"}))
