r"""Speed round 21 (issue 16, branch speed21): sourcing's cold costs cut with the same output.

A bare person noun's definite mention ("erklärt die erfahrene neue Chefin") is found from the noun's places
and the words before each, not by a pattern compiled per noun and run from every character; the first
use of its stem likewise by ``str.find``. An organisation set off by a comma with its head noun ("Nordwerk,
ein Hamburger Maschinenbauer,") is searched only from the name's run of characters before each comma the
head follows. A sentence's lower-case forms are read once for all its separable verbs ("gab … bekannt").
A region's context words ("Kanton") open their pattern with a letter, not ``\b``. An article's tokens of
introduced surnames and of the words the rules look for ("Nach", "Rede") are found in one pass. German
sentences in,
the mentions, names, regions and the speakers' types out; the searches they replace are written out here
and give the same answers."""

import re

from framing.measures.sourcing import _Context, _is_speech_verb, _looked_for
from framing.model import Doc
from framing.pipeline import doc_from_text
from framing.sources import (
    HEAD_SET_OFF,
    WORD,
    _context_pattern,
    _definite_mention,
    _set_off_names,
    _word_opening,
    article_region,
    classify_in_text,
    described_organisations,
)
from tests.test_sourcing_cross_set import speakers

BAECKEREI = (
    "Sabine Vogt und Jana Lorenz besuchen die Messe. Sabine Vogt, Geschäftsführerin der Bäckerei Vogt, ist "
    "zufrieden, so Sabine Vogt. Der Umsatz sei gestiegen, erklärt die erfahrene neue Chefin."
)
MENTIONS = (
    BAECKEREI,
    "Gegen den 39-Jährigen besteht ein Haftbefehl. Der 39-Jährige gab an, es gehe ihm nur um die Kinder.",
    "Die Chefin-Runde tagt. Die Aufsichtsrats-Chefin fehlt, die Chefin kommt später.",
    "Ob der die Chefin kennt? Sie fragte die  Chefin und (die Chefin) selbst, dann die gute Chefin.",
    "Die neue-alte Chefin, die schöne Chefinnen-Runde und die liebe Chefin.",
    "Erst sprach Chefin Anna Roth, dann die ehemalige kommissarische 50-Jährige und der 50-Jährige.",
    "Sie nannte die über-50-Jährige 50-Jährige und die Chefe Chefe.",
)
# the searches of the code before this round, one pattern compiled per noun
ARTICLE = r"(?<![\w-])([Dd]er|[Dd]ie) (?:[a-zäöü][\w-]*(?:e|en) )*"


def _searched(text: str, noun: str) -> tuple[int, int, str] | None:
    found = re.search(rf"{ARTICLE}{re.escape(noun)}(?![\w-])", text)
    return None if found is None else (found.end() - len(noun), found.start(), found.group(1))


def test_the_definite_mention_of_a_noun_is_found_with_its_article_and_adjectives() -> None:
    position = BAECKEREI.index("Chefin")
    assert _definite_mention(BAECKEREI, "Chefin") == (position, BAECKEREI.index("die erfahrene"), "die")
    court = MENTIONS[1]
    assert _definite_mention(court, "39-Jährige") == (court.index("Der 39") + 4, court.index("Der 39"), "Der")
    runde = MENTIONS[2]  # not "Chefin-Runde", not "Aufsichtsrats-Chefin"
    assert _definite_mention(runde, "Chefin") == (runde.rindex("Chefin"), runde.rindex("die Chefin"), "die")
    assert _definite_mention("Die Chefin-Runde tagt.", "Chefin") is None
    assert _definite_mention("Erst sprach Chefin Anna Roth.", "Chefin") is None


def test_an_article_before_another_article_opens_the_mention() -> None:
    text = MENTIONS[3]  # "der die Chefin": "die" is read as an adjective of "der", as the pattern reads it
    assert _definite_mention(text, "Chefin") == (text.index("Chefin"), text.index("der die"), "der")


def test_the_mentions_are_the_per_noun_searches() -> None:
    for text in MENTIONS:
        nouns = {w for w in WORD.findall(text) if not w[:1].islower()}
        for noun in nouns | {"Chefin", "50-Jährige", "Chefe"}:
            assert _definite_mention(text, noun) == _searched(text, noun), (noun, text)
            stem = noun[:-1] if noun.endswith("e") else noun
            first = re.search(rf"(?<![\w-]){re.escape(stem)}", text)
            assert _word_opening(text, stem) == (first.start() if first else None), (stem, text)


def test_a_bare_noun_still_takes_the_office_of_the_person_named_before_it() -> None:
    found = classify_in_text("Chefin", BAECKEREI)
    assert found is not None and found.type == "business"
    for earlier in ("Die Chefin hatte eingeladen. ", "Die Chefin-Runde tagt. "):  # used before the name
        found = classify_in_text("Chefin", earlier + BAECKEREI)
        assert found is not None and found.type == "other"
    found = classify_in_text("Chef", BAECKEREI.replace("die erfahrene neue Chefin", "der neue Chef"))
    assert found is not None and found.type == "other"  # a man: not Sabine Vogt


NORDWERK = (
    "Am Montag meldete Nordwerk, ein Hamburger Maschinenbauer, höhere Umsätze. Auch die Bank sagte er, der "
    "Verband, die Gruppe. Laut Pressesprecher Jan Otto gehe es um viel. Das Unternehmen Weserstahl, der "
    "größte Arbeitgeber der Region, schweigt."
)


def test_the_names_set_off_by_a_comma_are_the_searches_of_every_capital() -> None:
    found = [(m.span(), m.groups()) for m in _set_off_names(NORDWERK)]
    assert found == [
        ((18, 57), ("Nordwerk", "Maschinenbauer")),
        ((102, 122), ("Verband", "Gruppe")),  # its comma closes the head after "er,"
        ((169, 231), ("Das Unternehmen Weserstahl", "Region")),
    ]
    for text in (NORDWERK, BAECKEREI, *MENTIONS, "Nordwerk, ein Maschinenbauer", "X, der Y, die Z, das W."):
        assert [m.span() for m in _set_off_names(text)] == [m.span() for m in HEAD_SET_OFF.finditer(text)]


def test_an_organisation_set_off_with_its_head_noun_is_typed_by_it() -> None:
    assert described_organisations(NORDWERK)["Nordwerk"] == ("business", "Maschinenbauer")
    text = (
        "Nordwerk, ein Hamburger Maschinenbauer, meldete höhere Umsätze. „Wir wachsen“, sagte ein "
        "Sprecher von Nordwerk."
    )
    found = classify_in_text("ein Sprecher von Nordwerk", text)
    assert found is not None and found.type == "business"


PARTICLES = (
    "Die Firma gab am Montag die Zahlen bekannt. Die Firma gab am Montag viel Geld. Er hielt es für richtig. "
    "Er hielt den Plan für gut. Die Polizei teilte mit. Die Polizei teilte das Brot. Die Feuerwehr stellte "
    "vor dem Haus Zelte auf. Sie wies die Vorwürfe zurück."
)


def _read(text: str) -> tuple[Doc, _Context]:
    """The document of ``text`` (not annotated) and sourcing's context of it."""
    doc = doc_from_text(text, annotate=False)
    return doc, _Context(doc)


def test_a_separable_verb_reports_only_with_its_particle_in_the_sentence() -> None:
    doc, context = _read(PARTICLES)
    # "gab … bekannt", "hielt es für", "teilte mit", "stellte … auf" (not "vor dem"), "wies … zurück"
    assert sorted(context.reporting) == [0, 2, 4, 6, 7]
    for sentence in doc.sentences:
        run = doc.tokens[sentence.first_token : sentence.end_token]
        forms = [t.text.lower() for t in run]
        for token in run:  # the sentence's forms given or read again: the same answer
            assert _is_speech_verb(token, run, forms) == _is_speech_verb(token, run), token.text


CANTONS = (
    "Der Regierungsrat des Kantons Zürich tagte. Die Kantone sind sich einig.",
    "Der Kantonsrat tagte. Der Kantonsrat war sich einig. Im SuperKanton, im _Kanton und im 3Kanton nicht.",
    "Im Kanton Bern gilt das (Kanton-Bern). Nur ein Kanton.",
)


def test_an_article_with_two_context_words_of_a_region_is_of_that_region() -> None:
    assert [article_region(text) for text in CANTONS] == ["CH", None, "CH"]


def test_the_context_pattern_opens_with_the_letter_and_matches_as_before() -> None:
    words = ["Kanton", "Kantone", "Kantons", "Kantonen"]
    pattern = _context_pattern(words)
    assert pattern is not None and pattern.pattern.startswith("(?:K(?<!\\wK)antonen|")
    before = re.compile(r"\b(?:Kantonen|Kantons|Kantone|Kanton)\b")  # as the registry built it
    for text in CANTONS:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in before.finditer(text)]
    assert _context_pattern([]) is None
    odd = _context_pattern(["(Kanton)", "Kanton"])  # a word opening with no letter: the pattern as it was
    assert odd is not None and odd.pattern == r"\b(?:\(Kanton\)|Kanton)\b"


DUPONT = (
    "Jean Dupont und Marie Roux stehen in der Halle. Jean Dupont, Geschäftsführer des Großmarktes, kämpft an "
    "vielen Fronten, so Jean Dupont. „Es gibt neue Herausforderungen“, berichtet der Franzose."
)


def test_a_bare_origin_noun_takes_the_office_of_the_man_named_before_it() -> None:
    found = classify_in_text("Franzose", DUPONT)  # an origin ([senses] origins) says no more than an age
    assert found is not None and (found.type, found.cue) == ("business", "Geschäftsführer")
    found = classify_in_text("Franzose", DUPONT.replace("Jean", "Marie"))  # a woman named before: not her
    assert found is not None and found.type != "business"


JESSICA_BERLIN = (
    "Jessica Berlin besuchte am Montag Kiew. Nach Angaben der Regierung sei das Treffen gut verlaufen, sagte "
    "Berlin. Dies bestätigte auch ein Sprecher. In Berlin war von einem Erfolg die Rede. Berlin lobte die "
    "Gespräche."
)


def test_an_introduced_surname_and_the_looked_for_words_are_found_in_one_pass() -> None:
    doc, context = _read(JESSICA_BERLIN)
    surnames = [
        (doc.text[m.start : m.end], m.attrs["form"]) for m in context.mentions if m.label == "jessica_berlin"
    ]
    assert surnames == [
        ("Jessica Berlin", "name"),
        ("Berlin", "surname"),
        ("Berlin", "surname"),
    ]  # not "In Berlin"
    assert (context._indexes_of["Nach"], context._indexes_of["Rede"]) == ([7], [33])
    assert {"nach", "Nach", "Rede"} <= _looked_for()
    assert speakers(JESSICA_BERLIN) == [
        ("indirect", "Nach Angaben der", "ein Sprecher", "ein Sprecher"),
        ("indirect", "In Berlin war", "Berlin", "Berlin"),
    ]
