"""Issue 16, speed round 44 (branch speed44): tone's quoted words counted by a loop that adds to the
column itself, not by a ``Tally.add`` call a word; the same statistics, in the same order."""

from __future__ import annotations

from itertools import compress

from framing.measures import tone
from framing.measures.additive import Tally
from framing.measures.voice import quoted_mask
from framing.pipeline import analyze_text

TEXT = (
    "„Wir lassen niemanden allein“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin. Die Opposition "
    "kritisierte, die Regierung habe zu spät gehandelt. Laut dem Statistischen Bundesamt stiegen die "
    "Preise im Mai um 2,4 Prozent. CDU-Chef Friedrich Merz sprach von einem „Versagen der Ampel“. "
    "Die Gewerkschaft Verdi warnte: „Viele Beschäftigte können ihre Mieten bald nicht mehr bezahlen.“"
)


def _by_add(doc) -> dict[str, list[float]]:
    """The quoted words as before the round: one ``Tally.add`` per quoted word."""
    tally = Tally(doc)
    for token in compress(doc.tokens, quoted_mask(doc)):
        if token.kind != "punct":
            tally.add("tone.quoted_words", token.sentence)
    return tally.stats


def test_tone_s_quoted_words_are_counted_as_by_one_add_each() -> None:
    doc = analyze_text(TEXT)
    stats = tone.sentence_stats(doc, [span for span in doc.spans if span.layer == "tone"])
    assert stats["tone.quoted_words"] == _by_add(doc)["tone.quoted_words"]
    # „Wir lassen niemanden allein“ (4), „Versagen der Ampel“ (3), „Viele … bezahlen.“ (9)
    assert stats["tone.quoted_words"] == [4.0, 0.0, 0.0, 3.0, 9.0]
    # the shared statistics first, then the quoted words, then the scores, as before
    names = list(stats)
    assert names[: names.index("tone.quoted_words")] == [
        "sentences",
        "word_tokens",
        "number_tokens",
        "characters",
        "quoted_characters",
    ]


def test_tone_without_quoted_words_has_no_column() -> None:
    doc = analyze_text("Die Preise stiegen im Mai deutlich. Die Regierung reagierte spät.")
    stats = tone.sentence_stats(doc, [])
    assert "tone.quoted_words" not in stats
    assert _by_add(doc) == {}


def test_quoted_numbers_count_and_marks_do_not() -> None:
    doc = analyze_text("Er sagte: „Es sind 2,4 Prozent – nicht mehr!“ Dann ging er.")
    stats = tone.sentence_stats(doc, [])
    assert stats["tone.quoted_words"] == _by_add(doc)["tone.quoted_words"]
    assert stats["tone.quoted_words"][0] == 6.0  # Es sind 2,4 Prozent nicht mehr (no "–", no "!")


def test_no_call_a_quoted_word(monkeypatch) -> None:
    """The round's point: the quoted words cost no ``Tally.add`` call each (fails before the round)."""
    doc = analyze_text(TEXT)
    calls = []
    original = Tally.add

    def counted(self, name, cell, amount=1.0):
        calls.append(name)
        return original(self, name, cell, amount)

    monkeypatch.setattr(Tally, "add", counted)
    stats = tone.sentence_stats(doc, [])
    assert "tone.quoted_words" not in calls
    assert stats["tone.quoted_words"] == [4.0, 0.0, 0.0, 3.0, 9.0]
