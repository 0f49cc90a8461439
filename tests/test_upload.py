"""Uploads: named bytes of any supported kind, archives with limits, everything unreadable listed."""

import io
import zipfile

from framing.ingest import IngestOptions, RawDocument
from framing.ingest import upload as upload_module
from framing.ingest.upload import read_upload
from framing.model import Skipped

ARTICLE = (
    "Die Bundesregierung kündigte am Montag neue Hilfen an. Die Opposition kritisierte das Paket scharf."
)


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_text_html_csv_and_jsonl_uploads():
    html = f"<html><body><article><h1>Hilfen</h1><p>{ARTICLE}</p></article></body></html>".encode()
    csv_data = f'text,outlet\n"{ARTICLE}",taz\n,taz\n'.encode()
    jsonl = ('{"text": "' + ARTICLE + '", "outlet": "AFP"}\nnot json\n').encode()
    items = [
        *read_upload("a.txt", ARTICLE.encode("latin-1")),
        *read_upload("b.html", html),
        *read_upload("c.csv", csv_data),
        *read_upload("d.jsonl", jsonl),
    ]
    documents = [i for i in items if isinstance(i, RawDocument)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [d.source for d in documents] == ["a.txt", "b.html", "c.csv row 1", "d.jsonl line 1"]
    assert documents[0].metadata["encoding"] != "utf-8" and "Bundesregierung" in documents[0].text
    assert documents[2].outlet == "taz" and documents[3].outlet == "AFP"
    assert {s.source for s in skipped} == {"c.csv row 2", "d.jsonl line 2"}
    assert all("/tmp" not in s.reason and "upload." not in s.source for s in skipped)


def test_zip_members_are_read_and_unreadable_ones_listed():
    data = _zip(
        {
            "folder/a.txt": ARTICLE.encode(),
            "folder/b.pdf": b"%PDF",
            "inner.zip": _zip({"x.txt": b"x"}),
            "__MACOSX/._a.txt": b"junk",
            "bin.txt": b"\x00\x01\x02\x03" * 50,
        }
    )
    items = list(read_upload("set.zip", data))
    assert [i.source for i in items if isinstance(i, RawDocument)] == ["set.zip:folder/a.txt"]
    reasons = {i.source: i.reason for i in items if isinstance(i, Skipped)}
    assert reasons["set.zip:folder/b.pdf"] == "unsupported file type '.pdf'"
    assert reasons["set.zip:inner.zip"] == "archives inside archives are not opened"
    assert "binary" in reasons["set.zip:bin.txt"]
    assert len(reasons) == 3  # the macOS resource fork is ignored, not an error


def test_broken_zip_and_zip_bomb_limits(monkeypatch):
    assert list(read_upload("broken.zip", b"PK\x03\x04 not really")) == [
        Skipped("broken.zip", "not a readable .zip archive")
    ]
    monkeypatch.setattr(upload_module, "MAX_ARCHIVE_MB", 0.001)
    [item] = read_upload("big.zip", _zip({"a.txt": b"a" * 5_000}))
    assert item.reason == "archive unpacks to 0 MB, more than the limit of 0.001 MB"


def test_member_above_the_size_limit_is_listed():
    data = _zip({"long.txt": ARTICLE.encode() * 200})
    [item] = read_upload("set.zip", data, IngestOptions(max_mb=0.001))
    assert item == Skipped("set.zip:long.txt", "file is above the limit of 0.001 MB")


def test_unsupported_upload_type():
    [item] = read_upload("slides.pptx", b"PK")
    assert item.reason.startswith("unsupported file type '.pptx'")


def test_app_upload_above_the_limit_is_listed_with_the_reason():
    from framing.app.corpus import UPLOAD_MB, add_uploads
    from framing.app.state import Corpus

    corpus = Corpus()
    big = b"a" * (UPLOAD_MB * 1_000_000 + 1)
    added, duplicates, skipped, _ = add_uploads(corpus, [("huge.txt", big), ("ok.txt", ARTICLE.encode())])
    assert (added, duplicates) == (1, 0)
    assert skipped == [Skipped("huge.txt", f"file is 20.0 MB, above the upload limit of {UPLOAD_MB} MB")]
    assert corpus.skipped == skipped  # kept for the corpus page's list of what was not loaded


def test_the_app_corpus_stops_at_its_article_limit_and_says_why(monkeypatch):
    from framing.app import state

    monkeypatch.setattr(state, "MAX_ARTICLES", 2)
    corpus = state.Corpus()
    documents = [RawDocument(source=f"{n}.txt", text=f"Artikel Nummer {n} über die Bahn.") for n in range(3)]
    added, duplicates, skipped, _ = corpus.add(documents)
    assert (added, duplicates, len(corpus.documents)) == (2, 0, 2)
    assert skipped == [Skipped("2.txt", state.TOO_MANY)]
    assert "framing ingest" in state.TOO_MANY
