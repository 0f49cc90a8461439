"""Inputs built to break the reader (issue 13): each ends as a skipped row with its number and
reason, or as one clear line with exit code 2; the other rows are analysed, nothing is lost."""

import csv
import json

import pytest

from framing.cli import main

ARTICLES = [
    "Die Bundesregierung hat am Dienstag neue Hilfen für die Ukraine beschlossen. "
    "Der Kanzler sprach in Berlin von einem wichtigen Signal an die Verbündeten.",
    "Der Stadtrat in Köln streitet über höhere Parkgebühren. Händler fürchten, "
    "dass weniger Kundschaft in die Innenstadt kommt, wie ein Sprecher sagte.",
]


def analyze(capsys, *args):
    """Run ``framing analyze`` in-process: exit code, the JSON result (None if not JSON), stderr."""
    code = main(["analyze", *map(str, args)])
    captured = capsys.readouterr()
    result = json.loads(captured.out) if code == 0 else None
    return code, result, captured.err


def test_jsonl_lines_nested_too_deeply_or_with_huge_numbers_are_skipped(tmp_path, capsys):
    path = tmp_path / "korpus.jsonl"
    lines = [
        json.dumps({"text": ARTICLES[0], "outlet": "taz"}),
        '{"text": "Ein Satz über die Wahl.", "meta": ' + "[" * 5000 + "]" * 5000 + "}",
        '{"text": "Ein Satz über die Wahl.", "auflage": ' + "7" * 5000 + "}",
        json.dumps({"text": ARTICLES[1], "outlet": "Kölner Stadt-Anzeiger"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, result, err = analyze(capsys, path)
    assert code == 0
    assert [article["outlet"] for article in result["articles"]] == ["taz", "Kölner Stadt-Anzeiger"]
    assert result["skipped"] == [
        {
            "source": f"{path} line 2",
            "reason": "JSON nested too deeply to read (the limit is about 1,000 levels)",
        },
        {
            "source": f"{path} line 3",
            "reason": "JSON number too long to read (integers of more than 4,300 digits)",
        },
    ]
    assert "Traceback" not in err


def test_json_records_nested_too_deeply_or_with_huge_numbers_are_skipped(tmp_path, capsys):
    path = tmp_path / "korpus.json"
    path.write_text(
        "[\n"
        + json.dumps({"text": ARTICLES[0], "outlet": "taz"})
        + ",\n"
        + "[" * 5000
        + "]" * 5000
        + ',\n{"text": "Ein Satz über die Wahl.", "auflage": '
        + "7" * 5000
        + ', "tief": [[["]"]]]},\n'
        + "7" * 5000
        + ",\n"
        + json.dumps({"text": ARTICLES[1], "outlet": "Kölner Stadt-Anzeiger"})
        + "\n]\n",
        encoding="utf-8",
    )
    code, result, err = analyze(capsys, path)
    assert code == 0
    assert [article["outlet"] for article in result["articles"]] == ["taz", "Kölner Stadt-Anzeiger"]
    deep = "JSON nested too deeply to read (the limit is about 1,000 levels)"
    long = "JSON number too long to read (integers of more than 4,300 digits)"
    assert result["skipped"] == [
        {"source": f"{path} record 2 (line 3)", "reason": deep},
        {"source": f"{path} record 3 (line 4)", "reason": long},
        {"source": f"{path} record 4 (line 5)", "reason": long},
    ]
    assert "Traceback" not in err


def test_a_json_object_nested_too_deeply_is_one_clear_error(tmp_path, capsys):
    """Only the elements of a top-level list are read one by one; framing's own output format (an
    object with an "articles" list) that the parser cannot read is named as such."""
    path = tmp_path / "ausgabe.json"
    path.write_text('{"articles": [' + "[" * 5000 + "]" * 5000 + "]}", encoding="utf-8")
    code, _, err = analyze(capsys, path)
    assert (code, err) == (
        2,
        f"framing: error: {path}: JSON nested too deeply to read (the limit is about 1,000 levels)\n",
    )


def test_csv_row_with_an_unclosed_quote_is_skipped_and_the_later_rows_kept(tmp_path, capsys):
    texts = [
        "Die Bundesregierung hat am Dienstag neue Hilfen für die Ukraine beschlossen, sagte ein Sprecher.",
        "Der Stadtrat in Köln streitet über höhere Parkgebühren, berichtet die Zeitung.",
        "Händler fürchten weniger Kundschaft in der Innenstadt.",
        "Die Polizei meldete am Abend einen Unfall auf der Autobahn, niemand wurde verletzt.",
    ]
    path = tmp_path / "korpus.csv"
    path.write_text(
        "text,outlet\n"
        f'"{texts[0]}",taz\n'
        '"Der Bürgermeister sagte, er prüfe den Vorschlag,Westfalenpost\n'  # the quote is never closed
        f'"{texts[1]}",Kölner Stadt-Anzeiger\n'
        f"{texts[2]},Express\n"
        f'"{texts[3]}",dpa\n'
        '"Am Ende der Datei fehlt ein Anführungszeichen, AFP\n'  # runs on to the end of the file
        f"{texts[2]},WDR\n",
        encoding="utf-8",
    )
    code, result, err = analyze(capsys, path)
    assert code == 0
    assert [article["text"] for article in result["articles"]] == [*texts, texts[2]]
    assert "Traceback" not in err
    reason = "unterminated quoted field: the quote opened in this row runs on into the next rows"
    assert result["skipped"] == [
        {"source": f"{path} row 2", "reason": f"{reason} (',' expected after '\"')"},
        {"source": f"{path} row 6", "reason": f"{reason} (unexpected end of data)"},
    ]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_decoded(tmp_path, capsys, encoding):
    path = tmp_path / "artikel.txt"
    path.write_bytes(f"{ARTICLES[0]} „Das ist gut“, sagte er – wörtlich.".encode(encoding))
    code, result, _ = analyze(capsys, path)
    assert code == 0 and result["skipped"] == []
    (article,) = result["articles"]
    assert article["text"].startswith("Die Bundesregierung hat am Dienstag neue Hilfen für die Ukraine")
    assert article["metadata"]["encoding"] == encoding


def test_pdf_renamed_csv_says_it_is_a_pdf(tmp_path, capsys):
    pdf = tmp_path / "korpus.csv"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    good = tmp_path / "artikel.txt"
    good.write_text(ARTICLES[1], encoding="utf-8")
    code, result, _ = analyze(capsys, pdf, good)
    assert code == 0
    assert result["skipped"] == [{"source": str(pdf), "reason": "not a text file: looks like a PDF document"}]
    assert len(result["articles"]) == 1


def test_html_nested_100000_levels_gives_the_parsers_limit_as_reason(tmp_path, capsys):
    path = tmp_path / "seite.html"
    path.write_text(
        f"<html><body>{'<div>' * 100_000}<p>{ARTICLES[0]}</p>{'</div>' * 100_000}</body></html>",
        encoding="utf-8",
    )
    code, result, _ = analyze(capsys, path)
    assert code == 0
    assert result["skipped"] == [
        {
            "source": str(path),
            "reason": "no article text could be read: the HTML parser stops at line 1 at its limit "
            "(Excessive depth in document: 256)",
        }
    ]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLES[0].encode() + b"\xc3", "utf-8"),  # the last character cut off
        (ARTICLES[0].encode("utf-16") + b"\x00", "utf-16"),  # an odd number of bytes
    ],
)
def test_a_file_cut_off_inside_its_last_character_is_read(tmp_path, capsys, data, encoding):
    path = tmp_path / "artikel.txt"
    path.write_bytes(data)
    code, result, _ = analyze(capsys, path)
    assert code == 0
    (article,) = result["articles"]
    assert article["text"] == ARTICLES[0] + "\ufffd"
    assert article["metadata"]["encoding"] == encoding


def test_csv_output_neutralises_spreadsheet_formulas(tmp_path, capsys):
    """OWASP CSV injection: texts beginning with = + - @, tab or CR get a leading single quote in
    `analyze --format csv` and `export --format csv`; numbers (negative ones too) stay numbers."""
    formulas = {
        "outlet": '=HYPERLINK("http://böse.example","Klick")',
        "title": "@SUMME(1+1)",
        "event": "+cmd|' /C calc'!A0",
        "id": "-2+3",
    }
    corpus = tmp_path / "korpus.csv"
    with corpus.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", *formulas])
        writer.writerow(
            ["\tDie Regierung ist schlecht und gefährlich, sagte die Opposition.", *formulas.values()]
        )
    out = tmp_path / "artikel.csv"
    assert main(["analyze", str(corpus), "--format", "csv", "-o", str(out)]) == 0
    (row,) = csv.DictReader(out.open(encoding="utf-8"))
    assert {key: row[key] for key in formulas} == {key: "'" + value for key, value in formulas.items()}
    assert float(row["tone.mean"]) < 0  # a negative number is left as it is

    db = tmp_path / "korpus.duckdb"
    assert main(["ingest", str(corpus), "--db", str(db)]) == 0
    exported = tmp_path / "articles.csv"
    assert (
        main(["export", "--db", str(db), "--table", "articles", "--format", "csv", "-o", str(exported)]) == 0
    )
    (stored,) = csv.DictReader(exported.open(encoding="utf-8"))
    assert {key: stored[key] for key in formulas} == {key: "'" + value for key, value in formulas.items()}
    assert stored["raw_text"].startswith("'\tDie Regierung")
    features = tmp_path / "features.csv"
    assert (
        main(["export", "--db", str(db), "--table", "features", "--format", "csv", "-o", str(features)]) == 0
    )
    values = {line["name"]: line["value"] for line in csv.DictReader(features.open(encoding="utf-8"))}
    assert float(values["tone.mean"]) < 0
    capsys.readouterr()


def test_csv_header_with_an_unclosed_quote_is_one_clear_error(tmp_path, capsys):
    path = tmp_path / "korpus.csv"
    path.write_text(f'"text,outlet\n"{ARTICLES[0]}",taz\n', encoding="utf-8")
    code, _, err = analyze(capsys, path)
    assert code == 2
    assert err == (
        f"framing: error: {path}: malformed CSV header row: a quote in it runs on into the next rows "
        "(',' expected after '\"')\n"
    )
    path.write_text(f'"text,outlet\n{ARTICLES[1]}",taz\n', encoding="utf-8")  # closed a row later
    code, _, err = analyze(capsys, path)
    assert code == 2
    assert (
        err == f"framing: error: {path}: malformed CSV header row: a quote in it runs on into the next rows\n"
    )


def test_csv_apostrophes_are_no_quotes_and_a_row_of_empty_fields_is_counted(tmp_path, capsys):
    """The sniffer may take ' for the quote character in a small sample; the quote is always '"'."""
    path = tmp_path / "korpus.csv"
    path.write_text(
        "text\toutlet\n\t\nDer 'Bruderstaat' sagt 'Nein' zur Nato.\t'taz'\n",
        encoding="utf-8",
    )
    code, result, _ = analyze(capsys, path)
    assert code == 0
    assert [(a["text"], a["outlet"]) for a in result["articles"]] == [
        ("Der 'Bruderstaat' sagt 'Nein' zur Nato.", "'taz'")
    ]
    assert result["skipped"] == [{"source": f"{path} row 1", "reason": "empty or missing 'text'"}]


def test_csv_parts_appended_as_bytes_or_as_text_are_the_same_text(tmp_path):
    """A CSV part DuckDB wrote (``copy_csv``) is appended to a UTF-8 byte stream as bytes, after what
    the text layer holds, and to any other stream as text: the same characters either way,
    formulas neutralised, umlauts and a line break inside a cell kept."""
    import io

    import pandas as pd

    from framing import spreadsheet

    table = pd.DataFrame(
        {"outlet": ["Süddeutsche", "=HYPERLINK(1)"], "note": ["a\r\nb", "ß"], "value": [0.1, -2.0]}
    )
    expected = "vorher\n" + pd.DataFrame(
        {"outlet": ["Süddeutsche", "'=HYPERLINK(1)"], "note": ["a\r\nb", "ß"], "value": [0.1, -2.0]}
    ).to_csv(index=False)
    as_bytes = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    as_text = io.StringIO(newline="")
    latin = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", newline="")
    part = tmp_path / "part.csv"
    spreadsheet.copy_csv(table, part)
    for out in (as_bytes, as_text, latin):
        out.write("vorher\n")
        spreadsheet.append(part, out)
        out.flush()
    assert as_bytes.buffer.getvalue().decode("utf-8") == expected
    assert as_text.getvalue() == expected
    assert latin.buffer.getvalue().decode("latin-1") == expected


def test_a_row_whose_web_address_cannot_be_read_is_analysed_without_its_host(tmp_path, capsys):
    """A malformed address ("http://[bad" is an unclosed IPv6 host to urllib) neither resolves an outlet
    nor names a publisher; the row is analysed like one without an address, and the next row by its host."""
    path = tmp_path / "korpus.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "text", "url"])
        writer.writerow(
            [
                "Kritik",
                "Der Verband kritisiert die Pläne. „Das ist falsch“, sagte Maria Müller.",
                "http://[bad",
            ]
        )
        writer.writerow(["Köln", ARTICLES[1], "https://www.spiegel.de/politik/a-1.html"])
    code, result, err = analyze(capsys, path)
    assert code == 0, err
    first, second = result["articles"]
    assert (first["outlet"], first["url"]) == (None, "http://[bad")
    assert [(quote["speaker"], quote["source_type"]) for quote in first["quotes"]] == [
        ("Maria Müller", "other")
    ]
    assert second["outlet"] == "Der Spiegel"
    assert any("could not read the web address 'http://[bad'" in warning for warning in first["warnings"])
    assert not any("web address" in warning for warning in second["warnings"])
    assert result["skipped"] == []
