"""Who speaks: the noun phrase that names a speaker, found by rule in German sentences.

No tagger: the words that matter (verbs of saying, attribution words, role, organisation and media
nouns, given names, pronouns, title nouns) are data in ``data/registries/speech_de.toml``; a noun
phrase is an optional determiner, inflected adjectives and a run of capitalised words, with a
genitive ("ein Sprecher des Innenministeriums") or "von X" only after a role or organisation noun.
The span drops a definite article and stops before anything that is not part of the name
("Nicola angesichts der Lockerungen" → "Nicola"). Pronouns and role nouns with "der/die" refer back
to the last named person or organisation of a compatible gender (``Entities``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any, Final

from .datafiles import load_toml
from .lemma_cache import is_known_de, lemma_de
from .memo import in_pure_python, remember
from .model import Doc, Token
from .outlets import load_registry
from .resources import on_reset, place_names, registry_paths, reloadable, word_list

QUOTE_MARKS: Final = frozenset('„“”"»«‚‘’')
OPENING_MARKS: Final = frozenset('„"»«‚')
BOUNDARIES: Final = frozenset(",;:–—-|/")
DEFINITE: Final = frozenset({"der", "die", "das", "des", "dem", "den"})
GENITIVE_ARTICLES: Final = frozenset({"des", "der", "eines", "einer"})
# lower case: always an adjective
ADJECTIVE_ENDINGS: Final = ("ischen", "ische", "ischer", "isches", "ischem")
# an organisation noun ending so takes -n in the plural ("Kammern"), else -en
PLURAL_N: Final = ("e", "er", "el")
MIN_SUFFIX: Final = 5  # a compound's last part names a role only from this length ("Verbandssprecher")
SUFFIX_TAIL: Final = 3  # the letters a suffix index (``suffixes_by_tail``) groups by: its shortest suffix
# a statement noun names one as a compound's last part from this length ("Kernaussage")
STATEMENT_SUFFIX: Final = 6


@dataclass(frozen=True)
class SpeechWords:
    """The word lists of ``speech_de.toml`` as sets (lower case) for per-token look-ups."""

    verbs: frozenset[str]
    separable: dict[str, frozenset[str]]
    view_frames: dict[str, frozenset[str]]  # "sehen" → {"es", "das"}: "Ähnlich sieht es X: „…“" (round 42)
    view_adverbs: frozenset[str]
    clause_verbs: dict[str, frozenset[str]]  # "ausschließen": saying only with "dass" or "zu" after it
    unreflexive_verbs: frozenset[str]  # "befinden": saying only with no reflexive pronoun in the sentence
    finding_verbs: frozenset[str]  # "zeigen": saying only after a study ("Studien haben gezeigt, dass")
    finding_sources: tuple[str, ...]
    finding_results: frozenset[str]  # "ergeben": a verb of saying that reports a finding too (round 88)
    view_particles: frozenset[str]
    particles: frozenset[str]  # every particle of a separable verb ("fest", "mit")
    forms: frozenset[str]
    auxiliaries: frozenset[str]
    zu_particles: tuple[str, ...]
    before: frozenset[str]
    after: frozenset[str]
    source_relatives: frozenset[str]
    own: frozenset[str]
    information: frozenset[str]
    views: frozenset[str]
    relaying_information: tuple[str, ...]  # "dem Bericht zufolge": relays a named subject
    source_prepositions: frozenset[str]
    information_endings: tuple[str, ...]
    perspective_prepositions: frozenset[str]  # "aus" of "Aus Sicht von Diess"
    perspectives: frozenset[str]  # "sicht", "perspektive": a point of view after them names its holder
    origin_prepositions: frozenset[str]  # "aus" of "nach Angaben aus Sicherheitskreisen"
    circles: tuple[str, ...]  # "kreisen": unnamed circles that speak ("aus Sicherheitskreisen")
    citing: frozenset[str]
    cited_documents: tuple[str, ...]  # "unter Berufung auf Dokumente": no speaker cited
    documents: tuple[str, ...]  # written documents: "hieß es in einer Aussendung" speaks for its author
    findings: tuple[str, ...]  # data and compiled figures: "die Umfragedaten des Instituts. Demnach …"
    publishing_verbs: frozenset[str]  # "ein Vorschlag, den X vorlegte": X the document's author
    analysis_verbs: frozenset[str]  # "hat die Daten ausgewertet. Demnach …": its subject the source
    agent_prepositions: frozenset[str]  # "seitens des Amtes … – demnach …": the agent a "demnach" reports
    addressee: frozenset[str]
    addressed: frozenset[str]  # dative articles before a medium spoken to ("sagte X der „…“")
    subordinators: frozenset[str]
    purpose_conjunctions: frozenset[str]  # "um … zu zitieren" (round 76)
    coordinators: frozenset[str]
    time_prepositions: frozenset[str]
    time_prepositions_indefinite: frozenset[str]  # "an einem Sonntagnachmittag"
    time_indefinite_articles: frozenset[str]  # "einem" after them
    weak_triggers: frozenset[str]
    message_verbs: frozenset[str]
    spoken_of: frozenset[str]
    spoken_of_sources: frozenset[str]
    spoken_of_topics: frozenset[str]  # "von", "vom": what is spoken of follows them (round 40)
    with_words: frozenset[str]
    person_before: frozenset[str]
    heard_from: frozenset[str]
    heard_within: frozenset[str]
    heard_in: frozenset[str]  # "In Sicherheitskreisen wird nicht ausgeschlossen, dass …": the source
    inquiries: tuple[str, ...]
    source_verbs: frozenset[str]
    joined_source_verbs: frozenset[str]  # "hervorgehen": "…, wie aus X hervorgeht." (round 78)
    heard_verbs: frozenset[str]
    opinion: frozenset[str]
    next_sentence: frozenset[str]
    next_sentence_objects: frozenset[str]  # "So beschreibt es X": what the sentence before quoted
    no_information: frozenset[str]
    back_references: frozenset[str]
    passive: frozenset[str]
    directives: frozenset[str]  # participles whose subject after a copula is the one addressed
    copulas: frozenset[str]
    copula_lemmas: frozenset[str]  # "sein": "bin ich ein …" says what someone is
    assessments: frozenset[str]  # "sieht X als „…“": the subject judges
    for_assessments: frozenset[str]  # "hält X für „…“": the subject judges
    view_verbs: frozenset[str]  # "X sieht „…“": a short quotation, the subject's view
    place_prepositions: frozenset[str]
    place_attribute_prepositions: frozenset[str]  # "ein Sprecher aus Washington": the speaker's place
    body_place_prepositions: frozenset[str]  # "in der Stadt": a place, not the body that speaks
    attached: frozenset[str]
    object_determiners: frozenset[str]
    datives: frozenset[str]
    accusatives: frozenset[str]
    nominatives: frozenset[str]
    first_person: frozenset[str]
    own_voice: frozenset[str]  # "mir", "uns", "unser": the first person's other forms (round 83)
    reflexives: frozenset[str]
    relatives: frozenset[str]
    relative_pronouns: frozenset[str]
    object_relatives: frozenset[str]  # "den": a relative pronoun as the object ("…, den X zusammenfasste:")
    indefinite_speakers: frozenset[str]
    bare_subjects: frozenset[str]
    partitives: frozenset[str]
    focus_particles: frozenset[str]
    approximators: frozenset[str]  # "fast", "mehr als": before a quantity whose group speaks
    share_nouns: frozenset[str]  # "prozent", "viertel": a share before its group in the genitive
    prepositions: frozenset[str]
    name_particles: frozenset[str]
    academic_titles: frozenset[str]
    numbered_names: frozenset[str]  # "MA": an abbreviation whose name goes on with a number ("MA 22"; src63)
    surname_particles: frozenset[str]
    speaker_particles: frozenset[str]
    abstract_endings: tuple[str, ...]
    statement_nouns: frozenset[str]
    statement_suffixes: dict[str, tuple[str, ...]]  # long ones by their last three letters ("Kern|aussage")
    claim_nouns: frozenset[str]
    name_articles: frozenset[str]
    name_articles_without_verb: frozenset[str]
    hints: frozenset[str]
    shared: frozenset[str]  # Konjunktiv forms read as reported speech only with a further cue ("würde")
    shared_modals: frozenset[str]  # those of them that go on after a Konjunktiv sentence ("sollte")
    conditional: frozenset[str]  # singular Konjunktiv II hints the author's conditional takes ("wäre")
    question_words: frozenset[str]  # open a question, "ob" a dependent one ("Wo man … soll?"; round 141)
    question_openers: frozenset[str]  # may stand before that word ("Und wie soll …?")
    question_subjects: frozenset[str]  # a subject right after it makes the question dependent ("Was er …?")
    narrative_subordinators: frozenset[str]  # a verb of saying ending their clause narrates ("weil sie …")
    participle_articles: frozenset[str]  # before a participle used as an attribute ("die versprochene Summe")
    pointer_openers: frozenset[str]  # open the writer's pointer to the piece below ("Hier berichtet er …")
    pointer_verbs: frozenset[str]  # the verbs of that pointer ("berichten", "erzählen")
    reader_verbs: frozenset[str]  # verbs of the paper telling its reader ("Jeden Morgen informieren wir Sie")
    reader_addresses: frozenset[str]  # the reader addressed ("Sie", "Ihnen", capitalised)
    connectives: frozenset[str]  # connectives of argument that open continued speech ("außerdem")
    generic_quantifiers: frozenset[str]  # open a group the speaker generalises about ("Viele Schweizer")
    reportative: frozenset[str]
    intentions: dict[str, frozenset[str]]  # lemma → particles written apart ("" for none)
    clause: frozenset[str]
    determiners: frozenset[str]
    plural_determiners: frozenset[str]
    joiners: frozenset[str]
    phrase_coordinators: frozenset[str]  # "und", "oder": a second phrase, no verb after a subject (round 90)
    not_adjectives: frozenset[str]
    adverbs: frozenset[str]
    non_speakers: frozenset[str]
    pronouns: dict[str, str]
    object_pronouns: dict[str, str]
    demonstratives: dict[str, str]
    not_antecedent_openers: frozenset[str]  # round 94: "das", "im" before a mention no "er"/"sie" means
    possessives: dict[str, str]
    roles: dict[str, str]  # form → gender ("m", "f"; "" for either)
    role_suffixes: dict[str, tuple[str, ...]]  # by their last three letters (``suffixes_by_tail``)
    organisations: frozenset[str]
    # all of at least SUFFIX_TAIL letters ("amt" for "Bundesamt"), by their last three (``suffixes_by_tail``);
    # a compound names an organisation by those of MIN_SUFFIX (``suffix_of``'s ``minimum``)
    organisation_suffixes: dict[str, tuple[str, ...]]
    anaphors: frozenset[str]
    guarded_roles: dict[str, str]  # nouns of nationality, region or sport → gender (round 68)
    guarded_suffixes: dict[
        str, tuple[str, ...]
    ]  # those of at least MIN_SUFFIX letters (``suffixes_by_tail``)
    media: frozenset[str]
    given: dict[str, str]
    licensed: frozenset[str]  # the given names only the licensed list holds, not the hand lists (round 69)
    title_cues: frozenset[str]
    title_suffixes: tuple[str, ...]
    title_markers: frozenset[str]
    title_naming: tuple[str, ...]  # nouns that name a title or a name ("Titel", "Motto"), never a speaker
    title_bodies: tuple[str, ...]  # kind nouns of a body or event before its name ("Organisation „Peta“")
    title_prepositions: frozenset[str]  # before a title named as a place or means ("in „Die …“") (round 102)
    title_openers: frozenset[str]  # capitalised articles that open a title ("„Die Stunde …“", "„La …“")
    title_links: frozenset[str]  # lower-case English words inside a title ("„Pop on Paper“")
    colon_topics: tuple[str, ...]  # title cues that before a colon introduce speech on a topic ("Thema")
    sayings: tuple[str, ...]  # nouns of a saying ("Bauernregel", "Volksmund"), ends of compounds too
    web_endings: tuple[str, ...]
    interview_questions: frozenset[str]  # labels of an interview's questions ("Frage", "STANDARD")
    purpose_heads: tuple[str, ...]  # an institution named with its purpose after "für" (round 100)


def _given_names(data: dict[str, Any]) -> dict[str, str]:
    """The given names of a names file's [persons] male and female lists, each with its gender ("m", "f")."""
    persons = data.get("persons", {})
    names = dict.fromkeys(persons.get("male", []), "m")
    names.update(dict.fromkeys(persons.get("female", []), "f"))
    return names


def suffixes_by_tail(suffixes: list[str]) -> dict[str, tuple[str, ...]]:
    """Suffixes of at least ``SUFFIX_TAIL`` letters grouped by their last three, in their order: a word is
    tested only against those ending like it, not against every role noun."""
    index: dict[str, list[str]] = {}
    for suffix in suffixes:
        index.setdefault(suffix[-SUFFIX_TAIL:], []).append(suffix)
    return {tail: tuple(group) for tail, group in index.items()}


# The word lists and the per-word answers asked on every phrase are remembered in plain dicts that
# their functions read first, called natively in the compiled build; pure Python calls the
# ``functools`` caches instead (``memo.in_pure_python``, speed round 34)
_SPEECH_WORDS: Final[dict[tuple[Path, ...], SpeechWords]] = {}
on_reset(_SPEECH_WORDS.clear)


def speech_words(extra: tuple[Path, ...] = ()) -> SpeechWords:
    """The bundled lists, then ``$FRAMING_USER_DIR/speech_de.toml``, then ``extra`` (lists joined);
    read once (``reset`` forgets them)."""
    words = _SPEECH_WORDS.get(extra)
    return words if words is not None else _SPEECH_WORDS.setdefault(extra, _read_speech_words(extra))


def _read_speech_words(extra: tuple[Path, ...] = ()) -> SpeechWords:
    merged: dict[str, dict[str, Any]] = {}
    for path in registry_paths("speech_de.toml", extra):
        for section, table in load_toml(Path(path)).items():
            if section == "meta" or not isinstance(table, dict):
                continue
            for key, value in table.items():
                target = merged.setdefault(section, {})
                if isinstance(value, dict):
                    target.setdefault(key, {}).update(value)
                elif isinstance(value, list):
                    target.setdefault(key, []).extend(str(v) for v in value)

    def words(section: str, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in merged.get(section, {}).get(key, []))

    def particles(section: str, key: str) -> dict[str, frozenset[str]]:
        """ "teilen mit" → {"teilen": {"mit"}}; a lemma alone has the particle ""."""
        by_stem: dict[str, set[str]] = {}
        for entry in merged.get(section, {}).get(key, []):
            stem, _, particle = entry.lower().partition(" ")
            by_stem.setdefault(stem, set()).add(particle.strip())
        return {stem: frozenset(p) for stem, p in by_stem.items()}

    roles: dict[str, str] = {}
    feminine_roles = words("persons", "feminine_roles")
    # in sorted order: a listed word that is also a shorter role's inflection ("ökonomen") takes the
    # inflection's gender in every process (a set of strings is iterated in an order the hash seed sets)
    for role in sorted(words("persons", "roles") | feminine_roles):
        feminine = (role.endswith("in") and len(role) > 4) or role in feminine_roles  # "Sprecherin", "Frau"
        roles.setdefault(role, "f" if feminine else "m")
        if not feminine:
            for ending, gender in (
                ("in", "f"),
                ("innen", ""),
                ("en", ""),
                ("n", ""),
                ("s", "m"),
                ("es", "m"),
            ):
                roles.setdefault(role + ending, gender)
    guarded: dict[str, str] = {}
    for role in sorted(words("persons", "guarded_roles")):
        feminine = role.endswith("in") and len(role) > 4  # "Britin", "Steirerin"
        guarded.setdefault(role, "f" if feminine else "m")
        if not feminine and role[-1] not in "ei":  # "Spanierin"; not "Britein", "Profiin"
            guarded.setdefault(role + "in", "f")
    for role in sorted(words("persons", "plural_roles")):
        roles.setdefault(role, "f")  # "sie"
        roles.setdefault(role + "n", "f")
    singular = words("persons", "organisations")
    organisations = singular | {o + "s" for o in singular} | {o + "es" for o in singular}
    # plurals ("Behörden", "Regierungen"), not of the shortest ("Rat": "Raten" are instalments)
    organisations |= {o + ("n" if o.endswith(PLURAL_N) else "en") for o in singular if len(o) > 3}
    sayings = words("titles", "sayings")
    titles = words("titles", "cues") | sayings
    given: dict[str, str] = {}
    for path in registry_paths("given_names_de.toml"):  # the licensed list (round 67); the hand lists win
        given.update(_given_names(load_toml(Path(path))))
    hand = _given_names(merged)
    licensed = frozenset(given.keys() - hand.keys())
    given.update(hand)
    separable = particles("verbs", "separable")
    return SpeechWords(
        verbs=words("verbs", "lemmas"),
        separable=separable,
        view_frames=particles("verbs", "view_frames"),
        view_adverbs=words("verbs", "view_adverbs"),
        clause_verbs=particles("verbs", "clause_verbs"),
        unreflexive_verbs=words("verbs", "unreflexive_verbs"),
        finding_verbs=words("verbs", "finding_verbs"),
        finding_sources=tuple(sorted(words("verbs", "finding_sources"))),
        finding_results=words("verbs", "finding_results"),
        view_particles=words("verbs", "view_particles"),
        particles=frozenset(p for verb_particles in separable.values() for p in verb_particles),
        forms=words("verbs", "forms"),
        auxiliaries=words("verbs", "auxiliaries"),
        zu_particles=tuple(sorted(words("verbs", "zu_particles"))),
        before=words("attribution", "before"),
        after=words("attribution", "after"),
        source_relatives=words("attribution", "relatives"),
        own=words("attribution", "own"),
        information=words("attribution", "information"),
        views=words("attribution", "views"),
        relaying_information=tuple(sorted(words("attribution", "relaying_information"))),
        source_prepositions=words("attribution", "source_prepositions"),
        information_endings=tuple(sorted(words("attribution", "information_endings"))),
        perspective_prepositions=words("attribution", "perspective_prepositions"),
        perspectives=words("attribution", "perspectives"),
        origin_prepositions=words("attribution", "origin_prepositions"),
        circles=tuple(sorted(words("attribution", "circles"))),
        citing=words("attribution", "citing"),
        cited_documents=tuple(sorted(words("attribution", "cited_documents"))),
        documents=tuple(sorted(words("attribution", "documents"))),
        findings=tuple(sorted(words("attribution", "findings"))),
        publishing_verbs=words("attribution", "publishing_verbs"),
        analysis_verbs=words("attribution", "analysis_verbs"),
        agent_prepositions=words("attribution", "agent_prepositions"),
        addressee=words("attribution", "addressee"),
        addressed=words("attribution", "addressed"),
        subordinators=words("attribution", "subordinators"),
        purpose_conjunctions=words("attribution", "purpose_conjunctions"),
        coordinators=words("attribution", "coordinators"),
        time_prepositions=words("noun_phrase", "time_prepositions"),
        time_prepositions_indefinite=words("noun_phrase", "time_prepositions_indefinite"),
        time_indefinite_articles=words("noun_phrase", "time_indefinite_articles"),
        weak_triggers=words("attribution", "weak_triggers"),
        message_verbs=words("attribution", "message_verbs"),
        spoken_of=words("attribution", "spoken_of"),
        spoken_of_sources=words("attribution", "spoken_of_sources"),
        spoken_of_topics=words("attribution", "spoken_of_topics"),
        with_words=words("attribution", "with_words"),
        person_before=words("attribution", "person_before"),
        heard_from=words("attribution", "heard_from"),
        heard_within=words("attribution", "heard_within"),
        heard_in=words("attribution", "heard_in"),
        inquiries=tuple(sorted(words("attribution", "inquiries"))),
        source_verbs=words("attribution", "source_verbs"),
        joined_source_verbs=words("attribution", "joined_source_verbs"),
        heard_verbs=words("attribution", "heard_verbs"),
        opinion=words("attribution", "opinion"),
        no_information=words("attribution", "no_information"),
        next_sentence=frozenset(merged.get("attribution", {}).get("next_sentence", [])),
        next_sentence_objects=words("attribution", "next_sentence_objects"),
        back_references=words("attribution", "back_references"),
        passive=words("attribution", "passive"),
        directives=words("attribution", "directives"),
        copulas=words("attribution", "copulas"),
        copula_lemmas=words("attribution", "copula_lemmas"),
        assessments=words("attribution", "assessments"),
        for_assessments=words("attribution", "for_assessments"),
        view_verbs=words("attribution", "view_verbs"),
        place_prepositions=words("noun_phrase", "place_prepositions"),
        place_attribute_prepositions=words("noun_phrase", "place_attribute_prepositions"),
        body_place_prepositions=words("noun_phrase", "body_place_prepositions"),
        attached=words("noun_phrase", "attached"),
        object_determiners=words("noun_phrase", "object_determiners"),
        datives=words("noun_phrase", "datives"),
        accusatives=words("noun_phrase", "accusatives"),
        nominatives=words("noun_phrase", "nominatives"),
        first_person=words("noun_phrase", "first_person"),
        own_voice=words("noun_phrase", "own_voice"),
        reflexives=words("noun_phrase", "reflexives"),
        relatives=words("noun_phrase", "relatives"),
        relative_pronouns=words("noun_phrase", "relative_pronouns"),
        object_relatives=words("noun_phrase", "object_relatives"),
        indefinite_speakers=words("noun_phrase", "indefinite_speakers"),
        bare_subjects=words("noun_phrase", "bare_subjects"),
        partitives=words("noun_phrase", "partitives"),
        focus_particles=words("noun_phrase", "focus_particles"),
        approximators=words("noun_phrase", "approximators"),
        share_nouns=words("noun_phrase", "share_nouns"),
        prepositions=words("noun_phrase", "prepositions"),
        name_particles=words("noun_phrase", "name_particles"),
        academic_titles=frozenset(merged.get("noun_phrase", {}).get("academic_titles", [])),
        numbered_names=frozenset(merged.get("noun_phrase", {}).get("numbered_names", [])),
        surname_particles=words("noun_phrase", "surname_particles"),
        speaker_particles=words("noun_phrase", "speaker_particles"),
        abstract_endings=tuple(sorted(words("noun_phrase", "abstract_endings"))),
        statement_nouns=words("noun_phrase", "statement_nouns"),
        statement_suffixes=suffixes_by_tail(
            sorted(n for n in words("noun_phrase", "statement_nouns") if len(n) >= STATEMENT_SUFFIX)
        ),
        claim_nouns=words("noun_phrase", "claim_nouns"),
        name_articles=words("noun_phrase", "name_articles"),
        name_articles_without_verb=words("noun_phrase", "name_articles_without_verb"),
        hints=words("reported", "hints"),
        shared=words("reported", "shared"),
        shared_modals=words("reported", "shared_modals"),
        conditional=words("reported", "conditional"),
        question_words=words("reported", "question_words"),
        question_openers=words("reported", "question_openers"),
        question_subjects=words("reported", "question_subjects"),
        narrative_subordinators=words("reported", "narrative_subordinators"),
        participle_articles=words("reported", "participle_articles"),
        pointer_openers=words("reported", "pointer_openers"),
        pointer_verbs=words("reported", "pointer_verbs"),
        reader_verbs=words("reported", "reader_verbs"),
        reader_addresses=words("reported", "reader_addresses"),
        connectives=words("reported", "connectives"),
        generic_quantifiers=words("reported", "generic_quantifiers"),
        reportative=words("reported", "reportative"),
        intentions=particles("reported", "intentions"),
        clause=words("reported", "clause"),
        determiners=words("noun_phrase", "determiners"),
        plural_determiners=words("noun_phrase", "plural_determiners"),
        joiners=words("noun_phrase", "joiners"),
        phrase_coordinators=words("noun_phrase", "phrase_coordinators"),
        not_adjectives=words("noun_phrase", "not_adjectives"),
        adverbs=words("noun_phrase", "adverbs"),
        non_speakers=words("noun_phrase", "non_speakers"),
        pronouns={k.lower(): v for k, v in merged.get("persons", {}).get("pronouns", {}).items()},
        object_pronouns={
            k.lower(): v for k, v in merged.get("persons", {}).get("object_pronouns", {}).items()
        },
        demonstratives={k.lower(): v for k, v in merged.get("persons", {}).get("demonstratives", {}).items()},
        not_antecedent_openers=words("persons", "not_antecedent_openers"),
        possessives={k.lower(): v for k, v in merged.get("persons", {}).get("possessives", {}).items()},
        roles=roles,
        role_suffixes=suffixes_by_tail(
            sorted(r for r in roles if len(r) >= MIN_SUFFIX or r in words("persons", "short_role_heads"))
        ),
        organisations=organisations,
        organisation_suffixes=suffixes_by_tail(sorted(o for o in organisations if len(o) >= SUFFIX_TAIL)),
        anaphors=words("persons", "anaphors"),
        guarded_roles=guarded,
        guarded_suffixes=suffixes_by_tail(
            sorted((r for r in guarded if len(r) >= MIN_SUFFIX), key=len, reverse=True)
        ),
        media=words("persons", "media"),
        given=given,
        licensed=licensed,
        title_cues=titles,
        title_suffixes=tuple(sorted(t for t in titles if len(t) >= 4)),
        title_markers=words("titles", "markers"),
        title_naming=tuple(sorted(words("titles", "naming"))),
        title_bodies=tuple(sorted(words("titles", "bodies"))),
        title_prepositions=words("titles", "prepositions"),
        title_openers=words("titles", "openers"),
        title_links=words("titles", "links"),
        colon_topics=tuple(sorted(words("titles", "colon_topics"))),
        sayings=tuple(sorted(sayings)),
        web_endings=tuple(sorted(words("titles", "web_endings"))),
        interview_questions=words("interviews", "question_labels"),
        purpose_heads=tuple(sorted(words("noun_phrase", "purpose_heads"))),
    )


in_pure_python(globals(), speech_words, reloadable(cache(_read_speech_words)))


def is_capitalised(text: str) -> bool:
    """A capitalised word or a compound whose last part is ("62-Jährige", "SPD-Chef")."""
    return text[:1].isupper() or ("-" in text and text.rsplit("-", 1)[1][:1].isupper())


def _noun_kind(text: str) -> tuple[str, str]:
    """(kind, gender) of a capitalised word: "given", "role", "organisation", "media", "non" or ""."""
    words = speech_words()
    if text in words.given:
        return "given", words.given[text]
    lower = text.lower()
    if lower in words.non_speakers:
        return "non", ""
    last = lower.rsplit("-", 1)[-1] if "-" in lower else lower  # most words: no compound, no list
    if last in words.media or lower in words.media:
        return "media", ""
    for form in (lower, last) if "-" in lower else (lower,):
        if form in words.roles:
            return "role", words.roles[form]
        if form in words.organisations:
            return "organisation", ""
    suffixes = words.role_suffixes.get(last[-3:])  # ``suffix_of``'s first test, here: most words end in
    if suffixes and last.endswith(suffixes):  # no role's suffix, and skip its call (speed round 40)
        return "role", words.roles[suffix_of(last, words.role_suffixes)]
    suffixes = words.organisation_suffixes.get(last[-3:])
    if suffixes and last.endswith(suffixes) and suffix_of(last, words.organisation_suffixes, MIN_SUFFIX):
        return "organisation", ""  # "Bundesgesundheitsministerium"; not "Demokrat" ("Rat": too short)
    return "", ""


def suffix_of(word: str, index: dict[str, tuple[str, ...]], minimum: int = 0) -> str:
    """The first suffix of ``index`` (``suffixes_by_tail``) of at least ``minimum`` letters that ``word``
    ends with, "" for none: one C call for the group of its last three letters (up to 209: "-innen"), and
    only for the few words that end in one, which one comes first."""
    suffixes = index.get(word[-3:])
    if suffixes and word.endswith(suffixes):
        for suffix in suffixes:
            if len(suffix) >= minimum and word.endswith(suffix):
                return suffix
    return ""


def guarded_role(text: str) -> str:
    """Round 68: the gender ("m", "f") of a noun of nationality, region or sport ("Brite", "Steirerin",
    "Ex-Profi", "Team-Weltmeisterin"), whole or as a compound's last part of at least ``MIN_SUFFIX``
    letters ("Radprofi"); "" for any other word. Such a noun names a person only where it refers back to
    one (``_Context.guarded_holder``): the lists' roles took wrong antecedents for them (round 65)."""
    words = speech_words()
    last = text.lower().rsplit("-", 1)[-1]
    gender = words.guarded_roles.get(last)
    if gender is not None:
        return gender
    suffix = suffix_of(last, words.guarded_suffixes)
    return words.guarded_roles[suffix] if suffix else ""


NOUN_KINDS_LIMIT: Final = 65_536
_NOUN_KINDS: Final[dict[str, tuple[str, str]]] = {}


def noun_kind(text: str) -> tuple[str, str]:
    """``_noun_kind``, remembered per word."""
    kind = _NOUN_KINDS.get(text)
    return kind if kind is not None else remember(_NOUN_KINDS, text, _noun_kind(text), NOUN_KINDS_LIMIT)


in_pure_python(globals(), noun_kind, lru_cache(maxsize=NOUN_KINDS_LIMIT)(_noun_kind))


@lru_cache(maxsize=65_536)
def is_media_noun(text: str) -> bool:
    """A noun of media, also inflected or as a compound's last part ("Magazines", "Fachmagazins",
    "Tageszeitung"): a quotation right after it is the medium's name."""
    media = speech_words().media
    last = text.lower().rsplit("-", 1)[-1]
    for form in (last, last[:-1] if last.endswith("s") else "", last[:-2] if last.endswith("es") else ""):
        if form in media or any(len(m) >= 5 and form.endswith(m) for m in media):
            return True
    return False


@lru_cache(maxsize=65_536)
def is_title_cue(text: str) -> bool:
    """Whether a word names a work or a campaign ("Film", "Dokumentarfilm", "Motto")."""
    words = speech_words()
    lower = text.lower()
    if lower in words.title_markers:
        return True
    last = lower.rsplit("-", 1)[-1]
    return last in words.title_cues or (is_capitalised(text) and last.endswith(words.title_suffixes))


def is_title_cue_genitive(text: str) -> bool:
    """Whether a capitalised word is a title cue in the genitive ("des Animationsfilms „…“", "des Programms
    „…“", "des Vereins „…“"), which ``is_title_cue`` does not read (speaker round 97)."""
    if not is_capitalised(text) or not text.endswith("s") or len(text) < 5:
        return False
    return is_title_cue(text[:-1]) or (text.endswith("es") and is_title_cue(text[:-2]))


def _last_part(text: str) -> str:
    """A word in lower case, or the last part of a hyphenated compound ("Motto-Thema" → "thema")."""
    return text.lower().rsplit("-", 1)[-1]


def _capitalised_ending(text: str, endings: tuple[str, ...]) -> bool:
    """Whether a capitalised word, or its last part after a hyphen, ends in one of ``endings``: a list's noun
    alone or as a compound's last part ("Regierungspartei", "Motto-Thema")."""
    return is_capitalised(text) and _last_part(text).endswith(endings)


def is_colon_topic(text: str) -> bool:
    """Whether a title cue is a topic ("Thema", "Hauptthema"), which before a colon introduces what is said
    on it ("Für Schulleiter Salcher eh kein Thema: „…“"), no title (speaker round 97)."""
    return _last_part(text).endswith(speech_words().colon_topics)


def is_naming_noun(text: str) -> bool:
    """Whether a noun names a title or a name ("Titel", "Buchtitel", "Motto-Thema", "Spitzname"): such a
    noun never speaks, what it would say is the title it announces (speaker round 97)."""
    return _capitalised_ending(text, speech_words().title_naming)


def is_body_cue(text: str) -> bool:
    """Whether a capitalised noun is the kind of a body, place, event, service or paper, alone or ending a
    compound ("Tierschutzorganisation", "Regierungspartei", "Hilfetelefon"), whose name a quotation right
    after it gives ("die Tierschutzorganisation „Peta“") (speaker round 98)."""
    return _capitalised_ending(text, speech_words().title_bodies)


def is_capitalised_adjective(text: str) -> bool:
    """Whether a capitalised word is an inflected adjective or participle ("Große", "Digitale", "Deutschen"):
    capitalised inside a sentence only as a title's or a name's first word (speaker round 102)."""
    if not is_capitalised(text):
        return False
    lower = text.lower()
    lemma = lemma_de(lower)  # a noun's lemma stays capitalised ("sektoren" → "Sektor")
    return lemma[:1].islower() and is_adjective(Token(0, len(lower), lower, lemma, "word", 0))


def is_saying(text: str) -> bool:
    """Whether a word names a saying or proverb, alone or ending a compound ("Sprichwort",
    "Bauernregeln", "Volksmund"): what it says is no one's speech (titles round 1)."""
    return _capitalised_ending(text, speech_words().sayings)


# a form's flags (``form_flags``); ``Final``: the compiled build reads them as constants, not from the
# module's dict at each use
SPEECH: Final = 1
PARTICLE_VERB: Final = 2
KONJUNKTIV: Final = 4
TRIGGER: Final = 8
CANDIDATE: Final = 16
STRONG: Final = 32


@lru_cache(maxsize=131_072)
def token_flags(text: str, lemma: str) -> int:
    """``form_flags``, remembered per form."""
    return form_flags(text, lemma)


def form_flags(text: str, lemma: str) -> int:
    """What a token form can be: a verb of saying (SPEECH), one that needs its
    particle (PARTICLE_VERB), Konjunktiv I, a word that may start reported speech (TRIGGER: "laut",
    "zufolge", "so", "dass" …; STRONG: all but "so", "für", "wie"), a word that may name a person or
    organisation (CANDIDATE). The word lists are read through ``flag_tables``: one look-up each for
    the lower-case form and its lemma instead of one per list."""
    first = text[:1]  # sliced once (a slice costs more than the test on it)
    if not first.isalnum():  # "62-Jährige" may name a person
        return 0
    by_form, by_lemma = flag_tables()
    lower = text.lower()
    flags = by_form.get(lower, 0)
    if first.islower():
        if not flags & SPEECH:  # a form of saying; else the lemma's verb of saying or particle verb
            flags |= by_lemma.get(lemma.lower(), 0)
        if not flags & KONJUNKTIV and (text[-1] == "e" or text == "sei") and konjunktiv_one(text, lemma):
            flags |= KONJUNKTIV
        if "-" not in text:  # a lower-case word is capitalised only as a compound ("ex-Minister")
            return flags
    else:  # SPEECH and KONJUNKTIV by form only for a lower-case form
        flags &= ~(SPEECH | KONJUNKTIV)
    if first.isupper() or is_capitalised(text):
        kind = noun_kind(text)[0]
        if kind in ("given", "role", "organisation") or (kind == "" and not _known_word(lower)):
            flags |= CANDIDATE
    return flags


_FLAG_TABLES: Final[list[tuple[dict[str, int], dict[str, int]]]] = []
on_reset(_FLAG_TABLES.clear)


def flag_tables() -> tuple[dict[str, int], dict[str, int]]:
    """``form_flags``'s word lists as two tables: lower-case form → TRIGGER (with STRONG), SPEECH
    (a form of saying) and KONJUNKTIV (a hint) bits; lower-case lemma → SPEECH (a verb of saying) or
    PARTICLE_VERB (a separable one that is not, or one that says only in a frame: view, clause, finding,
    unreflexive and joined source verbs). Built once (``reset`` forgets them)."""
    if not _FLAG_TABLES:
        _FLAG_TABLES.append(_build_flag_tables())
    return _FLAG_TABLES[0]


def _build_flag_tables() -> tuple[dict[str, int], dict[str, int]]:
    words = speech_words()
    by_form: dict[str, int] = {}

    def add(forms: frozenset[str], bit: int) -> None:
        for form in forms:
            by_form[form] = by_form.get(form, 0) | bit

    for strong in (
        words.after,
        words.information,
        words.views,
        words.clause,
        words.source_relatives,
        frozenset({"laut"}),
        words.person_before,
    ):
        add(strong, TRIGGER | STRONG)
    for weak in (words.before, words.citing, words.weak_triggers):
        add(weak, TRIGGER)
    add(words.forms, SPEECH)
    add(words.hints, KONJUNKTIV)
    by_lemma = dict.fromkeys(words.separable, PARTICLE_VERB)
    by_lemma.update(dict.fromkeys(words.view_frames, PARTICLE_VERB))  # read like a separable verb's frame
    by_lemma.update(dict.fromkeys(words.clause_verbs, PARTICLE_VERB))
    by_lemma.update(dict.fromkeys(words.unreflexive_verbs, PARTICLE_VERB))
    by_lemma.update(dict.fromkeys(words.finding_verbs, PARTICLE_VERB))
    by_lemma.update(dict.fromkeys(words.joined_source_verbs, PARTICLE_VERB))
    by_lemma.update(dict.fromkeys(words.verbs, SPEECH))
    return by_form, by_lemma


in_pure_python(globals(), flag_tables, reloadable(cache(_build_flag_tables)))


_FLAGS: Final[dict[str, int]] = {}
_TEXT, _LEMMA = attrgetter("text"), attrgetter("lemma")


def flags_of(doc: Doc) -> list[int]:
    """``token_flags`` of every token of ``doc``: segmentation's (worked out once per word form with
    its lemma), else looked up by form (a form always has the same lemma)."""
    if doc._flags is None:
        doc._flags = _flags_by_text(doc.tokens)
    return doc._flags


def _flags_by_text(tokens: list[Token]) -> list[int]:
    """``token_flags`` of every token, remembered per form in ``_FLAGS``: a document segmented
    otherwise (SoMaJo)."""
    if len(_FLAGS) > 500_000:  # a long-running process reading many texts: start afresh
        _FLAGS.clear()
    texts = list(map(_TEXT, tokens))
    try:
        return list(map(_FLAGS.__getitem__, texts))
    except KeyError:  # forms seen for the first time: each worked out once
        lemmas = dict(zip(texts, map(_LEMMA, tokens), strict=True))
    for text in set(texts).difference(_FLAGS):
        _FLAGS[text] = form_flags(text, lemmas[text])  # no ``lru_cache`` miss per new form
    return list(map(_FLAGS.__getitem__, texts))


def konjunktiv_one(text: str, lemma: str) -> bool:
    """A singular Konjunktiv I form: "sei", or the infinitive without its "n" ("habe", "könne"), or
    of a verb in "-eln"/"-ern" its stem with "e" ("handele", "handle", "fordere": ``_stem_e``)."""
    return text == "sei" or (
        text.endswith("e")
        and len(text) >= 4
        and (text == lemma[:-1] if lemma.endswith("en") else _stem_e(text, lemma))
    )


def _stem_e(text: str, lemma: str) -> bool:
    """The Konjunktiv I of a verb in "-eln" or "-ern": its stem with "e" ("es handele sich", "er
    fordere", "sie verändere"), for "-eln" also without the stem's "e" ("er handle", "sammle")."""
    if not lemma.endswith(("eln", "ern")):
        return False
    stem = lemma[:-1]
    return text == stem + "e" or (lemma.endswith("eln") and text == stem[:-2] + "le")


KNOWN_WORDS_LIMIT: Final = 16_384
_KNOWN_WORDS: Final[dict[str, bool]] = {}


def _known_word(lower: str) -> bool:
    """``is_known_de``, remembered per lower-case word."""
    known = _KNOWN_WORDS.get(lower)
    if known is None:
        known = remember(_KNOWN_WORDS, lower, is_known_de(lower), KNOWN_WORDS_LIMIT)
    return known


in_pure_python(globals(), _known_word, lru_cache(maxsize=KNOWN_WORDS_LIMIT)(is_known_de))


def is_adjective(token: Token) -> bool:
    """An inflected adjective or participle: lower case, its lemma a stem of it ("chinesischen",
    "zuständige"), not a verb form that is its own lemma ("zählen")."""
    text = token.text
    if not text[:1].islower() or len(text) < 4:
        return False
    lower, lemma = text.lower(), token.lemma.lower()
    return (
        lower.endswith(("e", "en", "er", "es", "em"))
        and lower not in speech_words().not_adjectives
        and (
            (lemma != lower and lower.startswith((lemma, _umlauted(lemma) + "er")))
            or (lemma == lower and token.lemma[:1].isupper())
            or _participle_of(lower, lemma)
        )
    )


WITH_UMLAUT: Final = str.maketrans("aou", "äöü")  # a back vowel to its umlaut (sources.UMLAUTS undoes one)
UNUMLAUTED_DIPHTHONGS: Final = ("eu", "äu")  # diphthongs ending in a back vowel that take no umlaut ("neu")


def _umlauted(lemma: str) -> str:
    """``lemma`` with the umlaut of its last vowel, the stem of a comparative ("alt" → "ält" of "älterer",
    "groß" → "größ" of "größere", "jung" → "jüng"); ``lemma`` itself where that vowel has none. Only the
    comparative is read so ("ält" + "er"): a superlative opens phrases of information too ("nach jüngsten
    Angaben", "Die stärksten Rückgänge meldeten …"), which are no speakers. The diphthong "au" takes its
    umlaut on the a ("laut" → "läut"), "eu" and "äu" none ("neu"); two vowels of two syllables are no
    diphthong ("teuer": the e of its ending is the last vowel, so no "teüer")."""
    for k in range(len(lemma) - 1, -1, -1):
        if lemma[k] in "aeiouäöü":
            pair = lemma[k - 1 : k + 1] if k else ""
            if pair in UNUMLAUTED_DIPHTHONGS:
                return lemma
            if pair == "au":
                k -= 1
            return lemma[:k] + lemma[k].translate(WITH_UMLAUT) + lemma[k + 1 :]
    return lemma


WEAK_PAST_ENDINGS: Final = ("te", "ten")  # a weak verb's past ("sorgte", "erzählten"), after its stem
PARTICIPLE_ENDINGS: Final = (*WEAK_PAST_ENDINGS, "ter", "tes", "tem")  # the past participle as an adjective


INFLECTIONS: Final = ("e", "en", "em", "er", "es")  # the endings of an attributive adjective


def _governed_attribute(tokens: list[Token], j: int, limit: int) -> bool:
    """Whether the lower-case word at ``j``, after "laut", "so", "nach" or "gemäß" and an article, is an
    attribute of the capitalised noun after it ("laut einem investigativen Bericht", unknown to the
    lemmatizer; "laut dem gut informierten Insider", a participle of a verb of saying after an adverb;
    "laut einem kürzlich ergangenen Urteil", a strong participle): no verb can stand there, whatever the
    lemmatizer makes of the word."""
    words = speech_words()
    text, closed = tokens[j].text, (words.pronouns, words.determiners, words.prepositions)
    if not text[:1].islower() or not text.isalpha() or j + 1 >= limit or any(text in c for c in closed):
        return False  # "nach der sie Ausschau hielten", "laut einer von der Stadt … gegebenen Untersuchung"
    after = tokens[j + 1].text
    if is_capitalised(after):
        return text.endswith(INFLECTIONS)
    return (  # an adverb before the inflected attribute
        j + 2 < limit
        and after.isalpha()
        and after.endswith(INFLECTIONS)
        and not any(after in c for c in closed)
        and is_capitalised(tokens[j + 2].text)
    )


def _participle_of(lower: str, lemma: str) -> bool:
    """A past participle inflected as an adjective whose lemma the lemmatizer gives as the verb
    ("beteiligten" → "beteiligen", "verletzte" → "verletzen")."""
    if not lemma.endswith("en") or len(lemma) < 8 or lower.startswith("ge") or lemma in speech_words().verbs:
        return False  # "erklärten": a verb of saying in the past is no adjective
    stem = lemma[:-2]
    return lower.startswith(stem) and lower[len(stem) :] in PARTICIPLE_ENDINGS


# Phrase and Entity write their own ``__init__`` as model.py's Span does (speed round 32): the one that
# ``dataclass`` generates is Python code even in the compiled build (a phrase cost 2,000 instructions to
# build there); they are never pickled or copied.
@dataclass(slots=True, init=False)
class Phrase:
    """A noun phrase of a sentence: tokens ``first``..``end`` (exclusive) and the clean span."""

    first: int
    end: int
    start: int  # character offsets of the clean span (no definite article, no parenthesis)
    stop: int
    kinds: frozenset[str]
    gender: str  # "m", "f" or "" (unknown)
    definite: bool  # opens with der/die/das …
    named: bool  # has a name: a given name, or a capitalised word that is no role/organisation noun

    def __init__(
        self,
        first: int,
        end: int,
        start: int,
        stop: int,
        kinds: frozenset[str],
        gender: str,
        definite: bool,
        named: bool,
    ) -> None:
        self.first = first
        self.end = end
        self.start = start
        self.stop = stop
        self.kinds = kinds
        self.gender = gender
        self.definite = definite
        self.named = named


def parse_phrase(
    tokens: list[Token],
    index: int,
    limit: int,
    coordinate: bool = False,
    attribute: bool = True,
    owner: bool = True,
) -> Phrase | None:
    """The noun phrase that starts at ``tokens[index]`` (not beyond ``limit``), or None; with
    ``attribute``, past an extended attribute after its determiner ("der für Verkehr zuständige");
    with ``owner``, a source's genitive after "laut", "so" or "in" ("in der Einleitung des Entwurfs")."""
    words = speech_words()
    j = index
    determiner = article = ""  # article: the phrase's own, which tells gender and number (round 109)
    while (
        j < limit
        and j - index < 2
        and (
            tokens[j].text.lower() in words.determiners
            or (j == index and tokens[j].text.lower() in words.relatives)
        )
    ):
        determiner = determiner or tokens[j].text.lower()
        if not article or tokens[j].text.lower() not in words.plural_determiners:  # not "die beiden"
            article = tokens[j].text.lower()  # "die ein Ministeriumssprecher": the "die" a relative
        j += 1
    ordinal_at = bool(determiner) and ordinal(tokens, j, limit)
    numeral = bool(determiner and not ordinal_at and j + 1 < limit and tokens[j].text.isdigit())
    if ordinal_at:
        j += 2  # "der 27. UN-Klimakonferenz", "aus dem 17. Jahrhundert" (speaker round 39)
    elif numeral:
        j += 1  # "die 13 beteiligten Feuerwehrmänner": the numeral is no part of the span (round 54)
    if determiner and attribute:  # "der für Verkehr zuständige", "die das Unglück überlebende Alice Kakamara"
        opener = index + 1 if j - index == 2 and tokens[index + 1].text.lower() in DEFINITE else j
        end = extended_attribute(tokens, opener, limit, words.prepositions | DEFINITE)
        j = end if end != opener else j
    adjectives = 0
    governing = tokens[index - 1].text.lower() if determiner and index > 0 else ""
    governed = (  # "laut einem …", "nach Angaben der staatsnahen Agentur" (a genitive after its noun)
        governing in words.before
        or governing in words.source_prepositions
        or (determiner in GENITIVE_ARTICLES and governing.endswith(words.information_endings))
    )
    while (
        j < limit
        and adjectives < 3
        and (
            is_adjective(tokens[j])
            or (tokens[j].text == "nicht" and j + 1 < limit and is_adjective(tokens[j + 1]))
            or (  # "die afghanischen und ausländischen Soldaten"
                tokens[j].text in ("und", "oder")
                and adjectives
                and j + 1 < limit
                and (is_adjective(tokens[j + 1]) or tokens[j + 1].text.endswith(ADJECTIVE_ENDINGS))
            )
            or (  # "saudi-arabischen", unknown to the lemmatizer, "Österreichische Nationalbank"; not
                tokens[j].text.endswith(ADJECTIVE_ENDINGS)  # the surname in "sagte Fischer, …"
                and (tokens[j].text[:1].islower() or (j + 1 < limit and is_capitalised(tokens[j + 1].text)))
            )
            or (  # "der 81-jährige Landwirt", "die 64-jährige deutsche Bundeskanzlerin"
                age_noun(tokens, j)
                and j + 1 < len(tokens)
                and (is_capitalised(tokens[j + 1].text) or is_adjective(tokens[j + 1]))
            )
            or (governed and _governed_attribute(tokens, j, limit))
        )
    ):
        j += 1
        adjectives += 1
    if not determiner and j == index and (particles := particles_of_surname(tokens, j, limit)):
        j += particles  # "sagte von Broock", "so von der Leyen", "laut de Maizière": the name's particles
    head_first = j
    kinds: set[str] = set()
    gender = given_gender = ""
    if determiner and j < limit and age_noun(tokens, j):  # "der 81-jährige" as a noun, in lower case
        kinds.add("role")
        j += 1
        limit = j
    titles = 0  # tokens of academic titles, not counted against the five words of a name
    while j < limit and j - head_first - titles < 5:
        token = tokens[j]
        abbreviation = _abbreviation(tokens, j)
        if abbreviation:  # "Dr. Müller", "Prof. Dr.-Ing. Andreas Reuter", "die St. Galler Polizei": the
            if limit <= j + abbreviation:  # title's full stops and hyphen belong to the name, also where
                limit = _reach(tokens, j + abbreviation)  # the clause was cut at one of them
            j += abbreviation
            titles += abbreviation
            continue
        if j == head_first + 1 and not determiner and (after := _after_owner(tokens, j, limit)) > j:
            titles += after - j  # "Berlins früherer Regierender Bürgermeister": the adjectives after a
            j = after  # name in the genitive belong to the phrase it opens
            continue
        if _lower_case_name(tokens, j, limit) and j > head_first:
            kinds.add("")  # "ein Reporter des Fernsehsenders n-tv", "der Netzaktivist padeluun"
            j += 1
            continue
        if (
            joined_slash(tokens, j)
            and j > head_first
            and j + 1 < limit
            and is_capitalised(tokens[j + 1].text)
        ):
            j += 1  # "der CDU/CSU-Fraktion": the slash joins the name's parts
            titles += 1
            continue
        if (compound := _quoted_compound(tokens, j, limit)) > j:
            titles += compound - j  # "der Kölner „Aufbruch“-Gründer Meier": the quoted first part
            j = compound
            continue
        if token.kind == "punct" or not is_capitalised(token.text):
            break
        # the clause cut at the hyphen ("sagt Familien- und Frauenministerin Susanne Raab") where a part
        # names a speaker, and not after "der"/"dem" (a medium spoken to: "sagte der Allgemeinen
        # Hotel- und Gastronomie-Zeitung", where the speaker is named before)
        cut = limit == j + 1 and determiner not in words.addressed and _speaker_compound(tokens, j)
        reach = _reach(tokens, j + 2) if cut else limit
        if _truncated_compound(tokens, j, reach):
            limit = reach
            j += 3  # "Bau- und Transportministerium": the first part names nothing on its own
            titles += 2
            continue
        kind, kind_gender = noun_kind(token.text)
        if j + 1 < limit and _name_number(words, token, tokens[j + 1]):
            kinds.add(kind)  # "die MA 22": the department's number is part of its name (src63)
            j += 2
            titles += 1
            continue
        if j == index and (medium := _medium_before_role(tokens, j, limit)):
            j += medium  # "Zeit Online Geschäftsführer Enrique Tarragona": the medium's name opens the phrase
            titles += medium
            kinds.add("media")
            continue
        if kind == "non":
            break
        kinds.add(kind)
        if (
            j + 2 < limit
            and kind in ("given", "")
            and tokens[j + 1].text in words.name_particles
            and is_capitalised(tokens[j + 2].text)
            and noun_kind(tokens[j + 2].text)[0] in ("", "given")
        ):
            j += 1  # "Giovanni di Lorenzo": the particle belongs to the name (also a given name, round 67)
        elif (
            kind == "given"
            and j + 1 < limit
            and (particles := particles_of_surname(tokens, j + 1, limit, after_given=True))
        ):
            j += particles  # "Ralf von Broock", "Ursula von der Leyen"
        elif (
            len(token.text) == 1
            and j + 1 < limit
            and j > head_first
            and tokens[j + 1].text == "."
            and tokens[j + 1].start == token.end
        ):
            j += 1  # "Lutz S.": the initial's full stop belongs to the name
            titles += 1  # and is no word of it ("Prof. Dr. Matthias W. Beckmann")
        if kind == "given" and not given_gender and not _given_as_surname(tokens, j, head_first):
            gender = given_gender = kind_gender  # a given name tells best, the first of several ("Nadja
            # Lorenz", "Rainer Maria Rilke": a surname or second given name of the other gender)
        elif kind == "role" and kind_gender and not gender:
            gender = kind_gender
        j += 1
    if j == head_first:
        return None
    named = "given" in kinds or "" in kinds
    clean_end = j
    head_kind = noun_kind(tokens[j - 1].text)[0]
    head_end = j
    if head_kind in ("role", "organisation") and j < limit:
        before = tokens[index - 1] if index > 0 else None
        j, clean_end = _complement(tokens, j, limit, clean_end, before=before)
    elif j < limit and tokens[j].text == "für" and _purpose_head(words, tokens[j - 1].text):
        if limit < len(tokens) and _truncated_compound(tokens, limit - 1, reach := _reach(tokens, limit + 1)):
            limit = reach  # "Zentrum für Luft- und Raumfahrt": the clause cut at the hyphen
        j, clean_end = _complement(tokens, j, limit, clean_end, rounds=1)  # "Beobachtungsstelle für
        # Menschenrechte", "Bundesamt für Statistik": the institution's purpose is part of its name
    elif (
        owner
        and determiner
        and head_kind == ""
        and index > 0
        and tokens[index - 1].text.lower() in words.before | words.heard_from
        and j - head_first == 1
        and j < limit
        and tokens[j].text.lower() in GENITIVE_ARTICLES
        and is_plain_word(tokens[j - 1].text)
        and not _says_itself(tokens[j - 1].text)
    ):  # a source its genitive names, after "laut", "so" or "in": "in der Einleitung des Entwurfs"
        j, clean_end = _complement(tokens, j, limit, clean_end, rounds=1)
    if (
        head_kind in ("role", "organisation")
        and j == clean_end
        and kinds <= {"role", "organisation"}
        and not any(noun_kind(t.text)[0] == "given" for t in tokens[head_first:j])
    ):  # no person's name, also in its genitive: "ein IWF-Sprecher aus Washington", "der Reporter des
        # Fernsehsenders in Teheran"; not "die Sprecherin des Ministers Thomas Meier in Berlin"
        j = clean_end = _place_attribute(tokens, j, limit, known=j == head_end)
    if j == clean_end and noun_kind(tokens[j - 1].text)[0] in ("organisation", "media"):
        j = clean_end = _quoted_title(tokens, j, limit)  # "der Video-Produktionsfirma „Shui Jing Shi“"
    if j < limit and tokens[j].text == "(":
        close = next((k for k in range(j + 1, min(limit, j + 6)) if tokens[k].text == ")"), None)
        if close is not None:
            j = close + 1
    article_gender = {"der": "m", "ein": "m", "die": "f", "eine": "f"}.get(article, "")
    plural = article == "die" or article in words.plural_determiners
    if article_gender and (not gender or ("given" not in kinds and tokens[j - 1].text.endswith("e"))):
        gender = article_gender  # "die 62-Jährige", "der Vorsitzende": the article tells
    elif "given" not in kinds and gender == "m" and plural:
        gender = "f"  # "die Ermittler", "mehrere Beamte": a plural, referred to as "sie", never as "er"
    start_token = index + 1 if determiner in DEFINITE or determiner in words.relatives else index
    if numeral and determiner in DEFINITE:
        start_token += 1
    phrase = Phrase(
        index,
        j,
        tokens[start_token].start,
        tokens[clean_end - 1].end,
        frozenset(kinds),
        gender,
        determiner in DEFINITE,
        named,
    )
    if coordinate and j + 1 < limit and tokens[j].text.lower() in words.joiners:
        other = parse_phrase(tokens, j + 1, limit)
        if other is not None:
            phrase.end, phrase.stop = other.end, other.stop
            phrase.kinds = phrase.kinds | other.kinds
            phrase.named = phrase.named or other.named
            phrase.gender = "f"  # plural: "sie"
    return phrase


NAME_NUMBER_DIGITS: Final = 3  # the longest number that goes on a numbered name ("MA 22", "MA 48")


def numbered_name(words: SpeechWords, name: str, number: str) -> bool:
    """Whether ``number`` is the number that goes on the numbered name ``name`` ("MA 22", Vienna's
    municipal department for the environment: ``numbered_names`` of ``speech_de.toml``; src63)."""
    return name in words.numbered_names and number.isdigit() and len(number) <= NAME_NUMBER_DIGITS


def _name_number(words: SpeechWords, name: Token, number: Token) -> bool:
    """Whether the token ``number`` follows the numbered name ``name`` with one space and is its number."""
    return numbered_name(words, name.text, number.text) and number.start == name.end + 1


def ordinal(tokens: list[Token], j: int, limit: int) -> bool:
    """Whether ``tokens[j]`` is an ordinal number after a determiner, its full stop written on it and a
    noun or adjective after it ("dem 17. Jahrhundert", "der 27. UN-Klimakonferenz"): the full stop ends
    no sentence and the phrase goes on."""
    return (
        j + 2 < limit
        and tokens[j].text.isdigit()
        and tokens[j + 1].text == "."
        and tokens[j + 1].start == tokens[j].end
        and (is_capitalised(tokens[j + 2].text) or is_adjective(tokens[j + 2]))
    )


def _given_as_surname(tokens: list[Token], j: int, first: int) -> bool:
    """Whether the given name at ``tokens[j]`` is a surname, after a first name no list knows ("Saharo
    Mohammed aus Somalia … sagt sie", round 37), or after a role noun of a gender ("Richterin Otto", round
    67): its gender says nothing of the person's. It ends the name (not "Umweltlandesrat Johannes Rauch");
    before the phrase (``first``), where the unknown name did not open it, that name must be no German
    word."""
    if j == 0 or tokens[j - 1].sentence != tokens[j].sentence:
        return False
    if (
        j + 1 < len(tokens)
        and tokens[j + 1].sentence == tokens[j].sentence
        and is_capitalised(tokens[j + 1].text)
    ):
        return False
    before = tokens[j - 1].text
    if all(noun_kind(before)):  # after a role noun of a gender, its surname: "Privatbeteiligtenvertreterin
        return noun_kind(before)[0] == "role"  # Lorenz", "Richterin Otto" (round 67)
    return (
        is_capitalised(before)
        and before[:1].isalpha()
        and not noun_kind(before)[0]
        and (j > first or not is_plain_word(before))
    )


def particles_of_surname(tokens: list[Token], j: int, limit: int, after_given: bool = False) -> int:
    """How many lower-case particles of a surname open the phrase at ``tokens[j]`` ("von Broock",
    "von der Leyen", "de Maizière"): one of ``speaker_particles`` (speech_de.toml), a "der"/"den"
    after it, then a capitalised word without a hyphen that the lemmatizer does not know, no place
    ("von Berlin"), no abstract noun by its ending (``abstract_endings``) and no compound whose last
    six letters or more are a word; 0 otherwise ("von Anfang an", "von der Regierung", "berichtete
    von Wega-Einsatz"). ``after_given``: the phrase goes on from a given name, where a word the
    lemmatizer knows is a surname too if it follows the particle alone and ends the phrase (a
    ``_surname_after_given``: "Beatrix von Storch", round 113)."""
    words = speech_words()
    if j >= limit or tokens[j].text not in words.speaker_particles:
        return 0
    k = j + 1
    if k < limit and tokens[k].text in ("der", "den"):
        k += 1
    if k >= limit or tokens[k].kind != "word" or not is_capitalised(tokens[k].text):
        return 0
    text = tokens[k].text
    lower = text.lower()
    if noun_kind(text)[0] or lower in place_names() or "-" in text:
        return 0
    if not after_given and (text.isupper() or _registered_organisation(text)):
        return 0  # an acronym or a registered organisation: "im Auftrag von RTL", "von Talanx" (round 121)
    if lower.endswith(words.abstract_endings):
        return 0  # "spreche von Einvernehmlichkeit"
    if _known_word(lower) or any(_known_word(lower[i:]) for i in range(3, len(lower) - 5)):
        # a known word, or a compound noun the lemmatizer does not know ending in one: "spricht von
        # Verzögerungsmaßnahmen"; after a given name the surname "Beatrix von Storch"
        return k - j if after_given and k == j + 1 and _surname_after_given(tokens, k, limit) else 0
    return k - j


def _registered_organisation(word: str) -> bool:
    """Whether ``word`` alone names an organisation of the source-type registry ("Talanx", "Tönnies")."""
    from .sources import registry  # sources imports this module

    return (word,) in registry().names


def _surname_after_given(tokens: list[Token], k: int, limit: int) -> bool:
    """Whether the known word at ``tokens[k]``, after a given name and "von", ends the phrase and names
    no organisation of the source-type registry (source_types.toml, source_types_organisations.tsv):
    "sagt Klaus von Stockhausen.", not "sagt Sarah von Greenpeace.", "sagte Tim von Google."."""
    ends = k + 1 >= limit or tokens[k + 1].kind == "punct" or tokens[k + 1].sentence != tokens[k].sentence
    return ends and not _registered_organisation(tokens[k].text)


@reloadable
@cache
def _outlet_names() -> frozenset[tuple[str, ...]]:
    """The names and aliases of two words or more in the outlet registry (outlets.toml), as words."""
    names = (name for outlet in load_registry() for name in (outlet.name, *outlet.aliases))
    return frozenset(tuple(name.split()) for name in names if " " in name)


@reloadable
@cache
def _outlet_names_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``_outlet_names`` by their first word, each word's names in the order of the set."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for name in _outlet_names():
        found.setdefault(name[0], []).append(name)
    return {first: tuple(names) for first, names in found.items()}


def _medium_before_role(tokens: list[Token], j: int, limit: int) -> int:
    """How many words of a registered outlet's name of two words or more open the phrase at ``tokens[j]``
    before a role noun ("Zeit Online Geschäftsführer …", "Zeit Online-Geschäftsführer …", where the
    name's last word is the compound's first part and not skipped); 0 otherwise. Only the names whose
    first word stands at ``tokens[j]`` are compared."""
    if j >= limit:
        return 0
    for name in _outlet_names_by_first().get(tokens[j].text, ()):
        n = len(name)
        if j + n > limit or tuple(t.text for t in tokens[j : j + n - 1]) != name[:-1]:
            continue
        last = tokens[j + n - 1].text
        if last == name[-1] and j + n < limit and noun_kind(tokens[j + n].text)[0] == "role":
            return n
        if last.startswith(name[-1] + "-") and noun_kind(last)[0] == "role":
            return n - 1
    return 0


OWNED_ADJECTIVE_ENDINGS: Final = ("e", "er", "es")  # strong nominative after a genitive: "Berlins früherer"


@reloadable
@cache
def name_abbreviations() -> frozenset[str]:
    """The capitalised abbreviations of ``data/abbreviations_de.txt`` (the sentence splitter's list),
    which a name may go on after ("St.", "Abg.", "Präs.")."""
    return frozenset(a for a in word_list("abbreviations_de.txt") if a[:1].isupper())


def _place_attribute(tokens: list[Token], j: int, limit: int, known: bool = False) -> int:
    """The end of a place after a role or organisation that has no name ("ein IWF-Sprecher aus
    Washington", "die Provinzregierung in Helmand", "die US-Botschaft im Irak"): a preposition of
    ``place_attribute_prepositions`` (speech_de.toml: "in", "im", "aus") and a place name of
    ``data/places_de.txt`` or a capitalised word the lemmatizer does not know, with the unknown words
    after it ("in New York"); ``j`` when there is none ("ein Sprecher im Interview"). With ``known`` (right
    after the head, no genitive read), a word the lemmatizer knows is a place too right after "in" with no
    article where the phrase ends after it (``_bare_place``: "wie das Verkehrsministerium in Schwerin
    mitteilte", "teilte der Palast in Amman anschließend mit"; not "sagte ein Sprecher in Anspielung auf …",
    nor "der Chef der Bundesagentur für Arbeit in Nürnberg", where the genitive names the body)."""
    if j + 1 >= limit or tokens[j].text.lower() not in speech_words().place_attribute_prepositions:
        return j
    k = j + 1
    while (
        k < limit
        and tokens[k].kind == "word"
        and tokens[k].text[:1].isupper()
        and (
            not _known_word(tokens[k].text.lower())
            or (k == j + 1 and tokens[k].text.lower() in place_names())
            or (known and k == j + 1 and tokens[j].text == "in" and _bare_place(tokens, k, limit))
        )
    ):
        k += 1
    return k if k > j + 1 else j


def _bare_place(tokens: list[Token], k: int, limit: int) -> bool:
    """Whether the capitalised word at ``tokens[k]``, after "in" with no article, is a place: no word of
    time or abstraction ("in Zukunft", ``non_speakers``; "in Anspielung", ``abstract_endings``), and no
    phrase goes on after it: the clause ends, or a lower-case word follows that is no preposition,
    determiner or conjunction (the verb, its particle or an adverb)."""
    words, lower = speech_words(), tokens[k].text.lower()
    if noun_kind(tokens[k].text)[0] == "non" or lower.endswith(words.abstract_endings):
        return False
    k += 1
    if k >= limit:
        return True
    lower = tokens[k].text.lower()
    return (
        tokens[k].kind == "word"
        and tokens[k].text[:1].islower()
        and lower not in words.prepositions
        and lower not in words.determiners
        and lower not in DEFINITE
        and lower not in words.joiners
        and lower not in words.coordinators
    )


def _full_stop(tokens: list[Token], k: int) -> bool:
    """A full stop written against the word before it."""
    return 0 < k < len(tokens) and tokens[k].text == "." and tokens[k].start == tokens[k - 1].end


def _abbreviation(tokens: list[Token], j: int) -> int:
    """The number of tokens of an abbreviation at ``tokens[j]`` that a name goes on after, with its full
    stops: an academic title ("Dr.", "Prof."), two joined by a hyphen of which one is a title
    ("Dr.-Ing.", "Univ.-Prof."), or a capitalised abbreviation of two letters at least the sentence
    splitter knows ("St. Galler", "Abg. Müller"); 0 when there is none or no capitalised word follows."""
    titles, text = speech_words().academic_titles, tokens[j].text
    if not text[:1].isupper() or not _full_stop(tokens, j + 1):
        return 0
    length = 0
    if text in titles or (len(text) > 1 and text in name_abbreviations() and noun_kind(text)[0] != "given"):
        length = 2  # not "Jan", a given name as well as the month's abbreviation, nor an initial ("Lutz S.")
    if (
        j + 4 < len(tokens)
        and tokens[j + 2].text == "-"
        and tokens[j + 2].start == tokens[j + 1].end
        and tokens[j + 3].start == tokens[j + 2].end
        and (text in titles or tokens[j + 3].text in titles)
        and tokens[j + 3].text[:1].isupper()
        and _full_stop(tokens, j + 4)
    ):
        length = 5
    return length if length and j + length < len(tokens) and is_capitalised(tokens[j + length].text) else 0


SPEAKER_KINDS: Final = ("role", "organisation", "media")


def _speaker_compound(tokens: list[Token], j: int) -> bool:
    """Whether a part of the compound cut short at ``tokens[j]`` names a speaker: a role, an
    organisation or a medium ("Familien- und Frauenministerin", "Kongress- und Verteidigungskreise";
    not "Korrektur- und Aufklärungsmaßnahmen")."""
    parts = [tokens[j].text] + ([tokens[j + 3].text] if j + 3 < len(tokens) else [])
    return any(noun_kind(part)[0] in SPEAKER_KINDS for part in parts)


def _lower_case_name(tokens: list[Token], j: int, limit: int) -> bool:
    """Whether ``tokens[j]`` is a name written in lower case right after a role, organisation or medium
    ("des Fernsehsenders n-tv", "der Netzaktivist padeluun", "des Flugdatenproviders flightradar24"):
    three letters at least, unknown to the lemmatizer, no abbreviation's full stop after it ("bzw.")."""
    text = tokens[j].text
    return (
        j > 0
        and tokens[j].kind == "word"
        and text[:1].islower()
        and len(text) >= 3
        and noun_kind(tokens[j - 1].text)[0] in SPEAKER_KINDS
        and not _known_word(text.lower())
        and not _full_stop(tokens, j + 1)
        and not (j + 1 < limit and tokens[j + 1].kind == "word" and tokens[j + 1].start == tokens[j].end)
    )


def joined_slash(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a slash written against a capitalised word or a number before it and a
    capitalised word after it, inside one name ("CDU/CSU-Fraktion", "Bündnis 90/Die Grünen"; not a web
    address, "pic.twitter.com/oOo10gTVc2"): it joins the words and ends no clause."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text == "/"
        and tokens[k - 1].end == tokens[k].start
        and tokens[k + 1].start == tokens[k].end
        and tokens[k - 1].kind in ("word", "number")
        and tokens[k + 1].kind == "word"
        and tokens[k + 1].text[:1].isupper()
        and (tokens[k - 1].kind == "number" or tokens[k - 1].text[:1].isupper())
    )


def _reach(tokens: list[Token], k: int) -> int:
    """The first punctuation mark from ``tokens[k]`` on that could end a clause: how far a name may be
    read where the clause was cut inside it."""
    while k < len(tokens) and not (
        tokens[k].kind == "punct"
        and (tokens[k].text in BOUNDARIES or tokens[k].text in ".!?" or tokens[k].text in QUOTE_MARKS)
        and not joined_slash(tokens, k)
    ):
        k += 1
    return k


def _after_owner(tokens: list[Token], j: int, limit: int) -> int:
    """After a name in the genitive at ``tokens[j - 1]`` ("Berlins", "Jelpkes"), the end of the
    adjectives in the strong nominative that lead to a role or a name ("Berlins früherer Regierender
    Bürgermeister", "Jelpkes wissenschaftlicher Mitarbeiter Nick Brauns"); ``j`` when there are none."""
    owner = tokens[j - 1].text
    if not owner.endswith("s") or len(owner) < 4 or noun_kind(owner)[0] not in ("", "given"):
        return j
    k = j
    while (
        k < limit
        and k - j < 3
        and is_adjective(tokens[k])
        and tokens[k].text.endswith(OWNED_ADJECTIVE_ENDINGS)
    ):
        k += 1
    end = k
    while end < limit and tokens[end].kind == "word" and is_capitalised(tokens[end].text):
        end += 1  # the capitalised words after the adjectives: "Regierender Bürgermeister Eberhard Diepgen"
    named = any(noun_kind(t.text)[0] in ("role", "given") for t in tokens[k:end])
    return k if k > j and named else j  # not "sagte Hans neue Dinge über den Präsidenten"


def _truncated_compound(tokens: list[Token], j: int, limit: int) -> bool:
    """Whether ``tokens[j]`` is the first part of a compound whose head it shares with the next one,
    joined by "und"/"oder" ("Rotkreuz- und Rothalbmond-Gesellschaften", "Kongress- und
    Verteidigungskreise"): the hyphen right after it, then the conjunction and a capitalised word."""
    return (
        j + 3 < limit
        and tokens[j + 1].text == "-"
        and tokens[j + 1].start == tokens[j].end
        and tokens[j + 2].text in ("und", "oder")
        and is_capitalised(tokens[j + 3].text)
    )


def _says_itself(text: str) -> bool:
    """A noun of information or statement ("Pressemitteilung", "Fazit"): its owner in the genitive is
    the source, read where the noun is ("so das Fazit der Betreiber")."""
    words, lower = speech_words(), text.lower()
    return lower in words.statement_nouns or lower.endswith(words.information_endings)


EXTENDED_ATTRIBUTE: Final = 6  # words of a prepositional phrase before an attribute's participle or adjective


def extended_attribute(tokens: list[Token], j: int, limit: int, openers: frozenset[str]) -> int:
    """The participle or adjective that closes an extended attribute opening at ``tokens[j]`` with a
    preposition or an article of its own object ("der für Verkehr zuständige Minister", "die zur
    Stanford University gehörende Hoover Institution", "der seit 2010 amtierende Präsident", "den der
    Demokratischen Partei angehörenden Senator"): the first one after a noun or number of that phrase
    and before a capitalised noun; ``j`` when there is none."""
    if j >= limit or tokens[j].text.lower() not in openers:
        return j
    for k in range(j + 2, min(limit - 1, j + 2 + EXTENDED_ATTRIBUTE)):
        if tokens[k].kind == "punct":
            return j
        previous = tokens[k - 1].text
        if (
            is_adjective(tokens[k])
            and (is_capitalised(previous) or previous.isdigit())
            and is_capitalised(tokens[k + 1].text)
        ):
            return k
    return j


QUOTED_NAME_WORDS: Final = 4  # words of a quoted name ("Nachrichtenagentur „Xinhua“", "laut „Computerwoche“")


def _quoted_title(tokens: list[Token], j: int, limit: int) -> int:
    """The end of a short capitalised name in quotation marks at ``tokens[j]``, right after an
    organisation's or medium's noun ("die Nachrichtenagentur „Xinhua“"): the name belongs to the
    noun phrase; ``j`` when there is none."""
    if (
        j + 2 >= limit
        or tokens[j].text not in OPENING_MARKS
        or tokens[j].start != tokens[j - 1].end + 1
        or not is_capitalised(tokens[j + 1].text)
    ):
        return j
    for close in range(j + 2, min(limit, j + 2 + QUOTED_NAME_WORDS)):
        if tokens[close].text in QUOTE_MARKS:
            return close + 1
    return j


# the noun kinds that may end a compound after a quoted first part ("„Aufbruch“-Gründer")
QUOTED_COMPOUND_KINDS: Final = frozenset({"role", "organisation"})


def _quoted_compound(tokens: list[Token], j: int, limit: int) -> int:
    """Round 120: where a compound whose first part is a short capitalised name in quotation marks at
    ``tokens[j]`` goes on after the closing mark's hyphen ("„Aufbruch“-Gründer", "„Querdenken“-Initiator"):
    the index of its last part, a role or organisation that heads the phrase; ``j`` when there is none
    (not "„Allahu akbar“-Rufe"; nor "die „Bild“-Zeitung", whose quoted name ``_quoted_name`` reads)."""
    if tokens[j].text not in OPENING_MARKS or j + 1 >= limit or not is_capitalised(tokens[j + 1].text):
        return j
    for close in range(j + 2, min(limit - 2, j + 2 + QUOTED_NAME_WORDS)):
        if tokens[close].text in QUOTE_MARKS:
            hyphen, part = tokens[close + 1], tokens[close + 2]
            joined = hyphen.text == "-" and hyphen.start == tokens[close].end and part.start == hyphen.end
            return close + 2 if joined and noun_kind(part.text)[0] in QUOTED_COMPOUND_KINDS else j
    return j


def addressed_medium(tokens: list[Token], phrase: Phrase) -> bool:
    """Round 120: whether ``phrase``, after "der" right after a speaker, is a medium the registry names
    ("der Welt", "der BBC", "der APA"): the dative of the one spoken to ("sagte der CSU-Politiker der
    Welt"), never the speaker's genitive."""
    from .sources import names_medium  # sources imports this module

    return names_medium(
        " ".join(t.text for t in tokens[phrase.first : phrase.end] if t.start >= phrase.start)
    )


def _spoken_to(tokens: list[Token], phrase: Phrase, before: Token | None) -> bool:
    """Whether ``phrase`` after "der" is the medium spoken to: ``before`` the speaker's phrase is a verb of
    saying (its remembered flags, asked first) and the phrase a medium the registry names
    (``addressed_medium``)."""
    return (
        before is not None
        and bool(token_flags(before.text, before.lemma) & SPEECH)
        and addressed_medium(tokens, phrase)
    )


def age_noun(tokens: list[Token], j: int) -> bool:
    """An age written in lower case ("der 81-jährige", "der 81-jährige Landwirt")."""
    number, _, rest = tokens[j].text.partition("-")
    return number.isdigit() and rest.lower().startswith("jährige") and len(rest) <= 9


def _complement(
    tokens: list[Token], j: int, limit: int, clean_end: int, rounds: int = 2, before: Token | None = None
) -> tuple[int, int]:
    """A genitive ("des Innenministeriums", "der Polizei") or "von X" after a role or organisation; where
    the token ``before`` the phrase is a verb of saying, not a registered medium after "der", the one
    spoken to ("sagte der CSU-Politiker der Welt")."""
    for _ in range(rounds):
        if j >= limit:
            break
        word = tokens[j].text.lower()
        if word == "für" and j + 1 < limit and is_capitalised(tokens[j + 1].text):
            inner = parse_phrase(tokens, j + 1, limit, attribute=False)  # "der Chef der Bundesagentur für
            if inner is None or inner.kinds & {"non", "given"}:  # Arbeit", "das Institut für Kernphysik"
                break
            j, clean_end = inner.end, _before_parenthesis(tokens, inner.end)
        elif word in ("des", "der", "eines", "einer", "von", "vom"):
            start = j if word not in ("von", "vom") else j + 1
            inner = parse_phrase(tokens, start, limit, attribute=False)  # not in a genitive: "Vertreter
            # der unter dem Banner der FSA kämpfenden Gruppen" would take its type from "Gruppen"
            if inner is None or (
                word == "der" and ("media" in inner.kinds or _spoken_to(tokens, inner, before))
            ):
                break
            named = {"organisation", "role"} & inner.kinds or inner.named
            if word in ("der", "einer", "eines") and not named:
                break  # "Mitarbeiter einer Produktionsfirma", not "Sprecher einer Woche"
            j, clean_end = inner.end, _before_parenthesis(tokens, inner.end)
        else:
            break
    return j, clean_end


def _purpose_head(words: SpeechWords, text: str) -> bool:
    """Round 100: a noun that names an institution with its purpose after "für", whole or as a compound's
    last part ("Beobachtungsstelle für Menschenrechte", "Zentrum für Luft- und Raumfahrt", "Bundesamt für
    Statistik"), which no list of organisations holds (a "Zentrum", an "Amt" is also a place or a thing):
    the phrase after "für" is part of its name."""
    return _capitalised_ending(text, words.purpose_heads)


def _before_parenthesis(tokens: list[Token], end: int) -> int:
    """``end`` moved before the parentheses that close a phrase ("Wertpapierbesitz (DSW)")."""
    while end > 0 and tokens[end - 1].text == ")":
        end = _open_paren(tokens, end - 1)
    return end


def _open_paren(tokens: list[Token], close: int) -> int:
    k = close
    while k > 0 and tokens[k].text != "(":
        k -= 1
    return k


def skip_adverbs(tokens: list[Token], j: int, limit: int) -> int:
    """Past adverbs, a year and a time phrase ("am Montag", "im Interview") before a speaker."""
    words = speech_words()
    while j < limit:
        word = tokens[j].text.lower()
        if word in words.adverbs or (len(word) == 4 and word.isdigit()):  # "erklärte bereits 2017 der …"
            j += 1
        elif word in words.time_prepositions and j + 1 < limit and noun_kind(tokens[j + 1].text)[0] == "non":
            j += 2
        elif (  # "sagte an einem Sonntagnachmittag der damalige FDP-Vorsitzende"
            word in words.time_prepositions_indefinite
            and j + 2 < limit
            and tokens[j + 1].text.lower() in words.time_indefinite_articles
            and is_capitalised(tokens[j + 2].text)
            and noun_kind(tokens[j + 2].text)[0] in ("non", "")
        ):
            j += 3
        else:
            break
    return j


def is_plain_word(text: str) -> bool:
    """A capitalised word at a sentence's start that is an ordinary German word ("Scharf", "Später")."""
    return _known_word(text.lower())


@dataclass(slots=True, init=False)  # its own ``__init__``: see Phrase
class Entity:
    """A named person or organisation mentioned at ``start`` (sentence ``sentence``)."""

    start: int
    stop: int
    sentence: int
    gender: str
    kinds: frozenset[str]
    actor: str | None = None
    speaker: bool = False  # has spoken already: preferred when a pronoun could mean several
    named: bool = True  # has a name (a registered actor, "Karl Lauterbach"), not only a role or kind
    anaphor: bool = False  # a definite role or age noun without a name ("die Schauspielerin", "der
    # 46-Jährige"): it refers to a person named before
    weak: bool = False  # named only by a licensed given name, not as its sentence's first words: no
    # antecedent of a pronoun or role noun until it has spoken (round 69)
    listed: bool = False  # its gender and given name only the licensed list's: none to a plural "sie"
    # ("Darin bekennen sie sich" after "Yanis Varoufakis mit einigen Mitstreitern", round 70)
    referent: Entity | None = None  # the named person a definite noun without a name was read as where it
    # introduced a quote ("schrieb der 46-Jährige" → "Ennesto Monté"): a pronoun reaching it means him
    # (round 92)

    def __init__(
        self,
        start: int,
        stop: int,
        sentence: int,
        gender: str,
        kinds: frozenset[str],
        actor: str | None = None,
        speaker: bool = False,
        named: bool = True,
        anaphor: bool = False,
        weak: bool = False,
        listed: bool = False,
    ) -> None:
        self.start = start
        self.stop = stop
        self.sentence = sentence
        self.gender = gender
        self.kinds = kinds
        self.actor = actor
        self.speaker = speaker
        self.named = named
        self.anaphor = anaphor
        self.weak = weak
        self.listed = listed
        self.referent: Entity | None = None


class Entities:
    """Named persons and organisations in text order, for pronouns and role nouns to refer back to."""

    def __init__(self) -> None:
        self.items: list[Entity] = []
        self.starts: list[int] = []

    def add(self, entity: Entity) -> Entity:
        """Add a mention, or return the one already known at the same place."""
        index = bisect_left(self.starts, entity.start)
        if index < len(self.starts) and self.starts[index] == entity.start:
            return self.items[index]
        self.items.insert(index, entity)
        self.starts.insert(index, entity.start)
        return entity

    def resolve(
        self,
        position: int,
        gender: str,
        text: str,
        head: str = "",
        strict: bool = False,
        latest: bool = False,
        named: bool = False,
        age: str = "",
        agree: Callable[[Entity], bool] | None = None,
        modifier: str = "",
        unlisted: bool = False,
    ) -> Entity | None:
        """The entity a pronoun or a "der Minister" at ``position`` refers to: among the compatible ones
        before it, in the latest sentence with one, one that has spoken, else the first (the subject);
        a role noun must match the name or its apposition; ``strict``: the entity's gender must be known
        and the same, but for "er" a person who has spoken named by a name of no known gender (round 65);
        ``latest``: the last one named (a demonstrative: "Dieser bestätigte"); ``named``: only a person
        named with a given name, a role or registered (what a definite noun without one refers to), and
        with ``age`` ("28" of "der 28-Jährige") not one of another stated age;
        ``agree``: only an entity it accepts (a personal pronoun's number and animacy, round 37);
        ``modifier``: the role noun's own ("cdu" of "der CDU-Spitzenkandidat"), never an entity whose
        role has another ("AfD-Spitzenkandidat Björn Höcke", round 41); ``unlisted``: a gender only the
        licensed list gives counts as none (a "sie" not singular, round 70)."""
        chosen: list[Entity] = []
        for entity in reversed(self.items[: bisect_left(self.starts, position)]):
            if chosen and entity.sentence != chosen[0].sentence:
                break
            if entity.weak and not entity.speaker and not latest:
                continue  # "mit seinem Bruder Eli": no referent but of "Dieser" (round 69)
            if named and (
                not entity.named
                or entity.anaphor
                or not (entity.actor or "given" in entity.kinds or entity.kinds == {"", "role"})
                or (age and stated_age(text, entity) not in ("", age))
            ):
                continue
            known = "" if unlisted and entity.listed else entity.gender
            mismatch = gender and (known or strict) and known != gender
            if mismatch and (named or gender != "m" or not _unknown_speaker(entity)):
                continue
            if head and not carries_role(named_with(text, entity), head, modifier):
                continue
            if agree is not None and not agree(entity):
                continue
            chosen.append(entity)
        if not chosen:
            return None
        if latest:
            return chosen[0]
        return next((e for e in chosen if e.speaker), chosen[-1])


def _unknown_speaker(entity: Entity) -> bool:
    """Round 65: a person who has spoken, named by a name whose gender no list tells ("so Yakin"), stays
    a candidate of a pronoun that asks for a known gender: a given name the lists know ("Dan Ndoye",
    named in the same sentence) does not outrank the speaker ("Denn nachdem Dan Ndoye … ausgeglichen
    hatte, habe die Schweiz „…“ gehabt, so Yakin. Er wollte gerade „offensiv wechseln“"). Not for a role
    noun (``named``): "Der chinesische Staatschef" is no "Peking" that has spoken; only for "er": a "sie"
    may be a plural the speaker talks about ("erwartet Hänni …: „…“ Sonst gefährdeten sie …")."""
    return entity.speaker and not entity.gender and entity.named and entity.kinds <= {""}


def carries_role(words: str, head: str, modifier: str = "") -> bool:
    """Whether ``words`` (a mention with its apposition) hold the role noun ``head``, lower-case
    ("spitzenkandidat"), with no modifier other than ``modifier`` ("cdu" of "CDU-Spitzenkandidat"):
    "Spitzenkandidat der CDU Mario Voigt" does for both, "AfD-Spitzenkandidat Björn Höcke" only
    without one (round 41)."""
    carried = [w for w in words.lower().split() if head in w]
    return any(not modifier or "-" not in w or w.rpartition("-")[0] == modifier for w in carried)


def agrees_with_pronoun(text: str, entity: Entity, gender: str, number: str) -> bool:
    """Whether ``entity`` can be what a personal pronoun of ``gender`` and ``number`` refers to (round 37):
    "er" and a singular "sie" ("sagt sie", "Sie züchtet") never to several ("die Verbände Bioland und
    Demeter", "Zwei Undercover-FBI-Agenten") nor to a thing a person's name owns ("Rafael van der Vaarts
    Abschiedsgala", which no pronoun refers to as a speaker); a plural "sie" ("Sie seien") never to one
    person named with a given name; a "sie" of unknown number to any but such a thing."""
    if entity.actor is None and _owned_thing(text, entity):
        return False
    several = referent_number(text, entity) == "pl"
    if number == "pl":
        return several or "given" not in entity.kinds or entity.listed or entity.actor is not None
    return not several if number == "sg" else True


def referent_number(text: str, entity: Entity) -> str:
    """ "pl" where a mention names several: joined by a joiner of speech_de.toml ("Die Verbände Bioland und
    Demeter"; not a compound's ellipsis, "Metall- und Elektroindustrie", round 109), opened by a plural
    determiner or numeral ("Zwei Undercover-FBI-Agenten", "mehrere Beamte"), or a masculine role noun
    after "die" ("die Ermittler", which the phrase reads as "f"); the word before only where the mention
    has no article of its own ("die ein Ministeriumssprecher", a relative "die", round 109); "" otherwise."""
    words = text[entity.start : entity.stop].split()
    if not words:
        return ""
    lists = speech_words()
    opener = _opener(text, entity.start, words[0], lists.determiners)
    plural = lists.plural_determiners
    if words[0].lower() in plural or opener in plural or _joins_referents(words, lists.joiners):
        return "pl"
    head = next((w for w in words if not is_capitalised(w)), "")  # the word after the head noun, if any
    head = words[words.index(head) - 1] if head and words.index(head) > 0 else words[-1]
    head = head.strip(",.;:")
    if opener == "die" and "given" not in entity.kinds and noun_kind(head)[1] == "m" and head[-1:] != "e":
        return "pl"  # not "die 18-Jährige", "die Vorsitzende"
    return ""


def _opener(text: str, start: int, first: str, determiners: frozenset[str]) -> str:
    """The word right before a mention at ``start``, lower-case, that opens it; "" where the mention opens
    with a determiner of its own (``first``, "ein Ministeriumssprecher"), whatever stands before it."""
    if first.lower() in determiners:
        return ""
    before = text[max(0, start - 40) : start].split()[-1:]
    return (before[0] if before else "").lower()


def _joins_referents(words: list[str], joiners: frozenset[str]) -> bool:
    """Whether a joiner ("und") joins two referents among ``words``, not the parts of a compound whose
    shared end it leaves out ("Metall- und Elektroindustrie", "AfD-Fraktions- und Ehrenvorsitzende")."""
    return any(word in joiners and not words[i - 1].endswith("-") for i, word in enumerate(words) if i)


def _owned_thing(text: str, entity: Entity) -> bool:
    """Whether the mention is a thing a name in the genitive owns ("Rafael van der Vaarts Abschiedsgala"):
    its last word no given name, role or organisation, after a capitalised name in "-s" that is no given
    name, no German word and no role, and that ends a name of more words ("Thomas Müller", "Hans Peters",
    "Janis Kahl" are persons)."""
    words = text[entity.start : entity.stop].split()
    if len(words) < 2 or "role" in entity.kinds:
        return False
    owner, last = words[-2], words[-1]
    before = text[max(0, entity.start - 40) : entity.start].split()[-2:]
    particles = speech_words().name_particles | speech_words().surname_particles
    return (
        (len(words) > 2 or bool(particles.intersection(before)))  # "Rafael van der Vaarts Abschiedsgala"
        and owner.endswith("s")
        and is_capitalised(owner)
        and is_capitalised(last)
        and not noun_kind(owner)[0]
        and not is_plain_word(owner)
        and not noun_kind(last)[0]
        and owner[:-1] not in speech_words().given
    )


def stated_age(text: str, entity: Entity) -> str:
    """The age the press states with a name ("Anderson (29)", "der 29-jährige Anderson"), or ""."""
    after = AGE_AFTER.match(text, entity.stop)
    if after:
        return after.group(1)
    within = AGE_WITHIN.search(text, entity.start, entity.stop)
    return within.group(1) if within else ""


AGE_AFTER: Final = re.compile(r"\s*\((\d{1,3})\)")
AGE_WITHIN: Final = re.compile(r"\b(\d{1,3})-[Jj]ährige")
APPOSITION: Final = 80  # characters after a name read for its apposition ("Jörg Krämer, Chefökonom der …,")


def named_with(text: str, entity: Entity) -> str:
    """The entity's words with the apposition set off by commas right after it, where a later "der
    Chefökonom" finds its role."""
    following = text[entity.stop + 1 : entity.stop + APPOSITION].split(maxsplit=1)[:1]
    if text[entity.stop : entity.stop + 1] != "," or not following:
        return text[entity.start : entity.stop]
    if not is_capitalised(following[0]) and following[0] not in speech_words().determiners:
        return text[entity.start : entity.stop]  # "Sondhi Limthongkul, vorgetragene Petition": no apposition
    end = text.find(",", entity.stop + 1, entity.stop + APPOSITION)
    return text[entity.start : end if end > 0 else entity.stop]
