"""Issue 16, thirteenth round (branch speed14) and tidy round 10: the first mention of a person found as
before; a given name glued to the surname ("HansNiessl") found by a scan over the surname's places
(``_glued_name``), as the per-surname pattern it replaced found it."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.sources import _first_mention, _glued_name, classify_in_text

GLUED_LATE = (
    "Die ÖVPNiessl-Kritik blieb leise. Einen Monat nach dem Start der Koalition zeigt sich "
    "Landeshauptmann HansNiessl (SPÖ) zufrieden."
)


def test_the_glued_name_is_found_after_a_surname_glued_to_capitals_first() -> None:
    # "ÖVPNiessl" comes first and is no given name; the scan goes on to "HansNiessl"
    start, end = _first_mention(GLUED_LATE, "Niessl")
    assert GLUED_LATE[start:end] == "HansNiessl"


def test_no_glued_name_where_the_surname_never_follows_a_lower_case_letter() -> None:
    text = "Die ÖVPNiessl-Kritik blieb leise. Das sei falsch, sagte ein Sprecher."
    assert _glued_name(text, "Niessl") is None
    assert _first_mention(text, "Niessl") is None
    assert _glued_name("Niessl sagte das. Hans Niessl auch.", "Niessl") is None


GLUED_TEXTS = [
    GLUED_LATE,
    "Der Hausmann sagte, das sei gut. „Ja“, sagte Mann.",
    "Laut Unterlagen hat AnnaKoch unterschrieben, sagte Koch.",
    "Bürgermeisterin MariaÖzdemir (Grüne) sagte, die ÖzdemirStiftung helfe.",
    "KochKoch und _AnnaKoch, xAnnaKoch, AnnaKoch_ und AnnaKoch2 sowie ÄrztinKoch.",
]


def _pattern_glued(text: str, surname: str) -> tuple[int, int] | None:
    found = re.search(rf"(?<!\w)[A-ZÄÖÜ][a-zäöüß]+{re.escape(surname)}(?!\w)", text)
    return (found.start(), found.end()) if found else None


def test_the_scan_finds_what_the_per_surname_pattern_found() -> None:
    for text in GLUED_TEXTS:
        for surname in ("Niessl", "Mann", "Koch", "Özdemir"):
            assert _glued_name(text, surname) == _pattern_glued(text, surname), (text, surname)


@given(
    st.text(alphabet="AaKkoOchÄäßÖ _-.2", max_size=40),
    st.sampled_from(["Koch", "Och", "Ä", "Kä"]),
)
def test_the_scan_agrees_with_the_pattern_on_any_text(text: str, surname: str) -> None:
    assert _glued_name(text, surname) == _pattern_glued(text, surname)


ROLE_NOUN_CASES = [
    # "forscherin" stands nowhere in lower case: only "-Forscherin" lets the whole-text search run
    (
        "Siemens-Forscherin Anna Roth arbeitet an neuen Batterien. Die Zellen halten doppelt so lange, "
        "sagt die Forscherin.",
        "business",
    ),
    # without any compound of the noun the profession stays
    ("Die Zellen halten doppelt so lange, sagt die Forscherin. Die Firma schweigt.", "expert"),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_NOUN_CASES)
def test_a_bare_role_noun_finds_its_hyphenated_compound_without_a_lower_case_one(
    text: str, expected: str
) -> None:
    assert classify_in_text("die Forscherin", text).type == expected
