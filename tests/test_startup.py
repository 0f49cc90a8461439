"""Start-up and streaming of `framing analyze`: simplemma's dictionary from a prebuilt copy, and
memory that does not grow with the number of articles."""

from __future__ import annotations

import csv
import io
import json
import math
import subprocess
import sys
from enum import IntEnum
from pathlib import Path

import pytest

from framing import lemma_cache
from framing.model import Skipped, Span
from framing.output import SCHEMA_VERSION, _indented, article_record, to_csv, to_json
from framing.pipeline import Analysis, doc_from_text
from framing.segment import lemmatize


def test_the_dictionary_copy_is_written_once_then_read_and_a_broken_copy_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv(lemma_cache.ENVIRONMENT, str(tmp_path / "cache"))
    source = tmp_path / "de.plzma"
    source.write_bytes(b"compressed")
    decoded = []

    def decode(language: str) -> dict[bytes, bytes]:
        decoded.append(language)
        return {"Häuser".encode(): b"Haus", b"gesagt": b"sagen"}

    load = lemma_cache.cached(decode, lambda language: source, "2.0.0")
    assert load("de") == {"Häuser".encode(): b"Haus", b"gesagt": b"sagen"}
    assert load("de") == {"Häuser".encode(): b"Haus", b"gesagt": b"sagen"}
    assert decoded == ["de"]  # the second process reads the copy
    [copy] = (tmp_path / "cache").glob("simplemma-2.0.0-de-*.marshal")
    copy.write_bytes(b"\x00 not marshal")
    assert load("de")[b"gesagt"] == b"sagen"
    assert decoded == ["de", "de"]
    upgraded = lemma_cache.cached(decode, lambda language: source, "2.1.0")
    assert upgraded("de")[b"gesagt"] == b"sagen"
    assert [path.name.split("-")[1] for path in (tmp_path / "cache").glob("*.marshal")] == ["2.1.0"]


def test_no_copy_when_the_cache_is_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv(lemma_cache.ENVIRONMENT, "0")
    monkeypatch.chdir(tmp_path)
    assert lemma_cache.cache_dir() is None
    load = lemma_cache.cached(lambda language: {b"Staaten": b"Staat"}, lambda language: tmp_path, "2.0.0")
    assert load("de") == {b"Staaten": b"Staat"}
    assert list(tmp_path.iterdir()) == []


def test_a_cached_loader_made_elsewhere_leaves_the_german_lookups_alone(tmp_path, monkeypatch):
    """Only the loader ``install`` puts into simplemma feeds the German look-ups: a ``cached`` loader
    of a made-up dictionary (as above) does not replace what "die" and "Häuser" are."""
    monkeypatch.setenv(lemma_cache.ENVIRONMENT, "0")
    assert lemma_cache.is_known_de("die")
    made_up = lemma_cache.cached(lambda language: {b"Staaten": b"Staat"}, lambda language: tmp_path, "2.0.0")
    assert made_up("de") == {b"Staaten": b"Staat"}
    assert lemma_cache.is_known_de("die") and not lemma_cache.is_known_de("xqzvb")
    assert lemma_cache.lemma_de("Häuser") == "Haus"


def test_lemmas_come_from_simplemmas_dictionary():
    assert lemmatize("Häuser") == "Haus"
    assert lemmatize("gesagt") == "sagen"


def test_streamed_json_and_csv_are_the_texts_of_the_whole_analysis():
    text = (
        "Die Regierung in Berlin hat neue Hilfen angekündigt. „Wir lassen niemanden allein“, sagte "
        "Kanzler Olaf Scholz. Kritiker sprechen von einem Skandal."
    )
    docs = [doc_from_text(text), doc_from_text("Laut dpa stiegen die Preise um 7,9 Prozent.")]
    analysis = Analysis(docs=docs, skipped=[Skipped("leer.txt", "no text")])
    expected = {
        "schema_version": SCHEMA_VERSION,
        "articles": [article_record(doc) for doc in docs],
        "skipped": [{"source": "leer.txt", "reason": "no text"}],
    }
    assert to_json(analysis) == json.dumps(expected, ensure_ascii=False, indent=2, default=str)
    assert to_json(Analysis()) == json.dumps(
        {"schema_version": SCHEMA_VERSION, "articles": [], "skipped": []}, indent=2
    )
    rows = list(csv.DictReader(io.StringIO(to_csv(analysis))))
    assert [row["words"] for row in rows] == ["21", "8"]
    assert rows[0]["tone.actor_sentences.scholz"] == "1.0" and rows[1]["tone.actor_sentences.scholz"] == ""


@pytest.mark.parametrize(
    "value",
    [
        {"a": [], "b": {}, "c": [1.5, -0.0, 1e16, math.nan, -math.inf]},
        {1: True, None: 'ä\n"', 2.5: (1, 2)},
        # flat dicts and lists (written by the C encoder), beside subclasses and non-str keys
        {"voice": "own", "n": 3, "x": math.inf, "ok": False, "none": None, "s": "\u2028 \\ \x00"},
        {"list": ["a", 1, 2.5, None, True], "sub": [IntEnum("E", "A").A, 1], "key": {1: "a"}, "d": {"a": 1}},
    ],
)
def test_indented_json_is_what_json_dumps_writes(value):
    assert _indented(value, "\n").decode() == json.dumps(value, ensure_ascii=False, indent=2, default=str)


def test_span_attributes_written_together_are_what_json_dumps_writes():
    """Flat attributes go through one encoder call for all spans and are cut apart again: braces,
    commas and line breaks inside their strings must not move a cut."""
    doc = doc_from_text(
        "Kanzler Olaf Scholz sagte, die Lage sei „ernst“. Kritiker sprechen von einem Skandal."
    )
    doc.spans = [
        Span(0, 7, "test", "flat", 1.5, {"note": '}, {"x": 1}\n  {', "n": 2}),
        Span(0, 7, "test", "empty", None, {}),
        Span(8, 12, "test", "nested", None, {"cues": ["Olaf", "}\n{"], "weight": 1.0}),
        Span(8, 12, "test", "flat", math.inf, {"voice": "own", "ok": False, "none": None}),
        Span(13, 19, "test", "enum", None, {"level": IntEnum("E", "A").A}),
    ]
    expected = {"schema_version": SCHEMA_VERSION, "articles": [article_record(doc)], "skipped": []}
    assert to_json(Analysis(docs=[doc])) == json.dumps(expected, ensure_ascii=False, indent=2, default=str)
    doc.spans.append(Span(0, 7, "test", "key", None, {1: "a"}))  # a key that is no str: written one by one
    expected["articles"] = [article_record(doc)]
    assert to_json(Analysis(docs=[doc])) == json.dumps(expected, ensure_ascii=False, indent=2, default=str)


def analyze_process(tmp_path: Path, rows: int) -> subprocess.Popen:
    """A `framing analyze` process writing JSON for ``rows`` short articles; it prints its peak memory."""
    corpus = tmp_path / f"rows{rows}.csv"
    with corpus.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        for number in range(rows):
            # function words settle the language at once (a short text without them goes to py3langid)
            text = (
                f"Der Kanzler sagte, dass die Preise in diesem Jahr um {number} Prozent gestiegen sind "
                "und es noch nicht vorbei ist."
            )
            writer.writerow([f"a{number}", text])
    script = (
        "import resource\nfrom framing.cli import main\n"
        f"main(['analyze', {str(corpus)!r}, '--format', 'json', '-o', {str(tmp_path / f'{rows}.json')!r}])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)


def test_analyze_streams_memory_stays_flat_from_1000_to_5000_articles(tmp_path):
    processes = [analyze_process(tmp_path, rows) for rows in (1000, 5000)]  # side by side: half the time
    small, large = (int(process.communicate(timeout=300)[0].split()[-1]) for process in processes)
    assert all(process.returncode == 0 for process in processes)
    assert large <= 1.2 * small, (small, large)  # before streaming, every analysed article stayed in memory
    assert json.loads((tmp_path / "5000.json").read_text(encoding="utf-8"))["articles"][-1]["id"] == "a4999"


def test_help_loads_no_analysis_and_the_cli_choices_match_their_modules():
    """`framing --help` builds the parser from framing.choices alone (the analysis pipeline, lexicons
    and numpy stay unloaded), and those choices are the ones the modules offer."""
    script = (
        "import sys\nfrom framing.cli import build_parser\nbuild_parser().format_help()\n"
        "print(sorted(m for m in ('framing.pipeline', 'numpy', 'framing.lexicons') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
    from framing import choices
    from framing.compare.events import EventOptions
    from framing.compare.matrices import MATRICES
    from framing.measures.frames import SCHEMES

    assert tuple(MATRICES) == choices.MATRICES and tuple(SCHEMES) == choices.FRAME_SCHEMES
    assert EventOptions().threshold == choices.EVENT_THRESHOLD
