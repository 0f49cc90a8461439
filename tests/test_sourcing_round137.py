"""Speaker round 137 (docs/accuracy.md, "Speaker round 137 (break137)"): texts copied from web pages cut a
sentence where the page had a link or bold text ("Bundesbildungsministerin¶¶Anja Karliczek (CDU) warnte …");
the role noun left alone in its paragraph is now read as the role of the name that opens the next one, so the
later mentions ("…, sagte Karliczek") are typed by it. A one-word subhead that is no role noun gives none.
German sentences written for the round in, the speaker and type out."""

import pytest

from tests.sourcing_speakers import quoted


def typed(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(person named, source type, cue) of every quote."""
    return [(q.speaker, q.source_type, q.source_cue) for _, _, q in quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Die Zahl der Neuinfektionen steigt weiter.\n\nBundesbildungsministerin\n\nAnja Keller (CDU) "
            "warnte vor schnellen Lockerungen. „Wir dürfen jetzt nicht nachlassen“, sagte Keller.",
            ("Keller", "government", "Bundesbildungsministerin"),
            id="a federal minister cut from her name",
        ),
        pytest.param(
            "Die Koalition hat sich geeinigt.\n\nSPD-Chef\n\nPeter Brandt forderte höhere Steuern. "
            "„Starke Schultern müssen mehr tragen“, sagte Brandt der Zeitung.",
            ("Brandt", "parliament", "SPD-Chef"),
            id="a party chair cut from his name",
        ),
    ],
)
def test_a_role_noun_cut_from_its_name_types_the_later_mentions(text, expected):
    assert typed(text)[-1] == expected


def test_a_subhead_that_is_no_role_gives_none():
    text = (
        "Die Schulen bleiben geschlossen.\n\nImpfungen\n\nAnna Berger leitet das Impfzentrum. "
        "„Wir impfen jeden Tag tausend Menschen“, sagte Berger."
    )
    assert typed(text) == [("Berger", "other", None)]
