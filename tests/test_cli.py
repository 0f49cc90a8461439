"""The `framing` command: the JSON contract, formats, exit codes and one-line errors."""

import json
import subprocess
import sys

import pytest

from framing.cli import main

CONTRACT_KEYS = {
    "id", "source", "outlet", "url", "title", "date", "language", "event", "text", "removed", "warnings",
    "stats", "features", "spans", "quotes",
}  # fmt: skip


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_analyze_without_path_uses_the_demo_corpus(capsys):
    code, out, _ = run(capsys, "analyze")
    assert code == 0
    result = json.loads(out)
    assert result["skipped"] == []
    articles = result["articles"]
    assert [a["outlet"] for a in articles] == [
        "news.de",
        "Frankfurter Rundschau",
        "Frankfurter Rundschau",
        "Epoch Times",
        "AFP",
    ]
    assert {a["event"] for a in articles} == {
        "2024-04 China–Russia rapprochement",
        "2022-06 Xi–Putin phone call",
    }
    for article in articles:
        assert set(article) >= CONTRACT_KEYS
        assert article["stats"]["words"] > 300
        assert set(article["stats"]) == {"words", "sentences", "paragraphs"}
        assert all(set(item) == {"text", "reason", "line"} for item in article["removed"])
        assert article["source"].startswith("demo:")
        for span in article["spans"]:
            assert article["text"][span["start"] : span["end"]] == span["text"]


def test_table_and_csv_formats(capsys):
    code, out, _ = run(capsys, "analyze", "--format", "table")
    assert code == 0
    assert out.splitlines()[0].split()[:3] == ["outlet", "date", "title"]
    assert "Epoch Times" in out
    code, out, _ = run(capsys, "analyze", "--format", "csv")
    assert out.splitlines()[0].startswith("id,source,outlet,date,event,title,language,words")
    assert len(out.strip().splitlines()) == 6


def test_output_file(tmp_path, capsys):
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, "analyze", "-o", str(target))
    assert code == 0 and out == ""
    assert len(json.loads(target.read_text(encoding="utf-8"))["articles"]) == 5


def test_missing_path_exits_2_with_one_line(capsys):
    code, out, err = run(capsys, "analyze", "gibt-es-nicht.txt")
    assert code == 2
    assert out == ""
    assert err == "framing: error: no such file or directory: gibt-es-nicht.txt\n"


def test_unusable_inputs_exit_0_with_skipped(tmp_path, capsys):
    empty = tmp_path / "leer.txt"
    empty.write_text("")
    good = tmp_path / "gut.txt"
    good.write_text("Die Allianz zwischen China und Russland wird immer enger, sagen Beobachter in Berlin.")
    code, out, err = run(capsys, "analyze", str(empty), str(good))
    assert code == 0
    result = json.loads(out)
    assert result["skipped"] == [{"source": str(empty), "reason": "empty file"}]
    assert len(result["articles"]) == 1
    assert "skipped 1 input(s)" in err


def test_bad_column_mapping_and_missing_column(tmp_path, capsys):
    code, _, err = run(capsys, "analyze", "--column", "body")
    assert code == 2 and "bad column mapping 'body'" in err
    corpus = tmp_path / "c.csv"
    corpus.write_text("inhalt\nHallo Welt\n")
    code, _, err = run(capsys, "analyze", str(corpus))
    assert code == 2
    assert err.strip() == (
        f"framing: error: {corpus}: no 'text' column; columns found: inhalt "
        "(choose one with --column text=NAME)"
    )


def test_broken_user_outlet_registry_names_file_and_line(tmp_path, capsys):
    registry = tmp_path / "meine.toml"
    registry.write_text(
        '[meta]\nname = "x"\nversion = "1"\nsource = "me"\nlicence = "CC0"\n[[outlet]\nid = "x"\n'
    )
    code, _, err = run(capsys, "outlets", "--outlets", str(registry))
    assert code == 2
    assert err.startswith(f"framing: error: {registry}, line 6: TOML syntax error")


def test_outlets_lists_the_registry(capsys):
    code, out, _ = run(capsys, "outlets")
    assert code == 0
    assert "epochtimes" in out and "alternative/partisan" in out and "state media" in out
    line = next(line for line in out.splitlines() if line.startswith("compact "))
    assert "compact-online.de" in line and "Jürgen Elsässer" in line


def test_a_closed_output_pipe_ends_quietly(tmp_path):
    """`framing outlets | head -1`: the reader goes away; no traceback, the shell's code for SIGPIPE."""
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        command = [sys.executable, "-m", "framing.cli", "outlets"]
        result = subprocess.run(command, stdout=write_end, stderr=subprocess.PIPE, check=False)
    finally:
        os.close(write_end)
    assert result.returncode == 141
    assert result.stderr == b""


def test_console_script_and_stdin():
    text = "Peking und Moskau wollen ihre Zusammenarbeit ausbauen, erklärte der Kreml am Mittwoch in Moskau."
    result = subprocess.run(
        [sys.executable, "-m", "framing.cli", "analyze", "-", "--format", "json"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert article["source"] == "stdin"
    assert article["text"] == text


def test_usage_errors_exit_2(capsys):
    code, _, err = run(capsys, "analyze", "--max-mb", "0")
    assert code == 2 and err == "framing: error: --max-mb must be positive\n"
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", "--format", "xml"])
    assert exit_info.value.code == 2


def test_events_on_the_demo_corpus(capsys):
    code, out, _ = run(capsys, "events", "--format", "json")
    assert code == 0
    events = json.loads(out)
    assert {name: [a["outlet"] for a in event["articles"]] for name, event in events.items()} == {
        "2024-04 China–Russia rapprochement": ["news.de", "Frankfurter Rundschau", "Epoch Times"],
        "2022-06 Xi–Putin phone call": ["Frankfurter Rundschau", "AFP"],
    }
    call = events["2022-06 Xi–Putin phone call"]["reason"]
    assert call["articles"] == 2 and call["first"] == call["last"] == "2022-06-16"
    assert call["names"] == ["CCTV", "Jinping"]  # shared by both, rarer in the corpus first


def test_unknown_event_lists_the_valid_ones(capsys):
    code, _, err = run(capsys, "keyness", "--event", "Mondlandung")
    assert code == 2
    assert err.strip() == (
        "framing: error: unknown event 'Mondlandung'; events found: "
        "2022-06 Xi–Putin phone call, 2024-04 China–Russia rapprochement"
    )


def test_keyness_on_one_event_with_the_default_the_app_uses(capsys):
    """No --min-g2: the CLI lists the same words as the app's table (one default, G² ≥ 6.63)."""
    from framing.app.outlets import keyness_table
    from framing.pipeline import analyze_documents, demo_documents

    event = "2024-04 China–Russia rapprochement"
    code, out, _ = run(capsys, "keyness", "--event", event)
    assert code == 0
    assert "news.de:" in out and "Epoch Times:" in out and "AFP" not in out
    docs = [doc for doc in analyze_documents(list(demo_documents())).docs if doc.article.event == event]
    in_app = keyness_table(docs, "news.de", "en")["lemma"].tolist()
    assert in_app and all(lemma in out for lemma in in_app)


def test_classify_refuses_the_tiny_demo_corpus(capsys):
    code, _, err = run(capsys, "classify", "evaluate")
    assert code == 2
    assert "too little data: at least 10 examples per class" in err


def test_ingest_and_export_commands(tmp_path, capsys):
    db = tmp_path / "korpus.duckdb"
    code, out, _ = run(capsys, "ingest", "--db", str(db))
    assert code == 0 and out.strip().endswith("5 new, 0 already stored, 0 skipped")
    code, out, _ = run(
        capsys,
        "export",
        "--db",
        str(db),
        "--table",
        "quotes",
        "--format",
        "csv",
        "-o",
        str(tmp_path / "q.csv"),
    )
    assert code == 0 and out.startswith("exported ")
    foreign = tmp_path / "fremd.duckdb"
    foreign.write_text("kein Datenbankinhalt")
    code, _, err = run(capsys, "ingest", "--db", str(foreign))
    assert code == 2 and "not a DuckDB database file" in err
    code, _, err = run(
        capsys, "export", "--db", str(tmp_path / "fehlt.duckdb"), "-o", str(tmp_path / "x.csv")
    )
    assert code == 2 and "no database at" in err


def test_comparing_commands_refuse_when_every_input_was_skipped(tmp_path, capsys):
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    for command in ("coverage", "compare", "keyness", "events"):
        code, out, err = run(capsys, command, str(empty))
        assert code == 2 and out == ""
        assert f"{empty}: empty file" in err
        assert err.rstrip().endswith(
            "framing: error: no article to work on: every input was skipped (reasons above)"
        )


def test_comparing_commands_show_the_articles_warnings(tmp_path, capsys):
    english = tmp_path / "en.txt"
    english.write_text(
        "The government said on Monday that it would raise taxes next year. Critics called the plan "
        "dangerous and unfair to families across the country.",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "coverage", str(english))
    assert code == 0 and out.startswith("== ")
    assert f"  {english}: language is English (en), not German" in err


def test_report_language_sets_labels_and_guide(tmp_path, capsys):
    german, english = tmp_path / "bericht.html", tmp_path / "report.html"
    assert main(["report", "--resamples", "5", "-o", str(german)]) == 0
    options = ["--resamples", "5", "--language", "en", "--guide", "none"]
    assert main(["report", *options, "-o", str(english)]) == 0
    capsys.readouterr()
    german_html, english_html = german.read_text(encoding="utf-8"), english.read_text(encoding="utf-8")
    assert "<h3>Wortwahl</h3>" in german_html and '<div class="guide" lang="de">' in german_html
    assert "<h3>Word choice</h3>" in english_html and 'class="guide"' not in english_html


def test_compare_without_an_event_gives_one_table_per_event_with_reader_names(capsys):
    code, out, _ = run(capsys, "compare", "--features", "tone.mean,emotive.loaded", "--resamples", "20")
    assert code == 0
    assert out.index("== 2022-06 Xi–Putin phone call (2 articles) ==") < out.index(
        "== 2024-04 China–Russia rapprochement (3 articles) =="
    )
    assert "loaded words per 1,000" in out and "tone (own voice" in out
    assert "tone.mean" not in out and "emotive.loaded_per_1k" not in out  # reader names, not features
    code, out, _ = run(capsys, "compare", "--features", "tone.mean", "--resamples", "20", "--format", "csv")
    header, first = out.splitlines()[:2]
    assert header.startswith("event,outlet,measure,feature,")
    assert first.startswith("2022-06 Xi–Putin phone call,")
