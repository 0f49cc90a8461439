"""The second typing of gold speakers (benchmarks/agreement_types.py, source_types.py --types): checked on the
dev gold with a small second file written by hand for it; no held-out gold is read here."""

import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import agreement_types
from benchmarks.source_types import evaluate

BORDER, ZUSAGE = "tf-handelsblatt-com-grenzschliessungen", "tf-correctiv-org-zusage"
# by hand, for the dev gold: one speaker as the gold types it, one sure and one unsure otherwise, one
# with the gold's party, and a key the dev gold does not have
SECOND_DEV = [
    {"key": f"dev|{BORDER}|Tobias Hans", "source_type": "government", "party": None, "confidence": "sure"},
    {
        "key": f"dev|{BORDER}|Stéphane Mazzucotelli",
        "source_type": "citizen",
        "party": None,
        "confidence": "unsure",
    },
    {
        "key": f"dev|{BORDER}|Christophe Arend",
        "source_type": "parliament",
        "party": "La République en Marche",
        "confidence": "sure",
    },
    {"key": f"dev|{ZUSAGE}|Andreas Keith", "source_type": "government", "party": "AfD", "confidence": "sure"},
    {"key": "dev|tf-nowhere|Niemand", "source_type": "other", "party": None, "confidence": "sure"},
]


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def dev_gold() -> list[dict]:
    with (agreement_types.GOLD_DIR / "quotes_dev.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_a_speaker_is_keyed_by_split_article_and_gold_person():
    quote = {"article": BORDER, "speaker": "Er", "person": "Stéphane Mazzucotelli"}
    assert agreement_types.speaker_key("dev", quote) == f"dev|{BORDER}|Stéphane Mazzucotelli"


def test_the_second_file_is_checked_line_by_line(tmp_path):
    assert len(agreement_types.load_types(write(tmp_path / "ok.jsonl", SECOND_DEV))) == 5
    with pytest.raises(ValueError, match="unknown type"):
        agreement_types.load_types(
            write(tmp_path / "t.jsonl", [{**SECOND_DEV[0], "source_type": "politics"}])
        )
    with pytest.raises(ValueError, match="again"):
        agreement_types.load_types(write(tmp_path / "twice.jsonl", SECOND_DEV[:1] * 2))
    with pytest.raises(ValueError, match="confidence"):
        agreement_types.load_types(write(tmp_path / "c.jsonl", [{**SECOND_DEV[0], "confidence": "maybe"}]))


def test_the_dev_gold_retyped_keeps_its_speakers_and_takes_the_second_types(tmp_path):
    types = agreement_types.load_types(write(tmp_path / "second.jsonl", SECOND_DEV))
    gold = dev_gold()
    quotes, dropped = agreement_types.retyped(gold, "dev", types)
    assert len(quotes) == len(gold)
    typed = [q for q in quotes if q["source_type"]]
    assert Counter((q["person"], q["source_type"]) for q in typed) == {
        ("Tobias Hans", "government"): 3,
        ("Stéphane Mazzucotelli", "citizen"): 6,  # the gold has media: the second file's type is scored
        ("Christophe Arend", "parliament"): 1,
        ("Andreas Keith", "government"): 4,
    }
    assert dropped == sum(1 for q in gold if q["source_type"]) - 14
    # speaker spans, quotes and kinds are the gold's
    for mine, theirs in zip(quotes, gold, strict=True):
        assert {k: v for k, v in mine.items() if k not in ("source_type", "party")} == {
            k: v for k, v in theirs.items() if k not in ("source_type", "party")
        }


def test_the_benchmark_scores_against_the_second_types():
    text = "Innenministerin Nancy Faeser sagte: „Wir handeln.“ Der Bäcker Jan Brot sagte: „Das ist gut.“"
    gold = [
        {
            "article": "a",
            "speaker": "Innenministerin Nancy Faeser",
            "person": "Nancy Faeser",
            "source_type": "government",
        },
        {"article": "a", "speaker": "Bäcker Jan Brot", "person": "Jan Brot", "source_type": "business"},
    ]
    assert evaluate(gold, {"a": text})["with_article"] == 1.0
    second = {
        "dev|a|Nancy Faeser": {"key": "dev|a|Nancy Faeser", "source_type": "parliament", "party": "SPD"}
    }
    quotes, dropped = agreement_types.retyped(gold, "dev", second)
    result = evaluate(quotes, {"a": text})
    assert (result["quotes"], result["with_article"], dropped) == (1, 0.0, 1)  # Brot left out, Faeser wrong


def test_agreement_on_the_dev_gold_per_speaker_per_quote_and_by_confidence(tmp_path):
    types = agreement_types.load_types(write(tmp_path / "second.jsonl", SECOND_DEV))
    both, missing, unknown = agreement_types.speakers({"dev": dev_gold()}, types)
    typed_speakers = {(q["article"], q["person"]) for q in dev_gold() if q["source_type"]}
    assert len(both) == 4 and len(missing) == len(typed_speakers) - 4
    assert unknown == ["dev|tf-nowhere|Niemand"]
    summary = agreement_types.compare(both, ["dev"])
    assert list(summary) == ["dev", "dev sure", "dev unsure", "all", "all sure", "all unsure"]
    dev = summary["dev"]
    assert (dev["speakers"], dev["speaker_same"], dev["quotes"], dev["quote_same"]) == (4, 0.5, 14, 4 / 14)
    # gold government 1, media 1, parliament 2; second government 2, citizen 1, parliament 1: chance 4/16
    assert dev["speaker_kappa"] == pytest.approx((0.5 - 0.25) / 0.75)
    assert dev["party"] == "2/2"
    assert (summary["dev sure"]["speakers"], summary["dev sure"]["speaker_same"]) == (3, 2 / 3)
    assert (summary["dev unsure"]["speakers"], summary["dev unsure"]["quote_same"]) == (1, 0.0)
    counts = agreement_types.confusion(both)
    assert counts == {
        ("government", "government"): 1,
        ("media", "citizen"): 1,
        ("parliament", "parliament"): 1,
        ("parliament", "government"): 1,
    }
    lines = agreement_types.table(counts).splitlines()
    assert lines[0].split()[3:] == ["govern", "parlia", "citize", "media"]
    assert lines[2].split() == ["parliament", "1", "1", ".", "."]


def test_the_script_opens_only_the_gold_of_the_splits_it_is_given(tmp_path, monkeypatch, capsys):
    opened = []
    real = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self.name) or real(self, *a, **k))
    second = write(tmp_path / "second.jsonl", SECOND_DEV)
    assert agreement_types.main(["--second", str(second), "--splits", "dev", "--details"]) == 0
    assert [name for name in opened if name.startswith("quotes_")] == ["quotes_dev.jsonl"]
    out = capsys.readouterr().out
    assert f"dev|{ZUSAGE}|Andreas Keith: gold parliament ×4 | second government (sure)" in out
    assert "not in the gold: dev|tf-nowhere|Niemand" in out
    assert agreement_types.HELD_OUT == ("test", "test2", "test3")  # the default, which the lead runs


def test_the_committed_held_out_typing_covers_199_speakers_and_holds_no_text():
    rows = [json.loads(line) for line in agreement_types.SECOND.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len({row["key"] for row in rows}) == 199
    assert Counter(row["key"].split("|", 1)[0] for row in rows) == {"test": 46, "test2": 53, "test3": 100}
    assert all(set(row) == {"key", "source_type", "party", "confidence"} for row in rows)
    assert len(agreement_types.load_types(agreement_types.SECOND)) == 199
