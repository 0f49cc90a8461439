"""Issue 16, thirteenth round (branch speed14): the first mention of a person found as before, with the
whole-text search for a given name glued to the surname ("HansNiessl") run only where the surname
stands right after a lower-case letter somewhere in the text."""

import re

import pytest

from framing.sources import _after_lower, _first_mention, classify_in_text

GLUED_LATE = (
    "Die ÖVPNiessl-Kritik blieb leise. Einen Monat nach dem Start der Koalition zeigt sich "
    "Landeshauptmann HansNiessl (SPÖ) zufrieden."
)


def test_the_glued_name_is_found_after_a_surname_glued_to_capitals_first() -> None:
    # "ÖVPNiessl" comes first and is no given name; the scan goes on to "HansNiessl"
    assert _after_lower(GLUED_LATE, "Niessl")
    start, end = _first_mention(GLUED_LATE, "Niessl")
    assert GLUED_LATE[start:end] == "HansNiessl"


def test_no_glued_name_where_the_surname_never_follows_a_lower_case_letter() -> None:
    text = "Die ÖVPNiessl-Kritik blieb leise. Das sei falsch, sagte ein Sprecher."
    assert not _after_lower(text, "Niessl")
    assert _first_mention(text, "Niessl") is None
    assert not _after_lower("Niessl sagte das. Hans Niessl auch.", "Niessl")


def test_the_guard_agrees_with_the_search_it_spares() -> None:
    texts = [
        GLUED_LATE,
        "Der Hausmann sagte, das sei gut. „Ja“, sagte Mann.",
        "Laut Unterlagen hat AnnaKoch unterschrieben, sagte Koch.",
        "Bürgermeisterin MariaÖzdemir (Grüne) sagte, die ÖzdemirStiftung helfe.",
    ]
    for text in texts:
        for surname in ("Niessl", "Mann", "Koch", "Özdemir"):
            glued = re.search(rf"(?<!\w)[A-ZÄÖÜ][a-zäöüß]+{re.escape(surname)}(?!\w)", text)
            assert glued is None or _after_lower(text, surname)


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
