"""The lists of office holders (ministers.tsv, premiers.tsv, politicians.tsv, executives.tsv) take a
user's own rows from ``$FRAMING_USER_DIR`` (product principle 2: lexicons are user-extensible): a teacher adds
the ministers of her own country or region; a broken row is refused with its file and row named, never a
traceback."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from framing.cli import main
from framing.measures import sourcing
from framing.model import Article
from framing.pipeline import article_id
from framing.resources import reset
from framing.segment import segment

TEXT = "„Wir prüfen jeden Antrag genau“, sagte Ilse Wanderbach (SPD) am Montag in Mainz."
HEADER = "# a user's own list\nname\toffice\tfrom\tto\n"


def _types(text: str, date: str | None) -> list[tuple[str | None, str | None]]:
    article = Article(id=article_id(text), source="text", raw_text=text, text=text, date=date, language="de")
    doc = segment(article)
    sourcing.annotate(doc)
    return [(q.source_type, q.source_cue) for q in doc.quotes]


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FRAMING_USER_DIR", str(tmp_path))
    reset()
    yield tmp_path
    monkeypatch.delenv("FRAMING_USER_DIR")
    reset()


def test_without_a_user_list_the_party_types_an_unlisted_person() -> None:
    assert _types(TEXT, "2021-05-03") == [("parliament", "SPD")]


def test_a_users_minister_is_government_within_her_term(user_dir: Path) -> None:
    (user_dir / "ministers.tsv").write_text(HEADER + "Ilse Wanderbach\tMinisterin für Tests\t2020-02\t\n")
    assert _types(TEXT, "2021-05-03") == [("government", "list of politicians: Ministerin für Tests")]
    assert _types(TEXT, "2019-05-03") == [("parliament", "SPD")]  # before her term: the party


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Ilse Wanderbach\tMinisterin für Tests\t2020/02\t\n", "row 2: want a name, an office, from, to"),
        ("Ilse Wanderbach\tMinisterin für Tests\t2021-03\t2020-01\n", "row 2: 'to' must be YYYY or YYYY-MM"),
        ("Ilse Wanderbach\t2020-02\t\n", "row 2: want a name, an office, from, to"),
    ],
)
def test_a_broken_user_row_is_named_in_one_line(
    user_dir: Path, capsys: pytest.CaptureFixture[str], row: str, message: str
) -> None:
    (user_dir / "ministers.tsv").write_text(HEADER + row)
    text = user_dir / "a.jsonl"
    text.write_text(
        json.dumps({"text": TEXT, "date": "2021-05-03"}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    assert main(["analyze", str(text)]) == 2
    err = capsys.readouterr().err
    assert "ministers.tsv" in err and message in err and "Traceback" not in err
