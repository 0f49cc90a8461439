"""One article on which the analysis itself fails (a fault of ours, such as the IndexError a heading once
caused) is listed as skipped with its reason, and every other article is analysed and written or stored;
a user's mistake (a broken data file) still ends the run with its one-line message."""

import json

import pytest

import framing.pipeline
from framing.cli import main
from framing.errors import DataFileError

BREAKS = "Sollbruchstelle"


@pytest.fixture
def failing_analysis(monkeypatch):
    """The analysis raises on any article that contains ``BREAKS``, as a bug of a rule would."""
    analyse = framing.pipeline.analyze_article

    def analyse_or_fail(article, *args, **kwargs):
        if BREAKS in article.text:
            raise IndexError("list index out of range")
        return analyse(article, *args, **kwargs)

    monkeypatch.setattr(framing.pipeline, "analyze_article", analyse_or_fail)


def _articles(tmp_path):
    texts = {
        "eins.txt": "Die Regierung müsse handeln, sagte die Ministerin am Montag in Berlin.",
        "zwei.txt": f"Die {BREAKS} liegt im Text, sagte der Sprecher der Polizei.",
        "drei.txt": "„Wir streiken weiter“, sagte Verdi-Chef Frank Werneke am Dienstag.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / name) for name in texts]


def test_analyze_lists_the_failed_article_and_writes_the_others(tmp_path, capsys, failing_analysis):
    code = main(["analyze", *_articles(tmp_path)])
    captured = capsys.readouterr()
    assert code == 0
    result = json.loads(captured.out)
    names = [article["source"].rsplit("/", 1)[-1] for article in result["articles"]]
    assert names == ["eins.txt", "drei.txt"]
    [skipped] = result["skipped"]
    assert skipped["source"].endswith("zwei.txt")
    assert skipped["reason"].startswith(
        "the analysis failed on this article (IndexError: list index out of range); the others were analysed"
    )
    assert "skipped 1 input(s)" in captured.err


def test_ingest_stores_the_others_and_counts_the_failed_one(tmp_path, capsys, failing_analysis):
    code = main(["ingest", "--db", str(tmp_path / "korpus.duckdb"), *_articles(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "2 new, 0 already stored, 1 skipped" in out
    assert "zwei.txt: the analysis failed on this article (IndexError" in out


def test_a_broken_data_file_still_ends_the_run_with_its_message(tmp_path, capsys, monkeypatch):
    def broken(article, *args, **kwargs):
        raise DataFileError("lexicons/tone.csv", "no polarity", line=3)

    monkeypatch.setattr(framing.pipeline, "analyze_article", broken)
    code = main(["analyze", *_articles(tmp_path)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.strip().endswith("lexicons/tone.csv, line 3: no polarity")
    assert "skipped" not in captured.err


def test_the_app_leaves_the_failed_article_out_and_lists_it_on_the_corpus_page(monkeypatch):
    import framing.app.analysis
    from framing.app.state import Corpus
    from framing.ingest import RawDocument

    analyse = framing.app.analysis.analyze_article

    def analyse_or_fail(article, *args, **kwargs):
        if BREAKS in article.text:
            raise IndexError("list index out of range")
        return analyse(article, *args, **kwargs)

    monkeypatch.setattr(framing.app.analysis, "analyze_article", analyse_or_fail)
    corpus = Corpus()
    corpus.add(
        [
            RawDocument(source="gut.txt", text="Die Regierung müsse handeln, sagte die Ministerin."),
            RawDocument(source="kaputt.txt", text=f"Die {BREAKS} im Text, sagte der Sprecher der Polizei."),
        ]
    )
    docs = framing.app.analysis.analyse(corpus)
    assert [doc.article.source for doc in docs] == ["gut.txt"]
    assert [(item.source, item.reason.split(";")[0]) for item in corpus.skipped] == [
        ("kaputt.txt", "the analysis failed on this article (IndexError: list index out of range)")
    ]
    framing.app.analysis.analyse(corpus)  # a rerun of the page lists it once
    assert len(corpus.skipped) == 1
