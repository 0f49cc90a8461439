"""The no-cue benchmark of source types round 22 (benchmarks/source_types_fallback.py): which speakers
count as having no cue, what the features read beside a speaker, and that no held-out set is read."""

from benchmarks.source_types_fallback import SETS, features, leave_one_set_out, main, no_cue


def _row(
    speaker: str, text: str, predicted: str = "other", cue: str | None = None, gold: str = "other"
) -> dict:
    return {
        "article": "a",
        "speaker": speaker,
        "text": text,
        "predicted": predicted,
        "cue": cue,
        "gold": gold,
    }


def test_no_cue_is_decided_by_the_rules_evidence_not_the_gold() -> None:
    text = "„Wir bleiben“, sagte Benjamin Näßler."
    assert no_cue(_row("Benjamin Näßler", text, gold="citizen"))
    assert not no_cue(_row("der 24-Jährige", text, cue="24-Jährige"))  # other, but from a cue
    assert not no_cue(_row("Polizeisprecher Jens Kahl", text, predicted="authority", cue="Polizeisprecher"))


def test_an_age_and_a_home_town_beside_the_first_mention() -> None:
    text = "Lisa Maier (34) aus Celle wartet seit Stunden. „Das ist eine Zumutung“, sagt Maier."
    found = features(_row("Lisa Maier", text), [])
    assert found["age"] == 1.0 and found["capitalised"] == 1.0 and found["words=2"] == 1.0
    assert found["home_town"] == 0.0  # the age stands between the name and "aus"
    text = "Jürgen Braun, 61, aus Hameln sagte: „Ich komme jedes Jahr.“"
    found = features(_row("Jürgen Braun", text), [])
    assert found["age"] == 1.0
    assert features(_row("Jürgen Braun", "Jürgen Braun aus Hameln sagte, er komme."), [])["home_town"] == 1.0


def test_an_acronym_and_the_types_of_the_articles_other_speakers() -> None:
    text = "Die FN nimmt dazu wie folgt Stellung. Der Zuchtleiter Klaus Miesner sagte, man prüfe den Fall."
    others = [_row("Zuchtleiter Klaus Miesner", text, "civil_society", "Zuchtleiter"), _row("FN", text)]
    found = features(_row("FN", text), others)
    assert found["acronym"] == 1.0 and found["article_civil_society"] == 1.0
    assert "alone_in_article" in found and found["alone_in_article"] == 0.0


def test_the_sets_are_tunable_ones_only() -> None:
    assert not {"test", "test2", "test3", "dev9"} & set(SETS)


def test_leaving_a_set_out_counts_its_no_cue_speakers_against_other() -> None:
    text = "„Wir prüfen das“, teilte das Ministerium mit. Der Palast erklärte, man prüfe."
    government = _row("Ministerium", text, "government", "Ministerium", "government")
    sets = {
        "a": [government, _row("Palast", text, gold="government")],
        "b": [government, _row("Palast", text, gold="government"), _row("Jesus", "sagt Jesus", gold="other")],
    }
    (left, count, current, net, _, _), *_ = leave_one_set_out(sets, threshold=1.01)
    assert (left, count, current, net) == ("a", 1, 0, 0)  # above every confidence: all stay other


def test_a_missing_clone_exits_with_a_message(tmp_path, capsys) -> None:
    assert main(["--git-dir", str(tmp_path / "missing")]) == 2
    assert "clone https://github.com/uhh-lt/german-news-quotation-attribution-2024" in capsys.readouterr().err
