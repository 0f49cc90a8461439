"""Progress on stderr: written when forced or on a terminal, silent otherwise; used by long commands."""

import io

import pytest

from framing.classify import evaluate
from framing.cli import main
from framing.compare.events import assign_events
from framing.progress import Progress
from tests.synthetic import planted_corpus


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_forced_progress_writes_counts_rate_and_final_line():
    stream = io.StringIO()
    with Progress("analysing", total=4, stream=stream, enabled=True, min_interval=0) as progress:
        assert list(progress.iterate("abcd")) == list("abcd")
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("framing: analysing: 1/4 articles (25 %), ")
    assert lines[-1].startswith("framing: analysing: 4/4 articles (100 %), ")
    assert "/s" in lines[-1] and "done in" in lines[-1]
    assert len(lines) == 5  # one line per article on a pipe, and the final line


def test_silent_unless_forced_or_on_a_terminal(monkeypatch):
    monkeypatch.delenv("FRAMING_PROGRESS", raising=False)
    pipe = io.StringIO()
    with Progress("ingest", stream=pipe) as progress:
        for _ in progress.iterate(range(50)):
            progress.update(0, "batch 1 stored")
    assert pipe.getvalue() == ""
    terminal = Terminal()
    with Progress("ingest", stream=terminal, min_interval=0) as progress:
        progress.update(3)
    assert terminal.getvalue().startswith("\r\x1b[Kframing: ingest: 3 articles")  # rewritten in place
    assert terminal.getvalue().count("\n") == 1  # only the final line ends
    monkeypatch.setenv("FRAMING_PROGRESS", "0")
    silenced = Terminal()
    with Progress("ingest", stream=silenced) as progress:
        progress.update(3)
    assert silenced.getvalue() == ""
    monkeypatch.setenv("FRAMING_PROGRESS", "1")
    forced = io.StringIO()
    with Progress("ingest", stream=forced) as progress:
        progress.update(3)
    assert "framing: ingest: 3 articles" in forced.getvalue()


def test_status_is_always_shown_and_counts_are_throttled():
    stream = io.StringIO()
    progress = Progress("ingest", stream=stream, enabled=True, min_interval=3600)
    for _ in range(10):
        progress.update(1)
    progress.update(0, "batch 1 stored (10 new, 0 already stored)")
    progress.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3  # the first count, the status, the final line
    assert "10 articles" in lines[1] and "batch 1 stored" in lines[1]


def test_a_reporter_that_saw_nothing_stays_silent():
    stream = io.StringIO()
    Progress("grouping events", stream=stream, enabled=True).close()
    assert stream.getvalue() == ""


def test_cross_validation_reports_each_fold():
    docs = planted_corpus(per_outlet=10)
    stream = io.StringIO()
    with Progress("cross-validation", unit="folds", stream=stream, enabled=True) as progress:
        result = evaluate(
            docs, [d.article.outlet for d in docs], kind="ngrams", ablation=False, progress=progress
        )
    lines = stream.getvalue().splitlines()
    assert len(lines) == result.folds + 1
    assert lines[0].startswith(f"framing: cross-validation: 1/{result.folds} folds")
    assert f"ngrams fold {result.folds}/{result.folds}: macro-F1" in lines[-2]


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["analyze", "--format", "csv"], ["framing: analysing: 5 articles", "done in"]),
        (["compare", "--matrix", "voices"], ["framing: analysing: 5 articles"]),
    ],
)
def test_commands_report_progress_when_forced(monkeypatch, capsys, command, expected):
    monkeypatch.setenv("FRAMING_PROGRESS", "1")
    assert main(command) == 0
    err = capsys.readouterr().err
    for text in expected:
        assert text in err
    monkeypatch.setenv("FRAMING_PROGRESS", "0")
    assert main(command) == 0
    assert capsys.readouterr().err == ""


def test_report_and_ingest_progress(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("FRAMING_PROGRESS", "1")
    assert main(["report", "--resamples", "5", "-o", str(tmp_path / "r.html")]) == 0
    assert "framing: report: 2/2 events (100 %)" in capsys.readouterr().err
    assert main(["ingest", "--db", str(tmp_path / "c.duckdb"), "--batch-size", "2"]) == 0
    err = capsys.readouterr().err
    assert "batch 3 stored (5 new, 0 already stored)" in err
    assert "framing: ingest: 5 articles" in err


def test_event_grouping_counts_the_clustered_articles():
    docs = planted_corpus(per_outlet=4)
    stream = io.StringIO()
    with Progress("grouping events", stream=stream, enabled=True) as progress:
        assign_events(docs, progress=progress)
    assert stream.getvalue().splitlines()[-1].startswith("framing: grouping events: 8/8 articles (100 %)")
