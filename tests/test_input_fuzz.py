"""Fuzzing `framing analyze` with hostile files (issue 13): random bytes, random nested JSON and
random CSV quoting end with exit code 0 or 2 and never a traceback, and with exit code 0 every
row is either analysed or listed under `skipped`. A CSV with one quote dropped is held to the
first two only: the quotes after it may pair up into other rows than the writer meant."""

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.cli import main

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
WORDS = [
    "Die",
    "Regierung",
    "sagte",
    "„Nein“",
    "Berlin",
    ",",
    ";",
    '"',
    '""',
    "'",
    "\n",
    "\t",
    "=1+1",
    "ä",
    " ",
]
TEXT = st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["text", "outlet", "x"]), inner)
    ),
    max_leaves=8,
)


def analyze(capsys, name: str, data: bytes):
    """``framing analyze`` on one file: exit code, parsed JSON (exit 0) and stderr; an exception
    escaping ``main`` fails the test, as a traceback would."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        code = main(["analyze", str(path)])
        captured = capsys.readouterr()
    assert code in (0, 2), captured.err
    assert "Traceback" not in captured.err
    if code == 2:
        assert captured.err.startswith("framing: error: ") and captured.err.count("\n") == 1
        return code, None, captured.err
    return code, json.loads(captured.out), captured.err


@FAST
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.html", "a.csv", "a.jsonl", "a.json"]))
def test_random_bytes(capsys, data, name):
    code, result, _ = analyze(capsys, name, data)
    if code == 0:
        assert all(item["reason"] for item in result["skipped"])


@FAST
@given(st.lists(JSON_VALUES, max_size=6), st.integers(min_value=1, max_value=3000), st.booleans())
def test_random_nested_json(capsys, values, depth, as_list):
    """JSONL, or one JSON list: a record deeper than the parser reads (from about 1,000 levels on)
    is skipped, every other one analysed or skipped too."""
    records = [json.dumps({"text": "Die Regierung in Berlin hat neue Hilfen beschlossen."})]
    records += [json.dumps(value) for value in values]
    records.append("[" * depth + "]" * depth)
    if as_list:
        code, result, _ = analyze(capsys, "korpus.json", ("[" + ",\n".join(records) + "]").encode())
    else:
        code, result, _ = analyze(capsys, "korpus.jsonl", ("\n".join(records) + "\n").encode())
    assert code == 0
    assert len(result["articles"]) + len(result["skipped"]) == len(records)


@FAST
@given(
    st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=6),
    st.sampled_from([csv.QUOTE_ALL, csv.QUOTE_MINIMAL, csv.QUOTE_NONNUMERIC]),
    st.sampled_from([",", ";", "\t"]),
    st.data(),
)
def test_random_csv_quoting(capsys, rows, quoting, delimiter, data):
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=quoting, delimiter=delimiter)
    writer.writerow(["text", "outlet"])
    writer.writerows(rows)
    text = buffer.getvalue()
    broken = data.draw(st.booleans())
    if broken and '"' in text:  # a quote dropped: a field never closed, or closed early
        quotes = [i for i, char in enumerate(text) if char == '"']
        position = data.draw(st.sampled_from(quotes))
        text = text[:position] + text[position + 1 :]
    code, result, _ = analyze(capsys, "korpus.csv", text.encode())
    if code == 0 and not broken:
        assert len(result["articles"]) + len(result["skipped"]) == len(rows)
