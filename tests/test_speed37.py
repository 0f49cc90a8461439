"""Issue 16, speed round 37 (branch speed37): an interview's labels searched for just before each colon, and a
surname's introduction found without a pattern compiled per name: the same matches as the patterns."""

from __future__ import annotations

import re

import pytest

from framing.measures.sourcing import INTERVIEW_LABEL, _after_words, _interview_labels

INTERVIEW = (
    "Der Kärntner Landeshauptmann Peter Kaiser im Gespräch.\n"
    "STANDARD: Wie geht es weiter? Peter Kaiser: Wir verhandeln.\t Frage:  Bis wann?\n"
    "Kaiser: Bis Mai. Dr. Hans-Peter Müller-Lüdenscheidt: Das sagt er.\n"
    "Fazit: gut. SCHULISCHE NACHMITTAGSBETREUUNG: 13 Prozent, das Ziel:20 Prozent.\n"
    "Ein Beispiel aus Graz: Die Stadt. „Zitat“ Kaiser: Danke. Eins Zwei Drei Vier Fünf: zu lang."
)


def labels(text: str) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group(1)) for match in _interview_labels(text)]


@pytest.mark.parametrize("text", [INTERVIEW, INTERVIEW.replace("\n", " "), INTERVIEW.replace(". ", "."), ""])
def test_the_labels_are_the_patterns_matches(text: str) -> None:
    expected = [(match.start(), match.end(), match.group(1)) for match in INTERVIEW_LABEL.finditer(text)]
    assert labels(text) == expected


def test_the_labels_of_an_interview() -> None:
    names = [name for *_, name in labels(INTERVIEW)]
    # not "Frage" after a tab, "Graz" after a small word, nor a name of five words or its last four
    assert names == [
        "STANDARD",
        "Peter Kaiser",
        "Kaiser",
        "Dr. Hans-Peter Müller-Lüdenscheidt",
        "Fazit",
        "SCHULISCHE NACHMITTAGSBETREUUNG",
        "Kaiser",
    ]


MENTIONS = (
    "Peter Kaiser sagte, Landeshauptmann Kaiser und die Kaisers; Juan-Carlos Kaiser, O’Neil Kaiser "
    "oder aKaiser Kaiser Kaiser-Schmarrn. Ministerin Anna Kaiser_ sowie Bernd Kaiser"
)


@pytest.mark.parametrize("name", ["Kaiser", "Kaiser-", "Kaiser Kaiser", "K", "er", "Schmarrn."])
def test_the_words_before_a_name_are_the_patterns_matches(name: str) -> None:
    pattern = r"([A-ZÄÖÜ][\w'’-]*) " + re.escape(name) + r"\b"
    expected = [(match.start(1), match.end(1), match.end()) for match in re.finditer(pattern, MENTIONS)]
    assert _after_words(MENTIONS, name) == expected


def test_the_words_before_kaiser() -> None:
    assert [MENTIONS[start:end] for start, end, _ in _after_words(MENTIONS, "Kaiser")] == [
        "Peter",
        "Landeshauptmann",
        "Juan-Carlos",
        "O’Neil",
        "Kaiser",  # "aKaiser Kaiser": from the capital on, the "Kaiser" after it then part of this match
        "Bernd",
    ]
