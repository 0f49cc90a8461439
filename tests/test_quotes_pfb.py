"""The third-party speaker benchmark (benchmarks/quotes_pfb.py): annotations in the data set's JSON
shape become gold rows, and a speaker mention names its person, without the data set itself."""

from collections import Counter

import pytest

from benchmarks.quotes_pfb import exact_by_our_convention, gold_rows, mention_person, our_convention
from benchmarks.speakers import GoldQuote, Outcome, evaluate, predict, summarize

TEXT = (
    "Der Vorsitzende des Bauverbands, Michael Knipper, kritisierte die Entscheidung scharf. "
    "„Das ist ein schwerer Fehler“, sagte Knipper. Die Regierung habe versagt, erklärte er. "
    "Auch die Opposition kritisierte den Beschluss."
)


def annotation(kind: str, quote: str, speaker: str | None, occurrence: int = 0) -> dict:
    def spans(fragment: str | None, nth: int = 0) -> dict:
        if fragment is None:
            return {"spans": [], "text": ""}
        start = -1
        for _ in range(nth + 1):
            start = TEXT.index(fragment, start + 1)
        return {"spans": [{"charBegin": start, "charEnd": start + len(fragment)}], "text": fragment}

    return {"type": kind, "quote": spans(quote), "speaker": spans(speaker, occurrence)}


DOCUMENT = {
    "originalText": TEXT,
    "documentName": "1 - Bauverband (2024-01-01)",
    "annotations": [
        annotation("Direct", "Das ist ein schwerer Fehler", "Knipper", 1),
        annotation("Indirect", "Die Regierung habe versagt", "er", 11),  # "erklärte er", not "Der"
        annotation("Reported", "den Beschluss", "Auch die Opposition"),
        annotation("Indirect", "Die Regierung habe versagt", None),
    ],
}


@pytest.mark.parametrize(
    ("mention", "person"),
    [
        ("der Vorsitzende des Bundestags-Innenausschusses, Sebastian Edathy (SPD)", "Sebastian Edathy"),
        (
            "der Gewerkschaftsfunktionär Bernard Aubin von der CFTC",
            "der Gewerkschaftsfunktionär Bernard Aubin",
        ),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("Sprecher der Polizei", "Sprecher"),
        ("er", "er"),
    ],
)
def test_a_mention_names_its_person_by_its_last_word(mention, person):
    assert mention_person(mention) == person


def test_annotations_become_gold_rows_and_the_rest_is_counted():
    skipped: Counter[str] = Counter()
    rows = gold_rows("wn-1", DOCUMENT, skipped)
    assert [(row.kind, row.person, row.outlet) for row in rows] == [
        ("direct", "Knipper", "Direct"),
        ("indirect", "er", "Indirect"),
    ]
    assert skipped == {"type Reported": 1, "no speaker annotated": 1}


def test_framing_finds_both_speakers_of_the_example():
    rows = gold_rows("wn-1", DOCUMENT, Counter())
    records = {"wn-1": {"text": TEXT}}
    outcomes = evaluate(rows, predict(records, records), {"wn-1": TEXT})
    assert [(o.found, o.right_person) for o in outcomes] == [(True, True), (True, True)]
    assert summarize(outcomes)["all"]["right_person"] == 1.0


@pytest.mark.parametrize(
    ("mention", "ours"),
    [  # the data set's mention → the span our gold convention gives it (benchmarks/gold/README.md)
        ("Angaben der Staatsanwaltschaft Krefeld", "der Staatsanwaltschaft Krefeld"),
        ("einem achtseitigen Bericht des Angestellten", "des Angestellten"),
        ("Einschätzung von Experten", "Experten"),
        ("Meinung politischer Beobachter", "politischer Beobachter"),
        (
            "Der deutsche Wirtschaftsminister Rainer Brüderle (FDP)",
            "Der deutsche Wirtschaftsminister Rainer Brüderle",
        ),
        ("Der Sprecher des Welternährungsprogramms, Tomson Phiri", "Tomson Phiri"),
        ("Celebi, die Anwältin der Frau", "Celebi"),
        ("Angaben des Sprechers des bayerischen Umweltministeriums, Roland Eichhorn", "Roland Eichhorn"),
        ("John Sifton von Human Rights Watch", "John Sifton"),
        ("der Iranexperte Karim Sadjadpour vom Carnegie-Institut", "der Iranexperte Karim Sadjadpour"),
        ("Aus Paris", "Paris"),
        # left as annotated: a role without a name keeps its attribute, a possessive its noun, and an
        # organisation set off by commas after a role is no person's name
        ("der Konzernchef von FACC", "der Konzernchef von FACC"),
        ("die Vereinsleitung von Borussia Dortmund", "die Vereinsleitung von Borussia Dortmund"),
        ("ihrer Meinung", "ihrer Meinung"),
        (
            "ein Vertreter des Mutterkonzern von Airbus, EADS",
            "ein Vertreter des Mutterkonzern von Airbus, EADS",
        ),
        ("er", "er"),
    ],
)
def test_a_mention_is_cut_to_our_span_convention(mention, ours):
    start, end = our_convention(mention, 0, len(mention))
    assert mention[start:end] == ours


def test_the_exact_span_by_our_convention_still_needs_the_right_person_and_span():
    text = "Nach Angaben der Polizei Krefeld sei der Mann geflohen."
    gold = GoldQuote("wn-1", 25, 54, "indirect", speaker_start=5, speaker_end=32, person="Polizei Krefeld")
    right = Outcome(gold, found=True, right_person=True, predicted_span=(17, 32))  # "Polizei Krefeld"
    short = Outcome(gold, found=True, right_person=True, predicted_span=(17, 24))  # "Polizei"
    assert exact_by_our_convention(right, text)
    assert not exact_by_our_convention(short, text)
    assert not exact_by_our_convention(Outcome(gold, found=True, predicted_span=(17, 32)), text)
