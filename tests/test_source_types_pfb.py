"""The hand-typed speakers of the third party's dev split (benchmarks/source_types_pfb.py): the
file is well formed and a missing clone is a clear message, not a traceback."""

import json

from benchmarks.source_types_pfb import GOLD, main
from framing.sources import SOURCE_TYPES


def test_the_typed_mentions_are_well_formed() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 295
    assert {row["batch"] for row in rows} == {1, 2, 3}
    assert sum(row["batch"] == 3 for row in rows) == 85
    for row in rows:
        assert row["source_type"] in SOURCE_TYPES
        assert row["article"].startswith("wn-") and 0 <= row["speaker_start"] < row["speaker_end"]
        assert len(row["speaker_sha256"]) == 64
        assert "text" not in row and "speaker" not in row  # nothing of the data set's text


def test_a_missing_clone_exits_with_a_message(tmp_path, capsys) -> None:
    assert main(["--git-dir", str(tmp_path / "missing")]) == 2
    assert "clone https://github.com/uhh-lt/german-news-quotation-attribution-2024" in capsys.readouterr().err
