"""Start-up and streaming of `framing analyze`: simplemma's dictionary from a prebuilt copy, and
memory that does not grow with the number of articles."""

from __future__ import annotations

from framing import lemma_cache
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


def test_no_copy_when_the_cache_is_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv(lemma_cache.ENVIRONMENT, "0")
    monkeypatch.chdir(tmp_path)
    assert lemma_cache.cache_dir() is None
    load = lemma_cache.cached(lambda language: {b"Staaten": b"Staat"}, lambda language: tmp_path, "2.0.0")
    assert load("de") == {b"Staaten": b"Staat"}
    assert list(tmp_path.iterdir()) == []


def test_lemmas_come_from_simplemmas_dictionary():
    assert lemmatize("Häuser") == "Haus"
    assert lemmatize("gesagt") == "sagen"
