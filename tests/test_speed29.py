"""Speed round 29: the kind an article gives an organisation looked up for one name
(``described_organisation``) reads the article's organisations only where a place of the name can be one
a pattern of ``described_organisations`` types; a company office's owner is asked for only after the
phrase holds one. The same answers (the round's identity hash is the check at corpus scale; these pin
the pieces on texts with every pattern)."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from framing.sources import (
    _described_office,
    described_organisation,
    described_organisations,
    registry,
)

TEXTS = (
    # a head before the name, one before a name of two words, a head after the name, one set off after it
    "Der Autobauer BMW meldete am Montag höhere Umsätze. Die Verlagsgruppe Funke Medien wächst. "
    "Die Funke Mediengruppe stellte neue Zahlen vor. Nordwerk, ein Hamburger Maschinenbauer, baut aus. "
    "Kanzlerin Angela Merkel lobte die Firmen, sagte Merkel.",
    # an abbreviation in brackets after its full name, and one whose organisation the next sentence names
    "Das European Center for Constitutional and Human Rights (ECCHR) unterstützt die Klage. Das teilte "
    "die Berliner NGO am Vormittag mit. Das Institut der deutschen Wirtschaft (IW) rechnet mit Wachstum. "
    "„Wir sind zuversichtlich“, sagte IW-Direktor Michael Hüther.",
    # no organisation described at all
    "Sabine Vogt und Jana Lorenz besuchen die Messe. Der Umsatz sei gestiegen, erklärt Sabine Vogt.",
)


def _unread(text: str) -> None:
    registry().article_kinds.pop(text, None)


@pytest.mark.parametrize("text", TEXTS)
def test_the_kind_of_each_name_is_what_all_the_article_organisations_give_it(text: str) -> None:
    _unread(text)
    described = dict(described_organisations(text))
    words = re.findall(r"[\w&'’+-]+", text)
    names = {*described, *words, *(f"{a} {b}" for a, b in pairwise(words)), ""}
    for name in names:
        _unread(text)
        assert described_organisation(text, name) == described.get(name), name


def test_the_organisations_are_typed_by_their_heads() -> None:
    text = TEXTS[0]
    _unread(text)
    assert described_organisation(text, "BMW") == ("business", "Autobauer")
    assert described_organisation(text, "Nordwerk") == ("business", "Maschinenbauer")
    _unread(TEXTS[1])
    assert described_organisation(TEXTS[1], "ECCHR") == ("civil_society", "NGO")
    assert described_organisation(TEXTS[1], "IW") == ("expert", "Institut")


def test_a_person_named_where_no_head_stands_leaves_the_article_unread() -> None:
    for text, name in ((TEXTS[0], "Merkel"), (TEXTS[0], "Angela Merkel"), (TEXTS[2], "Vogt")):
        _unread(text)
        assert described_organisation(text, name) is None
        assert text not in registry().article_kinds  # no pattern was run over the article
    _unread(TEXTS[0])
    assert described_organisation(TEXTS[0], "BMW") is not None
    assert TEXTS[0] in registry().article_kinds  # read once, for every name after


def test_a_company_office_is_owned_as_before_and_other_phrases_leave_the_article_unread() -> None:
    text = "Die Mediengruppe Madsack baut Stellen ab. „Wir sparen“, sagte der Madsack-Manager Thomas Düffert."
    _unread(text)
    assert _described_office("Bürgermeister Peter Kurz", text) is None  # no company office
    assert text not in registry().article_kinds
    office = _described_office("der Madsack-Manager Thomas Düffert", text)
    assert office is not None and (office.type, office.cue) == ("media", "Madsack")
