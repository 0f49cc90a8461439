"""Who speaks, forty-second speaker round (docs/accuracy.md, "speaker round 42"): frames of saying the
finder did not read, from the verbs-and-frames class of the eleventh dev set (benchmarks/gold/README.md,
"dev11's error classes"). (1) A verb of saying in a relative clause before a colon: the relative pronoun
as the subject stands for the inquit's speaker before it ("„…“, schmunzelte Blanik, die … berichtete:
„…“"); a pronoun as the object leaves the subject inside the clause ("…, den Granit Xhaka
zusammenfasste: „…“"). Real German sentences in (dev11's Kleine Zeitung and Luxemburger Wort articles, the
public 10kGNAD articles of benchmarks' gnad1000), the speakers out; each fails without its rule, the
guards without their exclusion."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Die Älteren haben sich scheinbar entschieden, lieber auszuschlafen“, schmunzelte Blanik, die "
            "ansonsten von einem ruhigen Vormittag berichtete: „Wo nur so wenig Kinder in den Schulen waren, "
            "ist es meinen Informationen nach entspannt zugegangen.“",
            [
                ("direct", "Die Älteren haben", "Blanik", "Blanik"),
                ("direct", "Wo nur so", "Blanik", "Blanik"),
            ],
            id="dev11: the relative pronoun after an inquit stands for its speaker",
        ),
        pytest.param(
            "Das hatte sie schon nach dem Präzedenzfall getan. Das schmälerte den Schweizer Frust aber "
            "nicht, den Granit Xhaka zusammenfasste: „Der Platzverweis hat uns getötet.“",
            [("direct", "Der Platzverweis hat", "Granit Xhaka", "Granit Xhaka")],
            id="dev11: the relative pronoun as the object, the subject inside the clause",
        ),
    ],
)
def test_relative_clause_before_colon(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert speakers(text) == expected


def test_relative_pronoun_of_a_thing_is_no_speaker() -> None:
    """gnad1000: a law a relative clause is about does not speak the Konjunktiv after it (reading any
    phrase before the relative pronoun as a person took it)."""
    text = (
        "Wien – Ein Aushöhlen der Grundrechte befürchten die österreichischen Rechtsanwälte. Aktueller "
        "Anlass zur Sorge ist das polizeiliche Staatsschutzgesetz, das den Verfassungsschützern mehr "
        "Werkzeuge in die Hand gibt, unbescholtene Bürger zu bewachen. Die rot-schwarze Koalition baue "
        "ein dichtes Spitzelnetz in ganz Österreich auf, warnt Rupert Wolff, Präsident des "
        "Österreichischen Rechtsanwaltskammertages (ÖRAK)."
    )
    assert all(found[2] != "das" for found in speakers(text))


def test_second_verb_shares_the_inquits_subject() -> None:
    """dev11 (Luxemburger Wort): "und behauptete: „…“" after an inquit whose verb no list holds
    ("ereiferte sich der Coach") has that inquit's subject."""
    text = (
        "„Das ist eine Regel, die für mich mit Fußball nichts zu tun hat“, ereiferte sich der Coach der "
        "„Nati“ nach dem 1:3 nach Verlängerung gegen Lionel Messi und Co. und behauptete: „Wir sind für "
        "einen Fehler des Schiedsrichters bestraft worden.“"
    )
    assert speakers(text) == [
        ("direct", "Das ist eine", "Coach", "Coach"),
        ("direct", "Wir sind für", "Coach", "Coach"),
    ]


def test_modal_shares_its_subject_across_an_enumeration() -> None:
    """dev11 (WELT): "wollen die Familienunternehmen, darunter …, vor den Wahlen in Thüringen, Sachsen und
    Brandenburg die Wichtigkeit einer „…“ unterstreichen und betonen …, dass es „…“": the commas of the
    apposition and the enumeration cut the infinitives off from the modal and its subject."""
    text = (
        "Mit ihrer Kampagne wollen die Familienunternehmen, darunter unter anderen Miele, Schüco, B.Braun, "
        "Rossmann und Trigema, vor den Wahlen in Thüringen, Sachsen und Brandenburg die Wichtigkeit einer "
        "„pluralistischen, offenen, europäisch orientierten Gesellschaft“ unterstreichen und betonen "
        "explizit mit Bezug auf die Herkunft von Menschen, dass es „gerade diese Vielfalt ist, die über den "
        "wirtschaftlichen Erfolg deutscher Familienunternehmen entscheidet“."
    )
    assert speakers(text) == [
        ("partial", "pluralistischen, offenen, europäisch", "Familienunternehmen", "Familienunternehmen"),
        ("partial", "gerade diese Vielfalt", "Familienunternehmen", "Familienunternehmen"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bei weiteren Nachfragen wird K. wortkarg, will uns einen Termin „nächste Woche“ anbieten, bei "
            "dem man vor Ort mit dem Verband reden könne.",
            id="dev: a relative clause with its own finite verb",
        ),
        pytest.param(
            "In Österreich werden Lohnsteuersenkung und Wohnbauoffensive das Wachstum ankurbeln, aber auch "
            "wir müssen noch mehr tun – etwa indem wir den Gemeinden durch Umverteilung im Budget mehr Luft "
            "geben, um Geld in den Schulbau und andere Investitionen zu stecken. Das würde rasch Wirkung "
            "zeigen.",
            id="gnad1000: a clause with its own modal and subject",
        ),
    ],
)
def test_modal_subject_not_across_a_clause_of_its_own(text: str) -> None:
    """No speaker from the modal of another clause (without the guard: "K", "Lohnsteuersenkung und
    Wohnbauoffensive")."""
    assert speakers(text) == []
