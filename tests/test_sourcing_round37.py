"""Who speaks, thirty-seventh speaker round (docs/accuracy.md, "speaker round 37"): a personal pronoun
resolved by number and animacy. "er" and a "sie" whose finite verb is singular ("sagt sie") never refer
to several ("Zwei Undercover-FBI-Agenten"); no pronoun refers to a thing a name in the genitive owns
("Rafael van der Vaarts Abschiedsgala") nor, in the singular, to a registered organisation or state named
without an article ("Peking"); a given name after a first name no list knows is a surname and gives
no gender ("Saharo Mohammed … sagt sie"); "hieß es in" an indefinite document with no owner speaks for
the source named last ("hieß es in gleichlautenden Stellungnahmen"). Real German sentences in (dev9,
dev6, dev7, gnad1000 and the Petersen-Frey & Biemann train split), the speakers out; each fails without
its rule, the guards without their exclusion."""

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text
from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Doch Bamba Chakula birgt auch Tücken. Saharo Mohammed aus Somalia findet Bamba Chakula trotzdem "
            "gut: „Ich kann so mehr selber bestimmen was ich brauche“, sagt sie.",
            [("direct", "Ich kann so", "sie", "Mohammed")],
            id="dev9: 'Mohammed' after an unknown first name is a surname, no man's name",
        ),
        pytest.param(
            "Der Mittelfeldspieler Piotr Trochowski kehrt zurück. Nach Rafael van der Vaarts Abschiedsgala "
            "fasste er den Entschluss. „Wenn alles läuft, kann ich mir gut vorstellen, für den HSV zu "
            "spielen“, sagt er.",
            [("direct", "Wenn alles läuft,", "er", "Mittelfeldspieler Piotr Trochowski")],
            id="dev6: 'Vaarts Abschiedsgala' is a thing, no 'er'",
        ),
        pytest.param(
            "Der Präsident Mark Rutte kam zu Besuch. Am Abend redeten Zwei Undercover-FBI-Agenten mit "
            "Journalisten. Er habe einen Anschlag verhindert, sagte er.",
            [("indirect", "Er habe einen", "er", "Präsident Mark Rutte")],
            id="PFB train: 'er' is never 'Zwei Undercover-FBI-Agenten'",
        ),
        pytest.param(
            "Die Ministerin Anna Kramer reist ab. Peking kritisiert die Entscheidung. „Das ist bitter“, "
            "sagt sie.",
            [("direct", "Das ist bitter", "sie", "Ministerin Anna Kramer")],
            id="dev7: a singular 'sie' is never 'Peking', an organisation named without an article",
        ),
        pytest.param(
            "Gesine aus Tübingen läuft die Zeit davon. Die 18-Jährige hat sich an der Uni Freiburg "
            "eingeschrieben. 200 Bewerbungen habe sie bestimmt schon verschickt, schätzt sie.",
            # "Gesine", a given name since round 67's licensed list, is the person the 18-year-old is
            [("indirect", "200 Bewerbungen habe", "sie", "Gesine")],
            id="guard (dev): 'die 18-Jährige' is one person, no plural",
        ),
        pytest.param(
            "Die Ministerin Anna Weber tritt auf. Die chinesische Regierung lehnt den Vorschlag ab. "
            "„Das ist nicht der richtige Weg“, sagt sie.",
            [("direct", "Das ist nicht", "sie", "chinesische Regierung")],
            id="guard: 'die chinesische Regierung' (registered as Peking's) with its article is a 'sie'",
        ),
    ],
)
def test_pronoun_agrees_in_number_and_animacy(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("„Das ist gut“, sagt sie.", ["sg"]),
        ("Sie seien sich einig, sagten die Sprecher.", ["pl"]),
        ("Sie sagen das oft.", [""]),
        ("Er habe das gesagt.", ["sg"]),
    ],
)
def test_pronoun_number_from_finite_verb(text: str, numbers: list[str]) -> None:
    doc = doc_from_text(text, annotate=False)
    context = sourcing._Context(doc)
    found = [
        sourcing._pronoun_number(context, t, context.words.pronouns[t.text.lower()])
        for t in doc.tokens
        if t.text.lower() in context.words.pronouns and not context.mask[doc.tokens.index(t)]
    ]
    assert found == numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sprecher der Autobauer wollten sich zu möglichen Gesprächen nicht äußern. Man habe aber von "
            "Beginn an betont, offen für weitere Partner zu sein, und da gebe es großes Interesse, hieß es "
            "in gleichlautenden Stellungnahmen.",
            [("indirect", "Man habe aber", "gleichlautenden Stellungnahmen", "Sprecher der Autobauer")],
            id="dev9: 'hieß es in gleichlautenden Stellungnahmen' speaks for the speakers named before",
        ),
        pytest.param(
            "Der Konzern Siemens äußerte sich nicht. Die Zahlen seien gut, hieß es in einer Meldung.",
            [("indirect", "Die Zahlen seien", "einer Meldung", "Konzern Siemens")],
            id="'hieß es in einer Meldung': the span stays at the document, the person is its source",
        ),
        pytest.param(
            "Zielpunkt habe demnach mit Lieferanten Wiederverkaufspreise abgesprochen. In einer Reihe von "
            "Fällen setzte die Zielpunkt GmbH diese Wiederverkaufspreise auch tatsächlich um, heißt es in "
            "dem BWB-Bericht.",
            [
                ("indirect", "Zielpunkt habe demnach", "demnach", "demnach"),
                ("indirect", "In einer Reihe", "BWB-Bericht", "BWB-Bericht"),
            ],
            id="guard (gnad1000): 'in dem BWB-Bericht' is a definite document that speaks itself",
        ),
    ],
)
def test_document_without_owner_speaks_for_the_last_source(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir sind dagegen“, sagten die Verbände Bioland sowie Demeter.", "Verbände Bioland sowie Demeter"),
        ("„Wir sind dagegen“, erklärten Bioland und Demeter.", "Bioland und Demeter"),
    ],
)
def test_mentions_joined_by_a_joiner_speak_together(text: str, speaker: str) -> None:
    """The joiners of speech_de.toml ("und", "sowie") join two mentions into one speaker of several."""
    assert speakers(text) == [("direct", "Wir sind dagegen", speaker, speaker)]
