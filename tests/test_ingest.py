"""Reading inputs, and every kind of bad input: a clear reason, nothing lost silently."""

import io
import json
import sys

import pytest

from framing.cli import main
from framing.errors import FramingError
from framing.ingest import ColumnMap, IngestOptions, read_bytes, read_inputs
from framing.model import Skipped
from framing.pipeline import analyze_paths, prepare

GERMAN = (
    "Die USA haben China für die Ankündigung einer verstärkten Zusammenarbeit mit Russland kritisiert. "
    "Peking sei bereit, die Zusammenarbeit mit Moskau zu intensivieren, hieß es am Mittwoch aus dem Kreml."
)
ENGLISH = (
    "The United States criticised China on Wednesday for announcing closer cooperation with Russia. "
    "Beijing is ready to intensify its cooperation with Moscow, the Kremlin said after the phone call."
)


def read_all(*paths, **options):
    return list(read_inputs([str(p) for p in paths], IngestOptions(**options)))


def test_plain_text_with_headline(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(f"China kritisiert Sanktionen\n\n{GERMAN}\n", encoding="utf-8")
    (raw,) = read_all(path)
    article = prepare(raw)
    assert article.title == "China kritisiert Sanktionen"
    assert article.text == GERMAN
    assert article.source == str(path)
    assert len(article.id) == 16


def test_ids_are_stable_content_hashes(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(GERMAN, encoding="utf-8")
    second.write_text(GERMAN + "\n", encoding="utf-8")
    ids = [prepare(raw).id for raw in read_all(first, second)]
    assert ids[0] == ids[1]


def test_empty_file_is_skipped(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    assert read_all(path) == [Skipped(str(path), "empty file")]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "a PNG image"),
        (b"ab\x00\x00cd\x00\x01\x02", "binary data (contains NUL bytes)"),
    ],
)
def test_binary_file_renamed_to_txt_is_skipped(tmp_path, content, kind):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    (item,) = read_all(path)
    assert item == Skipped(str(path), f"not a text file: looks like {kind}")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_encodings_come_out_right(tmp_path, encoding):
    text = "Außenminister Lawrow würdigte die „Freundschaft“ – Größe zählt. " * 3
    if encoding == "latin-1":
        text = text.replace("„", '"').replace("“", '"').replace("–", "-")  # not in Latin-1
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    (raw,) = read_all(path)
    assert raw.text.strip() == text.strip()


def test_file_above_size_limit_is_refused_with_the_limit_named(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write((GERMAN + "\n").encode() * (50_000_000 // len(GERMAN)))
    (item,) = read_all(path)
    assert isinstance(item, Skipped)
    assert "above the limit of 10 MB" in item.reason
    assert "--max-mb" in item.reason
    (raw,) = read_all(path, max_mb=60)  # configurable
    assert len(raw.text) > 49_000_000


def test_csv_corpus_with_configurable_columns(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text(
        f'body;source;published;link\n"{GERMAN}";afp;2022-06-15;https://www.afp.com/de/x\n', encoding="utf-8"
    )
    columns = ColumnMap(text="body", outlet="source", date="published", url="link")
    (raw,) = read_all(path, columns=columns)
    article = prepare(raw)
    assert (article.outlet, article.date, article.url) == ("AFP", "2022-06-15", "https://www.afp.com/de/x")
    assert article.provenance.outlet_method == "metadata"


def test_csv_without_text_column_names_the_columns_found(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text("inhalt,zeitung\nHallo,taz\n", encoding="utf-8")
    with pytest.raises(FramingError, match=r"no 'text' column; columns found: inhalt, zeitung"):
        read_all(path)


def test_csv_malformed_rows_are_listed_with_row_numbers(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text(
        "text,outlet,date\n"
        f'"{GERMAN}",AFP,2022-06-15\n'
        "zu,viele,felder,hier\n"
        ",taz,2022-06-16\n"
        f'"{GERMAN} Zweiter Artikel.",dpa,2022-06-16\n'
        "nur ein feld\n",
        encoding="utf-8",
    )
    items = read_all(path)
    kept = [item for item in items if not isinstance(item, Skipped)]
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert [raw.outlet for raw in kept] == ["AFP", "dpa"]
    assert skipped == [
        Skipped(f"{path} row 2", "malformed row: 4 fields, the header has 3"),
        Skipped(f"{path} row 3", "empty or missing 'text'"),
        Skipped(f"{path} row 5", "malformed row: 1 fields, the header has 3"),
    ]


def test_jsonl_with_a_broken_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"text": GERMAN, "outlet": "AFP", "event": "Telefonat"}), "{kaputt", "[1, 2]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    assert items[0].event == "Telefonat"
    assert items[1] == Skipped(
        f"{path} line 2", "malformed JSON: Expecting property name enclosed in double quotes at column 2"
    )
    assert items[2] == Skipped(f"{path} line 3", "expected a JSON object, found list")


LONE_SURROGATE_ROW = (
    '{"text": "Die Polizei \\ud800 sagte am Montag, der Verdächtige sei gefasst.", "tags": ["a\\udc00"]}'
)


def test_jsonl_lone_surrogate_is_replaced_with_a_warning_not_a_traceback(tmp_path, capsys):
    """JSON may escape half of a UTF-16 pair ("\\ud800"), which is no character and cannot be written
    as UTF-8: it becomes U+FFFD, counted in the article's warnings, and the output is written."""
    path = tmp_path / "corpus.jsonl"
    pair = json.dumps({"text": "Er sagte: \U0001f600 Das ist gut, und die Polizei bestätigte den Einsatz."})
    path.write_text(LONE_SURROGATE_ROW + "\n" + pair + "\n", encoding="utf-8")
    broken, valid = read_all(path)
    assert broken.text == "Die Polizei \ufffd sagte am Montag, der Verdächtige sei gefasst."
    assert broken.metadata["tags"] == ["a\ufffd"]
    assert broken.warnings == [
        "2 invalid character(s) replaced by U+FFFD: the JSON escaped half of a UTF-16 surrogate pair "
        "(e.g. \\ud800 without its partner), which is no character"
    ]
    assert valid.text.startswith("Er sagte: \U0001f600")  # a whole pair is one character
    assert valid.warnings == []
    assert main(["analyze", str(path), "--format", "json"]) == 0
    output = json.loads(capsys.readouterr().out)
    first = output["articles"][0]
    assert "\ufffd" in first["text"] and first["warnings"][0].startswith("2 invalid character(s)")


def test_json_list_with_a_lone_surrogate_is_read(tmp_path):
    path = tmp_path / "corpus.json"
    path.write_text("[" + LONE_SURROGATE_ROW + "]", encoding="utf-8")
    (raw,) = read_all(path)
    assert raw.text.count("\ufffd") == 1 and raw.warnings[0].startswith("2 invalid character(s)")


def test_json_list_and_framing_output_are_read(tmp_path):
    path = tmp_path / "corpus.json"
    path.write_text(
        json.dumps({"articles": [{"text": GERMAN, "outlet": "taz", "id": "a1"}]}), encoding="utf-8"
    )
    (raw,) = read_all(path)
    assert (raw.id, raw.outlet) == ("a1", "taz")


def test_english_article_is_analysed_with_a_language_warning(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    analysis = analyze_paths([str(path)])
    (doc,) = analysis.docs
    assert doc.article.language == "en"
    assert any("English (en), not German" in warning for warning in doc.article.warnings)
    assert doc.sentences  # still segmented


def test_missing_path_is_an_error():
    with pytest.raises(FramingError, match=r"no such file or directory: /nicht/da\.txt"):
        read_all("/nicht/da.txt")


def test_html_with_scripts_and_styles_only_is_skipped():
    html = b"<html><head><style>body{color:red}</style></head><body><script>alert(1)</script></body></html>"
    item = read_bytes(html, "page.html")
    assert isinstance(item, Skipped)
    assert item.reason.startswith("no article text found in the HTML")


def test_directory_is_read_recursively_with_unsupported_files_counted(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GERMAN + " Noch ein Satz.", encoding="utf-8")
    (tmp_path / "bild.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    items = read_all(tmp_path)
    assert sorted(item.source for item in items if not isinstance(item, Skipped)) == [
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "a.txt"),
    ]
    assert [item for item in items if isinstance(item, Skipped)] == [
        Skipped(str(tmp_path / "bild.jpg"), "unsupported file type '.jpg'")
    ]


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GERMAN.encode("cp1252"))))
    (raw,) = read_all("-")
    assert raw.source == "stdin"
    assert raw.text == GERMAN
