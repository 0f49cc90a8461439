"""Who speaks, forty-first speaker round (docs/accuracy.md, "speaker round 41"): a definite role mention
without a name linked to the person named before. (1) A pronoun that refers to "die ehemalige
Grünen-Vorsitzende" names the person behind it: a feminine nominalised adjective after "die" is one
person, not a plural like "die Besucher"; the source type stays the role's where the name alone has none.
Real German sentences in (dev11's WAZ article), the speakers out; each fails without its rule."""

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text
from tests.test_sourcing_cross_set import speakers

LANG = (
    "Die neue Bundestagspräsidentin Julia Klöckner (CDU) steht seit Wochen unter Beschuss. Erst äußerte "
    "sich ein früherer Vizekanzler ungewöhnlich deutlich, nun meldet sich auch Ricarda Lang zu Wort. Die "
    "ehemalige Grünen-Vorsitzende findet klare Worte: In einem Podcast des „Stern“ nannte sie Klöckner eine "
    "„Polarisierungsunternehmerin“."
)


def test_pronoun_through_a_feminine_role_to_the_name() -> None:
    assert ("partial", "Polarisierungsunternehmerin", "sie", "Ricarda Lang") in speakers(LANG)


def test_the_role_gives_the_type_the_name_lacks() -> None:
    doc = doc_from_text(LANG, annotate=False)
    sourcing.annotate(doc)
    quote = next(q for q in doc.quotes if q.speaker == "Ricarda Lang")
    assert quote.source_type == "parliament"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bürgermeister Hans Meier lud zum Fest. Die Besucher waren begeistert. Sie sagten, das Fest sei "
            "gelungen.",
            id="'die Besucher' is several: the pronoun keeps them",
        ),
    ],
)
def test_plural_role_not_carried_to_a_name(text: str) -> None:
    assert all(q[3] != "Hans Meier" for q in speakers(text))
