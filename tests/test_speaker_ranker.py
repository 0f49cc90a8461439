"""The learned-speaker-choice benchmark (benchmarks/speaker_ranker.py): the candidates it builds near a
quote from real German sentences, their labels by speakers.py's right-person test, and the
leave-one-set-out evaluation on a small hand-made candidate file (no real-news texts needed)."""

import json

from benchmarks.speaker_ranker import FEATURES, _document, _right_person, candidates_of, evaluate
from benchmarks.speakers import GoldQuote

TEXT = (
    "Die Gesundheitsministerin Petra Köpping besuchte am Montag das Klinikum in Leipzig. "
    "Dort traf sie den Chefarzt Thomas Berger. "
    "„Wir brauchen mehr Personal auf den Stationen“, sagte Berger. "
    "Sie kündigte an, dass das Land zusätzliche Mittel bereitstellen werde."
)


def _quotes():
    doc, context, quotes = _document({"id": "a", "text": TEXT})
    return doc, context, quotes


def _index_of(quotes, fragment: str) -> int:
    start = TEXT.index(fragment)
    return next(i for i, q in enumerate(quotes) if q.start <= start < q.end)


def test_candidates_hold_the_rules_pick_names_and_a_resolved_pronoun():
    doc, context, quotes = _quotes()
    direct = _index_of(quotes, "Wir brauchen")
    rows = candidates_of(doc, context, quotes, direct)
    words = {(row["words"] or TEXT[row["start"] : row["stop"]]): row for row in rows}
    rule = [row for row in rows if row["is_rule"]]
    assert len(rule) == 1 and TEXT[rule[0]["start"] : rule[0]["stop"]] == "Berger"
    assert any("Köpping" in name for name in words)  # named two sentences before
    assert any("Thomas Berger" in name for name in words)  # the name the surname refers to
    # "sie" of "Dort traf sie …" resolved to the minister, at the pronoun's own span
    pronouns = [row for row in rows if row["kind"] == "pronoun"]
    assert pronouns and all("Köpping" in row["words"] for row in pronouns)
    for row in rows:
        assert set(row["features"]) == set(FEATURES)
    assert rule[0]["features"]["after"] == 1 and rule[0]["features"]["verb_before"] == 1


def test_label_is_the_right_person_test_with_the_candidate_as_speaker():
    doc, context, quotes = _quotes()
    direct = _index_of(quotes, "Wir brauchen")
    quote = quotes[direct]
    start = TEXT.index("Berger", TEXT.index("sagte"))
    gold = GoldQuote("a", quote.start, quote.end, "direct", start, start + 6, "Thomas Berger")
    rows = candidates_of(doc, context, quotes, direct)
    right = {TEXT[r["start"] : r["stop"]] for r in rows if _right_person(gold, quote, r, TEXT)}
    wrong = {TEXT[r["start"] : r["stop"]] for r in rows if not _right_person(gold, quote, r, TEXT)}
    assert {"Berger", "Chefarzt Thomas Berger"} <= right
    assert {"Gesundheitsministerin Petra Köpping", "sie"} <= wrong  # "sie" stands for the minister


def _record(split: str, article: str, rule_right: bool, gold_first: bool) -> dict:
    """A quote with two candidates: the rules' pick (the nearer one) and another; the gold person is
    the first when ``gold_first``."""

    def features(is_rule: int, gap: float) -> dict:
        values = dict.fromkeys(FEATURES, 0.0)
        values.update(is_rule=is_rule, log_char_gap=gap, same_name_as_rule=is_rule, rule_has_speaker=1)
        return values

    return {
        "set": split,
        "article": article,
        "found": True,
        "rule_right": rule_right,
        "candidates": [
            {"label": gold_first, "kind": "named", "features": features(1, 1.0)},
            {"label": not gold_first, "kind": "named", "features": features(0, 4.0)},
        ],
    }


def test_evaluate_leaves_each_set_out_and_reports_rules_oracle_and_models(tmp_path):
    rows = []
    for split in ("dev", "dev2", "dev3"):
        for n in range(30):
            right = n % 5 != 0  # the rules' pick is the gold person four times in five
            rows.append(_record(split, f"{split}-{n // 3}", right, right))
        rows.append({"set": split, "article": f"{split}-x", "found": False})  # missed: wrong for all
    path = tmp_path / "candidates.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = evaluate(path, boot=50)
    for split in ("dev", "dev2", "dev3"):
        row = result["leave_one_set_out"][split]
        assert row["quotes"] == 31
        assert abs(row["rules"] - 24 / 31) < 1e-9 and abs(row["oracle"] - 30 / 31) < 1e-9
        assert row["logreg"] <= row["oracle"] and row["hgb"] <= row["oracle"]
        low, high = row["hgb_interval"]
        assert low <= high
