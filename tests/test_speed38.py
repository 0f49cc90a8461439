"""Issue 16, speed round 38 (branch speed38): the JSON written as orjson's UTF-8 bytes to a binary stream
(``framing analyze`` to stdout's byte stream or a file opened for bytes; a text stream given the decoded
text), and an article read for words of sport only where its text holds the traces of enough of them."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from framing import cli, lemma_cache
from framing.ingest import RawDocument
from framing.output import to_json, write_json
from framing.pipeline import Analysis, analyze_article, prepare
from framing.sources import SPORT_WORDS, _forms, _head_traces, _sport_words_in, _words_of, registry

ARTICLE = (
    "Bundeskanzler Olaf Scholz sagte am Montag in Köln: „Wir lassen niemanden allein.“ Die Grünen "
    "kritisierten die Pläne scharf. Ökonomin Jürgen-Müller-Straße meinte, die Maßnahmen seien "
    "überfällig – „gerade für Familien mit Kindern“."
)


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    """A German article and an empty file (a skipped input: an error row in the JSON)."""
    article = tmp_path / "artikel.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "leer.txt"
    empty.write_text("", encoding="utf-8")
    return [str(article), str(empty)]


def test_analyze_writes_the_same_bytes_to_stdout_and_to_a_file(inputs: list[str], tmp_path: Path) -> None:
    target = tmp_path / "aus.json"
    command = [sys.executable, "-m", "framing", "analyze", *inputs]
    printed = subprocess.run(command, capture_output=True, check=True).stdout
    subprocess.run([*command, "-o", str(target)], capture_output=True, check=True)
    assert target.read_bytes() == printed
    result = json.loads(printed.decode("utf-8"))
    assert result["skipped"] == [{"source": inputs[1], "reason": "empty file"}]
    (article,) = result["articles"]
    assert article["text"] == ARTICLE  # "„Wir …“", "Köln", "Maßnahmen" as UTF-8, not escaped
    assert "„Wir lassen niemanden allein.“".encode() in printed and b"\\u" not in printed


def test_analyze_in_process_writes_through_stdouts_byte_stream(inputs: list[str], capsys) -> None:
    assert cli.main(["analyze", *inputs]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["articles"][0]["text"] == ARTICLE


def test_a_stdout_without_bytes_under_it_gets_the_text(inputs: list[str]) -> None:
    out = io.StringIO()  # as a caller that puts a StringIO in stdout's place
    with contextlib.redirect_stdout(out):
        assert cli.main(["analyze", *inputs]) == 0
    result = json.loads(out.getvalue())
    assert result["articles"][0]["text"] == ARTICLE
    assert result["skipped"][0]["reason"] == "empty file"


def test_a_stdout_of_another_encoding_gets_text_it_encodes(monkeypatch) -> None:
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding="latin-1")
    monkeypatch.setattr(sys, "stdout", stream)
    written = cli.binary_stdout()
    data = "Straße in Köln".encode()
    written.write(data[:5])  # "ß" cut after its first byte: it waits for the second
    written.write(data[5:])
    stream.flush()
    assert buffer.getvalue() == "Straße in Köln".encode("latin-1")
    with pytest.raises(UnicodeEncodeError):  # as a text stream in Latin-1 refuses it
        written.write("„".encode())


def test_a_utf8_stdout_is_written_its_bytes_after_its_pending_text(monkeypatch) -> None:
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    stream.write("Vorab: ")
    cli.binary_stdout().write("Grüße".encode())
    assert buffer.getvalue() == "Vorab: Grüße".encode()


def test_write_json_gives_a_binary_stream_to_json_s_text_encoded() -> None:
    doc = analyze_article(prepare(RawDocument(source="test", text=ARTICLE)))
    written = io.BytesIO()
    assert write_json([doc], [], written) == 1
    assert written.getvalue() == to_json(Analysis(docs=[doc])).encode("utf-8")
    assert written.getvalue().decode("utf-8") == to_json(Analysis(docs=[doc]))


def every_word(sport: tuple[str, ...], text: str) -> bool:
    """Whether an article is about sport, each capitalised word's forms read (the answer before round 38)."""
    seen = {
        head
        for word in _words_of(text)
        if word[:1].isupper()
        for form in _forms(word.rstrip(".").lower())
        for head in sport
        if form.endswith(head)
    }
    return len(seen) >= SPORT_WORDS


SPORT_TEXTS = [
    "Die Mannschaft gewann das Pokalfinale. Der Trainer lobte die Spieler.",
    "Nach den Wettkämpfen lobte der Trainer die Mannschaft.",  # "Wettkämpfe": the umlaut undone
    "Die Spielerinnen und Trainerinnen der Liga.",  # feminine plurals
    "Der Trainer lobte die Mannschaft. Die Regierung tagte in Berlin.",  # two words of sport only
    "Der Spieltag der Bundesliga endete im Stadion mit einem Weltrekord.",
    "die mannschaft, der trainer und die liga in kleinen buchstaben",  # no capitalised word
    "Bündnisse der Regierung, Kosten der Saison und Finalistinnen im Turnier.",  # "finaliste": no "finale"
    "",
]


@pytest.mark.parametrize("text", SPORT_TEXTS)
def test_the_traces_give_the_answer_every_words_forms_give(text: str) -> None:
    sport = registry().sport
    assert _sport_words_in.__wrapped__(sport, text) == every_word(sport, text)


def test_the_answers_for_german_articles() -> None:
    sport = registry().sport
    answers = [_sport_words_in.__wrapped__(sport, text) for text in SPORT_TEXTS]
    assert answers == [True, True, True, False, True, False, False, False]


def test_the_traces_of_words_of_sport() -> None:
    traces = dict(_head_traces(("pokal", "finale", "spieler", "e")))
    assert traces["pokal"] == ("pokal", "pokäl", "pökal", "pökäl")  # "Pokäle" would be undone to "pokal"
    assert "final" in traces["finale"]  # an "-in" replaced by "e" can end a form in "finale"
    assert traces["spieler"] == ("spieler",)
    assert traces["e"] == ("",)  # a replacement itself: any word may end so


def test_lemmas_of_words_the_dictionary_lacks_as_written_are_lemma_de_s() -> None:
    """The case turned ("Sagte", "Die", "ÖKONOMEN"), numbers ("2024", "²"), forms only simplemma's rules
    find ("Frontex-Mission", "Registrierungskapazitäten") and names it leaves ("Poposki")."""
    import simplemma

    words = ["Sagte", "Die", "ÖKONOMEN", "2024", "²", "Frontex-Mission", "Registrierungskapazitäten"]
    words.append("Poposki")
    expected = [simplemma.lemmatize(word, lang="de") for word in words]
    assert lemma_cache.lemmas_de(words) == [lemma_cache.lemma_de(word) for word in words] == expected
    assert lemma_cache.lemmas_de(["Sagte", "Die"]) == ["sagen", "der"]
