"""The speaker's span, hundredth speaker round (docs/accuracy.md, "Speaker round 100"): an institution named
with its purpose after "für" ("Syrische Beobachtungsstelle für Menschenrechte", "Deutsches Zentrum für Luft-
und Raumfahrt", "Bayerisches Bundesamt für Statistik"), whose head noun no list of organisations holds, keeps
the "für" phrase in its span (gold convention: the noun phrase naming the speaker). Real German news
sentences in (dev2, dev18, gnad1000, fang1000), the speaker spans out."""

import pytest

from framing.speakers import speech_words

from .test_sourcing_cross_set import speakers


def _spans(text: str) -> list[str | None]:
    return [span for _, _, span, _ in speakers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Syrische Aktivisten berichteten mehrfach von getöteten Zivilisten. Wie die in London ansässige "
            "Syrische Beobachtungsstelle für Menschenrechte mitteilte, bombardierten die russischen "
            "Kampfjets auch ein provisorisches Krankenhaus von Rebellen in der zentralen Provinz Hama.",
            "in London ansässige Syrische Beobachtungsstelle für Menschenrechte",
            id="dev2, gnad: the observatory after wie",
        ),
        pytest.param(
            "Bei einem Angriff auf ein zweites Krankenhaus in Marat Numan wurden nach Erkenntnissen der "
            "oppositionsnahen Syrischen Beobachtungsstelle für Menschenrechte zwei Krankenschwestern "
            "getötet.",
            "oppositionsnahen Syrischen Beobachtungsstelle für Menschenrechte",
            id="gnad: after a noun of information",
        ),
        pytest.param(
            "Der Lander hat sich wieder zurückgemeldet. Das teilte das Deutsche Zentrum für Luft- und "
            "Raumfahrt (DLR) am Sonntag in Köln mit.",
            "Deutsche Zentrum für Luft- und Raumfahrt",
            id="gnad: the purpose a compound cut at its hyphen",
        ),
        pytest.param(
            "94 368 Unternehmen wurden laut dem Bayerischen Bundesamt für Statistik im Jahr 2020 im "
            "Freistaat neu gegründet.",
            "Bayerischen Bundesamt für Statistik",
            id="fang: after laut",
        ),
        pytest.param(
            "Schon 2012 meldete das Helmholtz-Zentrum für Umweltforschung, dass Schmetterlinge und Vögel "
            "nicht mit dem Klimawandel mithalten können.",
            "Helmholtz-Zentrum für Umweltforschung",
            id="fang: a compound's head",
        ),
    ],
)
def test_an_institutions_purpose_after_fuer_is_part_of_its_span(text, expected):
    assert expected in _spans(text)


def test_the_words_of_the_round():
    heads = speech_words().purpose_heads
    assert "beobachtungsstelle" in heads and "zentrum" in heads and "amt" in heads
    assert "agentur" not in heads  # "Agentur" alone is a medium's noun too


def test_a_role_with_fuer_keeps_its_reading():
    """A role noun already took its "für" phrase ("Professorin für Kognitive Linguistik"): unchanged."""
    text = "Das Gehirn schlafe nie ganz, erläutert die Professorin für Kognitive Linguistik."
    assert _spans(text) == ["Professorin für Kognitive Linguistik"]
