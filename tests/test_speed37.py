"""Issue 16, speed round 37 (branch speed37): an interview's labels searched for just before each colon, and a
surname's introduction found without a pattern compiled per name: the same matches as the patterns; German
syllables counted by a loop over the letters (compiled) as by the vowel groups' pattern (pure Python), the
word forms read from the token keys (compiled) as lower-cased (pure Python), the tokens of the words the
rules look for by a loop (compiled) as by ``compress`` (pure Python); the JSON check reads a dict's values
only, orjson refusing a key that is not a string."""

from __future__ import annotations

import json
import re
import subprocess
import sys

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


SYLLABLES = {
    "Regierung": 3,
    "Sanktionen": 3,  # "-tion" one syllable
    "Diskussion": 3,
    "Bauausstellung": 3,  # "aua": the pair "au", its last vowel not counted again
    "Theater": 3,  # "ea": no pair
    "Beamtin": 3,
    "Kooperation": 4,  # "oo" a pair
    "Mäuse": 2,
    "Schreie": 1,  # "eie": "ei" a pair, the group's last vowel not counted again
    "Poesie": 3,
    "Aaaa": 1,
    "BRD": 1,  # at least one
    "": 1,
}

WORD_FORMS = ["die", "regierung", "plant", "neue", "sanktionen", "sagte", "kanzler", "olaf", "scholz", "wir"]
WORD_FORMS += ["helfen"]

# The compiled build's forms, run in pure Python: ``in_pure_python`` made a no-op before the module loads
COMPILED_FORMS = """
import sys
from framing import memo
memo.in_pure_python = lambda namespace, function, pure: None
from framing.measures import readability
assert readability.syllables.__name__ == "syllables"
print([readability.syllables(word) for word in sys.argv[1:]])
assert readability._word_forms.__name__ == "_word_forms"
from framing.pipeline import doc_from_text
doc = doc_from_text("Die Regierung plant neue Sanktionen. 2024 sagte Kanzler Olaf Scholz: „Wir helfen.“")
texts, _ = readability._word_texts_and_cells(doc)
print(readability._word_forms(doc, texts))
from framing.measures import sourcing
assert sourcing._indexes_by_text.__name__ == "_indexes_by_text"
print(sourcing._indexes_by_text(doc, {"sagte", "Scholz", "helfen", "Die", "2024", "„", "Kanzlerin"}))
"""


def test_the_compiled_forms_give_what_the_pure_forms_give() -> None:
    from framing.measures.readability import _syllables_by_groups

    words = list(SYLLABLES)
    done = subprocess.run(
        [sys.executable, "-c", COMPILED_FORMS, *words], capture_output=True, text=True, check=True
    )
    counts, forms, indexes = done.stdout.splitlines()
    assert counts == repr(list(SYLLABLES.values()))
    assert [_syllables_by_groups(word) for word in words] == list(SYLLABLES.values())
    assert forms == repr(WORD_FORMS)  # not "2024", nor the punctuation
    from framing.measures import sourcing
    from framing.pipeline import doc_from_text

    doc = doc_from_text("Die Regierung plant neue Sanktionen. 2024 sagte Kanzler Olaf Scholz: „Wir helfen.“")
    words = {"sagte", "Scholz", "helfen", "Die", "2024", "„", "Kanzlerin"}
    assert indexes == repr(sourcing._indexes_by_map(doc, words))
    assert indexes == "{'Die': [0], '2024': [6], 'sagte': [7], 'Scholz': [10], '„': [12], 'helfen': [14]}"


@pytest.mark.parametrize("key", [1, True, None, 2.5])
def test_a_key_that_is_no_string_is_written_as_json_dumps_writes_it(key) -> None:
    from framing import output

    record = {"metadata": {key: "Kärnten"}, "quotes": [{"speaker": "Peter Kaiser"}]}
    with pytest.raises(TypeError):  # orjson refuses it, so the walk reads no key
        output.orjson.dumps(record, option=output._ORJSON_OPTIONS)
    assert output._walk(record, 0) == output._PLAIN
    for newline in ("\n", "\n    "):
        expected = json.dumps(record, ensure_ascii=False, indent=2, default=str).replace("\n", newline)
        assert output._indented(record, newline).decode() == expected
