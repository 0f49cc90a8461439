"""Who speaks, forty-first speaker round (docs/accuracy.md, "speaker round 41"): a definite role mention
without a name linked to the person named before. (1) A pronoun that refers to "die ehemalige
Grünen-Vorsitzende" names the person behind it: a feminine nominalised adjective after "die" is one
person, not a plural like "die Besucher"; the source type stays the role's where the name alone has none.
(2) A definite role noun as the speaker that no mention of a name carries ("so der CDU-Spitzenkandidat",
"Der Außenminister ist …") names the person named last before it, of its gender, in its paragraph or the
sentence before; not where another person without a role of their own is named just before, another
person carries the role, or the noun is plural; a surname that is also a German word ("Voigt") counts as
a mention; a role with a modifier ("CDU-Spitzenkandidat") never goes to a mention whose role has another
("AfD-Spitzenkandidat Björn Höcke"). (3) "so der Experte": one person named before, not the experts of a
group entry, and only a person ("Marktforschern" is none). Real German sentences in (dev11's WAZ, WELT
and Berliner Morgenpost articles, the public 10kGNAD articles of benchmarks' gnad1000), the speakers
out; each fails without its rule, the guards without their exclusion."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "AfD-Spitzenkandidat Björn Höcke wirft seinem Kontrahenten Mario Voigt eine Lüge vor. Eine "
            "Attacke, die Voigt nicht auf sich sitzen lassen mag.\n\nEr lasse sich nur „ungern "
            "unterstellen, dass ich wahrheitswidrig etwas sage“, so der CDU-Spitzenkandidat.",
            ("partial", "ungern unterstellen, dass", "CDU-Spitzenkandidat", "Voigt"),
            id="dev11: 'so der CDU-Spitzenkandidat' is Voigt, not the AfD-Spitzenkandidat",
        ),
        pytest.param(
            "Sebastian Kurz haut derzeit ordentlich auf die Pauke. Der Außenminister ist nicht von "
            "Selbstzweifeln angekränkelt: „Ich bin nicht rechts.“",
            ("direct", "Ich bin nicht", "Außenminister", "Sebastian Kurz"),
            id="gnad: 'Der Außenminister' after Sebastian Kurz",
        ),
        pytest.param(
            "Bundeskanzler Werner Faymann sprach am Montag. Sebastian Kurz haut derzeit ordentlich auf die "
            "Pauke. Der Außenminister sagte: „Ich bin nicht rechts.“",
            ("direct", "Ich bin nicht", "Außenminister", "Sebastian Kurz"),
            id="a person with another role named before is not a second candidate",
        ),
        pytest.param(
            "Mohammed konnte mit seiner Frau und dem kleinen Sohn bleiben. Nein, ein Wirtschaftsflüchtling "
            "sei er nicht, sagt Mohammed. Zurück nach Marokko können sie aber auch nicht, erklärt der junge "
            "Familienvater.",
            ("indirect", "Zurück nach Marokko", "junge Familienvater", "Mohammed"),
            id="gnad: 'erklärt der junge Familienvater'",
        ),
        pytest.param(
            "Ähnlich sieht es Geoff Yu vom Vermögensverwalter BNY. Yu ergänzt: „Ein möglicher Störfaktor "
            "wäre ein deutlicher Ausverkauf französischer Staatsanleihen“, so der Experte.",
            ("direct", "Ein möglicher Störfaktor", "Experte", "Yu"),
            id="dev11: 'so der Experte' is Yu, not the experts' group entry",
        ),
        pytest.param(
            "Sebastian Kurz haut derzeit ordentlich auf die Pauke. Auch Werner Faymann äußerte sich. Der "
            "Außenminister ist nicht von Selbstzweifeln angekränkelt: „Ich bin nicht rechts.“",
            ("direct", "Ich bin nicht", "Außenminister", "Außenminister"),
            id="two persons of that gender just before: neither",
        ),
        pytest.param(
            "Sebastian Kurz haut derzeit ordentlich auf die Pauke. Die Experten sagen: „Das ist nicht "
            "rechts.“",
            ("direct", "Das ist nicht", "Experten", "Experten"),
            id="a plural is no person named before",
        ),
        pytest.param(
            "Lölkes zitierte Schätzungen von Marktforschern, wonach die Zahl der Drucker steigen wird. Der "
            "Experte empfahl, den Plastikmüll zu schreddern.",
            ("indirect", "Der Experte empfahl,", "Experte", "Experte"),
            id="gnad: 'Der Experte' is not the 'Marktforschern' before",
        ),
        pytest.param(
            "Innenministerin Johanna Mikl-Leitner sprach am Montag. Sie kritisierte die Pläne. Die "
            "Außenministerin sagte: „Das ist nicht rechts.“",
            ("direct", "Das ist nicht", "Außenministerin", "Außenministerin"),
            id="the person before has a role of her own",
        ),
    ],
)
def test_role_mention_and_the_person_before(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in speakers(text)
