"""Source types of round 47 (branch src47): a speaker named without any role whose full name the article
writes and the list of politicians (data/registries/politicians.tsv, from Wikidata) knows is typed by the
list, with the list named as the cue; a role the text writes wins, and a surname alone, a surname two
persons of the article share or a listed name left out as common ("Thomas Klein", a surname that is a word;
"Thomas Müller", a surname many members bear) decides nothing. German texts in, a type out."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.sources import POLITICIANS_CUE, _as_word, _words_before, listed_politician, load_registry
from tests.sourcing_speakers import quoted

GREENS = (
    "Eva Glawischnig sprach am Montag im Parlament. „Das ist ein Skandal“, sagte Glawischnig am Abend "
    "in Wien."
)
CHAIR = (
    "Die Grünen-Chefin Eva Glawischnig kritisierte die Regierung. „Das ist ein Skandal“, sagte Glawischnig "
    "am Montag in Wien."
)
SURNAME_ONLY = "Im Parlament wurde lange gestritten. „Das ist ein Skandal“, sagte Glawischnig am Montag."
TWO_MERKELS = (
    "Angela Merkel und Petra Merkel trafen sich am Montag in Berlin. „Wir haben viel zu besprechen“, sagte "
    "Merkel danach."
)
LUXEMBOURG = (
    "Jean Asselborn reiste am Dienstag nach Brüssel. „Europa muss jetzt zusammenhalten“, sagte Asselborn "
    "vor dem Treffen."
)
FOOTBALL = (
    "Thomas Müller traf am Samstag zweimal für den FC Bayern. „Wir haben heute richtig gut gespielt“, sagte "
    "Müller nach dem Spiel."
)
COMMON = (
    "Thomas Klein stand am Montag vor dem Rathaus. „Wir warten seit Wochen auf eine Antwort“, sagte Klein."
)


def _types(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.source_type, q.source_cue) for _, _, q in quoted(text)]


@pytest.mark.parametrize(
    ("text", "legislature"),
    [(GREENS, "Nationalrat (Österreich)"), (LUXEMBOURG, "Abgeordnetenkammer (Luxemburg)")],
)
def test_a_listed_member_named_in_full_without_a_role_is_parliament_by_the_list(
    text: str, legislature: str
) -> None:
    assert _types(text) == [("parliament", f"{POLITICIANS_CUE}: {legislature}")]


def test_a_role_the_text_writes_wins_over_the_list() -> None:
    assert _types(CHAIR) == [("parliament", "Grünen-Chefin")]


@pytest.mark.parametrize("text", [SURNAME_ONLY, TWO_MERKELS, COMMON, FOOTBALL])
def test_the_list_decides_nothing_without_one_listed_full_name_in_the_text(text: str) -> None:
    assert all(cue is None or not cue.startswith(POLITICIANS_CUE) for _, cue in _types(text))


def test_a_listed_full_name_speaker_is_typed_and_a_phrase_with_a_noun_is_not() -> None:
    found = listed_politician("Eva Glawischnig", GREENS)
    assert found is not None and (found.type, found.cue) == (
        "parliament",
        f"{POLITICIANS_CUE}: Nationalrat (Österreich)",
    )
    assert listed_politician("Büro von Glawischnig", GREENS) is None


def test_the_registry_names_the_list_among_its_files() -> None:
    assert "politicians.tsv v1.0" in load_registry().sources


# the list's text searches use str.find, not a pattern per listed name (ninth session's review): the same
# answers as the patterns they replace
SEARCHED = ["Merkel", "Eva Glawischnig", "Le Maire"]


@pytest.mark.parametrize(
    "text",
    [
        TWO_MERKELS,
        GREENS,
        "Angela Merkel Merkel sagte, Petra Merkel-Fan und xMerkel Merkels Merkel_ Le Maire",
        "Merkel\nMerkel  Merkel. Frank-Walter Steinmeier, Eva Glawischnig-Piesczek",
    ],
)
def test_the_list_finds_names_and_the_words_before_them_as_the_patterns_did(text: str) -> None:
    for name in SEARCHED:
        surname = name.split()[-1]
        pattern = [m.group(1) for m in re.finditer(rf"(\w+) {re.escape(surname)}(?!\w)", text)]
        assert _words_before(text, surname) == pattern
        assert _as_word(text, name) == (re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None)


@given(st.text(alphabet="MerklEva _-.\nxü", max_size=60))
def test_the_list_searches_agree_with_the_patterns_on_any_text(text: str) -> None:
    pattern = [m.group(1) for m in re.finditer(r"(\w+) Merkel(?!\w)", text)]
    assert _words_before(text, "Merkel") == pattern
    assert _as_word(text, "Eva Merkel") == (re.search(r"(?<!\w)Eva Merkel(?!\w)", text) is not None)
