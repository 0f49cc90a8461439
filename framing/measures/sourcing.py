"""Sourcing: who is quoted, directly or indirectly, through which medium, and from which camp.

Direct quotes are the regions inside quotation marks (measures/voice.py) that carry speech; a
title, name or scare quote is not one: after a title noun ("der Film „…“", "unter dem Motto „…“",
"die sogenannte „…“"), a name after "im/dem/der" or an organisation noun, a medium's name, three
words or fewer with no verb of saying in its clause. A quote is "direct" when it opens its sentence,
follows a colon or spans sentences; else "partial". Indirect speech: a sentence without quotation
marks with a verb of saying and "dass", Konjunktiv I or a zu-infinitive, an inquit (", sagte X"),
"laut X", "X zufolge", "nach Angaben von X", "so X", "wie X mitteilte", "Für X ist …"; Konjunktiv I
alone continues the last speaker.
The speaker is a noun phrase found by rule (framing/speakers.py, words in
data/registries/speech_de.toml): the subject of the verb of saying (before it, after a subordinator,
or right after it: "sagte Verbandssprecher Jörn Badendick"), the X of the attributions, the subject
before a colon, the subject of "Das sagte X" in the next sentence; its span is the name with its
role, never the words around it. Pronouns and role nouns ("sagt er", "sagte die 62-Jährige") keep
their own span and name the person they refer to (the last compatible person or organisation).
A registered actor inside the span gives actor and camp, else "unregistered"; media named beside
the speaker are the relay (``via``: "laut der russischen Nachrichtenagentur Tass"); a quote with no
attribution right after speech continues its speaker.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, fields, replace
from functools import cache, lru_cache, partial
from itertools import compress, pairwise, repeat
from operator import attrgetter, itemgetter
from typing import Any, Final

from ..actors import CAMPS, Actor, find_mentions, introduced_surnames, load_actors
from ..lexicons import FILES, Resources
from ..memo import in_pure_python
from ..model import Doc, Quote, Sentence, Span, Token
from ..resources import place_names, reloadable
from ..segment import lemma_of
from ..sources import (
    INDEFINITE_ARTICLES,
    SOURCE_TYPES,
    Source,
    classify_in_text,
    ends_name,
    generic_role,
    listed_politician,
    named_before,
    names_medium,
    office_over_party,
    party_alone,
    party_member,
    party_office,
    pooled_sources,
    strong_cue,
)
from ..speakers import (
    BOUNDARIES,
    CANDIDATE,
    DEFINITE,
    GENITIVE_ARTICLES,
    KONJUNKTIV,
    PARTICLE_VERB,
    QUOTE_MARKS,
    QUOTED_NAME_WORDS,
    SPEECH,
    STRONG,
    TRIGGER,
    WEAK_PAST_ENDINGS,
    Entities,
    Entity,
    Phrase,
    SpeechWords,
    age_noun,
    agrees_with_pronoun,
    carries_role,
    extended_attribute,
    flags_of,
    guarded_role,
    is_adjective,
    is_body_cue,
    is_capitalised,
    is_capitalised_adjective,
    is_colon_topic,
    is_media_noun,
    is_naming_noun,
    is_plain_word,
    is_saying,
    is_title_cue,
    is_title_cue_genitive,
    joined_slash,
    konjunktiv_one,
    named_with,
    noun_kind,
    ordinal,
    parse_phrase,
    particles_of_surname,
    referent_number,
    skip_adverbs,
    speech_words,
    stated_age,
    suffix_of,
    token_flags,
)
from .additive import Number, Stats, Tally, Totals, cell_at, cell_starts, ratio, shared_stats
from .additive import words as words_in
from .hedging import is_participle, reportative_reasons
from .subjects import (
    article,
    bare_noun,
    common_noun,
    masculine_nominative,
    number_against,
    plural_finite,
    verb_second,
    with_owner,
)
from .voice import quoted_mask, quoted_regions

# bound once as Final: the compiled build reads them from a C static, an imported name from the module's
# dict at each of its 35 uses
bisect_left: Final = bisect.bisect_left
bisect_right: Final = bisect.bisect_right

_FORM: Final = itemgetter(0)  # of a token key (lower-case form, lower-case lemma)
GROUPS: Final = (*CAMPS, "unregistered")
ARTICLES: Final = DEFINITE | INDEFINITE_ARTICLES | {"einen"}  # every article, the accusative too
INDEFINITE: Final = ARTICLES - DEFINITE  # "ein", "einen", …
# a name written alone this often is a person's, its full name not in the text (round 48)
BARE_NAME_USES: Final = 3

FEATURES: Final = {
    "sourcing.quotes_per_1k": "quotes (direct, partial and indirect) per 1,000 words",
    "sourcing.quoted_share": "share of body characters inside quotation marks (0…1)",
    "sourcing.direct": "number of direct and partial quotes",
    "sourcing.indirect": "number of indirect (reported) speech passages",
    "sourcing.anonymous_share": "share of quotes from anonymous sources (0…1)",
    **{f"sourcing.voices.{group}": f"quotes from {group.replace('_', ' ')} speakers" for group in GROUPS},
    **{
        f"sourcing.voice_words.{group}": f"quoted words from {group.replace('_', ' ')} speakers"
        for group in GROUPS
    },
    **{
        f"sourcing.sources.{kind}": f"quotes from {kind.replace('_', ' ')} sources (general source type)"
        for kind in SOURCE_TYPES
    },
    **{
        f"sourcing.source_words.{kind}": f"quoted words from {kind.replace('_', ' ')} sources"
        for kind in SOURCE_TYPES
    },
}


_TEXT: Final = attrgetter("text")


def _is_speech_verb(token: Token, tokens: list[Token] | None = None, forms: list[str] | None = None) -> bool:
    """A verb of saying; a separable one ("teilte … mit") only with its particle later in ``tokens``
    or written apart right before it at a clause's end ("wie das Ministerium bekannt gab"); one that says
    only in a frame only in it (speech_de.toml's view_frames, clause_verbs, finding_verbs and
    unreflexive_verbs: "Ähnlich sieht es X", "schloss nicht aus, dass …", "Studien zeigten, dass …",
    "befand er"). ``forms``: the lower-case forms of ``tokens`` where the caller has them (a sentence's,
    read for each of its verbs)."""
    flags = token_flags(token.text, token.lemma)
    if flags & SPEECH:
        return True
    particles = speech_words().separable.get(token.lemma.lower()) if flags & PARTICLE_VERB else None
    if (
        tokens is not None
        and flags & PARTICLE_VERB
        and token.lemma.lower() in _frame_lemmas()  # the four tests ask only such a verb (speed round 35)
        and (
            _view_of(token, tokens)
            or _with_clause(token, tokens)
            or _finding(token, tokens)
            or _unreflexive(token, tokens)
            or _joined_source(token, tokens)
        )
    ):
        return True  # "Ähnlich sieht es Geoff Yu …: „…“", "schloss nicht aus, dass …", "befand er"
    if not particles or tokens is None or token.text.lower() in speech_words().determiners:
        return False  # round 40: "seinem" is no form of "sein … überzeugt"
    if forms is None:
        forms = list(map(str.lower, map(_TEXT, tokens)))
    text, lemma = token.text.lower(), token.lemma.lower()
    participle = text.startswith("ge") and text[2:].startswith(lemma[:3])  # "gegeben": no particle after it
    # the tokens are read one by one only where a particle stands among them (one pass in C first), and
    # each one's place only where it is a particle
    if not particles.isdisjoint(forms) and any(
        (tokens[k].start > token.start and not participle and not _preposition_at(tokens, k))
        or tokens[k].end == token.start - 1
        for k in compress(range(len(forms)), map(particles.__contains__, forms))  # the particles' places,
    ):  # picked in C (speed round 24)
        return True
    framed = _framed(particles)  # "halten es für": "hält es für möglich, dass"
    if not framed:
        return False
    after = [form for t, form in zip(tokens, forms, strict=True) if t.start > token.start]
    return any(after[:1] == words[:1] and words[-1] in after[1:] for words in framed)


def _index_of(tokens: list[Token], token: Token) -> int | None:
    """The index in ``tokens`` (a sentence's) of the token that starts where ``token`` does, or None."""
    return next((i for i, t in enumerate(tokens) if t.start == token.start), None)


@reloadable
@cache
def _frame_lemmas() -> frozenset[str]:
    """The lemmas of the verbs that say only in a frame, the view, clause, finding, unreflexive and joined
    source verbs (``_view_of``, ``_with_clause``, ``_finding``, ``_unreflexive``, ``_joined_source``: each
    answers no for any other)."""
    words = speech_words()
    return frozenset(
        {
            *words.view_frames,
            *words.clause_verbs,
            *words.finding_verbs,
            *words.unreflexive_verbs,
            *words.joined_source_verbs,
        }
    )


def _view_of(token: Token, tokens: list[Token]) -> bool:
    """A view shared with another's or set against it ("Ähnlich sieht es Geoff Yu vom Vermögensverwalter
    BNY: „…“", "Gramsci sah es ähnlich: „…“"): the verb with its object right after it and an adverb of
    manner right before it or in its clause after it, no particle of another verb after it ("Anders sieht
    es bei der Konkurrenz aus")."""
    words = speech_words()
    objects = words.view_frames.get(token.lemma.lower())
    if not objects:
        return False
    k = _index_of(tokens, token)
    if k is None or k + 1 >= len(tokens) or tokens[k + 1].text.lower() not in objects:
        return False
    after = [t.text.lower() for t in tokens[k + 2 :]]
    if not words.view_particles.isdisjoint(after):
        return False
    clause = next((i for i, t in enumerate(tokens[k + 2 :]) if t.kind == "punct"), len(after))
    return (k >= 1 and tokens[k - 1].text.lower() in words.view_adverbs) or not words.view_adverbs.isdisjoint(
        after[:clause]
    )


def _with_clause(token: Token, tokens: list[Token]) -> bool:
    """A verb of saying only with a clause after it or its particle and a comma, "dass" or a zu-infinitive
    ("Leavitt schloss nicht aus, dass …", "schloss auch nicht aus, Obama zu verklagen"; not "hatte die
    Einrichtung … ausgeschlossen.")."""
    words = speech_words()
    particles = words.clause_verbs.get(token.lemma.lower(), frozenset())
    k = _index_of(tokens, token) if particles else None
    if k is None:
        return False
    end = k if "" in particles else None
    if end is None:
        end = next(
            (
                j
                for j in range(k + 1, len(tokens))
                if tokens[j].text.lower() in particles and not _preposition_at(tokens, j)
            ),
            None,
        )
    return end is not None and end + 1 < len(tokens) and _clause_follows(words, tokens, end + 1)


def _unreflexive(token: Token, tokens: list[Token]) -> bool:
    """A verb of a judgement with no reflexive pronoun in its sentence, in a main clause ("Nietzsche befand,
    Demut gehöre …", "…, befand er."; not "Das Lager befand sich …", "wo sich der Fall befindet", nor "…,
    dass die Schule die Produkte für gut befindet", a subordinate clause's)."""
    words = speech_words()
    if token.lemma.lower() not in words.unreflexive_verbs or any(
        t.text.lower() in words.reflexives for t in tokens
    ):
        return False
    k = _index_of(tokens, token) or 0
    while k > 0 and tokens[k - 1].kind != "punct":
        k -= 1
    opener = tokens[k].text.lower()
    return opener not in words.subordinators and not (k > 0 and opener in words.relative_pronouns)


def _finding(token: Token, tokens: list[Token]) -> bool:
    """A verb of a finding with a study or the like before it in the sentence and a "dass" clause right
    after it ("denn Studien haben gezeigt, dass …", "Eine Studie, die … veröffentlicht wurde, zeigte, dass
    …"; not "Das zeigt, dass …"), or with a study or findings as its subject at the end of a trailing
    clause "wie" opens ("…, wie EZB-Daten zeigen."; round 78)."""
    words = speech_words()
    if token.lemma.lower() not in words.finding_verbs:
        return False
    k = _index_of(tokens, token)
    if k is None:
        return False
    begin = _trailing_wie(tokens, k)
    if begin is not None:  # not "…, wie sich zeigte", "…, wie 8000 Jahre alte Funde zeigen"
        return _finding_noun(tokens, begin, k) is not None
    comma = _finding_comma(tokens, k)
    if comma is None:
        return False
    sources = words.finding_sources
    return comma > k + 1 or any(t.text[:1].isupper() and t.text.lower().endswith(sources) for t in tokens[:k])


def _finding_comma(tokens: list[Token], verb: int) -> int | None:
    """The comma before the "dass" clause of a verb of a finding, right after it, past adverbs ("zeigte
    jedoch, dass") or past its study as the subject after it ("Erst in diesen Tagen zeigt eine Studie, dass",
    "Derzeit zeigten Studien, dass"; round 88): the comma's index when a study stands between, the verb's
    next index when not; else None."""
    words = speech_words()
    j = skip_adverbs(tokens, verb + 1, len(tokens))
    study = j
    while study < len(tokens) and study - j < 3 and tokens[study].text[:1].islower():
        study += 1  # "eine", "verschiedene", "neue"
    if (
        study + 2 < len(tokens)
        and tokens[study].text[:1].isupper()
        and tokens[study].text.lower().endswith(words.finding_sources)
        and tokens[study + 1].text == ","
        and tokens[study + 2].text.lower() in words.clause
    ):
        return study + 1
    if j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].text.lower() in words.clause:
        return verb + 1  # the study stands before the verb
    return None


_GENITIVE_ARTICLES: Final = frozenset({"der", "des"})  # grammar: the articles of a genitive attribute


def _genitive_attribute(tokens: list[Token], noun: int) -> bool:
    """Whether the noun at ``noun`` is the genitive attribute of a noun before it ("Die Sichtung der
    Vorstudie", "die Ergebnisse der neuen Studie"), its article among the lower-case words right before it."""
    j = noun - 1
    article = False
    while j >= 0 and noun - j <= 3 and tokens[j].kind == "word" and tokens[j].text[:1].islower():
        article = article or tokens[j].text in _GENITIVE_ARTICLES
        j -= 1
    return article and j >= 0 and tokens[j].kind == "word" and is_capitalised(tokens[j].text)


def _study_source(context: _Context, tokens: list[Token], number: int) -> _Found | None:
    """The study, survey or analysis whose finding a verb of a finding reports with a "dass" clause where
    the subject search found no speaker (round 88): its author after "von" ("Untersuchungen von Professor
    Achim Dittler, Experte für …, haben ergeben, dass …"), else the study, before the verb past attributes
    and appositions ("Eine kürzlich durchgeführte Umfrage ergab, dass …", "Erste Studien konnten zeigen,
    dass …") or after it ("zeigt eine Studie, dass …")."""
    words = context.words
    sources = words.finding_sources
    for k, token in enumerate(tokens):
        lemma = token.lemma.lower()
        if lemma not in words.finding_verbs and lemma not in words.finding_results:
            continue
        comma = _finding_comma(tokens, k)
        if comma is None:
            continue
        if comma > k + 1:
            noun = comma - 1  # "zeigt eine Studie, dass"
        else:
            noun = next(
                (
                    j
                    for j in range(k - 1, -1, -1)
                    if is_capitalised(tokens[j].text) and tokens[j].text.lower().endswith(sources)
                ),
                -1,
            )
            if noun < 0 or _genitive_attribute(tokens, noun):
                continue  # "Die Sichtung der Vorstudie … zeigt, dass …": the examination's, not the study's
        if noun + 2 < k and tokens[noun + 1].text.lower() == "von" and is_capitalised(tokens[noun + 2].text):
            author = parse_phrase(tokens, noun + 2, k)
            if author is not None and author.named:  # "Untersuchungen von Professor Achim Dittler"
                found = context.found(author, tokens, number)
                if found is not None:
                    return found
        return _Found(tokens[noun].start, tokens[noun].end, "unregistered", False)
    return None


def _finding_noun(tokens: list[Token], begin: int, verb: int) -> int | None:
    """The index of the first study or findings noun between ``begin`` and ``verb`` ("eine am Freitag
    vorgestellte Studie der OECD", "EZB-Daten"), or None."""
    words = speech_words()
    sources = (*words.finding_sources, *words.findings)
    return next(
        (
            k
            for k in range(begin + 1, verb)
            if tokens[k].text[:1].isupper() and tokens[k].text.lower().endswith(sources)
        ),
        None,
    )


def _joined_source(token: Token, tokens: list[Token]) -> bool:
    """A source verb written as one word ("hervorgehen") at the end of a trailing clause "wie" opens, with
    "aus" before it in that clause: "…, wie aus einer Umfrage des Markit-Instituts hervorgeht." (round 78)."""
    if token.lemma.lower() not in speech_words().joined_source_verbs:
        return False
    k = _index_of(tokens, token)
    begin = None if k is None else _trailing_wie(tokens, k)
    return begin is not None and any(t.text.lower() == "aus" for t in tokens[begin + 1 : k])


def _trailing_wie(tokens: list[Token], k: int) -> int | None:
    """Where "wie" opens the clause that the verb at ``tokens[k]`` ends, right after a comma, where the
    sentence ends ("…, wie aus dem Bericht hervorgeht."): a trailing inquit (not before a colon, where
    what is shown follows it)."""
    if k + 1 < len(tokens) and tokens[k + 1].text not in (".", "!"):
        return None
    comma = next((i for i in range(k - 1, 0, -1) if tokens[i].text == ","), None)
    if comma is None or comma + 1 >= k or tokens[comma + 1].text.lower() != "wie":
        return None
    return comma + 1


@lru_cache(maxsize=256)
def _framed(particles: frozenset[str]) -> tuple[list[str], ...]:
    """The particles of more than one word, split into their words ("es für")."""
    return tuple(p.split() for p in particles if " " in p)


def _preposition_at(tokens: list[Token], k: int) -> bool:
    """Whether the particle-like word at ``tokens[k]`` is a preposition, not a verb's separated particle:
    a preposition with an article after it ("warfen Feuerwerkskörper vor dem Gebäude": no "vorwerfen"),
    where the particle closes its clause ("teilte … mit.", "gab an, dass")."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text.lower() in speech_words().prepositions  # not "zeigte sich die Regierung"
        and article(tokens[k + 1].text)
    )


@dataclass(slots=True, init=False)  # its own ``__init__``, compiled (speed round 32; speakers.Phrase)
class _Found:
    """A speaker found: the clean span, the actor (registry id or "unregistered") and its kinds."""

    start: int
    stop: int
    actor: str
    media: bool  # a medium (registry kind "media" or a media noun): a relay when a person speaks too
    entity: Entity | None = None
    mention: Span | None = None  # the registered actor's name inside the span
    words: str | None = None  # who a pronoun or role noun at start..stop refers to ("Karl Lauterbach")
    role: str | None = None  # the role mention that led to ``words`` ("ehemalige Grünen-Vorsitzende")

    def __init__(
        self,
        start: int,
        stop: int,
        actor: str,
        media: bool,
        entity: Entity | None = None,
        mention: Span | None = None,
        words: str | None = None,
        role: str | None = None,
    ) -> None:
        self.start = start
        self.stop = stop
        self.actor = actor
        self.media = media
        self.entity = entity
        self.mention = mention
        self.words = words
        self.role = role


OWNED_PERSON_KINDS: Final = frozenset({"role", "organisation", "given"})  # what a genitive name owns
OWNED_REACH: Final = 3  # words read after a genitive name for the noun it owns ("Trumps früherer Berater")
WORD_EDGE_MARKS: Final = ",.:;()"  # marks a word of ``str.split`` keeps that no noun's kind has


class _Context:
    """Per-document lookups: sentences of tokens, actor mentions, quote regions, named entities."""

    def __init__(self, doc: Doc, resources: Resources = FILES) -> None:
        self.doc = doc
        self.words = speech_words()
        self.regions = quoted_regions(doc.text)
        self.mask = quoted_mask(doc)
        self.token_starts = doc.token_starts()
        self.sentence_starts = [s.start for s in doc.sentences]
        self.after_colon = _after_colons(doc.text, self.sentence_starts)
        self.region_starts = [start for start, _ in self.regions]
        self.actors = load_actors(resources=resources)
        self.media_names = _media_names(self.actors)
        mentions = find_mentions(doc, resources)
        surnames = introduced_surnames(doc, mentions, resources)
        tokens = doc.tokens
        # the tokens of the surnames and of the words the rules below look for ("nach", "soll", "Dies" …),
        # by one pass in C over the token texts instead of a search of the text for each word
        self._indexes_of = _indexes_by_text(doc, _looked_for().union(surnames))
        indexes = sorted(i for name, found in self._indexes_of.items() if name in surnames for i in found)
        named = [(m.start, m.end) for m in mentions]
        for index in indexes:
            token = tokens[index]
            if any(start <= token.start < end for start, end in named):
                continue
            previous = tokens[index - 1].text.lower() if index else ""
            if previous not in self.words.place_prepositions:
                actor = surnames[token.text]
                mentions.append(
                    Span(
                        token.start,
                        token.end,
                        "actor",
                        actor,
                        attrs={"camp": self.actors[actor].camp, "form": "surname"},
                    )
                )
        self.mentions = sorted(mentions, key=lambda s: s.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.flags = flags = flags_of(doc)
        # the tokens with any flag (about one in eight), found by one pass in C; the positions of
        # each flag are read from them, not from one pass over every token per flag
        self.flagged = flagged = doc.flagged()
        self.verb_positions = [i for i in flagged if flags[i] & (SPEECH | PARTICLE_VERB)]
        self.trigger_positions = [i for i in flagged if flags[i] & TRIGGER]
        self.according = self._according_to()
        self.according_positions = sorted(self.according)
        self.konjunktiv_positions = [i for i in flagged if flags[i] & KONJUNKTIV]
        self.hearsay_positions, plans = self._hearsay()
        self.plans = self._after_intention(plans)
        indexes_of = self._indexes_of
        self.back_positions = sorted(
            i
            for form in self.words.back_references
            for i in indexes_of.get(form, []) + indexes_of.get(form.capitalize(), [])
            if not self.mask[i]
        )
        self.saying_only: set[int] = set()  # the reporting sentences a verb of saying alone found
        self.reporting = self._reporting_sentences()
        self.media_mentions = [m for m in self.mentions if self.actors[m.label].kind == "media"]
        self.entities = Entities()
        self.surnames: set[str] = set()
        self._collected = [False] * len(doc.sentences)
        self._collected_before = 0  # every sentence before this one is collected (``is_surname``)
        # ``_verbs`` of a run of tokens (its first token's index, its length): its mask and its verbs
        self.verbs_found: dict[tuple[int, int], tuple[list[bool], tuple[int, ...]]] = {}
        self._candidates: list[int] | None = None
        self._bare: set[str] | None = None  # see bare_name
        self._given_surnames: dict[str, str] | None = None  # see surname_gender
        self._words_written: Counter[str] | None = None  # see rarely_written
        self.sources: dict[tuple[str, str | None, str, str | None], Source | None] = {}  # see _source
        # ``classify_in_text`` of a phrase with the article (its camp and kind): a person quoted by
        # name and referred to by "er" is read once
        self.classified: dict[tuple[str, str | None, str | None], Source | None] = {}
        # ``_konjunktiv_one_after`` by sentence number: asked for most sentences once a speaker spoke,
        # by the chains of rounds 33 and 35 in turn (speed round 18)
        self.konjunktiv_after: dict[int, bool] = {}
        self.quotation_ends: dict[int, bool] = {}  # ``_ends_quotation`` by paragraph (speed round 39)

    def _according_to(self) -> dict[int, int]:
        """ "nach" before a noun of information ("nach Polizeiangaben", "Nach einer norwegischen
        Studie", "nach Schätzungen des Verbandes"), "aus" before a point of view ("Aus Sicht von
        Diess"), either with a name's genitive between ("nach Andrejews Worten", "aus Hännis Sicht"):
        the preposition's token index → the noun's."""
        tokens, words, mask = self.doc.tokens, self.words, self.mask
        found = {}
        indexes_of = self._indexes_of
        for form in words.source_prepositions | words.perspective_prepositions:
            for index in indexes_of.get(form, []) + indexes_of.get(form.capitalize(), []):
                for k in range(index + 1, min(index + 5, len(tokens))):
                    text = tokens[k].text
                    if mask[k] or (not is_capitalised(text) and not is_adjective(tokens[k])):
                        if text.lower() not in words.determiners and text.lower() not in words.possessives:
                            break  # "nach Angaben", "nach seinen Angaben", "Nach deren Angaben"
                    elif is_capitalised(text):
                        if self._source_noun(form, tokens, k) and not mask[index]:
                            found[index] = k
                        elif (
                            k == index + 1
                            and not mask[index]
                            and _name_genitive(tokens, k)
                            and not mask[k + 1]
                            and self._source_noun(form, tokens, k + 1, genitive=True)
                        ):
                            found[index] = k + 1  # "nach Andrejews Worten"
                        break
        return found

    def _source_noun(self, preposition: str, tokens: list[Token], k: int, genitive: bool = False) -> bool:
        """Whether the noun ``tokens[k]`` after ``preposition`` names a source: a noun of information
        after "nach" ("nach Polizeiangaben"), a point of view with its holder after "aus" ("Aus Sicht
        von Diess", "aus Sicht der EU-Kommission"; not "aus gewerkschaftlicher Sicht") or, with
        ``genitive``, before it ("aus Hännis Sicht")."""
        lower, words = tokens[k].text.lower(), self.words
        if preposition in words.source_prepositions and lower.endswith(words.information_endings):
            return True
        return (
            preposition in words.perspective_prepositions
            and lower in words.perspectives
            and (genitive or (k + 1 < len(tokens) and tokens[k + 1].text.lower() in OWNER_OPENERS))
        )

    def _hearsay(self) -> tuple[list[int], list[int]]:
        """The token indexes of a hearsay "soll"/"sollen" ("Er soll … verholfen haben"), and those of a
        plan or an obligation ("soll … gebaut werden", "soll im Mai …"), as the hedging family reads it."""
        indexes = sorted(i for form in self.words.reportative for i in self._indexes_of.get(form, []))
        indexes = [i for i in indexes if not self.mask[i]]
        if not indexes:
            return [], []
        reasons = reportative_reasons(self.doc.tokens, indexes)
        return [i for i in indexes if reasons[i] is not None], [i for i in indexes if reasons[i] is None]

    def _after_intention(self, plans: list[int]) -> set[int]:
        """The sentences with a plan's "soll" right after a sentence that names an intention or an
        announcement ("Tesla will die Märkte erobern. Unter anderem soll …"): they report it."""
        tokens, sentences, intentions = self.doc.tokens, self.doc.sentences, self.words.intentions
        found: set[int] = set()
        for number in sorted({tokens[i].sentence for i in plans}):
            if number == 0:
                continue
            if number - 1 in found:  # "… Unter anderem soll … Zudem sollen …": the plan goes on
                found.add(number)
                continue
            previous = tokens[sentences[number - 1].first_token : sentences[number - 1].end_token]
            for k, token in enumerate(previous):
                particles = intentions.get(token.lemma.lower()) if token.text[:1].islower() else None
                if particles and ("" in particles or any(t.text in particles for t in previous[k + 1 :])):
                    found.add(number)
                    break
        return found

    def _reporting_sentences(self) -> set[int]:
        """The sentences that may report speech: with a verb of saying, Konjunktiv I, "laut",
        "zufolge", "nach Angaben", "dass", ", so X", an opening "Für", or before "Das sagte X"."""
        tokens, sentences = self.doc.tokens, self.doc.sentences
        found = {tokens[i].sentence for i in self.konjunktiv_positions}
        found.update(tokens[i].sentence for i in self.hearsay_positions)
        found.update(self.plans)
        found.update(tokens[i].sentence for i in self.back_positions)
        found.update(tokens[i].sentence for i in self.according)
        for i in self.trigger_positions:
            text = tokens[i].text
            if (
                self.flags[i] & STRONG
                or (text == "so" and i > 0 and tokens[i - 1].text == ",")
                or (text == "Für" and i == sentences[tokens[i].sentence].first_token)
            ):
                found.add(tokens[i].sentence)
        found.update(self._spoken_of_sentences())
        opening = self.words.next_sentence
        for number in range(1, len(sentences)):
            first = sentences[number].first_token
            if first < len(tokens) and tokens[first].text in opening:
                found.add(number - 1)
        signed = set(found)  # by a sign other than a verb of saying (round 146)
        found.update(tokens[i].sentence for i in self.verb_positions if self.flags[i] & SPEECH)
        # a separable verb only with its particle ("sieht … vor", not "sieht"): the costly test, read last
        # and only in the sentences no cheaper sign above has found (speed round 27)
        runs: dict[int, tuple[list[Token], list[str]]] = {}  # a sentence's tokens and forms, read once
        for i in self.verb_positions:
            number = tokens[i].sentence
            if number in found:
                continue
            run = runs.get(number)
            if run is None:
                first, end = sentences[number].first_token, sentences[number].end_token
                run = runs[number] = (tokens[first:end], list(map(_FORM, self.doc.token_keys()[first:end])))
            if _is_speech_verb(tokens[i], *run):
                found.add(number)
        self.saying_only = found - signed
        return found

    def _spoken_of_sentences(self) -> set[int]:
        """Round 40: the sentences with "die Rede" outside quotation marks ("In Beraterkreisen ist von …
        die Rede"), which ``_spoken_of_unmarked`` reads."""
        tokens, found = self.doc.tokens, set()
        for phrase in self.words.spoken_of:
            first, last = phrase.split()[0], phrase.split()[-1].capitalize()
            for i in self._indexes_of.get(last, []):
                if i > 0 and not self.mask[i] and tokens[i - 1].text.lower() == first:
                    found.add(tokens[i].sentence)
        return found

    def collect(self, number: int) -> None:
        """Add sentence ``number``'s named persons and organisations to ``entities`` (once, when a
        pronoun or role noun needs them): registered actors (not a name in the genitive before the role it
        owns, ``owns_person``), "Karl Lauterbach", "Verbandssprecher Jörn Badendick", "der Bürgermeister von
        Grosbliederstroff"."""
        if number < 0 or self._collected[number]:
            return
        self._collected[number] = True
        doc, mask, tokens = self.doc, self.mask, self.doc.tokens
        sentence = doc.sentences[number]
        begin = bisect_left(self.mention_starts, sentence.start)
        for mention in self.mentions[begin:]:
            if mention.start >= sentence.end:
                break
            if (
                self.actors[mention.label].kind != "media"
                and not self.quoted(mention.start)
                and not self.owns_person(mention, sentence.end)
            ):
                gender = self.actor_gender(mention)
                self.entities.add(
                    Entity(mention.start, mention.end, number, gender, frozenset(), mention.label)
                )
        candidates = self.candidates()
        first = bisect_left(candidates, sentence.first_token)
        stop = bisect_left(candidates, sentence.end_token)
        done = 0
        for index in candidates[first:stop]:
            if index < done or mask[index]:
                continue
            phrase = self._named_at(tokens, mask, index, sentence.first_token, sentence.end_token)
            if phrase is None:
                self._surname_again(tokens[index], number)
            else:
                entity = self.add_entity(phrase, tokens, number)
                done = phrase.end
                if not phrase.named and done + 1 < sentence.end_token and tokens[done].text == ",":
                    self._apposition(entity, tokens, done + 1, sentence.end_token)

    def candidates(self) -> list[int]:
        """The tokens that may open a speaker phrase (flagged ``CANDIDATE``), in order; found once."""
        if self._candidates is None:
            self._candidates = [i for i in self.flagged if self.flags[i] & CANDIDATE]
        return self._candidates

    def actor_gender(self, mention: Span) -> str:
        """Round 48: a registered person's gender, from the given name the registry names them with
        ("Donald Trump" is no "sie"); "" for an organisation and for a mention by an office the registry
        gives the person ("Bundeskanzler", which another country's text means otherwise)."""
        actor = self.actors[mention.label]
        if actor.kind != "person" or mention.attrs.get("form") == "role":
            return ""
        return self.words.given.get(actor.name.split()[0], "")

    def _surname_again(self, token: Token, number: int) -> None:
        """A person's surname alone ("ging Diess ein") mentions the person named with it before, so a
        pronoun after it refers to that person rather than to someone named between; an initial does not."""
        if len(token.text) < 2:
            return
        if not self.is_surname(token.text, token.start):
            if self.bare_name(token):
                self.entities.add(Entity(token.start, token.end, number, "", frozenset({""})))
            return
        ending = " " + token.text
        for entity in reversed(self.entities.items[: bisect_left(self.entities.starts, token.start)]):
            if self.doc.text[entity.start : entity.stop].endswith(ending):
                weak = entity.weak and not self.opens_sentence(token.start)  # "Reid" again (round 69)
                self.entities.add(
                    Entity(
                        token.start,
                        token.end,
                        number,
                        entity.gender,
                        entity.kinds,
                        entity.actor,
                        weak=weak,
                        listed=entity.listed,
                    )
                )
                return

    def bare_name(self, token: Token) -> bool:
        """Round 48: whether ``token`` is a name the text uses alone, its full name not in it (a lead cut
        off: "Tobisch starb …", "Bondi geriet in die Kritik"): a capitalised word no list knows, no German
        word and no place, outside quotations and every registered mention, written at least three times
        with no article or preposition before it, and never next to another capitalised word (part of a
        longer name or a noun's attribute), after an article, or as a compound's head ("MPC-Hollandfonds",
        "Schiffs- oder Hollandfonds")."""
        if self._bare is None:
            tokens, mask, after = (
                self.doc.tokens,
                self.mask,
                self.words.determiners | self.words.place_prepositions,
            )
            places, counts, other = place_names(), Counter[str](), set()
            for k in self.candidates():
                text = tokens[k].text
                if "-" in text:  # "MPC-Hollandfonds": the head of a compound is a noun, no name
                    other.add(text.rpartition("-")[2])
                if (
                    not text.isalpha()
                    or text.isupper()  # "NPR": an acronym names an organisation
                    or noun_kind(text)[0]
                    or is_plain_word(text)
                    or text.lower() in places
                ):
                    continue
                previous = tokens[k - 1] if k and tokens[k - 1].sentence == tokens[k].sentence else None
                following = tokens[k + 1] if k + 1 < len(tokens) else None
                if (
                    (previous is not None and previous.text.lower() in self.words.determiners)
                    or (k > 1 and tokens[k - 2].text.endswith("-"))  # "Schiffs- oder Hollandfonds"
                    or (
                        previous is not None
                        and k - 1 > self.doc.sentences[previous.sentence].first_token
                        and is_capitalised(previous.text)
                    )
                    or (
                        following is not None
                        and following.sentence == tokens[k].sentence
                        and is_capitalised(following.text)
                    )
                ):  # "der Amenza", "Kleinstadt Kakuma", "Ullrich Fichtner", "Saharo Mohammed": no name alone
                    other.add(text)
                elif not mask[k] and (previous is None or previous.text.lower() not in after):
                    counts[text] += 1
            self._bare = {
                text for text, count in counts.items() if count >= BARE_NAME_USES and text not in other
            }
        if token.text not in self._bare:
            return False
        index = bisect_right(self.mention_starts, token.start) - 1
        return index < 0 or self.mentions[index].end <= token.start

    def _apposition(self, entity: Entity, tokens: list[Token], index: int, limit: int) -> None:
        """A role named before its person ("der Bürgermeister von Köln, Thomas Meier,"): the role's
        entity reaches to the name, so a pronoun or "der Bürgermeister" later names the person."""
        other = parse_phrase(tokens, index, limit)
        if other is None or not other.named:
            return
        names = [t.text for t in tokens[other.first : other.end] if is_capitalised(t.text)]
        if any(not is_plain_word(name) for name in names):
            entity.stop = other.stop
            entity.gender = other.gender or entity.gender
            entity.named, entity.anaphor = True, False

    def resolve(self, position: int, gender: str, **options: Any) -> Entity | None:
        """The entity a pronoun or role noun at ``position`` refers to (``Entities.resolve``, with its
        options), reading the sentences before it back only as far as needed (at most twelve)."""
        current = self.sentence_of(position)
        for number in range(current, max(-1, current - 13), -1):
            self.collect(number)
            entity = self.entities.resolve(position, gender, self.doc.text, **options)
            if entity is not None and entity.sentence >= number:
                return entity
        return None

    def is_surname(self, word: str, position: int | None = None) -> bool:
        """Whether ``word`` is the surname of a person named so far; with ``position``, reading all
        sentences before it for names first (only where a name that is also a word must be told)."""
        if position is not None and word not in self.surnames:
            # from the first sentence not yet known to be collected: asked for each capitalised word,
            # most of them after the sentences before were read for an earlier one
            limit = self.sentence_of(position)
            for number in range(self._collected_before, limit):
                self.collect(number)
            self._collected_before = max(self._collected_before, limit)
        return word in self.surnames

    def _named_at(
        self, tokens: list[Token], quoted: list[bool], k: int, first: int, limit: int
    ) -> Phrase | None:
        """A person or organisation named at ``tokens[k]``: a role or given name with its phrase
        ("der Bürgermeister von Grosbliederstroff", "Karl Lauterbach"), two capitalised words that are
        no German words ("Joël Niederlaender"), a sentence's subject with a role or organisation noun."""
        token = tokens[k]
        if k + 1 >= limit or quoted[k] or token.kind != "word" or not is_capitalised(token.text):
            return None
        kind = noun_kind(token.text)[0]
        following = tokens[k + 1]
        if kind in ("given", "role") or (kind == "organisation" and k == first):
            start = k
            determiners = self.words.determiners
            while (
                start > first
                and start > k - 3
                and (
                    is_adjective(tokens[start - 1]) or age_noun(tokens, start - 1)  # "ein 45-jähriger Mann"
                )
            ):
                start -= 1
            if start > first and tokens[start - 1].text.lower() in determiners:
                start -= 1
            phrase = parse_phrase(tokens, start, limit)
            if phrase is None or phrase.end <= k:
                return None
            article = tokens[start].text.lower() in ARTICLES
            if not phrase.named and _predicative(tokens, start, first):
                return None  # "Im Herzen bin ich ein heimlicher Politiker": said of someone, no one new
            if phrase.named or (phrase.kinds & {"role", "organisation"} and (article or start == first)):
                return phrase
            return None
        if kind == "" and _age_after(tokens, k + 1, limit) and not is_plain_word(token.text):
            start = (
                k - 1
                if k > first and tokens[k - 1].kind == "word" and is_capitalised(tokens[k - 1].text)
                else k
            )
            return parse_phrase(tokens, start, k + 1)  # "Udo Kriese (75) hat …": a name before an age
        if (
            kind == ""
            and k > first
            and following.kind == "word"
            and is_capitalised(following.text)
            and noun_kind(following.text)[0] in ("", "given")
            and not is_plain_word(token.text)
            and not _hyphenated_adjective(token.text)
        ):
            return parse_phrase(tokens, k, limit)
        return None

    def surname_gender(self, word: str) -> str:
        """Round 60: the gender of the given name the text writes ``word`` after anywhere, also inside a
        quotation or later ("Raab bezeichnete …" where a quotation names "Susanne Raab"): a surname used
        alone is that person, of that gender; "" where no given name or given names of both genders."""
        return self._surnames_written().get(word, "")

    def written_as_surname(self, word: str) -> bool:
        """Round 67: whether the text writes ``word`` as the last word of a full name, after a given name or
        a capitalised word no list reads otherwise ("Ensaf Haidar", "Nadja Lorenz"): a given name that is
        that person's surname, whose gender where it stands alone ("sagte Haidar") is the person's."""
        return word in self._surnames_written()

    def _surnames_written(self) -> dict[str, str]:
        """Each word the text writes as a full name's last word, with the gender of the given name before it
        ("" where no given name or given names of both genders)."""
        if self._given_surnames is None:
            given, found = self.words.given, dict[str, str]()
            tokens = self.doc.tokens
            # a pair read below holds a given name, first or second: only the pairs at one are read
            last = len(tokens) - 1
            pairs = sorted({k for i in _given_at(tokens, given) for k in (i - 1, i) if 0 <= k < last})
            for k in pairs:
                first, following = tokens[k], tokens[k + 1]
                if following.sentence != first.sentence or not is_capitalised(following.text):
                    continue
                gender = given.get(first.text, "")
                if noun_kind(following.text)[0] not in ("", "given"):
                    continue
                if not gender and (
                    noun_kind(first.text)[0]
                    or not first.text.isalpha()
                    or is_plain_word(first.text)
                    or not given.get(following.text)
                ):
                    continue  # an unknown first name only before a given name ("Ensaf Haidar")
                after = tokens[k + 2] if k + 2 < len(tokens) else None
                if (
                    after
                    and after.sentence == first.sentence
                    and after.text.isalpha()
                    and is_capitalised(after.text)
                ):
                    continue  # no name's last word ("Hans Peter Müller")
                found[following.text] = gender if found.get(following.text, gender) == gender else ""
            self._given_surnames = found
        return self._given_surnames

    def add_entity(
        self, phrase: Phrase, tokens: list[Token], sentence: int, actor: str | None = None
    ) -> Entity:
        gender, kinds = phrase.gender, phrase.kinds
        if not gender and actor is not None:  # "sagte Trump": the registered person's (round 48)
            mention = self.actor_in(phrase.start, phrase.stop)
            gender = self.actor_gender(mention) if mention is not None and mention.label == actor else ""
        if not gender and actor is None and phrase.named and phrase.end - phrase.first == 1:
            gender = self.surname_gender(tokens[phrase.first].text)  # "Raab" of "Susanne Raab" (round 60)
            kinds = kinds | {"given"} if gender else kinds
        elif (
            actor is None
            and phrase.end - phrase.first == 1
            and "given" in kinds
            and self.written_as_surname(tokens[phrase.first].text)
        ):
            gender = self.surname_gender(tokens[phrase.first].text)  # "sagte Haidar" of "Ensaf Haidar"
        listed = actor is None and "given" in kinds and self.named_by_licensed(phrase, tokens)
        weak = (  # a person named in passing known as one only by the licensed list (round 69)
            listed
            and "given" in phrase.kinds
            and self.rarely_written(tokens[phrase.end - 1].text)
            and not self.opens_sentence(self.head_start(phrase, tokens))
        )
        entity = self.entities.add(
            Entity(phrase.start, phrase.stop, sentence, gender, kinds, actor, weak=weak, listed=listed)
        )
        if actor is None and phrase.definite and not entity.actor:
            # "die Schauspielerin", "der 46-Jährige": a person named before; "der Flörsheimer": no name
            entity.anaphor = not phrase.named and phrase.kinds == {"role"} and phrase.end - phrase.first <= 3
            entity.named = phrase.named and (phrase.end - phrase.first > 2 or "given" in phrase.kinds)
        else:
            entity.named = phrase.named or entity.actor is not None
        if phrase.named:
            k = phrase.end - 1
            while k > phrase.first and tokens[k].end > phrase.stop:
                k -= 1  # "Edmund Stoiber (CSU)": the name ends before the party
            last = tokens[k]
            if last.end == phrase.stop and last.text[:1].isalpha():
                self.surnames.add(last.text)
        return entity

    def rarely_written(self, word: str) -> bool:
        """Round 69: whether the text writes ``word`` (a name's last word) fewer than ``OFTEN_NAMED`` times:
        a person named by licensed given names only ("Harry Reid", "seinem Bruder Eli") is named in passing,
        not one the text is about ("Diese Zeilen brachten Azad dazu" in a text that names Azad throughout)."""
        if self._words_written is None:
            self._words_written = Counter(t.text for t in self.doc.tokens if t.kind == "word")
        return self._words_written[word] < OFTEN_NAMED

    def named_by_licensed(self, phrase: Phrase, tokens: list[Token]) -> bool:
        """Whether each given name in ``phrase`` is one only the licensed list holds ("Yanis Varoufakis")."""
        given = [t.text for t in tokens[phrase.first : phrase.end] if noun_kind(t.text)[0] == "given"]
        return bool(given) and all(text in self.words.licensed for text in given)

    def head_start(self, phrase: Phrase, tokens: list[Token]) -> int:
        """Round 69: where the noun phrase of ``phrase`` begins in its sentence, with the nouns (a role),
        adjectives and the article before the name ("Die 38-jährige Schlagersängerin Jordi", "gegen den
        Italiener Paolo Lorenzi", "seinem jüngeren Bruder Eli")."""
        sentence = tokens[phrase.first].sentence
        k = phrase.first
        while (
            k > 0
            and tokens[k - 1].sentence == sentence
            and noun_kind(tokens[k - 1].text)[0] in ("role", "")
            and (is_capitalised(tokens[k - 1].text) or is_adjective(tokens[k - 1]) or age_noun(tokens, k - 1))
        ):
            k -= 1
        before = tokens[k - 1] if k > 0 and tokens[k - 1].sentence == sentence else None
        if before is not None and (
            before.text.lower() in self.words.determiners or before.text.lower() in self.words.possessives
        ):
            k -= 1
        return min(tokens[k].start, phrase.start)

    def opens_sentence(self, position: int) -> bool:
        """Round 69: whether ``position`` is its sentence's first word (punctuation before it aside): a
        name there is the subject before the finite verb, or a heading's; a strong antecedent. A dateline
        before it is no word of the sentence ("Wien – Klemens Horvath sitzt …"); after a colon a name opens
        what follows ("Streifzug durch Paris: Marguerite Duras und …", "gelangt: Marguerite Duras.")."""
        sentence = self.doc.sentences[self.sentence_of(position)]
        tokens = self.doc.tokens
        index = bisect_left(self.token_starts, position)
        if index > sentence.first_token and tokens[index - 1].text == ":":
            return True
        k = sentence.first_token
        while k < sentence.end_token and tokens[k].kind == "punct":
            k += 1
        k = _dateline_end(tokens, k, sentence.end_token)
        return k < sentence.end_token and tokens[k].start == position

    def quoted(self, start: int) -> bool:
        index = bisect_right(self.region_starts, start) - 1
        return index >= 0 and self.regions[index][0] <= start < self.regions[index][1]

    def sentence_of(self, position: int) -> int:
        return max(0, bisect_right(self.sentence_starts, position) - 1)

    def tokens_of(self, first: int, last: int) -> tuple[list[Token], list[bool]]:
        """The tokens of sentences ``first``..``last`` and whether each is quoted."""
        begin, end = self.doc.sentences[first].first_token, self.doc.sentences[last].end_token
        return self.doc.tokens[begin:end], self.mask[begin:end]

    def mentions_in(self, first: int, last: int) -> list[Span]:
        start, end = self.doc.sentences[first].start, self.doc.sentences[last].end
        begin, stop = bisect_left(self.mention_starts, start), bisect_left(self.mention_starts, end)
        return [
            m
            for m in self.mentions[begin:stop]
            if not self.quoted(m.start) or self.actors[m.label].kind == "media"
        ]

    def actor_in(self, start: int, stop: int) -> Span | None:
        """The registered actor named inside ``start``..``stop`` (a name before a role); not a name in the
        genitive that owns the person named after it ("Trumps Sprecherin", gold rule 11)."""
        begin = bisect_left(self.mention_starts, start - 40)
        inside = []
        for mention in self.mentions[begin:]:
            if mention.start >= stop:
                break
            if mention.end > start and not self.owns_person(mention, stop):
                inside.append(mention)
        inside.sort(key=lambda m: (m.attrs.get("form") == "role", m.start))
        return inside[0] if inside else None

    def owns_person(self, mention: Span, stop: int) -> bool:
        """Whether ``mention`` is a name in the genitive whose next noun before ``stop`` is a role, an
        organisation or a given name ("Bidens Sprecherin Jen Psaki", "Trumps früherer Berater"): their owner,
        not the speaker (gold rule 11); not before a statement, which its owner makes ("Putins Rede")."""
        if mention.attrs.get("form") != "genitive" or mention.end >= stop:
            return False
        for word in self.doc.text[mention.end : stop].split()[:OWNED_REACH]:
            if is_capitalised(word):
                return noun_kind(word.strip(WORD_EDGE_MARKS))[0] in OWNED_PERSON_KINDS
        return False

    def found(self, phrase: Phrase, tokens: list[Token], sentence: int) -> _Found | None:
        """A noun phrase as a speaker: its registered actor, or "unregistered"; a role noun with
        "der/die" and no name ("der Minister", "die 62-Jährige") is the person named before, whom a
        pronoun reaching the noun's mention later then means too (``refer``, round 92)."""
        found = self._found(phrase, tokens, sentence)
        if found is not None and phrase.definite and not phrase.named:
            self.refer(phrase.start, found.entity)
        return found

    def refer(self, start: int, person: Entity | None) -> None:
        """Round 92: the mention at ``start`` of a definite noun without a name, read as a quote's speaker
        who is ``person`` named before ("„…“, schrieb Ennesto Monté. „…“, schrieb der 46-Jährige"), refers to
        that person: a pronoun resolved to the mention ("„…“, führte er weiter aus") means the person too
        (``named_behind``), not the noun, where the noun's own reading (a role noun's stricter one: a name
        of known gender) ties it to no one. Not a plural, a group or organisation, a person of the other
        gender."""
        items, starts = self.entities.items, self.entities.starts
        index = bisect_left(starts, start)
        if person is None or not person.named or index >= len(starts) or starts[index] != start:
            return
        mention = items[index]
        if (
            mention is person
            or mention.named
            or person.start > start
            or not self.is_person(person)
            or bool(person.kinds & {"organisation", "media"})  # not "des Robert Koch-Instituts"
            or referent_number(self.doc.text, mention) == "pl"  # "Die XR-Sprecher sagten"
            or (mention.gender and person.gender and mention.gender != person.gender)
            or self.named_behind(mention, refer=False) is not mention  # its own reading names someone
        ):
            return
        mention.referent = person

    def _found(self, phrase: Phrase, tokens: list[Token], sentence: int) -> _Found | None:
        if phrase.start >= phrase.stop:
            return None
        if not phrase.named and phrase.kinds & {"media", "organisation"}:
            name = _quoted_after(tokens, phrase.end, self.words.web_endings)
            if name is not None:  # "die Nachrichtensite „Golem“", "die Online-Ausgabe des „Spiegel“"
                return _Found(*name, "unregistered", True)
        text = self.doc.text[phrase.start : phrase.stop]
        words = text.split()
        if all(w.lower() in self.words.non_speakers for w in words):
            return None
        if self.surname_then_object(phrase, tokens):
            phrase.end, phrase.stop = phrase.first + 1, tokens[phrase.first].end
            phrase.kinds = frozenset({""})
        elif self.opener_then_surname(phrase, tokens):
            phrase.first += 1
            phrase.start = tokens[phrase.first].start
        mention = self.actor_in(phrase.start, phrase.stop)
        last = phrase.end - 1
        group = None
        if (
            mention is not None
            and phrase.definite
            and phrase.gender == "m"
            and self.actors[mention.label].kind == "organisation"
            and mention.start == tokens[last].start
            and phrase.end - phrase.first <= 3
        ):  # "so der Experte": a person named before, not the experts a group entry names (round 41)
            group, mention = mention, None
        if (
            mention is None
            and last > phrase.first
            and tokens[last].text.lower() in self.words.statement_nouns
            and tokens[last - 1].text.endswith("s")
            and is_capitalised(tokens[last - 1].text)
            and noun_kind(tokens[last - 1].text)[0] in ("", "given")
            and not is_plain_word(tokens[last - 1].text)
        ):  # "so Prechts Prognose", "Rudolf Augsteins Motto": the genitive name speaks
            phrase.stop, phrase.end = tokens[last - 1].end, last
        elif (
            mention is None
            and tokens[last].text.lower() in self.words.statement_nouns
            and phrase.end < len(tokens)
            and tokens[phrase.end].text in ("der", "des")
        ):  # "so das Fazit der Betreiber": the genitive speaks
            owner = parse_phrase(tokens, phrase.end, len(tokens))
            if owner is not None and _person_like(self, tokens, owner):
                return self.found(owner, tokens, sentence)
        if mention is None and phrase.definite and not phrase.named and phrase.end - phrase.first <= 3:
            head = tokens[phrase.end - 1].text.lower()
            if head.rsplit("-", 1)[-1] in self.words.anaphors:
                head = ""
            else:
                head = head.rsplit("-", 1)[-1].removesuffix("innen").removesuffix("in")
            if phrase.kinds <= {"role"} and phrase.kinds:
                modifier = tokens[phrase.end - 1].text.lower().rpartition("-")[0] if head else ""
                agree = None if head else partial(self.takes_up, sentence=sentence)  # "so der Politiker"
                entity = self.resolve(phrase.start, phrase.gender, head=head, modifier=modifier, agree=agree)
                if entity is not None and (group is None or self.is_person(entity)):
                    if entity.anaphor and head and self.holds_role(self.named_behind(entity), head, modifier):
                        # "der Sparkassenpräsident" before "Der DSGV-Präsident": the name behind it (round 48)
                        return self.reached(entity, phrase.start, phrase.stop)
                    return self.from_entity(entity, phrase.start, phrase.stop)
                entity = self.role_holder(phrase, tokens[phrase.end - 1].text, head) if head else None
                if entity is not None:
                    return self.through(
                        entity, phrase.start, phrase.stop, self.doc.text[phrase.start : phrase.stop]
                    )
        if mention is None and phrase.definite and phrase.named and phrase.kinds == {""}:
            person = self.guarded_holder(phrase, tokens)
            if person is not None:  # "sagt der Deutsch-Israeli", "so die Team-Weltmeisterin" (round 68)
                return self.from_entity(person, phrase.start, phrase.stop)
        office = mention is not None and phrase.definite
        holder = self.office_holder(mention, phrase.start, phrase.stop) if office and mention else None
        if holder is not None:  # "Donald Trump hat … Der US-Präsident teilte …" (round 60)
            return self.through(holder, phrase.start, phrase.stop, self.doc.text[phrase.start : phrase.stop])
        mention = mention or group
        if (
            mention is not None
            and mention.attrs.get("form") != "role"
            and mention.end < phrase.stop
            and self.doc.text[mention.end : mention.end + 2].strip()[:1].isupper()
            and not _name_after(tokens, mention.end, phrase.end)
        ):
            phrase.stop = mention.end  # "laut chinesischen Staatsmedien Unterstützung" ends at the name
        actor = mention.label if mention is not None else "unregistered"
        media = (mention is not None and self.actors[actor].kind == "media") or (
            mention is None and "media" in phrase.kinds and phrase.kinds <= {"media", ""}
        )  # "die Zeitung", "die Süddeutsche Zeitung"; not "Spiegel-Chef Steffen Klusmann"
        entity = None
        if (not media or mention is None) and (
            phrase.named or phrase.kinds & {"role", "organisation"} or mention is not None
        ):  # a named medium too ("Nachrichtenagentur Anadolu": "berichtete Anadolu" later)
            entity = self.add_entity(phrase, tokens, sentence, mention.label if mention else None)
        return _Found(phrase.start, phrase.stop, actor, media, entity, mention)

    def surname_then_object(self, phrase: Phrase, tokens: list[Token]) -> bool:
        """Round 151: whether ``phrase`` is a surname the text named before, then capitalised German words or
        media, once in the text: the verb's object or the medium spoken to ("äußerte Spahn Unverständnis",
        "sagte Viellechner AFP", "hatte Kubicki Merkel vorgeworfen"), so the surname alone speaks."""
        first, end = phrase.first, phrase.end
        if phrase.definite or end - first < 2 or phrase.stop != tokens[end - 1].end:
            return False
        head = tokens[first]
        if noun_kind(head.text)[0] != "" or not self.surname_written_before(head):
            return False
        if head.text.endswith("s") and self.doc.text.count(f" {head.text[:-1]} ") > 0:
            return False  # "Söders Staatskanzlei": the genitive owns the noun after it
        return (
            all(
                token.kind == "word"
                and is_capitalised(token.text)
                and (
                    noun_kind(token.text)[0] == "media"
                    or (noun_kind(token.text)[0] == "" and is_plain_word(token.text))
                )
                for token in tokens[first + 1 : end]
            )
            and self.doc.text.count(self.doc.text[phrase.start : phrase.stop]) == 1  # a name's words recur
        )

    def opener_then_surname(self, phrase: Phrase, tokens: list[Token]) -> bool:
        """Round 151: whether ``phrase`` is a sentence's first word, capitalised there but no noun (its
        lemma in lower case: "Zumal", "Wobei", "Sollte"), then a surname the text named before ("Zumal
        Bouffier")."""
        first = phrase.first
        if phrase.definite or phrase.end - first != 2 or phrase.stop != tokens[first + 1].end:
            return False
        opener, name = tokens[first], tokens[first + 1]
        return (
            opener.start == self.doc.sentences[opener.sentence].start
            and opener.lemma[:1].islower()
            and opener.text.lower() not in self.words.determiners  # "Eine Nutzerin"
            and self.surname_written_before(name)  # not "Özgür Özvatan" named first
            and noun_kind(opener.text)[0] == ""
            and noun_kind(name.text)[0] == ""
        )

    def surname_written_before(self, surname: Token) -> bool:
        """Round 151: whether the text writes ``surname`` before it after a given name ("Jens Spahn"), a
        person's surname; not a role noun or company the lists lack ("Therapeutin", "Centogene")."""
        text, given = self.doc.text, self.words.given
        found = text.find(f" {surname.text}")
        while 0 <= found < surname.start:
            before = text[:found].rsplit(None, 1)
            if before and before[-1] in given and text[found + 1 + len(surname.text) :][:1] in " ,.;:)\n":
                return True
            found = text.find(f" {surname.text}", found + 1)
        return False

    def takes_up(self, entity: Entity, sentence: int) -> bool:
        """Round 136: whether "so der ÖVP-Politiker" in sentence ``sentence`` may refer to ``entity``: not a
        noun with an indefinite article in that sentence ("Sofern es einen Arzt … gebe, …, so der Politiker"),
        which brings in someone else; an earlier one may ("Eine Kundin rief an. … so die Frau")."""
        words = self.doc.text[entity.start : entity.stop].split(maxsplit=1)
        return entity.sentence != sentence or not words or words[0].lower() not in INDEFINITE

    def from_entity(self, entity: Entity, start: int | None = None, stop: int | None = None) -> _Found:
        """The entity as a speaker, named at ``start``..``stop`` (a pronoun, a role noun) or where it is."""
        mention = self.actor_in(entity.start, entity.stop)
        actor = entity.actor or (mention.label if mention is not None else "unregistered")
        if start is None or stop is None:
            return _Found(entity.start, entity.stop, actor, False, entity, mention)
        words = " ".join(self.doc.text[entity.start : entity.stop].replace(",", " ").split())  # apposition
        return _Found(start, stop, actor, False, entity, mention, words)

    def possessor(self, token: Token) -> _Found | None:
        """The owner of a possessive ("laut ihrer Presseerklärung", "Seiner Meinung nach"), resolved
        like a pronoun, at the possessive's span (None when it is no possessive or names nobody)."""
        gender = self.words.possessives.get(token.text.lower())
        entity = self.resolve(token.start, gender) if gender is not None else None
        return self.reached(entity, token.start, token.end) if entity is not None else None

    def pronoun(
        self, token: Token, strict: bool = False, at: int | None = None, behind: bool = True
    ) -> _Found | None:
        """A pronoun as a speaker, resolved to the person it refers to (None when there is none), named
        before ``at`` when given; a demonstrative ("Dieser") to the last one named."""
        lower = token.text.lower()
        gender = self.words.pronouns.get(lower)
        demonstrative = gender is None and lower in self.words.demonstratives
        if demonstrative:
            gender = self.words.demonstratives[lower]
        if gender is None:
            return None
        # a surname that is also a word, opening the sentence before ("Stumpf war bei der Demo dabei. …,
        # sagt er"), mentions the person named with it earlier (round 94)
        self.surnames_alone_before(self.sentence_of(token.start))
        number = "" if demonstrative else _pronoun_number(self, token, gender)
        agree = None if demonstrative else _agreement(self, gender, number)
        if agree is not None:
            agree = _not_clause_mate(self, token, gender, agree)
        entity = self.resolve(
            token.start if at is None else at,
            gender,
            strict=strict,
            latest=demonstrative,
            agree=agree,
            unlisted=not demonstrative and lower == "sie" and number != "sg",  # "bekennen sie" (round 70)
        )
        if entity is None:
            return None
        return (
            self.reached(entity, token.start, token.end)
            if behind
            else self.from_entity(entity, token.start, token.end)
        )

    def reached(self, entity: Entity, start: int, stop: int, refer: bool = True) -> _Found:
        """``from_entity`` at ``start``..``stop`` of the named person behind ``entity`` (``named_behind``),
        keeping ``entity``'s words as the role mention it was reached through ("sie" → "die ehemalige
        Grünen-Vorsitzende" → "Ricarda Lang"); ``entity`` itself where no one stands behind it; with
        ``refer`` false not through the person a speaker's noun was read as (``refer``, round 92)."""
        person = self.named_behind(self.named_by_copula(entity), refer)
        role = self.doc.text[entity.start : entity.stop] if person is not entity else None
        return self.through(person, start, stop, role)

    def named_by_copula(self, entity: Entity) -> Entity:
        """The person a mention without a name is said to be by a copula right after it in its sentence, a few
        words between ("Ein anderer Richter des Tribunals ist der Kurde Raed Dschuhi": "Er" in the next
        sentence is Raed Dschuhi, named there); ``entity`` itself otherwise."""
        if entity.named:
            return entity
        items, starts = self.entities.items, self.entities.starts
        index = bisect_right(starts, entity.start)
        if index >= len(items):
            return entity
        other = items[index]
        between = self.doc.text[entity.stop : other.start].split()
        if (
            other.sentence != entity.sentence
            or not other.named
            or other.gender not in (entity.gender, "")
            or not between
            or between[0] not in self.words.copulas
            or len(between) > COPULA_WORDS
            or any(not word.isalpha() for word in between)
        ):
            return entity
        return other

    def through(self, person: Entity, start: int, stop: int, role: str | None) -> _Found:
        """``from_entity`` of ``person`` at ``start``..``stop``, reached through the role mention ``role``
        ("sie" → "die ehemalige Grünen-Vorsitzende" → "Ricarda Lang"), which is kept for the source type
        where the name alone has none (round 41)."""
        found = self.from_entity(person, start, stop)
        found.role = role
        return found

    def is_person(self, entity: Entity) -> bool:
        """A registered actor, a mention with a given name or a known surname ("Yu"), not a group
        ("Marktforschern")."""
        words = self.doc.text[entity.start : entity.stop].split()
        actor = self.actors.get(entity.actor) if entity.actor else None
        return bool(
            (actor is not None and actor.kind == "person")
            or "given" in entity.kinds
            or (words and words[-1] in self.surnames)
        )

    def has_role(self, entity: Entity) -> bool:
        """Whether a mention is named with a role noun of its own, in it or right before it
        ("Bundeskanzler Werner Faymann", "Bundeskanzler" of a registered person)."""
        before = self.doc.text[max(0, entity.start - 40) : entity.start].split()[-1:]
        words = self.doc.text[entity.start : entity.stop].split() + before
        return "role" in entity.kinds or any(noun_kind(w.strip(WORD_EDGE_MARKS))[0] == "role" for w in words)

    def holds_role(self, person: Entity, head: str, modifier: str) -> bool:
        """Round 48: whether a role noun's ``head`` ("präsident" of "Der DSGV-Präsident") names ``person``:
        some mention of the person up to it carries the role ("DSGV-Präsident Helmut Schleweis" for a later
        "Schleweis"; "Oppositionsführer Jeremy Corbyn" is no "Premierminister")."""
        text = self.doc.text
        surname = text[person.start : person.stop].split()[-1]
        same = [
            e
            for e in self.entities.items[: bisect_left(self.entities.starts, person.start) + 1]
            if e.named and not e.anaphor and text[e.start : e.stop].split()[-1] == surname
        ]
        return any(carries_role(named_with(text, e), head, modifier) for e in same)

    def surnames_before(self, position: int, current: int) -> None:
        """Every name before ``position`` read, and the surnames alone in sentence ``current`` and the one
        before it added as mentions of their persons ("Willingen als Wendepunkt für Kramer"; a surname that
        is also a word: "die Voigt nicht …")."""
        self.is_surname("", position)
        sentences, tokens, mask = self.doc.sentences, self.doc.tokens, self.mask
        for k in range(sentences[max(0, current - 1)].first_token, sentences[current].first_token):
            if not mask[k] and tokens[k].text in self.surnames:
                self._surname_again(tokens[k], tokens[k].sentence)

    def surnames_alone_before(self, current: int) -> None:
        """Round 94: the surname of a person named before that opens the sentence before sentence ``current``
        alone, its subject, and is also a word ("Stumpf war bei der Demo dabei." after "Michael Stumpf"),
        added as a mention of the person, which ``collect`` leaves out; only a surname already read (reading
        the sentences before anew would change what the current one holds), not one inside the sentence
        ("neben dem Computer")."""
        if current < 1:
            return
        k = self.doc.sentences[current - 1].first_token
        token = self.doc.tokens[k]
        if not self.mask[k] and token.text in self.surnames and self.opens_sentence(token.start):
            self._surname_again(token, token.sentence)

    def role_holder(self, phrase: Phrase, noun: str, head: str) -> Entity | None:
        """Round 41: the person a definite role noun without a name means when no mention of a name
        carries its role ("Eine Attacke, die Voigt nicht auf sich sitzen lassen mag. …, so der
        CDU-Spitzenkandidat"): the person named last before it, of the same known gender, in its paragraph
        or the sentence before, with no role of their own; None where another person of that gender (or
        none known) is named between, where another person named in the twelve sentences before carries
        the role noun (its head, "Spitzenkandidat"; not one with another modifier, "AfD-Spitzenkandidat"
        for "der CDU-Spitzenkandidat") and for a plural ("die Experten")."""
        gender, text = phrase.gender, self.doc.text
        if gender not in ("m", "f") or (gender == "f" and noun_kind(noun)[1] == "m" and noun[-1:] != "e"):
            return None
        current = self.sentence_of(phrase.start)
        sentences = self.doc.sentences
        self.surnames_before(phrase.start, current)
        person = self.named_before(phrase.start, gender, noun)
        if (
            person is None
            or self.has_role(person)
            or (
                sentences[person.sentence].paragraph != sentences[current].paragraph
                and person.sentence < current - 1
            )
        ):
            return None
        for number in range(max(0, current - 12), current):
            self.collect(number)
        surname = text[person.start : person.stop].split()[-1]
        modifier = noun.lower().rpartition("-")[0]
        first = min(person.sentence, max(self._paragraph_start(current), current - 2))
        for entity in self.entities.items[: bisect_left(self.entities.starts, phrase.start)]:
            if (
                entity.sentence < current - 12
                or not entity.named
                or entity.anaphor
                or text[entity.start : entity.stop].split()[-1] == surname
            ):
                continue
            if carries_role(named_with(text, entity), head, modifier):
                return None  # "Spitzenkandidat der CDU Mario Voigt", another's role
            if (
                entity.sentence >= first
                and entity.gender in ("", gender)
                and not self.has_role(entity)  # "Bundeskanzler Werner Faymann" is not "der Außenminister"
                and self.is_person(entity)
            ):
                return None  # someone else of that gender named just before: which one is meant
        return person

    def named_before(self, position: int, gender: str, noun: str, age: str = "") -> Entity | None:
        """The person a definite role noun ``noun`` of ``gender`` at ``position`` names: the last one before
        it named with a given name of that gender, a role or registered (``Entities.resolve``'s ``named``),
        or, where later and the noun itself has a gender (one person: not "die Studienautoren"), a name the
        text uses alone ("spielte Tobisch …, prägte die Schauspielerin": ``bare_name``, round 48)."""
        known = self.resolve(position, gender, strict=True, named=True, age=age)
        bare_names = self._bare
        if not bare_names or noun_kind(noun)[1] not in ("m", "f"):  # no name the text uses alone (most texts)
            return known
        text, after = self.doc.text, self.words.determiners | self.words.place_prepositions

        def bare(entity: Entity) -> bool:
            before = text[max(0, entity.start - 40) : entity.start].split()[-1:]
            return (
                entity.actor is None
                and not entity.gender
                and text[entity.start : entity.stop] in bare_names
                and not (before and before[0].lower() in after)
                and (not age or stated_age(text, entity) in ("", age))
            )

        other = self.resolve(position, gender, agree=bare)
        if other is None or (known is not None and known.start > other.start):
            return known
        return other

    def _paragraph_start(self, number: int) -> int:
        """The first sentence of the paragraph of sentence ``number``."""
        sentences = self.doc.sentences
        while number > 0 and sentences[number - 1].paragraph == sentences[number].paragraph:
            number -= 1
        return number

    def guarded_holder(self, phrase: Phrase, tokens: list[Token]) -> Entity | None:
        """Round 68: the person a definite noun of nationality, region or sport without a name names ("sagte
        der Brite", "so die Team-Weltmeisterin": ``guarded_role``), in the nominative of its gender: the one
        person of that gender (or of none known) named in the nearest sentence that names one, its own before
        it or one of the three before in its paragraph (the one before in any case), with a given name, a
        role, registered or by a surname named so before; None where there is none or that sentence names
        more than one, and for anything a name owns ("Rafael van der Vaarts Abschiedsgala", round 65)."""
        if phrase.end - phrase.first > GUARDED_WORDS:
            return None
        gender = guarded_role(tokens[phrase.end - 1].text)
        if (tokens[phrase.first].text.lower(), gender) not in (("der", "m"), ("die", "f")):
            return None
        current, text = self.sentence_of(phrase.start), self.doc.text
        first = max(0, min(current - 1, max(self._paragraph_start(current), current - GUARDED_SENTENCES)))
        self.surnames_before(phrase.start, current)
        for number in range(first, current + 1):
            self.collect(number)
        persons: dict[str, Entity] = {}
        for entity in reversed(self.entities.items[: bisect_left(self.entities.starts, phrase.start)]):
            if entity.sentence < first:
                break
            if (
                entity.named
                and not entity.anaphor
                and not (entity.weak and not entity.speaker)  # "gegen den Italiener Paolo Lorenzi" (round 69)
                and entity.gender in (gender, "")
                and self.is_person(entity)
                and agrees_with_pronoun(text, entity, gender, "sg")  # one person, nothing a name owns
            ):
                persons.setdefault(text[entity.start : entity.stop].split()[-1], entity)
                first = entity.sentence  # the nearest sentence that names one
        return next(iter(persons.values())) if len(persons) == 1 else None

    def office_holder(self, mention: Span, position: int, stop: int) -> Entity | None:
        """Round 60: the person a registered office ("der US-Präsident", which the registry gives Joe Biden)
        ending a mention ``position``..``stop`` without a name names in a text that never names the
        registry's holder otherwise ("Donald Trump hat … Der US-Präsident teilte …"): the person named last
        before it, of the office noun's gender, with a given name, a role or registered as another actor;
        None where the holder is named, a name follows the office ("der russische UN-Botschafter Wassili
        Nebensja") or no one who may hold it is named before."""
        actor = self.actors[mention.label]
        if mention.attrs.get("form") != "role" or actor.kind != "person" or mention.end < stop:
            return None
        if any(m.label == mention.label and m.attrs.get("form") != "role" for m in self.mentions):
            return None
        head = self.doc.text[mention.start : mention.end].split()[-1]
        gender = noun_kind(head)[1]
        if not gender:
            return None
        text, role = self.doc.text, head.lower().rpartition("-")[2]

        def holder(entity: Entity) -> bool:
            """Someone who may hold the office: no other registered camp ("Außenminister Lawrow" is no
            "chinesische Staatschef"), no office of the registry itself, no role but the office's own."""
            if entity.actor is not None:
                named = self.actor_in(entity.start, entity.stop)
                other = self.actors[entity.actor]
                if entity.actor == mention.label or other.camp != actor.camp:
                    return False
                if named is None or named.attrs.get("form") == "role":
                    return False
            return not self.has_role(entity) or carries_role(named_with(text, entity), role)

        return self.resolve(position, gender, strict=True, named=True, agree=holder)

    def named_behind(self, entity: Entity, refer: bool = True) -> Entity:
        """The named person behind a definite noun without a name that a pronoun refers to ("Der
        Beamte bekennt sich nicht schuldig. Er habe …" → "der Polizist Bernhard H."): the last person
        named before it of a compatible gender; the entity itself where there is none or it is a plural;
        behind a registered office the text names no holder of, the person named before it (round 60); the
        person a quote's speaker the noun is was read as (``refer``, round 92)."""
        if refer and entity.referent is not None:
            return entity.referent
        if entity.actor is not None:
            mention = self.actor_in(entity.start, entity.stop)
            holder = self.office_holder(mention, entity.start, entity.stop) if mention is not None else None
            return entity if holder is None else holder
        if not entity.anaphor or not entity.gender:
            return entity
        head = self.doc.text[entity.start : entity.stop].split()[-1]
        if referent_number(self.doc.text, entity) == "pl":
            return entity  # "die Besucher": a plural; not "die ehemalige Grünen-Vorsitzende" (round 41)
        number, _, rest = head.partition("-")
        age = number if number.isdigit() and rest.lower().startswith("jährige") else ""  # "der 28-Jährige"
        behind = self.named_before(entity.start, entity.gender, head, age)
        sentences = self.doc.sentences
        if behind is None or sentences[behind.sentence].paragraph != sentences[entity.sentence].paragraph:
            return entity  # a new paragraph's "der Familienvater" is no longer the one named last
        return behind


def _predicative(tokens: list[Token], start: int, first: int) -> bool:
    """Round 55: whether the indefinite noun phrase at ``tokens[start]`` is the predicate of a copula whose
    subject is the pronoun right before it ("Im Herzen bin ich ein heimlicher Politiker", "Damals war sie eine
    junge Ärztin"): it says what someone is and names no one a pronoun could refer to. Not without the
    pronoun, where the phrase is the subject ("Dabei ist ein Landwirt verletzt worden")."""
    if start - 2 < first or tokens[start].text.lower() not in INDEFINITE_ARTICLES:
        return False
    subject, words = tokens[start - 1].text.lower(), speech_words()
    pronoun = subject in words.pronouns or subject in words.first_person
    return pronoun and tokens[start - 2].lemma in words.copula_lemmas


# a copula and at most three words (article, adjective, noun) before the name it names
COPULA_WORDS: Final = 4
# an article, at most two adjectives ("der 34-jährige gebürtige Steirer") and the noun of ``guarded_holder``
GUARDED_WORDS: Final = 4
OFTEN_NAMED: Final = 3  # ``rarely_written``: a name the text writes this often is no name in passing
DATELINE_DASHES: Final = frozenset({"–", "—", "-"})  # "Wien – …": a dateline's place ends with a dash
DATELINE_WORDS: Final = 5  # tokens at most of a dateline's places before its dash ("Berlin/Brüssel –")
PLACE_WORDS: Final = 3  # words at most of one place of a dateline ("Salt Lake City –", "Addis Abeba/…")


def _dateline_end(tokens: list[Token], first: int, stop: int) -> int:
    """Where the words after a dateline that opens ``tokens[first:stop]`` begin, else ``first``: places
    of capitalised words (``PLACE_WORDS`` at most each) between slashes, ``DATELINE_WORDS`` tokens at most,
    before a dash set off by a space ("Wien – …", "Berlin/Brüssel – …", "Hanoi / Phnom Penh – …"); not a
    compound's hyphen ("Die Kinder- und Jugendanwaltschaft"), nor a noun phrase an aside follows ("Die
    Frau – laut Alpinpolizei Mitte 30 – …", "Chiles Trainer Jorge Sampaoli – ein Argentinier – …")."""
    determiners = speech_words().determiners
    place = 0  # words of the place read so far
    for k in range(first, min(first + DATELINE_WORDS + 1, stop)):
        token = tokens[k]
        if token.text in DATELINE_DASHES:
            return k + 1 if k > first and token.start > tokens[k - 1].end else first
        if token.text == "/":
            place = 0
            continue
        if (
            token.kind != "word"
            or not is_capitalised(token.text)
            or place == PLACE_WORDS
            or (k == first and token.text.lower() in determiners)
        ):
            return first
        place += 1
    return first


GUARDED_SENTENCES: Final = 3  # sentences before it in its paragraph that ``guarded_holder`` reads back


def _agreement(context: _Context, gender: str, number: str) -> Callable[[Entity], bool]:
    """What a personal pronoun of ``gender`` and ``number`` may refer to (round 37): what
    ``agrees_with_pronoun`` accepts and, for a singular one, no registered organisation or state named
    without an article ("Peking", "Greenpeace": a name a German text refers to as "es", where "die
    Bundesregierung" and "der ADAC" are "sie" and "er"); nothing right after a neuter article or "im"
    (``_not_antecedent``, round 94)."""
    text, actors, determiners = context.doc.text, context.actors, context.words.determiners
    openers = context.words.not_antecedent_openers

    def agree(entity: Entity) -> bool:
        if not agrees_with_pronoun(text, entity, gender, number) or _not_antecedent(text, entity, openers):
            return False
        actor = actors.get(entity.actor) if entity.actor else None
        if number == "pl" or actor is None or actor.kind not in ("organisation", "state"):
            return True
        before = text[max(0, entity.start - 40) : entity.start].split()[-1:]
        return bool(before) and before[0].lower() in determiners

    return agree


def _not_antecedent(text: str, entity: Entity, openers: frozenset[str]) -> bool:
    """Round 94: whether the word right before a mention makes it nothing "er" or "sie" refers to: a neuter
    article ("Das Erdberger Asylquartier …": a thing, which German refers to as "es") or "im" (the place a
    locative names: "im Berchtesgadener Land"), from ``not_antecedent_openers``; not "das" right after a
    comma, the relative pronoun whose subject the mention is ("ein Manifest, das Varoufakis … veröffentlicht
    hat")."""
    before = text[max(0, entity.start - 40) : entity.start].split()[-2:]
    if not before or before[-1].lower() not in openers:
        return False
    return not (before[-1].lower() == "das" and len(before) == 2 and before[0].endswith(","))


def _not_clause_mate(
    context: _Context, token: Token, gender: str, agree: Callable[[Entity], bool]
) -> Callable[[Entity], bool]:
    """``agree``, and never a name that ends the part of its clause before the finite verb when a pronoun
    of ``gender`` follows that verb (round 67): a pronoun does not mean a name in its own clause ("Äußerungen
    von Markus Söder nennt er …"), and where that pronoun is the subject "er", that part is no subject and a
    later "er" goes on with that pronoun's person ("Gottesdienst sei …, betonte Stäblein. In Anlehnung an den
    Soziologen Hartmut Rosa fragte er: „…“ … Er habe …": Stäblein both times; not "sie", also an object:
    "Guo nennt sie schlafende Schönheiten")."""
    tokens, starts, pronouns = context.doc.tokens, context.token_starts, context.words.pronouns

    def not_mate(entity: Entity) -> bool:
        index = bisect_left(starts, entity.stop)
        if index + 1 < len(tokens):
            verb, pronoun = tokens[index], tokens[index + 1]
            if (
                verb.kind == "word"
                and verb.text[:1].islower()
                and pronoun.sentence == entity.sentence
                and pronouns.get(pronoun.text) == gender
                and (pronoun.start == token.start or pronoun.text == "er")
            ):
                return False
        return agree(entity)

    return not_mate


def _pronoun_number(context: _Context, token: Token, gender: str) -> str:
    """The number of a personal pronoun (round 37): "sg" for "er"; for "sie" the finite verb's right
    before it in its sentence ("sagt sie", "seien sie"), else right after it ("Sie züchtet", "Sie
    seien"); "" where neither is a finite form that tells."""
    if gender == "m":
        return "sg"
    tokens, mask = context.doc.tokens, context.mask
    index = bisect_left(context.token_starts, token.start)
    for k in (index - 1, index + 1):
        if 0 <= k < len(tokens) and not mask[k] and tokens[k].sentence == token.sentence:
            number = _finite_number(tokens[k])
            if number:
                return number
    return ""


def _finite_number(token: Token) -> str:
    """ "pl" for a finite verb form in "-en" the lemmatizer reads as another form ("seien", "sagten",
    "hätten") and "sind"; "sg" for a lower-case form without the "-n" of every plural whose lemma is a
    verb's infinitive ("sagt", "sei", "habe", "züchtet"); "" otherwise ("sagen", "kann", "gestern")."""
    text, lemma = token.text, token.lemma
    if token.kind != "word" or not text.islower() or text == lemma or not lemma.endswith("n"):
        return "pl" if text == "sind" else ""
    if text.endswith("en"):
        return "pl"
    return "" if text.endswith("n") else "sg"


def _age_after(tokens: list[Token], k: int, limit: int) -> bool:
    """Whether an age in parentheses stands at ``tokens[k]`` ("(75)"), as the press writes it after a
    person's name."""
    return (
        k + 2 < limit
        and tokens[k].text == "("
        and tokens[k + 1].text.isdigit()
        and len(tokens[k + 1].text) <= 3
        and tokens[k + 2].text == ")"
    )


def _name_after(tokens: list[Token], offset: int, end: int) -> bool:
    """Whether a name follows a registered group's noun inside its phrase ("Der Experte Hans Weber",
    "Der Ökonom Fratzscher"): it belongs to the speaker's span (a plain noun after a registered name,
    "laut chinesischen Staatsmedien Unterstützung", does not)."""
    k = _first_at(tokens, offset)
    if k >= end:
        return False
    kind = noun_kind(tokens[k].text)[0]
    return kind == "given" or (kind == "" and not is_plain_word(tokens[k].text))


_MEDIA_NAMES: Final[list[Any]] = [None, frozenset()]  # the actors read last and the names of their media


def _media_names(actors: dict[str, Actor]) -> frozenset[str]:
    """The names of the registered media among ``actors``, gathered once for the same registry (a new
    one after a reset or an edit is another object), not per article (speed round 24)."""
    if _MEDIA_NAMES[0] is not actors:
        media = frozenset(name for actor in actors.values() if actor.kind == "media" for name in actor.names)
        _MEDIA_NAMES[:] = [actors, media]
    return _MEDIA_NAMES[1]


@reloadable
@cache
def _looked_for() -> frozenset[str]:
    """The words whose tokens the rules look up by ``_Context._indexes_of``: the prepositions of sources
    and perspectives, back references, also capitalised ("nach", "Nach"), reportative words and the
    nouns of the spoken-of phrases ("Rede"); built once, not per article."""
    words = speech_words()
    looked_for = words.source_prepositions | words.perspective_prepositions | words.back_references
    spoken_nouns = {phrase.split()[-1].capitalize() for phrase in words.spoken_of}
    return frozenset(
        {*looked_for, *(form.capitalize() for form in looked_for), *words.reportative, *spoken_nouns}
    )


def _indexes_by_text(doc: Doc, words: Collection[str]) -> dict[str, list[int]]:
    """The indexes of the tokens that are exactly one of ``words`` (as the text writes them), by word in
    order. Compiled, one loop over the tokens reading each one's text natively; in pure Python one pass in
    C over the token texts, the few tokens that are one of them then read one by one (``_indexes_by_map``,
    where the loop is slower; compiled, the ``attrgetter`` and the bound ``__contains__`` called through
    Python objects cost about 600 instructions a token: speed round 37)."""
    tokens, text = doc.tokens, doc.text
    found: dict[str, list[int]] = {}
    for index, token in enumerate(tokens):
        form = token.text
        if form in words and text.startswith(form, token.start):
            found.setdefault(form, []).append(index)
    return found


def _indexes_by_map(doc: Doc, words: Collection[str]) -> dict[str, list[int]]:
    tokens, text = doc.tokens, doc.text
    texts = list(map(_TEXT, tokens))
    found: dict[str, list[int]] = {}
    for index in compress(range(len(texts)), map(words.__contains__, texts)):
        if text.startswith(texts[index], tokens[index].start):
            found.setdefault(texts[index], []).append(index)
    return found


in_pure_python(globals(), _indexes_by_text, _indexes_by_map)


def _given_at(tokens: list[Token], given: dict[str, str]) -> list[int]:
    """The indexes of the tokens that are a given name (``given`` gives them a gender), in order: the pairs
    ``_surnames_written`` reads are at them (speed round 39). Compiled, one loop reading each token's text
    natively; in pure Python one pass in C over the token texts (``_given_by_map``)."""
    return [index for index, token in enumerate(tokens) if given.get(token.text)]


def _given_by_map(tokens: list[Token], given: dict[str, str]) -> list[int]:
    return list(compress(range(len(tokens)), map(given.get, map(_TEXT, tokens))))


in_pure_python(globals(), _given_at, _given_by_map)


def _after_colons(text: str, starts: list[int]) -> set[int]:
    """The sentences (by their ``starts``) with a colon between the start of the sentence before and their
    own start, the only ones after which a block quotation can open (``_block_quote``,
    ``_colon_block_speaker``): found once per text by ``str.find`` (speed round 27)."""
    found = set()
    position = text.find(":")
    while position >= 0:
        found.add(bisect_right(starts, position))  # the first sentence that starts after the colon
        position = text.find(":", position + 1)
    return found


def _is_boundary(token: Token, quoted: bool) -> bool:
    """A comma, colon, dash … outside quotation marks (a quotation belongs to its clause)."""
    return not quoted and token.kind == "punct" and token.text in BOUNDARIES


def _splits_clause(tokens: list[Token], mask: list[bool], k: int) -> bool:
    """A boundary at ``tokens[k]`` (``_is_boundary``) that is no slash inside a name ("der
    CDU/CSU-Fraktion")."""
    return _is_boundary(tokens[k], mask[k]) and not joined_slash(tokens, k)


PARENTHESIS: Final = 12  # tokens at most inside a parenthesis read as one piece of its clause


def _bracket(tokens: list[Token], mask: list[bool], k: int, step: int) -> int | None:
    """The index of the bracket that closes (``step`` 1) or opens (``step`` -1) the parenthesis whose
    other bracket is ``tokens[k]``, when it lies within PARENTHESIS tokens and no quotation is
    crossed; else None."""
    wanted = ")" if step == 1 else "("
    j = k + step
    while 0 <= j < len(tokens) and abs(j - k) <= PARENTHESIS and not mask[j]:
        if tokens[j].text == wanted:
            return j
        if tokens[j].text in "()":
            return None
        j += step
    return None


def _clause_boundary(tokens: list[Token], mask: list[bool], k: int) -> bool:
    """A boundary at ``tokens[k]`` that ends a clause: not the hyphen of a compound cut short, which
    is written against its word ("Das Bau- und Transportministerium teilte mit"), nor a comma between
    two inflected adjectives of one noun ("den Ausbau hochwertiger, flächendeckender und leistbarer
    Kinderbetreuung gefordert"; round 75)."""
    return _splits_clause(tokens, mask, k) and not (
        (tokens[k].text == "-" and k > 0 and tokens[k].start == tokens[k - 1].end)
        or (tokens[k].text == "," and 0 < k < len(tokens) - 1 and _adjective_series(tokens, k))
    )


def _adjective_series(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` stands between two adjectives of the same ending ("hochwertiger,
    flächendeckender"): a list of attributes, no clause boundary."""
    before, after = tokens[comma - 1], tokens[comma + 1]
    return is_adjective(before) and is_adjective(after) and before.text[-2:] == after.text[-2:]


def _clause_start(tokens: list[Token], mask: list[bool], index: int) -> int:
    """The first token of the clause at ``index``: after the boundary before it; a comma inside a
    parenthesis belongs to the clause ("Schimon Peres (Awoda, dt. etwa Arbeiterpartei) bekräftigt")."""
    k = index
    # a token that is no punctuation is no boundary: most of the walk asks no function (speed round 35)
    while k > 0 and (tokens[k - 1].kind != "punct" or not _clause_boundary(tokens, mask, k - 1)):
        k -= 1
        if tokens[k].text == ")" and not mask[k] and (opening := _bracket(tokens, mask, k, -1)) is not None:
            k = opening
    return k


def _clause_end(tokens: list[Token], mask: list[bool], index: int, compounds: bool = False) -> int:
    """The token ending the clause at ``index``: a boundary, or a sentence's final mark (not the
    full stop of an academic title: "sagte Prof. Müller"); a parenthesis is read past as one piece;
    with ``compounds``, not the hyphen of a compound cut short ("der Rotkreuz- und
    Rothalbmond-Gesellschaften")."""
    titles = speech_words().academic_titles
    k = index
    while (
        k < len(tokens)
        and (
            tokens[k].kind != "punct"
            or not (_clause_boundary(tokens, mask, k) if compounds else _splits_clause(tokens, mask, k))
        )
        and (
            mask[k]
            or tokens[k].text not in ".!?"
            or _title_stop(tokens, k, titles)
            or _ordinal_stop(tokens, k)
        )
    ):
        if tokens[k].text == "(" and not mask[k] and (closing := _bracket(tokens, mask, k, 1)) is not None:
            k = closing
        k += 1
    return k


def _ordinal_stop(tokens: list[Token], k: int) -> bool:
    """Whether the full stop at ``tokens[k]`` is an ordinal number's within its sentence ("sagte der
    Präsident der 27. UN-Klimakonferenz"; speaker round 39)."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k + 1].sentence == tokens[k].sentence
        and ordinal(tokens, k - 1, len(tokens))
    )


def _title_stop(tokens: list[Token], k: int, titles: frozenset[str]) -> bool:
    """Whether ``tokens[k]`` is the full stop written right after an academic title ("Dr.") or an
    initial inside a name ("Matthias W. Beckmann")."""
    if tokens[k].text != "." or k == 0 or tokens[k - 1].end != tokens[k].start:
        return False
    if tokens[k - 1].text in titles:
        return True
    if not _stop_after_initial(tokens, k) or k + 1 == len(tokens):
        return False
    after, words = tokens[k + 1].text, speech_words()
    return (  # a name goes on after the initial: not "sagte Lutz S. Er kam …"
        is_capitalised(after)
        and after.lower() not in words.pronouns
        and after.lower() not in words.determiners
    )


def _stop_after_initial(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a full stop written right after a one-letter capital, an initial ("W.")."""
    return (
        0 < k < len(tokens)
        and tokens[k].text == "."
        and tokens[k - 1].end == tokens[k].start
        and len(tokens[k - 1].text) == 1
        and tokens[k - 1].text.isupper()
    )


def _initial_stop(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the full stop of a surname's initial after a capitalised word, the surname
    a private person is shielded by ("Maria T."), where the clause was cut at it."""
    return k > 1 and _stop_after_initial(tokens, k) and is_capitalised(tokens[k - 2].text)


def _quoted_after(tokens: list[Token], k: int, web_endings: tuple[str, ...]) -> tuple[int, int] | None:
    """(start, end) of a short capitalised name or web address in quotation marks at ``tokens[k]``,
    or after a genitive article there ("des „Spiegel“"): the medium or organisation named before."""
    if k < len(tokens) and tokens[k].text in ("des", "der"):
        k += 1
    if k + 2 >= len(tokens) or tokens[k].text not in QUOTE_MARKS:
        return None
    first = tokens[k + 1].text
    if not is_capitalised(first) and not first.lower().endswith(web_endings):
        return None
    for close in range(k + 2, min(len(tokens), k + 2 + QUOTED_NAME_WORDS)):
        if tokens[close].text in QUOTE_MARKS:
            return tokens[k + 1].start, tokens[close - 1].end
        if tokens[close].kind == "punct":
            return None
    return None


def _quoted_name(
    tokens: list[Token], mask: list[bool], j: int, limit: int, article: bool = False
) -> _Found | None:
    """A short capitalised name in quotation marks at ``tokens[j]`` (after an article, which
    ``article`` requires): the title of a medium that writes ("schreibt die „Computerwoche“", "laut
    „Computerwoche“"), taken as a medium, so that a person named beside it speaks and it relays."""
    if j < limit and tokens[j].text.lower() in DEFINITE:
        j += 1
    elif article:
        return None  # "genannt „Big Joe“": a name, no source
    if j + 2 >= limit or tokens[j].text not in QUOTE_MARKS or not mask[j + 1]:
        return None
    k = j + 1
    while k < limit and mask[k] and tokens[k].text not in QUOTE_MARKS:
        k += 1
    if k == limit or tokens[k].text not in QUOTE_MARKS:
        return None  # "„Endlich: Die Bedienung will …“ lautet": the limit inside the quotation (round 136)
    if k - j - 1 > QUOTED_NAME_WORDS or not is_capitalised(tokens[j + 1].text):
        return None
    if k - j == 2 and _quoted_term(tokens, j):
        return None  # "besser gesagt der "Journalisten" und "Redakteure"": words, no medium (round 99)
    return _Found(tokens[j + 1].start, tokens[k - 1].end, "unregistered", True)


def _quoted_term(tokens: list[Token], j: int) -> bool:
    """Round 99: whether the one word in quotation marks at ``tokens[j]`` + 1, taken for a medium's
    title, is a word the writer mentions or holds at a distance: a word of the language, not a medium's
    name ("der „Journalisten“", "Die „Befreiung“ des Irak", "»Reiche«"; not "die „Bild“", "der
    „Spiegel“", "„Kicker“", "die „Zeit“"), or one of a list of words in marks ("von "Schnutenpulli",
    "Gesichtsschlüppi" und "Muschu""); no one who writes or speaks."""
    word = tokens[j + 1].text
    if is_media_noun(word) or any(
        names_medium(f"{article}{word}") for article in ("", "Die ", "Der ", "Das ")
    ):
        return False  # "die „Zeit“": the registry's "Die Zeit"
    if is_plain_word(word):
        return True
    k = j - 1
    if k >= 1 and tokens[k].text.lower() in DEFINITE:
        k -= 1
    return k >= 1 and tokens[k].text.lower() in (",", "und", "oder") and tokens[k - 1].text in QUOTE_MARKS


def _subject_follows(tokens: list[Token], k: int, limit: int) -> bool:
    """Whether a definite article or a capitalised word (a name) follows an accusative pronoun at ``k`` - 1,
    across adverbs ("hält es der Präsident …", "So beschreibt es Eren Güvercin", "sieht es auch Lange so")."""
    k = skip_adverbs(tokens, k, limit)
    return k < limit and (tokens[k].text.lower() in DEFINITE or is_capitalised(tokens[k].text))


def _after(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    index: int,
    sentence: int,
    lenient: bool = False,
    announced: bool = False,
) -> _Found | None:
    """The speaker right after a verb of saying: "sagte (am Montag) ein Sprecher der Polizei", "sagte er";
    ``lenient`` (nothing before the verb is its subject): any noun phrase with its article there ("Am
    Montag stellte eine Polizeistreife fest", "Dabei hofft die NASA"); ``announced`` (after "Das"/"Dies"
    pointing back to the sentence before): that phrase also before an adverbial or the verb's particle
    ("Dies gab die Vereinsführung heute auf einer Pressekonferenz bekannt"), and without its article
    after a plural verb, whose object "Das" must be ("Das berichten Medien unter Berufung auf …")."""
    limit = _clause_end(tokens, mask, index)
    if limit > index + 1 and _initial_stop(tokens, limit):  # "erzählt Kerstin H.: „…“", "sagt Maria T. aus
        limit += 1  # Köln": the initial's full stop is the name's, the clause ends after it (round 116)
    j = skip_adverbs(tokens, index, limit)
    if (  # "erklärt auf Nachfrage Martin Rölen", "sagte auf APA-Anfrage ein Sprecher"
        j + 1 < limit
        and tokens[j].text.lower() in ("auf", "nach")
        and tokens[j + 1].text.lower().endswith(context.words.inquiries)
    ):
        j = skip_adverbs(tokens, j + 2, limit)
    if (
        j > index
        and is_capitalised(tokens[index].text)
        and context.is_surname(tokens[index].text, tokens[index].start)
    ):
        j = index  # "sagt Kurz": the surname of "Jürgen Kurz" named before, no adverb
    words = context.words
    while j < limit and (
        (word := tokens[j].text.lower()) in words.datives
        or _dative_plural(tokens[j])  # "sagte Reportern, dass …": to whom, never who speaks
        or word in words.reflexives
        or (word in words.accusatives and j + 1 < limit and _subject_follows(tokens, j + 1, limit))
    ):  # "sagen uns mehrere Anwälte", "äußerte sich der Präsident", "hält es der Präsident für möglich",
        # "bringt es Kerstin Wahala auf den Punkt"
        j = skip_adverbs(tokens, j + 1, limit)
        lenient = False  # "ergebe sich ein Reformdruck": only a person speaks here
    if j < limit and tokens[j].text.lower() in context.words.addressee:  # "gegenüber der Zeitung"
        other = parse_phrase(tokens, j + 1, limit)
        if other is not None:
            j = skip_adverbs(tokens, other.end, limit)
    if j >= limit:
        return None
    j = _group_after(words, tokens, j, limit)  # "sagten 25 Prozent der Befragten"
    if tokens[j].text.lower() in context.words.pronouns or (
        tokens[j].text.lower() in words.demonstratives
        and (j + 1 >= limit or not (is_capitalised(tokens[j + 1].text) or is_adjective(tokens[j + 1])))
    ):  # "sagte er", "so schrieb diese in einer Stellungnahme"
        return context.pronoun(tokens[j], at=_reported_clause(tokens, mask, index - 1)) or _unresolved(
            tokens[j]
        )
    if tokens[j].text.lower() in words.object_determiners:
        return None  # "kündigte einen Pick-up-Truck an": an object, never the subject
    phrase = parse_phrase(tokens, j, limit, coordinate=True)
    if phrase is None:
        return _quoted_name(tokens, mask, j, limit, article=True)
    if index > 0 and _speech_verb_at(tokens, index - 1, index) and _speech_verb_at(tokens, phrase.end, limit):
        # "sagte Kämna und Sagan ergänzte: …": the second person opens a clause of its own (round 144);
        # not after an auxiliary ("hatten Union und SPD vereinbart": the participle is the first verb's)
        phrase = parse_phrase(tokens, j, limit) or phrase
    head, phrase = phrase, with_owner(tokens, phrase, limit)  # "sagt die Liebhaberin der griechischen Küche"
    owned = phrase.end != head.end
    inquit = index >= 2 and (
        tokens[index - 2].text in QUOTE_MARKS
        or (index >= 3 and tokens[index - 2].text == "," and tokens[index - 3].text in QUOTE_MARKS)
    )
    end = phrase.end  # the phrase ends the clause's speech, also before a particle ("stellte X fest, dass")
    particle = end < limit and tokens[end].text in words.particles
    ends = _ends_clause(tokens, end, limit) or (particle and _ends_clause(tokens, end + 1, limit))
    determined = tokens[phrase.first].text.lower() in words.determiners
    if lenient and determined and not ends:  # "sagten die Eltern des Kindes", "bestätigte die Bahn dem Blog"
        owner, reaches = _owner_and_addressee(words, tokens, end, limit)
        if reaches:
            ends = True
            if owner is not None:
                phrase = replace(phrase, end=owner.end, stop=owner.stop)
    article = lenient and (ends or announced) and determined
    if announced and not determined:  # "Das berichten Medien …": a plural verb, so "Das" is its object
        article = tokens[index - 1].text.endswith("en")
    message = tokens[index - 1].lemma.lower() in words.message_verbs  # "…, lautet der Titel."
    if not inquit and not message and index >= 2 and tokens[index - 2].text == "," and not mask[index - 2]:
        # "…, teilten die Vereinten Nationen mit.", "…, kritisieren die Blauen.": the inquit ends the sentence
        last = skip_adverbs(tokens, end, limit)  # "…, teilte der Zivilschutz am Samstag mit."
        last += last < limit and tokens[last].text in words.particles
        inquit = (_reported_clause(tokens, mask, index - 1) is not None if owned else phrase.definite) and (
            last == len(tokens) or tokens[last].text in ".!?"
        )  # with its owner only after reported speech: "Wenn möglich, empfiehlt sich die Verwendung einer …"
    if (
        not inquit
        and not article
        and not _person_like(context, tokens, phrase)
        and not (phrase.named and _role_apposed(tokens, mask, phrase.end))
        and not _bare_speaker(tokens, mask, index, phrase, limit, lenient)
        and not _nominative_after(words, tokens, index, head)  # "teilte der Arbeitgeber des Mannes mit"
    ):
        return None  # "…, verlangt eine Entschuldigung": an object, not a speaker
    return context.found(_name_after_role(tokens, mask, phrase, limit) or phrase, tokens, sentence)


def _speech_verb_at(tokens: list[Token], k: int, limit: int) -> bool:
    """Whether ``tokens[k]`` is a finite verb of saying ("ergänzte", "fügte … hinzu")."""
    return k < limit and _finite_number(tokens[k]) != "" and _is_speech_verb(tokens[k], tokens)


def _nominative_after(words: SpeechWords, tokens: list[Token], index: int, phrase: Phrase) -> bool:
    """Whether ``phrase``, right after an inquit's singular verb of saying or auxiliary at ``tokens[index
    - 1]`` (after the comma that ends the speech), is its subject by its article alone: "der" before a
    masculine noun is nominative ("…, sagte der Schweizer der Gazzetta dello Sport (Freitag)."), where the
    object would take "den". Not where an adverb opens the clause ("Zudem beschreibe der Kurzfilm …"):
    there the verb's subject may be a thing, and the speech goes on."""
    verb = tokens[index - 1]
    return (
        phrase.first == index
        and index >= 2
        and tokens[index - 2].text == ","
        and (_is_speech_verb(verb, tokens) or verb.text.lower() in words.auxiliaries)
        and verb.lemma.lower() not in words.message_verbs  # "…, lautet der Titel.": a text, no speaker
        and not plural_finite(verb)
        and masculine_nominative(tokens, phrase.first, phrase.end)
    )


def _bare_speaker(
    tokens: list[Token], mask: list[bool], index: int, phrase: Phrase, limit: int, lenient: bool
) -> bool:
    """Whether ``phrase`` is one capitalised word in its base form without an article right after a
    singular verb of saying at ``tokens[index - 1]`` that ends its clause (also before a time: "…, sagte
    Müller am Montag."), where no subject stood before the verb (``lenient``: "Später sagte Schmidt: „…“")
    or the verb follows reported speech and its comma ("…, ob die Autoindustrie … könne, sagte Müller:",
    "…, sagte Fischer."): a German singular noun there would need its article ("sagte der Fischer"), so
    the word is a surname, also one that is a German word. Not after an apposition's comma ("Auch Thomas
    Habermann, Geschäftsführer von Häusle, spricht Klartext:", "…, heute Dozent in Miami, rät
    Aufklärung."), where the subject stood before: the comma must end a clause with a verb or quotation,
    and before a colon, reported speech. Where no subject stood before the verb, also before the article
    of an object ("Auf Anfrage bestätigt Volkswagen den Vorfall und weist darauf hin, dass …"): the word
    before the object is the verb's subject."""
    if phrase.first != index or phrase.end != index + 1 or phrase.kinds != frozenset({""}):
        return False
    words = speech_words()
    after = skip_adverbs(tokens, phrase.end, limit)
    last = after + (after < limit and tokens[after].text in words.particles)  # "…, hob Ban hervor."
    if not _ends_clause(tokens, last, limit) and not (
        lenient and after < limit and tokens[after].text in words.object_determiners
    ):  # not "Das ruft Neider auf den Plan": a particle, then its phrase
        return False
    if not lenient:
        comma = index - 2
        if comma < 0 or tokens[comma].text != "," or mask[comma]:
            return False
        if _reported_clause(tokens, mask, index - 1) is None:
            if last < limit and tokens[last].text == ":":
                return False  # "…, spricht Klartext: …": no reported speech before it
            before = range(_clause_start(tokens, mask, comma), comma)  # a clause, no apposition
            if not any(mask[k] or _verb_like(words, tokens[k]) for k in before):
                return False
    word, verb = tokens[index], tokens[index - 1].text
    singular = not verb.endswith("n")  # "forderten Konsequenzen": a plural verb's bare noun is no name
    return singular and word.kind == "word" and word.text[:1].isupper() and word.lemma == word.text


def _owner_and_addressee(
    words: SpeechWords, tokens: list[Token], end: int, limit: int
) -> tuple[Phrase | None, bool]:
    """After a subject that follows its verb and ends at ``end``: its owner in the genitive ("sagten die
    Eltern des Kindes", "entgegneten die Unterstützer des Antrags"), and whether the clause's speech
    ends after it, also after an addressee in the dative ("bestätigte die Deutsche Bahn dem Zugreiseblog,
    dass …")."""
    j, owner = end, None
    if j < limit and tokens[j].text.lower() in GENITIVE_ARTICLES:
        owner = parse_phrase(tokens, j, limit, coordinate=True)
        if owner is None:
            return None, False
        j = owner.end
    if j < limit and tokens[j].text.lower() in DATIVE_ARTICLES:
        addressee = parse_phrase(tokens, j, limit)
        if addressee is None:
            return None, False
        j = addressee.end
    if j == end:
        return None, False
    particle = j < limit and tokens[j].text in words.particles
    return owner, _ends_clause(tokens, j, limit) or (particle and _ends_clause(tokens, j + 1, limit))


# a phrase's kinds that name someone
SPEAKER_KINDS: Final = frozenset({"role", "organisation", "given", "media"})
DATIVE_ARTICLES: Final = frozenset({"dem", "einem"})  # of an addressee after the subject ("dem Zugreiseblog")


def _dative_plural(token: Token) -> bool:
    """Whether ``token`` is a noun in the dative plural, which is never a subject: a capitalised form in
    "-ern"/"-eln" whose lemma differs ("Reportern", "Kindern"), as the nominative plural of these
    nouns has no "-n" ("Reporter"); not a name the lemmatizer keeps ("Bayern")."""
    text = token.text
    return is_capitalised(text) and text.endswith(("ern", "eln")) and token.lemma.lower() != text.lower()


def _plural_against(tokens: list[Token], phrase: Phrase, finite: Token) -> bool:
    """Whether ``phrase`` is plural where ``finite`` is singular, so that it cannot be its subject ("Die
    Äußerungen Hassemers bezeichnete Wiefelspütz als …"): "die" before a noun whose lemma it extends
    by a plural ending ("Äußerungen", "Grünen"), a verb form without the "-n" of every plural."""
    if tokens[phrase.first].text.lower() != "die" or finite.text.endswith("n") or finite.text == "sind":
        return False
    head = next((t for t in tokens[phrase.first + 1 : phrase.end] if is_capitalised(t.text)), None)
    if head is None:
        return False
    lemma, text = head.lemma, head.text
    return text != lemma and text.startswith(lemma) and text[len(lemma) :] in ("n", "en", "e", "er")


def _role_apposed(tokens: list[Token], mask: list[bool], comma: int) -> bool:
    """Whether a role with its article is set off by the comma at ``comma`` ("sagte Li Fei, der
    stellvertretende Vorsitzende des Ständigen Ausschusses, …"): the name before it is a person's."""
    if comma + 2 >= len(tokens) or tokens[comma].text != "," or mask[comma]:
        return False
    end = _clause_end(tokens, mask, comma + 1)  # the apposition fills its clause: no relative clause
    role = parse_phrase(tokens, comma + 1, end)
    return role is not None and role.end == end and role.definite and "role" in role.kinds


def _name_after_role(tokens: list[Token], mask: list[bool], role: Phrase, comma: int) -> Phrase | None:
    """The person's name set off by a comma after the role that follows a verb of saying ("…, sagt der
    Präsident des Malteser Hilfsdienst, Georg Khevenhüller."): a name, no role or organisation, that
    ends the sentence or is set off by a comma itself, of two words at least; the name is the speaker,
    the role its apposition."""
    if "role" not in role.kinds or comma + 1 >= len(tokens) or tokens[comma].text != "," or mask[comma]:
        return None
    name = parse_phrase(tokens, comma + 1, _clause_end(tokens, mask, comma + 1))
    if name is None or not name.named or name.definite or not _apposed_person(tokens, name):
        return None
    if name.end < len(tokens) and tokens[name.end].text not in (".", ",", "!", "?"):
        return None  # "sagte der Sprecher, Müller sei …": the name opens the reported clause
    names = [t.text for t in tokens[name.first : name.end] if is_capitalised(t.text)]
    initial = len(names[-1]) == 1  # "der damalige Kassenwart …, Klaus K.,": the role names more
    # two capitalised words after the role's comma at the clause's end name its person, also when the
    # lemmatizer knows them as words ("…, Elmar Gesse.", "…, Frank-Jürgen Weise, in Nürnberg")
    return name if len(names) >= 2 and not initial else None


def _reported_clause(tokens: list[Token], mask: list[bool], verb: int) -> int | None:
    """Where the Konjunktiv I clause reported before an inquit's comma starts ("Philipp H. kenne er
    privat, sagt er"), or the clause of unmarked direct speech in the first person (round 55: "Wir wollen
    mit Bürgermeister Karl Meier reden, sagte er"): a person named in it is not the one who says it; else
    None."""
    if verb < 2 or tokens[verb - 1].text != "," or mask[verb - 1]:
        return None
    begin = _clause_start(tokens, mask, verb - 1)
    clause = range(begin, verb - 1)
    first_person = speech_words().first_person
    if not any(
        not mask[k]
        and (
            token_flags(tokens[k].text, tokens[k].lemma) & KONJUNKTIV
            or tokens[k].text.lower() in first_person
        )
        for k in clause
    ):
        return None
    return tokens[begin].start


def _ends_clause(tokens: list[Token], k: int, limit: int) -> bool:
    """Whether the clause's speech ends before ``tokens[k]``: its end, a comma or colon, "dass"."""
    return k >= limit or tokens[k].text in (",", ":") or tokens[k].text == "dass"


def _unresolved(token: Token) -> _Found | None:
    """A "sie" subject of a verb of saying whose persons are not found ("Ärzte … Sie gehen davon aus,
    dass …": a plural the finder cannot tell from a masculine role noun) still speaks, as itself; an
    unresolved "er" does not ("Später sagte er, …")."""
    if token.text.lower() != "sie":
        return None
    return _Found(token.start, token.end, "unregistered", False)


def _person_like(context: _Context, tokens: list[Token], phrase: Phrase) -> bool:
    """A role, organisation, given name, medium, registered actor, or a name that is no German word."""
    if phrase.kinds & SPEAKER_KINDS:
        return True
    if context.actor_in(phrase.start, phrase.stop) is not None:
        return True
    if not phrase.named:
        return False
    words = [t.text for t in tokens[phrase.first : phrase.end] if is_capitalised(t.text)]
    if any(not is_plain_word(w) for w in words):
        return True  # "Joël Niederlaender"
    objects = context.words.object_determiners
    if any(_acronym(w) for w in words) and not any(
        t.text.lower() in objects for t in tokens[phrase.first : phrase.end]
    ):
        return True  # "Die OSZE kritisiert", not "der dem STANDARD bestätigt"
    return context.is_surname(words[-1], phrase.start)


# The distributive pronoun before an ordinal that counts a share of a group ("jeder Fünfte gab an").
DISTRIBUTIVES: Final = frozenset({"jeder", "jede", "jedes"})


def _past_quantity(words: SpeechWords, tokens: list[Token], j: int, limit: int) -> int:
    """Where a speaking group opens behind its quantity: past an approximator ("Fast jeder Fünfte gab an",
    "gab rund die Hälfte der Befragten an", "Mehr als drei Viertel der Befragten geben an") and a share or
    count in figures ("sagten 25 Prozent der Befragten" → "der Befragten"; "Wie 20 Fachleute erklärten, …"
    → "Fachleute", only with the reported clause right after the verb: not "38 Container ergeben Platz");
    ``j`` where none opens."""
    k = j
    first = tokens[k].text.lower() if k < limit else ""
    for parts in _approximators_by_first(words.approximators).get(first, ()):  # "mehr als": two tokens
        if k + len(parts) < limit and all(tokens[k + i].text.lower() == part for i, part in enumerate(parts)):
            k += len(parts)
            break
    if k + 1 < limit and tokens[k].text.lower() in DISTRIBUTIVES and is_capitalised(tokens[k + 1].text):
        return k + 1  # "jeder Fünfte": the distributive is no part of the span
    figure = k < limit and FIGURE.fullmatch(tokens[k].text) is not None
    number = tokens[k].text.lower() if k < limit else ""  # "drei Viertel"; "ein Viertel" only approximated
    counted = figure or (
        number in words.determiners - DEFINITE and (k > j or number not in INDEFINITE_ARTICLES)
    )
    if (
        counted
        and k + 2 < limit
        and tokens[k + 1].text.lower() in words.share_nouns
        and tokens[k + 2].text.lower() in GENITIVE_ARTICLES
    ):
        return k + 2  # the group in the genitive after the share
    if figure:
        reported = limit + 1 < len(tokens) and tokens[limit + 1].text.lower() in (",", ":", "dass")
        if (
            reported
            and (is_capitalised(tokens[k + 1].text) or is_adjective(tokens[k + 1]))
            and tokens[k + 1].text.lower() not in words.share_nouns
            and parse_phrase(tokens, k + 1, limit) is not None
        ):
            return k + 1  # "15 weitere Syriza-Abgeordnete": the numeral is no part of the span
        return j
    if k > j and parse_phrase(tokens, k, limit) is not None:
        return k  # "fast jeder Fünfte", "rund die Hälfte der Befragten"
    return j


FIGURE: Final = re.compile(r"\d[\d.,]*")  # a count or share written in figures ("25", "1.500", "3,5")


@cache
def _approximators_by_first(approximators: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The approximators' words by their first word, the longest first ("mehr als" before a "mehr" a user
    may add): one look-up per possible quantity instead of a pass over the list."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for approximator in approximators:
        parts = tuple(approximator.split())
        by_first.setdefault(parts[0], []).append(parts)
    return {first: tuple(sorted(options, key=lambda p: (-len(p), p))) for first, options in by_first.items()}


def _group_after(words: SpeechWords, tokens: list[Token], j: int, limit: int) -> int:
    """``_past_quantity`` after the verb, where the group must end its clause ("sagten 25 Prozent der
    Befragten, …", "gab rund die Hälfte der Befragten an – …"), not go on to an object ("sprechen mehr als
    zwei Drittel der Schüler … Deutsch")."""
    k = _past_quantity(words, tokens, j, limit)
    group = parse_phrase(tokens, k, limit) if k != j else None
    if group is None:
        return j
    end = skip_adverbs(tokens, with_owner(tokens, group, limit).end, limit)
    if end < limit and tokens[end].text.islower():
        end += 1  # the verb's particle ("gab … an")
    return k if end == limit or _dash(tokens, end) else j  # "gab … an – für Kunden weniger"


def _subject(
    context: _Context, tokens: list[Token], mask: list[bool], verb: int, sentence: int
) -> _Found | None:
    """The subject of the verb of saying at ``tokens[verb]``: the noun phrase before it (verb second),
    after a subordinator ("wie ein Sprecher mitteilte"), else the one right after it ("sagte X")."""
    words = context.words
    begin = _clause_start(tokens, mask, verb)
    interrupted = _subject_before_relative(context, tokens, mask, begin, verb, sentence)
    if interrupted is not None:
        return interrupted
    if begin < verb and tokens[begin].text.lower() in words.coordinators:
        if begin + 1 == verb or tokens[begin + 1].text.lower() in words.auxiliaries:
            first = _clause_start(tokens, mask, begin - 1) if begin > 0 else 0
            return _first_subject(context, tokens, first, begin, sentence)  # "X enthielt …, sondern sprach"
        begin += 1
    if begin < verb and tokens[begin].text.lower() == "als" and tokens[begin + 1].text in QUOTE_MARKS:
        return _after(context, tokens, mask, verb + 1, sentence)  # "Als „Geschenk“ bezeichnet X den Fund"
    if (
        begin < verb
        and tokens[begin].text.lower() in words.subordinators
        and not _prepositional(words, tokens, begin, verb)
    ):
        j = _past_quantity(words, tokens, skip_adverbs(tokens, begin + 1, verb), verb)
        if verb + 1 < len(tokens) and tokens[verb + 1].text.lower() in words.passive:
            return _agent(context, tokens, j, verb, sentence)  # "während die Amerikaner aufgefordert wurden"
        if tokens[verb].lemma.lower() in words.joined_source_verbs and tokens[j].text.lower() == "aus":
            noun = _finding_noun(tokens, j, verb)  # "wie aus einer Umfrage des Markit-Instituts hervorgeht"
            if noun is not None:
                return _according_source(context, tokens, mask, noun - 1, noun, sentence)
            return _heard_source(context, tokens, mask, j, verb, sentence)  # a document or its owner
        if tokens[verb].lemma.lower() in words.finding_verbs and _trailing_wie(tokens, verb) == begin:
            noun = _finding_noun(tokens, begin, verb)  # "wie eine Studie der OECD zeigt": as "laut"
            if noun is not None:
                return _according_source(context, tokens, mask, noun - 1, noun, sentence)
        if _impersonal_final(context, tokens, j, verb):  # "wie es in Kreisen der Spionageabwehr heißt"
            return _heard_from(context, tokens, mask, skip_adverbs(tokens, j + 1, verb), verb, sentence)
        if j < verb and tokens[j].text.lower() in words.pronouns:
            return context.pronoun(tokens[j])
        phrase = parse_phrase(tokens, j, verb, coordinate=True)
        second = _after_als_phrase(context, tokens, mask, begin, phrase, verb, sentence)
        if second is not None:
            return second
        if tokens[begin].text.lower() == "als" and (
            phrase is None
            or (
                (phrase.end == verb or tokens[phrase.end].text.lower() in words.prepositions)
                and not phrase.definite
                and not _person_like(context, tokens, phrase)
            )
        ):  # "Als Begründung sagte ein Forscher:", "Als Antwort auf den Brief sagte ein Sprecher:"
            return _after(context, tokens, mask, verb + 1, sentence)
        if phrase is None and j < verb:  # "Wie t-online.de berichtet", "Wie die „Aktion …“ mitteilte"
            return _web_name(context, tokens[j]) or _quoted_name(tokens, mask, j, verb)
        if phrase is None:
            return None
        return context.found(phrase, tokens, sentence)
    if (
        verb - 1 > begin and tokens[verb - 1].text.lower() in words.coordinators
    ):  # "X schlagen Alarm und warnen"
        found = _first_subject(context, tokens, begin, verb - 1, sentence)
        found = found or _inverted_subject(context, tokens, mask, begin, verb - 1, sentence)
        if found is None and begin >= 2 and tokens[begin - 2].text in QUOTE_MARKS:
            # "„…“, ereiferte sich der Coach … und behauptete: „…“": the inquit's subject, whatever its verb
            found = _unlisted_inquit(context, tokens, mask, begin - 2, sentence)
        # "Die Landesvorsitzende des Verbands, Karin Broszat, hat sich … ausgesprochen und behauptet"
        found = found or _subject_before_comma(context, tokens, mask, begin, sentence)
        return found or _modal_subject(context, tokens, mask, begin, verb, sentence)
    if _relative_clause(words, tokens, begin, verb):
        return _relative_subject(context, tokens, mask, begin, sentence)
    own = _relative_own_subject(context, tokens, begin, verb, sentence)
    if own is not None:  # "den Schweizer Frust …, den Granit Xhaka zusammenfasste: „…“"
        return own
    finite = next((k for k in range(begin, verb) if tokens[k].text.lower() in words.auxiliaries), verb)
    auxiliary = _passive_auxiliary(words, tokens, begin, finite, verb)
    if auxiliary is not None:
        agent = _agent(context, tokens, auxiliary + 1 if auxiliary < verb else begin, verb, sentence)
        if agent is not None:  # "Die al-Shabaab wurde von Kenias Regierung beschuldigt, …"
            return agent
        if auxiliary > begin and tokens[begin].text.lower() not in words.heard_from:
            return None  # "Der Wahlkommission wird vorgeworfen, …": to whom it is said, no speaker
        if begin == _sentence_first(context, tokens, sentence) and _impersonal_passive(
            words, tokens, begin, finite, verb
        ):  # opening the sentence: not after an interviewer's "STANDARD:" or "Aber"
            heard = _heard_source(context, tokens, mask, begin, finite, sentence)
            if heard is not None:  # "In Sicherheitskreisen wird nicht ausgeschlossen, dass …": as "heißt es"
                return heard
    lemma = tokens[verb].lemma.lower()
    if (
        lemma in words.heard_verbs
        or (  # "hieß es aus dem Ministerium", "Aus Moskau hieß es"
            token_flags(tokens[verb].text, tokens[verb].lemma) & PARTICLE_VERB
            and any(f"{lemma} {t.text}" in words.source_verbs for t in tokens[verb + 1 :])
        )
    ):  # "Das geht aus einer Mitteilung hervor"
        return _heard_from(context, tokens, mask, begin, verb, sentence)
    if _closes_speech(tokens, verb - 1):  # "„… etabliert.“ erklärte Kultusministerin Eisenmann": no comma
        return _after(context, tokens, mask, verb + 1, sentence)
    if (
        finite == verb
        and verb + 1 < len(tokens)
        and tokens[verb + 1].text.lower() in words.view_frames.get(lemma, ())
        and (found := _after(context, tokens, mask, verb + 2, sentence)) is not None
    ):
        return found  # "Ähnlich sieht es Geoff Yu vom Vermögensverwalter BNY:": "es" is the object
    if finite == begin:  # "„…“, sagte X", "„…“, hat X mitgeteilt"
        if begin > 1 and tokens[begin - 1].text == ",":  # "Der Vorsitzende, Wolfgang Jüttner, hatte Lenz …"
            apposed = _apposed_name(context, tokens, mask, begin - 1, sentence) or _opening_apposition(
                context, tokens, mask, begin - 1, sentence
            )
            if apposed is not None:
                return apposed
        fronted = _after_fronted_clause(context, tokens, mask, begin)  # "Als X nachsah, stellten die …"
        found = _after(context, tokens, mask, finite + 1, sentence, lenient=fronted)
        found = found or _subject_before_comma(context, tokens, mask, begin, sentence)
        found = found or _asyndetic_subject(context, tokens, mask, begin, sentence)
        return found or _agent_before_insertions(context, tokens, mask, begin, sentence)
    found = _name_before_role(context, tokens, mask, begin, finite, sentence) or _prefield(
        context, tokens, mask, begin, finite, sentence
    )
    if found is not None and found is not _NONE:
        return found
    rejected = found is _NONE  # a noun phrase before the verb that names no one known
    # "Am Montag sagte X", "Das erklärte X", an object first: "Deren Haltung … bezeichnete er als …"
    lenient = (
        found is None
        and tokens[finite].text.lower() not in words.passive  # "wird die Kamera gelobt": what is praised
        and not (finite - begin == 1 and tokens[begin].text.lower() in words.bare_subjects)
        and tokens[finite - 1].text.lower() not in words.subordinators  # "sie vertritt wie berichtet die …"
    )
    found = _after(context, tokens, mask, finite + 1, sentence, lenient=lenient)
    if found is None and finite == verb and verb + 1 < len(tokens) and tokens[verb + 1].text == ",":
        found = _subject_before_comma(context, tokens, mask, begin, sentence)  # "Wie X, Y, in Z mitteilte,"
    if (
        found is None
        and finite == verb
        and finite - begin == 1
        and is_capitalised(tokens[begin].text)
        and verb + 1 < len(tokens)
        and tokens[verb + 1].text in (",", "dass", ":")
    ):  # "Greenpeace fordert, …", "Litauen geht davon aus, dass": a word known to the lemmatizer that
        # must be the subject, as none follows the verb
        phrase = parse_phrase(tokens, begin, finite)
        found = context.found(phrase, tokens, sentence) if phrase is not None else None
    if found is None and rejected:
        found = _owned_subject(context, tokens, begin, finite, sentence)
    if found is None and finite == verb:
        found = _modal_subject(context, tokens, mask, begin, verb, sentence)
    return found


def _passive_auxiliary(
    words: SpeechWords, tokens: list[Token], begin: int, finite: int, verb: int
) -> int | None:
    """The auxiliary of a passive of the participle of saying at ``verb`` in its clause from ``begin``:
    "wurde" before it, "war" before "prophezeit worden" (the subject is what was said), or a copula before
    a directive's participle ("Die US-Bürger sind aufgerufen, …": the subject is the one addressed)."""
    if verb + 1 < len(tokens) and tokens[verb + 1].text.lower() in words.passive:
        # the word before "worden" is its participle ("prophezeit", no "ge-"); "während die Amerikaner
        # aufgefordert wurden, …": the auxiliary after it in a clause with its verb last
        return finite if finite < verb else verb + 1
    if not is_participle(tokens[verb].text):
        return None
    if finite < verb and tokens[finite].text.lower() in words.passive:
        return finite
    if tokens[verb].text.lower() in words.directives:
        return next((k for k in range(begin, verb) if tokens[k].text.lower() in words.copulas), None)
    return None


def _impersonal_passive(words: SpeechWords, tokens: list[Token], begin: int, finite: int, verb: int) -> bool:
    """Whether the passive of saying at ``finite`` … ``verb`` has no subject of its own, a place named after
    "in" (``heard_in``) opening its clause, no noun phrase between the auxiliary and the participle and its
    clause after the participle's comma or colon ("In Sicherheitskreisen wird allerdings nicht
    ausgeschlossen, dass …"; not "In dem Antrag wird die Landesregierung aufgefordert")."""
    return (
        begin + 1 < finite
        and tokens[begin].text.lower() in words.heard_in
        and all(  # "wird allerdings nicht ausgeschlossen"; not "wird die Landesregierung", "wurde mir …"
            t.text[:1].islower()
            and t.text.lower() not in words.determiners
            and t.text.lower() not in words.datives
            and t.text.lower() not in words.nominatives
            for t in tokens[finite + 1 : verb]
        )
        and verb + 1 < len(tokens)
        and tokens[verb + 1].text in (",", ":")
    )


def _modal_subject(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, verb: int, sentence: int
) -> _Found | None:
    """The subject after the modal or auxiliary that follows the sentence's opening adverbial, shared by an
    infinitive of saying at the end of a later clause, the commas between those of an enumeration or an
    apposition ("Mit ihrer Kampagne wollen die Familienunternehmen, darunter …, Rossmann und Trigema, vor
    den Wahlen in Thüringen, Sachsen und Brandenburg die Wichtigkeit einer „…“ unterstreichen und
    betonen …, dass …"): no finite verb of its own in the infinitive's clause."""
    words = context.words
    opening = _sentence_first(context, tokens, sentence)
    token = tokens[verb]
    if (
        begin <= opening
        or token.text.lower() != token.lemma.lower()
        or any(t.text.lower() in words.auxiliaries for t in tokens[begin:verb])
    ):
        return None
    finite = _inverted_finite(words, tokens, opening, begin)
    if finite is None or tokens[finite].text.lower() not in words.auxiliaries:
        return None
    stop = _clause_end(tokens, mask, verb)
    if any(
        not mask[k]
        and (
            tokens[k].text.lower() in words.auxiliaries
            or tokens[k].text.lower() in words.subordinators
            or tokens[k].text.lower() in words.pronouns
            or (tokens[k - 1].text == "," and tokens[k].text.lower() in words.relative_pronouns)
        )
        for k in range(finite + 1, stop)
    ):
        return None  # "will uns einen Termin „…“ anbieten, bei dem man … reden könne": a clause of its own
    return _after(context, tokens, mask, finite + 1, sentence)


def _after_als_phrase(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    begin: int,
    phrase: Phrase | None,
    verb: int,
    sentence: int,
) -> _Found | None:
    """The subject after the verb when "Als X" fills the place before it in a main clause ("Als
    Freizeitkicker fordere Näßler deshalb …"): the verb stands second, after the phrase, with a phrase
    that can be its subject right after it, so "als" opens no subordinate clause (whose verb comes
    last: "als der Minister sagte, …"); None otherwise."""
    if tokens[begin].text.lower() != "als" or phrase is None:
        return None
    end = phrase.end
    while end < verb and tokens[end].text.lower() in GENITIVE_ARTICLES:  # "Als Sprecher der Partei sagte"
        owner = parse_phrase(tokens, end, verb)
        if owner is None:
            break
        end = owner.end
    if end != verb:  # "Als scheidende Premierministerin habe sie … akzeptiert und frage Corbyn"
        return None
    if not verb_second(tokens, verb, _clause_end(tokens, mask, verb)):
        return None
    return _after(context, tokens, mask, verb + 1, sentence, lenient=True)  # nothing before is its subject


def _owned_subject(
    context: _Context, tokens: list[Token], begin: int, finite: int, sentence: int
) -> _Found | None:
    """The subject before the finite verb that is a noun no list knows with its owner in the genitive
    ("Der Besitzer des Hauses hatte festgestellt, dass …", "Die Führung der britischen Armee hatte
    beschlossen, …", "Die Unterstützer des Antrags entgegneten, …"), when no subject follows the verb:
    the phrase with its article and the genitive fills the place before the verb; not an object ("Den
    Besitzer des Hauses …"), nor a plural before a singular verb."""
    words = context.words
    if begin < finite and tokens[begin].text.lower() in words.focus_particles:
        begin += 1  # "Auch die Unterstützer des Antrags …"
    if begin >= finite or tokens[begin].text.lower() not in SUBJECT_ARTICLES:
        return None
    phrase = parse_phrase(tokens, begin, finite)
    if phrase is None or phrase.kinds != {""} or phrase.end >= finite:
        return None
    if tokens[phrase.end].text.lower() not in GENITIVE_ARTICLES:
        return None
    owner = parse_phrase(tokens, phrase.end, finite, coordinate=True)
    if owner is None or owner.end != finite or _plural_against(tokens, phrase, tokens[finite]):
        return None
    return context.found(replace(phrase, end=owner.end, stop=owner.stop), tokens, sentence)


SUBJECT_ARTICLES: Final = frozenset({"der", "die", "das", "ein", "eine"})  # of a subject (not "den", "dem")


def _prepositional(words: SpeechWords, tokens: list[Token], begin: int, verb: int) -> bool:
    """Whether the subordinator at ``tokens[begin]`` is a preposition that opens a main clause whose
    finite verb follows its phrase, with the verb of saying coordinated after "und" ("Während des
    Rennens drehte sich sein Sohn zu ihm und sagte: …"); a subordinate clause ends in its verb."""
    if (
        tokens[begin].text.lower() not in words.prepositions
        or tokens[verb - 1].text.lower() not in words.coordinators
    ):
        return False  # "dass weitere Repliken entstehen sollten und zeigte sich …": a subordinator only
    phrase = parse_phrase(tokens, begin + 1, verb)
    return phrase is not None and phrase.end < verb - 1 and _verb_like(words, tokens[phrase.end])


def _relative_clause(words: SpeechWords, tokens: list[Token], begin: int, verb: int) -> bool:
    """Whether the clause at ``begin`` is a relative clause whose pronoun is the subject of the verb of
    saying at its end (", die den Mut Alis hervorhob"; not ", die Regierung sagte", ", das hatte er
    mitgeteilt", nor ", die der Rechnungshof konstatierte", where the pronoun is the object)."""
    return (
        begin > 0
        and tokens[begin - 1].text == ","
        and tokens[begin].text.lower() in words.relative_pronouns
        and begin + 1 < verb
        and not is_capitalised(tokens[begin + 1].text)
        and (tokens[begin + 1].text not in DEFINITE or tokens[begin + 1].text in words.object_determiners)
        and (verb + 1 == len(tokens) or tokens[verb + 1].kind == "punct")
        and not any(t.text.lower() in words.auxiliaries for t in tokens[begin + 1 : verb])
    )


def _relative_subject(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, sentence: int
) -> _Found | None:
    """The relative pronoun at ``begin`` as the speaker, standing for the noun phrase that ends at the
    comma before it ("… traf Alice Schwarzer, die …": "die", that is Alice Schwarzer); that phrase itself
    when it opens the sentence."""
    comma = begin - 1
    for start in range(_clause_start(tokens, mask, comma), comma):
        phrase = parse_phrase(tokens, start, comma)
        inquit = _inquit_subject_at(tokens, start)  # "„…“, schmunzelte Blanik, die … berichtete: „…“"
        if phrase is not None and phrase.end == comma and (inquit or _named_speaker(context, phrase)):
            found = context.found(phrase, tokens, sentence)
            if found is None or inquit or start == _sentence_first(context, tokens, sentence):
                return found  # "Lorenz, die … fordert, ist überzeugt": the sentence's subject, named
            words, pronoun = context.doc.text[found.start : found.stop], tokens[begin]
            return _Found(
                pronoun.start, pronoun.end, found.actor, found.media, found.entity, found.mention, words
            )
    return None


def _relative_opens(
    words: SpeechWords, tokens: list[Token], mask: list[bool], start: int, comma: int
) -> bool:
    """Whether the clause ``start``..``comma`` is a relative clause set off by commas: a relative pronoun
    (after a preposition: "in dem") after a comma, a verb at its end ("der bisher geschwiegen hat,")."""
    pronoun = start + (tokens[start].text.lower() in words.prepositions)
    return (
        start > 0
        and tokens[start - 1].text == ","
        and not mask[start - 1]
        and pronoun < comma - 1
        and tokens[pronoun].text.lower() in words.relative_pronouns
        and _verb_like(words, tokens[comma - 1])
    )


def _subject_before_relative(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, verb: int, sentence: int
) -> _Found | None:
    """The subject a relative clause, or several, separates from its verb of saying: the noun phrase that
    opens the sentence before the finite verb that follows the relative clause ("Ein älterer Mann, der
    bisher geschwiegen hat, sagt ruhig: „…“"), or that follows a subordinator whose clause ends in the
    verb ("Dass ein verurteilter Verbrecher, der …, der …, die andere Seite … als „…“ bezeichnen kann");
    not where a subject follows the finite verb ("Die Zahl, die … genannt wurde, bestätigte ein
    Sprecher": the phrase before is the object)."""
    words = context.words
    comma = begin - 1
    while comma > 0 and tokens[comma].text == "," and not mask[comma]:
        start = _clause_start(tokens, mask, comma)
        if not _relative_opens(words, tokens, mask, start, comma):
            break
        comma = start - 1
    if comma == begin - 1:
        return None
    head = _clause_start(tokens, mask, comma)
    subordinate = tokens[head].text.lower() in words.subordinators
    if subordinate and (
        any(tokens[k].text.lower() in words.auxiliaries for k in range(begin, verb))
        or any(
            tokens[k].text.lower() not in words.auxiliaries
            for k in range(verb + 1, _clause_end(tokens, mask, verb))
        )
    ):
        return None  # the subordinate clause ends in the verb of saying ("Als X, die …, kündigte Frey … an")
    if not subordinate and (
        head != _sentence_first(context, tokens, sentence)
        or not (begin == verb or tokens[begin].text.lower() in words.auxiliaries)
        or _after(context, tokens, mask, begin + 1, sentence) is not None
    ):
        return None
    j = skip_adverbs(tokens, head + subordinate, comma)
    if j < comma and tokens[j].text.lower() in words.object_determiners:
        return None  # "dass den Mann, der …, niemand …": an object
    if j < comma and tokens[j].text.lower() in words.pronouns:
        return context.pronoun(tokens[j])
    phrase = parse_phrase(tokens, j, comma, coordinate=True)
    if phrase is None or phrase.end != comma:
        return None
    return context.found(phrase, tokens, sentence)


def _inquit_subject_at(tokens: list[Token], start: int) -> bool:
    """Whether ``tokens[start]`` opens the subject right after the verb of an inquit that follows a
    quotation and its comma ("„…“, schmunzelte Blanik"): the quotation's speaker, whatever the verb."""
    return (
        start >= 3
        and tokens[start - 2].text == ","
        and tokens[start - 3].text in QUOTE_MARKS
        and tokens[start - 1].kind == "word"
        and tokens[start - 1].text[:1].islower()
    )


def _relative_own_subject(
    context: _Context, tokens: list[Token], begin: int, verb: int, sentence: int
) -> _Found | None:
    """The subject inside a relative clause whose pronoun is its object, when the clause's verb of saying
    ends it before a colon ("Das schmälerte den Schweizer Frust aber nicht, den Granit Xhaka
    zusammenfasste: „…“"): the person or organisation between the pronoun and the verb speaks."""
    words = context.words
    pronoun = begin + (tokens[begin].text.lower() in words.prepositions)  # ", in dem der Diplomat … vorwarf"
    if not (
        begin > 0
        and tokens[begin - 1].text == ","
        and pronoun < verb
        and tokens[pronoun].text.lower() in words.object_relatives | words.relative_pronouns
        and (pronoun > begin or tokens[pronoun].text.lower() in words.object_relatives)
        and verb + 2 < len(tokens)
        and (tokens[verb + 1].text == ":" or (pronoun > begin and _clause_follows(words, tokens, verb + 1)))
    ):
        return None
    phrase = parse_phrase(tokens, pronoun + 1, verb)
    if (
        phrase is None
        or not (
            phrase.end == verb
            or pronoun > begin
            or tokens[skip_adverbs(tokens, phrase.end, verb)].text.lower() in words.prepositions
        )  # "welche das BVerfG in Bezug auf das Drohnenprogramm im Jemen verneinte:"
        or not _person_like(context, tokens, phrase)
    ):
        return None
    return context.found(phrase, tokens, sentence)


def _clause_follows(words: SpeechWords, tokens: list[Token], comma: int) -> bool:
    """Whether a comma at ``comma`` opens a "dass" clause or a zu-infinitive (what a verb of saying
    before it reports)."""
    following = [t.text.lower() for t in tokens[comma + 1 : comma + 7]]
    return (
        tokens[comma].text == "," and bool(following) and (following[0] in words.clause or "zu" in following)
    )


def _named_speaker(context: _Context, phrase: Phrase) -> bool:
    """A role, organisation, given name, medium or registered actor: no unknown word alone (not "das
    polizeiliche Staatsschutzgesetz, das …", not "gemäß ASVG")."""
    return bool(phrase.kinds & SPEAKER_KINDS) or (context.actor_in(phrase.start, phrase.stop) is not None)


def _inverted_subject(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, stop: int, sentence: int
) -> _Found | None:
    """The subject right after the first verb of a clause an adverbial opens, shared by the verb of
    saying coordinated with it ("Am Montag traf der Minister die Opposition und sagte: …"); not after a
    pronoun or a source ("Nach israelischen Militärangaben seien …": the source speaks)."""
    finite = _inverted_finite(context.words, tokens, begin, stop)
    return None if finite is None else _after(context, tokens, mask, finite + 1, sentence)


def _inverted_finite(words: SpeechWords, tokens: list[Token], begin: int, stop: int) -> int | None:
    """The first verb of a clause an adverbial opens, before its subject (``_inverted_subject``)."""
    if not _adverbial_opening(words, tokens[begin].text):
        return None
    skip = words.determiners | words.prepositions
    finite = next(
        (
            k
            for k in range(begin + 1, stop)
            if tokens[k].kind == "word"
            and tokens[k].text[:1].islower()
            and tokens[k].text.lower() not in skip
            and not is_adjective(tokens[k])
        ),
        None,
    )
    return None if finite is None or tokens[finite].text.lower() in words.bare_subjects else finite


def _adverbial_opening(words: SpeechWords, opening: str) -> bool:
    """Whether a clause's first word may open an adverbial before its finite verb: capitalised, no
    subject standing alone, no source's preposition ("Nach Angaben …") and no word that opens a source."""
    lower = opening.lower()
    return (
        opening[:1].isupper()
        and lower not in words.bare_subjects
        and lower not in words.source_prepositions
        and lower not in words.before
    )


SPEECH_ENDS: Final = frozenset(".!?,")  # the last token of quoted speech before its closing mark


def _closes_speech(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a quotation mark closing a sentence or clause ("etabliert.“",
    "Geschlechter,“"): what it closes is speech, never a name that could be a subject."""
    return k >= 1 and tokens[k].text in QUOTE_MARKS and tokens[k - 1].text in SPEECH_ENDS


def _agent(context: _Context, tokens: list[Token], begin: int, verb: int, sentence: int) -> _Found | None:
    """The person or organisation after "von"/"vom" in a passive before its participle of saying
    ("wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet")."""
    for k in range(begin, verb - 1):
        if tokens[k].text.lower() in ("von", "vom"):
            phrase = parse_phrase(tokens, k + 1, verb, coordinate=True)
            if phrase is not None and _person_like(context, tokens, phrase):
                return context.found(phrase, tokens, sentence)
    return None


def _agent_before_insertions(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, sentence: int
) -> _Found | None:
    """The agent after "von" of a passive whose participle of saying stands alone after the appositions
    and relative clauses set off by commas that follow the agent ("Die Demokraten wurden jedoch von Future
    Forward, dem führenden Super PAC, das Harris unterstützt, gewarnt, dass …"): the sentence's first
    clause holds the passive auxiliary and "von"; each clause between is a relative clause or has no verb."""
    words = context.words
    if begin < 2 or tokens[begin - 1].text != "," or not is_participle(tokens[begin].text):
        return None
    comma = begin - 1
    opening = _sentence_first(context, tokens, sentence)
    start = _clause_start(tokens, mask, comma)
    while start > opening:
        if not (
            tokens[start].text.lower() in words.relative_pronouns
            or not any(not mask[k] and _verb_like(words, tokens[k]) for k in range(start, comma))
        ):
            return None
        comma = start - 1
        start = _clause_start(tokens, mask, comma)
    passive = next((k for k in range(opening, comma) if tokens[k].text.lower() in words.passive), None)
    if passive is None or comma == begin - 1:
        return None
    return _agent(context, tokens, passive + 1, comma + 1, sentence)


def _subject_before_comma(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, sentence: int
) -> _Found | None:
    """The subject of a clause whose verb follows a comma: a name set off by commas ("Der Leiter der
    Studie, Paulo Pinheiro, sieht"), else a person named before the comma ("X, damals AfD-Chef,
    behauptet")."""
    if begin <= 1 or tokens[begin - 1].text != ",":
        return None
    found = _apposed_name(context, tokens, mask, begin - 1, sentence) or _subordinate_subject(
        context, tokens, mask, begin - 1, sentence
    )
    if found is None:
        opening = _sentence_first(context, tokens, sentence)
        found = _first_subject(context, tokens, opening, begin, sentence, apposition=True)
    previous = _clause_start(tokens, mask, begin - 1)
    if found is None and previous >= 2 and tokens[previous - 2].text in QUOTE_MARKS:
        found = _unlisted_inquit(context, tokens, mask, previous - 2, sentence)  # "„…“, weiß X, warnt aber:"
    return found


def _asyndetic_subject(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, sentence: int
) -> _Found | None:
    """The subject shared by a verb of saying that opens a clause after a comma, coordinated without "und"
    with the main clause before it, when an adverbial opens that clause and the subject follows its verb
    ("In einem weiteren Tweet zitierte sie den Abgeordneten Max Mordhorst, empfahl ihm und seiner Partei:
    „…“"): the sentence's first clause, no subordinator in it."""
    if begin < 2 or tokens[begin - 1].text != "," or mask[begin - 1]:
        return None
    opening = _sentence_first(context, tokens, sentence)
    words = context.words
    if (
        _clause_start(tokens, mask, begin - 2) != opening
        or tokens[opening].text.lower() in words.determiners | words.auxiliaries  # a subject or a verb first
        or _verb_like(words, tokens[begin - 2])  # its verb at its end: "Würden alle … geladen werden,"
    ):
        return None
    finite = _inverted_finite(words, tokens, opening, begin - 1)
    if finite is None or konjunktiv_one(tokens[finite].text, tokens[finite].lemma):
        return None  # "Eine Missachtung stelle eine … dar, wird im Unternehmen erklärt": reported speech
    return _after(context, tokens, mask, finite + 1, sentence)


def _subordinate_subject(
    context: _Context, tokens: list[Token], mask: list[bool], comma: int, sentence: int
) -> _Found | None:
    """The subject of "wie X, Sprecher der Polizei, mitteilte": the phrase after the subordinator
    that opens one of the two clauses before the verb's comma."""
    role = False  # the clause set off by commas names a role ("Sprecher der UN-Büros in Birma")
    for _ in range(2):
        left = _clause_start(tokens, mask, comma)
        if left < comma and tokens[left].text.lower() in context.words.subordinators:
            if tokens[comma - 1].text[:1].islower():
                return None  # "Ob TANS … aufnehmen kann, entscheidet sich laut X": a clause of its own
            j = skip_adverbs(tokens, left + 1, comma)
            phrase = parse_phrase(tokens, j, comma, coordinate=True)
            if phrase is None or not (_person_like(context, tokens, phrase) or (role and phrase.named)):
                return None
            return context.found(phrase, tokens, sentence)
        if left < 2 or tokens[left - 1].text != ",":
            return None
        apposition = parse_phrase(tokens, left, comma)
        role = apposition is not None and "role" in apposition.kinds
        comma = left - 1
    return None


def _name_before_role(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, finite: int, sentence: int
) -> _Found | None:
    """The person named at the sentence's start before a role or an organisation attached by a
    preposition, set off by a comma left without its closing one ("Julian Fürholzer, Landesvorstand
    der JBN erklärt: „…“", "Mohamed Adow, von der Umweltorganisation Power Shift Africa bezeichnet …"):
    the name speaks, the rest is its apposition."""
    if begin < 2 or tokens[begin - 1].text != "," or mask[begin - 1]:
        return None
    attached = tokens[begin].text.lower() in context.words.attached  # "X, von der Umweltorganisation Y"
    role = parse_phrase(tokens, begin + 1 if attached else begin, finite)
    if role is None or role.end != finite or not (attached or _opens_with_role(context.words, tokens, role)):
        return None
    left = _clause_start(tokens, mask, begin - 1)
    if left != _sentence_first(context, tokens, sentence):
        return None
    name = _particle_surname(tokens, left, begin - 1) or parse_phrase(tokens, left, begin - 1)
    if (
        name is None
        or name.end != begin - 1
        or name.kinds & {"role", "organisation", "media"}
        or not ("given" in name.kinds or (name.named and name.end - name.first >= 2))
    ):
        return None  # a given name, or two capitalised words ("Theo Zwanziger, Präsident des DFB nannte")
    return context.found(name, tokens, sentence)


def _particle_surname(tokens: list[Token], left: int, end: int) -> Phrase | None:
    """A name of a capitalised word and a surname with a lower-case particle filling ``tokens[left:end]``
    ("Antje von Broock, BUND-Geschäftsführerin: „…“"), where the first word is no given name the
    lists know (``parse_phrase`` joins the particle only after a known given name)."""
    if end - left < 3 or not is_capitalised(tokens[left].text) or noun_kind(tokens[left].text)[0] != "":
        return None
    if left + 1 + particles_of_surname(tokens, left + 1, end) != end - 1:
        return None
    name = parse_phrase(tokens, end - 1, end)
    if name is None or name.end != end or name.kinds - {""}:
        return None
    name.first, name.start = left, tokens[left].start
    return name


def _opens_with_role(words: SpeechWords, tokens: list[Token], phrase: Phrase) -> bool:
    """Whether ``phrase`` is a role noun, after an article and adjectives ("Landesvorstand der JBN", "ein
    Klimaexperte vom WWF", "der Generalsekretär des Gewerkschaftsverbandes")."""
    k = phrase.first
    if tokens[k].text.lower() in words.determiners:
        k += 1
    while k < phrase.end - 1 and is_adjective(tokens[k]):
        k += 1
    return noun_kind(tokens[k].text)[0] == "role"


def _apposed_name(
    context: _Context, tokens: list[Token], mask: list[bool], comma: int, sentence: int
) -> _Found | None:
    """The person's name set off by commas between the role and the verb ("Der Doktorvater zu
    Guttenbergs, Peter Häberle, erklärte"): a name, no role, filling the commas' gap."""
    left = _clause_start(tokens, mask, comma)
    if left < 2 or tokens[left - 1].text != ",":
        return None
    phrase = parse_phrase(tokens, left, comma)
    if phrase is None or phrase.end != comma or not _apposed_person(tokens, phrase):
        return None
    if "given" not in phrase.kinds and not (phrase.named and phrase.end - phrase.first >= 2):
        return None  # a name: a given name, or two capitalised words ("Charles Gassenheimer")
    return context.found(phrase, tokens, sentence)


def _apposed_person(tokens: list[Token], name: Phrase) -> bool:
    """Whether ``name``, set off by commas after a role, names a person: no role, organisation or medium
    in it, or a known given name and a capitalised surname, alone (a surname read as an organisation noun:
    "Angela Inselkammer") or after a role of the given name's gender ("Leipzigs Oberbürgermeister Burkhard
    Jung"; not "Partnerinnen Polit-Aktivisten Sven Liebich", a man named in the apposition) (round 87)."""
    if not name.kinds & {"role", "organisation", "media"}:
        return True
    last = name.end - 1
    gender = speech_words().given.get(tokens[last - 1].text) if last > name.first else None
    if "media" in name.kinds or not gender or not is_capitalised(tokens[last].text):
        return False
    return last - 1 == name.first or noun_kind(tokens[last - 2].text) == ("role", gender)


def _opening_apposition(
    context: _Context, tokens: list[Token], mask: list[bool], comma: int, sentence: int
) -> _Found | None:
    """The subject of a verb right after the comma that closes an apposition to the noun phrase opening
    the sentence ("Das Staatsoberhaupt Neuseelands, die britische Königin Elisabeth II., bat Premierminister
    Key, …", "Bazoum Mohammed, Sprecher der CFDR, forderte die Militärjunta … auf"): the verb stands in
    second place, so the phrase after it is its object. The opening phrase speaks when it names a person
    or body, else the apposition; not an object put first ("Den Vorsitzenden, …, kritisierte er")."""
    left = _clause_start(tokens, mask, comma)
    opening = _sentence_first(context, tokens, sentence)
    if left < opening + 2 or tokens[left - 1].text != "," or mask[left - 1]:
        return None
    if _clause_start(tokens, mask, left - 1) != opening or tokens[opening].text.lower() in (
        context.words.object_determiners
    ):
        return None
    if comma + 2 < len(tokens) and tokens[comma + 2].text.lower() in context.words.pronouns:
        return None  # "Seinem Kollegen, dem Minister, sagte er": the pronoun after the verb speaks
    first = parse_phrase(tokens, opening, left - 1, coordinate=True)
    if first is None or first.end != left - 1 or _opening_adverb(tokens, first):
        return None
    if _person_like(context, tokens, first):
        return context.found(first, tokens, sentence)
    end = comma - 1 if tokens[comma - 1].text == "." else comma  # "Elisabeth II.,"
    apposition = parse_phrase(tokens, left, end)  # no relative clause ("…, der Mahrers Projekt unterstützt,")
    if apposition is None or apposition.end != end or not _person_like(context, tokens, apposition):
        return None
    return context.found(apposition, tokens, sentence)


def _opening_adverb(tokens: list[Token], phrase: Phrase) -> bool:
    """Whether ``phrase`` is one word the lemmatizer gives in lower case, an adverb set off by a comma at
    the sentence's start ("Einerseits, sagt der OB, fürchte man das „…“"): no one who speaks (round 87)."""
    token = tokens[phrase.first]
    return phrase.end - phrase.first == 1 and is_plain_word(token.text) and token.lemma[:1].islower()


def _sentence_first(context: _Context, tokens: list[Token], sentence: int) -> int:
    """The index in ``tokens`` of sentence ``sentence``'s first token."""
    k = _first_at(tokens, context.doc.sentences[sentence].start)
    return k if k < len(tokens) else 0


def _first_at(tokens: list[Token], offset: int) -> int:
    """The index of the first of ``tokens`` (in text order) that starts at or after ``offset``, else
    ``len(tokens)``."""
    return bisect_left(tokens, offset, key=_START)


_START: Final = attrgetter("start")


_NONE: Final = _Found(0, 0, "", False)  # a subject before the verb that names no person: look no further


def _heard_from(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, verb: int, sentence: int
) -> _Found | None:
    """The source of "hieß es": after "aus/von/seitens" before or after the verb, also before a clause
    set off by commas ("In dieser Resolution, die … angenommen wurde, heißt es"); an inquiry there
    names none ("hieß es auf APA-Anfrage seitens der Landwirtschaftskammer"). Else the owner of a document
    the sentence before names ("…, heißt es darin."), or, with nothing but adverbs after "es" in its
    clause, the source the sentence before names (``_impersonal``, ``_source_before``: "„…“, hieß es.")."""
    sources = context.words.heard_from
    if _relative_inquit(context, tokens, begin):
        return _source_ending_at(context, tokens, mask, begin - 1, sentence)
    if (
        begin < verb
        and tokens[begin].text.lower() in sources
        and _inquiry_end(context, tokens, begin, verb) is None
    ):
        return _heard_source(context, tokens, mask, begin, verb, sentence)
    limit = _clause_end(tokens, mask, verb + 1)
    j = verb + 1
    if j < limit and tokens[j].text.lower() == "es":
        j += 1
    j = skip_adverbs(tokens, j, limit)
    while j < limit and tokens[j].text.lower() in sources:
        inquiry = _inquiry_end(context, tokens, j, limit)
        if inquiry is None:
            return _heard_source(context, tokens, mask, j, limit, sentence)
        j = skip_adverbs(tokens, inquiry, limit)
    within = context.words.heard_within
    pointed = sentence > 0 and any(t.text.lower() in within for t in tokens[max(begin, verb - 2) : verb + 3])
    first = _sentence_first(context, tokens, sentence)
    if first < begin - 1 and tokens[begin - 1].text == "," and tokens[first].text.lower() in sources:
        comma = next(k for k in range(first, begin) if tokens[k].text == ",")
        found = _heard_source(context, tokens, mask, first, comma, sentence, whole=True)
        if found is not None or not pointed:  # "Im Fall der Frau sei …, heißt es darin.": no source there
            return found
    if pointed:
        # "…, heißt es darin.": the owner of the document the sentence before names, else its publisher, else
        # the document itself
        return (
            _owner_before(context, sentence - 1)
            or _publisher(context, sentence - 1)
            or _document_before(context, sentence - 1)
        )
    if j >= limit and _impersonal(context, tokens, begin, verb):  # "„…“, hieß es.", "…, hieß es lediglich."
        return _source_before(context, sentence)
    return None


def _impersonal(context: _Context, tokens: list[Token], begin: int, verb: int) -> bool:
    """Whether the verb at ``verb`` is "heißen" with "es" after it ("hieß es", "heißt es weiter"), not
    "Das heißt", a name ("Der Film heißt …") or hearsay after an attribution marker or a subordinator
    ("so heißt es", "wie heißt es")."""
    words = context.words
    return (
        tokens[verb].lemma.lower() in words.heard_verbs
        and verb + 1 < len(tokens)
        and tokens[verb + 1].text.lower() == "es"
        and (
            verb == begin
            or (
                tokens[verb - 1].text.lower() not in words.before
                and tokens[verb - 1].text.lower() not in words.subordinators
            )
        )
    )


def _impersonal_final(context: _Context, tokens: list[Token], j: int, verb: int) -> bool:
    """Whether "es" at ``j`` opens a subordinate clause that ends in "heißen" with a source after a
    preposition between them ("wie es in Kreisen der Spionageabwehr heißt", "als es aus der Kirche hieß,
    dass …"): the verb-final "hieß es aus …", read by ``_heard_from`` from the preposition."""
    words = context.words
    if j + 1 >= verb or tokens[j].text.lower() != "es" or tokens[verb].lemma.lower() not in words.heard_verbs:
        return False
    k = skip_adverbs(tokens, j + 1, verb)
    preposition = tokens[k].text.lower()
    # "auf" names a source only with an article ("wie es auf ihrer Homepage heißt"), not a language
    # ("wie es auf Deutsch heißt")
    bare = preposition == "auf" and is_capitalised(tokens[k + 1].text)
    return preposition in words.heard_from and not bare


def _source_before(context: _Context, sentence: int) -> _Found | None:
    """The speaker the sentence before names, by its verb of saying or an attribution ("Das russische
    Außenministerium forderte …. „…“, hieß es."; "…, hieß es am Freitag in einer Aussendung" after
    "Die Plattform hat … gefordert."): the source of an impersonal inquit or a document with none of
    its own (gold convention: "hieß es" has a speaker only where the sentence before names one; round 56)."""
    if sentence == 0 or _quoted_before_inquit(context, sentence):
        return None  # "X schrieb bei Twitter: „…“, weiter hieß es, dass …": the sentence's own speaker
    tokens, mask = context.tokens_of(sentence - 1, sentence - 1)
    speaker, _, _ = _speaker(context, tokens, mask, sentence - 1)
    if speaker is None or speaker.words is not None:
        return speaker
    head = context.doc.text[speaker.start : speaker.stop].split()[-1].rsplit("-", 1)[-1].lower()
    words = context.words
    if head in words.claim_nouns or head in words.statement_nouns:
        # "Rabmer-Kollers Blockade-Vorwurf weist die Ärztekammer zurück.": the object taken, the subject
        # after the verb is the source (round 75)
        return _inverted_subject(context, tokens, mask, 0, len(tokens), sentence - 1)
    return speaker


def _document_source(context: _Context, sentence: int) -> _Found | None:
    """The source a document with no owner speaks for: the one the sentence before names, else the subject
    of its verb of publishing ("X hat einen Entwurf vorgelegt. …, heißt es in dem Entwurf."), or, when that
    sentence names none and reports nothing itself, the one before it ("Das gab die Polizei bekannt. Bei der
    Sicherstellung handelt es sich um …. …, hieß es in einer Aussendung"; round 75)."""
    source = _source_before(context, sentence)
    if source is not None or sentence == 0:
        return source
    author = _publisher(context, sentence - 1)
    if author is not None:  # "X hat einen Entwurf vorgelegt. …, heißt es in dem Entwurf."
        return author
    tokens, mask = context.tokens_of(sentence - 1, sentence - 1)
    before = context.doc.sentences[sentence - 1]
    if (
        sentence == 1
        or any(mask)
        or any(context.flags[k] & KONJUNKTIV for k in range(before.first_token, before.end_token))
        or _speaker(context, tokens, mask, sentence - 1)[2]
    ):
        return None  # the sentence between reports speech of its own
    return _source_before(context, sentence - 1)


def _publisher(context: _Context, number: int) -> _Found | None:
    """The subject of a verb of writing or publishing in sentence ``number`` ("X hat einen Entwurf
    vorgelegt.", "Die Regierung hat eine Aussendung verschickt."): who speaks through the document it issued
    (round 75; round 84: also for "…, heißt es darin." after it)."""
    tokens, mask = context.tokens_of(number, number)
    for verb in (k for k, t in enumerate(tokens) if t.lemma.lower() in context.words.publishing_verbs):
        author = None if mask[verb] else _subject(context, tokens, mask, verb, number)
        if author is not None:
            return author
    return None


def _named_owner(context: _Context, noun: str, number: int) -> _Found | None:
    """The person or body (or a name in capitals) sentence ``number`` names in the genitive after the noun
    ``noun`` ("die Allgemeine Erklärung der Tierrechte der UNESCO" → UNESCO, past a genitive that names no
    one): the owner of the document "heißt es in der Erklärung" in the sentence after refers to (round 84)."""
    tokens, mask = context.tokens_of(number, number)
    head = next((k for k, t in enumerate(tokens) if t.text == noun and not mask[k]), None)
    k = head + 1 if head is not None else len(tokens)
    while k < len(tokens) - 1 and tokens[k].text.lower() in GENITIVES and not mask[k]:
        phrase = parse_phrase(tokens, k, len(tokens))
        if phrase is None:
            return None
        if _person_like(context, tokens, phrase) or tokens[phrase.end - 1].text.isupper():  # also "UNESCO"
            return context.found(phrase, tokens, number)
        k = phrase.end
    return None


def _document_before(context: _Context, number: int) -> _Found | None:
    """The first written document sentence ``number`` names that has no owner ("Einer der
    Höchstgerichtsbeschlüsse liegt dem Standard vor."): what "…, heißt es darin." in the sentence after
    quotes (gold convention 8: the document's mention is the span; round 84)."""
    tokens, mask = context.tokens_of(number, number)
    documents = context.words.documents
    for token, masked in zip(tokens, mask, strict=True):
        if not masked and is_capitalised(token.text) and token.text.lower().endswith(documents):
            return _Found(token.start, token.end, "unregistered", False)
    return None


def _owner_before(context: _Context, number: int) -> _Found | None:
    """The first person or body named in sentence ``number`` as the owner of a noun, in the genitive or
    after "von" ("Ein Handlungsleitfaden des Landes", "die kurze Mail von einer Kontaktperson aus
    Arizona"): whose document "darin" in the sentence after refers to (round 43)."""
    tokens, mask = context.tokens_of(number, number)
    for k in range(1, len(tokens) - 1):
        lower = tokens[k].text.lower()
        if mask[k] or not is_capitalised(tokens[k - 1].text) or (lower not in GENITIVES and lower != "von"):
            continue
        phrase = parse_phrase(tokens, k + 1 if lower == "von" else k, len(tokens))
        # also an organisation ("Das geht aus Anfragebeantwortungen des Innenministeriums hervor.", round 84)
        if (
            phrase is not None
            and (phrase.named or "organisation" in phrase.kinds)
            and "non" not in phrase.kinds
        ):
            return context.found(phrase, tokens, number)
    return None


def _relative_inquit(context: _Context, tokens: list[Token], begin: int) -> bool:
    """Whether the clause of "hieß es" at ``begin`` is a relative clause opened by a preposition ("ein
    Schreiben der Bildungsdirektion, in dem es hieß: „…“"): its source is the noun phrase before the
    comma, the document and its owner (round 43)."""
    return (
        begin > 1
        and begin + 1 < len(tokens)
        and tokens[begin - 1].text == ","
        and tokens[begin].text.lower() in context.words.heard_from
        and _relative_at(tokens, begin + 1)
    )


def _inquiry_end(context: _Context, tokens: list[Token], preposition: int, limit: int) -> int | None:
    """The index after "auf (APA-)Anfrage (des STANDARD)" opened at ``preposition``, or None when its
    noun is no inquiry."""
    phrase = parse_phrase(tokens, preposition + 1, limit, owner=False)  # "aus der Beantwortung einer Anfrage"
    if phrase is None or not tokens[phrase.end - 1].text.lower().endswith(context.words.inquiries):
        return None
    if phrase.end < limit and tokens[phrase.end].text.lower() in GENITIVES:
        owner = parse_phrase(tokens, phrase.end, limit)
        return owner.end if owner is not None else phrase.end
    return phrase.end


def _heard_source(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    preposition: int,
    limit: int,
    sentence: int,
    whole: bool = False,
) -> _Found | None:
    """The noun phrase after the preposition of "hieß es"; a statement speaks for its owner ("In der
    Erklärung der Regierung heißt es", "heißt es in einer Mitteilung des Konzerns"), a document with no
    owner for the source the sentence before names, its span kept at the document (round 56: "…, hieß es in
    einer Aussendung" after "Der KAV hat die Vorwürfe zurückgewiesen."); ``whole``: only a phrase that fills
    the tokens up to ``limit`` ("In Berlin sei …, hieß es" names no source)."""
    phrase = parse_phrase(tokens, preposition + 1, limit)
    noun = _information_noun(context, tokens, preposition + 1, limit, attribute=True)
    # "heißt es in einem Vorschlag, den Ben-Gvir vorlegte", "in einer Stellungnahme, die die BIG übermittelte"
    document_end = phrase.end if phrase is not None else None if noun is None else noun + 1
    author = None if document_end is None else _relative_author(context, tokens, mask, document_end, sentence)
    if author is not None:
        return author
    asked_before = False  # whether the source the sentence before names was asked for (and gave none)
    if noun is not None:
        found = _according_source(context, tokens, mask, preposition, noun, sentence)
        owned = found is not None and found.stop != tokens[noun].end
        if (
            not (owned or whole)
            and noun == preposition + 2
            and tokens[preposition + 1].text.lower() in DEFINITE
        ):
            # "…, heißt es in der Erklärung." after "die Allgemeine Erklärung der Tierrechte der UNESCO"
            named = _named_owner(context, tokens[noun].text, sentence - 1) if sentence > 0 else None
            owner = _source_at_document(context, named, (tokens[noun].start, tokens[noun].end))
            if owner is not None:
                return owner
        if not owned and not whole and phrase is not None and phrase.end == noun + 1:
            owner = None
            if not phrase.definite:
                owner = _document_owner(context, tokens[preposition], phrase, sentence)
            if owner is None:  # "…, hieß es in den Unterlagen" after "gab das Unternehmen … bekannt"
                owner = _source_at_document(
                    context, _document_source(context, sentence), (phrase.start, phrase.stop)
                )
                asked_before = True
            if owner is not None:  # "hieß es in gleichlautenden Stellungnahmen": the source named last
                return owner
        if phrase is None or (owned and phrase.end == noun + 1):
            # also a compound read as a noun phrase of its own ("In einer Pressemitteilung des Gerichts")
            if not owned:
                return None  # "hieß es in einer Mitteilung": whose it is, the sentences around tell
            return found if not whole or _clause_end(tokens, mask, noun) >= limit else None
    if phrase is None or (whole and phrase.end != limit):
        return None
    # "…, hieß es am Freitag in einer Aussendung"
    if not asked_before and _unowned_document(context, tokens, phrase):
        owner = _source_at_document(context, _document_source(context, sentence), (phrase.start, phrase.stop))
        if owner is not None:
            return owner
    document = parse_phrase(tokens, preposition + 1, limit, owner=False)
    issuer = None if document is None else _page_owner(context, tokens, document, limit, sentence)
    return issuer or context.found(phrase, tokens, sentence)


def _page_owner(
    context: _Context, tokens: list[Token], page: Phrase, limit: int, sentence: int
) -> _Found | None:
    """The owner in the genitive or after "von" of a web page or a document ("heißt es auf der Internetseite
    des Unternehmens", "laut einer Presseaussendung von WWF und Landesjagdverband"): who speaks on it, not
    the page (round 75)."""
    head = tokens[page.end - 1].text.lower()
    if (
        page.end >= limit
        or tokens[page.end].text.lower() not in GENITIVES | {"von"}
        or not ("media" in page.kinds or head.endswith(context.words.documents))
    ):
        return None
    owner = parse_phrase(tokens, page.end + (tokens[page.end].text.lower() == "von"), limit, coordinate=True)
    if owner is None or not _person_like(context, tokens, owner):
        return None
    return context.found(owner, tokens, sentence)


def _relative_author(
    context: _Context, tokens: list[Token], mask: list[bool], comma: int, sentence: int
) -> _Found | None:
    """The author a relative clause after a document (its comma at ``comma``) names as the subject of a verb
    of writing or publishing at its end ("in einem Vorschlag, den Ben-Gvir vorlegte"; "In einer
    Pressemitteilung, die sein Büro verbreitete, hieß es"): who speaks through the document (round 75); None
    for a clause whose pronoun is its subject ("eine Mitteilung, die am Montag erschien")."""
    words = context.words
    if (
        comma + 3 >= len(tokens)
        or tokens[comma].text != ","
        or mask[comma]
        or tokens[comma + 1].text.lower() not in words.object_relatives
    ):
        return None
    end = _clause_end(tokens, mask, comma + 1)
    if tokens[end - 1].lemma.lower() not in words.publishing_verbs:
        return None
    phrase = parse_phrase(tokens, comma + 2, end - 1)
    if phrase is None or not _person_like(context, tokens, phrase):
        return None
    return context.found(phrase, tokens, sentence)


def _quoted_before_inquit(context: _Context, sentence: int) -> bool:
    """Whether sentence ``sentence`` holds a verb of saying before a quotation of its own ("X schrieb bei
    Twitter: „…“, weiter hieß es, dass …"): its speaker goes on, not one of the sentence before."""
    tokens, mask = context.tokens_of(sentence, sentence)
    heard = context.words.heard_verbs
    return any(any(mask[k:]) and tokens[k].lemma.lower() not in heard for k in _verbs(context, tokens, mask))


def _unowned_document(context: _Context, tokens: list[Token], phrase: Phrase) -> bool:
    """Whether ``phrase`` is a written document named by a common noun alone, its article and adjectives
    before it and no owner in it or after it ("einer Aussendung", "den Unterlagen"; not "der Erklärung der
    Regierung", "der Begründung von James H. Billington" (round 84), "Berlin")."""
    head = tokens[phrase.end - 1].text
    return (
        phrase.kinds <= {""}
        and (phrase.end >= len(tokens) or tokens[phrase.end].text.lower() not in OWNER_OPENERS)
        and phrase.end - phrase.first >= 2
        and not any(is_capitalised(t.text) for t in tokens[phrase.first : phrase.end - 1])
        and head.lower().endswith(context.words.documents)
    )


def _source_at_document(context: _Context, source: _Found | None, span: tuple[int, int]) -> _Found | None:
    """``source`` with its span moved to the document at ``span`` (its words kept, as a resolved pronoun's);
    None for no source, a medium or a compound that names its own owner ("in dem Times-Bericht"): the
    document keeps its own reading."""
    start, stop = span
    if source is None or source.media or "-" in context.doc.text[start:stop]:
        return None
    words = source.words or " ".join(context.doc.text[source.start : source.stop].split())
    return replace(source, start=start, stop=stop, words=words)


def _document_owner(context: _Context, preposition: Token, phrase: Phrase, sentence: int) -> _Found | None:
    """The source a document with no owner after "hieß es in" speaks for (round 37: "Sprecher der Autobauer
    wollten sich … nicht äußern. Man habe aber …, hieß es in gleichlautenden Stellungnahmen"): the person
    or organisation named last, in this sentence or the one before, as the person, the span kept at the
    document (as a resolved pronoun's); None where there is none, and never for a definite document or
    one whose compound names its owner ("in dem Times-Bericht", "in einer BWB-Meldung")."""
    if "-" in context.doc.text[phrase.start : phrase.stop]:
        return None
    entity = context.resolve(preposition.start, "")
    if entity is None or entity.sentence < sentence - 1:
        return None
    if not (entity.named or entity.actor or entity.kinds & {"role", "organisation"}):
        return None
    return context.from_entity(entity, phrase.start, phrase.stop)


def _first_subject(
    context: _Context,
    tokens: list[Token],
    begin: int,
    stop: int,
    sentence: int,
    apposition: bool = False,
    strict: bool = False,
) -> _Found | None:
    """The noun phrase opening a clause when a lower-case word (its verb) follows: the subject shared
    by coordinated verbs ("Die USA schlagen Alarm und warnen …"); with ``apposition``, a person named
    before a comma ("Stefan Keuter, damals AfD-Chef in Essen, behauptet"); ``strict``: a pronoun
    only for a person of its gender."""
    begin = skip_adverbs(tokens, begin, stop)
    if begin < stop and tokens[begin].text.lower() in context.words.coordinators:
        begin = skip_adverbs(tokens, begin + 1, stop)
    if (
        0 < begin < stop - 1
        and tokens[begin - 1].text == ","
        and tokens[begin].text in context.words.auxiliaries
    ):  # "Als die Seite online geht, ist Rechtsanwalt X begeistert und schreibt": the verb comes first
        begin += 1
    if begin < stop and tokens[begin].text.lower() in context.words.pronouns:
        return context.pronoun(tokens[begin], strict=strict)
    phrase = parse_phrase(tokens, begin, stop, coordinate=True)
    if phrase is None or phrase.end >= stop or (apposition and _opening_adverb(tokens, phrase)):
        return None
    following = tokens[phrase.end].text
    if apposition:
        end = phrase.end
        if following.lower() in context.words.attached and _person_like(context, tokens, phrase):
            attached = parse_phrase(tokens, end + 1, stop)  # "Brian Baptie von der britischen Erdbebenwarte,
            end = attached.end if attached is not None else end  # die …, sagte": the name with its body
        if tokens[end].text != "," or not (phrase.named or phrase.kinds & {"role", "organisation"}):
            return None
    elif (
        not following[:1].islower()
        or following.lower() in context.words.determiners
        or not _person_like(context, tokens, phrase)
    ):
        return None
    return context.found(phrase, tokens, sentence)


def _prefield(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, finite: int, sentence: int
) -> _Found | None:
    """The subject when it fills the place before the finite verb ("Der SPD-Gesundheitsexperte Karl
    Lauterbach plädierte"), or a pronoun there ("Er sagte"); None for "Das", "Später", "Am Montag"."""
    words = context.words
    if begin < finite and tokens[begin].text.lower() in words.focus_particles:
        begin += 1  # "Auch der ehemalige FIFA-Schiedsrichter Urs Meier kritisierte, …"
    begin = _past_quantity(words, tokens, begin, finite)  # "Fast jeder Fünfte gab an"
    if begin >= finite:
        return None
    if finite - begin == 1 and (
        tokens[begin].text.lower() in words.pronouns or tokens[begin].text.lower() in words.demonstratives
    ):  # "Er sagte", "Dieser behaupte, …"
        return context.pronoun(tokens[begin]) or _unresolved(tokens[begin])
    if finite + 1 < len(tokens) and tokens[finite + 1].text.lower() in words.nominatives:
        pronoun = tokens[finite + 1]  # "Der Politik schlug er vor, …": the phrase before is an object
        return (context.pronoun(pronoun) or _NONE) if pronoun.text.lower() in words.pronouns else _NONE
    if finite - begin == 1 and tokens[begin].text.lower() in words.indefinite_speakers:
        token = tokens[begin]  # "Manche sagen nun, …": a vague group speaks
        return _Found(token.start, token.end, "unregistered", False)
    name = _particle_name(context, tokens, begin, finite)
    if name is not None:
        return context.found(name, tokens, sentence)
    if finite - begin >= 3 and tokens[begin].text.lower() in words.partitives:
        group = parse_phrase(tokens, begin + 1, finite)  # "Einer der 13 beteiligten Feuerwehrmänner sagte"
        if group is not None and group.end == finite and _person_like(context, tokens, group):
            group.first, group.start = begin, tokens[begin].start
            return context.found(group, tokens, sentence)
    phrase = parse_phrase(tokens, begin, finite, coordinate=True)
    if phrase is None and tokens[begin].text.lower() in DEFINITE:
        return _quoted_name(tokens, mask, begin, finite, article=True)  # "Die „Süddeutsche Zeitung“ hatte"
    if phrase is None and tokens[begin].text in QUOTE_MARKS:
        return _quoted_name(tokens, mask, begin, finite)  # "„BBC News“ berichtet"
    if phrase is None or tokens[begin].text.lower() in words.object_determiners:
        return None  # no noun phrase, or an object before the verb ("Den Funktionär kenne er nicht")
    if _plural_against(tokens, phrase, tokens[finite]):
        return None  # "Die Äußerungen … bezeichnete Wiefelspütz als …": an object before the verb
    end = skip_adverbs(tokens, phrase.end, finite)
    for _ in range(3):  # "Helmut Peter von der Autohaus-Gruppe", "Ken Rice vom Institut für … in …"
        if end >= finite or tokens[end].text.lower() not in words.attached:
            break
        attached = parse_phrase(tokens, end + 1, finite)
        if attached is None:
            break
        if not phrase.named or (  # "Eine Schrift aus dem 17. Jahrhundert"; not "in seinem Bericht"
            common_noun(tokens, phrase) and tokens[end + 1].text.lower() not in words.possessives
        ):
            phrase.stop = attached.stop
        end = skip_adverbs(tokens, attached.end, finite)
    if end != finite:  # "Firmen wie der Autozulieferer ZF … hätten gesagt": the subject is there
        return context.found(phrase, tokens, sentence) if _person_like(context, tokens, phrase) else _NONE
    if number_against(tokens, begin, finite, words.coordinators):  # singular before a plural verb: the
        # subject follows it ("Das Argument hatten die Staatsanwälte … genannt"); none there, a misprint
        after = _after(context, tokens, mask, finite + 1, sentence, lenient=True)
        if after is not None:
            return after
    token = tokens[begin]
    if (
        phrase.end - phrase.first == 1
        and not phrase.kinds - {""}
        and context.sentence_starts[sentence if sentence < len(context.sentence_starts) else -1]
        == token.start
        and context.actor_in(token.start, token.end) is None
        and (  # a German word the lemmatizer gives in lower case ("scharf"; "Jackson", "Litauen" stay)
            (is_plain_word(token.text) and (token.lemma[:1].islower() or token.text.lower() in words.adverbs))
            or (len(token.text) > 6 and token.text.endswith("end"))
        )
        and not token.text.isupper()  # "BASF argumentiert": an acronym names an organisation
        and not (  # "Hartmann erklärte": a surname named before (read back only if it follows a name there)
            _after_a_name(context.doc.text, token.text, token.start)
            and context.is_surname(token.text, token.start)
        )
    ):
        return None  # "Scharf kritisierte …", "Relativierend fügt X hinzu": an adverb opening the sentence
    if (
        bare_noun(tokens, phrase, finite)
        and not _person_like(context, tokens, phrase)
        and not _after_a_name(context.doc.text, token.text, token.start)  # "Irmgard Griss … Griss begrüßte"
        and (after_verb := skip_adverbs(tokens, finite + 1, len(tokens))) < len(tokens)
        and article(tokens[after_verb].text)
    ):  # "Stolz vermeldet das deutsche Management, dass …" (round 39); not a heading that ends at its verb
        # ("Konzept auch für die Wirtschaft gefordert")
        after = _after(context, tokens, mask, finite + 1, sentence, lenient=True)
        if after is not None:
            return after
    return context.found(phrase, tokens, sentence)


def _after_a_name(text: str, word: str, end: int) -> bool:
    """Whether ``word`` occurs before ``end`` right after a capitalised word ("Swantje Hartmann")."""
    position = text.find(word, 0, end)
    while position >= 2:
        if text[position - 1] == " " and text[position - 2].isalpha():
            previous = text[text.rfind(" ", 0, position - 1) + 1 : position - 1]
            if previous[:1].isupper():
                return True
        position = text.find(word, position + 1, end)
    return False


def _particle_name(context: _Context, tokens: list[Token], begin: int, finite: int) -> Phrase | None:
    """ "Von der Leyen", "Zu Guttenberg" before the finite verb (or a colon): a surname of two or three
    words whose particle (``surname_particles``) is capitalised at the sentence's start, when the text
    named the person before with the particle in lower case ("Ursula von der Leyen")."""
    if not 2 <= finite - begin <= 3 or tokens[begin].text.lower() not in context.words.surname_particles:
        return None
    last, first = tokens[finite - 1], tokens[begin]
    text = context.doc.text
    written = first.text.lower() + text[first.end : last.end]
    if not is_capitalised(last.text) or text.find(written, 0, first.start) < 0:
        return None
    phrase = parse_phrase(tokens, finite - 1, finite)
    if phrase is None:
        return None
    phrase.first, phrase.start = begin, tokens[begin].start
    return phrase


def _source_ending_at(
    context: _Context, tokens: list[Token], mask: list[bool], index: int, sentence: int
) -> _Found | None:
    """The source right before "zufolge": the longest noun phrase that ends there or before a time phrase
    ("Einer Studie von Human Rights Watch von Anfang 2022 zufolge"); the owner of a possessive before a noun
    of information ("Seinen Angaben zufolge", "seiner Darstellung zufolge")."""
    begin = _clause_start(tokens, mask, index)
    end = index
    if tokens[index].text.lower() in context.words.after:
        owner = _possessive_owner(context, tokens, begin, index - 1)
        if owner is None and index - 1 == begin:
            owner = _dative_source(context, tokens[begin])  # "Ihnen zufolge ist die Hälfte …"
        if owner is not None:
            return owner
        end = _time_start(tokens, begin, index)
    mention_floor = None
    for mention in context.mentions_in(sentence, sentence):
        if mention.end == tokens[end - 1].end if end else False:
            mention_floor = mention.start
    for start in range(max(begin, end - 8), end):
        if (
            mention_floor is not None
            and tokens[start].start < mention_floor
            and is_capitalised(tokens[start].text)
        ) and noun_kind(tokens[start].text)[0] not in ("role", "organisation"):
            continue
        phrase = parse_phrase(tokens, start, end, coordinate=True)
        if phrase is not None and phrase.end == end:
            commission = _commission_start(tokens, begin, start)
            if commission is not None:  # "Einer Forsa-Umfrage im Auftrag von RTL zufolge": the survey
                return _source_ending_at(context, tokens, mask, commission, sentence) or context.found(
                    phrase, tokens, sentence
                )
            return context.found(phrase, tokens, sentence)
    noun = tokens[end - 1] if end > begin else None
    if noun is None or not is_capitalised(noun.text):
        return None
    if not noun.text.lower().endswith(context.words.information_endings):
        return None
    start = end - 1  # "Offiziellen Angaben zufolge", "Medienberichten zufolge": the noun phrase itself
    while start > begin and (
        is_adjective(tokens[start - 1])
        or tokens[start - 1].text.lower() in context.words.determiners
        or (start - 1 == begin and _capitalised_adjective(tokens[start - 1]))
    ):
        start -= 1
    start = _skip_articles(tokens, start, end - 1)  # "Den vorliegenden …"
    own = _own_source(context, tokens, mask, start, end - 1, index + 1, sentence)
    return own or _Found(tokens[start].start, noun.end, "unregistered", False)


# grammar: the words naming who commissioned a source before them ("im Auftrag von RTL", "im Auftrag der
# UN"; round 121)
COMMISSIONED: Final = ("im", "Auftrag")


def _commission_start(tokens: list[Token], begin: int, start: int) -> int | None:
    """Where "im Auftrag (von)" opens right before the phrase at ``start`` and after a word of the clause
    (``begin``): the phrase names who commissioned the source before it, not the source; None elsewhere."""
    k = start - 1 if start > begin and tokens[start - 1].text == "von" else start
    opening = k - len(COMMISSIONED)
    if opening <= begin or tuple(token.text for token in tokens[opening:k]) != COMMISSIONED:
        return None
    return opening


# grammar: the prepositions of a time phrase after a source ("dem Bericht vom Donnerstag zufolge")
TIME_FROM: Final = frozenset({"von", "vom", "aus"})


def _time_start(tokens: list[Token], begin: int, index: int) -> int:
    """Where a time phrase right before ``index`` opens ("vom Donnerstag", "von Anfang 2022", "aus dem Jahr
    2015": a preposition, an article, a time noun and numbers, round 74); ``index`` without one."""
    k = index
    while k - 1 > begin and tokens[k - 1].text.isdigit():
        k -= 1
    if k - 1 <= begin or not is_capitalised(tokens[k - 1].text) or noun_kind(tokens[k - 1].text)[0] != "non":
        return index
    k -= 1
    if k - 1 > begin and tokens[k - 1].text.lower() in DEFINITE:
        k -= 1
    return k - 1 if k - 1 > begin and tokens[k - 1].text.lower() in TIME_FROM else index


# grammar: the dative personal pronouns that stand before "zufolge" for a source named before ("Ihm
# zufolge", "Ihnen zufolge"), with the gender and number of the "er"/"sie" they are the dative of
DATIVE_PRONOUNS: Final = {"ihm": ("m", "sg"), "ihr": ("f", "sg"), "ihnen": ("f", "pl")}


def _dative_source(context: _Context, token: Token) -> _Found | None:
    """The person or group a dative pronoun before "zufolge" at ``token`` refers to ("Die Forscher …
    Ihnen zufolge ist …", round 74); the pronoun's words where none fits."""
    agreement = DATIVE_PRONOUNS.get(token.text.lower())
    if agreement is None:
        return None
    found = _referent(context, token, *agreement)
    return found or _Found(token.start, token.end, "unregistered", False)


def _referent(context: _Context, token: Token, gender: str, number: str) -> _Found | None:
    """Whom the pronoun or possessive at ``token`` of ``gender`` and ``number`` ("" unknown) refers to,
    resolved as "er" and "sie" are (their agreement), at its span; None where no one fits."""
    agree = _agreement(context, gender, number)
    entity = context.resolve(token.start, gender, agree=agree, unlisted=number == "pl")
    return context.reached(entity, token.start, token.end) if entity is not None else None


def _possessive_owner(context: _Context, tokens: list[Token], begin: int, noun: int) -> _Found | None:
    """The person a possessive before the noun of information at ``noun`` refers to, adjectives between
    ("Seinen Angaben zufolge", "ihrer eigenen Darstellung zufolge", round 74), resolved as "er" or "sie" (a
    role with its name: "der Ökonom Hans Müller"); None without a possessive or a person it names."""
    if noun <= begin or not tokens[noun].text.lower().endswith(context.words.information_endings):
        return None
    k = noun - 1
    possessives = context.words.possessives
    while k > begin and is_adjective(tokens[k]) and tokens[k].text.lower() not in possessives:
        k -= 1
    gender = possessives.get(tokens[k].text.lower())
    return (
        _referent(context, tokens[k], gender, "sg" if gender == "m" else "") if gender is not None else None
    )


def _own_source(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    first: int,
    noun: int,
    finite: int,
    sentence: int,
) -> _Found | None:
    """The subject of the clause as the source of "nach eigenen Angaben" / "eigenen Angaben zufolge"
    (``tokens[first:noun + 1]``; ``finite`` is where the verb follows when the attribution opens the
    clause), at the attribution's words, as a pronoun is; None without "eigenen" or a subject."""
    if not any(t.text.lower() in context.words.own for t in tokens[first:noun]):
        return None
    begin = _clause_start(tokens, mask, first)
    # "Der 52-Jährige – nach eigenen Angaben seit … bei der Polizei – war …" (round 90), else the clause's
    subject = _inserted_owner(context, tokens, mask, begin, first, sentence)
    if subject is None:
        subject = _clause_owner(context, tokens, mask, begin, first, finite, sentence)
    if subject is None:
        return None
    preposition, lists = tokens[first].text.lower(), context.words
    opening = first + (preposition in lists.source_prepositions or preposition in lists.before)
    opening = _skip_articles(tokens, opening, noun)
    words = subject.words or context.doc.text[subject.start : subject.stop]
    return _Found(
        tokens[opening].start,
        tokens[noun].end,
        subject.actor,
        subject.media,
        subject.entity,
        subject.mention,
        words,
    )


def _clause_owner(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    begin: int,
    first: int,
    finite: int,
    sentence: int,
) -> _Found | None:
    """The subject of the clause from ``begin`` that holds "nach eigenen Angaben" at ``first``."""
    if skip_adverbs(tokens, begin, first) == first:  # "Nach eigenen Angaben erhielt das Bundesamt …"
        j, limit = skip_adverbs(tokens, finite + 1, len(tokens)), _clause_end(tokens, mask, finite)
    else:  # "Die Feuerwehr hat nach eigenen Angaben …"
        j, limit = skip_adverbs(tokens, begin, first), first
        if j < limit and tokens[j].text[:1].islower() and tokens[j].text not in context.words.determiners:
            j = skip_adverbs(tokens, j + 1, limit)  # "Zuvor hatte die Armee nach eigenen Angaben" (round 60)
        elif j < limit and tokens[j].text.lower() in context.words.subordinators:
            j = skip_adverbs(tokens, j + 1, limit)  # "Weil er nach eigenen Angaben …" (round 73)
        elif _object_relative(context.words, tokens, begin, j, limit):
            j += 1  # "einem Haus, dem sie laut eigenem Bekunden … Besuche abstatte" (round 90)
    if j < limit and tokens[j].text.lower() in context.words.pronouns:
        # reading the subject that opens the sentence before makes it an antecedent, as before a Konjunktiv
        # ("Die türkische Armee hatte … beschossen. Nach eigenen Angaben reagierte sie …", round 74)
        _subject_before(context, sentence)
        subject = context.pronoun(tokens[j])
    elif limit == first and _relative_clause_at(context.words, tokens, begin, first):
        subject = _relative_subject(context, tokens, mask, begin, sentence)  # "Richter, der nach eigenen …"
        subject = subject or _relative_antecedent(context, tokens, mask, begin, sentence)
    else:
        phrase = parse_phrase(tokens, j, limit, coordinate=True)
        verb_follows = phrase is not None and (limit > first or tokens[phrase.end].text[:1].islower())
        person = verb_follows and phrase is not None and _person_like(context, tokens, phrase)
        subject = context.found(phrase, tokens, sentence) if phrase is not None and person else None
        if subject is None and limit == first:
            subject = _middle_subject(context, tokens, begin, first, sentence)
        if (
            subject is None
            and phrase is not None
            and verb_follows
            and _verb_right_before(context, tokens, phrase, first)
        ):
            subject = context.found(phrase, tokens, sentence)  # "Mazedonien hat nach eigenen Angaben …"
        if subject is None and phrase is not None:
            subject = _unread_owner(context, tokens, phrase, j == begin, first, limit, person, sentence)
    return subject


def _unread_owner(
    context: _Context,
    tokens: list[Token],
    phrase: Phrase,
    opens: bool,
    first: int,
    limit: int,
    person: bool,
    sentence: int,
) -> _Found | None:
    """The owner of "nach eigenen Angaben" at ``first`` that the readings before did not find (round 90),
    from ``phrase``, the clause's first noun phrase (``opens``: at its start) or, where the attribution
    opens the clause, the one after its verb (``limit`` > ``first``)."""
    words = context.words
    if opens and limit == first and _opening_subject(context, tokens, phrase, first):
        return context.found(phrase, tokens, sentence)  # "Palas produziert … und hat nach eigenen Angaben …"
    if limit <= first:
        return None
    if _thing(words, tokens, phrase, person):
        # a thing states nothing: its maker, who opens the sentence before ("Facebook etwa stellte …
        # seinen neuesten Chatbot … vor. Laut eigenen Aussagen ist das Programm …")
        return _subject_before(context, sentence)
    if _body(words, tokens, phrase):
        return context.found(phrase, tokens, sentence)  # "Nach eigenen Angaben erhielt das Bundesamt …"
    return None


def _thing(words: SpeechWords, tokens: list[Token], phrase: Phrase, person: bool) -> bool:
    """Whether a definite subject names a thing, not a body: no person-like phrase, and its noun ends in no
    organisation noun ("das Programm", "das Mittel"; not "das Bundesamt", whose "Amt" is one)."""
    return not person and phrase.definite and not _body(words, tokens, phrase)


def _body(words: SpeechWords, tokens: list[Token], phrase: Phrase) -> bool:
    """Whether a phrase's noun is a compound ending in an organisation noun ("Bundesamt": "Amt")."""
    return bool(suffix_of(tokens[phrase.end - 1].text.lower(), words.organisation_suffixes))


def _inserted_owner(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, first: int, sentence: int
) -> _Found | None:
    """The noun phrase that opens the clause right before a dash or parenthesis that "nach eigenen Angaben"
    opens ("Der 52-Jährige – nach eigenen Angaben seit mehr als 30 Jahren bei der Polizei – war …", round
    90): the inserted words are said of it."""
    mark = begin - 1
    if begin != first or mark < 1 or tokens[mark].text not in INSERTION_MARKS:
        return None
    phrase = parse_phrase(tokens, _clause_start(tokens, mask, mark), mark)
    if phrase is None or phrase.end != mark or not is_capitalised(tokens[mark - 1].text):
        return None
    return context.found(phrase, tokens, sentence)


# grammar: the marks that open an insertion in a clause (a dash or a parenthesis)
INSERTION_MARKS: Final = frozenset({"–", "—", "-", "("})


def _object_relative(words: SpeechWords, tokens: list[Token], begin: int, j: int, limit: int) -> bool:
    """Whether a relative pronoun that is no subject opens the clause at ``j`` after a comma and a pronoun,
    the clause's subject, follows it ("einem Haus, dem sie laut eigenem Bekunden …", round 90)."""
    return (
        j == begin
        and begin > 0
        and tokens[begin - 1].text == ","
        and j + 1 < limit
        and (tokens[j].text.lower() in words.relative_pronouns or tokens[j].text.lower() in OBJECT_RELATIVES)
        and tokens[j + 1].text.lower() in words.pronouns
    )


# grammar: the relative pronouns in the dative and genitive, never a clause's subject ("dem sie …")
OBJECT_RELATIVES: Final = frozenset({"dem", "den", "denen", "dessen", "deren"})


def _relative_clause_at(words: SpeechWords, tokens: list[Token], begin: int, first: int) -> bool:
    """A relative pronoun after a comma opens the clause and adverbs at most stand between it and the
    attribution at ``first`` (", die nach eigenen Angaben über zahlreiche Informanten verfügt")."""
    return (
        begin > 0
        and tokens[begin - 1].text == ","
        and tokens[begin].text.lower() in words.relative_pronouns
        and skip_adverbs(tokens, begin + 1, first) == first
    )


def _relative_antecedent(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, sentence: int
) -> _Found | None:
    """The antecedent of the relative pronoun at ``begin`` that owns "nach eigenen Angaben" when no name
    ends at its comma (round 74): the longest person-like phrase that ends there or before the participle
    its clause put last ("von dem Hacker Marcel Lazar enthüllt, der …"), no noun of information but its
    genitive ("Die Berichte der in Großbritannien ansässigen Beobachtungsstelle, die …"), or a noun that
    names an entity named before again."""
    words = context.words
    end = begin - 1
    if end > 0 and _verb_like(words, tokens[end - 1]):
        end -= 1
    fallback = None
    for start in range(_clause_start(tokens, mask, end), end):
        phrase = parse_phrase(tokens, start, end)
        if phrase is None or phrase.end != end:
            continue
        head = tokens[phrase.first : phrase.end]
        if any(t.text.lower().endswith(words.information_endings) for t in head if is_capitalised(t.text)):
            continue  # "Die Berichte der … Beobachtungsstelle": the reports' owner, further on
        if _person_like(context, tokens, phrase):
            return context.found(phrase, tokens, sentence)
        named = _entity_with_word(context, tokens[end - 1].text, phrase.start)
        if named is not None:  # "der … Beobachtungsstelle" after "der Syrischen Beobachtungsstelle für …"
            return context.reached(named, phrase.start, phrase.stop)
        if fallback is None and _agent_head(tokens, phrase):
            fallback = phrase
    # people no list types, named by an agent noun ("die Schlächter, die nach eigenen Aussagen … arbeiten",
    # round 90); not a thing ("das Windrad, das nach eigenen Angaben …": no one)
    return context.found(fallback, tokens, sentence) if fallback is not None else None


def _agent_head(tokens: list[Token], phrase: Phrase) -> bool:
    """Whether the phrase ends, after its article or adjective, in a capitalised agent noun: "-er" and its
    feminine and plural forms ("Schlächter", "Händlerinnen"), the nouns of people who do something."""
    last = tokens[phrase.end - 1].text
    return phrase.end - 1 > phrase.first and is_capitalised(last) and last.endswith(AGENT_ENDINGS)


# grammar: the endings of German agent nouns (Arbeiter, Arbeitern, Arbeiterin, Arbeiterinnen)
AGENT_ENDINGS: Final = ("er", "ern", "erin", "erinnen")


def _entity_with_word(context: _Context, word: str, position: int) -> Entity | None:
    """The last entity named before ``position`` with ``word`` among its words ("Beobachtungsstelle" in
    "Syrischen Beobachtungsstelle für Menschenrechte"): a noun with no kind of its own that names it again."""
    entities = context.entities
    for entity in reversed(entities.items[: bisect_left(entities.starts, position)]):
        if word in context.doc.text[entity.start : entity.stop].split():
            return entity
    return None


def _middle_subject(
    context: _Context, tokens: list[Token], begin: int, first: int, sentence: int
) -> _Found | None:
    """The subject right after the finite verb when another phrase opens the clause and the subject alone
    fills the words up to the attribution at ``first`` ("Dieser Tage zählt das Innenministerium nach
    eigenen Angaben …", "So konnte er nach eigenen Angaben …", round 73)."""
    words = context.words
    verb = _finite_before(words, tokens, begin, first)
    if verb is None or verb + 1 >= first:
        return None
    j = verb + 1
    if tokens[j].text.lower() in words.pronouns:
        if _reflexive_adverbs(words, tokens, j + 1, first) != first:
            return None
        _subject_before(context, sentence)  # its antecedent, as for "Nach eigenen Angaben reagierte sie"
        return context.pronoun(tokens[j])
    phrase = parse_phrase(tokens, j, first, coordinate=True)
    if phrase is None or _reflexive_adverbs(words, tokens, phrase.end, first) != first:
        return None
    return context.found(phrase, tokens, sentence) if _person_like(context, tokens, phrase) else None


def _reflexive_adverbs(words: SpeechWords, tokens: list[Token], j: int, limit: int) -> int:
    """The index after a reflexive pronoun and adverbs from ``j`` ("bemühte er sich nach eigenen Angaben",
    round 90)."""
    if j < limit and tokens[j].text.lower() in words.reflexives:
        j += 1
    return skip_adverbs(tokens, j, limit)


def _finite_before(words: SpeechWords, tokens: list[Token], begin: int, first: int) -> int | None:
    """The finite verb before the words that end at ``first``, read backwards: the last lower-case word
    after ``begin`` that is no determiner, preposition or adverb, nor an adjective after a determiner or
    adjective ("hat die israelische Armee"; a past form read as an adjective counts: "zerstörte die
    Armee")."""
    for k in range(first - 1, begin, -1):
        text = tokens[k].text
        lower = text.lower()
        if not text[:1].islower() or lower in words.determiners or lower in words.adverbs:
            continue
        if lower in words.reflexives or lower in words.pronouns:
            continue  # "bemühte er sich nach eigenen Angaben" (round 90)
        if lower in words.prepositions:
            return None
        before = tokens[k - 1]
        if is_adjective(tokens[k]) and (before.text.lower() in words.determiners or is_adjective(before)):
            continue
        return k
    return None


def _opening_subject(context: _Context, tokens: list[Token], phrase: Phrase, first: int) -> bool:
    """Whether the phrase that opens the clause of "nach eigenen Angaben" at ``first`` is its subject where
    other words stand between its finite verb and the attribution (round 90): a capitalised noun phrase in
    no oblique case ("Die Flüchtlingshelfer hatten die Geflüchteten nach eigenen Angaben … gerettet") right
    before a word that may be its verb, also a verb whose second conjunct holds the attribution ("Palas
    produziert … und hat nach eigenen Angaben … überprüft")."""
    words = context.words
    return (
        phrase.end < first
        and is_capitalised(tokens[phrase.end - 1].text)
        and tokens[phrase.first].text.lower() not in OBLIQUE_DETERMINERS
        and not any(_function_word(words, t.text.lower()) for t in tokens[phrase.first : phrase.end])
        and _verb_like(words, tokens[phrase.end])
        and tokens[phrase.end].text.lower() not in words.phrase_coordinators
    )


def _function_word(words: SpeechWords, lower: str) -> bool:
    """A preposition, subordinator, adverb or pronoun, capitalised where it opens a sentence ("Bis dahin
    dauert es …"): no noun of a subject."""
    return (
        lower in words.prepositions
        or lower in words.subordinators
        or lower in words.adverbs
        or lower in words.pronouns
    )


# grammar: determiners of no nominative, which open an object, not a subject ("Den Vertrag hat die Firma …")
OBLIQUE_DETERMINERS: Final = frozenset({"den", "dem", "des", "einem", "einen", "eines", "diesem", "diesen"})


def _verb_right_before(context: _Context, tokens: list[Token], phrase: Phrase, first: int) -> bool:
    """Whether the clause's first phrase is followed by its finite verb and at most reflexives and adverbs
    before the attribution at ``first`` ("Mazedonien hat nach eigenen Angaben", "Das
    Welternährungsprogramm kümmert sich nach eigenen Angaben"): the phrase is the subject."""
    words = context.words
    j = phrase.end + 1
    while j < first and (
        tokens[j].text.lower() in words.reflexives or tokens[j].text.lower() in words.adverbs
    ):
        j += 1
    return phrase.end < first and j == first and is_capitalised(tokens[phrase.first].text)


def _hyphenated_adjective(text: str) -> bool:
    """A capitalised compound whose last part is in lower case, an adjective ("CO2-neutralen",
    "US-amerikanische"), never a name, whose parts are capitalised ("Rendi-Wagner")."""
    last = text.rsplit("-", 1)[-1]
    return "-" in text and last[:1].islower()


def _capitalised_adjective(token: Token) -> bool:
    """An adjective opening a sentence, which the lemmatizer reads as a noun ("Offiziellen" →
    "Offizielle", "Ersten"). Not ``_opening_adjective``, which reads any word in lower case: before
    "Angaben zufolge" that takes in more words and changes what gnad1000 and demo600 give (review 5)."""
    text, lemma = token.text, token.lemma
    return text != lemma and text.startswith(lemma) and text.endswith("en") and not noun_kind(text)[0]


def _so_inserted(tokens: list[Token], k: int) -> bool:
    """Whether an inquit with "so" is inserted at ``tokens[k]`` (", so schrieb diese,"): the "Für X" before it
    names whom the reported words are about, the inquit who says them (round 67: "Für Shakira, so schrieb
    diese in einer Stellungnahme, sei es eine Ehre …")."""
    return tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].text.lower() == "so"


def _attribution_sources(
    context: _Context, tokens: list[Token], mask: list[bool], sentence: int
) -> tuple[_Found | None, _Found | None]:
    """(source, "so" source) named by an attribution: "laut X", "X zufolge", "nach Angaben von X",
    "unter Berufung auf X", "so X" after a quote or comma."""
    words = context.words
    source = so_source = None
    base = bisect_left(context.token_starts, tokens[0].start) if tokens else 0
    consumed = set()  # the nouns of "nach Angaben der Polizei", read here once
    positions = context.according_positions
    first, stop = bisect_left(positions, base), bisect_left(positions, base + len(tokens))
    for i in positions[first:stop]:
        noun = context.according[i] - base
        if noun < len(tokens):
            consumed.add(noun)
            found = _according_source(context, tokens, mask, i - base, noun, sentence)
            if found is not None and (source is None or (source.media and not found.media)):
                source = found
    positions = context.trigger_positions
    first, stop = bisect_left(positions, base), bisect_left(positions, base + len(tokens))
    for k in (i - base for i in positions[first:stop]):
        token = tokens[k]
        if mask[k] or k in consumed:
            continue
        word = token.text.lower()
        found = None
        if word in words.after and k > 0:
            found = _source_ending_at(context, tokens, mask, k, sentence)
        elif word in words.source_relatives:  # "Ein Bericht der Agentur „Interfax“, wonach …"
            comma = k > 1 and tokens[k - 1].text == ","
            found = _source_ending_at(context, tokens, mask, k - 1, sentence) if comma else None
        elif word == "für" and token.start == context.doc.sentences[sentence].start:  # "Für X ist das …"
            if k + 2 < len(tokens) and tokens[k + 2].text in words.opinion:
                holder = _pronoun_holder(context, tokens[k + 1])
                if holder is not None:  # "Für ihn ist klar, dass das Opfer sich … verletzt hat."
                    so_source = holder
                    continue
            phrase = parse_phrase(tokens, k + 1, len(tokens))
            if (
                phrase is not None
                and phrase.end < len(tokens)
                and (
                    tokens[phrase.end].text in words.opinion
                    or _holder_in_konjunktiv(context, tokens, phrase, base)
                )
                and phrase.kinds & {"role", "given"}
                and not _so_inserted(tokens, phrase.end)
            ):
                so_source = context.found(phrase, tokens, sentence)
            continue
        elif word == "so" and k > 0 and (tokens[k - 1].text in {",", *QUOTE_MARKS} or _dash(tokens, k - 1)):
            limit = _clause_end(tokens, mask, k + 1)
            j = k + 1
            if j < limit and tokens[j].text.lower() in words.pronouns:
                so_source = context.pronoun(tokens[j])
            elif (
                j + 1 < limit
                and tokens[j + 1].text.lower() in words.statement_nouns
                and tokens[j].text.lower() in words.possessives
            ):
                continue  # "- so seine Version der Zahlen -": the owner speaks, named as the verb's subject
            elif (phrase := parse_phrase(tokens, j, limit, coordinate=True)) is not None:
                named = _name_after_role(tokens, mask, phrase, _attribute_end(tokens, mask, phrase))
                so_source = context.found(named or phrase, tokens, sentence)  # "so der Sprecher, Jan Roth,"
            continue
        elif (
            (word in words.before and word != "so")
            or word in words.person_before
            or word in words.information
            or word in words.citing
            or word in words.views
        ):
            limit = _clause_end(tokens, mask, k + 1)
            j = k + 1
            article = _held_article(tokens, k) if word in words.information or word in words.views else -1
            if article > 0 and (
                j >= limit
                or tokens[j].text.lower() == "dass"
                or (j + 1 == limit and _participle_between(tokens, j))
            ):
                found = _holder(context, tokens, mask, article, sentence)  # "Die DSW ist der Ansicht, dass …"
                if found is not None and found is not _NONE and (source is None or source.media):
                    source = found
                continue
            if word in words.views:  # "hat den Verdacht bestätigt": no source
                continue
            if article > 0 and _object_view(context, tokens, mask, article):
                continue  # "stützt Patrick Dury die These von Nora Back": whose view is talked about
            if word in words.information and j < limit and tokens[j].text.lower() == "nach" and k > 0:
                found = context.possessor(tokens[k - 1])  # "Seiner Meinung nach"
                if found is not None and (source is None or source.media):
                    source = found
                continue
            information = _information_noun(context, tokens, j, limit) if word in words.before else None
            owned = information is not None and (
                information + 1 < limit and tokens[information + 1].text.lower() in OWNER_OPENERS
            )
            if information is not None and not owned:
                own = _own_source(context, tokens, mask, k, information, information + 1, sentence)
                if own is not None:  # "Israels Armee hat laut eigenen Angaben …": its subject (round 60)
                    source = own if source is None or source.media else source
                    continue
                phrase = parse_phrase(tokens, j, limit)  # "laut ersten Angaben", "laut den Angaben":
                if phrase is None or phrase.end != information + 1:  # the noun phrase itself
                    opening = _skip_articles(tokens, j, information)
                    found = _Found(tokens[opening].start, tokens[information].end, "unregistered", False)
                    if source is None or source.media:
                        source = found
                    continue
            elif information is not None:
                j = information + 1  # "laut Angaben der Polizei", "laut einem Bericht der FAZ": the genitive
            if (
                word in words.before
                and j + 1 < limit
                and tokens[j + 1].text.lower().endswith(words.information_endings)
                and (owner := context.possessor(tokens[j])) is not None
            ):
                source = owner if source is None or source.media else source  # "laut ihrer Presseerklärung"
                continue
            if word in words.citing and j < limit and tokens[j].text.lower() == "auf":
                j += 1
            if j < limit and tokens[j].text.lower() in ("von", "vom"):
                j += 1
            if j < limit and tokens[j].text.lower() not in words.pronouns:
                phrase = parse_phrase(tokens, j, limit, coordinate=True)
                document = parse_phrase(tokens, j, limit, owner=False) if word in words.before else None
                issuer = None if document is None else _page_owner(context, tokens, document, limit, sentence)
                if issuer is not None:  # "laut Presseaussendung der steirischen Polizei"
                    found = issuer
                elif phrase is not None and phrase.start < phrase.stop:
                    owner = None  # "laut einem Artikel der „New York Times“": the medium in the genitive
                    name = tokens[phrase.end + 2 : phrase.end + 3]
                    if _owner_named(context, tokens, mask, phrase.end + 1, name):
                        owner = _quoted_name(tokens, mask, phrase.end, limit, article=True)
                    if owner is None and word in words.person_before and not _named_speaker(context, phrase):
                        continue  # "gemäß dem Dekret", "gemäß ASVG": no source
                    if owner is None:  # "laut dem Präsidenten des Trentino, Ugo Rossi, …"
                        named = _name_after_role(tokens, mask, phrase, _attribute_end(tokens, mask, phrase))
                        phrase = named or phrase
                    found = owner or context.found(phrase, tokens, sentence)
                elif phrase is None:
                    found = _quoted_name(tokens, mask, j, limit) or _web_name(context, tokens[j])
        if found is not None and (source is None or (source.media and not found.media)):
            source = found
    return source, so_source


DASHES: Final = frozenset({"–", "—"})


def _dash(tokens: list[Token], k: int) -> bool:
    """A dash at ``tokens[k]``: "–", "—", or a hyphen with a blank on either side written as one ("Deutschland
    habe - so BSI-Chefin Plattner - in diesen Bereichen …"), not the hyphen of a compound cut short ("Bau- und
    Transportministerium")."""
    return tokens[k].text in DASHES or (
        0 < k < len(tokens) - 1
        and tokens[k].text == "-"
        and tokens[k - 1].end < tokens[k].start
        and tokens[k].end < tokens[k + 1].start
    )


# the article before a view held ("ist der Ansicht", "hegt den Verdacht", "mit dem Argument")
HOLDING: Final = frozenset({"der", "die", "den", "dem"})


def _pronoun_holder(context: _Context, token: Token) -> _Found | None:
    """The person a personal pronoun after the "Für" that opens a sentence refers to ("Für ihn ist klar,
    dass …", "Für sie sei das …"), as "Für den Parteienrechtler X ist das …" names the holder of a view."""
    lower = token.text.lower()
    gender = context.words.object_pronouns.get(lower) or context.words.pronouns.get(lower)
    if gender is None:
        return None
    entity = context.resolve(token.start, gender)
    return context.reached(entity, token.start, token.end) if entity is not None else None


def _holder_in_konjunktiv(context: _Context, tokens: list[Token], phrase: Phrase, base: int) -> bool:
    """Round 40: whether the finite verb after "Für X" (and an apposition set off by commas after X) is in
    the Konjunktiv: "Für Philipp Sander, dem Vorsitzenden des Rings der Landjugend, würden durch die Prämie
    … Betriebe stärker profitieren" reports X's view as "Für X ist …" does."""
    j = phrase.end
    if tokens[j].text == ",":  # the apposition's closing comma, within its clause
        j = next((k + 1 for k in range(j + 1, len(tokens)) if tokens[k].text == ","), len(tokens))
    return (
        j < len(tokens) and bool(context.flags[base + j] & KONJUNKTIV) and not is_capitalised(tokens[j].text)
    )


def _object_view(context: _Context, tokens: list[Token], mask: list[bool], article: int) -> bool:
    """Whether the noun of information whose article is at ``article`` is a phrase of its clause on its
    own, not the object of a preposition ("nach der Ansicht von X", "laut der Darstellung des Ministers")
    and not the clause's start: an object after the verb ("stützt Patrick Dury die These von Nora Back",
    "teilt er die Einschätzung des Verbands"), whose owner is talked about and does not speak here."""
    before = tokens[article - 1].text.lower()
    words = context.words
    return (
        article > _clause_start(tokens, mask, article)
        and before not in words.prepositions
        and before not in words.before
        and before not in words.person_before
    )


def _held_article(tokens: list[Token], k: int) -> int:
    """The index of the article of the view at ``k``, over adjectives ("der gegenteiligen
    Auffassung"), or -1."""
    a = k - 1
    while a > 0 and is_adjective(tokens[a]) and not is_capitalised(tokens[a].text):
        a -= 1
    return a if a >= 0 and tokens[a].text.lower() in HOLDING else -1


def _holder(
    context: _Context, tokens: list[Token], mask: list[bool], article: int, sentence: int
) -> _Found | None:
    """Who holds the view whose article is at ``article``: the subject before the finite verb ("Die
    DSW ist der Ansicht"), or a pronoun after it ("Seit 2013 vertritt er die These")."""
    begin = _clause_start(tokens, mask, article)
    if article - 2 > begin and tokens[article - 1].text.lower() in context.words.pronouns:
        found = context.pronoun(tokens[article - 1])
        if found is not None:
            return found
    return _prefield(context, tokens, mask, begin, article - 1, sentence) if article - 1 > begin else None


GENITIVES: Final = frozenset({"der", "des", "eines", "einer", "seines", "seiner", "ihres", "ihrer"})
# grammar, a genitive determiner or the "von" that stands for a genitive: they open the owner after a noun of
# information or the holder after a point of view ("nach Angaben der Polizei", "aus Sicht von Diess"); apart
# from sources.py's AGENT_PREPOSITIONS on purpose: an owner is a genitive's, an agent's "von" a passive's
OWNER_OPENERS: Final = GENITIVES | {"von", "vom"}


def _information_noun(
    context: _Context, tokens: list[Token], j: int, limit: int, attribute: bool = False
) -> int | None:
    """The index of a noun of information at ``tokens[j]`` after determiners and adjectives ("den
    Angaben", "ersten Angaben", "einem Bericht", "Polizeiangaben"; "laut eignen Angaben", whose "eignen"
    the tagger reads as a verb, round 74); with ``attribute``, also past an extended attribute after the
    article ("hieß es in einer am Sonntag veröffentlichten Erklärung des Präsidialamts", round 84); or
    None."""
    words = context.words
    k = j
    while k < limit - 1 and tokens[k].text.lower() in words.determiners:
        k += 1
    if attribute and k > j:  # "einer am Donnerstag in New York verbreiteten Erklärung": its participle
        k = extended_attribute(tokens, k, limit, words.prepositions | DEFINITE)
    while k < limit - 1 and (
        tokens[k].text.lower() in words.determiners
        or is_adjective(tokens[k])
        or tokens[k].text.lower() in words.own
    ):
        k += 1
    if k >= limit:  # the word before stands last ("… Kritik an der russischen Führung laut"): no noun follows
        return None
    text = tokens[k].text
    if is_capitalised(text) and text.lower().endswith(words.information_endings):
        return k
    return None


def _skip_articles(tokens: list[Token], j: int, stop: int) -> int:
    """The first token from ``j`` on that is no definite article (a speaker's span leaves it out, as
    ``parse_phrase`` does)."""
    while j < stop and tokens[j].text.lower() in DEFINITE:
        j += 1
    return j


def _according_source(
    context: _Context, tokens: list[Token], mask: list[bool], preposition: int, noun: int, sentence: int
) -> _Found | None:
    """The source of "nach <noun of information>" or "aus <point of view>": a name's genitive before the
    noun ("nach Andrejews Worten", "aus Hännis Sicht"), the genitive or "von" phrase after it ("nach
    Schätzungen des Verbandes"), else the noun phrase itself ("nach Polizeiangaben", "Nach einer
    norwegischen Studie"), but never a point of view without its holder."""
    if noun == preposition + 2 and (owner := context.possessor(tokens[preposition + 1])) is not None:
        return owner  # "nach seinen Angaben"
    if noun == preposition + 2 and _name_genitive(tokens, preposition + 1):
        phrase = parse_phrase(tokens, preposition + 1, noun)  # "nach Andrejews Worten": the name's owner
        if phrase is not None and (found := context.found(phrase, tokens, sentence)) is not None:
            return found
    if (own := _own_source(context, tokens, mask, preposition, noun, noun + 1, sentence)) is not None:
        return own
    limit = _clause_end(tokens, mask, noun, compounds=True)  # the owner's name: a genitive, no addressee
    j = noun + 1
    if _named_holder(tokens[noun].text):
        limit = j  # "nach RMV-Angaben von Menschen erworben": the compound names its holder (round 73)
    if j < limit and tokens[j].text.lower() in ("von", "vom"):
        j += 1
    if j < limit and (
        tokens[j].text.lower() in GENITIVES
        or tokens[j - 1].text.lower() == "von"
        or _name_genitive_after(tokens[j].text)
        or _plural_genitive(context.words, tokens[j])
    ):
        phrase = parse_phrase(tokens, j, limit, coordinate=True)
        if phrase is not None:  # "nach Angaben des Sprechers des Ministeriums, Roland Eichhorn, …"
            phrase = _name_after_role(tokens, mask, phrase, _attribute_end(tokens, mask, phrase)) or phrase
            _owner_extent(context.words, tokens, phrase, limit)
        found = context.found(phrase, tokens, sentence) if phrase is not None else None
        if found is None and phrase is None:
            found = _quoted_name(tokens, mask, j, limit, article=True)  # "Nach einem Bericht der „FAZ“"
        if found is not None:
            return found
    if j < limit and tokens[j].text.lower() in context.words.origin_prepositions:
        found = _origin_source(context, tokens, j + 1, limit, sentence)
        if found is not None:
            return found
    if tokens[noun].text.lower() in context.words.perspectives:
        return None  # "aus der Perspektive eines jahrzehntelang tätigen Strafrechtlers": no holder read
    opening = _skip_articles(tokens, preposition + 1, noun)
    return _Found(tokens[opening].start, tokens[noun].end, "unregistered", False)


def _origin_source(
    context: _Context, tokens: list[Token], j: int, limit: int, sentence: int
) -> _Found | None:
    """The source after the "aus" of a noun of information at ``tokens[j]`` (round 74): circles ("nach
    Angaben aus Sicherheitskreisen"), a place that stands for its government ("Angaben aus Moskau"), a
    person or organisation; None for a time or thing ("nach Angaben aus dem Jahr 2015")."""
    phrase = parse_phrase(tokens, j, limit, coordinate=True)
    if phrase is None or phrase.start >= phrase.stop:
        return None
    head = tokens[phrase.end - 1].text.lower()
    if head.endswith(context.words.circles) or head in place_names() or _person_like(context, tokens, phrase):
        return context.found(phrase, tokens, sentence)
    return None


def _attribute_end(tokens: list[Token], mask: list[bool], phrase: Phrase) -> int:
    """Where a role's prepositional attribute ends in a comma ("des Staatssekretärs im Berliner
    Arbeitsministerium, Thorben Albrecht,": the comma before the name, round 60); the phrase's end
    otherwise."""
    k = phrase.end
    if k >= len(tokens) or tokens[k].text.lower() not in speech_words().prepositions:
        return k
    for j in range(k + 1, min(k + ATTRIBUTE_WORDS, len(tokens))):
        if mask[j] or tokens[j].text in SENTENCE_ENDS:
            return k
        if tokens[j].text == ",":
            return j
    return k


ATTRIBUTE_WORDS: Final = 5  # a preposition, an article, an adjective and a noun before the comma


def _name_genitive(tokens: list[Token], k: int) -> bool:
    """A name in the Saxon genitive right before a capitalised noun ("nach Andrejews Worten",
    "nach Müllers Angaben"): a capitalised word in "-s" before a capitalised word of its sentence."""
    text = tokens[k].text
    return (
        k + 1 < len(tokens)
        and len(text) > 3
        and text.endswith("s")
        and not text.endswith("ss")
        and text[:1].isupper()
        and text[1:2].islower()
        and is_capitalised(tokens[k + 1].text)
        and tokens[k + 1].sentence == tokens[k].sentence
    )


def _named_holder(noun: str) -> bool:
    """A noun of information compounded with a capitalised name by a hyphen ("RMV-Angaben",
    "US-Justizangaben", "Pentagon-Angaben"): the name before the hyphen is its holder."""
    head, hyphen, _ = noun.rpartition("-")
    return bool(hyphen) and head[:1].isupper() and not head.isdigit()


def _name_genitive_after(text: str) -> bool:
    """A name's genitive without article after a noun of information ("nach Angaben Moskaus", "nach
    Ansicht Rabmer-Kollers"): capitalised and in "-s"; a capitalised word in another ending is the
    clause's own subject or object ("zeichnen sich nach iranischen Angaben Fortschritte ab", round 73)."""
    return is_capitalised(text) and text.endswith("s") and not text.endswith("ss")


def _owner_extent(words: SpeechWords, tokens: list[Token], phrase: Phrase, limit: int) -> None:
    """Set the owner ``phrase`` after a noun of information to its own genitive plural without article
    ("von Vertretern deutscher Nachrichtendienste"), or cut it before a second ordinary noun it ran into,
    the clause's subject ("nach Angaben von Sicherheitskräften Extremisten aus Libyen"; round 74)."""
    end = phrase.end
    if end + 1 < limit and _plural_genitive(words, tokens[end]) and is_capitalised(tokens[end + 1].text):
        owner = parse_phrase(tokens, end, limit)
        if owner is not None and owner.end > end + 1:
            phrase.end, phrase.stop = owner.end, owner.stop
        return
    nouns = tokens[phrase.first : end]
    if (  # the first a plural's dative after "von", no role before its name ("von Generalmajor Golan")
        len(nouns) == 2
        and all(is_capitalised(t.text) and is_plain_word(t.text) for t in nouns)
        and nouns[0].text.endswith("n")
        and noun_kind(nouns[0].text)[0] != "role"
        and noun_kind(nouns[1].text)[0] == ""
    ):
        phrase.end, phrase.stop = end - 1, nouns[0].end


def _plural_genitive(words: SpeechWords, token: Token) -> bool:
    """An adjective or determiner in -er that opens a genitive plural without article ("nach Angaben
    informierter Kreise", "nach Ansicht einiger Juristen"): the owner of the noun before it."""
    lower = token.text.lower()
    return lower.endswith("er") and (is_adjective(token) or lower[:-1] in words.determiners)


def _web_name(context: _Context, token: Token) -> _Found | None:
    """A web address as a medium that writes ("laut bildblog.de")."""
    if token.kind != "word" or not token.text.lower().endswith(context.words.web_endings):
        return None
    return _Found(token.start, token.end, "unregistered", True)


def _verbs(context: _Context, tokens: list[Token], mask: list[bool]) -> list[int]:
    """The verbs of saying in ``tokens`` (a run of the document's tokens), by index into ``tokens``."""
    if not tokens:
        return []
    base = bisect_left(context.token_starts, tokens[0].start)
    positions = context.verb_positions
    first, stop = bisect_left(positions, base), bisect_left(positions, base + len(tokens))
    if first == stop:  # no verb of saying here (most runs): the tokens are not read
        return []
    # the rules ask again for the same run (a sentence) with the same quotation marks: read once
    known = context.verbs_found.get((base, len(tokens)))
    if known is not None and known[0] == mask:
        return list(known[1])
    unquoted = [t for t, quoted in zip(tokens, mask, strict=True) if not quoted]  # a particle in quotes is
    # the speaker's word: "Er gehe „aus guten Gründen davon aus“, sagte Hörmann" has one verb of saying
    flags, forms = context.flags, None
    found = []
    for i in positions[first:stop]:
        k = i - base
        if mask[k]:
            continue
        if forms is None and not flags[i] & SPEECH:  # a separable verb reads the run's forms: made once
            forms = list(map(str.lower, map(_TEXT, unquoted)))  # for all of them (speed round 24)
        if _is_speech_verb(tokens[k], unquoted, forms) and not _modal_passive(tokens, k):
            found.append(k)
    context.verbs_found[(base, len(tokens))] = (list(mask), tuple(found))
    return found


def _modal_passive(tokens: list[Token], k: int) -> bool:
    """A verb of saying as the infinitive after "sein … zu" ("ein Totalverlust sei zu erwarten", "ist zu
    befürchten"): what is to be expected, said by no one in the clause."""
    return k >= 2 and tokens[k - 1].text == "zu" and tokens[k - 2].lemma == "sein"


def _speaker(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    sentence: int,
    near: int | None = None,
    verbs: list[int] | None = None,
) -> tuple[_Found | None, _Found | None, bool]:
    """(speaker, relay, whether a verb of saying or an attribution was found) in ``tokens``; ``near``
    is a quote's first token, whose nearest verb of saying counts."""
    if verbs is None:
        verbs = _verbs(context, tokens, mask)
    source, so_source = _attribution_sources(context, tokens, mask, sentence)
    subject = None
    said = -1  # the verb whose subject was found
    if verbs:
        inquit = [  # ", sagte X"; not the reported clause's own subject and verb (", er glaube, dass …")
            k
            for k in verbs
            if _clause_start(tokens, mask, k) in (k, k - 1) and not _own_subject_before(context, tokens, k)
        ]
        others = [k for k in verbs if k not in inquit]
        # the inquit of a reported clause or quote after a colon first ("X bezweifelt: A werde …, schreibt
        # er.", "X nennt die Hürden: „…“, berichtet die Kauffrau"); then the inquit nearest the quote, else
        # a verb before it, the first one
        if near is not None:
            inquit.sort(key=lambda k: (not _inquit_after_colon(tokens, mask, k, near), abs(k - near)))
            others.sort(key=lambda k: (k > near, k if k < near else k - near))
        else:
            inquit.sort(key=lambda k: not _inquit_after_colon(tokens, mask, k, k))
        for verb in inquit + others:
            if tokens[verb].lemma.lower() == "zitieren":  # "zitiert die Zeitung X": X speaks
                subject, quoting = _quoted_by(context, tokens, mask, verb, sentence, near)
                source = source or quoting
                if subject is None:  # "X wird von der „Netzeitung“ mit den Worten zitiert"
                    subject = _passive_subject(context, tokens, mask, verb, sentence)
            else:
                subject = _subject(context, tokens, mask, verb, sentence)
            if subject is not None:
                said = verb
                break
        if subject is not None and said in inquit:
            subject = _named_by_introduction(context, tokens, mask, sentence, subject, inquit, said)
    if (
        subject is None
        and source is not None
        and (_relaying_report(context, source) or _relaying_medium(context, tokens, mask, source))
    ):
        opening = _first_subject(context, tokens, 0, len(tokens), sentence)
        if opening is not None and opening.stop <= source.start:
            subject, source = _with_attached(context, tokens, opening), None  # "Facebook hält dem Bericht
            # zufolge … für „realistisch“", "Das Team um Anita Zaidi kam der Meldung zufolge zu dem Schluss"
    elif (
        subject is not None
        and source is not None
        and subject.stop <= source.start
        and _relaying_report(context, source)
    ):  # "Facebook hält dem Bericht zufolge die Studie für „realistisch“": the report relays the subject
        source = None  # of the verb (of assessment here), also a medium's
    order = (so_source, subject, source)
    if (
        subject is not None
        and source is not None
        and not source.media
        and (subject.words is not None or _informed(context, tokens, mask, source, said))
        and not (said >= 0 and _media_report(context, source))
    ):
        order = (so_source, source, subject)  # "Sie vereinbarten nach Angaben des Kreml, …": the source names
    elif (
        subject is not None
        and source is not None
        and not source.media
        and subject.stop <= source.start
        and _cited(context, tokens, source)
        and _reported_after(tokens, mask, source)
    ):
        order = (so_source, source, subject)  # "US-Medien berichteten unter Berufung auf Geheimdienstkreise"
    candidates = [f for f in order if f is not None]
    if not candidates:
        return None, None, bool(verbs)
    speaker = next((f for f in candidates if not f.media), None)
    if speaker is None:  # only a medium: a registered person named beside it speaks ("Xis Wortlaut")
        stated = _medium_states(tokens, mask, candidates[0], verbs)
        beside = None if stated else _registered_beside(context, tokens, mask)
        speaker = beside or candidates[0]
    relay = next((f for f in candidates if f.media and f is not speaker), None)
    if relay is None:  # a medium named beside the speaker relays ("gegenüber „tagesschau.de“")
        relay = _medium_beside(context, tokens, speaker)
    return speaker, relay, True


def _after_fronted_clause(context: _Context, tokens: list[Token], mask: list[bool], begin: int) -> bool:
    """Whether the clause at ``begin`` is the main clause after a subordinate clause that opens the sentence
    ("Als der VZBV … überprüfte, ob …, stellten die Verbraucherschützer fest, dass …"): its verb comes
    first and its subject after it, which any noun phrase with its article may be, as after "Am Montag"."""
    if (
        begin < 2
        or tokens[begin - 1].text != ","
        or tokens[0].text.lower() not in context.words.subordinators
    ):
        return False
    return not any(
        mask[k] or (tokens[k].text in CLAUSE_MARKS and tokens[k].text != ",") for k in range(begin - 1)
    )


def _own_subject_before(context: _Context, tokens: list[Token], k: int) -> bool:
    """Whether the verb at ``tokens[k]`` is a Konjunktiv I after its subject pronoun at the start of a clause
    after a comma ("Teamchef Frederic Vasseur sagte im Dezember, er glaube, dass …"): the reported clause's
    own subject and verb, not an inquit; the subject of the verb of saying before it names the speaker (gold
    convention 4, speaker round 47)."""
    return (
        k > 1
        and tokens[k - 2].text == ","
        and tokens[k - 1].text.lower() in context.words.pronouns
        and konjunktiv_one(tokens[k].text, tokens[k].lemma)
    )


def _reported_after(tokens: list[Token], mask: list[bool], source: _Found) -> bool:
    """Whether the clause that names ``source`` goes on after a comma, with what is reported ("… unter
    Berufung auf Geheimdienstkreise zudem, es habe …"), not the sentence's end of an inquit after it
    (", berichtete das Nachrichtenportal al-Arabiya unter Berufung auf einen Aufständischen.")."""
    end = _clause_end(tokens, mask, _first_at(tokens, source.stop))
    return end < len(tokens) and tokens[end].text == ","


def _cited(context: _Context, tokens: list[Token], source: _Found) -> bool:
    """Whether ``source`` is named by "unter Berufung auf X": X is the source, the verb's subject (a
    medium or not, "US-Medien berichteten unter Berufung auf Geheimdienstkreise") only relays it (gold
    convention 6; round 46)."""
    head = k = _first_at(tokens, source.start)
    while k > 0 and tokens[k - 1].text.lower() in context.words.determiners:
        k -= 1
    if k < 2 or tokens[k - 1].text.lower() != "auf" or tokens[k - 2].text.lower() not in context.words.citing:
        return False
    words = context.words  # papers or research cited name no speaker: the medium states it
    while head < len(tokens) and tokens[head].start < source.stop and not is_capitalised(tokens[head].text):
        head += 1
    noun = tokens[head].text.lower() if head < len(tokens) else ""
    return not noun.endswith(words.information_endings + words.cited_documents)


def _named_by_introduction(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    sentence: int,
    subject: _Found,
    inquit: list[int],
    said: int,
) -> _Found:
    """A role noun with no name as the subject of the inquit after a colon ("Gabi Eutemüller … nennt die
    Hürden: „…“, berichtet die Kauffrau") names the person the colon's introduction names: the span stays
    at the role, the person is the introduction's."""
    if subject.words is not None or subject.entity is None or subject.entity.named:
        return subject
    for verb in inquit:
        if verb < said and any(
            t.text == ":" and not m for t, m in zip(tokens[verb:said], mask[verb:said], strict=True)
        ):
            intro = _subject(context, tokens, mask, verb, sentence)
            if intro is not None and intro.entity is not None and intro.entity.named:
                return replace(subject, words=intro.words or context.doc.text[intro.start : intro.stop])
    return subject


def _inquit_after_colon(tokens: list[Token], mask: list[bool], verb: int, near: int) -> bool:
    """Whether ``verb`` opens an inquit after a comma that closes a clause after an unquoted colon before
    ``near`` (the quote's first token) ("Dagegen bezweifelt Langhoff: Eine Erhöhung werde …, schreibt er."):
    the mention in the reported clause's own sentence, which names its speaker there (gold convention 4),
    not the colon's introduction; not after a quotation of several sentences ("Klemmer unterstrich: „… . …“,
    betonte er."), whose first sentence is the colon's."""
    start = _clause_start(tokens, mask, verb)
    return (
        start == verb
        and 0 < near <= verb
        and tokens[verb - 1].text == ","
        and any(t.text == ":" and not m for t, m in zip(tokens[:near], mask[:near], strict=True))
        and not any(  # a quotation of several sentences opens in the colon's sentence: its subject speaks
            mask[j] and mask[j + 1] and tokens[j].text in ".!?" for j in range(near, verb - 1)
        )
    )


def _medium_states(tokens: list[Token], mask: list[bool], medium: _Found, verbs: list[int]) -> bool:
    """Whether a medium after "laut" (and its article) that is the only source states what its sentence
    says itself: no verb of saying there ("Laut „Washington Post“ hatte Trump bereits 2021 Bondi
    eingesetzt", "Laut dem «Wall Street Journal» beschäftigt sich Trump …"), or none but in the clause
    "wie" opens with the medium in it ("Wie das «Wall Street Journal» berichtet, diskutiert Trump …"), so
    a person named beside it is what it reports on, not its speaker (gold convention 6; rounds 43 and 59);
    not a person's words the medium passes on ("soll Xis Wortlaut dem Fernsehsender CCTV zufolge …")."""
    first = _first_at(tokens, medium.start)
    if verbs:
        return all(_opens_with_wie(tokens, mask, verb, first) for verb in verbs)
    k = first - 1
    while k >= 0 and tokens[k].text in QUOTE_MARKS:
        k -= 1
    if k > 0 and tokens[k].text.lower() in DEFINITE:
        k -= 1
    return k >= 0 and tokens[k].text.lower() == "laut"


def _opens_with_wie(tokens: list[Token], mask: list[bool], verb: int, first: int) -> bool:
    """Whether the verb at ``verb`` ends a clause that "wie" opens and that holds ``tokens[first]``."""
    begin = _clause_start(tokens, mask, verb)
    return tokens[begin].text.lower() == "wie" and begin < first < verb


def _with_attached(context: _Context, tokens: list[Token], found: _Found) -> _Found:
    """``found`` with a name attached after it by a preposition ("Das Team um Anita Zaidi"), as the
    subject before the verb keeps it ("Helmut Peter von der Autohaus-Gruppe")."""
    k = _first_at(tokens, found.stop)
    if k + 1 >= len(tokens) or tokens[k].text.lower() not in context.words.attached:
        return found
    attached = parse_phrase(tokens, k + 1, len(tokens))
    if attached is None or not attached.named or attached.end >= len(tokens):
        return found
    if not tokens[attached.end].text[:1].islower():
        return found
    return replace(found, stop=attached.stop)


def _media_report(context: _Context, source: _Found) -> bool:
    """Whether ``source`` is a report that relays (a noun of ``relaying_information`` or a compound ending
    in one: "Sie erklärte nach israelischen Medienberichten, der Fall werde untersucht"): the subject of
    the verb of saying speaks (gold convention 6, round 46), as after "dem Bericht zufolge"."""
    words = context.doc.text[source.start : source.stop].lower().split()
    return bool(words) and words[-1].endswith(context.words.relaying_information)


def _relaying_medium(context: _Context, tokens: list[Token], mask: list[bool], source: _Found) -> bool:
    """Whether ``source`` (a medium, registered or not) before "zufolge" passes on the words of the
    sentence's subject, quoted after it ("Samsung wird Heise zufolge das Urteil „gründlich prüfen“":
    Samsung speaks, Heise relays; gold convention 6, round 46); not after "laut", where a medium with no
    verb of saying states what it says itself (round 43)."""
    k = _first_at(tokens, source.stop)
    while k < len(tokens) and tokens[k].text in QUOTE_MARKS:
        k += 1
    return (
        k < len(tokens)
        and tokens[k].text.lower() in context.words.after
        and any(mask[j] for j in range(k + 1, _clause_end(tokens, mask, k + 1)))
    )


def _relaying_report(context: _Context, source: _Found) -> bool:
    """Whether ``source`` is the report the text relies on, of no one named ("dem Bericht zufolge",
    "der Meldung zufolge"): it relays what the sentence's subject says, who speaks
    (benchmarks/gold/README.md, convention 6)."""
    if source.media or source.mention is not None or source.words is not None:
        return False
    words = context.doc.text[source.start : source.stop].lower().split()
    before = context.doc.text[max(0, source.start - ROLE_DETERMINER) : source.start].lower().split()
    if len(words) == 2 and _article_kept(context, words[0]):
        before, words = [words[0]], words[1:]  # "prüft nach einer Mitteilung, …" (round 43)
    return (  # the report named before, with its article: not "Medienberichten zufolge"
        len(words) == 1
        and words[0] in context.words.relaying_information
        and (before[-1:] in (["dem"], ["der"]) or _article_kept(context, before[-1] if before else ""))
    )


def _article_kept(context: _Context, word: str) -> bool:
    """Whether ``word``, kept in a source's span before its noun ("einer Mitteilung"), is a determiner
    and no possessive: the article of a report no one is named for."""
    return word in context.words.determiners and word not in context.words.possessives


def _informed(context: _Context, tokens: list[Token], mask: list[bool], source: _Found, verb: int) -> bool:
    """Whether ``source`` is named by a noun of information in the clause of ``verb`` ("Ein US-Soldat
    hat nach Angaben der Justiz …", "Mair rief laut Zeugenaussagen"): the account speaks for the claim,
    not the verb's subject (not "laut Geicke", nor in the clause it reports, nor a medium's report,
    which relays the subject: "Der Experte geht laut dem Bericht des Fachmagazins davon aus")."""
    k = _first_at(tokens, source.start)
    if k == len(tokens) or _clause_end(tokens, mask, min(k, verb)) < max(k, verb):
        return False  # a comma or a sentence's end between them
    words = context.words
    nouns = [token.text.lower() for token in tokens[max(0, k - 2) : k + 1]]
    return any(
        noun.endswith(words.information_endings) and not noun.endswith(words.relaying_information)
        for noun in nouns
    )


def _medium_beside(context: _Context, tokens: list[Token], speaker: _Found) -> _Found | None:
    if not context.media_mentions:
        return None
    start, end = tokens[0].start, tokens[-1].end
    media = [
        m
        for m in context.media_mentions
        if start <= m.start < end and not (speaker.start <= m.start < speaker.stop)
    ]
    media.sort(key=lambda m: m.attrs.get("form") != "name")
    return _Found(media[0].start, media[0].end, media[0].label, True, None, media[0]) if media else None


def _registered_beside(context: _Context, tokens: list[Token], mask: list[bool]) -> _Found | None:
    for token, quoted in zip(tokens, mask, strict=False):
        mention = None if quoted else context.actor_in(token.start, token.end)
        if (
            mention is not None
            and mention.start == token.start
            and context.actors[mention.label].kind != "media"
            and mention.attrs.get("form") != "role"  # "ein Vertrauter des Bundeskanzlers" is no name
        ):
            return _Found(mention.start, mention.end, mention.label, False, None, mention)
    return None


def _passive_subject(
    context: _Context, tokens: list[Token], mask: list[bool], verb: int, sentence: int
) -> _Found | None:
    """The person quoted in "X wird … zitiert" / "In der Meldung wird X wie folgt zitiert": the subject
    of the passive auxiliary before the participle, before or right after it."""
    begin = _clause_start(tokens, mask, verb)
    passive = next((k for k in range(begin, verb) if tokens[k].lemma.lower() == "werden"), None)
    words = context.words
    subordinate = passive is None and begin < verb and tokens[begin].text.lower() in words.subordinators
    if subordinate and verb + 1 < len(tokens) and tokens[verb + 1].lemma.lower() == "werden":
        phrase = parse_phrase(
            tokens, skip_adverbs(tokens, begin + 1, verb), verb
        )  # "wie X von Y zitiert wird"
        return context.found(phrase, tokens, sentence) if phrase is not None else None
    if passive is None and begin == verb:  # "„…“, wird Mike Downey, Technical Product Manager, zitiert"
        passive = _passive_before_apposition(tokens, mask, begin)
        return None if passive is None else _after(context, tokens, mask, passive + 1, sentence)
    if passive is None:
        return None
    if begin == passive and begin > 0 and tokens[begin - 1].text == ",":
        found = _subject_before_comma(context, tokens, mask, begin, sentence)  # "X, Y, wird … zitiert"
        if found is None and begin > 1 and tokens[begin - 2].text in QUOTE_MARKS:
            found = _after(context, tokens, mask, passive + 1, sentence)  # "„…“, wird X zitiert"
        return found
    found = _prefield(context, tokens, mask, begin, passive, sentence)
    if found is None:
        found = _after(context, tokens, mask, passive + 1, sentence)
    return None if found is _NONE else found


def _passive_before_apposition(tokens: list[Token], mask: list[bool], begin: int) -> int | None:
    """The passive auxiliary opening the clause two commas before ``begin`` when a quotation's comma
    comes before it ("„…“, wird X, Rolle, zitiert": the auxiliary, the name, its apposition)."""
    if begin < 2 or tokens[begin - 1].text != ",":
        return None
    apposition = _clause_start(tokens, mask, begin - 1)
    if apposition < 2 or tokens[apposition - 1].text != ",":
        return None
    start = _clause_start(tokens, mask, apposition - 1)
    if start < 2 or tokens[start - 1].text != "," or tokens[start - 2].text not in QUOTE_MARKS:
        return None
    return start if tokens[start].lemma.lower() == "werden" else None


def _quoted_by(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    verb: int,
    sentence: int,
    near: int | None = None,
) -> tuple[_Found | None, _Found | None]:
    """(speaker, relay) of "zitiert „tagesspiegel.de“ Berlin" / "zitiert die Zeitung den Minister";
    ``near`` is the quotation's first token (a purpose clause "um X zu zitieren" speaks only after it)."""
    j, relay, words = verb + 1, None, context.words
    if (
        near is not None
        and near > verb
        and (purpose := _purpose_object(context, tokens, mask, verb, sentence)) is not None
    ):
        return purpose, None
    while (
        j < len(tokens) and tokens[j].text in words.non_speakers and tokens[j].text not in words.determiners
    ):
        j += 1  # "zitierte man Yolanda Alvarez", "zitiert dazu Néstor Kirchner": no one, the person follows
    if j + 1 < len(tokens) and tokens[j].text.lower() in DEFINITE and tokens[j + 1].text in QUOTE_MARKS:
        j += 1  # "zitiert die „Computerwoche“ Lynch"
    if j < len(tokens) and tokens[j].text in QUOTE_MARKS:
        k = j + 1
        while k < len(tokens) and mask[k]:
            k += 1
        if k > j + 1:
            relay = _Found(tokens[j + 1].start, tokens[k - 1].end, "unregistered", True)
        j = k + 1
    if relay is None and j < len(tokens) and (web := _web_name(context, tokens[j])) is not None:
        relay, j = web, j + 1  # "zitiert ndr.de Polizeisprecher Ralf Meyer"
    limit = _clause_end(tokens, mask, j)
    phrase = parse_phrase(tokens, j, limit)
    found = context.found(phrase, tokens, sentence) if phrase is not None else None
    if found is not None and found.media and phrase is not None:
        relay = found
        named = _surname_after_medium(context, tokens, phrase)
        if named is not None:  # "zitierte die Nachrichtenagentur TASR Fico": the medium's name, then his
            return named, _Found(found.start, tokens[phrase.end - 2].end, found.actor, True)
        phrase = parse_phrase(tokens, phrase.end, limit)
        found = context.found(phrase, tokens, sentence) if phrase is not None else None
    elif found is not None and phrase is not None:
        quoted = _quoted_object(context, tokens, phrase.end, limit, sentence)
        if quoted is not None:  # "zitiert CNN die Analystin X", "zitierte Sport Bild einen Vertrauten"
            relay, found = found, quoted
    return found, relay


def _purpose_object(
    context: _Context, tokens: list[Token], mask: list[bool], verb: int, sentence: int
) -> _Found | None:
    """The object of "zitieren" in a purpose clause "um X zu zitieren" before a quotation ("alles andere,
    um den Mann meiner Mutter zu zitieren, sei „…“", "da hier, um noch einmal die Autorin zu zitieren,
    „…“ wird"): the writer borrows X's words, so X speaks, with its genitive (round 76); else None."""
    if verb < 3 or tokens[verb - 1].text != "zu":
        return None
    begin = _clause_start(tokens, mask, verb)
    if tokens[begin].text.lower() not in context.words.purpose_conjunctions:
        return None
    for k in range(begin + 1, verb - 1):  # past adverbs ("um noch einmal die Autorin zu zitieren")
        if mask[k] or not (
            tokens[k].text.lower() in context.words.determiners or is_capitalised(tokens[k].text)
        ):
            continue
        phrase = parse_phrase(tokens, k, verb - 1)
        if phrase is None or phrase.end == verb - 1:
            return None if phrase is None else context.found(phrase, tokens, sentence)
        return _Found(phrase.start, tokens[verb - 2].end, "unregistered", False)  # not the anaphor "Mann"
    return None


def _surname_after_medium(context: _Context, tokens: list[Token], phrase: Phrase) -> _Found | None:
    """The person a medium's phrase after "zitieren" ends with: a surname named before, right after the
    medium's own capitalised name ("die Nachrichtenagentur TASR Fico", Fico named before), which the
    phrase took as one name (round 76); not the medium's own last word, never written before the phrase
    without the word before it ("die Zeitung La Repubblica den Regierungschef", round 87); else None."""
    last = phrase.end - 1
    if (
        last - phrase.first < 2
        or not is_capitalised(tokens[last - 1].text)
        or noun_kind(tokens[last].text)[0]  # not "die Süddeutsche Zeitung": a media noun ends the name
        or noun_kind(tokens[last - 1].text)[0]  # not "der Sender CNN": the medium's name after its noun
        or context.is_surname(tokens[last - 1].text)
        or not context.is_surname(tokens[last].text, tokens[last].start)
    ):
        return None
    text, start = context.doc.text, tokens[phrase.first].start
    if (
        text.find(tokens[last].text, 0, start) < 0
        or text.find(f"{tokens[last - 1].text} {tokens[last].text}", 0, start) >= 0
    ):
        return None
    return _Found(tokens[last].start, tokens[last].end, "unregistered", False)


def _quoted_object(
    context: _Context, tokens: list[Token], end: int, limit: int, sentence: int
) -> _Found | None:
    """The object of "zitieren" after its subject ends at ``end`` (past adverbs and a time phrase): a
    noun phrase opened by a determiner ("zitiert CNN die Analystin Margaret Yang", "zitierte die Sun am
    Montag eine interne Quelle") or a name after an adverb ("zitierte der Daily Star nun Readings
    Interpretation"), whose words the quotation are; the subject before it only relays them (round 76)."""
    k = skip_adverbs(tokens, end, limit)
    if k >= limit or not (
        tokens[k].text.lower() in context.words.determiners or (k > end and is_capitalised(tokens[k].text))
    ):
        return None
    phrase = parse_phrase(tokens, k, limit)
    return context.found(phrase, tokens, sentence) if phrase is not None else None


def annotate(doc: Doc, resources: Resources = FILES) -> list[Span]:
    """The family's spans (quotes, speakers, actors); the quotes themselves go to ``doc.quotes``."""
    context = _Context(doc, resources)
    doc.quotes = find_quotes(context)
    return _spans(context, doc.quotes)


def find_quotes(context: _Context) -> list[Quote]:
    """Every quote of the document in text order, read sentence by sentence: quotations with their
    speakers first, then reported speech; ``state`` carries the last speaker from one to the next."""
    doc, state = context.doc, _State()
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for start, end in context.regions:
        by_sentence.setdefault(context.sentence_of(start), []).append((start, end))
    quotes: list[Quote] = []
    reading = _Reading()
    for number in range(len(doc.sentences)):
        _follow_mention(context, state, number)
        quoted = _quotations(context, state, reading, number, by_sentence.get(number, []))
        quotes += quoted
        reported = _reported_speech(context, state, reading, number)
        taken = {(q.start, q.end) for q in quoted}  # the clause before a quotation, read again beside it
        quotes += [  # ("Die Ampel werde ergänzt, sagt Söder, „von grün … auf dunkelrot“"): one quote
            q  # "heißt es im Volksmund"; "„Dialog statt Belehrung“, lautet sein Motto." (round 97)
            for q in reported
            if (q.start, q.end) not in taken
            and not _saying_quoted(context, q)
            and not (q.speaker and _names_title(q.speaker))
        ]
    answers = _interview_answers(context)
    if answers:  # each answer is the interviewee's, whatever the sentences inside it seemed to be, the
        # first one too, whose sentence opens at the answer's label ("Nguyen: Wenn wir …, sehe ich …")
        quotes = [q for q in quotes if not any(_answer_turn(a) <= q.start < a.end for a in answers)]
        quotes += _typed_by_lead(quotes, answers)
    return _finished(context, quotes)


# a label at a paragraph's or a sentence's start: one to four capitalised words and a colon ("STANDARD: ",
# "Peter Kaiser: "); 10kGNAD keeps no paragraph breaks, so after a sentence's end and a space too
INTERVIEW_LABEL: Final = re.compile(
    r"(?:^|(?<=[.?!…\"“”»«)] ))[ \t]*([A-ZÄÖÜ][\w'’.-]*(?: [A-ZÄÖÜ][\w'’-]*){0,3}):[ \t]+", re.MULTILINE
)
Label = tuple[int, int, int, str]  # an interview label: its start, its name's end, its turn's start, its side
INTERVIEW_TURNS: Final = 2  # questions, and answers after one, that make a text an interview
# the author and date after the last answer ("(Maria Sterkl, 19.10.2015)"): not the interviewee's words
BYLINE_END: Final = re.compile(r"\s*\([^()]*\d{4}\)\s*$")


def _byline_start(text: str) -> int:
    """Where the byline in brackets that ends ``text`` opens ("… (Interview: Anna Berger, 24.3.2016)"), else
    its length: the text before it, stripped, is ``BYLINE_END.sub("", text)``'s. Such a byline holds no
    bracket, so it opens at the last "(" or nowhere; the pattern is tried there, not at every position of the
    text (speed round 39)."""
    paren = text.rfind("(")
    return paren if paren >= 0 and BYLINE_END.match(text, paren) else len(text)


def _interview_labels(text: str) -> list[re.Match[str]]:
    """``INTERVIEW_LABEL.finditer(text)``'s matches, each searched for only just before a colon that a
    space or tab follows, from where its name may start (``_label_reach``; the pattern tried at every
    position of a text with four colons cost it 1.8 million instructions: speed round 37). A label holds
    no colon, so each colon ends at most one, searched for from the previous label's end on."""
    labels = []
    done = 0
    for colon in _LABEL_COLON.finditer(text):
        match = INTERVIEW_LABEL.search(text, max(_label_reach(text, colon.start()), done), colon.end())
        if match is not None:
            labels.append(match)
            done = match.end()
    return labels


_LABEL_COLON: Final = re.compile(r":[ \t]+")


def _label_reach(text: str, colon: int) -> int:
    """The first position an ``INTERVIEW_LABEL`` ending at ``colon`` may start from: back over the name, at
    most four runs of its characters (``[\\w'’.-]``) joined by single spaces, then over spaces and tabs."""
    at = colon
    runs = 1
    while True:
        while at and _in_name(text[at - 1]):
            at -= 1
        if runs == 4 or at < 2 or text[at - 1] != " " or not _in_name(text[at - 2]):
            break
        at -= 1
        runs += 1
    while at and text[at - 1] in " \t":
        at -= 1
    return at


def _in_name(char: str) -> bool:
    return char.isalnum() or char in "_'’.-"


def _interview_answers(context: _Context) -> list[Quote]:
    """An interview's answers as direct quotes of the interviewee (speaker round 62; gold README, "The
    interview set"): labels at paragraph or sentence starts alternate between questions (a label of
    ``interview_questions``, "STANDARD:", "Frage:", or the one name whose turns end in "?") and
    answers (a name the text introduces: "Peter Kaiser: …", then "Kaiser: …"), at least INTERVIEW_TURNS
    questions each followed by an answer. Each answer runs to the next label of either side; its speaker
    span is the label's name. Other labels ("Fazit:", "Antwort:", "Ein Beispiel:") are neither."""
    text, words = context.doc.text, context.words
    if text.count(":") < 2 * INTERVIEW_TURNS:
        return []
    labels: list[Label] = []
    unknown: list[Label] = []  # one word the text never introduced: an answer only right after questions
    introductions: dict[str, int | None] = {}  # per surname, where the text first introduces it
    for match in _interview_labels(text):
        name = match.group(1)
        if name.lower() in words.interview_questions:
            labels.append((match.start(1), match.end(1), match.end(), "?"))
        elif name.isupper():
            continue  # a topic in capitals ("SCHULISCHE NACHMITTAGSBETREUUNG: 13 Prozent …")
        elif _introduced_name(context, name, match.end(1), introductions):
            labels.append((match.start(1), match.end(1), match.end(), name.split()[-1]))
        elif " " not in name and len(name) > 1 and noun_kind(name)[0] in ("", "given"):
            unknown.append((match.start(1), match.end(1), match.end(), name))
    # "STANDARD: …? Hofer: …" in a text (a teaser without its title) that never gave his full name
    if unknown:
        answering = {name for name in {label[3] for label in unknown} if _answers(labels, unknown, name)}
        labels = sorted(labels + [label for label in unknown if label[3] in answering])
    ends = [start for start, *_ in labels[1:]] + [len(text)]
    sides = {side for *_, side in labels}
    if "?" not in sides:  # an interviewer's name: the one whose turns mostly end in a question mark
        asking = [side for side in sides if _asks(text, labels, ends, side)]
        if len(asking) != 1:
            return []
        labels = [(*label[:3], "?" if label[3] == asking[0] else label[3]) for label in labels]
    turns = sum(one[3] == "?" and other[3] != "?" for one, other in pairwise(labels))
    if turns < INTERVIEW_TURNS:
        return []
    tokens, answers = context.doc.tokens, []
    for (start, stop, begin, side), end in zip(labels, ends, strict=True):
        if side == "?":
            continue
        end = len(text[: end if end < len(text) else _byline_start(text)].rstrip())
        if end <= begin:
            continue
        first = bisect.bisect_left(context.token_starts, start)
        last = bisect.bisect_left(context.token_starts, stop)
        phrase = parse_phrase(tokens, first, last)
        found = context.found(phrase, tokens, context.sentence_of(start)) if phrase is not None else None
        if found is None or (found.start, found.stop) != (start, stop):
            found = _Found(start, stop, "unregistered", False)
        answers.append(_quote(context, begin, end, "direct", found, None))
    return answers


def _answer_turn(answer: Quote) -> int:
    """Where an interview answer's turn opens: at its label ("Nguyen: "), its speaker span, before the
    answer's words."""
    return answer.start if answer.speaker_start is None else min(answer.start, answer.speaker_start)


def _typed_by_lead(quotes: list[Quote], answers: list[Quote]) -> list[Quote]:
    """The answers, those of no type or `other` typed by the lead's speaker where the lead names that speaker
    by a role alone ("Diesmal führe kein Weg … vorbei, sagt Kärntens Landeshauptmann. STANDARD: …? Peter
    Kaiser: …"): an interview's teaser introduces its interviewee."""
    first = min(a.speaker_start or a.start for a in answers)
    lead = [q for q in quotes if q.end <= first]
    teaser = lead[-1] if lead else None  # the lead's last quotation
    if teaser is None or teaser.speaker is None or teaser.source_type in (None, "other"):
        return answers
    if noun_kind(teaser.speaker.split()[-1])[0] != "role":
        return answers
    return [
        replace(a, source_type=teaser.source_type, party=teaser.party, source_cue=teaser.source_cue)
        if a.source_type in (None, "other")
        else a
        for a in answers
    ]


def _answers(labels: list[Label], unknown: list[Label], name: str) -> bool:
    """Whether a label the text never introduced stands right after a question label at least INTERVIEW_TURNS
    times and never elsewhere: an interviewee whom the text names only by the label."""
    ordered = sorted(labels + [label for label in unknown if label[3] == name])
    after = [one[3] == "?" for one, other in pairwise(ordered) if other[3] == name]
    return len(after) >= INTERVIEW_TURNS and all(after) and ordered[0][3] != name


def _asks(text: str, labels: list[Label], ends: list[int], side: str) -> bool:
    """Whether at least half the turns under one label end in a question mark (an interviewer's name)."""
    turns = [
        text[begin:end].rstrip() for (*_, begin, own), end in zip(labels, ends, strict=True) if own == side
    ]
    return 2 * sum(turn.endswith("?") for turn in turns) >= len(turns)


def _introduced_name(context: _Context, name: str, end: int, introductions: dict[str, int | None]) -> bool:
    """Whether a label's last word is a name the text introduced up to the label (``end``, its name's end):
    ``_introduction``, looked up once per surname and text in ``introductions``."""
    surname = name.split()[-1]
    if surname not in introductions:
        introductions[surname] = _introduction(context, surname)
    at = introductions[surname]
    return at is not None and at <= end


def _introduction(context: _Context, surname: str) -> int | None:
    """The end of the text's first mention of ``surname`` as a name: after a word that is a given name or no
    ordinary one ("Juan Carlos Monedero", "Peter Kaiser: "), not after a determiner, a pronoun or a noun
    ("Das Fazit", "Mein Fazit", "Ein Beispiel"); None where there is none or the surname is a noun."""
    if noun_kind(surname)[0] not in ("", "given"):
        return None
    words, text = context.words, context.doc.text
    for start, space, end in _after_words(text, surname):
        before = text[start:space]
        lower = before.lower()
        if (
            lower not in words.determiners
            and lower not in words.possessives
            and lower not in words.pronouns
            and noun_kind(before)[0] in ("", "given")
        ):
            return end
    return None


def _after_words(text: str, name: str) -> list[tuple[int, int, int]]:
    """What ``re.finditer(r"([A-ZÄÖÜ][\\w'’-]*) " + re.escape(name) + r"\\b", text)`` finds, as its group's
    start and end and the match's end, without a pattern compiled for each name (in ``re``'s Python code:
    speed round 37): each occurrence of a space and ``name`` that a word boundary ends, after the leftmost
    capital letter of the run of word characters, apostrophes and hyphens before it, from the previous
    match's end on."""
    found = []
    done = 0
    target = " " + name
    at = text.find(target)
    while at != -1:
        end = at + len(target)
        if _boundary(text, end):
            start = at
            while start > done and _in_word(text[start - 1]):
                start -= 1
            while start < at and text[start] not in _CAPITALS:
                start += 1
            if start < at:
                found.append((start, at, end))
                done = end
        at = text.find(target, at + 1)
    return found


_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


def _boundary(text: str, at: int) -> bool:
    """``\\b`` at ``at``: a word character on one side of it only (``re``'s word characters: letters,
    digits, the underscore)."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


@dataclass
class _Reading:
    """Where the reading of a text stands beyond the last speaker: the last sentence a quotation
    taken as speech reaches into, and a Konjunktiv I sentence waiting for the next one's speaker."""

    quoted_until: int = -1
    pending: int | None = None
    quoted_by: _Found | None = None  # the speaker of the last quotation taken


def _quotations(
    context: _Context, state: _State, reading: _Reading, number: int, regions: list[tuple[int, int]]
) -> list[Quote]:
    """The quotations of sentence ``number`` with their speakers, and the reported speech a verb of
    saying before a quotation introduces ("Es sei eine Frage der Zeit, sagt X: „…“")."""
    if not regions:  # no quotation in the sentence (most): nothing to read (speed round 45)
        return []
    sentence = context.doc.sentences[number]
    quotes: list[Quote] = []
    before = colon = None
    opening = _introduced_region(context, regions)  # the quotation the reported speech goes on to
    if regions and number > reading.quoted_until and number in context.reporting:
        before = _reported_before_quote(context, number, regions[opening][0])
        if before is None:
            colon = _konjunktiv_before_colon(context, state, number, regions[opening][0])
    sibling: tuple[_Found, int] | None = None  # the speaker and end of the sentence's last quotation
    ended = -1  # the end of the last quotation taken as speech or as a medium's name
    for index, (start, end) in enumerate(regions):
        result = _quote_speaker(context, start, end, state, sibling)
        if index >= opening:  # not at a name in quotation marks before it ("für „Digitale Transformation“")
            if before is not None and result is not None:
                quotes.append(_quote(context, sentence.start, *before))
                state.spoke(before[2], number)
            if colon is not None and result is not None and result[1] is not None:
                colon_end, near = colon
                if near or _goes_on_to(context, state, number, end, result[1]):
                    quote = _quote(context, sentence.start, colon_end, "indirect", result[1], result[2])
                    quotes.append(quote)
            before = colon = None
        if result is None:
            continue
        label, speaker, relay, last = result
        if any(found is not None and (found.start, found.stop) == (start, end) for found in (speaker, relay)):
            continue  # the source's own name in quotation marks ("laut „Computerwoche“"): no quote
        if speaker is not None and _names_title(context.doc.text[speaker.start : speaker.stop]):
            continue  # "Der Titel der Sendung lautete: „…“", "Ihr Spitzname lautet „Mutti“": no speech
        # a medium's name in quotation marks ("sagte Ramelow der „Welt“", "laut „dts Nachrichtenagentur“")
        # is no one's words: no quote of its own, but the speaker its sentence names is read as before
        # so is the name of the body a speaker belongs to ("Ousman Noor von "Stop Killer Robots" sagt: …")
        # and a title named as a place or means ("verwebt in „Die Anleitungen der Vorfahren“", round 102)
        named = (
            names_medium(context.doc.text[start:end])
            or _affiliation_name(context, start, end, speaker)
            or _preposition_title(context, start, end)
        )
        if not named:
            quotes.append(_quote(context, start, end, label, speaker, relay))
        ended = end
        sibling = (speaker, end) if speaker is not None and last == number else None
        state.spoke(speaker, last)
        reading.quoted_until, reading.quoted_by = max(reading.quoted_until, last), speaker
    if regions and ended == regions[-1][1] and reading.quoted_by is not None:
        after = _reported_after_inquit(context, context.sentence_of(regions[-1][1]), regions[-1][1])
        if after is not None:  # "„…“, sagte Yücel mit einem Augenzwinkern, dann müsse das gewürdigt werden."
            quotes.append(_quote(context, *after, "indirect", reading.quoted_by, None))
    return quotes


COLON_WINDOW: Final = 8  # characters before a quotation read for the colon that introduces it


def _introduced_region(context: _Context, regions: list[tuple[int, int]]) -> int:
    """The index of the quotation a colon introduces in a sentence whose quotations before it are short
    names ("Seine Kollegin Ruth Betz, bei Funke verantwortlich für „Digitale Transformation“, erklärt, dass
    …: „…“"; "Wie Sprecher Stefan Gobbin erklärte, wollte sich „D.Live“ darum kümmern, dass …: „…“"), so
    that the reported speech before the colon goes on to it; else 0, the first quotation."""
    text = context.doc.text
    for index, (start, _) in enumerate(regions):
        if text[max(0, start - COLON_WINDOW) : start].rstrip(' „“”"»«‚‘’').endswith(":"):
            names = all(
                is_capitalised(text[a:b].lstrip())
                and len(text[a:b].split()) <= QUOTED_NAME_WORDS
                and not _opens_with_inquit(context, a, b)
                for a, b in regions[:index]
            )
            return index if names else 0
    return 0


def _opens_with_inquit(context: _Context, start: int, end: int) -> bool:
    """Whether the quotation from ``start`` to ``end`` opens its sentence and a comma and a verb of saying
    follow it („Gut“, sagte sie und fügte hinzu: „…“): a short quotation with its inquit, no name
    (round 149)."""
    tokens = context.doc.tokens
    opening = bisect_left(context.token_starts, start) - 1
    closing = bisect_left(context.token_starts, end)
    return opening == context.doc.sentences[context.sentence_of(start)].first_token and _comma_inquit_after(
        tokens, closing
    )


def _comma_inquit_after(tokens: list[Token], closing: int) -> bool:
    """Whether a comma and a verb of saying follow the closing mark ``tokens[closing]`` („…“, sagte sie):
    the quotation has its inquit (rounds 149, 153)."""
    return (
        closing + 2 < len(tokens)
        and tokens[closing + 1].text == ","
        and _is_speech_verb(tokens[closing + 2], tokens[closing + 2 : closing + 12])
    )


def _reported_after_inquit(context: _Context, number: int, end: int) -> tuple[int, int] | None:
    """(start, end) of Konjunktiv I speech that goes on after the inquit of the quotation ending at
    ``end`` in the same sentence, set off by a comma ("„…“, sagte Yücel mit einem Augenzwinkern, dann
    müsse das auch gewürdigt werden."), or None."""
    tokens, mask = context.tokens_of(number, number)
    offset = context.doc.sentences[number].first_token
    closing = bisect_left(context.token_starts, end) - offset  # the closing quotation mark
    verb = closing + 2
    if verb >= len(tokens) or tokens[closing + 1].text != "," or not _is_speech_verb(tokens[verb], tokens):
        return None
    comma = _clause_end(tokens, mask, verb + 1)
    stop = len(tokens) - (tokens[-1].text in ".!?")
    second = _second_verb_clause(context, tokens, mask, verb + 1, comma, stop)
    if second is not None:  # "„…“, führte Webhofer aus und schickte vorweg, dass …"
        return second
    if comma + 1 >= stop or tokens[comma].text != "," or any(mask[comma:stop]):
        return None
    if tokens[comma + 1].text.lower() in context.words.relative_pronouns:
        return None  # "„…“, sagte der Minister, der heute in Berlin sei": of the speaker, not his
    if not _any_in(context.konjunktiv_positions, offset + comma + 1, offset + stop):
        return None
    return tokens[comma + 1].start, tokens[stop - 1].end


def _second_verb_clause(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, comma: int, stop: int
) -> tuple[int, int] | None:
    """(start, end) of the clause with "dass" after a second verb of saying coordinated in an inquit
    ("„…“, führte Webhofer aus und schickte vorweg, dass alle … abgesagt wurden."): the inquit's speaker
    says it too; nothing quoted in it."""
    joint = next(
        (k for k in range(begin, comma - 1) if not mask[k] and tokens[k].text.lower() == "und"), None
    )
    if (
        joint is None
        or not _is_speech_verb(tokens[joint + 1], tokens)
        or comma + 1 >= stop
        or tokens[comma].text != ","
        or tokens[comma + 1].text.lower() not in context.words.clause
        or any(mask[comma:stop])
    ):
        return None
    return tokens[comma + 1].start, tokens[stop - 1].end


def _reported_speech(context: _Context, state: _State, reading: _Reading, number: int) -> list[Quote]:
    """Sentence ``number`` as a block quote or as reported speech, with its speaker (and the
    Konjunktiv I sentence before it that waited for one); nothing inside a quotation."""
    doc = context.doc
    sentence = doc.sentences[number]
    # a teaser is the first sentence, a block quotation opens after a colon: the others are not asked
    teaser = _teaser(context, number) if number == 0 and number > reading.quoted_until else None
    if teaser is not None:
        return [teaser]
    colon_before = number in context.after_colon and number > reading.quoted_until  # (speed round 45)
    introduced = _colon_block_speaker(context, state, number) if colon_before else None
    if introduced is not None:
        state.spoke(introduced, number - 1)  # "Die FN nimmt dazu wie folgt Stellung: ¶ Die Beschlüsse …"
    if colon_before and _block_quote(context, state, number):
        own = _own_inquit(context, state, number)
        speaker = own or state.speaker
        last = number if own is not None else _block_end(context, number)  # "…, so der Kremlchef.": reported
        quote = _quote(context, sentence.start, doc.sentences[last].end, "direct", speaker, None)
        state.spoke(speaker, last)
        reading.quoted_until = max(reading.quoted_until, last)
        return [quote]
    if number == reading.quoted_until and number in context.reporting:
        beside = _beside_quotations(context, number)  # "Er halte … für vertretbar und nannte sie „maßvoll“"
        if beside is not None:
            quoted = reading.quoted_by  # the speaker of its quotations: the reported speech is theirs
            speaker, relay = _reported(context, state, number)
            if speaker is not None and quoted is not None and _same_speaker(speaker, quoted):
                state.spoke(speaker, number)
                return [_quote(context, *beside, "indirect", speaker, relay)]
    if number > reading.quoted_until and _continues_in_shared_form(context, state, number):
        assert state.speaker is not None  # "…, betonte Müller. Es sei an der Zeit, …. Dazu gehörten auch
        tokens, mask = context.tokens_of(number, number)  # … Systeme …. Am Ende könne derjenige …"
        speaker = _in_place(context, tokens, mask, state.speaker)
        return _whole_sentence(context, state, reading, number, speaker, "indirect")
    if (
        number > reading.quoted_until
        and number not in context.reporting
        and _unmarked_speech(context, state, number)
    ):
        # "…, meinte Kreissl. Wir haben …"
        return _whole_sentence(context, state, reading, number, state.speaker, "direct")
    if number > reading.quoted_until and number not in context.reporting:
        voiced = _colon_voice(context, number)
        if voiced is not None:  # "Bürgermeister Kurt Fischer sieht strukturelle Gründe …: Wir haben …"
            return _colon_voiced(context, reading, number, voiced)
    if number <= reading.quoted_until or number not in context.reporting:
        reading.pending = None
        speaking = _same_paragraph(context, state, number)
        topic = (  # a subject no list knows only where no speech goes on from the sentence before
            _announced(
                context, number, any_verb=True, speaking=speaking, unlisted=state.sentence < number - 1
            )
            if number > reading.quoted_until
            else None
        )
        if topic is None and speaking and number > reading.quoted_until:
            topic = _named_again(context, state, number)
        if topic is not None:
            state.spoke(topic, number)  # "ROG gibt keine Entwarnung. Die Situation sei weltweit …"
            state.topic = number
        return []
    quotes: list[Quote] = []
    speaker, relay = _reported(context, state, number)
    if speaker is state.speaker and state.topic == number - 1 and _conditional_only(context, number):
        return []  # "Die Ministerin sollte … bringen. Gefragt wäre …": the author's conditional, no speech
    if speaker is None and _unmarked_speech(context, state, number):  # "…, sagt Butterfill. Ich war …"
        return _whole_sentence(context, state, reading, number, state.speaker, "direct")
    voiced = _colon_voice(context, number) if speaker is None else None
    if voiced is not None:  # "Für Fink ist dies aber Schnee von gestern: Für uns ist …"
        return _colon_voiced(context, reading, number, voiced)
    if speaker is not None:
        # "Hier berichtet er jede Woche von …", "Jeden Morgen informieren wir Sie …": the writer speaks, no
        # quote; its speaker is read as before for the sentences after it
        writer = _writer_speaks(context, number)
        if (
            not writer
            and reading.pending == number - 1
            and _is_person(context, speaker)
            and _attributed(context, number)
        ):
            first = doc.sentences[reading.pending]
            quotes.append(_quote(context, first.start, first.end, "indirect", speaker, relay))
        if not writer and not _writers_question(context, number) and not _narrated_saying(context, number):
            quotes.append(_quote(context, sentence.start, sentence.end, "indirect", speaker, relay))
        state.spoke(state.speaker if _cited_within(context, state, speaker, number) else speaker, number)
        reading.pending = None
    elif _any_in(context.konjunktiv_positions, sentence.first_token, sentence.end_token):
        reading.pending = number
    elif (announced := _announced(context, number)) is not None:
        state.spoke(announced, number)  # "Die Kriminalpolizei bittet um Mithilfe. Der Mann sei …"
    claim = _owned_claim(context, number)
    if claim is not None:  # "Auf den Vorwurf der CDU, es handele sich um …, entgegnete X, dass …"
        quotes = _split_claim(context, quotes, claim, sentence.end_token)
    return quotes


def _teaser(context: _Context, number: int) -> Quote | None:
    """An agency text's teaser (``_teaser_line``) "X: …" with no quotation in it ("Davies:
    Ziel sei, dass …", "Polizei: Inhaftierte wollten …"; gold README, 10kGNAD's unmarked direct speech), as
    the reported speech of the speaker X names before the colon (``_colon_opening``, ``_person_like``), not
    an interview's question label ("STANDARD:", "Frage:"); else None."""
    if not _teaser_line(context, number):
        return None
    tokens, mask = context.tokens_of(number, number)
    opened = _colon_opening(tokens, mask, _sentence_first(context, tokens, number), len(tokens))
    if opened is None:
        return None
    phrase, colon = opened
    if not _person_like(context, tokens, phrase):
        return None
    speaker = context.found(phrase, tokens, number)
    if (
        speaker is None
        or context.doc.text[speaker.start : speaker.stop].lower() in context.words.interview_questions
    ):
        return None
    return _quote(
        context, tokens[colon + 1].start, context.doc.sentences[number].end, "indirect", speaker, None
    )


def _teaser_line(context: _Context, number: int) -> bool:
    """Whether sentence ``number`` is the teaser of an agency text: the text's first sentence, the one
    after it opening with a dateline (``_dateline_end``: "Innsbruck – Tirols FPÖ-Chef …", "Berlin/Brüssel –
    …"; 10kGNAD's articles), not a headline run into its text."""
    if number != 0 or len(context.doc.sentences) < 2:
        return False
    tokens, _ = context.tokens_of(1, 1)
    return _dateline_end(tokens, 0, len(tokens)) > 0


def _unmarked_speech(context: _Context, state: _State, number: int) -> bool:
    """Whether sentence ``number`` goes on in the last speaker's own voice where the text marks no
    direct speech at all (the corpora that strip quotation marks, 10kGNAD: "Das sei ein Erfolg, sagte
    Stöger. Wir haben das gemeinsam geschafft."): the speaker spoke in the sentence right before, in the
    same paragraph (named: no pronoun that refers to no one, no phrase that names no one), and this one has
    a subject pronoun of the first person ("ich", "wir"), no verb of saying but one next to that pronoun
    ("Wir fordern …", "Ich bin überzeugt, dass …"; not an inquit of its own: "…, erklärte der Sprecher"),
    no question mark and no colon (a label of its own, "Neisser: Ich war …", or another speaker's
    introduction), and no quotation starts after the text's first sentence (its heading)."""
    last = state.speaker
    if last is None or state.sentence != number - 1 or number < 2:
        return False
    if _names_no_one(context, last) or (
        last.words is None and context.doc.text[last.start : last.stop].lower() in context.words.pronouns
    ):
        return False  # "Haben Sie damals …?", "laut Statistik": no one
    sentences = context.doc.sentences
    if "\n" in context.doc.text[sentences[number - 1].end : sentences[number].start]:
        return False
    if context.regions and context.regions[-1][0] >= sentences[1].start:
        return False
    first, stop = sentences[number].first_token, sentences[number].end_token
    tokens = context.doc.tokens[first:stop]
    first_person = context.words.first_person
    own = [k for k, t in enumerate(tokens) if t.text.lower() in first_person]
    return (
        bool(own)
        and not any(t.text in ("?", ":") for t in tokens)
        and all(any(abs(k - verb) <= 2 for k in own) for verb in _speech_verbs_in(context, first, stop))
    )


def _whole_sentence(
    context: _Context, state: _State, reading: _Reading, number: int, speaker: _Found | None, label: str
) -> list[Quote]:
    """Sentence ``number`` as one quote of ``speaker``, who spoke there last: indirect speech going on in a
    shared form (``_continues_in_shared_form``), direct speech going on unmarked (``_unmarked_speech``)."""
    state.spoke(speaker, number)
    reading.pending = None
    sentence = context.doc.sentences[number]
    return [_quote(context, sentence.start, sentence.end, label, speaker, None)]


def _colon_voiced(
    context: _Context, reading: _Reading, number: int, voiced: tuple[int, _Found]
) -> list[Quote]:
    """The direct speech ``_colon_voice`` found in sentence ``number``, from its colon to the sentence's end.
    Its speaker is not taken as the last speaker: what follows with no cue of its own goes on with the
    one before ("… sieht es pragmatisch: Prävention ist nicht in unserer DNA. Tatsächlich gibt es …")."""
    reading.pending = None
    return [_quote(context, voiced[0], context.doc.sentences[number].end, "direct", voiced[1], None)]


def _colon_voice(context: _Context, number: int) -> tuple[int, _Found] | None:
    """(start, speaker) of unmarked direct speech a colon sets off in sentence ``number`` after a main
    clause that names its speaker with no verb of saying ("Bürgermeister Kurt Fischer (VP) sieht strukturelle
    Gründe …: Wir haben keine leerstehenden Ferienheime."; 10kGNAD strips quotation marks): the text marks no
    direct speech (as for ``_unmarked_speech``), the part after the one colon speaks in the first person
    (``first_person``, ``own_voice``: the subject's own voice) and asks nothing, and the clause before it
    names a person or body (read as ``_colon_block_speaker`` reads a block quotation's introduction, and past
    it: "für X", an apposition, an inverted subject); else None."""
    sentences = context.doc.sentences
    if number < 1 or (context.regions and context.regions[-1][0] >= sentences[1].start):
        return None
    if context.doc.text.find(":", sentences[number].start, sentences[number].end) < 0:
        return None  # most sentences: no token list made (nor a copy of their text: speed round 45)
    tokens, mask = context.tokens_of(number, number)
    colons = [k for k, token in enumerate(tokens) if token.text == ":"]
    if any(mask) or len(colons) != 1 or any(token.text == "?" for token in tokens):
        return None  # a label of its own after the colon ("User 00039 fragt: Stefan Brändle: …")
    colon, first = colons[0], _sentence_first(context, tokens, number)
    words = context.words
    if (
        colon - first < 2
        or colon + 2 >= len(tokens)
        or not is_capitalised(tokens[colon + 1].text)
        or tokens[first].text.lower() in words.subordinators  # "Falls Ihnen das bekannt vorkommt: Wir …"
        or not any(
            t.text.lower() in words.first_person or t.text.lower() in words.own_voice for t in tokens[colon:]
        )
    ):
        return None
    found = _colon_holder(context, tokens[first : colon + 1], mask[first : colon + 1], number)
    return None if found is None else (tokens[colon + 1].start, found)


def _verb_first_holder(
    context: _Context, tokens: list[Token], mask: list[bool], mark: int, number: int
) -> _Found | None:
    """``_quotation_holder`` of the clause that ends with the colon before a quotation (its opening mark at
    ``mark``), whose verb no subject was found for; where that clause opens with its verb after a comma,
    the subject after the verb of a main clause a subordinate clause opens ("Dass die Eltern …, glaubt
    die Kabarettistin nicht: „…“") or the subject that opens the sentence and the verb before shares
    ("Eckardt ist mit Mützenich auf einer Linie, verteidigt allerdings …: „…“")."""
    begin = _clause_start(tokens, mask, mark - 1)
    found = _quotation_holder(context, tokens, mask, begin, mark, number)
    if found is not None or begin < 2 or not tokens[begin].text[:1].islower():
        return found
    if _after_fronted_clause(context, tokens, mask, begin):
        found = _after(context, tokens, mask, begin + 1, number, lenient=True)
    else:
        found = _first_subject(
            context, tokens, _sentence_first(context, tokens, number), begin, number, strict=True
        )
    return found if found is not None and (_is_person(context, found) or found.words is not None) else None


def _quotation_holder(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, mark: int, number: int
) -> _Found | None:
    """``_colon_holder`` of the clause ``begin``..``mark`` that ends with the colon before a quotation's
    opening mark (at ``mark``): not a clause that reports the last speaker's words in the Konjunktiv ("Er
    sehe darin eine Chance für zeitgemäße Prävention: „…“"), not one a subordinator opens ("Wie gering
    die Chancen für einen Sieg Nadeschdins gesehen werden, lässt sich … ablesen: „…“") and not one that
    refers to its speaker by a pronoun, which the last speaker's chain reads ("… hält er für sinnvoll – mit
    klaren Einschränkungen: „…“"): the clause names its speaker."""
    offset, words = context.doc.sentences[number].first_token, context.words
    if (
        mark - begin < 3
        or tokens[begin].text.lower() in words.subordinators
        or any(not mask[k] and tokens[k].text.lower() in words.pronouns for k in range(begin, mark))
        or any(
            not mask[i - offset]
            for i in _positions_in(context.konjunktiv_positions, offset + begin, offset + mark)
        )
    ):
        return None
    return _colon_holder(context, tokens[begin:mark], mask[begin:mark], number)


def _colon_holder(context: _Context, head: list[Token], held: list[bool], number: int) -> _Found | None:
    """The person or body a clause ending in a colon (``head``, the colon its last token) names as the
    speaker of what the colon sets off, read as a block quotation's introduction is and past it: a verb of
    saying's subject, "für X", the subject that opens the clause, an apposition, an inverted subject;
    None where it names none ("Es war heuer im Jänner und bitterkalt: Ich glaubte, …")."""
    colon = len(head) - 1
    speaker, _, said = _speaker(context, head, held, number, near=colon)
    readings = (
        lambda: speaker if said else None,
        lambda: _for_holder(context, head, number),  # before the subject: "Die Conclusio für X:"
        lambda: _first_subject(context, head, 0, colon, number, strict=True),
        lambda: _clause_holder(context, head, held, number),
    )
    for read in readings:  # the first that names a person or body
        found = read()
        if found is not None and (_is_person(context, found) or found.words is not None):
            return found
    return None


def _own_inquit(context: _Context, state: _State, number: int) -> _Found | None:
    """The last speaker's mention in the block quotation's own sentence ("…, warnte er: ¶ Ein
    Informationskrieg sei im Gange, so der Kremlchef."): the span moves there (gold convention 4);
    only the same person, so that a block quotation never changes hands."""
    if number not in context.reporting or state.speaker is None:
        return None
    speaker, relay = _reported(context, state, number)
    sentence = context.doc.sentences[number]
    if (
        speaker is None
        or relay is not None
        or speaker is state.speaker
        or not sentence.start <= speaker.start < sentence.end
        or not (_same_speaker(speaker, state.speaker) or _same_actor(speaker, state.speaker))
    ):
        return None
    if speaker.words is None and speaker.entity is not state.speaker.entity:  # "Kremlchef": still Putin
        last = state.speaker
        speaker = replace(speaker, words=last.words or context.doc.text[last.start : last.stop])
    return speaker


def _same_actor(one: _Found, other: _Found) -> bool:
    """Two mentions of one registered actor ("Wladimir Putin", "der Kremlchef")."""
    return one.actor == other.actor and one.actor not in ("unregistered", "")


def _continues_in_shared_form(context: _Context, state: _State, number: int) -> bool:
    """Whether sentence ``number``, which holds no sure sign of reported speech, goes on with the last
    speaker in a form the Konjunktiv II shares with the indicative or the author's conditional (the weak
    past "gehörten", "starteten", "sollten", the strong past "verließen", "würde"): only with a further
    cue on both sides, as the speaker spoke in the sentence before in the same paragraph (or before the
    headings between), and the sentence opens with a connective of argument ("Außerdem", "Deshalb": the
    ``connectives`` list) or has one right after the shared form ("Die Exoten kosteten daher …", where the
    subject opening the sentence is no sign of the author's) or the one after it goes on in the Konjunktiv
    I, or its main clause opens with a modal's shared form after the speaker's Konjunktiv
    (``_modal_after_konjunktiv``), or it stands between two statements of the speaker
    (``_between_statements``); with no quotation, no first person, no pronoun that refers to the speaker
    and no person or body as its subject."""
    sentences = context.doc.sentences
    if (
        number in context.reporting
        or state.speaker is None
        or state.sentence < 0
        or _between(context, state, number) != []
        or (state.sentence == number - 1 and sentences[number - 1].paragraph != sentences[number].paragraph)
        or _quoted_in(context, sentences[number])
    ):
        return False
    tokens, mask = context.tokens_of(number, number)
    words = context.words
    shared = [  # a shared form is written in lower case: the others are not asked (speed round 35), and
        k  # ends in "-te", "-en" or is listed (``_shared_form``'s forms): the others neither (round 45)
        for k, t in enumerate(tokens)
        if not mask[k]
        and t.text[:1].islower()
        and (t.text.endswith(SHARED_FORM_ENDS) or t.text in words.shared)
        and _shared_form(words, t)
        and not _attributive(tokens, k)
    ]
    if not shared:  # no shared form, no continuation (the test below says so too): its cues are not read
        return False  # (speed round 45)
    after = (
        bool(shared)
        and shared[0] + 1 < len(tokens)
        and tokens[shared[0] + 1].text.lower() in words.connectives
    )
    plural = _plural_after_konjunktiv(context, state, number, tokens, shared)
    if (
        tokens[0].text.lower() not in words.connectives
        and not after
        and not plural
        and not _konjunktiv_goes_on(context, number)
        and not _modal_after_konjunktiv(context, state, number, tokens, mask, shared)
        and not _between_statements(context, state, number)
    ):  # neither "Außerdem eroberten sie …", a Konjunktiv I sentence after it nor "Bis 2020 sollten es …"
        return False
    if any(t.text.lower() in words.first_person for t in tokens):
        return False  # "Aber wir können es schaffen": unmarked speech of its own, not read here
    if not shared:
        return False
    pronoun = _subject_pronoun(context, tokens, mask) or _inverted_pronoun(context, tokens, mask, number)
    if (
        pronoun is not None
        and _refers_to(pronoun, state.speaker)
        and not (
            pronoun.entity is not None
            and _plural_for_one(
                context, tokens[shared[0]], context.doc.text[pronoun.start : pronoun.stop], pronoun.entity
            )
        )
    ):
        return False  # "Dabei inszenierte er sich als …": the author tells of the person in the past
    opening = tokens[0].text.lower()
    if not after and not plural and opening in words.determiners and opening not in words.generic_quantifiers:
        phrase = parse_phrase(tokens, 0, len(tokens), coordinate=True)
        if phrase is not None and phrase.end in shared:
            return (
                False  # "Die Proteste weiteten sich … aus": the author tells of a thing of the sentence's own
            )
    context.collect(number)
    entities = {entity.start: entity for entity in context.entities.items}
    if any(  # "Am Abend besuchte der Bürgermeister die Unfallstelle.": a person or body after the verb
        tokens[j].start in entities and not _group(context, entities[tokens[j].start])
        for k in shared
        for j in range(k + 1, min(k + 3, len(tokens)))
    ):
        return False
    return all(  # "Der Vorstand der Sparkasse Köln startete …": a person or body before it
        found is None or (found.words is None and found.entity is not None and _group(context, found.entity))
        for found in (
            _first_subject(context, tokens, 0, len(tokens), number, strict=True),
            _after_finite(context, tokens, 0, len(tokens), number),
        )
    )


def _plural_after_konjunktiv(
    context: _Context, state: _State, number: int, tokens: list[Token], shared: list[int]
) -> bool:
    """Whether sentence ``number`` goes on with the speaker of the sentence right before, which holds his
    Konjunktiv I, in a plural shared form that is the first verb of its main clause ("Sie beobachte noch
    keine Normalisierung. Die Endverbraucher kauften … mehr als bisher."): the third person plural is where
    reported speech takes the Konjunktiv II, its Konjunktiv I being the indicative. Only where the sentence
    before holds a Konjunktiv I proper (not "hätte", "könnte") and the sentence after in the paragraph
    tells in no past of its own ("…, beschreibt er", not "In der vergangenen Woche marschierten …": the
    author's narrative); not after a comma (a clause of the author's), not in a question, not where a
    separable verb's particle closes the clause (``_particle_closes``)."""
    sentences = context.doc.sentences
    before = sentences[number - 1]
    if (
        not shared
        or state.sentence != number - 1
        or not tokens[shared[0]].text.endswith("en")
        or any(t.text in {",", ":"} for t in tokens[: shared[0]])
        or any(t.text == "?" for t in tokens)
        or _particle_closes(context.words, tokens, shared[0])
    ):
        return False
    doc_tokens = context.doc.tokens
    first_person = context.words.first_person
    if any(doc_tokens[k].text.lower() in first_person for k in range(before.first_token, before.end_token)):
        return False  # "Dann schieße ich dir …": the first person's present, no Konjunktiv I
    if not any(
        doc_tokens[k].text == "seien" or konjunktiv_one(doc_tokens[k].text, doc_tokens[k].lemma)
        for k in range(before.first_token, before.end_token)
        if context.flags[k] & KONJUNKTIV
    ):
        return False
    if number + 1 < len(sentences) and sentences[number + 1].paragraph == sentences[number].paragraph:
        after, _ = context.tokens_of(number + 1, number + 1)
        offset = sentences[number + 1].first_token
        return not any(  # "…, sagte Fischer": an inquit's past is no narrative
            (_shared_form(context.words, t) or _past_plural(t))
            and not _attributive(after, k)
            and not context.flags[offset + k] & SPEECH
            for k, t in enumerate(after)
        )
    return True


def _particle_closes(words: SpeechWords, tokens: list[Token], verb: int) -> bool:
    """Whether the clause of the finite ``tokens[verb]`` ends in the particle of a separable verb ("Die
    Proteste weiteten sich am Wochenende auf andere Regionen aus.", "Mehr als 400 Polizisten schritten
    ein, um …"): an event the author tells, not the state a speaker reports."""
    end = next((k for k in range(verb + 1, len(tokens)) if tokens[k].kind == "punct"), len(tokens))
    return end - 1 > verb and tokens[end - 1].text in words.zu_particles


# the inseparable prefixes, before which a strong participle takes no "ge-" ("betroffen", "verloren")
INSEPARABLE_PREFIXES: Final = ("be", "emp", "ent", "er", "miss", "ver", "zer")


def _past_plural(token: Token) -> bool:
    """Whether ``token`` is a past plural whose stem is not the infinitive's ("kamen", "wurden",
    "hatten") or a weak one whose stem ends in "t" the lemmatizer took for its participle in "-et"
    ("verrotteten" of "verrottet"): the indicative of the author's narrative, not a participle ("gegangen",
    "betroffen") or an inflected word of the infinitive's stem ("offenen")."""
    text, lemma = token.text, token.lemma.lower()
    if text[:1].islower() and lemma.endswith("et") and text == lemma + "en":
        return True
    return (
        text[:1].islower()
        and text.endswith("en")
        and lemma.endswith("en")
        and not text.startswith(lemma[:-2])
        and not text.startswith(INSEPARABLE_PREFIXES)
        and not is_participle(text)
    )


def _modal_after_konjunktiv(
    context: _Context, state: _State, number: int, tokens: list[Token], mask: list[bool], shared: list[int]
) -> bool:
    """Whether sentence ``number`` goes on with the speaker of the sentence right before, which holds a
    Konjunktiv, in a shared form of the ``shared_modals`` list ("würde", "sollte") that opens its main clause:
    before any comma ("…, sagte Siemens-Chef Joe Kaeser. Bis 2020 sollten es mehr als 200.000 sein."), or
    right after a subordinate clause that opens the sentence ("Wenn man das Geld bezahlt, würde man …");
    not inside a clause after the main one ("Seine Ankündigung, er würde …, hat er … abgeschwächt", "Nicht
    auszudenken, was passiert, sollte Sisto …": the author's), not in a question ("Was sollte Deutschland
    anders machen?", an interviewer's or a heading's)."""
    before = context.doc.sentences[number - 1]
    if (
        state.sentence != number - 1
        or not _any_in(context.konjunktiv_positions, before.first_token, before.end_token)
        or any(t.text == "?" for t in tokens)
    ):
        return False
    modals = context.words.shared_modals
    return any(
        tokens[k].text in modals
        and (all(t.text != "," for t in tokens[:k]) or _after_fronted_clause(context, tokens, mask, k))
        for k in shared
    )


def _plural_for_one(context: _Context, verb: Token, pronoun: str, entity: Entity) -> bool:
    """Whether ``pronoun``, the subject of the plural ``verb``, is a "sie" resolved to ``entity``, which
    names one ("„Die Russen wollen das Fass nicht zum Überlaufen bringen.“ Sonst gefährdeten sie …" after
    Hänni): the plural "sie" is whom the speaker talks about, not the speaker."""
    return (
        verb.text.endswith("en")
        and pronoun.lower() == "sie"
        and referent_number(context.doc.text, entity) != "pl"
    )


def _group(context: _Context, entity: Entity) -> bool:
    """Whether ``entity`` is a group named by no name, only by a plural noun ("Zugleich zahlten die Bürger
    bereits hohe Steuern."): whom the speaker talks about, not a person or body the author tells of."""
    return not entity.named and entity.actor is None and referent_number(context.doc.text, entity) == "pl"


def _attributive(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a participle inflected before its noun ("von arabisch dominierten
    Kindergärten"), not the finite weak past it is written like."""
    return is_adjective(tokens[k]) and k + 1 < len(tokens) and is_capitalised(tokens[k + 1].text)


def _refers_to(pronoun: _Found, speaker: _Found) -> bool:
    """Whether the subject ``pronoun`` refers to ``speaker`` ("Dabei inszenierte er sich …" after Morales
    spoke: the author tells of him), or to no one known; not where it refers to someone the speaker talks
    about ("…, sagte Lawrow. Außerdem eroberten sie [the terror groups] Chemieanlagen …")."""
    return pronoun.entity is None or speaker.entity is None or pronoun.entity is speaker.entity


def _konjunktiv_next(context: _Context, number: int) -> Sentence | None:
    """The sentence after ``number`` where it goes on in the Konjunktiv I in the same paragraph, with no
    quotation; else None."""
    sentences = context.doc.sentences
    if (
        number + 1 >= len(sentences)
        or sentences[number].paragraph != sentences[number + 1].paragraph
        or _quoted_in(context, sentences[number + 1])
        or not _konjunktiv_one_after(context, number)
    ):
        return None
    return sentences[number + 1]


def _has_speech_verb(context: _Context, sentence: Sentence) -> bool:
    """Whether ``sentence`` holds a verb of saying of its own (a token flagged ``SPEECH``)."""
    return any(context.flags[k] & SPEECH for k in range(sentence.first_token, sentence.end_token))


def _konjunktiv_goes_on(context: _Context, number: int) -> bool:
    """Whether the sentence after ``number`` goes on in the Konjunktiv I in the same paragraph, with no
    quotation and no verb of saying of its own."""
    after = _konjunktiv_next(context, number)
    # "…, erklärte die israelische Armee": the Konjunktiv I after it has its own speaker
    return after is not None and not _has_speech_verb(context, after)


def _between_statements(context: _Context, state: _State, number: int) -> bool:
    """Whether sentence ``number`` stands between two statements of one speaker: the last speaker spoke in
    the sentence right before, and the sentence after it in the same paragraph, with no quotation, reports
    that speaker again in the Konjunktiv I with an inquit of its own ("„2G beim Einkaufen bringt uns … nicht
    weiter“, betonte er. Die aktuellen Regelungen schreckten Kunden ab …. Die Bändchenregelung müsse …
    zugelassen werden, forderte er."): the shared form between them is that speaker's too."""
    last = state.speaker
    if last is None or state.sentence != number - 1:
        return False
    after = _konjunktiv_next(context, number)
    if after is None or not _has_speech_verb(context, after):
        return False  # no inquit of its own: ``_konjunktiv_goes_on``
    speaker, _ = _reported(context, state, number + 1)
    return speaker is not None and speaker is not last and _same_speaker(speaker, last)


# the endings every form ``_shared_form`` reads but the listed ones has: the weak past ("-te", "-ten", also
# after an "e") and the strong past plural ("-en")
SHARED_FORM_ENDS: Final = (*WEAK_PAST_ENDINGS, "en")


def _shared_form(words: SpeechWords, token: Token) -> bool:
    """Whether ``token`` is a verb form the Konjunktiv II shares with the indicative, the weak past
    ("gehörten", "starteten", "eroberten"), or a form of the ``shared`` list ("würde"); not the plural
    that is also the infinitive ("haben", "gelingen"), which no form tells from the infinitive after a
    modal."""
    text, lemma = token.text, token.lemma.lower()
    if not text[:1].islower() or not is_plain_word(text):
        return False
    if text in words.shared:
        return True
    stem = lemma[:-1] if lemma.endswith(("ern", "eln")) else lemma[:-2] if lemma.endswith("en") else ""
    if len(stem) < 2:
        return False
    rest = text[len(stem) :] if text.startswith(stem) else ""  # "gehörten", "starteten"
    return rest.removeprefix("e") in WEAK_PAST_ENDINGS or _strong_past_plural(text, lemma)


# a strong past stem with one takes the umlaut in the Konjunktiv II
UMLAUT_VOWELS: Final = frozenset("aouäöü")


def _strong_past_plural(text: str, lemma: str) -> bool:
    """Whether ``text`` is the past plural of the strong verb ``lemma`` whose stem has no vowel that takes
    the umlaut ("verließen", "erhielten", "gingen", "blieben"): its Konjunktiv II is written the same,
    while "kamen" (Konjunktiv II "kämen") is the indicative only. Not the infinitive or the present
    ("verlassen"), a participle ("geschrieben") or an inflected adjective ("eigenen" of "eigen")."""
    return (
        text.endswith("en")
        and lemma.endswith("en")
        and text != lemma
        and not text.startswith(lemma)
        and not UMLAUT_VOWELS.intersection(text)
        and not is_participle(text)
    )


def _split_claim(
    context: _Context, quotes: list[Quote], claim: tuple[int, int, _Found], stop: int
) -> list[Quote]:
    """``quotes`` of a sentence with the owner's claim (start, end, owner) as a quote of its own: a quote
    over the claim goes on after it where a Konjunktiv follows (the rest of the sentence's reported
    speech, its own speaker's), else gives way to it."""
    begin, end, owner = claim
    after = _first_token_at(context, end)
    if after < len(context.token_starts) and context.doc.text[end : end + 1] == ",":
        after += 1  # the comma that closes the claim
    goes_on = after < stop and _any_in(context.konjunktiv_positions, after, stop)
    kept = []
    for quote in quotes:
        if quote.start <= begin and quote.end >= end:
            if not goes_on or quote.end <= context.token_starts[after]:
                continue
            quote = replace(quote, start=context.token_starts[after])
        kept.append(quote)
    return sorted([*kept, _quote(context, begin, end, "indirect", owner, None)], key=lambda q: q.start)


def _first_token_at(context: _Context, offset: int) -> int:
    """The index in the document of the first token that starts at or after ``offset``."""
    return bisect_left(context.token_starts, offset)


def _owned_claim(context: _Context, number: int) -> tuple[int, int, _Found] | None:
    """(start, end, owner) of a clause in the Konjunktiv that gives the content of a claim noun with its
    owner in the genitive or after "von", set off by commas ("Auf den Vorwurf der CDU, es handele sich um
    einen „sozialistischen Antrag“, entgegnete …"; "Die Einwendung des Anwalts, die Verfügung sei
    rechtswidrig erlassen worden, ließ das OLG nicht gelten"): the owner says it, whoever speaks the rest
    of the sentence."""
    sentence = context.doc.sentences[number]
    if not _any_in(context.konjunktiv_positions, sentence.first_token, sentence.end_token):
        return None  # the claim's content is in the Konjunktiv: most sentences are not read at all
    words = context.words
    nouns = words.statement_nouns | words.claim_nouns
    keys = context.doc.token_keys()[sentence.first_token : sentence.end_token]
    if nouns.isdisjoint(map(_FORM, keys)):
        return None  # no noun of a claim or statement (most sentences): the tokens are not read one by one
    tokens, mask = context.tokens_of(number, number)
    offset = sentence.first_token
    for k in range(len(tokens) - 3):
        if mask[k] or tokens[k].text.lower() not in nouns or not is_capitalised(tokens[k].text):
            continue
        link = tokens[k + 1].text.lower()
        if link not in ("der", "des", "von", "vom"):
            continue
        owner = parse_phrase(tokens, k + 1 + (link in ("von", "vom")), len(tokens))
        if owner is None or owner.end + 1 >= len(tokens) or tokens[owner.end].text != ",":
            continue
        if mask[owner.end] or not _person_like(context, tokens, owner):
            continue
        if not (
            owner.kinds & SPEAKER_KINDS
            or context.actor_in(owner.start, owner.stop) is not None
            or sum(is_capitalised(t.text) for t in tokens[owner.first : owner.end]) > 1
            or any(_acronym(t.text) for t in tokens[owner.first : owner.end])
        ):
            continue  # a person or body, not one word no list knows ("Den Vorwurf der Klientelpolitik")
        begin = owner.end + 1
        if _relative_at(tokens, begin):
            continue  # "der Vorwurf der CDU, die …": a relative clause about the owner (not "die Verfügung")
        end = _clause_end(tokens, mask, begin)
        if end <= begin + 1 or mask[begin]:
            continue
        if not any(context.flags[offset + j] & KONJUNKTIV for j in range(begin, end)):
            continue
        found = context.found(owner, tokens, number)
        if found is not None:
            return tokens[begin].start, tokens[end - 1].end, found
    return None


def _same_speaker(one: _Found, other: _Found) -> bool:
    return (one.start, one.stop) == (other.start, other.stop) or (
        one.entity is not None and one.entity is other.entity
    )


def _beside_quotations(context: _Context, number: int) -> tuple[int, int] | None:
    """The reported speech of sentence ``number`` beside its partial quotations: the longest run of
    clauses with Konjunktiv I and no quotation ("Er halte die Verlängerung für vertretbar und bezeichnete
    die Erweiterung als „maßvoll“"; not "Von der Leyen betonte, die Frauen seien „gut geeignet“": the
    quotation is in the clause reported), when every quotation lies inside the sentence and none opens
    it; where one opens it (or began before it), only after a colon that follows its inquit ("„…“,
    sagte Krapp und fügte hinzu: Es seien hier die gleichen Abwehrreaktionen sichtbar geworden")."""
    sentence, text = context.doc.sentences[number], context.doc.text
    inside = [(a, b) for a, b in context.regions if a < sentence.end and b > sentence.start]
    names = [(a, b) for a, b in inside if names_medium(text[a:b])]  # "auf »Fox News«": a name, no quotation
    if (
        not inside
        or any(b > sentence.end for _, b in inside)
        or any(a < sentence.start for a, _ in inside[1:])
    ):
        return None
    opened = inside[0][0] < sentence.start or not text[sentence.start : inside[0][0]].strip(' „“”"»«‚‘’')
    if any(text[:a].rstrip(' „"»‚').endswith(":") for a, _ in inside) or any(
        not text[sentence.start : a].strip(' „“”"»«‚‘’') for a, _ in inside[1:]
    ):
        return None  # a direct quotation: what is said is in the marks
    tokens, mask = context.tokens_of(number, number)
    if opened:  # "„…“, sagte Krapp und fügte hinzu: Es seien hier die gleichen Abwehrreaktionen …"
        colon = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].text == ":"), -1)
        if colon < 0 or tokens[colon].start < inside[-1][1]:
            return None  # a direct quotation and its inquit: what is said is in the marks
        tokens, mask = tokens[colon + 1 :], mask[colon + 1 :]
    # the tokens of a medium's name and its marks, read as the sentence's own words
    named = {k for k, t in enumerate(tokens) if any(a - 1 <= t.start <= b for a, b in names)}
    clauses: list[list[int]] = [[]]  # token indexes, split at boundaries and coordinators
    for k, token in enumerate(tokens):
        if not mask[k] and (_is_boundary(token, False) or token.text.lower() in context.words.coordinators):
            clauses.append([])
        else:
            clauses[-1].append(k)
    best, run = None, []
    for clause in [*clauses, []]:
        words = [k for k in clause if tokens[k].kind == "word" and tokens[k].text not in QUOTE_MARKS]
        reported = (
            words
            and not any((mask[k] or tokens[k].text in QUOTE_MARKS) and k not in named for k in clause)
            and any(token_flags(tokens[k].text, tokens[k].lemma) & KONJUNKTIV for k in words)
        )
        if reported:
            run += words
            continue
        if run and (best is None or tokens[run[-1]].end - tokens[run[0]].start > best[1] - best[0]):
            best = (tokens[run[0]].start, tokens[run[-1]].end)
        run = []
    return best


def _cited_within(context: _Context, state: _State, speaker: _Found, number: int) -> bool:
    """Whether ``speaker`` is a document cited in Konjunktiv inside the last speaker's speech ("Bis
    2042 würden laut Marktprognosen … ausgeliefert" after a CEO's): the person goes on speaking."""
    last, sentence = state.speaker, context.doc.sentences[number]
    if last is None or last.entity is None or last.media or number - state.sentence > 1:
        return False
    if speaker.mention is not None or speaker.words is not None or speaker.entity is None:
        return False
    head = context.doc.text[speaker.start : speaker.stop].split()[-1].lower()
    return head.endswith(context.words.information_endings) and _any_in(
        context.konjunktiv_positions, sentence.first_token, sentence.end_token
    )


def _finished(context: _Context, quotes: list[Quote]) -> list[Quote]:
    """Quotes in text order, without a relaying medium's name taken as a quote ("zitiert die
    „Computerwoche“ X"), and with the lead's speaker for a headline quote."""
    relays = {q.via for q in quotes if q.via}
    kept = sorted(
        (q for q in quotes if context.doc.text[q.start : q.end] not in relays), key=lambda q: q.start
    )
    kept = _closed_by_das_sagte(context, kept)
    kept = [_headline(context, q) if q.speaker is None and q.start < HEADLINE_END else q for q in kept]
    return _listed(context.doc.text, _pooled(kept), context.doc.article.date)


# the types a person noun gives that a state office held beats ("Physikerin", "Frau": round 147)
PERSON_NOUN_TYPES: Final = frozenset({"expert", "citizen"})


def _listed(text: str, quotes: list[Quote], date: str | None = None) -> list[Quote]:
    """The quotes whose speaker nothing in the text types (``other`` without a cue, after pooling) typed
    by the list of politicians where the article names that speaker in full (``listed_politician``, src47):
    "sagte Glawischnig" after "Eva Glawischnig" is ``parliament``. A cue from the text is never overridden
    but a party alone by a listed head of government ("Markus Söder (CSU)" is ``government``, round 129) or
    a federal minister in office at the article's ``date`` ("Jens Spahn (CDU)" in 2020, round 132), and a
    party office by a federal minister or head of a Land in office then ("CSU-Chef Markus Söder" in 2020,
    round 139), and a training or private person's noun by a state office then held ("Physikerin Angela
    Merkel", "Frau Dreyer": round 147)."""
    typed: list[Quote] = []
    for q in quotes:
        untyped = q.source_type is None or (q.source_type == "other" and not q.source_cue)
        found = Source("parliament", q.party, q.source_cue)
        by_party = q.source_type == "parliament" and party_alone(found)
        by_office = bool(date) and q.source_type == "parliament" and party_office(found)
        by_noun = q.source_type in PERSON_NOUN_TYPES and bool(q.source_cue)
        listed = (
            listed_politician(q.speaker, text, by_party, date, by_office, by_noun)
            if q.speaker and (untyped or by_party or by_office or by_noun)
            else None
        )
        if listed is not None and (untyped or listed.type == "government"):
            q = replace(q, source_type=listed.type, source_cue=listed.cue)
        typed.append(q)
    return typed


def _pooled(quotes: list[Quote]) -> list[Quote]:
    """The quotes with the mentions of one speaker pooled (``pooled_sources``): "sagt Lambert" takes the
    type of "erklärt Ernährungsberaterin und Autorin Rhiannon Lambert" before it (src34)."""
    given = [
        (q.speaker, Source(q.source_type, q.party, q.source_cue) if q.source_type else None) for q in quotes
    ]
    return [
        q
        if source is own or source is None
        else replace(q, source_type=source.type, party=source.party, source_cue=source.cue)
        for q, (_, own), source in zip(quotes, given, pooled_sources(given), strict=True)
    ]


def _closed_by_das_sagte(context: _Context, quotes: list[Quote]) -> list[Quote]:
    """A quote without a speaker right before one whose speaker the sentence after it names ("„…“
    Freibier mache beliebt, aber dann „fährt der Karren vor die Wand“. Jetzt sei eine „Zeit des Sparens“.
    Das sagte … Guido Westerwelle."): that quote is X's too, where it ends in the sentence before the one
    "Das sagte X" closes and no paragraph break lies between (speaker round 50)."""
    text = context.doc.text
    for k in range(len(quotes) - 2, -1, -1):
        quote, later = quotes[k], quotes[k + 1]
        if quote.speaker is not None or later.speaker is None or "\n" in text[quote.end : later.start]:
            continue
        first, last = context.sentence_of(later.start), context.sentence_of(max(later.start, later.end - 1))
        if context.sentence_of(max(quote.start, quote.end - 1)) < first - 1:
            continue
        closing = last + 1 < len(context.doc.sentences) and _next_sentence(context, last)
        if not closing or closing.start != later.speaker_start:
            continue
        quotes[k] = replace(quote, **{name: getattr(later, name) for name in _SPEAKER_FIELDS})
    return quotes


# The fields of a quote that its speaker sets (see _quote): all but its place and label.
_SPEAKER_FIELDS: Final = tuple(
    f.name for f in fields(Quote) if f.name not in ("start", "end", "direct", "label")
)


HEADLINE_END: Final = 200  # a quotation opening the text before this offset may be a headline quote
LEAD_SENTENCES: Final = 4  # sentences after it searched for the speaker the lead names


def _headline(context: _Context, quote: Quote) -> Quote:
    """A headline quote without a speaker takes the first speaker the lead names in place
    ("„Es kommt darauf an …“ … Der Palliativmediziner X erklärt, warum …")."""
    first = context.sentence_of(quote.start)
    if first > 1 or not quote.direct:
        return quote
    last = context.sentence_of(max(quote.start, quote.end - 1))
    for number in range(last + 1, min(len(context.doc.sentences), last + 1 + LEAD_SENTENCES)):
        tokens, mask = context.tokens_of(number, number)
        speaker, relay, _ = _speaker(context, tokens, mask, number)
        if speaker is not None and _is_person(context, speaker):
            return _quote(context, quote.start, quote.end, quote.label, speaker, relay)
    return quote


def _is_person(context: _Context, found: _Found) -> bool:
    """A speaker named in place (no pronoun): a registered actor, a given name, role or organisation
    noun, or a capitalised word that is no German word ("keinen Anlass" is none)."""
    if found.words is not None:  # a pronoun or role noun that refers back: not named in place
        return False
    if found.mention is not None:
        return True
    return _names_someone(context.doc.text[found.start : found.stop])


def _names_someone(words: str) -> bool:
    """Whether ``words`` hold a given name, role, organisation or medium noun, or a capitalised word
    that is no German word ("keinen Anlass" holds none)."""
    return any(
        is_capitalised(w)
        and (noun_kind(w)[0] in ("given", "role", "organisation", "media") or not is_plain_word(w))
        for w in words.split()
    )


def _acronym(word: str) -> bool:
    """An organisation's acronym the lemmatizer may know as a word ("OSZE", "NASA"; not a word set in
    capitals, "dem STANDARD")."""
    return 1 < len(word) <= ACRONYM_LETTERS and word.isupper()


ACRONYM_LETTERS: Final = 5  # "OSZE", "NATO", "UNHCR"; longer capitals are words set so ("STANDARD")


def _reported_before_quote(
    context: _Context, number: int, quote_start: int
) -> tuple[int, str, _Found, _Found | None] | None:
    """(end, label, speaker, relay) of reported speech that opens a sentence before its quotation and
    is attributed there by an inquit or "so X" ("…, so Precht: „…“"), or None."""
    first = context.doc.sentences[number].first_token
    mark = bisect_left(context.token_starts, quote_start) - 1  # the opening quotation mark
    cut = mark - first
    if (
        cut < 4
        or context.mask[first]
        or not (_saying_in(context, first, mark) or _any_in(context.trigger_positions, first, mark))
    ):
        return None
    tokens, mask = context.tokens_of(number, number)
    if tokens[0].text.lower() in context.words.subordinators and tokens[0].text.lower() != "wie":
        # "Wenn X emotional wurde, erinnerte er sich: „…“" reports nothing before ("Wie X erklärte, …"
        # does, ``_says_before_quote``); but "Weil … seien,
        # könnten sie … werden, erklärt der Sprecher: „…“" does, in its Konjunktiv main clause
        commas = [first + k for k in range(cut) if tokens[k].text == "," and not mask[k]]
        if len(commas) < 2 or not _any_in(context.konjunktiv_positions, commas[0], commas[-1]):
            return None
    head, head_mask = tokens[:cut], mask[:cut]
    verbs = _verbs(context, head, head_mask)
    marks = [k for k in verbs if k > 1 and head[k - 1].text == "," and _clause_start(head, head_mask, k) == k]
    marks += [
        k
        for k, t in enumerate(head)
        if t.text == "so"
        and k > 1
        and head[k - 1].text == ","
        and k + 1 < cut
        and is_capitalised(head[k + 1].text)
    ]
    if not marks:
        return _says_before_quote(context, head, head_mask, number, verbs, first)
    speaker, relay, _ = _speaker(context, head, head_mask, number, verbs=verbs)
    if speaker is None:
        return None
    end = min(marks) - 1  # the comma before the inquit or "so": the reported clause ends there
    if speaker.stop <= head[end].start:  # "Der Sprecher der Polizei, Lars Beringer, sagte: „…“": a name
        return _says_before_quote(context, head, head_mask, number, verbs, first)  # set off, unless "dass"
    return head[end - 1].end, "indirect", speaker, relay


def _konjunktiv_before_colon(
    context: _Context, state: _State, number: int, quote_start: int
) -> tuple[int, bool] | None:
    """(end, near) of Konjunktiv speech without a verb of saying that opens the sentence of a quotation
    and ends at the colon before it ("„…“, sagt X. Ungeimpfte würden täglich getestet, Geimpfte mehrfach in
    der Woche: „…“, erklärt X."; "Ein weiteres Thema sei …: „…“"): the quotation's speaker says it, as the
    colon goes on with their words; not with a first person ("Wir seien …": a quotation of its own).
    ``near`` where the last speaker spoke in the sentence before; else only a Konjunktiv I form of the main
    clause counts, and ``_goes_on_to`` asks who speaks (round 155)."""
    near = state.speaker is not None and number - state.sentence <= 1
    first = context.doc.sentences[number].first_token
    mark = bisect_left(context.token_starts, quote_start) - 1  # the opening quotation mark
    tokens = context.doc.tokens
    if (
        mark - first < 4
        or tokens[mark - 1].text != ":"
        or context.mask[first]
        or _says_itself(context, first, mark)
        or any(context.flags[k] & STRONG for k in range(first, mark))  # "laut X", "X zufolge": named
        or not _any_in(context.konjunktiv_positions, first, mark)
        or any(t.text.lower() in context.words.first_person for t in tokens[first:mark])
    ):
        return None
    last = mark - 2  # the clause's last token; not a coordinator after its comma ("…, aber: „…“")
    if tokens[last].text.lower() in context.words.coordinators and tokens[last - 1].text == ",":
        last -= 2
    if near:
        return tokens[last].end, True
    if not _main_konjunktiv_in(context, first, mark):  # "Das wäre das Ende: „…“", "Wie dem auch sei, …:"
        return None
    return tokens[last].end, False


def _main_konjunktiv_in(context: _Context, first: int, stop: int) -> bool:
    """Whether a Konjunktiv form among the document's tokens ``first`` to ``stop`` is one the author's own
    conditional does not take too ("sei", "brauche"; not "wäre", "würde", "müssten") and stands in a
    clause no subordinator or question word opens ("Auf die Frage, was ihr fehle, …", "…, ob er freigebe")."""
    tokens, mask, words = context.doc.tokens[first:stop], context.mask[first:stop], context.words
    for k in (i - first for i in _positions_in(context.konjunktiv_positions, first, stop)):
        opener = tokens[_clause_start(tokens, mask, k)].text.lower()
        if (
            tokens[k].text.lower() not in words.conditional
            and not _shared_form(words, tokens[k])
            and opener not in words.subordinators
            and opener not in words.question_words
        ):
            return True
    return False


def _goes_on_to(context: _Context, state: _State, number: int, quote_end: int, speaker: _Found) -> bool:
    """Whether the Konjunktiv clause before a colon in sentence ``number`` is the words of ``speaker``, the
    speaker of the quotation after it ending at ``quote_end``: the quotation's inquit names them ("…: „…“,
    betont Josef Obermaier"), or they spoke last, earlier in the paragraph ("…, erinnert X. Er findet, die
    Liga brauche einen Plan B: „…“")."""
    if quote_end <= speaker.start < context.doc.sentences[number].end:
        return True
    return (
        state.speaker is not None
        and _same_paragraph(context, state, number)
        and _same_speaker(state.speaker, speaker)
    )


def _says_itself(context: _Context, first: int, stop: int) -> bool:
    """Whether a verb of saying among the document's tokens ``first`` to ``stop`` names a speaker of its
    own, not one reported in turn (``_embedded``: "…, müsse man ernsthaft über die Finanzierung reden:",
    "Umso wichtiger seien prominente Persönlichkeiten, die offen über Sucht sprächen:")."""
    verbs = _speech_verbs_in(context, first, stop)
    return bool(verbs) and not _embedded(context, context.doc.tokens[first:stop], verbs)


def _saying_in(context: _Context, first: int, stop: int) -> bool:
    """Whether a verb of saying stands among the document's tokens ``first`` to ``stop``."""
    return bool(_speech_verbs_in(context, first, stop))


def _speech_verbs_in(context: _Context, first: int, stop: int) -> list[int]:
    """The verbs of saying among the document's tokens ``first`` to ``stop``, counted from ``first``: a
    separable one only with its particle (round 40: "sei" is no "ist … überzeugt" without "überzeugt")."""
    tokens = context.doc.tokens
    run = tokens[first:stop]
    verbs = _positions_in(context.verb_positions, first, stop)
    return [i - first for i in verbs if _is_speech_verb(tokens[i], run)]


def _says_before_quote(
    context: _Context, head: list[Token], mask: list[bool], number: int, verbs: list[int], first: int
) -> tuple[int, str, _Found, _Found | None] | None:
    """(end, label, speaker, relay) of Konjunktiv I speech after a verb of saying and its comma that
    opens the sentence of a quotation ("Er sagte, Europa brauche die Engländer und fügte hinzu: „…“"):
    it ends before the "und" that goes on to the quotation's inquit, else before the quotation."""
    if head[-1].text != ":":
        return None
    says = next((k for k in verbs if k + 2 < len(head) and head[k + 1].text == ","), None)
    if says is None:  # "Diess verwies aber auch darauf, dass … müsse: „…“", "Er glaubt weiterhin, dass …"
        comma = next((c for k in verbs if (c := _clause_after(head, mask, k)) is not None), None)
        if comma is None or head[comma + 1].text.lower() not in context.words.clause:
            return None
        says = comma - 1
    if (
        head[says + 2].text.lower() not in context.words.clause
        and head[_clause_start(head, mask, says)].text.lower() != "wie"
        and not _any_in(context.konjunktiv_positions, first + says + 2, first + len(head))
    ):
        return None  # "dass" and "Wie X erklärte," report in either mood ("informierte X, dass … wird: „…“")
    speaker, relay, _ = _speaker(context, head, mask, number, verbs=verbs)
    if speaker is None:
        return None
    stop = len(head)
    while stop > says + 2 and (head[stop - 1].kind == "punct" or head[stop - 1].text[:1].islower()):
        if head[stop - 1].text in context.words.coordinators:
            return head[stop - 2].end, "indirect", speaker, relay
        stop -= 1
    return head[len(head) - 2].end, "indirect", speaker, relay


def _clause_after(head: list[Token], mask: list[bool], verb: int) -> int | None:
    """The comma that ends the clause of ``verb`` when another clause follows it, or None."""
    end = _clause_end(head, mask, verb)
    return end if end + 2 < len(head) and head[end].text == "," else None


def _same_paragraph(context: _Context, state: _State, number: int) -> bool:
    """Whether the last speaker spoke in the paragraph of sentence ``number`` ("Der Humor sei zu
    schwarz. … Den Vertriebsweg möchte die britische ITV Global. Weitere Märkte seien …": still his)."""
    if state.speaker is None or state.sentence < 0 or state.sentence >= number:
        return state.speaker is not None and state.sentence == number
    sentences = context.doc.sentences
    return "\n" not in context.doc.text[sentences[state.sentence].end : sentences[number].start]


def _block_quote(context: _Context, state: _State, number: int) -> bool:
    """Whether sentence ``number`` opens a paragraph right after speech that ends with a colon
    ("…, sagt Volker Tripp: ¶ Dazu muss …"): a block quotation whose marks the page lost."""
    if number == 0 or state.sentence != number - 1 or state.speaker is None:
        return False
    if number not in context.after_colon:
        return False  # no colon before the sentence (most): the text between is not read
    text, previous = context.doc.text, context.doc.sentences[number - 1]
    between = text[previous.start : context.doc.sentences[number].start].rstrip(" ")
    return between.rstrip().endswith(":") and between.endswith("\n") and not context.quoted(previous.end - 1)


def _colon_block_speaker(context: _Context, state: _State, number: int) -> _Found | None:
    """The person or body the sentence before ``number`` names as its subject (or as the subject of its
    verb of saying) where that sentence ends with a colon and a paragraph break and quotes nothing, and
    sentence ``number`` holds no quotation: the introduction of a block quotation whose marks the page
    lost ("Dazu erklärt Patrick Dörr (LSVD): ¶ Wir begrüßen …", "Die FN nimmt dazu wie folgt Stellung: ¶
    …"); None where the last speaker spoke right before (``_block_quote`` reads that)."""
    if number == 0 or (state.sentence == number - 1 and state.speaker is not None):
        return None
    if number not in context.after_colon:
        return None  # no colon before the sentence (most): the text between is not read
    doc = context.doc
    previous, current = doc.sentences[number - 1], doc.sentences[number]
    between = doc.text[previous.start : current.start].rstrip(" ")
    if (
        not between.rstrip().endswith(":")
        or not between.endswith("\n")
        or _quoted_in(context, previous)
        or _quoted_in(context, current)
    ):
        return None
    tokens, mask = context.tokens_of(number - 1, number - 1)
    speaker, _, said = _speaker(context, tokens, mask, number - 1, near=len(tokens) - 1)
    if speaker is None or not said:
        speaker = _colon_subject(context, tokens, number - 1)
    if speaker is None or not (_is_person(context, speaker) or speaker.words is not None):
        return None
    return speaker


def _colon_subject(context: _Context, tokens: list[Token], number: int) -> _Found | None:
    """The subject of sentence ``number`` (its ``tokens``), which ends with a colon and has no verb of
    saying, where a verb follows it ("Die FN nimmt dazu wie folgt Stellung:"); not a heading's last noun
    ("Zwangsabstiege und Punktabzüge:")."""
    subject = _first_subject(context, tokens, 0, len(tokens) - 1, number, strict=True)
    after = next((t for t in tokens if subject is not None and t.start >= subject.stop), None)
    if after is None or not after.text.isalpha() or not after.text.islower():
        return None
    return subject


def _clause_holder(context: _Context, tokens: list[Token], mask: list[bool], number: int) -> _Found | None:
    """The person a clause ending in a colon (its ``tokens``, no verb of saying) names where its subject
    does not open it: set off by commas after a role ("Auch der Manager …, Oliver Bierhoff, wandte sich
    gegen …:") or after the finite verb an adverbial follows ("Bei der Genehmigung … will Fischer
    äußerste Genauigkeit:"); else None."""
    stop = len(tokens) - 1
    found = _first_subject(context, tokens, 0, stop, number, apposition=True)
    return found or _inverted_subject(context, tokens, mask, 0, stop, number)


def _for_holder(context: _Context, tokens: list[Token], number: int) -> _Found | None:
    """The person after "für" in a clause ending in a colon (its ``tokens``), whose view the clause states
    ("Für Fink ist dies Schnee von gestern:", "Die Conclusio für den AKNÖ-Präsidenten Markus Wieser:");
    else None."""
    for k, token in enumerate(tokens[:-2]):
        if token.text.lower() == "für":
            phrase = parse_phrase(tokens, k + 1, len(tokens) - 1)
            if phrase is not None and _person_like(context, tokens, phrase):
                return context.found(phrase, tokens, number)
    return None


def _block_end(context: _Context, number: int) -> int:
    """The last sentence of the block quotation that sentence ``number`` opens: the rest of its paragraph
    ("…, erklärt Patrick Dörr (LSVD): ¶ Wir begrüßen … . Die Bundesregierung muss … . Der LSVD fordert,
    dass …"), up to a sentence with a quotation of its own."""
    sentences = context.doc.sentences
    last = number
    while (
        last + 1 < len(sentences)
        and sentences[last + 1].paragraph == sentences[number].paragraph
        and not _quoted_in(context, sentences[last + 1])
    ):
        last += 1
    return last


def _announced(
    context: _Context, number: int, any_verb: bool = False, speaking: bool = False, unlisted: bool = True
) -> _Found | None:
    """The subject of a verb of saying in sentence ``number`` that reports nothing itself ("Die Deutsche
    Welle berichtet von 50 Nationen."): the speaker a Konjunktiv I sentence after it continues; with
    ``any_verb``, the person or organisation opening a sentence without one ("ROG gibt keine
    Entwarnung. Die Situation sei …") or, unless someone is ``speaking`` in its paragraph, the one
    right after its verb (``_inverted_topic``), or, with ``unlisted``, a subject no list knows
    (``_plain_subject``)."""
    sentences = context.doc.sentences
    then = sentences[number + 1] if number + 1 < len(sentences) else None
    if then is None or not (
        _any_in(context.konjunktiv_positions, then.first_token, then.end_token) or number + 1 in context.plans
    ):
        return None  # read only where a Konjunktiv I sentence or a plan follows (the work stays small)
    tokens, mask = context.tokens_of(number, number)
    if any_verb:
        found = _first_subject(context, tokens, 0, len(tokens), number, strict=True)
        if found is None:
            if speaking:
                return None
            found = _inverted_topic(context, tokens, mask, number)
            return (
                found if found is not None or not unlisted else _plain_subject(context, tokens, mask, number)
            )
        if found.words is not None:
            return None
        following = context.doc.tokens[bisect_left(context.token_starts, found.stop)]
        if following.text.lower() in context.words.passive:  # "Der Mann wurde verhaftet.": what is done to
            return _active_again(context, tokens, found)  # the subject, no one speaks; unless it acts after
        named = found.mention is not None or any(
            noun_kind(w)[0] in ("given", "role", "organisation", "media")
            for w in context.doc.text[found.start : found.stop].split()
        )
        if named:
            return found
        return None if speaking or not unlisted else _plain_subject(context, tokens, mask, number)
    verbs = _verbs(context, tokens, mask)
    if not verbs:
        return None
    speaker, _, _ = _speaker(context, tokens, mask, number, verbs=verbs)
    if speaker is None:
        return None
    return speaker if _is_person(context, speaker) or _referring_pronoun(context, speaker) else None


def _writer_speaks(context: _Context, number: int) -> bool:
    """Whether sentence ``number``'s verb of saying is the writer's own: "Hier" opening it right before a
    present form of a ``pointer_verbs`` verb ("Hier erzählt sie, warum …"), or a ``reader_verbs`` verb with
    "wir" and the reader addressed ("Jeden Morgen informieren wir Sie …"); not inside a quotation."""
    words = context.words
    tokens, mask = context.tokens_of(number, number)
    first = next((k for k, t in enumerate(tokens) if t.kind != "punct"), len(tokens))  # after "[" or "("
    verb = tokens[first + 1] if first + 1 < len(tokens) else None
    if (
        verb is not None
        and not mask[first]
        and tokens[first].text.lower() in words.pointer_openers
        and verb.lemma.lower() in words.pointer_verbs
        and not verb.text.lower().endswith(("te", "ten"))  # "Hier erzählte er": a place, the past
    ):
        return True
    forms = [t.text.lower() for t in tokens]
    return (
        "wir" in forms
        and any(
            t.lemma.lower() in words.reader_verbs and not quoted
            for t, quoted in zip(tokens, mask, strict=True)
        )
        and any(
            k > first and t.text[:1].isupper() and t.text.lower() in words.reader_addresses
            for k, t in enumerate(tokens)
        )
    )


def _writers_question(context: _Context, number: int) -> bool:
    """Round 141: whether sentence ``number`` is the writer's own question ("Und wäre das nicht eine
    folgerichtige Idee?"): it ends in "?", with no quotation, no verb of saying, no sign of a source
    ("laut", "zufolge", "nach Angaben"), no Konjunktiv but the author's conditional ("wäre", "würde"), no
    dependent question alone."""
    sentences, tokens, words = context.doc.sentences, context.doc.tokens, context.words
    sentence, first, end = sentences[number], sentences[number].first_token, sentences[number].end_token
    if (
        end <= first
        or tokens[end - 1].text != "?"
        or _quoted_in(context, sentence)
        or _saying_in(context, first, end)
        or _any_in(context.according_positions, first, end)
        or any(  # "laut X", "X zufolge", "nach Informationen": named; not "dass", which the writer asks too
            context.flags[k] & STRONG and tokens[k].text.lower() not in words.clause
            for k in range(first, end)
        )
        or _dependent_question(words, tokens[first:end])
    ):
        return False
    return all(
        tokens[k].text.lower() in words.conditional or tokens[k].text.lower() in words.shared
        for k in _positions_in(context.konjunktiv_positions, first, end)
    )


def _narrated_saying(context: _Context, number: int) -> bool:
    """Round 146: whether sentence ``number``'s only sign of speech, with no quotation, is a verb of saying
    at the end of a subordinate or relative clause ("Während Händler um die Existenz fürchten, …", "Paolo,
    der seinen Nachnamen nicht verrät, …") or used as an attribute ("die versprochene Zahlung"): narration."""
    sentence = context.doc.sentences[number]
    if number not in context.saying_only or _quoted_in(context, sentence):
        return False
    run = context.doc.tokens[sentence.first_token : sentence.end_token]
    verbs = _speech_verbs_in(context, sentence.first_token, sentence.end_token)
    words = context.words
    return bool(verbs) and all(_clause_final(words, run, k) or _attribute(words, run, k) for k in verbs)


def _clause_final(words: SpeechWords, run: list[Token], verb: int) -> bool:
    """Whether ``run[verb]`` ends, before its auxiliaries only, a clause opened by one of the
    ``narrative_subordinators`` or by a relative pronoun after a comma, with no auxiliary before it (not "…,
    die Regierung hat angekündigt, …") and no zu-clause after it that says what was said ("obwohl die
    Regierung angekündigt hatte, keine Schiffe anlanden zu lassen": reported); not "wie" ("wie X mitteilte"
    names a source)."""
    opener = verb - 1
    while opener >= 0 and run[opener].text not in BOUNDARIES:
        opener -= 1
    opener += 1
    after = verb + 1
    while after < len(run) and run[after].text.lower() in words.auxiliaries:
        after += 1
    if (
        opener >= verb
        or (after < len(run) and run[after].text not in BOUNDARIES and run[after].text not in SENTENCE_ENDS)
        or any(t.text.lower() in words.auxiliaries for t in run[opener + 1 : verb])
        or _zu_clause_after(words, run, after)
    ):
        return False
    first = run[opener].text.lower()
    return first in words.narrative_subordinators or (
        opener > 0 and run[opener - 1].text == "," and first in words.relative_pronouns
    )


def _zu_clause_after(words: SpeechWords, run: list[Token], comma: int) -> bool:
    """Whether the sentence after the comma ``run[comma]`` holds a zu-infinitive ("…, schnelle, genaue
    Entscheidungen zu treffen")."""
    if comma >= len(run) or run[comma].text != ",":
        return False
    return any(
        run[k].text.islower() and run[k].text.endswith("n") and _zu_infinitive(run, k, words.zu_particles)
        for k in range(comma + 1, len(run))
    )


def _attribute(words: SpeechWords, run: list[Token], verb: int) -> bool:
    """Whether ``run[verb]`` is a participle used as an attribute: lower case with an adjective's ending, no
    infinitive, after one of ``participle_articles`` inside a clause, before a capitalised word ("mit den
    vereinbarten Punkten"; not "Der forderte Rücktritte", "…, die forderten Maßnahmen", where the article is
    the subject, nor "Unter anderem hoffen Forscher")."""
    token = run[verb]
    return (
        2 <= verb < len(run) - 1
        and token.text.islower()
        and token.text.endswith(("e", "en", "er", "es", "em"))
        and token.text != token.lemma.lower()
        and run[verb - 1].text.lower() in words.participle_articles
        and run[verb - 2].kind == "word"
        and run[verb - 2].text.lower() not in words.coordinators
        and run[verb + 1].kind == "word"
        and run[verb + 1].text[:1].isupper()
    )


def _dependent_question(words: SpeechWords, tokens: list[Token]) -> bool:
    """Whether a question reads as a reported one: it holds "ob", or its question word (after "und", "aber")
    has a subject or a capitalised word right after it ("Wo man diese sonst errichten soll?")."""
    forms = [t.text.lower() for t in tokens]
    if "ob" in forms:
        return True
    start = 1 if len(forms) > 2 and forms[0] in words.question_openers else 0
    if forms[start] not in words.question_words:
        return False
    after = tokens[start + 1]
    return after.text[:1].isupper() or forms[start + 1] in words.question_subjects


def _conditional_only(context: _Context, number: int) -> bool:
    """Whether sentence ``number``'s one sign of speech is a Konjunktiv II form the author's own conditional
    takes too (``conditional``: "wäre", "hätte"): no Konjunktiv I ("sei"), hearsay or plan, no quotation, no
    "Das sagte X." after it."""
    sentences, tokens = context.doc.sentences, context.doc.tokens
    sentence, first, end = sentences[number], sentences[number].first_token, sentences[number].end_token
    after = sentences[number + 1].first_token if number + 1 < len(sentences) else len(tokens)
    if (
        number in context.plans
        or (after < len(tokens) and tokens[after].text in context.words.next_sentence)  # "Das sagte X."
        or _quoted_in(context, sentence)
        or _any_in(context.hearsay_positions, first, end)
    ):
        return False
    conditional = context.words.conditional
    forms = _positions_in(context.konjunktiv_positions, first, end)
    return bool(forms) and all(tokens[k].text.lower() in conditional for k in forms)


def _active_again(context: _Context, tokens: list[Token], found: _Found) -> _Found | None:
    """The subject pronoun of a main clause after a comma that refers to ``found``, the subject of a
    passive before it ("Steinberg wird in Wien immer wieder als Gerichtsgutachter … herangezogen, er
    kennt die heimische Islamistenszene daher. Sorge mache ihm …"): the person acts there, and the
    Konjunktiv I after it is theirs."""
    if found.entity is None:
        return None
    words = context.words
    for k in range(2, len(tokens) - 1):
        verb = tokens[k + 1]
        if (
            tokens[k - 1].text == ","
            and tokens[k].start > found.stop
            and is_participle(tokens[k - 2].text)  # "… herangezogen, er": a passive, not "wird … bringen, er"
            and tokens[k].text.lower() in words.pronouns
            and verb.text[:1].islower()
            and not is_adjective(verb)
            and verb.text.lower() not in words.passive
        ):
            pronoun = context.pronoun(tokens[k])
            if pronoun is not None and pronoun.entity is found.entity:
                return pronoun
    return None


def _plain_subject(context: _Context, tokens: list[Token], mask: list[bool], number: int) -> _Found | None:
    """The noun phrase that opens sentence ``number`` as the subject of its finite verb in the
    active, when no list knows it as a person or body ("Die linksliberale Community schleuderte …
    um sich. Malte C. sei einer „…“ zum Opfer gefallen"): reported speech in the Konjunktiv I of a
    main clause right after it, which names no speaker, is that subject's. Guards from grammar only:
    the sentence holds no Konjunktiv and no quotation of its own, its phrase is no object put first
    and its verb no copula or passive; the sentence after it is no wish or condition
    (``_reports_after``)."""
    words = context.words
    sentence = context.doc.sentences[number]
    if _quoted_in(context, sentence) or _any_in(
        context.konjunktiv_positions, sentence.first_token, sentence.end_token
    ):
        return None
    begin = skip_adverbs(tokens, 0, len(tokens))
    if begin >= len(tokens) or mask[begin] or tokens[begin].text.lower() in words.object_determiners:
        return None
    if tokens[begin].text.lower() in words.pronouns:
        return None  # a pronoun is read by _first_subject
    tokens, mask = _without_parenthesis(tokens, mask, begin)
    phrase = parse_phrase(tokens, begin, len(tokens), coordinate=True)
    if phrase is None or phrase.end >= len(tokens) or not phrase.definite or "non" in phrase.kinds:
        return None
    if not is_capitalised(tokens[phrase.end - 1].text):
        return None
    verb = tokens[phrase.end]
    lower = verb.text.lower()
    if (
        mask[phrase.end]
        or verb.kind != "word"
        or not lower[:1].islower()
        or lower in words.copulas
        or lower in words.passive
        or not verb.lemma.endswith("n")
        or any(lower in group for group in (words.determiners, words.prepositions, words.adverbs))
    ):
        return None
    if not _reports_after(context, number):
        return None
    return context.found(phrase, tokens, number)


def _without_parenthesis(tokens: list[Token], mask: list[bool], begin: int) -> tuple[list[Token], list[bool]]:
    """``tokens`` and ``mask`` without the first parenthesis after ``begin`` when it stands inside the
    noun phrase there, between a word and a capitalised noun ("Die linksliberale X- (ehemals: Twitter-)
    Community schleuderte"), with the hyphen of a compound's first part before it: an insertion, the
    phrase goes on after it."""
    opening = next((k for k in range(begin, len(tokens)) if tokens[k].text in "(),."), None)
    if opening is None or opening == begin or tokens[opening].text != "(" or mask[opening]:
        return tokens, mask
    closing = next((k for k in range(opening + 1, len(tokens)) if tokens[k].text == ")"), None)
    if closing is None or closing + 1 >= len(tokens) or not is_capitalised(tokens[closing + 1].text):
        return tokens, mask
    if (
        opening >= 2
        and tokens[opening - 1].text == "-"
        and tokens[opening - 2].end == tokens[opening - 1].start
    ):
        opening -= 1  # "X- (ehemals: Twitter-) Community": the compound's first part, suspended
    return tokens[:opening] + tokens[closing + 1 :], mask[:opening] + mask[closing + 1 :]


def _reports_after(context: _Context, number: int) -> bool:
    """Whether the sentence after ``number`` reports speech in the Konjunktiv I of a main clause: a
    form of the third person outside quotation marks in a clause no subordinator or relative pronoun
    opens, no first person, not "es sei denn", not a wish ending in "!"."""
    tokens, mask = context.tokens_of(number + 1, number + 1)
    if not tokens or tokens[-1].text == "!":
        return False
    words = context.words
    if any(
        not quoted and t.text.lower() in words.first_person for t, quoted in zip(tokens, mask, strict=True)
    ):
        return False
    return _main_konjunktiv_one(words, tokens, mask)


def _main_konjunktiv_one(words: SpeechWords, tokens: list[Token], mask: list[bool]) -> bool:
    """Whether ``tokens`` hold a Konjunktiv I form of the third person outside quotation marks in a clause
    no subordinator or relative pronoun opens, not "es sei denn"."""
    for k, token in enumerate(tokens):
        if mask[k] or not (konjunktiv_one(token.text, token.lemma) or token.text == "seien"):
            continue
        if k + 1 < len(tokens) and tokens[k + 1].text == "denn":
            continue  # "es sei denn": a condition
        left = _clause_start(tokens, mask, k)
        opener = tokens[left].text.lower()
        if opener in words.subordinators or (
            left > 0 and (opener in words.relative_pronouns or opener in words.source_relatives)
        ):  # "wenn er befangen sei", "…, die befangen seien", "Kritik, wonach Frontex … nicht wahrnehme"
            continue  # not "Der Richter sei"
        return True
    return False


def _inverted_topic(context: _Context, tokens: list[Token], mask: list[bool], number: int) -> _Found | None:
    """The organisation or medium with its definite article right after the finite verb of a sentence
    an adverbial or an object opens, whom the Konjunktiv I sentence after it reports ("Zunächst hatte
    das OLG keinerlei Bedenken …", "Auch das Ordnungsgeld bewertete der Senat als rechtmäßig."); not
    after a copula ("ist auch Servus TV ein Mogul-Sender"), not an object ("feuerten ihre Mannschaft
    an") nor things coordinated ("Daneben lagen Tierreste und Steinwerkzeuge")."""
    words = context.words
    verb = _inverted_finite(words, tokens, 0, len(tokens))
    if verb is None or tokens[verb].text.lower() in words.copulas | words.passive:
        return None
    article = skip_adverbs(tokens, verb + 1, len(tokens))
    if article >= len(tokens) or tokens[article].text not in NOMINATIVE:
        return None
    if not _konjunktiv_one_after(context, number):
        return None
    found = _after(context, tokens, mask, verb + 1, number)
    if found is None or found.words is not None:
        return None
    spoken = context.doc.text[found.start : found.stop].split()
    following = context.doc.tokens[bisect_left(context.token_starts, found.stop)].text
    if following in "(," or any(word in words.coordinators for word in spoken):
        return None  # "halten die UNIQA (29,6 Prozent), das Bankhaus … und …": one of several
    named = found.mention is not None or any(
        noun_kind(word)[0] in ("organisation", "media") or _acronym(word) for word in spoken
    )
    return found if named else None


def _named_again(context: _Context, state: _State, number: int) -> _Found | None:
    """The last speaker, where it is named again by the head of its name with the definite article as
    the subject right after the finite verb of a sentence an object or adverbial opens, and a Konjunktiv I
    sentence follows ("Das Kammergericht stufte diesen Beitrag als Werbung ein. … Auch diesen Post stufte
    das Gericht als werblich ein. Es fehle der Bezug …"): its chain goes on though another subject was
    spoken of between. Read from the tokens alone (no phrase is registered as a new mention)."""
    last = state.speaker
    if last is None or number + 1 >= len(context.doc.sentences) or not _konjunktiv_one_after(context, number):
        return None
    tokens, mask = context.tokens_of(number, number)
    words = context.words
    verb = _inverted_finite(words, tokens, 0, len(tokens))
    if verb is None or tokens[verb].text.lower() in words.copulas | words.passive:
        return None
    article = skip_adverbs(tokens, verb + 1, len(tokens))
    if article + 1 >= len(tokens) or tokens[article].text not in NOMINATIVE:
        return None
    noun = tokens[article + 1]
    named = (last.words or context.doc.text[last.start : last.stop]).split()
    if (
        mask[article + 1]
        or not is_capitalised(noun.text)
        or not named[-1].lower().endswith(noun.text.lower())
    ):
        return None  # "das Gericht" for "das Kammergericht": the head of the name the speaker had
    if article + 2 < len(tokens) and is_capitalised(tokens[article + 2].text):
        return None  # "das Gericht Berlin": another name
    return _Found(
        tokens[article].start, noun.end, last.actor, last.media, last.entity, last.mention, " ".join(named)
    )


# how a form ``_konjunktiv_one_after`` reads ends ("sei", "habe")
KONJUNKTIV_ENDS: Final = ("e", "i", "seien")


def _konjunktiv_one_after(context: _Context, number: int) -> bool:
    """Whether the sentence after ``number`` holds a Konjunktiv I form of the third person ("habe der
    Landkreis … vorgeschrieben", "sei angemessen", "seien gut verlaufen"), not only Konjunktiv II or a
    modal of plans and hearsay ("Es wäre ein Segen", "Bilal H. soll sich … gesprengt haben"). Read once
    per sentence and article."""
    found = context.konjunktiv_after.get(number)
    if found is None:
        sentence = context.doc.sentences[number + 1]
        tokens = context.doc.tokens[sentence.first_token : sentence.end_token]
        first_person = context.words.first_person
        # the Konjunktiv I first, which most sentences lack ("sei", "seien" and forms in "-e" only), then
        # the first person ("Darüber hinaus bin ich … in Kontakt, bespreche Probleme": the indicative)
        # the tokens that end in "e", "i" or "seien" picked in C first (speed round 24), then read
        ends = map(str.endswith, map(_TEXT, tokens), repeat(KONJUNKTIV_ENDS))
        found = any(
            token.text == "seien" or (token.text[-1:] in "ei" and konjunktiv_one(token.text, token.lemma))
            for token in compress(tokens, ends)
        ) and not any(token.text.lower() in first_person for token in tokens)
        context.konjunktiv_after[number] = found
    return found


NOMINATIVE: Final = frozenset({"der", "die", "das"})  # the articles of an inverted subject


def _referring_pronoun(context: _Context, found: _Found) -> bool:
    """Whether ``found`` is a pronoun that refers to a person named before ("Er erklärt es am Beispiel
    Kupfer. In den Industrieländern sei …": the Konjunktiv sentence after it is his)."""
    return (
        found.entity is not None
        and found.words is not None
        and context.doc.text[found.start : found.stop].lower() in context.words.pronouns
    )


def _attributed(context: _Context, number: int) -> bool:
    """Whether sentence ``number`` names its speaker in place (", sagte X", "so X", "laut X", "X zufolge":
    speech_de.toml's attribution.before and attribution.after)."""
    tokens, mask = context.tokens_of(number, number)
    verbs = _verbs(context, tokens, mask)
    markers = context.words.before | context.words.after
    return any(
        k > 0 and tokens[k - 1].text == "," and _clause_start(tokens, mask, k) == k for k in verbs
    ) or any(t.text.lower() in markers and not mask[k] for k, t in enumerate(tokens))


@dataclass(slots=True)
class _State:
    """The last speaker and the last sentence with speech, as the text is read."""

    speaker: _Found | None = None
    sentence: int = -2
    topic: int = -2  # the last sentence that said nothing but named the subject of the speech after it

    def spoke(self, speaker: _Found | None, sentence: int) -> None:
        if speaker is not None:
            self.speaker = speaker
            if speaker.entity is not None:
                speaker.entity.speaker = True
        self.sentence = sentence


def _follow_mention(context: _Context, state: _State, number: int) -> None:
    """A sentence that opens with a pronoun or the surname of the last speaker ("Er wohnt in …")
    moves that speaker's latest mention there, for the reported speech that follows."""
    last = state.speaker
    sentence = context.doc.sentences[number]
    if last is None or last.entity is None or sentence.first_token >= sentence.end_token:
        return
    first = context.doc.tokens[sentence.first_token]
    if context.mask[sentence.first_token] or not first.text[:1].isupper():
        return
    if first.text.lower() in context.words.pronouns:
        found = context.pronoun(first, behind=False)
        if found is not None and found.entity is not None and not _talked_about(state, found.entity):
            # not through the person a speaker's noun was read as ("…“, sagte der 51-Jährige. Er hätte …"):
            # the quote keeps the noun that introduced it (round 92)
            found = context.reached(found.entity, first.start, first.end, refer=False)
        if found is not None and found.entity is last.entity:
            state.speaker, state.sentence = found, number
    elif context.doc.text[last.entity.start : last.entity.stop].endswith(" " + first.text):
        words = context.doc.text[last.entity.start : last.entity.stop]
        state.speaker = _Found(first.start, first.end, last.actor, False, last.entity, last.mention, words)
        state.sentence = number


def _talked_about(state: _State, entity: Entity) -> bool:
    """Whether ``entity`` is a definite noun in the last speaker's own sentence after the speaker ("Er
    stellte klar, dass der argentinische Kardinal …"): the person talked about, never the speaker."""
    last = state.speaker
    return (
        entity.anaphor
        and last is not None
        and entity.sentence == state.sentence
        and entity.start >= last.stop
    )


def _addressed_by_last(state: _State, found: _Found | None, number: int) -> bool:
    """Round 60: whether a pronoun before a partial quotation in sentence ``number`` refers to someone the
    last speaker's own sentence right before names after the speaker ("Mit Verweis auf … ruft Chalupka die
    Verantwortlichen dazu auf, „…“. Dabei sollten sie „…“"): whom the speaker addressed, never the speaker."""
    last = state.speaker
    return (
        found is not None
        and found.words is not None
        and found.entity is not None
        and last is not None
        and last.entity is not found.entity
        and number - state.sentence == 1
        and found.entity.sentence == state.sentence
        and found.entity.start >= last.stop
    )


def _ends_quotation(context: _Context, number: int) -> bool:
    """Whether sentence ``number`` lies in a paragraph whose only quotation mark closes it at its end: the
    last paragraph of a quotation opened in a paragraph before, no sentence of the outlet's own that
    reports speech (round 67: the last line of a rap's lyrics quoted over six paragraphs, "Für Azad ist
    die größte Schwierigkeit, welches neue Wort sich auf Casino reimt“", is no view of Azad's). The same for
    each sentence of the paragraph: read once per paragraph."""
    paragraph = context.doc.sentences[number].paragraph
    ends = context.quotation_ends.get(paragraph)
    if ends is None:
        ends = context.quotation_ends[paragraph] = _paragraph_ends_quotation(context, number)
    return ends


def _paragraph_ends_quotation(context: _Context, number: int) -> bool:
    sentences, text = context.doc.sentences, context.doc.text
    last = number
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == sentences[number].paragraph:
        last += 1
    end = sentences[last].end
    while end > sentences[last].start and text[end - 1].isspace():
        end -= 1
    if text[end - 1 : end] not in ("“", "”"):
        return False
    return QUOTE_MARKS.isdisjoint(text[sentences[context._paragraph_start(number)].start : end - 1])


def _reported(context: _Context, state: _State, number: int) -> tuple[_Found | None, _Found | None]:
    """(speaker, relay) of a sentence without quotation marks that reports speech: a verb of saying
    with "dass", Konjunktiv I or a zu-infinitive, an inquit (", sagte X"), "laut X", "X zufolge",
    "nach Angaben von X", "so X", "wie X mitteilte"; Konjunktiv I alone continues the last speaker
    (or names its subject pronoun: "Er spüre, dass …"); "Das berichtet X" in the next sentence; a verb no
    list holds right after the comma that closes a Konjunktiv I clause ("…, weiß die Chefin";
    ``_unlisted_reported_inquit``)."""
    if _ends_quotation(context, number):
        return None, None
    words = context.words
    tokens, mask = context.tokens_of(number, number)
    sentence = context.doc.sentences[number]
    konjunktiv = _any_in(context.konjunktiv_positions, sentence.first_token, sentence.end_token)
    keys = context.doc.token_keys()  # the lower-case forms, made once per word form by segmentation
    forms = list(map(_FORM, keys[sentence.first_token : sentence.end_token]))
    form_set = set(forms)
    verbs = _verbs(context, tokens, mask)
    # the cheap cues first; the inquit's clause start only after a comma right before its verb, "wie" only
    # where the sentence has one (speed round 45: the same answers, fewer clauses walked)
    inquit = any(
        (k > 0 and tokens[k - 1].text == "," and _clause_start(tokens, mask, k) == k)
        or (  # "…, das teilte das Institut mit."
            k > 1 and tokens[k - 1].text.lower() in ("das", "dies") and tokens[k - 2].text == ","
        )
        for k in verbs
    )
    so = "so" in form_set and any(  # read token by token only where the sentence has a "so"
        w == "so"
        and k > 0
        and k + 1 < len(tokens)
        and tokens[k + 1].kind == "word"
        and (  # "…, so X", "– so Canny –"; not "– so wie seit Monaten Griechenland –"
            forms[k - 1] == "," or (_dash(tokens, k - 1) and is_capitalised(tokens[k + 1].text))
        )
        for k, w in enumerate(forms)
    )
    attributed = (
        bool(form_set & words.after)
        or bool(form_set & words.source_relatives)
        or "laut" in form_set
        or bool(form_set & words.person_before)
        or (bool(form_set & words.information) and bool(form_set & {"nach", "den", "dass"}))
        or (bool(form_set & words.information or form_set & words.views) and _held(words, forms, tokens))
        or so
        or inquit
        or (forms[0] == "für" and (bool(form_set & {"ist", "sei"}) or konjunktiv))
        or _any_in(context.according_positions, sentence.first_token, sentence.end_token)
        or ("wie" in form_set and any(_wie_clause(tokens, mask, forms, k) for k in verbs))
    )
    reported = (
        konjunktiv
        or bool(form_set & words.clause)
        or (  # both read a comma after the verb: none, no clause walked (speed round 45)
            "," in form_set
            and (_zu_clause(tokens, verbs, words.zu_particles) or _says_comma(context, tokens, mask, verbs))
        )
    )
    colon_only = (
        ":" in form_set and not reported and not attributed and _says_colon(context, tokens, mask, verbs)
    )
    following = _next_sentence(context, number) if number + 1 < len(context.doc.sentences) else None
    if following is not None:  # "… Das berichtet das Magazin X."
        return following, None
    spoken = _spoken_of_unmarked(context, tokens, mask, number)
    if spoken is not None:  # "In Beraterkreisen ist von einem Desinvestitionsbedarf … die Rede."
        return spoken, None
    opening = forms[0] in words.back_references and not verbs and not so and "laut" not in form_set
    if (not attributed or opening) and not (verbs and reported):
        positions = context.back_positions
        back = bisect_left(positions, sentence.first_token)
        if back < len(positions) and positions[back] < sentence.end_token:
            referred = _back_reference(context, state, context.doc.tokens[positions[back]], number)
            if not attributed or referred.words is not None:  # "Demnach gäbe es Schätzungen, wonach …":
                return referred, None  # what the source named before reports, not the estimates (round 95)
    continuing = konjunktiv and not attributed and _chain_open(context, state, number)
    if continuing and verbs and _embedded(context, tokens, verbs):
        assert state.speaker is not None  # "…, aber das Gericht könne feststellen, dass …": reported too
        if state.speaker.media:  # "WAFA bestätigte das Gespräch. Demnach habe Abbas erwidert, dass …"
            named = _relayed_speaker(context, tokens, mask, number)
            if named is not None:
                return named, state.speaker
        return _in_place(context, tokens, mask, state.speaker), None
    if (verbs and reported) or attributed or colon_only:
        speaker, relay, _ = _speaker(context, tokens, mask, number)
        if colon_only and speaker is not None and _names_no_one(context, speaker):
            speaker = None  # "Anders gesagt: …", "Mein Grundsatz lautet: …": no one says it
        if speaker is not None:
            if continuing and _reported_saying(tokens, verbs) and _names_no_one(context, speaker):
                assert state.speaker is not None  # "Die Verlinkung der Marken beantworte ein …": what the
                return _in_place(context, tokens, mask, state.speaker), None  # speaker says, no new one
            return speaker, relay
        if reported:
            study = _study_source(context, tokens, number)
            if study is not None:  # "Eine kürzlich durchgeführte Umfrage ergab, dass …" (round 88)
                return study, None
    if konjunktiv and not verbs:  # "In Dutzenden dieser Betriebe sei Kurzarbeit beantragt worden, weiß die …"
        unlisted = _unlisted_reported_inquit(context, tokens, mask, number)
        if unlisted is not None:
            return unlisted, None
    if konjunktiv:
        if ":" in form_set and not (continuing and _konjunktiv_before_colon_in(context, number, forms)):
            colon = forms.index(":")  # "ZF veröffentlichte eine Pressemitteilung: Nun seien …"
            found = _first_subject(context, tokens, 0, colon, number)
            if found is not None:
                return found, None
        pronoun = _subject_pronoun(context, tokens, mask) or _inverted_pronoun(context, tokens, mask, number)
        if (
            pronoun is not None
            and continuing
            and pronoun.entity is not None
            and not _after_indicative(words, tokens, pronoun.start)
        ):  # the reported clause's subject: whom the speaker talks about ("Demnach sei er „in der Lage“")
            assert state.speaker is not None  # or the speaker themself ("Die Entscheidung wolle er der
            return state.speaker, None  # NATO überlassen"), named where they were named before (round 28)
        if pronoun is not None:  # "Er spüre, dass …", "Oft habe er Freunde …"
            return pronoun, None
        # the chain as ``continuing`` read it (nothing between changed the state), or right after the
        # speaker's sentence, where it is open (speed round 45: not read again)
        chain = continuing if not attributed else state.speaker is not None and number - state.sentence <= 1
        if chain:
            assert state.speaker is not None  # across a sentence only where no one is named in place
            own = _indicative_subject(context, tokens, mask, number)
            if own is not None:  # "Journalisten beschweren sich …, nur die Reporter … seien zugelassen"
                return own, None
            return _in_place(context, tokens, mask, state.speaker), None
    elif (
        number - state.sentence <= 1
        and state.speaker is not None
        and not attributed
        and (
            _any_in(context.hearsay_positions, sentence.first_token, sentence.end_token)
            or number in context.plans  # "Tesla will … erobern. Unter anderem soll …"
        )
    ):
        return state.speaker, None  # "Er soll … verholfen haben": hearsay goes on with the last speaker
    return None, None


def _relayed_speaker(context: _Context, tokens: list[Token], mask: list[bool], number: int) -> _Found | None:
    """The named subject of a verb of saying in the Konjunktiv I sentence after a medium spoke ("Die
    Nachrichtenagentur WAFA bestätigte das Gespräch. Demnach habe Abbas erwidert, dass …"): the medium
    relays the person's words (gold convention 6, round 46); no one else named keeps the medium."""
    speaker, _, _ = _speaker(context, tokens, mask, number)
    if speaker is None or speaker.media or speaker.entity is None or not speaker.entity.named:
        return None
    return speaker


def _konjunktiv_before_colon_in(context: _Context, number: int, forms: list[str]) -> bool:
    """Whether sentence ``number`` holds the Konjunktiv before its colon ("Die Organisationen hätten
    dazugelernt: „…“" after Rioba's quote): the clause before the colon is reported speech itself, so
    its subject is what the last speaker talks about, not a source announcing what follows (round 43)."""
    first = context.doc.sentences[number].first_token
    return _any_in(context.konjunktiv_positions, first, first + forms.index(":"))


def _reported_saying(tokens: list[Token], verbs: list[int]) -> bool:
    """Whether every verb of saying at ``verbs`` is itself in the Konjunktiv ("beantworte", "sage"; a
    form of the ``hints`` no indicative shares: "Einige Modelle gäben hier … an"): a saying reported
    within the last speaker's speech, not a new inquit."""
    return all(token_flags(tokens[k].text, tokens[k].lemma) & KONJUNKTIV for k in verbs)


def _names_no_one(context: _Context, found: _Found) -> bool:
    """Whether ``found`` is a phrase that names no one: no pronoun or role noun that refers back, no
    registered actor, no entity of a person's or body's kind, and no word that is a given name, role,
    organisation or medium noun or no German word ("Die Verlinkung der Marken")."""
    entity = found.entity
    return (
        found.words is None
        and found.mention is None
        and (entity is None or (entity.actor is None and not entity.kinds & SPEAKER_KINDS))
        and not _names_someone(context.doc.text[found.start : found.stop])
    )


def _indicative_subject(
    context: _Context, tokens: list[Token], mask: list[bool], number: int
) -> _Found | None:
    """The person or body opening sentence ``number`` as the subject of a finite verb in the indicative
    whose clause holds no Konjunktiv, when the Konjunktiv follows in a later clause ("Journalisten
    beschweren sich über Behinderungen, nur die Reporter von Rossija seien zugelassen"): the subject
    reports what follows, not the last speaker, whose reported speech the indicative has left."""
    words = context.words
    begin = skip_adverbs(tokens, 0, len(tokens))
    if begin >= len(tokens) or mask[begin] or tokens[begin].text.lower() in words.object_determiners:
        return None
    if tokens[begin].lemma[:1].islower() and tokens[begin].lemma.endswith("en"):
        return None  # "Sollte Lustenau nicht verkaufen, werde …": a verb opens the sentence
    phrase = parse_phrase(tokens, begin, len(tokens), coordinate=True)
    if phrase is None or phrase.end >= len(tokens) or not _person_like(context, tokens, phrase):
        return None
    verb = phrase.end
    finite = tokens[verb]
    if tokens[phrase.first].text.lower() in words.plural_determiners:
        return None  # "Viele Sender bedeuten, dass …": a generic subject, no source
    lower = finite.text.lower()
    if (
        mask[verb]
        or not lower[:1].islower()
        or not is_plain_word(lower)
        or not finite.lemma.endswith("n")  # "Rust sales grew …": no German verb (sagen, sein, ändern)
        or lower in words.hints
        or any(lower in group for group in (words.determiners, words.prepositions, words.adverbs))
    ):
        return None
    if (
        finite.text.endswith(("e", "en"))
        and any(c in finite.text for c in "äöü")
        and not any(c in finite.lemma for c in "äöü")
    ):
        return None  # "Trump würde sich … halten", "wäre", "hätte": Konjunktiv II (not "hält")
    offset = context.doc.sentences[number].first_token
    end = _clause_end(tokens, mask, verb)
    if end >= len(tokens) or any(context.flags[offset + k] & KONJUNKTIV for k in range(begin, end)):
        return None  # the Konjunktiv in the subject's own clause: reported speech goes on there
    if _plural_against(tokens, phrase, tokens[verb]):
        return None  # "Die Äußerungen … bezeichnete X als …": an object before the verb
    k = end + 1
    while k < len(tokens) and tokens[k].text.lower() in words.coordinators:
        k += 1
    if k >= len(tokens) or tokens[k].text.lower() in words.pronouns:
        return None  # "…, und er wolle sie …": he goes on
    if _relative_at(tokens, k):
        return None  # "…, welche von der Kommission gesteuert würden": a relative clause
    if not any(not mask[j] and context.flags[offset + j] & KONJUNKTIV for j in range(k, len(tokens))):
        return None  # no reported speech after it ("…, anderenfalls würden sie …": the conditional)
    return context.found(phrase, tokens, number)


def _wie_clause(tokens: list[Token], mask: list[bool], forms: list[str], verb: int) -> bool:
    """Whether the verb at ``verb`` ends a clause opened by "wie", also across an apposition set off
    by commas ("Wie Steve Marshall, Sprecher der UN-Büros in Birma, in Bangkok mitteilte, …")."""
    begin = _clause_start(tokens, mask, verb)
    if forms[begin] == "wie":
        return True
    for _ in range(2):
        if begin < 2 or tokens[begin - 1].text != ",":
            return False
        end, begin = begin - 1, _clause_start(tokens, mask, begin - 2)
        # only a name before the comma: "Wie lange wird das gutgehen, bevor …" is none
        if forms[begin] == "wie":
            phrase = parse_phrase(tokens, begin + 1, end)
            return phrase is not None and phrase.end == end
    return False


SENTENCE_ENDS: Final = frozenset(".!?…")  # the marks that end a sentence of running text, not a heading


def _heading(context: _Context, number: int) -> bool:
    """Whether sentence ``number`` is a heading: a paragraph of its own that ends with no mark of a
    sentence's end, also inside a closing quotation mark ("Öffentlicher Dienst und Ukraine-Konflikt
    kosten", "Lüddemann: Beschluss Ende März ist zu spät"; not "„Atomkraft ist keine Lösung.“")."""
    sentences = context.doc.sentences
    paragraph = sentences[number].paragraph
    if (number > 0 and sentences[number - 1].paragraph == paragraph) or (
        number + 1 < len(sentences) and sentences[number + 1].paragraph == paragraph
    ):
        return False
    tokens = context.doc.tokens[sentences[number].first_token : sentences[number].end_token]
    last = next((t.text for t in reversed(tokens) if t.text not in QUOTE_MARKS), "")
    return last not in SENTENCE_ENDS and last != ":"


def _same_person(context: _Context, one: _Found, other: _Found) -> bool:
    """Whether two speakers found are one person or body: one mention, one entity, one registered actor,
    or the same last word of the names they stand for ("Lüddemann" and "Cornelia Lüddemann")."""
    if _same_speaker(one, other) or _same_actor(one, other):
        return True
    text = context.doc.text
    names = [(found.words or text[found.start : found.stop]).split() for found in (one, other)]
    return all(names) and ends_name(names[0][-1:], names[1])


def _names_another(context: _Context, state: _State, number: int) -> bool:
    """Whether sentence ``number`` names a person or body other than the last speaker: an entity that is no
    abstract noun taken for a name, or a surname of the text ("Am Abend besuchte der Bürgermeister die
    Unfallstelle."), where the last speaker's own name does not count ("Lüddemann: Beschluss … zu spät")."""
    assert state.speaker is not None
    speaker = state.speaker
    for entity in _entities_of(context, number):
        if _abstract_thing(context, entity.start, entity.stop, entity.kinds):
            continue
        if not _same_person(context, _entity_found(entity), speaker):
            return True
    tokens, mask = context.tokens_of(number, number)
    return _surname_in(context, tokens, mask, _last_word(context, speaker))


def _entity_found(entity: Entity) -> _Found:
    """An entity of a sentence as a found speaker, to compare with the last speaker (``_same_person``)."""
    return _Found(entity.start, entity.stop, entity.actor or "unregistered", False, entity)


def _last_word(context: _Context, speaker: _Found) -> str | None:
    """The last word of a speaker's name as the text writes it ("Fuchs" of "der Kriminologe Walter Fuchs")."""
    words = (speaker.words or context.doc.text[speaker.start : speaker.stop]).split()
    return words[-1] if words else None


def _entities_of(context: _Context, number: int) -> list[Entity]:
    """The entities of sentence ``number``, collected first."""
    context.collect(number)
    sentence = context.doc.sentences[number]
    starts = context.entities.starts
    return context.entities.items[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]


def _surname_in(context: _Context, tokens: list[Token], mask: list[bool], own: str | None = None) -> bool:
    """Whether a sentence's ``tokens`` name a person by a surname of the text outside quotation marks
    (``mask``), other than the word ``own`` ("Um die Zeit dafür zu gewinnen, will Oettinger …")."""
    return any(
        not quoted and t.text[:1].isupper() and t.text != own and context.is_surname(t.text, t.start)
        for t, quoted in zip(tokens, mask, strict=False)
    )


def _between(context: _Context, state: _State, number: int) -> list[int] | None:
    """The sentences of running text between the last speaker's sentence and ``number``, headings left out
    (a heading neither carries nor ends the speech: "Die hohe Zinslast sei ein klares Signal …. ¶
    Öffentlicher Dienst und Ukraine-Konflikt kosten ¶ Zugleich zahlten die Bürger …"); None where a
    heading between quotes or names someone else (" ¶ Weikert: „…“ ¶ "), which ends the chain."""
    between: list[int] = []
    for k in range(number - 1, state.sentence, -1):  # back from ``number``, as far as two sentences
        if not _heading(context, k):
            between.insert(0, k)
            if len(between) > 1:
                return between  # more than one sentence between: no chain any rule reads goes on
        elif _quoted_in(context, context.doc.sentences[k]) or _names_another(context, state, k):
            return None
    return between


def _speaker_acts(context: _Context, state: _State, number: int, subject: _Found | None) -> bool:
    """Whether ``subject``, of sentence ``number``, is the last speaker, with no verb of saying in the
    sentence ("…, sagte Abwerzger. … Für Griss fand Abwerzger … dennoch lobende Worte. Sie wäre eine gute
    Kandidatin …"): what the speaker does between two of their sentences keeps their speech going."""
    assert state.speaker is not None
    sentence = context.doc.sentences[number]
    verbs = _positions_in(context.verb_positions, sentence.first_token, sentence.end_token)
    return (
        subject is not None
        and not any(context.flags[i] & SPEECH for i in verbs)
        and _same_person(context, subject, state.speaker)
    )


def _chain_open(context: _Context, state: _State, number: int, mentioned: bool = True) -> bool:
    """Whether the last speaker's speech may go on in sentence ``number``: they spoke in the sentence
    before, headings left out, or in the one before that and the sentence between reports nothing and
    names no one (no verb of saying, no quotation, no person or body: "…, so der OSZE-Bericht, ….
    Jedoch wurden Behinderungen registriert. Auch seien die Grenzen … nicht immer deutlich zu erkennen
    gewesen."; a thing as its subject, ``_told_thing``: "…, sagte Johnson. Bisher lag das Zieldatum bei
    Ende Januar. Die britische Regierung werde …") or has the speaker as its subject (``_speaker_acts``) or,
    where ``mentioned``, names the speaker and no one else (``_names_only_speaker``: "…, macht Doskozil noch
    einen dritten Brennpunkt. Es sei nämlich keineswegs so, …"; not for a quotation standing alone, whose
    speaker is that nearer mention: "… will Oettinger die Naturwissenschaften straffen. „…“")."""
    if state.speaker is None:
        return False
    if number - state.sentence <= 1:
        return True
    gap = _between(context, state, number)
    if gap is None or len(gap) > 1:
        return False
    if not gap:
        return True
    between = context.doc.sentences[gap[0]]
    if _quoted_in(context, between):
        return False
    named = _entities_of(context, gap[0])
    tokens, mask = context.tokens_of(gap[0], gap[0])
    surname = _surname_in(context, tokens, mask)
    subject = _first_subject(context, tokens, 0, len(tokens), gap[0], strict=True) or _after_finite(
        context, tokens, 0, len(tokens), gap[0]
    )  # "Am 15. Mai hat die Wahlkommission den Termin festgelegt.": a body as the subject
    if _speaker_acts(context, state, gap[0], subject) or (
        mentioned and _names_only_speaker(context, state, gap[0], named)
    ):
        return True
    if gap[0] in context.reporting and not _reports_nothing(context, between):
        return False
    thing = subject is not None and _told_thing(context, subject, tokens)
    if thing:  # its own noun is no surname and no one named ("Zieldatum" once read as a subject)
        assert subject is not None
        surname = _surname_in(context, tokens, mask, context.doc.text[subject.start : subject.stop])
        named = [e for e in named if e.start != subject.start]
    if surname or any(not _abstract_thing(context, e.start, e.stop, e.kinds) for e in named):
        return False  # "Am Abend besuchte der Bürgermeister die Unfallstelle.": a person or body named
    return subject is None or thing or _abstract_found(context, subject)


def _names_only_speaker(context: _Context, state: _State, number: int, named: list[Entity]) -> bool:
    """Whether sentence ``number``, between two of the last speaker's sentences, names that speaker (a
    mention of theirs, or their surname outside quotation marks) and no other person or body, with no
    verb of saying ("…, macht Doskozil noch einen dritten Brennpunkt. Es sei nämlich …"; "Ob sie das
    Sicherheitsgefühl … erhöhen, sieht Fuchs skeptisch. Zudem hätten …"): the author tells of what the
    speaker does or thinks, and the speech goes on."""
    assert state.speaker is not None
    speaker = state.speaker
    sentence = context.doc.sentences[number]
    verbs = _positions_in(context.verb_positions, sentence.first_token, sentence.end_token)
    if any(context.flags[i] & SPEECH for i in verbs) or _names_another(context, state, number):
        return False
    if any(_same_person(context, _entity_found(e), speaker) for e in named):
        return True
    own = _last_word(context, speaker)
    tokens, mask = context.tokens_of(number, number)
    return own is not None and any(
        t.text == own and not quoted for t, quoted in zip(tokens, mask, strict=False)
    )


def _told_thing(context: _Context, found: _Found, tokens: list[Token]) -> bool:
    """Whether ``found``, the subject of a sentence between two of the last speaker's, is one thing the
    author tells of ("Bisher lag das Zieldatum bei Ende Januar."): a noun with no name, of no person or
    body (no role, organisation, given name or medium), written as its own lemma (the singular's
    nominative; not "Die Genannten wiesen das zurück", persons named by an inflected adjective, nor a
    plural), in a sentence with no question and no colon (an interviewer's turn, a label)."""
    entity = found.entity
    head = next((t for t in tokens if t.start < found.stop <= t.end), None)
    return (
        entity is not None
        and head is not None
        and head.text == head.lemma
        and found.words is None
        and found.mention is None
        and not entity.named
        and not entity.kinds & SPEAKER_KINDS
        and found.actor in ("unregistered", "")
        and referent_number(context.doc.text, entity) != "pl"
        and not any(t.text in ("?", ":") for t in tokens)
    )


def _reports_nothing(context: _Context, sentence: Sentence) -> bool:
    """Whether ``sentence``, read as reporting speech where it found no speaker, reports nothing, so that a
    chain of reported speech goes on across it: no verb of saying, Konjunktiv, hearsay, reference back or
    "laut" in it, and no noun of information ("Angaben") but those it denies ("Zu den Kosten gab es keine
    Angaben.", ``no_information``; speaker round 51); its other cues then found no one (a "dass" of the
    author's: "Es gibt jedoch einige kontroverse Fälle, die der Tatsache geschuldet sind, dass …"; a time
    "Für …": "Für die nächsten 25 Jahre sind synthetische Kraftstoffe angesagt"; speaker round 52)."""
    tokens = context.doc.tokens
    first, end = sentence.first_token, sentence.end_token
    if any(
        _any_in(positions, first, end)
        for positions in (
            context.konjunktiv_positions,
            context.hearsay_positions,
            context.back_positions,
            context.according_positions,
        )
    ):
        return False
    if any(context.flags[i] & SPEECH for i in _positions_in(context.verb_positions, first, end)):
        return False
    triggers = _positions_in(context.trigger_positions, first, end)
    information = context.words.information
    if not any(tokens[i].text.lower() in information for i in triggers):
        return True
    if tokens[first].text.lower() not in context.words.prepositions:
        return False  # "Die Deutsche Bahn machte keine Angaben.": a subject before the verb, maybe a body
    return bool(triggers) and all(
        i > first + 1
        and tokens[i - 1].text.lower() in context.words.no_information
        and not tokens[i - 2].text[:1].isupper()  # "gab es keine", not "machte Schulz keine Angaben"
        for i in triggers
    )


def _abstract_thing(context: _Context, start: int, stop: int, kinds: frozenset[str]) -> bool:
    """Whether the mention at ``start``..``stop`` is an abstract noun no list knows as a person or body,
    taken for a name ("die technische Wohnraumbelüftung": its last word ends like "Belüftung",
    ``abstract_endings``), not "die Regierung" or "die Gewerkschaft" (organisation nouns; round 43)."""
    if kinds & SPEAKER_KINDS:
        return False
    last = context.doc.text[start:stop].split()[-1]
    return last[:1].isupper() and last.lower().endswith(context.words.abstract_endings)


def _abstract_found(context: _Context, found: _Found) -> bool:
    """``_abstract_thing`` of a speaker found in place (not a pronoun or role that refers back)."""
    kinds = found.entity.kinds if found.entity is not None else frozenset()
    return (
        found.words is None
        and found.mention is None
        and _abstract_thing(context, found.start, found.stop, kinds)
    )


def _quoted_in(context: _Context, sentence: Sentence) -> bool:
    """Whether a quotation region starts inside ``sentence``."""
    index = bisect_left(context.region_starts, sentence.start)
    return index < len(context.region_starts) and context.region_starts[index] < sentence.end


def _held(words: SpeechWords, forms: list[str], tokens: list[Token]) -> bool:
    """Whether a noun of information or of a view with its article ends a clause ("vertritt die
    Ansicht, Clarkson habe …"), or does so but for the clause's participle ("hatte die Auffassung
    vertreten, das Gericht sei …"): the subject holds the view the clause after the comma reports."""
    return any(
        (w in words.information or w in words.views)
        and k > 0
        and forms[k - 1] in HOLDING
        and (
            (k + 1 < len(forms) and forms[k + 1] == ",")
            or (k + 2 < len(forms) and forms[k + 2] == "," and _participle_between(tokens, k + 1))
        )
        for k, w in enumerate(forms)
    )


def _participle_between(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the lower-case non-finite verb that closes a clause before its comma
    ("hatte den Standpunkt vertreten, …", "den Eindruck erweckt"; not "der Ansicht Müllers, …", "der
    Meinung nach, …")."""
    text = tokens[k].text
    return text[:1].islower() and (is_participle(text) or text.endswith("en"))


def _back_reference(context: _Context, state: _State, token: Token, number: int) -> _Found:
    """ "Demnach" as the mention of the source named before it: the last speaker when it spoke in the
    sentence before ("Die Wahlkommission gab das Ergebnis bekannt. Demnach hat …"), else nobody known."""
    last = state.speaker
    if last is None or number - state.sentence > 1:
        last = (
            _source_before_colon(context, token, number)
            or _source_before_dash(context, token, number)
            or _subject_before(context, number)
            or _source_named_before(context, number)
        )
        if last is None:
            return _Found(token.start, token.end, "unregistered", False)
    words = last.words or context.doc.text[last.start : last.stop]
    return _Found(token.start, token.end, last.actor, last.media, last.entity, last.mention, words)


def _subject_before(context: _Context, number: int) -> _Found | None:
    """The person or body that opens the sentence before ``number`` in its paragraph as the subject of
    its verb, for a "Demnach" after a sentence that names no speaker ("Der Naturschutzbund hat in einer
    Stellungnahme … kritisiert. Demnach sei …"): the adverb refers back to what that subject said."""
    before = _sentence_before(context, number)
    if before is None:
        return None
    tokens, mask, begin = before
    words = context.words
    if begin >= len(tokens) or tokens[begin].text.lower() in words.prepositions:
        return None  # "Unter dem Stichwort Panamapapers hatten Medien …": no subject first
    tokens, mask = _without_parenthesis(tokens, mask, begin)
    found = _first_subject(context, tokens, begin, len(tokens), number - 1, strict=True)
    if found is None:
        return None
    after = _first_at(tokens, found.stop)
    verb = tokens[after].text.lower() if after < len(tokens) else ""
    if verb in words.auxiliaries and lemma_of(verb) != "haben":
        return None  # "Der Fonds soll … unterstützt werden": what is done to it, not what it says
    return found


GENITIVE_OWNERS: Final = frozenset({"des", "der"})  # "Bericht des Magazins", "Daten der Behörde"


def _sentence_before(context: _Context, number: int) -> tuple[list[Token], list[bool], int] | None:
    """The tokens, mask and first token after a dateline of the unquoted sentence before ``number`` in
    its paragraph, where a "Demnach" looks for its source."""
    if number == 0:
        return None
    sentences = context.doc.sentences
    if "\n" in context.doc.text[sentences[number - 1].end : sentences[number].start]:
        return None
    tokens, mask = context.tokens_of(number - 1, number - 1)
    if not tokens or mask[0] or _quoted_in(context, sentences[number - 1]):
        return None
    return tokens, mask, _dateline_end(tokens, 0, len(tokens))  # "Salzburg – Der Naturschutzbund …"


def _source_named_before(context: _Context, number: int) -> _Found | None:
    """The source the sentence before names outside its opening subject, for a "Demnach" after it: the
    subject after the finite verb of a sentence "Das" or an adverbial opens ("Das berichtete die
    Tageszeitung Politika am Dienstag.", "Zu diesem Schluss kommt die FAO in ihrem Weltwaldbericht."), else
    the owner of a noun of information there ("Ein Bericht des Wirtschaftsmagazins Nikkei sorgt …"), or
    the subject of a clause that reports after a subordinator (``_subordinate_source``)."""
    before = _sentence_before(context, number)
    if before is None:
        return None
    tokens, mask, begin = before
    return (
        _inverted_source(context, tokens, mask, begin, number - 1)
        or _information_owner(context, tokens, number - 1)
        or _subordinate_source(context, tokens, mask, number - 1)
    )


def _subordinate_source(
    context: _Context, tokens: list[Token], mask: list[bool], sentence: int
) -> _Found | None:
    """The person or body right after a subordinator whose clause reports, in the sentence before a
    "Demnach" ("Das Verfahren stand … kurz vor dem Abschluss, nachdem ein Unfallexperte sein Gutachten
    vorgelegt hatte. Demnach habe …", round 95): the findings of that clause are what the adverb reports."""
    words = context.words
    for k in range(len(tokens) - 2):
        if mask[k] or tokens[k].text.lower() not in words.subordinators - NOT_SOURCE_CLAUSES:
            continue
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j].text in BOUNDARIES), len(tokens))
        clause = tokens[k + 1 : end]
        if any(token.text.lower() in words.passive for token in clause) or not any(
            _reports(words, token, clause) for token in clause
        ):
            continue  # "wenn ihr Reisegebiet … zum Risikogebiet erklärt wird": what is done to it
        phrase = parse_phrase(tokens, k + 1, end)
        if phrase is not None and _person_like(context, tokens, phrase):
            return context.found(phrase, tokens, sentence)
    return None


NOT_SOURCE_CLAUSES: Final = frozenset({"dass", "ob", "damit"})  # what is said or aimed at, not who found it


def _source_before_colon(context: _Context, token: Token, number: int) -> _Found | None:
    """The source the clause before a colon names in the sentence of a "Demnach" right after it ("Am
    Montag veröffentlichte die Statistik Austria ihre neuen Zahlen: Demnach sind …")."""
    tokens, mask = context.tokens_of(number, number)
    colon = (_index_of(tokens, token) or 0) - 1
    if colon < 2 or tokens[colon].text != ":" or mask[colon]:
        return None
    begin = _dateline_end(tokens, 0, colon)
    head, head_mask = tokens[:colon], mask[:colon]
    return (
        _first_subject(context, head, begin, colon, number, strict=True)
        or _inverted_source(context, head, head_mask, begin, number)
        or _information_owner(context, head, number)
    )


def _source_before_dash(context: _Context, token: Token, number: int) -> _Found | None:
    """The source the clause before a dash or semicolon names in the sentence of a "demnach" right after
    it: the agent of a passive after "seitens"/"vonseiten" ("Nach einem Umzug des Täters wurden seitens des
    zuständigen Kreisveterinäramts Wesel die Hunde … zurückgegeben – demnach bestünde …"), else the source
    as before a colon (round 95)."""
    tokens, mask = context.tokens_of(number, number)
    k = _index_of(tokens, token)
    if k is None or k < 3 or tokens[k - 1].text not in CLAUSE_DASHES or mask[k - 1]:
        return None
    head, head_mask = tokens[: k - 1], mask[: k - 1]
    return (
        _agent_phrase(context, head, head_mask, number)
        or _inverted_source(context, head, head_mask, _dateline_end(head, 0, len(head)), number)
        or _information_owner(context, head, number)
    )


CLAUSE_DASHES: Final = frozenset({"–", "—", ";"})  # "… zurückgegeben – demnach …": a clause set off


def _agent_phrase(context: _Context, tokens: list[Token], mask: list[bool], sentence: int) -> _Found | None:
    """The person or body after an agent's preposition ("seitens des Kreisveterinäramts Wesel"): who
    acted in a passive clause, and whose findings a "demnach" after it reports."""
    prepositions = context.words.agent_prepositions
    for k in range(len(tokens) - 1):
        if not mask[k] and tokens[k].text.lower() in prepositions:
            phrase = parse_phrase(tokens, k + 1, len(tokens))
            if phrase is not None and _person_like(context, tokens, phrase):
                return context.found(phrase, tokens, sentence)
    return None


def _inverted_source(
    context: _Context, tokens: list[Token], mask: list[bool], begin: int, sentence: int
) -> _Found | None:
    """The subject right after the finite verb of a sentence "Das"/"Dies" or an adverbial opens, not of
    a passive ("Dort sollen Männer … ausgebildet werden": what is done to them) nor after a copula."""
    words = context.words
    if begin >= len(tokens) or any(token.text.lower() in words.passive for token in tokens):
        return None
    announced = tokens[begin].text in words.next_sentence
    finite = begin + 1 if announced else _inverted_finite(words, tokens, begin, len(tokens))
    if finite is None and _adverbial_opening(words, tokens[begin].text):
        skip = words.determiners | words.prepositions  # "Am Montag veröffentlichte die Statistik Austria …":
        finite = next(  # a verb of saying that looks like an adjective
            (
                k
                for k in range(begin + 1, len(tokens))
                if tokens[k].text[:1].islower() and tokens[k].text.lower() not in skip
            ),
            None,
        )
        if finite is not None and not _reports(words, tokens[finite], tokens):
            return None
    if (
        finite is None
        or finite + 1 >= len(tokens)
        or not tokens[finite].text[:1].islower()
        or tokens[finite].text.lower() in words.copulas | words.coordinators
    ):  # "Das sind die Daten 2015", "Unter dem Stichwort Panamapapers oder …": no verb before a subject
        return None
    if not any(_reports(words, token, tokens) for token in tokens):
        return None  # "Am Freitag hat das Parlament einer Gesetzesvorlage zugestimmt": no source of findings
    return _after(context, tokens, mask, finite + 1, sentence, lenient=True, announced=announced)


def _reports(words: SpeechWords, token: Token, tokens: list[Token]) -> bool:
    """Whether ``token`` is a verb of saying, of a finding or of publishing, or a conclusion's verb with its
    noun in ``tokens`` ("Zu diesem Schluss kommt die FAO"): its subject speaks for what "Demnach" reports."""
    lemma = token.lemma.lower()
    return (
        _is_speech_verb(token, tokens)
        or lemma in words.finding_verbs
        or lemma in words.publishing_verbs
        or lemma in words.analysis_verbs  # "Für diesen Report hat die Krankenkasse … ausgewertet" (round 95)
        or (  # "schlüsselt … auf": a particle of the clause before a verb some analysis verb ends in
            any(verb.endswith(lemma) for verb in words.analysis_verbs)
            and any(t.text.lower() + lemma in words.analysis_verbs for t in tokens)
        )
        or (lemma in words.clause_verbs and any(t.text.lower() in words.clause_verbs[lemma] for t in tokens))
    )


def _information_owner(context: _Context, tokens: list[Token], sentence: int) -> _Found | None:
    """The person or body in the genitive after a noun of information, a document or a finding ("Ein
    Bericht des Wirtschaftsmagazins Nikkei", "die Umfragedaten des Israelischen Demokratie-Instituts"):
    whose findings a "Demnach" in the next sentence reports."""
    words = context.words
    endings = words.information_endings + words.documents + words.findings
    for k in range(len(tokens) - 2):
        text = tokens[k].text
        if is_capitalised(text) and text.lower().endswith(endings) and tokens[k + 1].text in GENITIVE_OWNERS:
            owner = parse_phrase(tokens, k + 1, len(tokens))
            if owner is not None and _person_like(context, tokens, owner):
                return context.found(owner, tokens, sentence)
    return None


def _embedded(context: _Context, tokens: list[Token], verbs: list[int]) -> bool:
    """Whether every verb of saying in ``tokens`` depends on a Konjunktiv I auxiliary in its clause,
    before it ("das Gericht könne feststellen", "die Ministerin sei gefordert") or closing the clause after
    it ("…, wenn der Etat … erst Ende März beschlossen werde"), or stands in a relative clause ("Umso
    wichtiger seien prominente Persönlichkeiten, die offen über Sucht sprächen"): speech reported in turn."""
    base = bisect_left(context.token_starts, tokens[0].start)
    flags = context.flags
    words = context.words
    for verb in verbs:
        k = verb - 1  # back to the clause's boundary, noting a Konjunktiv I on the way
        auxiliary = False
        while k >= 0 and tokens[k].text not in BOUNDARIES:
            auxiliary = auxiliary or bool(flags[base + k] & KONJUNKTIV)
            k -= 1
        if (
            0 <= k < verb - 2
            and tokens[k].text == ","
            and tokens[k + 1].text.lower() in words.relative_pronouns
            and tokens[k + 2].text.lower() not in words.auxiliaries  # "…, das hatte er schon mitgeteilt, …"
        ):
            continue  # "…, die offen über Sucht sprächen": a saying within the reported clause
        if not auxiliary and _zu_infinitive(tokens, verb, words.zu_particles):
            if _konjunktiv_before(tokens, flags, base, k):
                continue  # "hätten von Druck berichtet, … nachzuweisen": reported with its clause (round 60)
            return False  # "wandte sich an …, um sich gegen den Vorwurf zu verteidigen": the subject's own
        if flags[base + verb] & KONJUNKTIV:
            return False
        if auxiliary:
            continue
        after = verb + 1  # the auxiliary that closes a subordinate clause ("beschlossen werde,")
        if not (
            after < len(tokens)
            and flags[base + after] & KONJUNKTIV
            and (
                after + 1 == len(tokens)
                or tokens[after + 1].text in BOUNDARIES
                or tokens[after + 1].text in SENTENCE_ENDS
            )
        ):
            return False
    return True


CLAUSE_MARKS: Final = frozenset(",;:–—")  # close a sentence's first clause


def _in_place(context: _Context, tokens: list[Token], mask: list[bool], speaker: _Found) -> _Found:
    """The continued ``speaker`` at a pronoun of this sentence's first clause that refers to it: an
    object ("Doch die Schließung habe ihn „schockiert“" → "ihn") or the subject of an indicative verb
    ("…, bedauerte sie"); else as it was: the subject of a Konjunktiv I is the reported clause's own
    ("Nur Seitenwind möge sie „nicht besonders“", round 28), and a pronoun after a comma or semicolon
    belongs to the reported words ("Das ZdK solle …; sie selbst stehe …", "…, dass sie sich …
    verhielten"), which the speaker span stays out of."""
    if speaker.entity is None:
        return speaker
    words = context.words
    for k, (token, quoted) in enumerate(zip(tokens, mask, strict=False)):
        if not quoted and token.text in CLAUSE_MARKS:
            break
        lower = token.text.lower()
        gender = words.object_pronouns.get(lower)
        if (
            gender is None
            and lower in words.pronouns
            and _after_indicative(words, tokens, token.start)
            and not (k > 0 and _plural_for_one(context, tokens[k - 1], lower, speaker.entity))
        ):
            gender = words.pronouns[lower]  # "bedauerte sie", "sieht er": the sentence's own verb's subject
        if quoted or gender is None or token.start < speaker.stop:
            continue
        if context.resolve(token.start, gender) is speaker.entity:
            text = context.doc.text
            name = speaker.words or text[speaker.entity.start : speaker.entity.stop]
            return _Found(token.start, token.end, speaker.actor, False, speaker.entity, speaker.mention, name)
    return speaker


def _after_indicative(words: SpeechWords, tokens: list[Token], start: int) -> bool:
    """Whether the pronoun at character ``start`` follows an inflected verb in the indicative ("sieht
    er", "bedauerte sie", "Hervorgehoben hat er"): the subject of the sentence's own verb, which names
    the speaker there. After a Konjunktiv ("möge sie", "wolle er", "Kämen sie", the reported forms of
    ``hints``) or with no verb before it ("Er halte …", "Ob er … sei") it is the subject of the reported
    clause (round 28)."""
    k = next((i for i, token in enumerate(tokens) if token.start == start), 0)
    if k == 0:
        return False
    verb = tokens[k - 1]
    lemma = verb.lemma
    return (
        verb.kind == "word"
        and verb.text != lemma
        and lemma[:1].islower()
        and lemma.endswith("n")
        and not konjunktiv_one(verb.text, lemma)
        and verb.text.lower() not in words.hints
    )


def _subject_pronoun(context: _Context, tokens: list[Token], mask: list[bool]) -> _Found | None:
    """An "er"/"sie" opening the sentence or right after its finite verb, resolved."""
    for k in range(min(3, len(tokens))):
        token = tokens[k]
        if mask[k] or token.text in BOUNDARIES:
            return None
        if token.text.lower() in context.words.pronouns:
            return context.pronoun(token)
    return None


def _inverted_pronoun(context: _Context, tokens: list[Token], mask: list[bool], number: int) -> _Found | None:
    """An "er"/"sie" right after the singular Konjunktiv I verb that follows the first phrase of the
    sentence's first clause, resolved ("Diese Solidarität habe er auch im Knast gespürt."); not after a
    Konjunktiv II, which may be no one's speech ("Mit einem Sieg wäre er … aufgestiegen")."""
    offset = context.doc.sentences[number].first_token
    for k in range(1, len(tokens) - 1):
        if mask[k] or tokens[k].text in BOUNDARIES:
            return None
        if context.flags[offset + k] & KONJUNKTIV:
            verb, following = tokens[k], tokens[k + 1]
            if mask[k + 1] or following.text.lower() not in context.words.pronouns:
                return None
            return context.pronoun(following) if konjunktiv_one(verb.text, verb.lemma) else None
    return None


def _any_in(positions: list[int], begin: int, end: int) -> bool:
    index = bisect_left(positions, begin)
    return index < len(positions) and positions[index] < end


def _positions_in(positions: list[int], begin: int, end: int) -> list[int]:
    """The sorted ``positions`` from ``begin`` up to ``end``."""
    return positions[bisect_left(positions, begin) : bisect_left(positions, end)]


CLAUSE_OPENERS: Final = frozenset(
    {"der", "die", "das", "den", "dem", "deren", "dessen", "welche", "welcher", "was", "wo"}
)  # relative pronouns after a comma (an article when a noun or adjective follows)


def _relative_at(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` opens a relative clause ("…, die von der Kommission …"), not a noun phrase
    whose article it is ("…, die Koalition müsse", "…, die neue Regel")."""
    return tokens[k].text.lower() in CLAUSE_OPENERS and not (
        k + 1 < len(tokens) and (is_capitalised(tokens[k + 1].text) or is_adjective(tokens[k + 1]))
    )


def _says_comma(context: _Context, tokens: list[Token], mask: list[bool], verbs: list[int]) -> bool:
    """A verb of saying in a main clause that ends at a comma before a main clause ("Amato sagte in
    Rom, sehr wahrscheinlich handele es sich um …"): what follows is reported, without "dass"."""
    words = context.words
    for verb in verbs:
        begin, end = _clause_start(tokens, mask, verb), _clause_end(tokens, mask, verb)
        if begin == verb or end + 1 >= len(tokens) or tokens[end].text != ",":
            continue
        opener, following = tokens[begin].text.lower(), tokens[end + 1].text.lower()
        if opener in words.subordinators or (begin > 0 and opener in CLAUSE_OPENERS):
            continue  # a subordinate or relative clause ("wie X mitteilte,", "…, der sagte,")
        relative = _relative_at(tokens, end + 1)
        if (
            following in words.coordinators
            or following in words.auxiliaries
            or relative
            or (following in words.subordinators and following not in words.clause and following != "ob")
        ):
            continue  # "sagte er, als …", "erklärte der Minister, der …", "droht X, sollte es …"
        after = range(end + 1, _clause_end(tokens, mask, end + 1))
        if any(_verb_like(words, tokens[k]) for k in after):
            return True  # a clause with a verb, not an insertion ("…, Klaus K., vor Gericht")
    return False


def _says_colon(context: _Context, tokens: list[Token], mask: list[bool], verbs: list[int]) -> bool:
    """A verb of saying in the main clause that opens the sentence and ends at its colon, before a main
    clause with no quotation marks in the sentence ("Kurz nach halb neun Uhr morgens warnt die Polizei:
    Zwei Hochspannungsmasten … sind beschädigt.", "Mena mahnte: Die Gewässer sind nicht sicher …"): the
    clause after the colon is what the subject says, in the indicative as after ``_says_comma``'s comma."""
    if any(mask):
        return False  # a quotation after the colon is read as one ("X sagte: „…“")
    words = context.words
    for verb in verbs:
        if _clause_start(tokens, mask, verb) != 0 or verb == 0:
            continue  # a subordinate or relative clause ("…, der festhielt:"), a question ("Sagt er:")
        colon = _clause_end(tokens, mask, verb)
        if (
            colon + 2 >= len(tokens)
            or tokens[colon].text != ":"
            or tokens[0].text.lower() in words.subordinators
        ):
            continue
        if not is_capitalised(tokens[colon + 1].text):
            continue  # a list or a phrase cut short ("nannte drei Gründe: steigende Kosten, …")
        after = range(colon + 1, _clause_end(tokens, mask, colon + 1))
        if any(_verb_like(words, tokens[k]) for k in after):
            return True
    return False


def _verb_like(words: SpeechWords, token: Token) -> bool:
    """A lower-case word that may be a clause's verb: no adjective, determiner, preposition or adverb."""
    lower = token.text.lower()
    return (
        token.text[:1].islower()
        and not is_adjective(token)
        and lower not in words.determiners
        and lower not in words.prepositions
        and lower not in words.adverbs
        and lower not in words.not_adjectives
    )


def _konjunktiv_before(tokens: list[Token], flags: list[int], base: int, boundary: int) -> bool:
    """Whether the clause before ``tokens[boundary]`` (a comma that opens a zu-infinitive) holds a Konjunktiv
    I: the clause the infinitive depends on is reported speech."""
    k = boundary - 1
    while k >= 0 and tokens[k].text not in BOUNDARIES:
        if flags[base + k] & KONJUNKTIV:
            return True
        k -= 1
    return False


def _zu_infinitive(tokens: list[Token], k: int, particles: tuple[str, ...]) -> bool:
    """Whether ``tokens[k]`` is a zu-infinitive: after "zu" ("zu sagen") or with "zu" after its particle
    ("nachzuweisen", "beizutreten")."""
    return (k > 0 and tokens[k - 1].text == "zu") or _particle_zu(tokens[k].text, particles)


def _particle_zu(text: str, particles: tuple[str, ...]) -> bool:
    """Whether ``text`` is an infinitive with "zu" after its particle ("nachzuweisen", "beizutreten")."""
    return text.endswith("en") and any(
        text.startswith(p + "zu") and len(text) > len(p) + 4 for p in particles
    )


def _zu_clause(tokens: list[Token], verbs: list[int], particles: tuple[str, ...]) -> bool:
    """A verb of saying followed by a comma and a zu-infinitive ("behauptet, nichts … gewusst zu haben"),
    also one with "zu" after its particle ("beschloss, der Partei beizutreten")."""
    if not verbs:
        return False
    comma = next((k for k in range(verbs[0] + 1, len(tokens)) if tokens[k].text == ","), None)
    return comma is not None and any(
        t.text == "zu" or (t.text.startswith(particles) and _particle_zu(t.text, particles))
        for t in tokens[comma + 1 :]
    )


def _next_sentence(context: _Context, number: int) -> _Found | None:
    """The speaker of "Das berichtet das Magazin X" / "Das sagte X" opening the next sentence."""
    sentence = context.doc.sentences[number + 1]
    if context.doc.tokens[sentence.first_token].text not in context.words.next_sentence:
        return None
    following, mask = context.tokens_of(number + 1, number + 1)
    if len(following) > 2 and not mask[1] and _is_speech_verb(following[1], following):
        found = _subject(context, following, mask, 1, number + 1)
        if found is None and (  # "So fordert die Türkei …": an example; "So beschreibt es X": what was quoted
            following[0].text != "So" or following[2].text.lower() in context.words.next_sentence_objects
        ):
            found = _after(context, following, mask, 2, number + 1, lenient=True, announced=True)
        return found
    return None


def _quote_speaker(
    context: _Context, start: int, end: int, state: _State, sibling: tuple[_Found, int] | None = None
) -> tuple[str, _Found | None, _Found | None, int] | None:
    """(label, speaker, relay, last sentence) of the quotation ``start``..``end``, or None when it is
    no speech: a title ("der Film „…“"), a name ("im „Aachener Vertrag“"), a scare quote; ``sibling``
    is the speaker and end of a quotation taken before it in the same sentence."""
    doc, words = context.doc, context.words
    first, last = context.sentence_of(start), context.sentence_of(max(start, end - 1))
    tokens, mask = context.tokens_of(first, last)
    offset = doc.sentences[first].first_token
    opening = bisect_left(context.token_starts, start) - offset  # the first quoted token
    closing = bisect_left(context.token_starts, end) - offset  # the token after the quotation
    inside = []  # its first words (up to eight: enough to tell a name from speech)
    for token in tokens[max(0, opening) : closing]:
        if token.kind != "punct":
            inside.append(token)
            if len(inside) > 7:
                break
    if not inside or _is_media_name(context, doc.text[start:end]) or doc.text[end + 1 : end + 2] == "-":
        return None  # "»Zeit«-Chefredakteur": part of a compound
    mark = opening - 1  # the opening quotation mark
    before = tokens[mark - 1] if mark >= 1 and not mask[mark - 1] else None
    if (
        before is not None
        and (
            is_title_cue(before.text)
            or _genitive_title(tokens, mask, mark)  # "des Animationsfilms „…“" (round 97)
            or _body_named(before, inside)  # "die Tierschutzorganisation „Peta“" (round 98)
            or (
                before.text == ":"
                and any(_cue_before_colon(t.text) for t in tokens[max(0, mark - 3) : mark - 1])
                and not _speech_after_cue(context, tokens, mask, (offset, mark, closing), inside)
            )
        )
    ):
        return None  # "das Buch „…“", "Artikel wie: „…“"
    if _named_after_colon(tokens, mask, mark):
        return None  # "zwei neue Feiertage mit klangvollen Namen: Am 30. April soll "…" begangen werden"
    if _owner_named(context, tokens, mask, mark, inside):
        return None  # "laut einem Artikel der „New York Times“": the medium's name, no quote
    if _addressed_medium(context, tokens, mask, mark, inside):
        return None  # "sagte Hörmann der „Augsburger Allgemeinen“": the medium spoken to
    if _glossed_name(tokens, closing, inside, doc.text[start:end]):
        return None  # "Die … ausgetragenen »Invictus Games« (Sportereignis für …)": a name explained
    heading = _heading_speaker(context, tokens, mask, mark, first) if last == first else None
    if heading is not None:  # "Meister: Abläufe „ins Absurde“ geführt" as a heading line
        return "partial", heading, None, last
    opens = _opens_sentence(tokens, mask, mark)
    left = _clause_start(tokens, mask, max(mark, 0))
    right = _clause_end(tokens, mask, min(closing + 1, len(tokens)))
    flags = context.flags
    konjunktiv = _positions_in(context.konjunktiv_positions, offset, offset + len(tokens))
    reported = any(not mask[i - offset] for i in konjunktiv)
    adapted = not opens and any(  # "Die Erzählung … „bestärke daher bestehende Überzeugungen“."
        mask[i - offset] and offset + opening <= i < offset + closing for i in konjunktiv
    )
    continues = (reported or adapted) and _chain_open(context, state, first)
    verbs = _verbs(context, tokens, mask)
    verbs = sorted(verbs + _assessing(context, tokens, mask, mark, left, right, verbs))  # "sieht X als „…“"
    in_clause = range(left, right)
    reported_clause = any(
        not mask[k] and (flags[offset + k] & KONJUNKTIV or tokens[k].text in words.clause) for k in in_clause
    )
    near = verbs if reported_clause else [k for k in verbs if left <= k < right]
    if not near and left >= 2 and tokens[left - 1].text == ":" and left - 2 in verbs:
        near = [left - 2]  # "welche das BVerfG … verneinte: Es muss eine "ernsthafte Gefahr" bestehen"
    if (
        not near
        and (len(inside) > 1 or not is_capitalised(inside[0].text))  # not a noun alone ("in ihren
        and (comma := _holding_relative(words, tokens, mask, left)) is not None  # „Testberichten“"): a name
    ):
        before_relative = _clause_start(tokens, mask, comma)  # "X warnt vor den Folgen, die mit der Zeit
        near = [k for k in verbs if before_relative <= k < comma]  # „exponentiell“ anstiegen"
    near = near or _als_across_insertion(context, tokens, mask, mark, left, verbs)
    topic = None  # "Zu Beginn hatte Johnson … geworben. Es sei ein «grossartiger Deal»"
    marked = near or _marked(context, offset + left, offset + right)
    if (
        not opens
        and last == first
        and _is_name(context, inside, before, marked, doc.text[start:end], continues)
    ):
        if _sibling_quotation(context, tokens, mask, inside, mark, sibling):  # "…, um den „…“ zu lösen"
            assert sibling is not None
            return "partial", sibling[0], None, last
        viewer = _viewer(context, tokens, mask, inside, left, mark, first)
        if viewer is not None:  # "Finanzminister Osborne sieht „Jahre der Rezession“" (round 82)
            return "partial", viewer, None, last
        if reported and not continues:
            topic = _topic_before(context, tokens, mask, first)
        if topic is None or _is_name(context, inside, before, marked, doc.text[start:end], True):
            return None
    following = None
    inquit = closing + 1 < len(tokens) and (
        closing + 1 in verbs or (tokens[closing + 1].text == "," and closing + 2 in verbs)
    )
    introduced = mark >= 1 and tokens[mark - 1].text == ":" and any(k < mark for k in verbs)  # "sagte X: „…“"
    if (
        not inquit
        and not introduced
        and last + 1 < len(doc.sentences)
        and not context.quoted(doc.sentences[last + 1].start)
    ):
        following = _next_sentence(context, last)  # "„…“ Das erklärte X am Dienstag."
    if following is not None:
        if _saying_speaks(context, following):
            return None
        return ("direct" if opens or last > first else "partial"), following, None, last
    joined = _joined_introducer(context, tokens, mask, mark, first)
    if joined is not None:  # "„…“, sagte Kämna und Sagan ergänzte: „…“": Sagan speaks (round 144)
        return ("direct" if opens or last > first else "partial"), joined, None, last
    speaker, relay, attributed = _speaker(context, tokens, mask, first, near=max(opening, 0), verbs=verbs)
    if speaker is None and mark >= 1 and tokens[mark - 1].text == ":":  # "Die Kernaussage von X lautete:"
        speaker = _statement_owner(context, tokens, _sentence_first(context, tokens, first), mark - 1, first)
        if speaker is None and attributed:  # "Auch wenn der Coach der Franzosen sagt: „…“" (round 85)
            speaker = _verb_first_holder(context, tokens, mask, mark, first)
    if speaker is None and opens:  # "„…“, weiß der amtierende HSV-Präsident"
        speaker = _unlisted_inquit(context, tokens, mask, closing, first)
    if speaker is None and not attributed and not opens and last == first:  # "X will „… prüfen“"
        speaker = _intending(context, tokens, mask, _sentence_first(context, tokens, first), mark, first)
    if speaker is None and continues:  # "Oft habe er Freunde …, „um zu zeigen, was Europa ist“"
        speaker = _subject_pronoun(context, tokens, mask)
        assert state.speaker is not None
        if speaker is not None and speaker.entity is not None and speaker.entity is not state.speaker.entity:
            # "Demnach sei er „intellektuell in der Lage“": whom the speaker talks about, as in _reported
            speaker = state.speaker
    if speaker is None:  # "Mit den Worten „…“, richtete er seinen Blick auf …"
        speaker = _with_words(context, tokens, mask, mark, closing, first)
    if speaker is None and not attributed:  # "war seitens der Bundeswehr von „…“ die Rede"
        speaker = _spoken_of(context, tokens, mask, _sentence_first(context, tokens, first), mark, first)
    if speaker is None and (not attributed or continues):
        speaker, relay = _elsewhere(context, tokens, mask, first, last, mark, state, opens or continues)
    label = "direct" if opens or last > first else "partial"
    if speaker is None and label == "partial" and not attributed:  # "Osterloh sieht einen „Angriff …“"
        opening = _sentence_first(context, tokens, first)
        speaker = _first_subject(context, tokens, opening, mark, first, strict=True)
        speaker = _speakers_own_body(context, state, speaker, first) or speaker
        if speaker is None:  # "Ursprünglich wollte er „ein Konzept … vorlegen“"
            speaker = _subject_pronoun(context, tokens[opening:mark], mask[opening:mark])
        if _addressed_by_last(state, speaker, first):  # "ruft Chalupka die Verantwortlichen … auf, „…“.
            speaker = state.speaker  # Dabei sollten sie „…“": whom the speaker addresses (round 60)
        if (
            speaker is None
            and first - state.sentence == 1
            and state.speaker is not None
            and tokens[opening].text.lower() in context.words.coordinators
        ):
            speaker = state.speaker  # "…, so Machtlinger. Und das inmitten …, „die nicht besser werden“."
    if speaker is None and label == "partial" and not attributed and reported and not continues:
        speaker = topic or _topic_before(context, tokens, mask, first)
    if speaker is not None and _saying_speaks(context, speaker):
        state.spoke(speaker, last)  # the list of sayings that follows goes on with it, not with a person
        return None  # "Diese Bauernregeln sollen daran erinnern: „…“": a proverb, no one's speech
    return label, speaker, relay, last


JOINED_SUBJECT_REACH: Final = 8  # tokens before the verb searched for the "und" that opens its clause


def _joined_introducer(
    context: _Context, tokens: list[Token], mask: list[bool], mark: int, sentence: int
) -> _Found | None:
    """Round 144: the subject of a singular verb of saying right before the colon that introduces the
    quotation at ``mark`` (its particle between: "fügte hinzu:"), in a clause joined by "und" after an inquit
    ("„…“, sagte Kämna und Sagan ergänzte: „…“", "meint Christine Mayer, und Bernd Klüser ergänzt:"):
    that person speaks, not the first inquit's; else None."""
    words = context.words
    colon = mark - 1
    if colon < 3 or tokens[colon].text != ":" or mask[colon]:
        return None
    verb = colon - 1 - (tokens[colon - 1].text in words.particles)
    if _finite_number(tokens[verb]) != "sg" or not _is_speech_verb(tokens[verb], tokens):
        return None
    for joiner in range(verb - 2, max(verb - JOINED_SUBJECT_REACH, 0), -1):
        if mask[joiner] or tokens[joiner].text in CLAUSE_MARKS:
            return None
        if tokens[joiner].text.lower() not in words.joiners:
            continue
        phrase = parse_phrase(tokens, joiner + 1, verb)
        if phrase is None or phrase.end != verb or not _inquit_before(tokens, mask, joiner):
            return None
        return context.found(phrase, tokens, sentence)
    return None


def _inquit_before(tokens: list[Token], mask: list[bool], joiner: int) -> bool:
    """Whether a finite verb of saying stands in the clause before ``tokens[joiner]``, after a quotation
    or the sentence's start ("„…“, sagte Kämna und …", "„…“, meint Christine Mayer, und …")."""
    k = joiner - 1 - (tokens[joiner - 1].text == ",")
    while k >= 0 and not mask[k] and tokens[k].text not in CLAUSE_MARKS:
        if _speech_verb_at(tokens, k, joiner):
            return True
        k -= 1
    return False


def _holding_relative(words: SpeechWords, tokens: list[Token], mask: list[bool], left: int) -> int | None:
    """The comma before the relative pronoun whose clause holds the quotation in the clause that starts at
    ``left``, the pronoun the clause's subject ("X warnt vor den Folgen, die mit der Zeit „exponentiell“
    anstiegen", "nannte den Tag ein »…« für diejenigen, die sich in Afghanistan, Mali oder im Roten Meer
    für die »…« einsetzen": an enumeration's commas inside); None otherwise. What the clause before says
    of the noun, the relative clause says on: its speaker's words."""
    start = left
    for _ in range(3):
        comma = start - 1
        if comma < 1 or tokens[comma].text != "," or mask[comma]:
            return None
        if tokens[start].text.lower() in words.relative_pronouns:
            following = tokens[start + 1] if start + 1 < len(tokens) else None
            # not ", die der Rechnungshof …" (the pronoun its object, the clause has a subject of its own),
            # nor ", der „Social Action Party“ beizutreten" (an article before a name, no pronoun)
            if (
                following is None
                or is_capitalised(following.text)
                or following.text.lower() in DEFINITE
                or following.text in QUOTE_MARKS
            ):
                return None
            return comma
        if start < left and any(not mask[k] and _verb_like(words, tokens[k]) for k in range(start, comma)):
            return None  # an enumeration's part between the pronoun and the quotation has no verb
        start = _clause_start(tokens, mask, comma - 1)
    return None


HEADING_SPEAKER: Final = 6  # tokens at most before the colon of a heading "X: …" that names its speaker


def _heading_speaker(
    context: _Context, tokens: list[Token], mask: list[bool], mark: int, sentence: int
) -> _Found | None:
    """The speaker a heading names before its colon, for a quotation later in the heading ("Meister:
    Abläufe „ins Absurde“ geführt", "Auto-Expertin: Dieses Wissen spielt weiterhin „sehr große Rolle“"): the
    sentence is a heading (``_heading``) or an agency text's teaser (``_teaser_line``, round 71:
    "Wirtschaftskammerpräsident: Vorgezogener Rückzug "reine Spekulation". Wien/Linz – …"), and opens
    with a role, body, given name, registered actor or surname named before right before a colon that
    stands before the quotation, not right before it (that colon introduces the quotation, read
    elsewhere); else None."""
    if not _heading(context, sentence) and not _teaser_line(context, sentence):
        return None
    opened = _colon_opening(tokens, mask, _sentence_first(context, tokens, sentence), mark)
    if opened is None:
        return None
    phrase, colon = opened
    last = tokens[colon - 1]
    if not (
        phrase.kinds & SPEAKER_KINDS
        or context.actor_in(phrase.start, phrase.stop) is not None
        or context.is_surname(last.text, last.start)
    ):
        return None  # "Ablauf-Pyramide: … „Impuls“": a noun no list knows names no speaker
    return context.found(phrase, tokens, sentence)


def _colon_opening(
    tokens: list[Token], mask: list[bool], opening: int, limit: int
) -> tuple[Phrase, int] | None:
    """The noun phrase that opens a sentence at ``tokens[opening]`` and ends right before a colon (at most
    HEADING_SPEAKER tokens in, with a word after it before ``limit``), and the colon's index; else None."""
    colon = next(
        (
            k
            for k in range(opening, min(limit, opening + HEADING_SPEAKER))
            if tokens[k].text == ":" and not mask[k]
        ),
        None,
    )
    if colon is None or colon == opening or colon + 1 >= limit:
        return None
    phrase = parse_phrase(tokens, opening, colon)
    if phrase is None or phrase.end != colon:
        return None
    return phrase, colon


def _saying_speaks(context: _Context, speaker: _Found) -> bool:
    """Whether the speaker found is a saying or proverb ("Diese Bauernregeln", "im Volksmund"): the
    last word of its span names one (titles round 1)."""
    return _saying_at(context, speaker.start, speaker.stop)


def _saying_quoted(context: _Context, quote: Quote) -> bool:
    """Whether reported speech is a saying's ("„…“, heißt es im Volksmund"): its speaker names one."""
    return quote.speaker_start is not None and _saying_at(context, quote.speaker_start, quote.speaker_end)


def _saying_at(context: _Context, start: int, stop: int | None) -> bool:
    """Whether the span ``start``..``stop`` ends in a word naming a saying ("im Volksmund")."""
    words = context.doc.text[start:stop].split()
    return bool(words) and is_saying(words[-1].strip(".,:;«»„“\"'"))


def _speakers_own_body(
    context: _Context, state: _State, subject: _Found | None, number: int
) -> _Found | None:
    """The last speaker, when the subject before a partial quotation in sentence ``number`` is the body
    their own mention names ("„…“, sagte der Konzernchef von FACC. … Die FACC ist „zu 100 Prozent
    Luftfahrt“"): a speaker talking about their organisation, in their paragraph, no sentence between
    (round 43)."""
    last = state.speaker
    if subject is None or last is None or subject.words is not None or not 0 < number - state.sentence <= 2:
        return None
    if not _same_paragraph(context, state, number):
        return None
    text = context.doc.text
    own, body = text[last.start : last.stop].split(), text[subject.start : subject.stop]
    return last if len(own) > 1 and body in own[1:] else None


def _topic_before(context: _Context, tokens: list[Token], mask: list[bool], number: int) -> _Found | None:
    """The person or organisation a sentence without speech names as its subject, first or right
    after its finite verb, when the sentence ``number`` after it holds a partial quotation in the
    Konjunktiv I of the third person outside the quotation ("Zu Beginn der Debatte hatte Johnson um
    Unterstützung geworben. Es sei ein «grossartiger Deal», …", "… nahm auch der Ministerpräsident,
    Christian Wulff, zu der Frage Stellung. Jeder Pädagoge könne „…“"): the quoted words in reported
    speech are that subject's."""
    words = context.words
    if (
        number < 1
        or number - 1 in context.reporting
        or _quoted_in(context, context.doc.sentences[number - 1])
    ):
        return None
    if any(
        not quoted and t.text.lower() in words.first_person for t, quoted in zip(tokens, mask, strict=True)
    ):
        return None
    if not any(
        not quoted and (konjunktiv_one(t.text, t.lemma) or t.text == "seien")
        for t, quoted in zip(tokens, mask, strict=True)
    ):
        return None
    previous, shown = context.tokens_of(number - 1, number - 1)
    found = _announced(context, number - 1, any_verb=True)
    if found is None:
        verb = _inverted_finite(words, previous, 0, len(previous))
        if verb is None or previous[verb].text.lower() in words.copulas | words.passive:
            return None
        found = _after(context, previous, shown, verb + 1, number - 1)
        if found is None or found.words is not None:
            return None
        spoken = context.doc.text[found.start : found.stop].split()
        if not (
            found.mention is not None
            or found.entity is not None
            or any(noun_kind(w)[0] in ("given", "role", "organisation", "media") for w in spoken)
        ):
            return None
    return found


def _sibling_quotation(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    inside: list[Token],
    mark: int,
    sibling: tuple[_Found, int] | None,
) -> bool:
    """Whether a short quotation that opens with a small letter, taken for a scare quote, goes on the
    words of the quotation before it in the same sentence, in a clause without a subject of its own: a
    zu-infinitive ("nannte den Prozess „unverzichtbar“, um den „50-jährigen Reformstau“ zu lösen"), a
    verb coordinated without a subject ("… und schlug ihm vor, sich „selbst zu ficken“") or a further
    object ("nannte Shultz einen „wahren Patrioten“ … und einen „großen amerikanischen Staatsmann“");
    no one else is named between the two, so their speaker says it."""
    if sibling is None or is_capitalised(inside[0].text) or mark < 1:
        return False
    between = [k for k in range(mark) if tokens[k].start >= sibling[1] and not mask[k]]
    if not between:
        return False
    begin, stop = tokens[between[0]].start, tokens[mark].start
    context.collect(tokens[mark].sentence)
    starts = context.entities.starts
    if bisect_left(starts, begin) < bisect_left(starts, stop) or context.actor_in(begin, stop) is not None:
        return False  # "…, Bundestrainer Joachim Löw bezeichnete … als „übertrieben“"
    if any(
        k > between[0]
        and tokens[k].text[:1].isupper()
        and context.is_surname(tokens[k].text, tokens[k].start)
        for k in between
    ):
        return False
    words = context.words
    left, right = _clause_start(tokens, mask, mark), _clause_end(tokens, mask, mark + 1)
    opener = tokens[left].text.lower()
    if opener in words.coordinators:  # "und einen „…“", "und schlug ihm vor"
        rest = tokens[left + 1 : mark]
        return all(t.text.lower() in words.determiners for t in rest) or _verb_like(words, rest[0])
    if opener in words.subordinators or opener in words.relative_pronouns:
        return False  # "nachdem die Regierung die „schwarze Null“ aufgegeben hatte": a subject of its own
    return any(t.text == "zu" for t in tokens[left:right])


def _als_before(
    words: SpeechWords, tokens: list[Token], mask: list[bool], mark: int, opener: str = "als"
) -> int | None:
    """The index of the "als" (or ``opener``, "für") that opens the quotation at ``mark``, right before it
    or before its article ("als „Kapitulation“", "charakterisierte das Opfer als ein „Beispiel taktlosen
    Verhaltens“", "hält die Auswirkung für „begrenzt“")."""
    als = mark - 1
    while als >= 1 and not mask[als] and tokens[als].text.lower() in words.determiners:
        als -= 1
    return als if als >= 0 and not mask[als] and tokens[als].text.lower() == opener else None


def _als_across_insertion(
    context: _Context, tokens: list[Token], mask: list[bool], mark: int, left: int, verbs: list[int]
) -> list[int]:
    """The verb of saying or assessment of the clause a subordinate clause interrupts before the "als"
    that opens a quotation ("Sarkozy bezeichnete die Worte Anelkas, sollten sie wirklich gefallen sein,
    als „inakzeptabel“", "Löw bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab,
    als „übertrieben“"): "als" goes on that clause, whose verb judges."""
    words = context.words
    if _als_before(words, tokens, mask, mark) != left or left < 3 or tokens[left - 1].text != ",":
        return []
    inserted = _clause_start(tokens, mask, left - 2)
    last = tokens[left - 2]
    if inserted < 2 or tokens[inserted - 1].text != "," or last.kind != "word" or not last.text[:1].islower():
        return []  # the inserted clause ends with its verb ("gab", "gefallen sein")
    main = _clause_start(tokens, mask, inserted - 2)
    assessing = [k for k in range(main, inserted - 1) if tokens[k].lemma.lower() in words.assessments]
    return [k for k in verbs if main <= k < inserted - 1] + assessing


def _assessing(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    mark: int,
    left: int,
    right: int,
    saying: list[int],
) -> list[int]:
    """The verbs of assessment (data: ``assessments``) in the clause of a quotation that "als" opens
    ("Der Verband sieht die Maßnahme als „Kapitulation“"), or "für" (``for_assessments``: "Der
    Politikwissenschaftler … hält die Auswirkung … für „begrenzt“"): the quotation is the judgement of their
    subject, who speaks it as the subject of "bezeichnen" does; none without "als" ("sieht „…“"). "für" not
    beside a verb of saying of the sentence (``saying``: "hält die Verschiebung für eine „…“, wie der
    FDP-Vorsitzende … sich ausdrückte") nor in the Konjunktiv I ("Außerdem halte die Fraktion den Schritt
    für „…“": the speaker reports the holder's view)."""
    words = context.words
    if _als_before(words, tokens, mask, mark) is not None:
        return [k for k in range(left, right) if not mask[k] and tokens[k].lemma.lower() in words.assessments]
    if saying or _als_before(words, tokens, mask, mark, "für") is None:
        return []
    return [
        k
        for k in range(left, right)
        if not mask[k]
        and tokens[k].lemma.lower() in words.for_assessments
        and not konjunktiv_one(tokens[k].text, tokens[k].lemma)
    ]


def _unlisted_inquit(
    context: _Context, tokens: list[Token], mask: list[bool], closing: int, sentence: int
) -> _Found | None:
    """The subject after a finite verb that no list of verbs of saying holds, written right after a
    quotation that opens the sentence and its comma ("„…“, weiß der amtierende HSV-Präsident", "„…“,
    freut sich Galler"): that place makes the verb the quotation's inquit."""
    verb = closing + 2
    if verb >= len(tokens) or tokens[closing + 1].text != "," or mask[closing + 1] or mask[verb]:
        return None
    token = tokens[verb]
    if not _verb_like(context.words, token) or token.text == token.lemma or not token.lemma.endswith("n"):
        return None  # "„…“, sagen die einen", "„…“, und …": no finite verb of its own
    return _after(context, tokens, mask, verb + 1, sentence)


def _unlisted_reported_inquit(
    context: _Context, tokens: list[Token], mask: list[bool], sentence: int
) -> _Found | None:
    """The subject after a finite verb no list holds, right after the comma that closes the clause in the
    Konjunktiv I opening the sentence ("In Dutzenden dieser Betriebe sei Kurzarbeit beantragt worden, weiß
    die Chefin."): that place makes the verb its inquit, as after a quotation (``_unlisted_inquit``); or
    after the content of a claim its owner says ("Die Einwendung des Anwalts, die Verfügung sei …, ließ
    das OLG nicht gelten": the court speaks on, ``_owned_claim``). Not after a clause a subordinator or a
    verb opens ("Wenn es so wäre, käme …"), a Konjunktiv II alone ("als ob der WAC dem 3:0 näher wäre"),
    and only a subject that names someone (round 56)."""
    words, offset = context.words, context.doc.sentences[sentence].first_token
    first = tokens[0].text.lower()
    if first in words.subordinators or _any_in(context.konjunktiv_positions, offset, offset + 1):
        return None
    for comma in range(2, len(tokens) - 2):
        if tokens[comma].text != "," or any(mask[: comma + 2]):
            continue
        verb = comma + 1
        token = tokens[verb]
        if not _verb_like(words, token) or token.text == token.lemma or not token.lemma.endswith("n"):
            continue
        if (
            not _main_konjunktiv_one(words, tokens[:comma], mask[:comma])
            and _owned_claim(context, sentence) is None
        ):
            return None  # "Erst als es …, als ob der WAC … näher wäre, staubte der eingewechselte Ibser ab"
        found = _after(context, tokens, mask, verb + 1, sentence)
        if found is None or _names_no_one(context, found):
            return None
        return found
    return None


def _with_words(
    context: _Context, tokens: list[Token], mask: list[bool], mark: int, closing: int, sentence: int
) -> _Found | None:
    """The subject after the finite verb that follows a quotation opened by "mit den Worten", whatever
    the verb ("Mit den Worten „…“, richtete er seinen Blick auf …"): the quotation is its words."""
    start = mark - 3
    phrase = " ".join(t.text for t in tokens[max(0, start) : mark]).lower()
    if start < 0 or phrase not in context.words.with_words or _clause_start(tokens, mask, start) != start:
        return None
    verb = closing + 1 if closing < len(tokens) and tokens[closing].text in QUOTE_MARKS else closing
    verb += 1 if verb < len(tokens) and tokens[verb].text == "," else 0
    if verb >= len(tokens) or tokens[verb].kind != "word" or not tokens[verb].text[:1].islower():
        return None
    return _after(context, tokens, mask, verb + 1, sentence)


def _spoken_of(
    context: _Context, tokens: list[Token], mask: list[bool], opening: int, mark: int, sentence: int
) -> _Found | None:
    """The source of "war (seitens X) von „…“ die Rede" / "In X war von „…“ die Rede": the phrase after
    the first source preposition before the quotation, when "die Rede" follows it and a form of "sein"
    precedes it."""
    words = context.words
    pairs = {
        f"{a.text} {b.text}".lower()
        for a, b, m in zip(tokens[mark:], tokens[mark + 1 :], mask[mark + 1 :], strict=False)
        if not m
    }
    if not pairs & words.spoken_of:
        return None
    before = zip(tokens[opening:mark], mask[opening:mark], strict=True)
    if not any(t.lemma.lower() == "sein" and not quoted for t, quoted in before):
        return None
    for j in range(opening, mark):
        if not mask[j] and tokens[j].text.lower() in words.spoken_of_sources:
            topic = next((k for k in range(j + 1, mark) if tokens[k].text.lower() in words.heard_from), mark)
            return _heard_source(context, tokens, mask, j, topic, sentence)  # not "vom Tod"
    return None


def _spoken_of_unmarked(
    context: _Context, tokens: list[Token], mask: list[bool], sentence: int
) -> _Found | None:
    """Round 40: the source of "In X ist von … die Rede" with no quotation in the sentence: the phrase
    after the ``spoken_of_sources`` preposition that opens it, read as ``_spoken_of`` reads it before a
    quotation, what is spoken of after the first ``spoken_of_topics`` preposition ("von einem
    Desinvestitionsbedarf"); none where no source opens the sentence ("Zunächst war von 35 Toten die
    Rede")."""
    words = context.words
    if not tokens or any(mask) or tokens[0].text.lower() not in words.spoken_of_sources:
        return None
    topic = next((k for k in range(1, len(tokens)) if tokens[k].text.lower() in words.spoken_of_topics), None)
    if topic is None:
        return None
    return _spoken_of(context, tokens, mask, 0, topic, sentence)


def _intending(
    context: _Context, tokens: list[Token], mask: list[bool], opening: int, mark: int, sentence: int
) -> _Found | None:
    """The subject of a verb of intention before a partial quotation, whose words state the intention
    ("Als ZdK-Chefin will Stetter-Karp „… kämpfen“", "X, Sprecher der SPD, will „… prüfen“", "er
    wolle „die Sache … prüfen“ lassen"): the subject speaks, not a speaker before the sentence."""
    verb = next((k for k in range(opening, mark) if not mask[k] and _intends(context, tokens[k])), None)
    return None if verb is None else _verb_subject(context, tokens, mask, opening, verb, mark, sentence)


def _intends(context: _Context, token: Token) -> bool:
    """Whether ``token`` is a verb of intention with no particle written apart ("will", "plant"; not
    "habe" without "vor")."""
    return token.text[:1].islower() and "" in context.words.intentions.get(token.lemma.lower(), ())


def _viewer(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    inside: list[Token],
    opening: int,
    mark: int,
    sentence: int,
) -> _Found | None:
    """The subject of a verb of view (data: ``view_verbs``) or intention before a short partial quotation
    that would read as a name ("Finanzminister Osborne sieht „Jahre der Rezession“", "Die Volksanwältin
    ortet „grobe Mängel“", "Polizei will „rigoros“ vorgehen"): the quotation gives the subject's own view
    (round 82); the verb in the quotation's clause or, for one after a comma ("Er sieht darin einen
    Versuch, die „…“"), in its sentence; else a headline's holder of a view (``_headline_holder``). None
    for capitalised words alone, a title's shape ("sieht „Lindenstraße“", "„Bridge of Spies“")."""
    if all(is_capitalised(t.text) for t in inside):
        return None
    views = context.words.view_verbs
    for begin in (opening, _sentence_first(context, tokens, sentence)):
        verb = next(
            (
                k
                for k in range(begin, mark)
                if not mask[k]
                and tokens[k].text[:1].islower()
                and (tokens[k].lemma.lower() in views or _intends(context, tokens[k]))
            ),
            None,
        )
        if verb is not None:
            return _first_subject(context, tokens, begin, mark, sentence, strict=True) or _verb_subject(
                context, tokens, mask, begin, verb, mark, sentence
            )
    return (
        None
        if is_capitalised(inside[0].text)
        else _headline_holder(context, tokens, mask, opening, mark, sentence)
    )


def _headline_holder(
    context: _Context, tokens: list[Token], mask: list[bool], opening: int, mark: int, sentence: int
) -> _Found | None:
    """The person a headline names right before a short partial quotation in lower case, its verb left
    out, a preposition's phrase between at most ("Bundeskanzler „nur zuversichtlich“ bei …", "Pühringer
    über Sympathiebekundung „wenig erfreut“"): the quotation is that person's own word for their state
    (round 82). Only in a heading or an agency text's teaser, where verbs go unwritten; the quotation's first
    word in lower case (``_viewer``)."""
    if not (_heading(context, sentence) or _teaser_line(context, sentence)):
        return None
    phrase = parse_phrase(tokens, opening, mark)
    if phrase is None or any(mask[opening:mark]) or not _person_like(context, tokens, phrase):
        return None
    if phrase.end < mark:  # "über Sympathiebekundung", "nach Sondierungsgespräch"
        between = parse_phrase(tokens, phrase.end + 1, mark)
        if tokens[phrase.end].text.lower() not in context.words.prepositions or between is None:
            return None
        if between.end != mark:
            return None
    return context.found(phrase, tokens, sentence)


def _verb_subject(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    opening: int,
    verb: int,
    mark: int,
    sentence: int,
) -> _Found | None:
    """The subject of the finite ``verb`` of the clause from ``opening``, its quotation at ``mark``: a
    pronoun right before it, the phrase opening the clause, a subject set off by commas, or the subject
    after the verb an adverbial opens ("Doch nun will X …")."""
    if verb > opening and tokens[verb - 1].text.lower() in context.words.pronouns:
        return context.pronoun(tokens[verb - 1], strict=True)
    return (
        _first_subject(context, tokens, opening, verb, sentence, strict=True)
        or _subject_before_comma(context, tokens, mask, verb, sentence)
        or _inverted_subject(context, tokens, mask, opening, mark, sentence)
    )


def _addressed_medium(
    context: _Context, tokens: list[Token], mask: list[bool], mark: int, inside: list[Token]
) -> bool:
    """Whether the quotation opening at ``tokens[mark]`` names the medium a speaker talked to: capitalised
    words after a dative article, right after "sagte X" ("sagte Hörmann der „Augsburger Allgemeinen“")
    or ending in a media noun ("und der „Allgäuer Zeitung“"), or after "gegenüber" ("gegenüber «BBC»")."""
    if mark < 3 or len(inside) > QUOTED_NAME_WORDS or not all(is_capitalised(t.text) for t in inside):
        return False
    if tokens[mark - 1].text.lower() in context.words.addressee and not mask[mark - 1]:
        return True  # "sagt der Arzt Hilary Jones gegenüber «BBC»": the medium spoken to (titles round 1)
    if tokens[mark - 1].text.lower() not in context.words.addressed:
        return False
    if is_media_noun(inside[-1].text):
        return True
    speaker = tokens[mark - 2]
    return (
        not mask[mark - 2]
        and (is_capitalised(speaker.text) or speaker.text.lower() in context.words.pronouns)
        and _is_speech_verb(tokens[mark - 3], tokens)
    )


def _named_after_colon(tokens: list[Token], mask: list[bool], mark: int) -> bool:
    """Whether the quotation opening at ``tokens[mark]`` stands after a colon earlier in its sentence that
    a title cue ends ("mit klangvollen Namen: Am 30. April soll "der Tag der …" begangen werden und am 8.
    September der "…""), with no verb of saying in the sentence after the colon (titles round 1)."""
    colon = next((k for k in range(mark - 1, 0, -1) if tokens[k].text == ":" and not mask[k]), None)
    if colon is None or colon >= mark - 1 or mask[colon - 1] or not _cue_before_colon(tokens[colon - 1].text):
        return False
    return not any(not mask[k] and _is_speech_verb(tokens[k], tokens) for k in range(colon + 1, len(tokens)))


def _glossed_name(tokens: list[Token], closing: int, inside: list[Token], text: str) -> bool:
    """Whether a short quotation of capitalised words with no sentence mark is followed right away by an
    explanation in parentheses ("»Invictus Games« (Sportereignis für kriegsversehrte Soldaten)"): a name
    or term the writer glosses, not speech (titles round 1)."""
    return (
        closing + 1 < len(tokens)
        and tokens[closing + 1].text == "("
        and len(inside) <= QUOTED_NAME_WORDS
        and all(is_capitalised(t.text) for t in inside)
        and text.rstrip()[-1:] not in ".?…"
    )


def _speech_after_cue(
    context: _Context, tokens: list[Token], mask: list[bool], marks: tuple[int, int, int], inside: list[Token]
) -> bool:
    """Whether the quotation from ``tokens[mark]`` to ``tokens[closing]`` (``marks``: the sentence's first
    token in the document, the opening and the closing mark; ``inside``: its first words) after a title cue
    and a colon is speech all the same (round 153): a comma and a verb of saying follow it ("… gegen das
    Grundgesetz: „…“, sagte Edenharter"), or reported speech in the Konjunktiv goes on before the colon, no
    noun of a name ("Titel", "Motto", "Aufschrift") ends it and the quotation is no short name ("In
    Therapie"): "Er findet, die Liga brauche einen Plan B: „…“"."""
    offset, mark, closing = marks
    if _comma_inquit_after(tokens, closing):
        return True
    if any(is_naming_noun(t.text) for t in tokens[max(0, mark - 3) : mark - 1]):
        return False
    if len(inside) <= QUOTED_NAME_WORDS and all(is_capitalised(t.text) for t in inside):
        return False
    return any(
        not mask[k - offset] for k in _positions_in(context.konjunktiv_positions, offset, offset + mark - 1)
    )


def _cue_before_colon(text: str) -> bool:
    """A title cue before a colon ("Artikel wie: „…“"), but no medium: one spoken to or speaking
    introduces speech ("sagte den Zeitungen der Funke Mediengruppe: „…“"); nor a topic, which introduces
    what is said on it ("Für Schulleiter Salcher eh kein Thema: „…“", speaker round 97)."""
    return is_title_cue(text) and not is_media_noun(text) and not is_colon_topic(text)


def _genitive_title(tokens: list[Token], mask: list[bool], mark: int) -> bool:
    """Whether the quotation opening at ``tokens[mark]`` follows a title cue in the genitive after "des"
    ("des Animationsfilms „…“", "des beliebten Programms „…“", "des Vereins „…“"): the work's or body's
    name; not after an indefinite article ("während eines Spiels „I can't see“" is what was said)
    (speaker round 97)."""
    if mark < 2 or mask[mark - 1] or not is_title_cue_genitive(tokens[mark - 1].text):
        return False
    for k in range(mark - 2, max(-1, mark - 5), -1):
        if mask[k] or tokens[k].kind == "punct":
            return False
        if tokens[k].text == "des":
            return True
        if not is_adjective(tokens[k]):
            return False
    return False


def _owner_named(
    context: _Context, tokens: list[Token], mask: list[bool], mark: int, inside: list[Token]
) -> bool:
    """Whether the quotation opening at ``tokens[mark]`` is the capitalised name in a genitive after a
    noun of a work, a medium or information ("einem Artikel der „New York Times“", "dem Bericht des
    „Spiegel“")."""
    if not 2 <= mark < len(tokens) or len(inside) > QUOTED_NAME_WORDS:
        return False
    if tokens[mark].text not in QUOTE_MARKS or not all(is_capitalised(t.text) for t in inside):
        return False
    article, noun = tokens[mark - 1], tokens[mark - 2]
    return (
        article.text in ("der", "des")
        and not mask[mark - 2]
        and is_capitalised(noun.text)
        and (
            is_title_cue(noun.text)
            or is_media_noun(noun.text)
            or noun.text.lower().endswith(context.words.information_endings)
        )
    )


def _marked(context: _Context, begin: int, end: int) -> list[int]:
    """[a token] when the document's tokens ``begin``..``end`` (a quotation's clause) carry an
    attribution ("laut X", ", so X", "Für X ist …"), else []."""
    if not _any_in(context.trigger_positions, begin, end):
        return []
    tokens = context.doc.tokens
    for i in range(begin, end):
        if context.flags[i] & STRONG or (
            tokens[i].text == "Für" and i == context.doc.sentences[tokens[i].sentence].first_token
        ):
            return [i]
        if tokens[i].text == "so" and i > begin and tokens[i - 1].text == ",":
            return [i]
    return []


def _is_name(
    context: _Context,
    inside: list[Token],
    before: Token | None,
    near: list[int],
    text: str,
    continues: bool,
) -> bool:
    """Whether a short quotation inside a sentence is a name, a title or a scare quote, not speech:
    three words or fewer with no verb of saying in its clause, or a capitalised name after an
    article, a contracted preposition or a noun ("im „Aachener Vertrag“", "der Macron-Partei „…“")."""
    if len(inside) <= 3 and not near and not continues:
        return True
    if before is not None and len(inside) <= 5 and is_capitalised(before.text) and is_media_noun(before.text):
        return True  # "laut einem Test des Magazines „auto, motor und sport“"
    if (
        len(inside) > 6
        or not is_capitalised(inside[0].text)
        or text.rstrip()[-1:] in ".!?…"
        or before is None
    ):
        return False
    word = before.text.lower()
    if word in context.words.name_articles and (
        len(inside) <= 4 or all(is_capitalised(t.text) or len(t.text) <= 3 for t in inside)
    ):  # "im «Journal of Clinical and Translational Research»": capitalised words but for short ones
        return True
    if (
        len(inside) <= 4
        and all(is_capitalised(t.text) for t in inside)
        and is_capitalised(before.text)
        and noun_kind(before.text)[0] not in ("given", "role")
        and not context.is_surname(before.text)
        and context.actor_in(before.start, before.end) is None
    ):
        return True  # a name right after a noun: "bei der US-Adressdatei »White Pages«"
    if near:
        return False
    return word in context.words.name_articles_without_verb or (
        is_capitalised(before.text) and noun_kind(before.text)[0] in ("organisation", "media", "role")
    )


def _elsewhere(
    context: _Context,
    tokens: list[Token],
    mask: list[bool],
    first: int,
    last: int,
    mark: int,
    state: _State,
    standalone: bool,
) -> tuple[_Found | None, _Found | None]:
    """A speaker named outside the quotation's clause: the subject before a colon ("Niederlaender will
    das Positive sehen: „…“"), the last speaker for a quote that follows speech, the verb of saying in
    the next sentence ("„…“ Das sagte X"), a colon ending the previous sentence, or the person the
    previous sentence is about."""
    doc = context.doc
    if mark >= 1 and tokens[mark - 1].text == ":":
        begin = _clause_start(tokens, mask, mark - 1)
        phrase = parse_phrase(tokens, skip_adverbs(tokens, begin, mark - 1), mark - 1, coordinate=True)
        if phrase is not None and phrase.end == mark - 1 and _person_like(context, tokens, phrase):
            # "Prof. Andreas Reuter, Leiter des Fraunhofer IWES: „…“": the name before the role speaks
            named = _name_before_role(context, tokens, mask, begin, mark - 1, first)
            return named or context.found(phrase, tokens, first), None
        opening = _sentence_first(context, tokens, first)
        # "Von Broock: „…“": the surname named before with its particle in lower case
        particled = _particle_name(context, tokens, begin, mark - 1) if begin == opening else None
        if particled is not None:
            return context.found(particled, tokens, first), None
        found = (
            _first_subject(context, tokens, begin, mark - 1, first, strict=True)
            or _first_subject(context, tokens, opening, mark - 1, first, strict=True)
            or _after_finite(context, tokens, begin, mark - 1, first)
        )
        found = found or _subject_before_comma(context, tokens, mask, begin, first)
        found = found or _view_holder(context, tokens, opening, mark - 1, first)
        # "Auf die Entwicklungen im Sahel blickte auch Mwaivu Kaluka, …, in seiner Rede: „…“" (round 85)
        found = found or _quotation_holder(context, tokens, mask, opening, mark, first)
        if found is not None:
            return found, None
    if not standalone:
        return None, None
    if _chain_open(context, state, first, mentioned=False):
        assert state.speaker is not None
        left, right = _clause_start(tokens, mask, max(mark, 0)), _clause_end(tokens, mask, mark + 1)
        return _in_place(context, tokens[left:right], mask[left:right], state.speaker), None
    if first > 0:
        previous, mask0 = context.tokens_of(first - 1, first - 1)
        if doc.text[doc.sentences[first - 1].start : doc.sentences[first - 1].end].rstrip().endswith(":"):
            speaker, relay, _ = _speaker(context, previous, mask0, first - 1, near=len(previous))
            if speaker is None:  # "Antwort der Staatssekretärin Susanne Baumann vom 12. Januar 2022:"
                speaker = _statement_owner(context, previous, 0, len(previous) - 1, first - 1)
            if speaker is None:  # "Auch Jacqueline Rioba von World Vision kennt solche Konflikte: ¶ „…“"
                speaker = _colon_subject(context, previous, first - 1)
                speaker = speaker if speaker is not None and _is_person(context, speaker) else None
            return speaker, relay
        about = _person_about(context, previous, mask0, first - 1)
        if about is not None and _abstract_found(context, about):
            return None, None  # "Seit Samstag wurde die technische Wohnraumbelüftung außer Kraft gesetzt."
        return about, None
    return None, None


def _view_holder(
    context: _Context, tokens: list[Token], opening: int, colon: int, sentence: int
) -> _Found | None:
    """The person whose view a sentence opened by "Für" gives before a colon, who speaks the quotation
    after it ("Für Boris Dujakovic stehen Qualität und Kundenzufriedenheit an erster Stelle: „…“", "Für
    Günther die einzige nachhaltige Alternative: „…“"), as "Für X ist das …" names its source."""
    if opening + 1 >= colon or tokens[opening].text.lower() != "für":
        return None
    phrase = parse_phrase(tokens, opening + 1, colon)
    if phrase is None or not (
        phrase.kinds & {"role", "given"} or (phrase.named and _person_like(context, tokens, phrase))
    ):
        return None
    return context.found(phrase, tokens, sentence)


def _opening_adjective(token: Token) -> bool:
    """An adjective capitalised as it opens a sentence ("Schriftliche Frage der …"), read in lower case;
    ``_capitalised_adjective`` (only "-en" forms read as nouns) misses "Schriftliche" (review 5)."""
    lower = token.text.lower()
    return is_adjective(replace(token, text=lower, lemma=lemma_of(lower)))


def _statement_owner(
    context: _Context, tokens: list[Token], begin: int, colon: int, sentence: int
) -> _Found | None:
    """The person or body whose statement a noun before a colon names ("Die Kernaussage von Jerry
    Larson, dem Präsidenten von UP Aerospace, lautete dazu:", "Antwort der Staatssekretärin Susanne
    Baumann vom 12. Januar 2022:"): the owner after "der"/"des"/"von" speaks the quotation after it."""
    k = j = skip_adverbs(tokens, begin, colon)
    while k < colon and (
        tokens[k].text.lower() in context.words.determiners
        or is_adjective(tokens[k])
        or (k == j and _opening_adjective(tokens[k]))
    ):
        k += 1  # "Die Kernaussage", "Schriftliche Frage"
    if k + 2 >= colon:
        return None
    noun, words = tokens[k].text.lower(), context.words
    if noun not in words.statement_nouns and not noun.endswith(words.statement_suffixes.get(noun[-3:], ())):
        return None  # "Kernaussage": a compound ending in a statement noun of six letters or more
    link = tokens[k + 1].text.lower()
    if link not in ("der", "des", "von", "vom"):
        return None
    owner = parse_phrase(tokens, k + 1 + (link in ("von", "vom")), colon)
    if owner is None or not _person_like(context, tokens, owner):
        return None
    return context.found(owner, tokens, sentence)


def _after_finite(
    context: _Context, tokens: list[Token], begin: int, stop: int, sentence: int
) -> _Found | None:
    """The subject right after the finite verb of a colon introduction that opens with an adverb or a
    time phrase ("In der Nacht schickt sie ihm eine Nachricht:", "Dann schickt Gezer eine WhatsApp:")."""
    words = context.words
    skipped = words.prepositions | words.determiners | words.adverbs
    for k in range(begin, stop - 1):
        text = tokens[k].text
        lemma = tokens[k].lemma.lower()
        if not text[:1].islower() or not text.isalpha() or text in skipped or is_adjective(tokens[k]):
            continue
        if text.endswith(("er", "es", "em")) or (lemma != text and text.startswith(lemma)):
            continue  # "vergangener Woche": an inflected adjective or participle, no finite verb
        j = skip_adverbs(tokens, k + 1, stop)
        while j < stop and tokens[j].text.lower() in words.reflexives:  # "äußerte sich der Präsident"
            j = skip_adverbs(tokens, j + 1, stop)
        if j < stop and tokens[j].text.lower() in words.pronouns:
            return context.pronoun(tokens[j], strict=True)
        phrase = parse_phrase(tokens, j, stop)
        if phrase is not None and _person_like(context, tokens, phrase):
            return context.found(phrase, tokens, sentence)
        return None
    return None


def _person_about(context: _Context, tokens: list[Token], mask: list[bool], sentence: int) -> _Found | None:
    """The person a sentence is about: its subject, else its first named person (also by a surname
    named before), role or pronoun that refers to one."""
    found = _first_subject(context, tokens, 0, len(tokens), sentence) or _apposed_subject(
        context, tokens, sentence
    )
    if found is None:  # "Europapolitik: Die SPD will am Kurs … festhalten."
        heading = next((k for k in range(min(4, len(tokens))) if tokens[k].text == ":" and not mask[k]), None)
        if heading is not None:
            found = _first_subject(context, tokens, heading + 1, len(tokens), sentence)
    if found is not None:
        return found
    governed = None  # the first one named after a preposition, read only when no other is named
    for k, token in enumerate(tokens):
        if mask[k] or token.kind != "word" or (governed is not None and k < governed.end):
            continue  # not the words of the phrase after the preposition ("Bei den Männern Schulterzucken.")
        if token.text.lower() in context.words.pronouns:
            found = context.pronoun(token)
            if found is not None:
                return found
        phrase = context._named_at(tokens, mask, k, 0, len(tokens))
        if phrase is None and k > 0 and context.is_surname(token.text, token.start):
            phrase = parse_phrase(tokens, k, len(tokens))  # "Um … zu gewinnen, will Oettinger … straffen."
        if phrase is not None and (phrase.named or "role" in phrase.kinds):
            if phrase.first > 0 and tokens[phrase.first - 1].text.lower() in context.words.prepositions:
                governed = governed or phrase  # "Öffnungsversuche durch Außenminister Xavier Bettel will
                continue  # Dury nicht kommentieren": the object of a preposition is talked about
            return context.found(phrase, tokens, sentence)
    return context.found(governed, tokens, sentence) if governed is not None else None


def _apposed_subject(context: _Context, tokens: list[Token], sentence: int) -> _Found | None:
    """A person or body named in place that opens a sentence before an apposition set off by a comma
    ("Sadiq Khan, eines der Parlamentsmitglieder, …, verurteilte die Haltung der Regierung."); not
    before a relative clause ("Der Nachwuchsläufer, der von X betreut wird, …"), nor a thing ("Die
    Aufforderung, vorgetragen durch …, liest sich …")."""
    begin = skip_adverbs(tokens, 0, len(tokens))
    phrase = parse_phrase(tokens, begin, len(tokens), coordinate=True)
    if phrase is None or phrase.end + 1 >= len(tokens) or tokens[phrase.end].text != ",":
        return None
    if tokens[phrase.end + 1].text.lower() in context.words.relative_pronouns:
        return None
    named = context.actor_in(phrase.start, phrase.stop) is not None or _names_someone(
        context.doc.text[phrase.start : phrase.stop]
    )
    return context.found(phrase, tokens, sentence) if named else None


def _opens_sentence(tokens: list[Token], mask: list[bool], mark: int) -> bool:
    """Whether a quote (its mark at ``tokens[mark]``) opens its sentence or follows a colon."""
    before = [tokens[k] for k in range(max(mark, 0)) if not mask[k]]
    return (
        all(t.kind == "punct" for t in before)
        or before[-1].text == ":"
        or (len(before) > 1 and before[-2].text == ":" and before[-1].kind == "punct")
    )


def _is_media_name(context: _Context, quoted_text: str) -> bool:
    phrase = quoted_text.strip()
    return phrase in context.media_names or phrase.lower().endswith(context.words.web_endings)


def _statement_possessive(context: _Context, start: int, speaker: _Found | None) -> _Found | None:
    """The speaker at a possessive of a noun of statement after a preposition in the quote's own sentence
    when the span lies before that sentence ("In seiner Analyse … erschien …, „…“", "Aus seiner Sicht
    entwickelt sich …"): the mention of the speaker in the quote's own sentence (gold convention 4), the
    person unchanged; else ``speaker`` as it was. Not a possessive without a preposition: what is talked
    about ("Auch sein Vorschlag … sei abgelehnt worden", "seine Meinung zu äußern") or an opening
    "Seine Prognose …: „…“", where dev's gold keeps the name before (round 47)."""
    if speaker is None or speaker.entity is None:
        return speaker
    number = context.sentence_of(start)
    if speaker.stop > context.doc.sentences[number].start:
        return speaker
    words = context.words
    sentence = context.doc.sentences[number]
    if words.possessives.keys().isdisjoint(
        map(_FORM, context.doc.token_keys()[sentence.first_token : sentence.end_token])
    ):
        return speaker  # no possessive in the sentence (most): its tokens are not read (speed round 35)
    tokens, mask = context.tokens_of(number, number)
    for k, token in enumerate(tokens[:-1]):
        if mask[k] or token.text.lower() not in words.possessives:
            continue
        if k == 0 or mask[k - 1] or tokens[k - 1].text.lower() not in words.prepositions:
            continue  # "Seine Prognose …:" (dev's gold keeps the name before), "seine Meinung zu äußern"
        j = k + 1
        while j < len(tokens) - 1 and not mask[j] and is_adjective(tokens[j]):
            j += 1  # "seine eigenen Worte"
        noun = tokens[j].text.lower()
        if mask[j] or not (
            noun in words.statement_nouns or noun.endswith(words.statement_suffixes.get(noun[-3:], ()))
        ):
            continue
        owner = context.possessor(token)
        if owner is not None and owner.entity is speaker.entity:
            name = speaker.words or context.doc.text[speaker.start : speaker.stop]
            return _Found(
                token.start, token.end, speaker.actor, speaker.media, speaker.entity, speaker.mention, name
            )
    return speaker


# between a speaker's name and the opening mark of the name of their body (speaker round 98)
AFFILIATION: Final = re.compile(r"\s+von\s+[„\"»“‚]")


def _body_named(before: Token, inside: list[Token]) -> bool:
    """Whether a quotation opening with a capital follows the kind noun of a body, place, event, service
    or paper ("die Tierschutzorganisation „Peta“", "der Park „Planten un Blomen“"): its name, no quote; a
    lower-case one stays what the body says ("der Partei „als couragierter Streiter …“") (round 98)."""
    return is_body_cue(before.text) and is_capitalised(inside[0].text)


TITLE_WORDS: Final = 14  # words of the longest title read ("„Too Much and Never Enough: How My Family …“")


def _preposition_title(context: _Context, start: int, end: int) -> bool:
    """Whether the quotation ``start``..``end`` is a title named as a place or means: a preposition
    (``title_prepositions``) before it, a determiner and up to two adjectives between ("Ann Cotten verwebt in
    „Die Anleitungen der Vorfahren“", "im legendären «The World's Drinks …»"), and the quotation reads as a
    title (``_reads_as_title``); not "für" in a sentence that holds someone for something ("hätten ihn für
    den „Prime Minister of Germany“ gehalten": the holder's words). No one's words, though the speaker its
    sentence names is read as before ("Mit seinen „Knaben Bars“ meldete sich Animus zurück") (round 102)."""
    if not context.doc.text[start : start + 1].isupper():
        return False  # a title opens with a capital (most partial quotations do not: read no further)
    words = context.words
    number = context.sentence_of(start)
    if context.sentence_of(max(start, end - 1)) != number:
        return False  # a title stands in one sentence
    tokens, mask = context.tokens_of(number, number)
    offset = context.doc.sentences[number].first_token
    opening = bisect_left(context.token_starts, start) - offset
    closing = bisect_left(context.token_starts, end) - offset
    inside = [token for token in tokens[max(0, opening) : closing] if token.kind != "punct"]
    mark = opening - 1
    if not inside or len(inside) > TITLE_WORDS or mark < 1 or tokens[mark].text not in QUOTE_MARKS:
        return False  # not a longer quotation: speech more often than a title
    k = mark - 1
    while k >= 0 and not mask[k] and mark - k <= 2 and is_adjective(tokens[k]):
        k -= 1
    if k >= 1 and not mask[k] and tokens[k].text.lower() in words.determiners:
        k -= 1
    if k < 0 or mask[k] or tokens[k].text.lower() not in words.title_prepositions:
        return False
    if tokens[k].text.lower() == "für" and any(
        not mask[j] and tokens[j].lemma.lower() in words.for_assessments for j in range(len(tokens))
    ):
        return False
    return _reads_as_title(words, inside, context.doc.text[start:end])


def _reads_as_title(words: SpeechWords, inside: list[Token], text: str) -> bool:
    """Whether a quotation's words read as a title, not as words a speaker chose: a number in it ("„Dialoge
    2020 – Relevante Systeme“"), or two words or more that open with an article or an adjective ("„Die
    Anleitungen der Vorfahren“", "„Große Vögel, kleine Vögel“"), are all capitalised ("„Content Road
    Show“"), hold a subtitle after a colon or a lower-case English link word ("„Pop on Paper“")."""
    first = inside[0].text
    if not is_capitalised(first):
        return False
    if any(token.kind == "number" for token in inside):
        return True
    if len(inside) < 2:
        return False
    return (
        first.lower() in words.title_openers
        or is_capitalised_adjective(first)
        or all(is_capitalised(token.text) for token in inside)
        or SUBTITLE.search(text) is not None
        or any(token.text in words.title_links for token in inside[1:])
    )


# a colon inside a quotation before a capitalised word: a title's subtitle (speaker round 102)
SUBTITLE: Final = re.compile(r":\s+[A-ZÄÖÜ]")


def _affiliation_name(context: _Context, start: int, end: int, speaker: _Found | None) -> bool:
    """Whether the quotation ``start``..``end`` is the name of the body its speaker belongs to, right after
    the speaker's name and "von", and what follows it is the speaker's verb of saying or their quotation
    ("Ousman Noor von "Stop Killer Robots" sagt: …", "erklärte Nadja Michler von „Peta“, „da hätte …“"):
    no one's words; not the object of "sprechen von" ("sprach Merkel von „Verrat“.") (speaker round 98)."""
    text = context.doc.text
    if speaker is None or not AFFILIATION.fullmatch(text, speaker.stop, start):
        return False
    name = text[start:end]
    if not is_capitalised(name) or len(name.split()) > QUOTED_NAME_WORDS or name.rstrip()[-1:] in ".!?,;:":
        return False
    after = text[end + 1 : end + 6].lstrip()
    if after[:1] == "," and after[1:].lstrip()[:1] in ("„", '"', "»", "“", "‚"):
        return True  # "…, erklärte Nadja Michler von „Peta“, „da hätte …“"
    index = bisect_left(context.token_starts, end + 1)
    while index < len(context.doc.tokens) and context.doc.tokens[index].kind == "punct":
        index += 1
    return index < len(context.doc.tokens) and _is_speech_verb(context.doc.tokens[index])


def _names_title(phrase: str) -> bool:
    """Whether a speaker phrase is a noun that names a title or a name, before any genitive or "von" after
    it ("Titel der Sendung", "sein Motto", "Motto-Thema", "offizielle Name"): it never speaks, the quotation
    it would say is the title (speaker round 97)."""
    head = phrase.split(" der ", 1)[0].split(" des ", 1)[0].split(" von ", 1)[0].split()
    return bool(head) and is_naming_noun(head[-1])


def _quote(context, start, end, label, speaker, relay) -> Quote:
    both = speaker
    speaker = _first_of_two(context, speaker) if speaker is not None else None
    source = _source(context, speaker)
    if both is not None and speaker is not None and speaker.stop < both.stop:
        source = _shared_source(context, source, both)
    speaker = _statement_possessive(context, start, speaker)
    text = context.doc.text
    actor = speaker.actor if speaker is not None else None
    camp = context.actors[actor].camp if actor in context.actors else actor
    return Quote(
        start,
        end,
        direct=label != "indirect",
        speaker=(speaker.words or text[speaker.start : speaker.stop]) if speaker is not None else None,
        actor=actor,
        camp=camp,
        via=_relay_text(text, relay),
        speaker_start=speaker.start if speaker is not None else None,
        speaker_end=speaker.stop if speaker is not None else None,
        label=label,
        source_type=source.type if source else None,
        party=source.party if source else None,
        source_cue=source.cue if source else None,
    )


def _first_of_two(context: _Context, speaker: _Found) -> _Found:
    """Round 142: a speaker span of two persons joined by "und" ("SPD-Generalsekretär Lars Klingbeil und
    Hamburgs Erster Bürgermeister Peter Tschentscher") cut to the first (gold: two speakers → the first),
    so that only the first person's words type it; a pronoun's referent of two persons likewise."""
    text = context.doc.text
    stop = _first_person_stop(context, speaker.start, speaker.stop)
    words = speaker.words
    entity = speaker.entity
    if words and entity is not None and words == text[entity.start : entity.stop]:
        first = _first_person_stop(context, entity.start, entity.stop)
        words = text[entity.start : first] if first is not None else words
    if stop is None and words == speaker.words:
        return speaker
    if stop is None:
        return replace(speaker, words=words)
    mention = speaker.mention
    if mention is not None and mention.start >= stop:  # the registered name is the second person's
        mention = context.actor_in(speaker.start, stop)
        actor = mention.label if mention is not None else "unregistered"
        return replace(speaker, stop=stop, words=words, mention=mention, actor=actor)
    return replace(speaker, stop=stop, words=words)


SHARED_CUE_REACH: Final = 120  # characters after "X und Y" searched for the cue of a role both share


def _shared_source(context: _Context, own: Source | None, both: _Found) -> Source | None:
    """Round 142: the first person's own type, or, where it has none (or `other`), the type of the two persons
    together when its cue follows them both, a role they share ("Klaus Meinhardt und Marc Hünten vom
    Policenter"), never the second person's own role or listed office."""
    if own is not None and own.type != "other":
        return own
    joint = _source(context, both)
    text = context.doc.text
    if joint is None or not joint.cue or joint.cue not in text[both.stop : both.stop + SHARED_CUE_REACH]:
        return own
    return joint


def _first_person_stop(context: _Context, start: int, stop: int) -> int | None:
    """Where the first person ends in ``start``..``stop`` when it names two persons, each by a given name,
    joined by "und" (``speech_words().joiners``), else None."""
    span = context.doc.text[start:stop]
    if not any(joiner in span for joiner in context.words.joiners):
        return None
    tokens, starts = context.doc.tokens, context.token_starts
    first, limit = bisect_left(starts, start), bisect_left(starts, stop)
    phrase = parse_phrase(tokens, first, limit)
    if phrase is None or "given" not in phrase.kinds or phrase.end + 1 >= limit:
        return None
    if tokens[phrase.end].text.lower() not in context.words.joiners:
        return None
    second = parse_phrase(tokens, phrase.end + 1, limit)
    return phrase.stop if second is not None and "given" in second.kinds else None


def _relay_text(text: str, relay: _Found | None) -> str | None:
    if relay is None:
        return None
    if relay.mention is not None:
        return text[relay.mention.start : relay.mention.end]
    return text[relay.start : relay.stop]


ROLE_DETERMINER: Final = 8  # characters before a speaker span searched for its article ("dessen Chef")
BEFORE_SENTENCES: Final = 2  # sentences before a role of no type read for whom it speaks


def _source(context: _Context, speaker: _Found | None) -> Source | None:
    """The speaker's source type: from the span's own words ("Verbandssprecher Jörn Badendick"), read
    with the article; a pronoun or a role noun without a type of its own ("er", "der 62-Jährige") takes
    the type of the person it refers to, also over a weak role of its own ("der Chefökonom" after "Jörg
    Krämer, Chefökonom der Commerzbank," is business); a role of no type ("die Sprecherin", "dessen
    Chef") or a "Demnach" without a speaker before it takes that of the organisation or person named
    just before, which becomes its cue."""
    if speaker is None:
        return None
    text = context.doc.text
    key = (text[speaker.start : speaker.stop], speaker.words, speaker.actor, speaker.role)
    if key not in context.sources:  # a speaker quoted again is read from the article once
        registered = context.actors.get(speaker.actor)
        camp, kind = (registered.camp, registered.kind) if registered else (None, None)
        found = _classified(context, key[0], camp, kind)
        if speaker.words and guarded_role(key[0].rsplit(maxsplit=1)[-1]):  # "der Schweizer" for "Olivier
            found = None  # Niggli": the person's type, a nationality or sport none (round 68)
        untyped = found is None or found.type == "other"
        if speaker.words and (untyped or not strong_cue(found.cue if found else None)):
            named = _classified(context, speaker.words, camp, kind)  # whom "er", "der Chefökonom" means
            if named is not None and (untyped or named.type != "other"):
                found = named
        elif speaker.words and party_member(found):
            held = office_over_party(found, _classified(context, speaker.words, camp, kind), speaker.words)
            found = held or found  # "sagte der CDU-Politiker" for "Kanzleramtschef Helge Braun" (src124)
        if speaker.role and (found is None or found.type == "other"):  # "Ricarda Lang" through "die
            role = _classified(context, speaker.role, camp, kind)  # ehemalige Grünen-Vorsitzende" (round 41)
            if role is not None and role.type != "other":
                found = role
        if speaker.media and (found is None or found.type == "other"):  # "laut „Computerwoche“"
            found = Source("media", found.party if found else None, key[0])
        context.sources[key] = found
    found = context.sources[key]
    if _organisation_decides(context, speaker, found):
        back = text[speaker.start : speaker.stop].lower() in context.words.back_references
        return named_before(_sentences_before(context, speaker.start, own=not back)) or found
    return found


def _classified(context: _Context, phrase: str, camp: str | None, kind: str | None) -> Source | None:
    """``classify_in_text`` of ``phrase`` with the article, once per article (``_Context.classified``)."""
    key = (phrase, camp, kind)
    if key not in context.classified:
        context.classified[key] = classify_in_text(
            phrase, context.doc.text, camp, kind, context.doc.article.url
        )
    return context.classified[key]


def _organisation_decides(context: _Context, speaker: _Found, found: Source | None) -> bool:
    """Whether the speaker is a role of no type with its determiner ("die Sprecherin", "dessen Chef",
    also behind a pronoun) or a "Demnach" whose source did not speak before, so that the person or
    organisation named just before decides."""
    if speaker.mention is not None or speaker.media or (found is not None and found.cue):
        return False
    text = context.doc.text
    if not speaker.words and text[speaker.start : speaker.stop].lower() in context.words.back_references:
        return True  # "Die Wahlkommission gab das Ergebnis bekannt. Demnach hat …" with no speaker before
    if speaker.words:
        words = speaker.words.split()
    else:
        before = text[max(0, speaker.start - ROLE_DETERMINER) : speaker.start].split()[-1:]
        words = before + text[speaker.start : speaker.stop].split()
    determiners = context.words.determiners | frozenset(context.words.possessives)
    if not any(word.lower() in determiners for word in words[:2]):
        return False  # "Vertreter der Gruppen": a group, no one speaking for an organisation
    names = [word for word in words if is_capitalised(word) and word.lower() not in determiners]
    if not names or noun_kind(names[-1].rstrip(",."))[0] != "role":
        return False  # "den Angaben zufolge": a noun of information, not a person
    return generic_role(speaker.words or text[speaker.start : speaker.stop])


def _sentences_before(context: _Context, position: int, own: bool = True) -> list[str]:
    """The unquoted words of the sentence up to ``position`` (with ``own``; not for "demnach", whose
    own sentence is what it reports), then of the sentences before it, nearest first."""
    tokens, mask, number = context.doc.tokens, context.mask, context.sentence_of(position)
    found = []
    for current in range(number if own else number - 1, max(-1, number - BEFORE_SENTENCES - 1), -1):
        sentence = context.doc.sentences[current]
        words = (
            tokens[k].text
            for k in range(sentence.first_token, sentence.end_token)
            if not mask[k] and tokens[k].start < position
        )
        found.append(" ".join(words))
    return found


def _spans(context: _Context, quotes: list[Quote]) -> list[Span]:
    spans = list(context.mentions)  # built for this document: they become its actor spans
    for quote in quotes:
        attrs = {"speaker": quote.speaker, "actor": quote.actor, "camp": quote.camp, "via": quote.via}
        source = {"source": quote.source_type, "party": quote.party, "source_cue": quote.source_cue}
        spans.append(Span(quote.start, quote.end, "quote", quote.label, attrs=attrs | source))
        if quote.speaker_start is not None and quote.speaker_end is not None:
            spans.append(
                Span(
                    quote.speaker_start,
                    quote.speaker_end,
                    "speaker",
                    quote.actor or "unregistered",
                    attrs={"camp": quote.camp} | source,
                )
            )
    return spans


def sentence_stats(doc: Doc, spans: list[Span]) -> Stats:
    """The article's quotes (``doc.quotes``), each in the sentence where it starts: counted all,
    direct or not, anonymous, and by camp and source type with their words."""
    tally, starts = Tally(doc), cell_starts(doc)
    for quote in doc.quotes:
        cell = cell_at(starts, quote.start)
        words = float(len(doc.text[quote.start : quote.end].split()))
        tally.add("sourcing.quotes", cell)
        tally.add("sourcing.direct" if quote.direct else "sourcing.indirect", cell)
        if quote.camp == "anonymous":
            tally.add("sourcing.anonymous", cell)
        voices = _VOICE_KEYS.get(quote.camp)
        if voices is not None:
            tally.add(voices[0], cell)
            tally.add(voices[1], cell, words)
        sources = _SOURCE_KEYS.get(quote.source_type)
        if sources is not None:
            tally.add(sources[0], cell)
            tally.add(sources[1], cell, words)
    return {**shared_stats(doc), **tally.stats}


# each camp's and each source type's two feature names, written once (not two f-strings each per quote and
# four per article: speed round 24)
_VOICE_KEYS: Final[dict[str | None, tuple[str, str]]] = {
    group: (f"sourcing.voices.{group}", f"sourcing.voice_words.{group}") for group in GROUPS
}
_SOURCE_KEYS: Final[dict[str | None, tuple[str, str]]] = {
    kind: (f"sourcing.sources.{kind}", f"sourcing.source_words.{kind}") for kind in SOURCE_TYPES
}


def features_from_totals(totals: Totals) -> dict[str, Number]:
    quotes = totals["sourcing.quotes"]
    features = {
        "sourcing.quotes_per_1k": ratio(quotes, words_in(totals), 1000),
        "sourcing.quoted_share": ratio(totals["quoted_characters"], totals["characters"]),
        "sourcing.direct": totals["sourcing.direct"],
        "sourcing.indirect": totals["sourcing.indirect"],
        "sourcing.anonymous_share": ratio(totals["sourcing.anonymous"], quotes),
    }
    for count, words in (*_VOICE_KEYS.values(), *_SOURCE_KEYS.values()):  # each camp's, then each type's
        features[count] = totals[count]
        features[words] = totals[words]
    return features
