"""The source-type benchmark's per-speaker figure (benchmarks/source_types.py): each gold speaker of an
article counted once, so that one speaker quoted twenty times does not decide a set's figure, and how
many of the wrong quotes the three speakers with most wrong types hold."""

from benchmarks.source_types import evaluate, per_speaker, speaker_interval


def row(article: str, person: str, gold: str, predicted: str) -> dict[str, object]:
    return {"article": article, "person": person, "gold": gold, "predicted": predicted}


def test_a_speaker_quoted_often_counts_once() -> None:
    rows = [row("a", "Streeck", "government", "parliament")] * 8 + [
        row("a", "Lang", "parliament", "parliament"),
        row("b", "Lang", "parliament", "other"),  # the same name in another article is another speaker
        row("b", "Weber", "expert", "expert"),
    ]
    right, heaviest = per_speaker(rows)
    assert right == {("a", "Streeck"): False, ("a", "Lang"): True, ("b", "Lang"): False, ("b", "Weber"): True}
    assert heaviest == "9/9"


def test_a_speaker_is_right_when_most_of_its_quotes_are() -> None:
    rows = [row("a", "Kramer", "government", "government")] * 2 + [row("a", "Kramer", "government", "other")]
    assert per_speaker(rows) == ({("a", "Kramer"): True}, "1/1")


def quote(speaker: str, person: str, source_type: str) -> dict[str, str]:
    return {"article": "a", "speaker": speaker, "person": person, "source_type": source_type}


def test_the_benchmark_reports_the_per_speaker_figure_beside_the_quote_level_one() -> None:
    text = (
        "Innenministerin Nancy Faeser sagte: „Wir handeln.“ Faeser sagte: „Wir handeln jetzt.“ "
        "Der Bäcker Jan Brot sagte: „Das ist gut.“"
    )
    quotes = [
        quote("Innenministerin Nancy Faeser", "Nancy Faeser", "government"),
        quote("Faeser", "Nancy Faeser", "government"),
        quote("Bäcker Jan Brot", "Jan Brot", "business"),
    ]
    result = evaluate(quotes, {"a": text})
    assert (result["speakers"], result["per_speaker"]) == (2, 1.0)
    assert result["with_article"] == 1.0 and result["wrong_on_heaviest_three"] == "0/0"


def test_the_interval_resamples_speakers_not_quotes() -> None:
    # one speaker quoted 20 times, all wrong, and 20 speakers quoted once, all right: 50 % of quotes; by
    # speakers the heavy one is drawn 0, 1, 2 … times, so the figure swings far more than 40 quotes would
    rows = [row("a", "Streeck", "government", "parliament")] * 20 + [
        row("a", f"Person {n}", "expert", "expert") for n in range(20)
    ]
    low, high = speaker_interval(rows)
    assert low < 0.3 and high == 1.0  # resampling the 40 quotes would give about 35–65 %
    assert speaker_interval([row("a", "Weber", "expert", "expert")] * 5) == (1.0, 1.0)
    assert speaker_interval([]) == (0.0, 0.0)


def test_a_possessive_gold_speaker_is_typed_by_the_fuller_mention_of_the_same_person() -> None:
    text = "Bundeskanzler Olaf Scholz sagte: „Wir handeln.“ Sein Urteil: „Das reicht nicht.“"
    quotes = [
        quote("Bundeskanzler Olaf Scholz", "Olaf Scholz", "government"),
        quote("Sein", "Olaf Scholz", "government"),
    ]
    assert evaluate(quotes, {"a": text})["with_article"] == 1.0  # "Sein" alone would read "Urteil": a court
