"""Issue 16, speed round 33 (branch speed33): start-up and a gnad1000 article's cleaning, the same
output. The combined lexicon index gives a key of one lexicon that lexicon's one frozenset of
positions; a TOML text parsed once per process, each caller given its own copy, a bundled file's
data kept in the cache folder; the fetcher imported only for a --url and ``regex`` only for a user's
pattern; populism's patterns compiled once; a text of at most three lines cleaned by the whole rule
set without its rules' literals looked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from framing import clean, datafiles
from framing.ingest import RawDocument
from framing.lexicons import FILES, _combined, _positions
from framing.measures import DOCUMENT_LEXICONS
from framing.pipeline import doc_from_text, prepare

ROOT = Path(__file__).resolve().parent.parent


def _set_per_key(indexes, keys):
    """The positions as a set per key gave them before this round."""
    found: dict[str, set[int]] = {}
    for position, index in enumerate(indexes):
        for key in keys(index):
            found.setdefault(key, set()).add(position)
    return {key: frozenset(positions) for key, positions in found.items()}


def test_each_key_finds_the_lexicons_that_have_it_as_a_set_per_key_found_them():
    indexes = _combined(tuple(lexicon(FILES) for lexicon in DOCUMENT_LEXICONS)).indexes
    for keys in (lambda index: index.single, lambda index: index.inflected):
        assert _positions(indexes, keys) == _set_per_key(indexes, keys)
    by_word = _positions(indexes, lambda index: index.single)
    polarity = [i for i, index in enumerate(indexes) if "gut" in index.single]
    assert polarity and by_word["gut"] == frozenset(polarity)
    several = [key for key, positions in by_word.items() if len(positions) > 1]
    assert several  # a word of several lexicons ("krise": polarity and the frames) has all of them
    alone = [positions for positions in by_word.values() if len(positions) == 1]
    assert len({id(positions) for positions in alone}) <= len(indexes)  # shared, one per lexicon


def test_an_inflected_adjective_finds_its_term_and_the_longest_term_wins():
    doc = doc_from_text("Die Flüchtlinge seien angeblich beliebten Schleppern ausgeliefert.")
    combined = _combined(tuple(lexicon(FILES) for lexicon in DOCUMENT_LEXICONS))
    polarity = next(i for i, index in enumerate(combined.indexes) if "beliebten" in index.inflected)
    hits = combined.match(doc.tokens, doc.token_keys())[polarity]
    assert {doc.text[m.start : m.end]: m.entry.term for m in hits}["beliebten"] == "beliebt"
    inflected = combined.indexes[polarity].inflected
    assert inflected["unbeliebten"].term == "unbeliebt"  # not "beliebt" + ending after "un"
    assert inflected["beliebteste"].term == "beliebt"


META = '[meta]\nname = "x"\nversion = "1"\nsource = "test"\nlicence = "CC0"\n'


def test_a_toml_text_is_parsed_once_and_every_reader_gets_its_own_copy(tmp_path, monkeypatch):
    path = tmp_path / "stoplist.toml"
    path.write_text(META + '[words]\nlist = ["Bundeskanzler", "Außenministerin"]\n', encoding="utf-8")
    first = datafiles.load_toml(path)
    parses = []
    monkeypatch.setattr(datafiles.tomllib, "loads", lambda text: parses.append(text) or {})
    second = datafiles.load_toml(path)
    assert second == first and second is not first and parses == []  # read from the kept bytes
    second["words"]["list"].append("Sprecher")
    assert datafiles.load_toml(path)["words"]["list"] == ["Bundeskanzler", "Außenministerin"]
    path.write_text(META + '[words]\nlist = ["Sprecherin"]\n', encoding="utf-8")
    monkeypatch.undo()
    assert datafiles.load_toml(path)["words"]["list"] == ["Sprecherin"]  # an edited file: parsed anew


def test_a_toml_text_with_a_date_is_parsed_each_time(tmp_path):
    path = tmp_path / "dated.toml"
    path.write_text(META + "[release]\nday = 2026-12-06\n", encoding="utf-8")
    first, second = datafiles.load_toml(path), datafiles.load_toml(path)
    assert first == second and str(first["release"]["day"]) == "2026-12-06"
    assert path.read_text(encoding="utf-8") not in datafiles._PARSED


def test_a_toml_file_without_meta_is_refused_every_time(tmp_path):
    path = tmp_path / "bare.toml"
    path.write_text('[words]\nlist = ["Minister"]\n', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(datafiles.DataFileError, match=r"\[meta\]"):
            datafiles.load_toml(path)


def test_analysing_a_file_imports_neither_the_fetcher_nor_the_user_patterns_regex(tmp_path):
    article = tmp_path / "artikel.txt"
    article.write_text("Der Kanzler sagte am Montag in Berlin, die Lage sei ernst.\n", encoding="utf-8")
    probe = (
        "import runpy, sys\n"
        f"sys.argv = ['framing', 'analyze', {str(article)!r}, '-o', {str(tmp_path / 'out.json')!r}]\n"
        "try:\n    runpy.run_module('framing', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "later = ('framing.ingest.fetch', 'http.client', 'ssl', 'regex')\n"
        "print(sorted(m for m in later if m in sys.modules))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out.json").read_text(encoding="utf-8").count('"text": ') >= 1


ONE_LINE = (
    "Berlin (dpa) - Der Kanzler hat am Montag in Berlin Stellung genommen. „Wir stehen zusammen“, "
    "sagte er. Die Opposition kritisierte den Plan als zu teuer. Foto: dpa"
)
PARAGRAPHS = (
    "Berlin (dpa) - Der Kanzler hat am Montag Stellung genommen.\n\nFolgen Sie uns auf Facebook.\n\n"
    "Foto: dpa\n\nDie Opposition kritisierte den Plan als zu teuer. (red)"
)


def test_a_text_of_few_lines_is_cleaned_by_the_whole_set_without_its_literals_looked_for(monkeypatch):
    whole = clean.RuleSet(clean.generic_rules())

    def refuse(text):
        raise AssertionError("literals looked for")

    monkeypatch.setattr(whole, "absent", refuse)
    assert whole.for_text(ONE_LINE) is whole
    assert whole.for_text("Die Stadt plant neue Radwege.\nDer Bürgermeister sagte, das Geld sei da.") is whole
    monkeypatch.undo()
    assert whole.for_text(PARAGRAPHS) is whole and whole.for_text(PARAGRAPHS) is not whole  # its view


def test_a_user_rule_keeps_the_view_for_a_text_of_one_line():
    user = clean.Rule(
        "line", "Gewinnspiel", r"(?i).*gewinnspiel.*", source=Path("boilerplate.toml"), label="rule #1"
    )
    with_user = clean.RuleSet((*clean.generic_rules(), user))
    assert with_user.for_text(ONE_LINE) is not with_user  # the user's rule is absent: the view skips it


ONE_LINE_SIGNED = (
    "Berlin (dpa) - Der Kanzler hat am Montag in Berlin Stellung genommen. Die Opposition "
    "kritisierte den Plan als zu teuer. (red)"
)


@pytest.mark.parametrize("text", [ONE_LINE, ONE_LINE_SIGNED, PARAGRAPHS.replace("\n\n", " ")])
def test_a_text_of_one_line_is_cleaned_as_its_view_cleans_it(text, monkeypatch):
    def cleaned():
        clean.rule_set.cache_clear()
        result = prepare(RawDocument(source="test", text=text))
        return result.text, [(r.text, r.reason) for r in result.removed]

    by_whole = cleaned()
    monkeypatch.setattr(clean, "FEW_LINES", 0)
    monkeypatch.setattr(clean, "WHOLE_SET_CHARS", 0)  # every text by its view
    assert cleaned() == by_whole
    if text is ONE_LINE_SIGNED:
        assert by_whole[1] == [("(red)", "author initials")]
    clean.rule_set.cache_clear()


def _months() -> Path:
    from framing.resources import data_path

    return data_path("months.toml")


def test_a_bundled_toml_file_is_read_from_its_copy_in_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(datafiles, "_PARSED", {})
    parsed = datafiles.load_toml(_months())
    copies = sorted(tmp_path.glob("toml-months-*.marshal"))
    assert len(copies) == 1 and parsed["month"][0]["number"] == 1
    monkeypatch.setattr(datafiles, "_PARSED", {})  # a new process: nothing parsed yet

    def refuse(text):
        raise AssertionError("parsed again")

    monkeypatch.setattr(datafiles.tomllib, "loads", refuse)
    assert datafiles.load_toml(_months()) == parsed
    monkeypatch.undo()


def test_an_edited_bundled_file_is_parsed_and_its_old_copy_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(datafiles, "_PARSED", {})
    datafiles.load_toml(_months())
    (old,) = tmp_path.glob("toml-months-*.marshal")
    text = _months().read_text(encoding="utf-8").replace('"Januar"', '"Eismond"', 1)
    monkeypatch.setattr(datafiles, "read_text", lambda path: text)
    edited = datafiles.load_toml(_months())
    assert "Eismond" in text and "Eismond" in edited["month"][0]["de"]
    (new,) = tmp_path.glob("toml-months-*.marshal")
    assert new != old
    new.write_bytes(b"\x00 damaged")  # a damaged copy: parsed again
    monkeypatch.setattr(datafiles, "_PARSED", {})
    assert datafiles.load_toml(_months()) == edited


def test_no_copy_without_a_cache_folder_or_for_a_file_outside_the_bundled_data(tmp_path, monkeypatch):
    monkeypatch.setattr(datafiles, "_PARSED", {})
    monkeypatch.setenv("FRAMING_CACHE_DIR", "0")
    datafiles.load_toml(_months())
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    own = tmp_path / "own.toml"
    own.write_text(META + '[words]\nlist = ["Sprecherin"]\n', encoding="utf-8")
    datafiles.load_toml(own)
    assert not (tmp_path / "cache").exists()
