"""Hostile article data in the app (through streamlit.testing's AppTest): Markdown, LaTeX and links in
titles, outlets and file names are shown literally wherever Streamlit renders Markdown; an article of
2 MB is shortened to the app's limit with a message and its event is still compared."""

import csv
import io
import zipfile
from html import escape
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from framing.app.literal import literal, literal_table
from framing.app.state import MAX_ARTICLE_CHARS, Corpus, shorten
from framing.i18n import t
from framing.ingest import RawDocument

from .test_app import html_of, tables_of

APP = Path(__file__).resolve().parent.parent / "streamlit_app.py"
PAYLOADS = ["**fett**", ":red[rot]", "$x^2$", "[x](javascript:alert(1))", "<b>b</b>"]
EVENT = "Streik :red[2024]"  # event names come from the files too
ARTICLE = (
    "Die Gewerkschaft rief am Montag in Berlin zu einem Streik bei der Bahn auf. "
    "„Wir lassen uns das nicht länger gefallen“, sagte der Vorsitzende der Gewerkschaft. "
    "Die Bahn nannte den Streik unverhältnismäßig und kündigte Gespräche für Dienstag an. "
    "Pendler müssen sich nach Angaben des Unternehmens auf Ausfälle im ganzen Land einstellen."
)


def test_literal_escapes_every_markdown_and_streamlit_syntax():
    assert [literal(p) for p in PAYLOADS] == [
        r"\*\*fett\*\*",
        r"\:red\[rot\]",
        r"\$x\^2\$",
        r"\[x\]\(javascript\:alert\(1\)\)",
        r"\<b\>b\<\/b\>",
    ]
    assert literal("# Titel\n\n- Punkt &amp; `Code` ~~weg~~ _kursiv_ 1. \\") == (
        r"\# Titel \- Punkt \&amp\; \`Code\` \~\~weg\~\~ \_kursiv\_ 1\. \\"
    )
    assert literal("    eingerückt") == "eingerückt"  # four leading spaces would make a code block
    assert literal("Süddeutsche Zeitung „Außen“ – 100 €") == "Süddeutsche Zeitung „Außen“ – 100 €"
    assert literal(None) == "None"


def test_literal_table_escapes_cells_index_and_headers_and_keeps_numbers():
    table = pd.DataFrame({"**Medium**": ["$x^2$", ":red[rot]"], "Zitate": [2, 3]}, index=["[a](b)", "c"])
    shown = literal_table(table)
    assert list(shown.columns) == [r"\*\*Medium\*\*", "Zitate"]
    assert list(shown.index) == [r"\[a\]\(b\)", "c"]
    assert list(shown[r"\*\*Medium\*\*"]) == [r"\$x\^2\$", r"\:red\[rot\]"]
    assert list(shown["Zitate"]) == [2, 3] and shown["Zitate"].dtype == table["Zitate"].dtype
    assert list(table.columns) == ["**Medium**", "Zitate"]  # the original is left as it was


def hostile_csv() -> bytes:
    """Five articles of one event: each title and outlet carries one of the payloads."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["text", "title", "outlet", "event", "date"])
    for number, payload in enumerate(PAYLOADS):
        text = f"{ARTICLE} Die Meldung Nummer {number} erschien am Abend."
        writer.writerow([text, f"Titel {payload}", f"Blatt {payload}", EVENT, "2024-03-0" + str(number + 1)])
    return buffer.getvalue().encode()


def hostile_zip() -> bytes:
    """An archive whose one member has a Markdown link as its name (and is not readable)."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("[x](javascript:alert(1)).pdf", b"%PDF-1.4 binary")
    return archive.getvalue()


@pytest.fixture(scope="module")
def hostile_app() -> AppTest:
    app = AppTest.from_file(str(APP), default_timeout=180).run()
    app.button(key="clear_corpus").click().run()
    upload = [("streik.csv", hostile_csv(), "text/csv"), ("anhang.zip", hostile_zip(), "application/zip")]
    app.file_uploader(key="upload").set_value(upload).run()
    assert not app.exception
    return app


def go(app: AppTest, page: str) -> AppTest:
    return app.sidebar.radio(key="page").set_value(page).run()


def test_titles_outlets_and_file_names_with_markdown_are_shown_literally_on_the_corpus_page(hostile_app):
    app = go(hostile_app, "corpus")
    assert list(app.data_editor[0].value["Medium"]) == [f"Blatt {p}" for p in PAYLOADS]  # a grid: as is
    labels = [e.label for e in app.expander if e.label.endswith("entfernte Seitenreste")]
    assert labels == [
        t("corpus.removed_title", outlet=literal(f"Blatt {p}"), title=literal(f"Titel {p}")) for p in PAYLOADS
    ]
    assert labels[0] == r"Blatt \*\*fett\*\* — Titel \*\*fett\*\*: entfernte Seitenreste"
    skipped = next(e for e in app.expander if e.label.startswith("Nicht geladen"))
    assert list(skipped.dataframe[0].value["Quelle"]) == ["anhang.zip:[x](javascript:alert(1)).pdf"]


def test_the_upload_message_names_a_markdown_file_name_literally():
    app = AppTest.from_file(str(APP), default_timeout=180).run()
    app.file_uploader(key="upload").set_value([("anhang.zip", hostile_zip(), "application/zip")]).run()
    assert app.warning[0].value == (
        r"Nicht geladen (1):"
        "\n"
        r"- anhang\.zip\:\[x\]\(javascript\:alert\(1\)\)\.pdf: "
        r"unsupported file type \'\.pdf\'"
    )


def test_compare_column_headers_and_read_page_headings_are_literal(hostile_app):
    app = go(hostile_app, "compare")
    app.selectbox(key="compare_event").set_value(EVENT).run()
    assert not app.exception
    body = html_of(app)  # outlets head the rows of the HTML tables, escaped
    assert all(f"<th>{escape(f'Blatt {p}')}</th>" in body for p in PAYLOADS)
    assert "<th>Blatt &lt;b&gt;b&lt;/b&gt;</th>" in body and "<b>b</b>" not in body

    app = go(hostile_app, "coverage")
    app.selectbox(key="coverage_event").set_value(EVENT).run()
    assert not app.exception
    body = html_of(app)  # the leads side by side: one row per article
    assert all(f"<td>{escape(f'Blatt {p}')}</td>" in body for p in PAYLOADS)
    assert "<b>b</b>" not in body

    app = go(hostile_app, "read")
    app.selectbox(key="read_article").set_value(3).run()  # the link payload
    assert app.subheader[0].value == r"Titel \[x\]\(javascript\:alert\(1\)\)"
    caption = r"Blatt \[x\]\(javascript\:alert\(1\)\) · 4\. März 2024 · Streik \:red\[2024\]"
    assert app.caption[0].value == caption


def long_article() -> str:
    """2,000,000 characters in paragraphs of exactly 1,000 (998 characters and a blank line)."""
    paragraphs = []
    for number in range(2_000):
        body = f"Absatz {number:04d}. {ARTICLE} "
        paragraphs.append((body * 4)[:997] + ".")
    return "\n\n".join(paragraphs) + "\n\n"


def test_shorten_cuts_at_the_last_paragraph_end_before_the_limit():
    text = long_article()
    assert len(text) == 2_000_000
    document = shorten(RawDocument(source="lang.txt", text=text))
    assert len(document.text) == 99_998 and document.text == text[:99_998]
    assert document.metadata == {"shortened_from": 2_000_000}
    no_breaks = shorten(RawDocument(source="x", text="x" * (MAX_ARTICLE_CHARS + 5)))
    assert len(no_breaks.text) == MAX_ARTICLE_CHARS  # nowhere to cut but the limit
    short = RawDocument(source="kurz.txt", text=ARTICLE)
    assert shorten(short) is short
    corpus = Corpus()
    result = corpus.add([RawDocument(source="lang.txt", text=text), RawDocument(source="b", text=text)])
    assert (result.added, result.duplicates, [s.total for s in result.shortened]) == (1, 1, [2_000_000])


def test_a_2_mb_article_is_shortened_with_a_message_and_its_event_is_compared():
    app = AppTest.from_file(str(APP), default_timeout=180).run()
    buffer = io.StringIO()
    csv.writer(buffer).writerows(
        [
            ["text", "outlet", "event", "date"],
            [long_article(), "Langes Blatt", "2022-06 Xi–Putin phone call", ""],
        ]
    )
    app.file_uploader(key="upload").set_value(("lang.csv", buffer.getvalue().encode(), "text/csv")).run()
    assert not app.exception
    message = (
        "lang.csv row 1: gekürzt auf die ersten 99.998 von 2.000.000 Zeichen (die App analysiert höchstens "
        "100.000 Zeichen je Artikel; den ganzen Text analysiert „framing analyze“)."
    )
    assert app.warning[0].value == literal(message)
    assert app.success[0].value == "1 Artikel hinzugefügt."
    table = app.data_editor[0].value
    assert table["Wörter"].iloc[-1] == pytest.approx(14_000, rel=0.1)  # of the 100,000 characters kept
    notes = next(e for e in app.expander if e.label == "Hinweise zu den Artikeln")
    assert f"Langes Blatt — (ohne Überschrift): {message}" in [text.value for text in notes.text]

    go(app, "compare")
    app.selectbox(key="compare_event").set_value("2022-06 Xi–Putin phone call").run()
    assert not app.exception
    assert "<th>Langes Blatt</th>" in html_of(app)
    rows = [table.loc["Langes Blatt"] for table in tables_of(app) if "Langes Blatt" in table.index]
    assert any(all("[" in str(cell) for cell in row) for row in rows[1:])  # key measures with intervals
