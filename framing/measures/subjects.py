"""The grammatical subject of a verb of saying from German morphology, with no model (speaker round 36).

Case and number come from the determiner or pronoun that opens a phrase (``data/registries/case_de.toml``:
"dem", "den", "einem" are never nominative; "das", "ein", "er" are singular), the finite verb's number
from its ending (every plural finite form ends in "-n": "sagten", "erklären", "hatten"; "sind" aside;
"kann", "begann" end in "-nn" and are singular), and the order of the main clause (verb second: the
subject stands before the finite verb or right after it). The sourcing family (``sourcing._prefield``,
``_subject``, ``_after``, ``_is_speech_verb``) asks four questions:

- whether the phrase before the finite verb cannot be its subject, a singular before a plural verb ("Das
  Argument hatten die Staatsanwälte „lächerlich“ genannt": the subject follows the verb);
- whether a finite verb right after "Als X" stands second in a main clause, so that "Als X" is no
  subordinate clause and the subject follows the verb ("Als Freizeitkicker fordere Näßler …");
- whether the phrase right after a verb is nominative by its article alone ("…, sagte der Schweizer der
  Gazzetta dello Sport": "der" before a masculine noun is nominative only);
- whether a word that could be a separable verb's particle is a preposition with its article after it
  ("warfen Rauchbomben vor dem Gebäude" is no "vorwerfen"), so that the verb is no verb of saying.

Speaker round 39 adds the phrase around the subject: a common noun after the verb keeps its owner in the
genitive ("sagt die Liebhaberin der griechischen Küche", ``with_owner``), one before the verb its
prepositional attribute ("Eine Schrift aus dem 17. Jahrhundert erklärt", ``common_noun``), and one ordinary
noun without an article before a singular verb is no subject when a phrase with its article follows the
verb ("Stolz vermeldet das deutsche Management", ``bare_noun``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..model import Token
from ..resources import place_names, reloadable, word_sets
from ..speakers import GENITIVE_ARTICLES, Phrase, addressed_medium, is_plain_word, parse_phrase


@reloadable
@cache
def _case() -> dict[str, frozenset[str]]:
    return word_sets("case_de.toml")


def plural_finite(token: Token) -> bool:
    """Whether the finite verb ``token`` is plural: every plural finite form ends in "-n" ("sagten",
    "erklären", "hatten", "können"), "sind" aside; the singular forms end otherwise ("sagte", "erklärt",
    "hat"), or in "-nn" ("kann", "begann", "gewann")."""
    text = token.text.lower()
    return (text.endswith("n") and not text.endswith("nn")) or text == "sind"


def singular_only(word: str) -> bool:
    """Whether ``word`` opens a phrase that, as a subject, is singular: its nominative readings are all
    singular ("das", "ein", "der", "er"; not "die", "sie", "diese")."""
    case = _case()
    lower = word.lower()
    return lower in case["nominative.singular"] and lower not in case["nominative.plural"]


def oblique(word: str) -> bool:
    """Whether ``word`` has no nominative reading ("dem", "den", "einem", "ihm"): its phrase is an object."""
    return word.lower() in _case()["oblique.forms"]


def article(word: str) -> bool:
    """Whether ``word`` is a form of an article or of "dieser"/"jener" ("dem", "eine", "diesen")."""
    return word.lower() in _case()["articles.forms"]


def feminine_noun(word: str) -> bool:
    """Whether the noun ``word`` is feminine by its suffix ("Zeitung", "Polizei"; "Behörde" is feminine
    too, but no suffix shows it, so it counts as not known to be)."""
    return word.lower().endswith(tuple(_case()["feminine_endings.endings"]))


def masculine_nominative(tokens: list[Token], first: int, end: int) -> bool:
    """Whether the phrase ``tokens[first:end]`` is nominative by its article: "der", "dieser" or "jener"
    before a noun no suffix makes feminine ("der Schweizer", not "der Zeitung"), the last word of the
    phrase being its head, capitalised and in the singular (its lemma: "der Experten" is a genitive
    plural)."""
    if end - first < 2 or tokens[first].text.lower() not in _case()["masculine_nominative.forms"]:
        return False
    head = tokens[end - 1]
    return head.text[:1].isupper() and head.lemma == head.text and not feminine_noun(head.text)


def number_against(tokens: list[Token], begin: int, finite: int, coordinators: frozenset[str]) -> bool:
    """Whether the phrase from ``begin`` before the finite verb at ``finite`` cannot be its subject by
    number: it opens with a determiner or pronoun that is singular as a subject ("Das Argument", "Ein
    Sprecher", "Er"), holds no coordinator ("Das Argument und die Idee"), and the verb is plural."""
    if begin >= finite or not plural_finite(tokens[finite]) or not singular_only(tokens[begin].text):
        return False
    return not any(
        tokens[k].text.lower() in coordinators or tokens[k].text == "," for k in range(begin, finite)
    )


def verb_second(tokens: list[Token], verb: int, limit: int) -> bool:
    """Whether the verb at ``verb`` is followed in its clause by a phrase that can be its subject, as in a
    main clause (verb second, "Als Freizeitkicker fordere Näßler deshalb"), not ended as a subordinate
    clause's last verb is ("als der Minister sagte, …", "als ein Sprecher sagte:"): a capitalised word or
    a word with a nominative reading, not an oblique form."""
    if verb + 1 >= limit:
        return False
    following = tokens[verb + 1]
    if following.kind != "word" or oblique(following.text):
        return False
    case = _case()
    lower = following.text.lower()
    return following.text[:1].isupper() or lower in case["nominative.singular"] | case["nominative.plural"]


def with_owner(tokens: list[Token], phrase: Phrase, limit: int) -> Phrase:
    """``phrase`` after a verb of saying with its owner in the genitive, when the phrase is a common noun
    with its article and no name ("sagt die Liebhaberin der griechischen Küche", "betonte die Witwe des
    Opfers", "sagte ein Freund des Opfers"; speaker round 39): by the span convention a genitive that
    identifies the speaker stays with the noun. "des"/"eines" are genitive only; "der"/"einer" are also
    the dative of a feminine noun, and a medium or organisation after a verb of saying is then the one
    spoken to ("sagte der Schweizer der Gazzetta dello Sport", "sagte die Frau der Zeitung"), so there
    the owner must be an ordinary German noun no list types. A role or organisation noun has its genitive
    already (``parse_phrase``)."""
    end = phrase.end
    if end >= limit or "given" in phrase.kinds or not article(tokens[phrase.first].text):
        return phrase
    opener = tokens[end].text.lower()
    if opener not in GENITIVE_ARTICLES or end - phrase.first < 2:
        return phrase
    owner = parse_phrase(tokens, end, limit)
    if owner is None or "given" in owner.kinds:
        return phrase
    if opener in ("der", "einer") and (
        owner.kinds - {""} or not is_plain_word(tokens[owner.end - 1].text) or addressed_medium(tokens, owner)
    ):  # "der Gazzetta dello Sport", "der Zeitung": the dative of the one spoken to
        return phrase
    return replace(phrase, end=owner.end, stop=owner.stop)


def common_noun(tokens: list[Token], phrase: Phrase) -> bool:
    """Whether ``phrase`` is a common noun with its article and no name ("Eine Schrift", "die Witwe";
    not "der Bürgermeister Hans Müller", "die Firma Siemens"): by the span convention an attribute that
    identifies such a speaker stays with it ("Eine Schrift aus dem 17. Jahrhundert erklärt …")."""
    return (
        article(tokens[phrase.first].text)
        and "given" not in phrase.kinds
        and phrase.end - phrase.first >= 2
        and all(is_plain_word(t.text) for t in tokens[phrase.first + 1 : phrase.end] if t.text[:1].isupper())
    )


def bare_noun(tokens: list[Token], phrase: Phrase, finite: int) -> bool:
    """Whether ``phrase``, all the place before the singular finite verb at ``finite``, is one ordinary
    German noun without an article ("Stolz vermeldet das deutsche Management, dass …", "Kritik übte die
    Opposition"; speaker round 39): a singular count noun needs its article as a subject, so such a word
    is a mass noun, an object or an adverbial, and a phrase with its article after the verb is the
    subject. Not before a plural verb, whose subject a bare plural is ("Anwohner kritisierten …"), nor a
    place ("China kritisierte die Militärübung")."""
    token = tokens[phrase.first]
    return (
        phrase.end == phrase.first + 1
        and token.text[:1].isupper()
        and not token.text.isupper()
        and is_plain_word(token.text)
        and token.text.lower() not in place_names()  # "China kritisierte die Militärübung"
        and not plural_finite(tokens[finite])
    )
