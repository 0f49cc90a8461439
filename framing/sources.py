"""The source taxonomy (``data/registries/source_types.toml`` plus a user file): what kind of source
a quoted speaker is — government, parliament (with party), authority, court, expert, business,
civil society, citizen, media, anonymous or other — for any topic.

A speaker phrase ("der SPD-Gesundheitsexperte Karl Lauterbach", "ein Sprecher des
Innenministeriums") is read word by word: organisation names and parties (case-sensitive, one or
more words), then role nouns by their compound head — the longest listed head a lower-case word
ends in, tried with plural and feminine endings removed ("Landesinnenministerin" → "minister").
A head without a type of its own ("Sprecher", "Präsident") lets its compound's modifier decide
("Polizeisprecher" → authority). The first typed cue decides; anonymous cues win over roles; a
party alone means parliament. A registered topic actor's camp maps to a type first (actors.toml
stays the finer layer). A bare name ("Thierry Daman") takes the role the article gives the person
where it first names them, else at a later mention ("Dokumentar Geicke", "K. ist Geschäftsführer
…"); an organisation the registry does not know takes the type of what the article puts next to it
("der Google-Schwesterfirma Waymo" makes "Waymo-Chef" business; "Konzern X", "X GmbH", "Bromium,
einer Sicherheitsfirma,", "die Bundeswettbewerbsbehörde (BWB)"), and so do the people of its roles
of no type ("Lilium-Chef", "Sprecherin von Quantica"); a spokesperson of no one speaks for the
organisation named just before (``classify_in_text``). The speakers of one article are pooled by person: a
bare name with no type of its own takes that of the person's typed mention in full ("Lambert" after
"Ernährungsberaterin und Autorin Rhiannon Lambert"; ``pooled_sources``). Lookups are dict hits per word,
cached per word and per phrase; the article context costs a few string searches per quote.
"""

from __future__ import annotations

import itertools
import re
import string
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from operator import not_
from pathlib import Path
from typing import Any, Final

from .actors import load_actors
from .datafiles import load_toml
from .errors import DataFileError
from .lemma_cache import is_known_de, lemma_de
from .memo import in_pure_python, remember
from .outlets import url_host, url_path
from .resources import data_path, registry_paths, reloadable, word_list, word_sets
from .segment import TOP_LEVEL_DOMAINS
from .speakers import (
    DEFINITE,
    GENITIVE_ARTICLES,
    OPENING_MARKS,
    PARTICIPLE_ENDINGS,
    WEAK_PAST_ENDINGS,
    noun_kind,
    numbered_name,
    speech_words,
)

SOURCE_TYPES: Final = (
    "government",
    "parliament",
    "authority",
    "court",
    "expert",
    "business",
    "civil_society",
    "citizen",
    "media",
    "anonymous",
    "other",
)
LIST_KEYS: Final = (
    "heads",
    "weak",
    "words",
    "alone",
    "titles",
    "origins",
    "indefinite",
    "unnamed",
    "names",
    "phrases",
    "domains",
    "context",
)
# possessive (nothing to give back: what follows is optional), the same words as ``\w+(?:[-–.&'’/]\w+)*\.?``
# in a third less time (``re`` no longer keeps a state to backtrack to at each letter; speed round 41)
WORD: Final = re.compile(r"\w++(?:[-–.&'’/]\w++)*+\.?")
# Closed-class grammar words stay in code: German has these forms and no others, and no user list extends
# them; each is written once (the definite articles in speakers.py) and the sets below are built from it.
INDEFINITE_ARTICLES: Final = frozenset({"ein", "eine", "einer", "eines", "einem"})
ARTICLES: Final = DEFINITE | INDEFINITE_ARTICLES
DEFINITE_GENITIVES: Final = DEFINITE & GENITIVE_ARTICLES  # "des", "der": "Vorsitzender des Verbands"
# the prepositions of membership, grammar: "Fraser Kyne von Bromium", "Sprecherin bei Quantica"
AFFILIATION: Final = frozenset({"von", "vom", "bei", "beim"})
# plural, genitive and feminine endings tried on a word, each with what replaces it
ENDINGS: Final = (
    ("innen", ""),
    ("innen", "e"),
    ("in", ""),
    ("in", "e"),
    ("es", ""),
    ("s", ""),
    ("en", ""),
    ("n", ""),
    ("e", ""),  # a plural: "Verkehrsbetriebe", "Werke"
    ("nisses", "nis"),  # nouns in "-nis" double their "s": "des Bündnisses", "Bündnisse", "Bündnissen"
    ("nisse", "nis"),
    ("nissen", "nis"),
)
# the endings by their last letter, in order: a word is read only for those it may end in (speed round 46)
ENDINGS_BY_LAST: Final = {
    last: tuple(pair for pair in ENDINGS if pair[0].endswith(last)) for last in {e[-1] for e, _ in ENDINGS}
}
# "Staatsanwälte", "Staatsanwälten": the umlaut of the plural undone (src20)
UMLAUT_PLURALS: Final = ("e", "en")
UMLAUTS: Final = {"ä": "a", "ö": "o", "ü": "u"}
VOWELS: Final = re.compile(r"[aeiouäöü]+")  # a run of vowels (in a reversed stem: its last vowels)
PLURAL_E_STEM: Final = 7  # "-e" is a plural ending only on long words ("Verkehrsbetriebe"), not on "Banke"
# "GmbH": the end of an organisation's name
LEGAL_FORMS: Final = word_sets("names_de.toml")["legal_forms.words"]
ABBREVIATIONS: Final = word_sets("names_de.toml")["abbreviations.words"]  # "e.V.", "Dr.": a stop in a name
# a party's name this long is its name in capitals too ("PIRATEN", "LINKE"; not "SPÖ")
CAPITALS_MIN: Final = 5
GENERIC: Final = (None, False)  # how a [generic] head is stored: no type, not strong
MIN_COMPOUND_HEAD: Final = 5  # shorter heads ("amt", "oma") count only as whole words, not at a word's end
CACHE_SIZE: Final = 65_536  # phrases and words remembered per registry; cleared when full (bounded memory)
ARTICLE_PARTIES_CACHE: Final = 256  # articles whose party is remembered (``_article_party``)
# role nouns derived from a licensed thesaurus (scripts/source_types_openthesaurus.py): read after the bundled
# registry and the user's file, each only where those give the word no cue of their own, and weak: a derived
# head decides only where nothing else in the phrase does (round 21)
DERIVED: Final = "source_types_openthesaurus.toml"
# organisation names with their type from licensed lists that class them (task org2, built by
# scripts/source_types_organisations.py): read last, each only where no list above knows the name (or, for
# one word, the word), and weak: a listed name decides only where nothing else in the phrase does but a weak
# office, which yields to it
ORGANISATIONS: Final = "source_types_organisations.tsv"
# Full names of members of parliaments with their type (scripts/politicians.py, src47): the type of a speaker
# named without any role, where the article writes the full name ("Glawischnig" after "Eva Glawischnig").
POLITICIANS: Final = "politicians.tsv"
# Full names of heads of state and government (scripts/executives.py, src55), typed government: read after
# POLITICIANS, whose entry of the same full name they replace ("Angela Merkel", a member of the Bundestag)
EXECUTIVES: Final = "executives.tsv"
# Heads of government of the German and Austrian Länder since 1990 (name, state, office, from, to; round 129),
# typed government as the executives are: read after EXECUTIVES
PREMIERS: Final = "premiers.tsv"
# Members of the federal government since 2005 (name, office, from, to in YYYY-MM; round 132), the chancellors
# and Austria's federal government (round 145), typed government only where the article's date lies within a
# term
MINISTERS: Final = "ministers.tsv"
VERSION_COMMENT: Final = "# version "  # a generated list's version line: "# version 1.0; licence …"
POLITICIANS_CUE: Final = "list of politicians"  # the cue's opening: evidence from the list, not the text
_Cue = tuple[str | None, bool, str, str | None]  # (type or None, strong, cue as written, party)
# a mention's start and end, the party given, whether it is a later mention, the name's particles
_RoleKey = tuple[int, int, str | None, bool, frozenset[str]]


@dataclass(frozen=True, slots=True, init=False)  # its own ``__init__`` and ``__reduce__``, as ``model.Quote``
class Source:
    """A speaker's source type, the party named (or None) and the cue that decided, as written."""

    type: str
    party: str | None = None
    cue: str | None = None

    def __init__(self, type: str, party: str | None = None, cue: str | None = None) -> None:
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "party", party)
        object.__setattr__(self, "cue", cue)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Source, (self.type, self.party, self.cue))


@dataclass
class Registry:
    """The cues of every type, indexed for per-word lookups, and the registry's provenance."""

    meta: dict[str, Any]
    names_de: dict[str, str]
    names_en: dict[str, str]
    heads: dict[str, tuple[str | None, bool]] = field(default_factory=dict)  # head → (type, strong)
    words: dict[str, str] = field(default_factory=dict)  # whole-word cue → type
    alone: dict[str, str] = field(default_factory=dict)  # cue only as the whole phrase ("Manche") → type
    titles: dict[str, str] = field(default_factory=dict)  # a profession right before a name ("Kritiker X")
    indefinite: dict[str, str] = field(default_factory=dict)  # cue only after "ein" ("ein Teilnehmer") → type
    unnamed: dict[str, str] = field(default_factory=dict)  # "Instagram-User" with no name → type
    names: dict[tuple[str, ...], tuple[str, str]] = field(
        default_factory=dict
    )  # words → ("type"|"party", id)
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)  # lower-case words → type
    domains: dict[str, str] = field(default_factory=dict)  # ".de" → type: "bildblog.de" is a website
    context: dict[str, tuple[str, bool]] = field(default_factory=dict)  # word → (type, noun): "Umsatz"
    party_heads: dict[str, str] = field(default_factory=dict)
    party_words: dict[str, str] = field(default_factory=dict)  # lower-case one-word party names
    surnames: frozenset[str] = frozenset()
    object_heads: frozenset[str] = frozenset()  # "Putin-Kritiker": the modifier is no affiliation
    spokespeople: frozenset[str] = frozenset()  # heads of roles that speak for an organisation ("Sprecher")
    units: tuple[str, ...] = ()  # an organisation's units, also a compound's end: "IT-Abteilung"
    context_stops: frozenset[str] = frozenset()  # verbs that end the words before a name ("sagte")
    possessives: frozenset[str] = frozenset()  # "seinen Nachfolger X": what precedes is another's role
    objects: frozenset[str] = frozenset()  # "Herausforderer von X": a name after them is no role's holder
    address: frozenset[str] = frozenset()  # "Frau", "Herr" right before a name: a form of address, no role
    topics: frozenset[str] = frozenset()  # "für", "über" before a country: what a role is about, not whose
    occasions: tuple[str, ...] = ()  # "Interview", "Podcast" after "in", "bei": where one spoke, not who
    relays: frozenset[str] = frozenset()  # "laut": the medium after it relays the speaker (src31)
    pseudonyms: tuple[str, ...] = ()  # "(Name geändert)" after a name: a private person (src40)
    at_the_head: tuple[str, ...] = ()  # "an der spitze": after "Frau", whose head she is (src40)
    former: tuple[str, ...] = ()  # stems of "ehemalige", "früheren", "Ex-": a past role speaks for no one
    then_words: frozenset[str] = frozenset()  # "der damalige CDU-Chef": an office held at an earlier time
    negations: frozenset[str] = frozenset()  # "ist nicht mehr Bürgermeisterin": a role the person lacks
    negation_blockers: frozenset[str] = frozenset()  # "ist nicht nur Bürgermeisterin": no negation
    short_heads: frozenset[str] = frozenset()  # short heads that end compounds too ("Kredit|bank")
    shared_offices: frozenset[str] = frozenset()  # offices associations share: "Vereins|obmann"
    member_heads: frozenset[str] = frozenset()  # an association of the persons its modifier names
    organisation_persons: frozenset[str] = frozenset()  # "SPD-|Mann": the named organisation's (src45)
    field_heads: tuple[str, ...] = ()  # "Geheimdienst|experte": the modifier is the field (src37)
    compound_ends: frozenset[str] = frozenset()  # "Automobil|woche", not "Woche" alone (src38)
    organisation_ends: frozenset[str] = frozenset()  # "der Park": the "Freizeitpark" named (src43)
    devices: tuple[str, ...] = ()  # "GPS-Sender": a thing a broadcaster's head ends, no cue (src42b)
    house_media: frozenset[str] = frozenset()  # "IBC Solar-Blog": a medium an organisation runs (src20)
    ranks: frozenset[str] = frozenset()  # "senior": a modifier of rank, no type ("Seniorautorin"; src25)
    state_modifiers: tuple[str, ...] = ()  # "bundes", "landes": a state's, before a commissioner (src29)
    commissioners: tuple[str, ...] = ()  # "beauftragte": a commissioner, a state's after those (src29)
    party_members: tuple[str, ...] = ()  # "politiker": a party's member, no office (src29)
    events: tuple[str, ...] = ()  # "konferenz", "gipfel": a compound of them names an event, no body (src29)
    respellings: tuple[str, ...] = ()  # "beauftrage beauftragte": a misspelt ending, its spelling (src29)
    authors: tuple[str, ...] = ()  # "autor": a role noun whose work decides its sense (src25)
    research_works: tuple[str, ...] = ()  # "studie": a work whose authors are experts (src25)
    abbreviation_offices: frozenset[str] = frozenset()  # "BWE-Präsident": an unknown abbreviation's office
    sectors: frozenset[str] = frozenset()  # "branche": before a role of no type, its association's (src40)
    other_sections: frozenset[str] = frozenset()  # "sport", "promis": a site's sections of `other` people
    age_cues: frozenset[str] = frozenset()  # "jährige": citizen cues that there say no more than an age
    origins: frozenset[str] = frozenset()  # "Spanier": weak citizen cues of origin, there no more than an age
    kin: frozenset[str] = frozenset()  # "Ehemann": citizen cues of family that there say no more than an age
    section_persons: frozenset[str] = frozenset()  # "Frau": there and in sport no more than an age (src40)
    sport: tuple[str, ...] = ()  # words of sport ("Liga", "…meisterschaften"): an article about sport
    sport_offices: tuple[str, ...] = ()  # an association's offices that in sport are a sports official's
    communities: frozenset[str] = frozenset()  # "Gemeinde" after a capitalised adjective: a community
    community_exceptions: tuple[str, ...] = ()  # "Politische Gemeinde": the Swiss municipality
    panels: frozenset[str] = frozenset()  # "Senat": a court's panel where a court is named just before
    panel_ordinals: frozenset[str] = frozenset()  # "Zweite": the ordinal that numbers a panel (src31)
    seats: frozenset[str] = frozenset()  # "Palast": a head of state's office named by its seat (src23)
    owned_offices: frozenset[str] = frozenset()  # "Büro" after a genitive name: that person's office (src23)
    documents: frozenset[str] = frozenset()  # "das Papier": whose document the article names (src30)
    statements: frozenset[str] = frozenset()  # "in einer Mitteilung": whoever was named before (src54)
    office_verbs: frozenset[str] = frozenset()  # "leitet": its clause names where its subject works (src51)
    report_verbs: frozenset[str] = frozenset()  # "berichtet": a title as its subject is a medium (src52)
    report_nouns: frozenset[str] = frozenset()  # "informationen": a title in its genitive is a medium (src52)
    works: frozenset[str] = frozenset()  # "Analyse von X": X's work, typed as the article describes X (src33)
    pastimes: tuple[str, ...] = ()  # "hobby", "freizeit": before a person noun, a private person (src23)
    pastime_endings: tuple[str, ...] = ()  # endings of the person nouns after a pastime ("-er", "-erin")
    topical_pastimes: frozenset[str] = frozenset()  # "freizeit": also a topic ("Freizeitforscher" expert)
    hyphen_heads: tuple[str, ...] = ()  # heads written with a hyphen ("start-up"), read on the whole word
    # the endings of a party's offices and members (``_party_office``): shared offices, party members and
    # generic heads, derived once in ``_index``
    party_office_endings: tuple[str, ...] = ()
    # the heads of ``spokespeople``, ``shared_offices`` and ``unnamed`` as sorted tuples for one ``endswith``
    # a form and a hashable key of ``_traces_pattern``, derived once in ``_index``
    spokesperson_endings: tuple[str, ...] = ()
    shared_office_endings: tuple[str, ...] = ()
    unnamed_nouns: tuple[str, ...] = ()
    # ``documents`` and ``other_sections`` as sorted tuples for one ``endswith``/``startswith`` (``_index``)
    document_endings: tuple[str, ...] = ()
    other_section_starts: tuple[str, ...] = ()
    # every inflected form of the ``former`` stems ("ehemalige", "früheren"; ``_past_word``) and the
    # ``respellings`` split into (misspelt, right) pairs with their misspelt endings (``_respelt``), derived
    # once in ``_index``
    past_forms: frozenset[str] = frozenset()
    respelt_pairs: tuple[tuple[str, str], ...] = ()
    misspelt_endings: tuple[str, ...] = ()
    derived: frozenset[str] = frozenset()  # heads taken from the derived file (DERIVED), none of them ours
    derived_names: set[tuple[str, ...]] = field(default_factory=set)  # names from ORGANISATIONS, weak
    actor_camps: dict[str, str] = field(default_factory=dict)
    actor_kinds: dict[str, str] = field(default_factory=dict)
    private_schools: tuple[str, ...] = ()  # "privatschule": an article naming one, a private school's (src28)
    school_staff: frozenset[str] = frozenset()  # "lehrer", "rektorin": roles that speak for their school
    school_heads: frozenset[str] = frozenset()  # "schulleiter": a (public) school's head, an authority's
    # types in the order they decide among one person's typed mentions ([pooling], ``pooled_sources``, src34)
    pooling_precedence: tuple[str, ...] = ()
    pooling_rank: dict[str, int] = field(default_factory=dict)  # type → its place in that order, derived once
    # region → (its context words as one pattern, its address domains): how an article tells its country
    # ([regions], src28)
    regions: dict[str, tuple[re.Pattern[str] | None, tuple[str, ...]]] = field(default_factory=dict)
    region: str | None = None  # the region whose offices this registry types ("CH"), None for the bundled one
    sources: list[str] = field(default_factory=list)
    head_lengths: list[int] = field(default_factory=list)
    # the head lengths a word can match by its last ``HEAD_END`` letters, longest first (``_head_cue``),
    # and those shorter than that, tried for every word
    head_lengths_by_end: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    short_head_lengths: tuple[int, ...] = ()
    first_words: frozenset[str] = frozenset()  # first words of multi-word names and phrases
    phrase_cache: dict[tuple[str, str | None, str | None], Source] = field(default_factory=dict, repr=False)
    word_cache: dict[str, tuple[_Cue, ...]] = field(default_factory=dict, repr=False)
    head_cache: dict[str, _Cue | None] = field(default_factory=dict, repr=False)  # word → its head's cue
    hits_cache: dict[str, tuple[_Hit, ...]] = field(default_factory=dict, repr=False)  # phrase → its cues
    name_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)  # phrase → its name
    article_parties: dict[str, str | None] = field(default_factory=dict, repr=False)  # text → its party
    # text → its organisations by name, with the kind it gives them (``described_organisations``, src24)
    article_kinds: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict, repr=False)
    # text → (mention, party, later, particles) → the role read there (``_role_at``, speed round 46)
    article_roles: dict[str, dict[_RoleKey, _Role | None]] = field(default_factory=dict, repr=False)

    def entries(self) -> list[tuple[str, str, str]]:
        """(type or party, kind of cue, cue) of every cue, for browsing."""
        rows = [
            (t or "generic", _head_kind(h, strong, self.derived), h) for h, (t, strong) in self.heads.items()
        ]
        rows += [(t, "word", w) for w, t in self.words.items()]
        rows += [
            (
                f"party {i}" if k == "party" else i,
                "name (licensed list)" if n in self.derived_names else "name",
                " ".join(n),
            )
            for n, (k, i) in self.names.items()
        ]
        rows += [(t, "phrase", " ".join(p)) for p, t in self.phrases.items()]
        rows += [(t, "web address ending", d) for d, t in self.domains.items()]
        rows += [(t, "word around a name", w) for w, (t, _) in self.context.items()]
        rows += [(f"party {p}", "head", h) for h, p in self.party_heads.items()]
        rows += [("surname", "word", w) for w in self.surnames]
        rows += [("context stop", "word", w) for w in self.context_stops]
        rows += [("context possessive", "word", w) for w in self.possessives]
        rows += [("context object", "word", w) for w in self.objects]
        rows += [("context former", "word", w) for w in self.former]
        rows += [("context then", "word", w) for w in self.then_words]
        rows += [("context negation", "word", w) for w in self.negations]
        rows += [("context negation blocker", "word", w) for w in self.negation_blockers]
        rows += [("context address", "word", w) for w in self.address]
        rows += [("context topic", "word", w) for w in self.topics]
        rows += [("context occasion", "word", w) for w in self.occasions]
        rows += [("context relay", "word", w) for w in self.relays]
        rows += [("citizen", "bracket after a changed name", w) for w in self.pseudonyms]
        rows += [("organisation's type", "words after a person noun: its head", w) for w in self.at_the_head]
        rows += [("compound", "short head", w) for w in self.short_heads]
        rows += [("compound", "shared office", w) for w in self.shared_offices]
        rows += [("compound", "association of its modifier", w) for w in self.member_heads]
        rows += [
            ("compound", "person of the organisation its modifier names", w)
            for w in self.organisation_persons
        ]
        rows += [("compound", "expert in the field its modifier names", w) for w in self.field_heads]
        rows += [("compound", "head only at a compound's end", w) for w in self.compound_ends]
        rows += [("compound", "alone, the organisation of its compound", w) for w in self.organisation_ends]
        rows += [("compound", "device, no cue", w) for w in self.devices]
        rows += [("compound", "medium of the organisation named before it", w) for w in self.house_media]
        rows += [("compound", "modifier of rank, of no type", w) for w in self.ranks]
        rows += [("government", "state's modifier before a commissioner", w) for w in self.state_modifiers]
        rows += [("compound", "commissioner after a state's modifier", w) for w in self.commissioners]
        rows += [("compound", "misspelt ending and its spelling", w) for w in self.respellings]
        rows += [("parliament", "party member, no office", w) for w in self.party_members]
        rows += [("compound", "event, its modifier no speaker", w) for w in self.events]
        rows += [("senses", "author of a work", w) for w in self.authors]
        rows += [("expert", "research work in an author's sentence", w) for w in self.research_works]
        rows += [("compound", "office of an unknown abbreviation", w) for w in self.abbreviation_offices]
        rows += [("civil_society", "sector before a role of no type", w) for w in self.sectors]
        rows += [("spokesperson", "head", w) for w in self.spokespeople]
        rows += [("other", "section of a site's address", w) for w in self.other_sections]
        rows += [("section", "age cue", w) for w in self.age_cues]
        rows += [("citizen", "weak head of origin", w) for w in self.origins]
        rows += [("section", "family role", w) for w in self.kin]
        rows += [("section", "person with no role", w) for w in self.section_persons]
        rows += [("sport", "word", w) for w in self.sport]
        rows += [("sport", "office", w) for w in self.sport_offices]
        rows += [("court", "panel after a court", w) for w in self.panels]
        rows += [("court", "ordinal before a panel", w) for w in self.panel_ordinals]
        rows += [("government", "seat of an office alone or with its place", w) for w in self.seats]
        rows += [("owner's type", "office after a person's genitive", w) for w in self.owned_offices]
        rows += [("authors' type", "document named with its authors elsewhere", w) for w in self.documents]
        rows += [
            ("issuer's type", "statement of whoever the sentences before name", w) for w in self.statements
        ]
        rows += [
            ("organisation's type", "verb of office before its organisation", w) for w in self.office_verbs
        ]
        rows += [("media", "verb of reporting beside a title", w) for w in self.report_verbs]
        rows += [("media", "noun of reporting before a title's genitive", w) for w in self.report_nouns]
        rows += [("citizen", "pastime before a person noun", w) for w in self.pastimes]
        rows += [("civil_society", "community after a capitalised adjective", w) for w in self.communities]
        rows += [(t, "person noun naming nobody", w) for w, t in self.unnamed.items()]
        rows += [(t, "profession right before a name", w) for w, t in self.titles.items()]
        rows += [(t, "pooled mentions: precedence", str(n)) for n, t in enumerate(self.pooling_precedence, 1)]
        return sorted(rows)


def _head_kind(head: str, strong: bool, derived: frozenset[str]) -> str:
    if head in derived:
        return "head (OpenThesaurus)"
    return "head" if strong else "weak head"


def _strings(path: Path, value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(path, f"{where}: must be a list of non-empty strings")
    return [v.strip() for v in value]


def _merge(target: list[str], added: list[str]) -> None:
    """Add a user file's entries; "-entry" removes a bundled one."""
    for entry in added:
        if entry.startswith("-") and len(entry) > 1:
            while entry[1:] in target:
                target.remove(entry[1:])
        else:
            target.append(entry)


@reloadable
@cache
def load_registry(extra: tuple[Path, ...] = (), derived: bool = True, region: str | None = None) -> Registry:
    """Bundled registry, then $FRAMING_USER_DIR/source_types.toml, then ``extra`` (lists are added), then
    the heads derived from a thesaurus (``DERIVED``; ``derived=False`` leaves them out), each only where the
    others know no cue of that word. With ``region`` ("CH") the heads of its [regions] table move to the
    type it gives them."""
    paths = registry_paths("source_types.toml", extra)
    lists: dict[tuple[str, str], list[str]] = {}
    regions: dict[str, tuple[re.Pattern[str] | None, tuple[str, ...]]] = {}
    moved: dict[tuple[str, str], list[str]] = {}
    reader: dict[str, dict[str, str]] = {"de": {}, "en": {}}
    simple: dict[str, dict[str, str]] = {"actor_camps": {}, "actor_kinds": {}}
    meta: dict[str, Any] = {}
    sources = []
    for path in paths:
        data = load_toml(Path(path))
        meta = meta or data["meta"]
        sources.append(f"{path.name} v{data['meta']['version']}" if path == paths[0] else f"user file {path}")
        for type_id, table in _table(path, data, "types").items():
            if type_id not in SOURCE_TYPES:
                raise DataFileError(
                    path, f"[types.{type_id}]: unknown type; use one of {', '.join(SOURCE_TYPES)}"
                )
            table = _nested(path, table, f"types.{type_id}")
            for language in ("de", "en"):
                if language in table:
                    reader[language][type_id] = str(table[language])
            for key in LIST_KEYS:
                if key in table:
                    _merge(
                        lists.setdefault((type_id, key), []),
                        _strings(path, table[key], f"types.{type_id}.{key}"),
                    )
        for party, table in _table(path, data, "parties").items():
            table = _nested(path, table, f"parties.{party}")
            for key in ("names", "heads"):
                if key in table:
                    _merge(
                        lists.setdefault((f"party:{party}", key), []),
                        _strings(path, table[key], f"parties.{party}.{key}"),
                    )
        for key, field_name in (("generic", "heads"), *WORD_FIELDS):
            table = _table(path, data, key)
            if field_name in table:
                _merge(
                    lists.setdefault((key, field_name), []),
                    _strings(path, table[field_name], f"{key}.{field_name}"),
                )
        for name, table in _table(path, data, "regions").items():
            table = _nested(path, table, f"regions.{name}")
            context = _strings(path, table.get("context", []), f"regions.{name}.context")
            domains = _strings(path, table.get("domains", []), f"regions.{name}.domains")
            pattern = _context_pattern([w[:1].upper() + w[1:] for w in context])  # as written: "Kanton"
            regions[name] = (pattern, tuple(d.lower() for d in domains))
            for type_id, listed in _table(path, table, "types").items() if name == region else ():
                if type_id not in SOURCE_TYPES:
                    raise DataFileError(path, f"[regions.{name}.types.{type_id}]: unknown type")
                listed = _nested(path, listed, f"regions.{name}.types.{type_id}")
                for key in ("heads", "weak"):
                    words = _strings(path, listed.get(key, []), f"regions.{name}.types.{type_id}.{key}")
                    moved.setdefault((type_id, key), []).extend(words)
        for key, mapping in simple.items():
            for name, value in _table(path, data, key).items():
                if value not in SOURCE_TYPES:
                    raise DataFileError(
                        path, f"[{key}] {name} = {value!r}: use one of {', '.join(SOURCE_TYPES)}"
                    )
                mapping[name] = value
    _move(lists, moved)
    derived_path = data_path("registries", DERIVED)
    if derived and derived_path.is_file():
        data = load_toml(derived_path)
        sources.append(f"{derived_path.name} v{data['meta']['version']}")
        for type_id, table in _table(derived_path, data, "types").items():
            if type_id not in SOURCE_TYPES:
                raise DataFileError(derived_path, f"[types.{type_id}]: unknown type")
            table = _nested(derived_path, table, f"types.{type_id}")
            heads = _strings(derived_path, table.get("heads", []), type_id)
            lists.setdefault((type_id, "derived"), []).extend(heads)  # new keys: indexed after all others
    organisations_path = data_path("registries", ORGANISATIONS)
    if derived and organisations_path.is_file():
        sources.append(f"{organisations_path.name} v{_organisations(organisations_path, lists)}")
    for listed in (POLITICIANS, EXECUTIVES, PREMIERS, MINISTERS):  # the lists of office holders
        listed_path = data_path("registries", listed)
        if derived and listed_path.is_file():
            sources.append(f"{listed_path.name} v{_tsv_version(listed_path)}")
    missing = [t for t in SOURCE_TYPES if t not in reader["de"] or t not in reader["en"]]
    if missing:
        raise DataFileError(paths[0], f"types without a German and English name: {', '.join(missing)}")
    registry = Registry(
        meta,
        reader["de"],
        reader["en"],
        sources=sources,
        actor_camps=simple["actor_camps"],
        actor_kinds=simple["actor_kinds"],
    )
    registry.regions, registry.region = regions, region
    _index(registry, lists)
    return registry


def _move(lists: dict[tuple[str, str], list[str]], moved: dict[tuple[str, str], list[str]]) -> None:
    """Give the heads a region types otherwise ("gemeinderat" in Switzerland) that type alone: out of the
    head lists of every type, into the region's."""
    words = {word.lower() for entries in moved.values() for word in entries}
    for (owner, key), entries in lists.items():
        if key in ("heads", "weak") and not owner.startswith("party:"):
            entries[:] = [entry for entry in entries if entry.lower() not in words]
    for (type_id, key), entries in moved.items():
        lists.setdefault((type_id, key), []).extend(entries)


def _generated_tsv(path: Path) -> tuple[str, list[list[str]]]:
    """A generated list's version (its comment "# version X;") and its rows after the header row."""
    version = "?"
    with path.open(encoding="utf-8") as f:
        rows = []
        for line in f:
            if line.startswith(VERSION_COMMENT):
                version = line.removeprefix(VERSION_COMMENT).split(";")[0].strip()
            elif not line.startswith("#"):
                rows.append(line.rstrip("\n").split("\t"))
    return version, rows[1:]


def _tsv_version(path: Path) -> str:
    """A generated list's version, read from its comments alone (the registry names the lists' versions
    without reading their rows: politicians.tsv has 8,900)."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            if line.startswith(VERSION_COMMENT):
                return line.removeprefix(VERSION_COMMENT).split(";")[0].strip()
    return "?"


def _organisations(path: Path, lists: dict[tuple[str, str], list[str]]) -> str:
    """Add the names of the licensed organisation lists (a TSV: name, type, provenance) to ``lists`` under
    the key "derived_names" and return the file's version (its comment "# version X;")."""
    version, rows = _generated_tsv(path)
    for number, row in enumerate(rows, start=2):
        if len(row) < 2 or row[1] not in SOURCE_TYPES or not row[0].strip():
            raise DataFileError(path, f"row {number}: want a name and one of {', '.join(SOURCE_TYPES)}")
        lists.setdefault((row[1], "derived_names"), []).append(row[0].strip())
    return version


def _known_word(registry: Registry, word: str) -> bool:
    """A word the registry's lists know as a head, a word or a surname."""
    lower = word.lower()
    return lower in registry.heads or lower in registry.words or lower in registry.surnames


def _table(path: Path, data: dict[str, Any], key: str) -> dict[str, Any]:
    return _nested(path, data.get(key, {}), key)


def _nested(path: Path, value: Any, where: str) -> dict[str, Any]:
    """``value`` itself, checked to be a TOML table; ``where`` names it in the error."""
    if not isinstance(value, dict):
        raise DataFileError(path, f"'{where}' must be a table")
    return value


# (table, key) of a registry list → the Registry field of words it fills (a set, or a tuple where order
# or a prefix test matters); ``load_registry`` reads these keys (and [generic] heads) of each file, so a
# new list is named here once. Words are lower-cased, except the forms of address ("Frau", "Herr"),
# which are matched as written.
WORD_FIELDS: Final[dict[tuple[str, str], str]] = {
    ("generic", "objects"): "object_heads",
    ("generic", "spokespeople"): "spokespeople",
    ("generic", "units"): "units",
    ("surnames", "words"): "surnames",
    ("context", "possessives"): "possessives",
    ("context", "objects"): "objects",
    ("context", "address"): "address",
    ("context", "occasions"): "occasions",
    ("context", "relays"): "relays",
    ("context", "pseudonyms"): "pseudonyms",
    ("context", "at_the_head"): "at_the_head",
    ("context", "topics"): "topics",
    ("context", "former"): "former",
    ("context", "then"): "then_words",
    ("context", "negations"): "negations",
    ("context", "negation_blockers"): "negation_blockers",
    ("context", "stop"): "context_stops",
    ("compounds", "shared_offices"): "shared_offices",
    ("compounds", "member_heads"): "member_heads",
    ("compounds", "organisation_persons"): "organisation_persons",
    ("compounds", "field_heads"): "field_heads",
    ("compounds", "compound_ends"): "compound_ends",
    ("compounds", "organisation_ends"): "organisation_ends",
    ("compounds", "devices"): "devices",
    ("compounds", "house_media"): "house_media",
    ("compounds", "ranks"): "ranks",
    ("compounds", "state_modifiers"): "state_modifiers",
    ("compounds", "commissioners"): "commissioners",
    ("compounds", "respellings"): "respellings",
    ("compounds", "party_members"): "party_members",
    ("compounds", "events"): "events",
    ("senses", "authors"): "authors",
    ("senses", "research_works"): "research_works",
    ("compounds", "abbreviation_offices"): "abbreviation_offices",
    ("compounds", "sectors"): "sectors",
    ("compounds", "short_heads"): "short_heads",
    ("sections", "other"): "other_sections",
    ("sections", "sport"): "sport",
    ("sections", "kin"): "kin",
    ("sections", "persons"): "section_persons",
    ("sections", "sport_offices"): "sport_offices",
    ("sections", "age_cues"): "age_cues",
    ("communities", "not_after"): "community_exceptions",
    ("communities", "words"): "communities",
    ("metonyms", "seats"): "seats",
    ("metonyms", "owned"): "owned_offices",
    ("metonyms", "documents"): "documents",
    ("metonyms", "statements"): "statements",
    ("context", "office_verbs"): "office_verbs",
    ("context", "report_verbs"): "report_verbs",
    ("context", "report_nouns"): "report_nouns",
    ("metonyms", "works"): "works",
    ("pastimes", "topical"): "topical_pastimes",
    ("pastimes", "modifiers"): "pastimes",
    ("pastimes", "person_endings"): "pastime_endings",
    ("panels", "words"): "panels",
    ("panels", "ordinals"): "panel_ordinals",
    ("schools", "heads"): "school_heads",
    ("schools", "private"): "private_schools",
    ("schools", "staff"): "school_staff",
    ("pooling", "precedence"): "pooling_precedence",
}
AS_WRITTEN: Final = frozenset({"address"})  # WORD_FIELDS matched as written, not lower-cased


def _index(registry: Registry, lists: dict[tuple[str, str], list[str]]) -> None:
    """Fill the lookup tables; multi-word heads become phrases."""
    for (owner, key), entries in lists.items():
        name = WORD_FIELDS.get((owner, key))
        if name is not None:
            words = entries if name in AS_WRITTEN else [entry.lower() for entry in entries]
            current = getattr(registry, name)
            setattr(
                registry,
                name,
                (*current, *words) if isinstance(current, tuple) else current | frozenset(words),
            )
            continue
        for entry in entries:
            if owner == "generic":  # its other lists are WORD_FIELDS
                registry.heads.setdefault(entry.lower(), GENERIC)
            elif owner.startswith("party:"):
                party = owner.removeprefix("party:")
                if key == "heads":
                    registry.party_heads[entry.lower()] = party
                else:
                    registry.names[tuple(entry.split())] = ("party", party)
                    if " " not in entry and len(entry) >= CAPITALS_MIN and not entry.isupper():
                        registry.names.setdefault((entry.upper(),), ("party", party))  # "(PIRATEN)"
                    if " " not in entry:
                        registry.party_words.setdefault(entry.lower(), party)
            elif key == "derived":  # after every other list: a word any of them knows keeps its cue
                word = entry.lower()
                if not _known_word(registry, word):
                    registry.heads[word] = (owner, False)  # weak: only where nothing else in the phrase is
                    registry.derived = registry.derived | {word}
            elif key == "derived_names":  # after every other list: a name or word any of them knows keeps it
                listed = tuple(entry.split())
                if listed not in registry.names and not (len(listed) == 1 and _known_word(registry, entry)):
                    registry.names[listed] = ("type", owner)
                    registry.derived_names.add(listed)
            elif key in ("heads", "weak") and " " in entry:
                registry.phrases[tuple(entry.lower().split())] = owner
            elif key in ("heads", "weak"):
                registry.heads[entry.lower()] = (owner, key == "heads")
            elif key == "alone":
                registry.alone[entry.lower()] = owner
            elif key == "titles":
                registry.titles[entry.lower()] = owner
            elif key == "origins":  # weak heads that say where a person is from ("der Spanier")
                registry.heads[entry.lower()] = (owner, False)
                registry.origins = registry.origins | {entry.lower()}
            elif key == "indefinite":
                registry.indefinite[entry.lower()] = owner
            elif key == "unnamed":
                registry.unnamed[entry.lower()] = owner
            elif key == "words":
                registry.words[entry.lower()] = owner
            elif key == "names":
                registry.names[tuple(entry.split())] = ("type", owner)
            elif key == "domains":
                registry.domains[entry.lower()] = owner
            elif key == "context":
                registry.context[entry.lower()] = (owner, entry[:1].isupper())
            else:
                registry.phrases[tuple(entry.lower().split())] = owner
    registry.hyphen_heads = tuple(h for h in registry.heads if "-" in h and registry.heads[h] != GENERIC)
    registry.party_office_endings = tuple(  # sorted: the same tuple in every process, whatever the hash seed
        sorted(
            {
                *registry.shared_offices,
                *registry.party_members,
                *(h for h, kind in registry.heads.items() if kind == GENERIC),
            }
        )
    )
    registry.spokesperson_endings = tuple(sorted(registry.spokespeople))
    registry.shared_office_endings = tuple(sorted(registry.shared_offices))
    registry.unnamed_nouns = tuple(sorted(registry.unnamed))
    registry.document_endings = tuple(sorted(registry.documents))
    registry.other_section_starts = tuple(sorted(registry.other_sections))
    registry.past_forms = frozenset(stem + ending for stem in registry.former for ending in PAST_ENDINGS)
    registry.respelt_pairs = tuple((wrong, right) for wrong, right in map(str.split, registry.respellings))
    registry.misspelt_endings = tuple(wrong for wrong, _ in registry.respelt_pairs)
    registry.pooling_rank = {kind: number for number, kind in enumerate(registry.pooling_precedence)}
    registry.head_lengths = sorted(
        {len(h) for h in registry.heads} | {len(h) for h in registry.party_heads}, reverse=True
    )
    registry.short_head_lengths = tuple(n for n in registry.head_lengths if n < HEAD_END)
    registry.head_lengths_by_end = _head_lengths_by_end([*registry.heads, *registry.party_heads])
    registry.first_words = frozenset(
        [n[0] for n in registry.names if len(n) > 1] + [p[0] for p in registry.phrases if len(p) > 1]
    )


def _context_pattern(words: list[str]) -> re.Pattern[str] | None:
    r"""``\b(?:Kantonen|Kantone|…)\b``, the longest word first, with each word's opening ``\b`` written
    after its first letter as a look-behind (``K(?<!\wK)antonen``, speed round 21): a pattern that opens
    with ``\b`` gives ``re`` no letter to skip to, so it was tried at every character of each article. The
    same matches; where a word opens with no letter or digit, the pattern as it was."""
    escaped = sorted(((re.escape(w), w) for w in words), key=lambda pair: len(pair[0]), reverse=True)
    if not escaped:
        return None
    if not all(WORD_CHARACTER.match(w) for _, w in escaped):
        return re.compile(rf"\b(?:{'|'.join(e for e, _ in escaped)})\b")
    opened = (f"{re.escape(w[0])}(?<!\\w{re.escape(w[0])}){re.escape(w[1:])}" for _, w in escaped)
    return re.compile(rf"(?:{'|'.join(opened)})\b")


REGION: Final[ContextVar[str | None]] = ContextVar("source_region", default=None)  # the article's, while read


REGION_MIN: Final = 2  # context words (all occurrences) that make an article one of a region's


def registry() -> Registry:
    """The bundled registry, or its region's variant while an article of that region is read
    (``classify_in_text``)."""
    region = REGION.get()
    return load_registry() if region is None else load_registry(region=region)


@reloadable
@lru_cache(maxsize=4)  # asked for each typed quote, answered once per article
def article_region(text: str, url: str | None = None) -> str | None:
    """The region an article is about, by [regions]: its address's top-level domain ("20min.ch"), else
    ``REGION_MIN`` of its context words ("Kanton" twice); None for none (the bundled types)."""
    regions = load_registry().regions
    host = url_host(url) if url else ""
    for name, (_context, domains) in regions.items():
        if host and host.rsplit(".", 1)[-1] in domains:
            return name
    for name, (context, _domains) in regions.items():
        if context and len(list(itertools.islice(context.finditer(text), REGION_MIN))) == REGION_MIN:
            return name
    return None


@dataclass(frozen=True, slots=True)
class _Hit:
    position: int
    type: str | None  # None: a party only
    strong: bool
    cue: str
    party: str | None = None


def classify(phrase: str | None, camp: str | None = None, kind: str | None = None) -> Source | None:
    """The source of a speaker phrase, with the registered actor's camp and kind when there is one;
    None without a speaker. Remembered per phrase."""
    if not phrase and camp is None:
        return None
    reg = registry()
    key = (phrase or "", camp, kind)
    found = reg.phrase_cache.get(key)
    return found if found is not None else remember(reg.phrase_cache, key, _classify(reg, *key), CACHE_SIZE)


def _classify(reg: Registry, phrase: str, camp: str | None, kind: str | None) -> Source:
    written = WORD.findall(phrase)
    words = [w for w in written if w.lower() not in ARTICLES]
    if words and not camp and all(w.lower() in reg.alone for w in words):  # "Manche", "einige Kritiker"
        return Source(reg.alone[words[-1].lower()], None, " ".join(words))
    group = None if camp else _vague_group(reg, written)
    if group:  # "prominente Stimmen", "Kritiker des NetzDG": a group of no one named
        return Source(reg.alone[group.lower()], None, group)
    title = (
        None
        if camp
        else _title(reg, written[1:] if written[:1] and written[0].lower() in ARTICLES else written)
    )
    if title:  # "Kritiker Ijoma Mangold": a critic by profession
        return Source(reg.titles[title.lower()], None, title)
    if not camp and len(written) == 2 and written[0].lower() in INDEFINITE_ARTICLES:
        vague = _indefinite(reg, written[1])  # "ein Teilnehmer", "eines Mitarbeiters": nobody named
        if vague:
            return Source(vague, None, written[1])
    unnamed = None if camp else _unnamed(reg, phrase)
    if unnamed:  # "Eine Nutzerin", "Ein anderer Instagram-User": a platform's user, nobody named
        return Source(unnamed[0], None, unnamed[1])
    hits = _unrelayed(reg, phrase, _untopical(reg, phrase, _hits(reg, phrase)))
    party = next((h.party for h in hits if h.party), None)
    mapped = reg.actor_camps.get(camp or "") or reg.actor_kinds.get(kind or "")
    if mapped:
        return Source(mapped, party, None)  # the camp, shown beside the type, is the evidence
    anonymous = next((h for h in hits if h.type == "anonymous"), None)
    if anonymous:
        return Source("anonymous", party, anonymous.cue)
    strong = next((h for h in hits if h.type and h.strong), None)
    if strong and _possessor(reg, strong):  # "Russlands Energieriese Gazprom": whose, not who
        strong = next((h for h in hits if h.type and h.strong and h.position > strong.position), strong)
    if strong and _place(reg, strong.cue):  # "Teheran Times": the paper named after its city (src41)
        strong = next((h for h in hits if h.type == "media" and h.position == strong.position + 1), strong)
    if strong:  # "der von der Hamas kontrollierten Gesundheitsbehörde": the head, not the agent
        strong = _attributed_head(written, hits, strong)
    if strong and strong.type == "citizen" and reg.words.get(strong.cue.lower()) == "citizen":
        strong = _headed(reg, written, hits, strong)  # "die erste Frau an der Spitze des ICMPD" (src40)
    if strong and " und " in phrase:  # "der damalige FDP-Vorsitzende und Vizekanzler Guido Westerwelle"
        strong = _joined_office(reg, written, [h for h in hits if h.type in STATE_TYPES], strong)
    if strong:
        strong = _owner(written, hits, strong)
        if strong.type == "civil_society" and _party_body(written, hits, strong):
            return Source("parliament", party, strong.cue)  # "Arbeitskreis … in der Linkspartei" (src31)
        return Source(strong.type or "other", party, strong.cue)  # (never "other": the hit has a type)
    party_hit = next((h for h in hits if h.party), None)
    if party_hit:
        return Source("parliament", party, party_hit.cue)
    # a name of the licensed lists before a weak head: "der Präsident des BAFA" is the agency's, as "des
    # Ifo-Instituts" would be
    weak = next((h for h in hits if h.type and tuple(h.cue.split()) in reg.derived_names), None)
    weak = weak or next((h for h in hits if h.type), None)
    if weak:
        return Source(weak.type or "other", party, weak.cue)
    return Source("other", party, None)


def _attributed_head(words: list[str], hits: list[_Hit], strong: _Hit) -> _Hit:
    """The noun an extended attribute stands before, where the strong cue is the attribute's agent: "von"
    or "vom", articles and capitalised words, the cue, capitalised words, then an inflected participle right
    before a typed noun ("der von der Terrororganisation Hamas kontrollierten Gesundheitsbehörde" is the
    health authority, not the terrorist organisation; src41); ``strong`` itself otherwise."""
    opening = next(
        (i for i in range(strong.position - 1, -1, -1) if words[i].lower() in AGENT_PREPOSITIONS), None
    )
    if opening is None or any(
        words[i][:1].islower() and words[i].lower() not in ARTICLES
        for i in range(opening + 1, strong.position)
    ):
        return strong
    after = next((i for i in range(strong.position + 1, len(words)) if words[i][:1].islower()), None)
    if after is None or not _participle(words[after]):
        return strong
    return next((h for h in hits if h.type and h.strong and h.position == after + 1), strong)


def _participle(word: str) -> bool:
    """Whether a lower-case word is an inflected weak past participle ("kontrollierten", "eingesetzte"),
    its lemma the verb ("kontrollieren") or the participle itself ("eingesetzt")."""
    lemma = lemma_de(word)
    return word.endswith(PARTICIPLE_ENDINGS) and (_past_verb(word) or (lemma != word and lemma.endswith("t")))


# the prepositions of an extended attribute's agent: "der von der Hamas kontrollierten Behörde" (src41); the
# agent of a passive, a role apart from the genitive's "von" of sourcing.py's OWNER_OPENERS ("Sicht von X")
AGENT_PREPOSITIONS: Final = frozenset({"von", "vom"})


def _headed(reg: Registry, words: list[str], hits: list[_Hit], person: _Hit) -> _Hit:
    """The organisation a person noun of no role ("Frau", "Mann") heads by the words after it ([context]
    at_the_head: "die erste Frau an der Spitze des ICMPD"): the first strong typed cue after them; ``person``
    where no such words or no organisation follow (src40)."""
    lower = [word.lower() for word in words]
    for phrase in reg.at_the_head:
        head = phrase.split()
        for start in range(person.position + 1, len(lower) - len(head) + 1):
            if lower[start : start + len(head)] == head:
                after = start + len(head)
                return next((h for h in hits if h.position >= after and h.type and h.strong), person)
    return person


def _party_body(words: list[str], hits: list[_Hit], body: _Hit) -> bool:
    """Whether an association's noun ("Arbeitskreis") is a party's body: a party's cue follows it in the
    phrase with no other typed cue between, bound to it by an article ("des Arbeitskreises „Queer“ in der
    Linkspartei"), not joined by "und" ("Arbeiterkammer und Grüne": two speakers)."""
    if noun_kind(_hyphen_parts(body.cue)[-1])[0] == "role":
        return False  # a person's role ("Gewerkschafter … der SPD") keeps its own type
    after = [h for h in hits if h.position > body.position and (h.type or h.party)]
    if not after or after[0].party is None or after[0].type not in (None, "parliament"):
        return False
    return words[after[0].position - 1 : after[0].position][0].lower() in ARTICLES


# role types that the association named with the role overrides
OWNED_ROLES: Final = frozenset({"government", "parliament", "business"})
# the one head noun a rule names, no list: "Berlusconi-Partei" is a party, no officer of the association
# after it
PARTY_WORD: Final = "partei"


# organisations a profession speaks for when it is bound to one ("Forscherin bei BASF" is business)
EMPLOYERS: Final = frozenset({"business", "civil_society"})
EMPLOYED: Final = DEFINITE_GENITIVES | AFFILIATION  # "Ingenieur bei Siemens"


def _owner(
    words: list[str],
    hits: list[_Hit],
    role: _Hit,
    described: Callable[[str], tuple[str, str] | None] | None = None,
) -> _Hit:
    """The association a role belongs to when the genitive right after the role names one: in
    "Bundesvorsitzender des Arbeiter-Samariter-Bundes" the officer speaks for the association
    (civil society), not as a party's chair; a party or a country before the genitive ("Vertreter der
    X-Partei der Initiative", "Österreich der Verband …") and other roles are kept as they are. A
    profession bound to a registered company or association by the genitive, "bei" or "von" speaks for
    it ("Forscherin bei BASF", "Ingenieur von Siemens"; "Forscher der Universität" stays an expert)."""
    after = words[role.position + 1 : role.position + 2]
    if role.type == "business" and noun_kind(_hyphen_parts(role.cue)[-1])[0] == "role":
        office = _office_owner(words, hits, role, described)
        if office is not None:
            return office  # "Funke-Manager", "Vertriebschef für Tageszeitungen bei Funke": media (src24)
    bound = _employed_at(words, role.position) if role.type in PROFESSIONS else None
    if bound is not None:
        owner = next((h for h in hits if h.position > bound), None)
        named = owner is not None and owner.type in EMPLOYERS and _registered(registry(), owner.cue)
        return owner if owner and owner.strong and named else role
    if role.type not in OWNED_ROLES or not after or after[0].lower() not in DEFINITE_GENITIVES:
        return role
    if role.cue.lower().endswith(PARTY_WORD) or _place(registry(), role.cue):
        return role
    owner = next((h for h in hits if h.position > role.position), None)
    return owner if owner and owner.strong and owner.type == "civil_society" else role


# kinds of organisation that a company office in them speaks for: a media company's sales head is media,
# an association's trade expert civil society (the gold's convention, benchmarks/gold/README.md; src24)
OFFICE_OWNERS: Final = frozenset({"media", "civil_society", "expert"})


def _office_owner(
    words: list[str],
    hits: list[_Hit],
    role: _Hit,
    described: Callable[[str], tuple[str, str] | None] | None = None,
) -> _Hit | None:
    """The organisation of a kind in ``OFFICE_OWNERS`` that a company office (a person noun of type
    business) belongs to: a name before its hyphen ("Funke-Manager", "Bitkom-Handelsexpertin") or the
    strong cue after "bei", "von" or a genitive article that binds it ("Vertriebschef für Tageszeitungen
    bei Funke", "Geschäftsführer des Verlags"), registered or of the kind the article says it is
    (``described``: a name's (type, head) or None, ``described_organisation``); None otherwise."""
    reg = registry()
    described = described or _undescribed
    parts = _hyphen_parts(role.cue)
    if len(parts) > 1:
        modifier = "-".join(parts[:-1])
        entry = reg.names.get((modifier,))  # a registered name decides, else the article's word for it
        kind = (entry[1] if entry[0] == "type" else None) if entry else (described(modifier) or ("",))[0]
        if kind in OFFICE_OWNERS:
            return _Hit(role.position, kind, True, modifier)
    bound = _employed_at(words, role.position)
    if bound is None:
        return None
    owner = next((h for h in hits if h.position > bound), None)
    if owner is not None:
        return owner if owner.strong and owner.type in OFFICE_OWNERS else None
    name = next((w for w in words[bound + 1 : bound + 3] if w[:1].isupper()), "")  # "bei der Quantix"
    kind = (described(name) or ("",))[0]
    return _Hit(role.position, kind, True, name) if kind in OFFICE_OWNERS else None


def _undescribed(name: str) -> None:
    """No organisation described: the look-up of ``_office_owner`` without an article."""


NAME_GAP: Final = 3  # words of a name between a profession and its employer ("Forscherin Anna Roth bei BASF")


def _employed_at(words: list[str], position: int) -> int | None:
    """Where the employer's preposition or genitive article after the profession at ``position``
    stands: right after it ("Forscherin bei BASF"), or, with "bei" or "von", after the person's name
    ("Analyst Thomas Meier vom Bankhaus Metzler"); None when nothing binds it."""
    following = words[position + 1 : position + 2 + NAME_GAP]
    if following and following[0].lower() in EMPLOYED:
        return position + 1
    for offset, word in enumerate(following[1:], 1):
        if word.lower() in AFFILIATION:
            return position + 1 + offset
        if NAME_WORD.fullmatch(word) is None:
            return None
    return None


def _registered(reg: Registry, cue: str) -> bool:
    """Whether a cue is a registered organisation's name ("BASF", "Deutsche Bank"), not a kind ("Bank")."""
    words = tuple(cue.split())
    return (
        reg.names.get(words, ("",))[0] == "type"
        or reg.names.get((_uninflected(words[0]), *words[1:]), ("",))[0] == "type"
    )


def _vague_group(reg: Registry, words: list[str]) -> str | None:
    """The group word of a phrase that names a vague group with more words than the group word alone
    ([types.anonymous] alone): articles and other lower-case words (adjectives, quantifiers) before it
    ("prominente Stimmen", "viele kritische Stimmen"), or, for a noun whose object is what it is about
    ([generic] objects), the object in the genitive after it ("Kritiker des NetzDG"); None otherwise
    ("Stimmen aus der CDU", "Putin-Kritiker Alexej Nawalny"), and for a noun of information after a
    possessive or "eigenen" ("nach eigenen Angaben": the statements of whom the clause names; src41)."""
    position = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if position is None or words[position].lower() not in reg.alone or len(words) < 2:
        return None
    word = words[position]
    before, after = words[:position], words[position + 1 :]
    if any(not w.islower() for w in before):
        return None
    lists = speech_words()
    if word.lower() in lists.information and any(
        w.lower() in reg.possessives or w.lower() in lists.own for w in before
    ):
        return None  # "nach eigenen Angaben", "deren Angaben": statements of the person named with them
    if not after:
        return word
    objects = word.lower() in reg.object_heads and after[0].lower() in DEFINITE_GENITIVES
    return word if objects and len(after) > 1 else None


def _title(reg: Registry, words: list[str]) -> str | None:
    """A profession that stands right before a person's name with no modifier and nothing else in the
    phrase ([types.*] titles: "Kritiker Ijoma Mangold" is a critic writing in the media); None for the
    noun alone, with an object ("Kritiker des NetzDG") or bound to a modifier ("Putin-Kritiker"); a
    leading article is left out ("der Kritiker Ijoma Mangold")."""
    if len(words) < 2 or words[0].lower() not in reg.titles:
        return None
    names = words[1:]
    if len(names) > NAME_GAP or not all(NAME_WORD.fullmatch(w) for w in names):
        return None
    return words[0] if not any(_hits(reg, name) for name in names) else None


def _indefinite(reg: Registry, word: str) -> str | None:
    """The type of a person noun that names nobody after an indefinite article ("ein Teilnehmer")."""
    return next((reg.indefinite[f] for f in _forms(word.lower()) if f in reg.indefinite), None)


def _only_indefinite(reg: Registry, phrase: str, text: str) -> str | None:
    """The type of a one-word speaker phrase such as "Teilnehmer" that the article writes only after an
    indefinite article ("berichtet ein Teilnehmer"), as the gold's speaker spans leave the article out."""
    vague = _indefinite(reg, phrase) if phrase.isalpha() else None
    positions = list(_whole_words(text, phrase)) if vague else []
    if not positions:
        return None
    for position in positions:
        before = text[max(0, position - 8) : position].split()[-1:]
        if not before or before[0].lower() not in INDEFINITE_ARTICLES:
            return None
    return vague


GENDER_ENDING: Final = re.compile(r"(?<=\w)[:*_](?:in|innen)\b")  # "Nutzer:innen", "User*innen"


def _unnamed(reg: Registry, phrase: str) -> tuple[str, str] | None:
    """The type and cue of a phrase that is only a person noun naming nobody ([types.anonymous] unnamed:
    a platform's users, also as a compound's end: "Instagram-User", "Eine Nutzerin", "Viele
    Instagram-Nutzer:innen"), articles, vague words ("viele") and lower-case words aside; None where a
    name or any other capitalised word stands beside it ("Nutzerin Anna Roth"). Such nouns joined by
    "und" or "oder" name nobody either ("Nutzerinnen und Nutzer", src28)."""
    if _traces_pattern(reg.unnamed_nouns).search(phrase.lower()) is None:
        return None  # no word's form ends in any of the nouns (speed round 46)
    written = WORD.findall(GENDER_ENDING.sub("", phrase))
    capitalised = [
        w for w in written if w[:1].isupper() and w.lower() not in ARTICLES and w.lower() not in reg.alone
    ]
    if not capitalised or capitalised[-1] != written[-1]:
        return None
    if len(capitalised) > 1 and not all(
        _unnamed(reg, w) for w in capitalised[:-1]
    ):  # "Nutzerinnen und den Nutzern"; not "Nutzerin Anna Roth"
        return None
    word = written[-1]
    forms = _forms(word.rsplit("-", 1)[-1].lower())
    for form in forms:
        if form in reg.unnamed:
            return reg.unnamed[form], word
    for cue, type_ in reg.unnamed.items():  # "Facebooknutzer"
        if len(cue) >= MIN_COMPOUND_HEAD and any(form.endswith(cue) for form in forms):
            return type_, word
    return None


# grammar, the prepositions of an occasion and the comitative "mit": "in einem Interview" says where, "im
# Gespräch mit dem Abendblatt" with whom (src38)
OCCASION_PREPOSITIONS: Final = frozenset({"in", "im", "bei", "beim", "während"})
PARTNER: Final = "mit"


def _no_occasion(reg: Registry, words: list[str], hits: list[_Hit]) -> list[_Hit]:
    """The hits of the words before a name (``WORD.findall``) but an occasion of speech ([context] occasions,
    also as a compound's end) that a preposition governs ("In einem Interview attackierte Ex-Präsident
    Alfons Hörmann", "im Podcast sagte X"): where the person spoke, not their role; "in den Recherchen von
    X" and a medium's own name stay."""
    words = [w.lower() for w in words]
    kept = []
    for hit in hits:
        before = words[max(0, hit.position - 2) : hit.position]
        governed = bool(before) and (
            before[-1] in OCCASION_PREPOSITIONS
            or (len(before) == 2 and before[0] in OCCASION_PREPOSITIONS and before[1] in ARTICLES)
        )
        occasion = hit.cue.lower().endswith(reg.occasions)
        if not (hit.type == "media" and governed and occasion):
            kept.append(hit)
    return kept


def _occasion_partner(reg: Registry, words: list[str], hit: _Hit) -> bool:
    """Whether a medium follows "mit" (with or without an article) right after an occasion of speech
    ([context] occasions: "im Gespräch mit dem Abendblatt", "im Interview mit ntv.de"): whom the person
    spoke to (src38); ``words`` lower case."""
    at = hit.position - 1
    if at >= 1 and words[at] in ARTICLES:
        at -= 1
    return hit.type == "media" and at >= 1 and words[at] == PARTNER and words[at - 1].endswith(reg.occasions)


def _unaddressed(words: list[str], hits: list[_Hit]) -> list[_Hit]:
    """The hits of a phrase (its ``words``, ``WORD.findall``) but those an addressee's preposition governs,
    directly or through an article (speech_de.toml's attribution.addressee: "Gegenüber dem
    Redaktionsnetzwerk Deutschland bezeichnete es Miersch als …", "sagte ein Sprecher gegenüber der
    Polizei"), and a medium an occasion of speech was held with ("Im Gespräch mit dem Spiegel sagte ein
    Sprecher"): whom the speaker told, not whom they speak for."""
    addressee = speech_words().addressee
    words = [w.lower() for w in words]
    kept = []
    for hit in hits:
        before = words[max(0, hit.position - 2) : hit.position]
        governed = bool(before) and (
            before[-1] in addressee or (len(before) == 2 and before[0] in addressee and before[1] in ARTICLES)
        )
        if not governed and not _occasion_partner(registry(), words, hit):
            kept.append(hit)
    return kept


def _untold(words: list[str], hits: list[_Hit]) -> list[_Hit]:
    """The hits of words read around a name (``WORD.findall``) but a medium right after a verb of saying,
    with or without a dative article ("Er erklärte MDR SACHSEN-ANHALT im Interview, …", "Sie sagte der
    dpa"): whom the person told, in the dative, not whom they speak for."""
    lists = speech_words()
    kept = []
    for hit in hits:
        at = hit.position
        while at > 0 and words[at - 1][:1].isupper():
            at -= 1  # the first word of the medium's name
        if at > 0 and words[at - 1].lower() in lists.addressed:
            at -= 1
        if not (hit.type == "media" and at > 0 and lemma_de(words[at - 1].lower()) in lists.verbs):
            kept.append(hit)
    return kept


def _unrelayed(reg: Registry, phrase: str, hits: list[_Hit]) -> list[_Hit]:
    """The hits of a phrase but a medium right after a relay's word ([context] relays: "der venezolanische
    Präsident laut BBC News") when a role stands before it: who reported the words, not who spoke them
    (src31); "laut bildblog.de" alone keeps its medium."""
    if not reg.relays or not any(hit.type == "media" for hit in hits):
        return hits
    words = WORD.findall(phrase)
    relayed = [h for h in hits if h.type == "media" and _relayed(reg, words, h.position)]
    if not relayed or not any((h.type or h.party) and h.position < relayed[0].position for h in hits):
        return hits  # "laut bildblog.de" alone: the medium is the speaker
    return [h for h in hits if h not in relayed]


def _relayed(reg: Registry, words: list[str], position: int) -> bool:
    """Whether the capitalised words of a medium's name that end at ``position`` follow a relay's word
    ("laut BBC News")."""
    while position > 0 and words[position - 1][:1].isupper():
        position -= 1
    return position > 0 and words[position - 1].lower() in reg.relays


def _untopical(reg: Registry, phrase: str, hits: list[_Hit]) -> list[_Hit]:
    """The hits of a phrase but a country or city that a preposition of topic governs after a profession
    ([context] topics: "Experte für Russland und Zentralasien an der Akademie …" is no Russian official;
    "Beauftragter für Russland", with no profession, keeps the country)."""
    if not any(hit.type in PROFESSIONS for hit in hits):
        return hits
    words = WORD.findall(phrase)
    return [
        hit
        for hit in hits
        if not (
            0 < hit.position < len(words)
            and words[hit.position - 1].lower() in reg.topics
            and _place(reg, hit.cue)
        )
    ]


def _possessor(reg: Registry, hit: _Hit) -> bool:
    """A country or city named in the genitive ("Russlands", "Chinas"): before a role of another
    type it says whose the speaker is, not what ("Chinas Autobauer BYD" is business)."""
    cue = hit.cue
    genitive = cue.endswith("s") and (cue,) not in reg.names and (cue[:-1],) in reg.names
    return hit.type == "government" and genitive


def _place(reg: Registry, cue: str) -> bool:
    """A country or city, also in the genitive: a name the registry types government that is no role
    head ("Irak", "Brüssel", "Chinas"; not "Kreml")."""
    if cue.endswith("s") and (cue,) not in reg.names:
        cue = cue[:-1]  # "Chinas", "Saudi-Arabiens"
    return reg.names.get((cue,)) == ("type", "government") and cue.lower() not in reg.heads


def classify_in_text(
    phrase: str | None,
    text: str,
    camp: str | None = None,
    kind: str | None = None,
    url: str | None = None,
) -> Source | None:
    """The source of a speaker phrase read with its article: a bare name ("Thierry Daman") takes the
    role written where the person is first named — the words before the name ("der saarländische
    Innenminister Tobias Hans"), then an apposition or attribute after it ("Ulrich Müller, Experte
    bei Lobbycontrol", "Helmut Peter von der Autohaus-Gruppe", "(SPD)"), then a relative clause, and
    last the person nouns that open the next sentence after a full name ("… schlug Deniz Yücel aufs
    Gemüt. Der inhaftierte Journalist …").
    A role from a strong cue at any of the first mentions wins over a weak one ("Dr." at the first,
    "Dokumentar" at a later one), an office over a profession ("Sozialwissenschaftlerin" at one,
    "Präsidentin des Zentralkomitees" at another), and an age at the first mention found
    ("Stetter-Karp (65)") yields to a role at the mentions before it; a name still without a role
    may be an organisation the article introduces ("Konzern X", "X (ABC)"), or its role may belong
    to one ("Lilium-Chef Klaus Roewe") or to a person the article gives a role ("Ein
    Clinton-Sprecher"); a spokesperson of no one speaks for the organisation named just before. A
    party role without a party ("der Parteichef") takes the party the article is about. On an
    organisation's own page (``url``: "lbv.de" names the "Naturschutzverband LBV") a named person the
    article gives no role at all speaks for the publisher. An article of a region ([regions]: "Kanton"
    twice, a .ch address) types that region's offices as it gives them ("Präsident des Gemeinderats" is a
    Swiss municipality's executive)."""
    region = article_region(text, url)
    if region is None:
        return _classify_read(phrase, text, camp, kind, url)
    token = REGION.set(region)
    try:
        return _classify_read(phrase, text, camp, kind, url)
    finally:
        REGION.reset(token)


def _classify_read(
    phrase: str | None, text: str, camp: str | None, kind: str | None, url: str | None
) -> Source | None:
    found = _in_text(phrase, text, camp, kind, url)
    if phrase and not camp and (found is None or (found.type == "other" and not found.cue)):
        issuer = _statement_issuer(registry(), phrase, text, url)
        if issuer is not None:
            return issuer  # "…, so die Warnung." after "Die EU hat den Gesetzesentwurf scharf kritisiert."
    if (
        found is not None
        and phrase
        and not camp
        and found.type == "other"
        and not found.cue
        and _reporting_title(registry(), phrase, text)
    ):
        return Source("media", found.party, phrase)  # "Wie die „Zeit“ berichtet": a title no list has
    changed = _changed_name(registry(), phrase, text) if found is not None and phrase and not camp else None
    if changed and found is not None and found.type != "citizen":  # "Andrij (Namen … geändert)"
        return Source("citizen", found.party, changed)
    if (
        found is not None
        and found.type == "government"
        and not camp
        and _court_panel(registry(), phrase, text)
    ):
        return Source("court", None, found.cue)  # "Das OLG wies … zurück. … bewertete der Senat"
    if found is not None and found.type == "citizen" and _aged_in_section(registry(), found, url, text):
        return Source("other", found.party, found.cue)  # "der 24-Jährige" of a match report
    school = _school_role(registry(), found, text) if found is not None else None
    if found is not None and school is not None and school != found.type:
        return Source(school, found.party, found.cue)  # "Schulleiter Salcher"; a private school's "Rektorin"
    if found is not None and found.type == "civil_society" and _sports_official(registry(), found, text):
        return Source("other", found.party, found.cue)  # "Weltverband FINA" in an article about swimming
    if (
        found is not None
        and found.type == "government"
        and not camp
        and not strong_cue(found.cue)
        and _bare_office(registry(), found.cue or "")
        and _sports_official(registry(), found, text)
    ):
        return Source("other", found.party, found.cue)  # a bare "Ex-Präsident" in an article about sport
    if found is None or found.type != "parliament" or found.party:
        return found
    reg = registry()
    if found.cue and not camp and _unknown_owner(reg, text, found.cue):
        return Source(UNOWNED_OFFICE, None, found.cue)  # "Landesvorstand der JBN": an association's board
    party = _article_party(reg, text)
    if party:
        return Source(found.type, party, found.cue)
    if found.cue and not camp and not strong_cue(found.cue) and not _political(reg, text):
        return Source(UNOWNED_OFFICE, None, found.cue)  # "der Vorsitzende" where no party is named
    return found


STATEMENT_OPENING_MARKS: Final = '„»"“'  # a quotation opened in a statement's own sentence (src54)
STATEMENT_DEMONSTRATIVES: Final = frozenset(
    {"diese", "dieser", "diesem", "dieses", "diesen", "jene", "jener", "jenem"}
)
SENTENCE_END_MARKS: Final = ".!?"  # the marks that close a sentence
SENTENCE_START_CHARS: Final = "A-ZÄÖÜ„"  # what opens the next one: a capital or an opening quotation mark


def sentence_splitter(statements: bool = False) -> re.Pattern[str]:
    """Where a sentence ends and the next begins: its closing mark and the spaces after it, before a capital
    or an opening quotation mark. With ``statements`` (the sentences a bare statement noun's issuer is read
    in, src54) also before a figure ("… getestet worden sind. 1171 Testergebnisse fielen laut Pressemeldung
    …") but not after a figure's full stop ("bis Montag, 23. November, …": an ordinal), and at a line break
    (a heading has no full stop)."""
    after_figure = r"(?<!\d\.)" if statements else ""
    figure = r"\d" if statements else ""
    line = r"|\s*\n\s*" if statements else ""
    return re.compile(
        rf"(?<=[{SENTENCE_END_MARKS}]){after_figure}\s+(?=[{SENTENCE_START_CHARS}{figure}]){line}"
    )


SENTENCE_END: Final = sentence_splitter()  # where a sentence ends and the next begins
STATEMENT_BREAK: Final = sentence_splitter(statements=True)  # also before a figure and at a line break


def _statement_issuer(reg: Registry, phrase: str, text: str, url: str | None) -> Source | None:
    """The issuer of a bare statement noun ([metonyms] statements: "heißt es in einer Mitteilung", "so die
    Warnung", "in der Begründung heißt es") with no owner of its own: the person or organisation with a
    strong cue that the words of its own sentence before a colon and an opening quotation mark name ("Der
    Börsenverein … hatte … vorbereitet: „…“, hieß es in einem Statement"), else the sentence before it
    (``named_before``: "Im März 2024 leitete die EU-Kommission ein förmliches Verfahren … ein. Der Vorwurf
    lautete: …"; "Wie das guatemaltekische Kulturministerium mitteilt, … . …, heißt es in einer
    Erklärung."), read up to its first Konjunktiv form ([reported] hints of speech_de.toml: what follows
    is reported speech, whose words name no issuer) with a line break ending a sentence (a heading has
    no full stop). Without a quotation mark the statement's own sentence before the noun is the quote
    and is not read. None for a phrase that is more than the noun with lower-case words before it
    ("Mitteilung der Polizei" says whose it is), after a demonstrative ("In diesem Schreiben": the
    document named before, whose author the article gives), for a statement named nowhere as the phrase
    is, where neither names anyone, and for a medium (it reports what the issuer stated: "berichteten
    etwa Vice oder Wired")."""
    words = [w for w in WORD.findall(phrase) if w.lower() not in ARTICLES]
    if (
        not words
        or any(w[:1].isupper() or w.lower() in STATEMENT_DEMONSTRATIVES for w in words[:-1])
        or words[-1].lower() not in reg.statements
    ):
        return None
    starts = _word_starts(text, phrase.strip())
    if not starts:
        return None
    window = STATEMENT_BREAK.split(text[max(0, starts[0] - 600) : starts[0]])
    own = window[-1]
    opened = next((n for n, mark in enumerate(own) if mark in STATEMENT_OPENING_MARKS), None)
    introduced = own[:opened] if opened is not None else ""
    colon = introduced.rfind(":")  # "… will der Lebensmittel-Discounter Penny … nicht erfüllen: Ein „…“"
    sentences = ([introduced[:colon]] if colon >= 0 else []) + window[-2:-1]
    hints = speech_words().hints
    said = []
    for sentence in sentences:  # each up to its first Konjunktiv form
        sentence_words = sentence.split()
        cut = next(
            (n for n, word in enumerate(sentence_words) if word.strip(",;").lower() in hints),
            len(sentence_words),
        )
        said.append(" ".join(sentence_words[:cut]))
    issuer = named_before(said, site_name(url) if url else None)
    return None if issuer is None or issuer.type == "media" else issuer


def _in_text(
    phrase: str | None,
    text: str,
    camp: str | None,
    kind: str | None,
    url: str | None = None,
    principals: bool = True,
) -> Source | None:
    found = classify(phrase, camp, kind)
    # the cue is the phrase, or a part of a double surname ("Schreiner" of "so Schreiner-Hirsch"; src138)
    own_cue = found is not None and (found.cue == phrase or found.cue in (phrase or "").split("-"))
    if found is not None and phrase and not camp and own_cue and _named_compound(text, phrase):
        found = Source("other", found.party, None)  # "sagte Inselkammer" after "Angela Inselkammer" (src53)
    elif found is not None and phrase and not camp and own_cue and _given_name_before(text, phrase):
        found = Source("other", found.party, None)  # "findet Heise" after "Norman Heise" (round 150)
    if found is not None and phrase and not camp:
        member = _named_member_type(found.type, found.party)  # "Netanjahus Likud-Vertrauter Miki Zohar"
        person = _role_free_name(found, phrase) if member else None
        if member and person and found.cue not in person.split():
            found = Source(member, found.party, found.cue)  # named: no anonymous source (src56)
    vague = _only_indefinite(registry(), phrase, text) if phrase and not camp else None
    if vague:
        return Source(vague, found.party if found else None, phrase)
    same = _same_head(phrase, text) if phrase and not camp else None
    if same:
        return same  # "die Kammer" after "Die Landwirtschaftskammer Niedersachsen" (src24)
    if found is not None and found.type == "business" and phrase and not camp:
        office = _described_office(phrase, text)
        if office:
            return Source(office.type or "other", found.party, office.cue)  # "Madsack-Manager" (src24)
    if found is not None and found.type == "media" and phrase and not camp:
        house = _house_medium(registry(), phrase, text, found.cue or "")
        if house:
            return house  # "im IBC Solar-Blog" after "der Modulanbieter IBC"
    if found is not None and phrase and found.type in ROLE_NOUN_TYPES:  # also a generic actor ("Ökonomen")
        named = _named_role(phrase, text, found)  # "der Ökonom" after "Butterfill ist Chefökonom der X"
        if named:
            return named
    if phrase and not camp:
        referent = _referent_role(registry(), phrase, text, found)  # "beruhigt die Chefin" after her name
        if referent:
            return referent
    if phrase and not camp and found is not None and found.type == "citizen" and found.cue:
        aged = _aged_noun_described(registry(), phrase, text, found.cue)  # "sagte der 25-Jährige …. Der
        if aged:  # Innenverteidiger von Dynamo Kiew gilt …" (src58)
            return Source(aged.type, aged.party or found.party, aged.cue)
    if found is not None and phrase and not camp and found.type == "parliament":
        state = _state_office_given(registry(), phrase, text, found)  # "ÖVP-Chef Mitterlehner" (src31)
        if state:
            return state
    if found is not None and phrase and found.cue and not camp and not strong_cue(found.cue):
        owned = _owned_role(registry(), phrase, text, found)
        if owned:
            return owned
        elsewhere = _office_named_elsewhere(phrase, text, found, url)  # "Präsidentin Rita Famos" (src39)
        if elsewhere:
            return elsewhere
    if (
        found is not None
        and phrase
        and not camp
        and not found.party
        and (found.type == "parliament" or not strong_cue(found.cue))
    ):
        bound = _bound_type(registry(), text, phrase)  # "VGT-Obmann" of the "Verein gegen Tierfabriken (VGT)"
        if bound:
            return bound
        if found.type == "government" and _abbreviated_office(registry(), phrase):
            return Source("civil_society", None, found.cue)  # "BWE-Präsident Hermann Albers"
        if found.type == "business" and _association_board(registry(), phrase, text, found.cue or ""):
            return Source("civil_society", None, found.cue)  # "betonte Vorstandsvorsitzende Evelyn Martin"
    if phrase and not camp and (found is None or (found.type == "other" and not found.cue)):
        seat = _metonym(registry(), phrase, text)  # "der Palast in Amman", "Netanyahus Büro"
        if seat:
            return seat
    if found is not None and phrase and not camp and found.type == "other" and found.cue:
        work = _research_author(registry(), phrase, text, found)
        if work:
            return work  # "schlussfolgern die Autoren" of "In einer Studie der Medienanstalt …"
    titled = found is not None and phrase is not None and _titled(found, phrase)
    if found is None or not phrase or (found.type != "other" and not titled):
        return found
    reg = registry()
    if not titled and found.cue and found.cue.lower() not in reg.surnames:
        return found  # a role of its own ("Schauspieler")
    fallback = found if titled else Source("other", found.party, None)
    name = _role_free_name(found, phrase) if titled else _name_in(phrase)
    if name and " " in name and _generic(reg, name.split()[0]):
        name = name.split(" ", 1)[1]  # "Sein Kollege Hachleitner": the person is Hachleitner
    mention = _first_mention(text, name) if name else None
    if name:  # "Nach den Worten Kalaycis" after "Gesundheitssenatorin Dilek Kalayci" (src50), "Prechts"
        name, mention = _genitive_of(text, name, mention)
    if mention is None and name and " " not in name:
        mention = _given_first(text, name)  # "Zeid" after "…, Zeid Raad al-Hussein, …"
    weak: _Role | None = None
    profession: _Role | None = None
    description: _Role | None = None  # the next sentence's "Der Verleger …": a later role noun beats it
    party: _Role | None = None  # a party alone at a mention ("Jens Spahn (CDU)"): a state office may follow
    if mention is not None and name:
        particles = _particles_in(text[mention[0] : mention[1]])
        for number, (start, end) in enumerate(_mentions(text, name, mention)):
            chosen = _role_at(reg, text, start, end, found.party, later=number > 0, particles=particles)
            if chosen is None or chosen.type == "other":
                continue
            if party is not None:
                held = _office_over_party_alone(chosen.source, party.source)
                full = text[mention[0] : mention[1]]
                if held and _office_written_before(reg, text, start, full, held.cue or ""):
                    return held  # "sagte Jens Spahn (CDU)" after "Gesundheitsminister Spahn" (round 133)
                continue
            if chosen.described:
                description = description or chosen
                continue
            if description is not None and party_alone(chosen.source):
                continue  # "sagt Söder (CSU)" after "Der Ministerpräsident …": an office beats a party
            described = (
                described_organisation(text, name)
                if not titled and (chosen.source.cue or "").lower() in reg.works
                else None
            )
            if described is not None:
                return Source(described[0], found.party, described[1])  # "Analyse von Chrono24" (src33)
            if chosen.weak:
                weak = weak or chosen
            elif profession is None and chosen.type in PROFESSIONS:
                profession = chosen  # an office at another mention may outrank it
            elif party_alone(chosen.source) and not chosen.weak:
                party = chosen
            elif profession is None or chosen.type in OFFICES:
                return chosen.source
    if party:
        later_office = _office_before_later(reg, text, name or "", mention[1]) if mention else None
        return _office_over_party_alone(later_office, party.source) or party.source
    if profession:
        return profession.source
    if description:
        return description.source
    if mention is not None and name and weak is None:
        later = _office_before_later(reg, text, name, mention[1])  # "verkündete Kremlchef Putin" (src30)
        if later:
            return Source(later.type, later.party or found.party, later.cue)
        work = _office_by_verb(reg, text, name, mention)  # "Steffen Kauert leitet die Außenstelle …" (src51)
        if work:
            return Source(work.type, work.party or found.party, work.cue)
    names = _name_parts(reg, phrase)
    context = _role_context(text, mention[0], mention[1] - mention[0])[:2] if mention else ("", "")
    owners = _affiliations(reg, *context)  # "Fraser Kyne von Bromium", "Lilium-Chef Klaus Roewe"
    names += owners
    phrase_words = _own_words(reg, phrase)
    if mention is not None:  # "so Schreiner-Hirsch" after "Alexandra Schreiner-Hirsch": no trade (src138)
        phrase_words |= _double_surname_parts(reg, text[mention[0] : mention[1]])
    organisation = _organisation(reg, text, names, phrase_words)
    if organisation:
        return Source(organisation[0], found.party, organisation[1])
    for principal in _principals(reg, " ".join((context[0], phrase, context[1]))) if principals else ():
        role = _principal_role(reg, text, principal, name or "", read=True)  # "Ein Clinton-Sprecher"
        if role:
            return role
    colleague = _possessed_colleague(reg, text, mention, name or "") if principals and mention else None
    if colleague:
        return colleague  # "sagte Bank-Austria-Ökonom Walter Pudschedl. … betonte sein Kollege Stefan …"
    if weak:
        if mention is not None and name and weak.type == "citizen" and _says_only_who(reg, weak.source.cue):
            beside = _role_described_next(reg, text, name, mention)  # "Daniel Cremers, 34, so. Der
            if beside:  # Inhaber von Amper-Rad …" (src58)
                return Source(beside.type, beside.party or found.party, beside.cue)
        return weak.source
    owners = ([name] if mention is None and name else []) + _affiliations(reg, phrase, "") + owners
    for owner in owners:  # "Quantexa", "Quantexa-Sprecherin Anna Roth", "Anna Roth von Quantexa"
        around = _typed_by_words_around(reg, text, owner.rstrip("."))
        if around:
            return Source(around[0], found.party, around[1])
    interviewee = _interviewee_role(text, name) if name and not (titled or fallback.cue) else None
    if interviewee:
        return Source(interviewee.type, found.party or interviewee.party, interviewee.cue)
    # on an organisation's own page its people speak for it, also one first named with a role of no type
    # ("unser Projektleiter Toni Wegscheider" on lbv.de), before whatever the sentences before name (src42)
    own = _publisher(reg, text, url) if url and mention and not (titled or fallback.cue) else None
    introduced = _introduced(reg, text, mention[0], " ".join((phrase, *context)), url) if mention else None
    if not (introduced or titled or fallback.cue):
        private = PRIVATE_NAME.search(phrase)  # "Der Mann namens Iliass K." (src31)
        if private:
            return Source("citizen", found.party, private.group(0))
        given = _given_name_only(reg, phrase, text)  # "So auch Alicia. Sie studiert …" (src46)
        if given:
            return Source("citizen", found.party, given)
    return Source(own[0], found.party, own[1]) if own else introduced or fallback


TITLE_QUOTES: Final = '„“”"»«'  # quotation marks around a title ("Wie die „Zeit“ berichtet")
SUBJECT_ARTICLES: Final = frozenset({"der", "die", "das"})  # the nominative definite articles
REPORT_REACH: Final = 3  # words after a title read for its verb ("der STANDARD damals berichtete")


def _reporting_title(reg: Registry, phrase: str, text: str) -> bool:
    """Whether the article writes a name no list types as a title that reports, a medium the registry
    lacks: after a definite article (in quotation marks or not), with a verb of reporting that ends the
    clause after it, perhaps after lower-case adverbs ("Wie die „Zeit“ berichtet,", "wie der STANDARD
    damals berichtete."), or right before the article where the title ends the clause ("schreibt die Neue
    Westfälische."), or in the genitive of a noun of reporting ("nach Informationen des STANDARD"). A
    person takes no article there; a verb whose clause goes on ("Das schreibt das Gesetz vor", "schreibt
    das Team um Riphagen in der Lancet") is another verb or another subject's (src52)."""
    if not phrase[:1].isupper():
        return False
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if not _word_char(text, start - 1) and not _word_char(text, end):
            before = text[max(0, start - 60) : start].rstrip(TITLE_QUOTES + " ").split()
            rest = text[end : end + 60].lstrip(TITLE_QUOTES)
            if before and before[-1].lower() in SUBJECT_ARTICLES:
                ends_clause = not rest.strip() or not rest.lstrip()[0].isalnum()
                if ends_clause and len(before) > 1 and before[-2].lower() in reg.report_verbs:
                    return True
                if _reporting_verb_after(reg, rest.split()[:REPORT_REACH]):
                    return True
            genitive = len(before) > 1 and before[-1] in DEFINITE_GENITIVES
            if genitive and before[-2].lower() in reg.report_nouns:  # "nach Informationen des STANDARD"
                return True
        start = text.find(phrase, end)
    return False


def _reporting_verb_after(reg: Registry, after: list[str]) -> bool:
    """Whether the words after a title are lower-case adverbs, then a verb of reporting that ends the
    clause ("damals berichtete.", "berichtete –", "weiter schreibt,")."""
    for number, word in enumerate(after):
        core = word.rstrip(".,;:!?")
        if core.lower() in reg.report_verbs:
            return core != word or (number + 1 < len(after) and not after[number + 1][:1].isalnum())
        if core != word or not core.isalpha() or not core.islower():
            return False
    return False


def _genitive_of(text: str, name: str, mention: tuple[int, int] | None) -> tuple[str, tuple[int, int] | None]:
    """The name a Saxon genitive stands for and where the article names the person so (``mention``: where
    it writes ``name`` itself): "Kalaycis" → "Kalayci" of "Gesundheitssenatorin Dilek Kalayci",
    "Rabmer-Kollers", also where the genitive itself follows a capitalised word that passes for a given
    name ("Nach den Worten Kalaycis"), or where it owns the noun after it ("Havraneks Erlebnisse" →
    "Havranek"; not "Tegnells Kritiker", others who speak about him: src53), unless the stem is a given
    name ("Peters", "Hannes"). A name the text never writes as it stands loses its ending all the same
    ("Prechts", "Xis"), found or not; any other stays as it is."""
    words = name.split()
    readings = [(words[-1], words[:-1])]  # "Rudolf Augsteins" → "Rudolf Augstein"
    if len(words) == 2 and not any(form in registry().object_heads for form in _forms(words[1].lower())):
        readings.append((words[0], []))  # "Havraneks Erlebnisse": the genitive before the noun it owns
    for genitive, before in readings:
        stem = _genitive_stem(genitive)
        if stem is None:
            continue
        full = " ".join((*before, stem))
        found = _first_mention(text, full)
        if found is not None:
            return full, found
    if mention is not None or name[-1:] not in "s'" or len(name) <= 2:
        return name, mention
    bare = name.rstrip("'")[:-1] if name.endswith("s") else name.rstrip("'")
    return bare, _first_mention(text, bare)


def _genitive_stem(word: str) -> str | None:
    """The name a capitalised Saxon genitive ends ("Kalaycis" → "Kalayci", "Harris'" → "Harris"); None for
    a word that is no genitive or whose stem or itself is a given name ("Peters", "Thomas", "Hannes")."""
    stem = word[:-2] if word.endswith("'s") else word[:-1] if word.endswith(("s", "'")) else None
    if stem is None or len(stem) < 3 or not stem[:1].isupper():
        return None
    given = speech_words().given
    return None if word in given or stem in given else stem


def _interviewee_role(text: str, name: str) -> Source | None:
    """The role an interview's lead gives the person who answers it without naming them ("Die
    Grünen-Chefin über Versagen im Flüchtlingsthema … STANDARD: … Eva Glawischnig: …", "…, sagt Kärntens
    Landeshauptmann. STANDARD: … Peter Kaiser: …"; src48): the person answers under their name at least
    ``INTERVIEW_ANSWERS`` times, the lead before the first question label never names them, and a
    sentence of the lead opens with a definite role noun or ends with one after its verb of saying. The
    role noun must name a person (not "Die Regierung will …"), and a lead naming two roles gives none."""
    surname = name.split()[-1]
    answers = sum(text.startswith(": ", start + len(surname)) for start in _word_starts(text, surname))
    if answers < INTERVIEW_ANSWERS:  # "Glawischnig: …" as a word of its own, found without a pattern per name
        return None
    words = speech_words()
    first = next(
        (m for m in INTERVIEW_QUESTION.finditer(text) if m.group(1).lower() in words.interview_questions),
        None,
    )
    lead = text[: first.start()] if first is not None else ""
    if not lead or _whole_word(lead, surname) is not None:
        return None
    phrases = []
    for sentence in map(str.strip, SENTENCE_END.split(lead)):
        if subject := LEAD_SUBJECT.match(sentence):
            phrases.append(subject.group(1))
        inquit = LEAD_INQUIT.search(sentence)
        if inquit and lemma_de(inquit.group(1).lower()) in words.verbs:
            phrases.append(inquit.group(2))
    roles = [
        found
        for phrase in phrases
        if (found := classify(phrase)) is not None
        and found.cue
        and found.type not in (None, "other", "anonymous")
        and noun_kind(_hyphen_parts(phrase.split()[-1])[-1])[0] == "role"
    ]
    return roles[0] if len(roles) == 1 else None


INTERVIEW_ANSWERS: Final = 2  # answers under the person's name that make the text an interview with them
INTERVIEW_QUESTION: Final = re.compile(r"(?<![\w-])([A-ZÄÖÜa-z][\w-]*): ")  # "STANDARD: ", "Frage: "
# a lead sentence's subject, a definite role noun with its adjectives ("Der FPÖ-Kandidat würde …", "Die neue
# Präsidentin der Universitätenkonferenz fordert …"), and a role noun after the verb of saying that ends one
# ("…, sagt Kärntens Landeshauptmann."; "…, meint die Ökonomin.")
LEAD_SUBJECT: Final = re.compile(r"(?:Der|Die) ((?:[a-zäöü][\w-]* )*[A-ZÄÖÜ][\w-]+)(?= [a-zäöü])")
LEAD_INQUIT: Final = re.compile(
    r", ([a-zäöü]+) (?:der |die )?((?:[A-ZÄÖÜ][\w-]*s )?(?:[a-zäöü][\w-]* )*[A-ZÄÖÜ][\w-]+)\.?$"
)


# a given name and the initial of a surname: how the press names a private person ("Iliass K."; src31)
# (not a middle initial before a surname: "Thomas D. Trummer")
PRIVATE_NAME: Final = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ]\.(?!\w)(?! ?[A-ZÄÖÜ][\w’'-])")


# the subject pronouns of the third person singular (grammar): how a text goes on about a person (src46b)
THIRD_PERSON: Final = re.compile(r"(?<![\w-])(?:[Ee]r|[Ss]ie)(?![\w-])")


def _given_name_only(reg: Registry, phrase: str, text: str) -> str | None:
    """The given name a speaker is named by where the article never gives the person a surname: how the
    press names a private person it shields ("Gesine aus Tübingen", "So auch Alicia.", "der junge Mann,
    den wir nur Matthias nennen"); not where a capitalised word stands right before or after the name at
    any mention, also after a surname's particles ("Luis Enrique", "Christoph Eugen", "Jan von Flocken"),
    nor in an article about sport, whose players go by one name ("Fred", "Oscar"); and only where the text
    goes on about the person with "er" or "sie" after the name: a headline-only teaser that names someone
    famous by one name says nothing more of them ("Matthäus: „…“", "Elmo fragt, wie es so geht"; src46b)."""
    name = phrase.strip()
    if name not in speech_words().given or _about_sport(reg, text):
        return None
    mentions = _word_starts(text, name)
    if not mentions or not THIRD_PERSON.search(text, mentions[0] + len(name)):
        return None
    for start in mentions:
        before = WORD.findall(text[max(0, start - 40) : start])
        after = WORDS_TO_CAPITAL.match(text, start + len(name))
        particles = after.group(0).split()[:-1] if after else []
        if particles and (particles[0] in NAME_JOINERS or not set(particles) <= _name_particles()):
            after = None  # "Gesine aus Tübingen", "sagt Adrian dem Standard"
        if after or (before and before[-1][:1].isupper() and not _sentence_start(text, start)):
            return None
    return name


# lower-case words (a surname's particles, "von", or what follows the name) up to a capitalised word
WORDS_TO_CAPITAL: Final = re.compile(r"(?:[ \t]+[a-z]+)*[ \t]+[A-ZÄÖÜ]")


def _word_starts(text: str, word: str) -> list[int]:
    r"""Each place of ``word`` in ``text`` as a word of its own (``(?<![\w-])word(?![\w-])``: "Alicia", not
    "Alicias" nor "Alicia-Marie"), found with ``str.find``, not a pattern compiled per word."""
    found = []
    position = text.find(word)
    while position >= 0:
        if WORD_OPENS.match(text, position) and not WORD_GOES_ON.match(text, position + len(word)):
            found.append(position)
        position = text.find(word, position + 1)
    return found


SENTENCE_CLOSERS: Final = '.!?:;"“”»«'  # marks that end a sentence or a quotation before a new one opens


def _sentence_start(text: str, position: int) -> bool:
    """Whether only spaces and a closing sentence mark (or nothing, or a line break) stand before
    ``position``: one scan back over the spaces, not a search of everything before it."""
    k = position
    while k > 0 and text[k - 1].isspace():
        k -= 1
        if text[k] == "\n":
            return True
    return position == 0 if k == 0 else text[k - 1] in SENTENCE_CLOSERS


# the prepositions of a place (grammar): after an office's seat ("der Palast in Amman"), after a role bound
# to a place only ("Feuerwehrmann in Essen")
PLACE_PREPOSITIONS: Final = frozenset({"in", "aus"})
ORIGIN_PREPOSITION: Final = "aus"  # "Milkesa Mengesha, aus Äthiopien": where the person is from (src41)


def _same_head(phrase: str, text: str) -> Source | None:
    """The kind of the organisations the article describes with a head that ends in the one noun of an
    organisation that is ``phrase``, with or without its definite article ("die Kammer" after "Die
    Landwirtschaftskammer Niedersachsen warnt …": civil society, not a court's chamber), when they are all
    of one kind; else of the compounds the article writes with that noun as their head, typed by the registry
    ("Die Kammer hatte … argumentiert" after "einen Antrag der Abgeordnetenkammer": a parliament; src31);
    a noun of [compounds] organisation_ends counts as one of an organisation ("Wie der Park mitteilt" after
    "dem … gelegenen Freizeitpark": business; src43); None otherwise."""
    words = phrase.split()
    if len(words) == 2 and words[0].lower() in DEFINITE:
        words = words[1:]
    if (
        len(words) != 1
        or not words[0].isalpha()
        or (
            noun_kind(words[0])[0] not in ORGANISATION_NOUNS
            and words[0].lower() not in registry().organisation_ends
        )
    ):
        return None  # one noun of an organisation ("Gruppe", "Verband"), not a person's role ("Chef")
    forms = _forms(words[0].lower())
    kinds = {
        (kind, head)
        for kind, head in described_organisations(text).values()
        if any(f.endswith(form) for f in _forms(head.lower()) for form in forms)
    }
    if not kinds:
        kinds = _compounds_of(registry(), text, words[0])
    types = {kind for kind, _ in kinds}
    return Source(types.pop(), None, words[0]) if len(types) == 1 else None


def _compounds_of(reg: Registry, text: str, noun: str) -> set[tuple[str, str]]:
    """(type, compound) of each capitalised compound of the text whose head is ``noun`` (in any of its
    forms, the compound in any of its: "Freizeitparks", and "Freizeitpark." at a sentence's end; src43) that
    the registry types with a strong cue: "Abgeordnetenkammer" for "Kammer"."""
    forms = _forms(noun.lower())
    traces = _traces_pattern(forms)  # a word with no trace of them has no form that ends in one
    found = set()
    for word in {word.rstrip(".") for word in _words_of(text)}:
        lower = word.lower()
        if (
            word[:1].isupper()
            and traces.search(lower)
            and any(len(f) > len(noun) and f.endswith(forms) for f in _forms(lower))
        ):
            cue = _role_noun(reg, word)
            if cue is not None and cue[0] and cue[1]:
                found.add((cue[0], word))
    return found


def _described_office(phrase: str, text: str) -> _Hit | None:
    """The organisation a company office in ``phrase`` belongs to, of a kind in ``OFFICE_OWNERS`` that
    the article says it is ("Madsack-Manager" after "Die Mediengruppe Madsack"); None otherwise."""
    hits = _hits(registry(), phrase)
    role = next((h for h in hits if h.type == "business" and h.strong), None)
    if role is None or noun_kind(_hyphen_parts(role.cue)[-1])[0] != "role":
        return None  # (asked before the article's organisations are read: speed round 29)
    described = described_organisations(text)
    return _office_owner(WORD.findall(phrase), hits, role, described.get) if described else None


def _metonym(reg: Registry, phrase: str, text: str) -> Source | None:
    """An office named by its seat or function ([metonyms] seats): the word alone with its article and
    adjectives, or with its place after it ("erklärte die Präsidentschaft", "teilte der Palast in Amman
    mit", "der jordanische Palast"), is a head of state's or government's; an office word after a
    person's name in the genitive ([metonyms] owned: "Netanyahus Büro") has the role the article gives
    that person ("Israels Ministerpräsident Benjamin Netanyahu"); None otherwise ("der Friedrichstadt-Palast",
    "das Büro des Anwalts")."""
    words = WORD.findall(phrase)
    place = next((i for i, w in enumerate(words) if i and w in PLACE_PREPOSITIONS), None)
    if place is not None:
        if not all(w[:1].isupper() for w in words[place + 1 :]) or place + 1 == len(words):
            return None
        words = words[:place]
    words = [
        w
        for w in words
        if w.lower() not in ARTICLES and not (w[:1].islower() and w.endswith(ADJECTIVE_ENDINGS))
    ]
    if len(words) == 1 and any(form in reg.seats for form in _forms(words[0].lower())):
        return Source("government", None, words[0])
    if len(words) == 2 and words[1].lower() in reg.owned_offices and _saxon_genitive(words, 1):
        return _principal_role(reg, text, words[0], "")
    if len(words) == 1 and words[0].lower() in reg.documents:
        return _document_authors(reg, text)
    return None


# a document named with its authors: "einen Antrag von SPD, CDU/CSU, Grünen und FDP", "das Papier der FDP";
# the authors' words up to a comma before a lower-case word, a clause or sentence end (src30)
AUTHORED: Final = re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][\w-]*) (?:von|der|des) ([^.;:!?„“\"«»()]{2,80}?)(?=, [a-zäöü]|[.;:!?]| [a-zäöü])"
)


def _strong_office(reg: Registry, found: Source | None) -> bool:
    """Whether a role read elsewhere is an office by a strong cue that is no place ("Kremlchef", "SPD";
    not "Russland", "Präsident")."""
    return (
        found is not None
        and found.type in OFFICES
        and strong_cue(found.cue)
        and not _place(reg, found.cue or "")
    )


def _document_authors(reg: Registry, text: str) -> Source | None:
    """The type of the authors of the document a bare document noun stands for ("heißt es stolz in dem
    Papier" two sentences after "Am Donnerstag hat der Bundestag einen Antrag von SPD, CDU/CSU, Grünen und
    FDP angenommen" is parliament's): the first document of ``[metonyms] documents`` (or a compound ending
    in one) the article names with "von", "der" or "des" and authors of an office's type by a strong cue;
    None where it names none (src30)."""
    for match in AUTHORED.finditer(text):
        if not match.group(1).lower().endswith(reg.document_endings):
            continue
        authors = match.group(2)
        found = classify(authors)
        if found is not None and _strong_office(reg, found):
            several = "," in authors or " und " in authors  # a motion of several parties is no one party's
            return Source(found.type, None if several else found.party, found.cue)
    return None


SUBJECT_SENTENCES: Final = 2  # the sentence of a board office and the one before it, read for their subject


def _house_medium(reg: Registry, phrase: str, text: str, cue: str) -> Source | None:
    """The organisation that runs a medium named by a name before the medium's word ([compounds]
    house_media: "IBC Solar-Blog", "Siemens Newsletter"), typed by the registry or by the words the
    article puts beside the name ("der Modulanbieter IBC"); None for a medium of no such organisation
    ("Finanzblog", "Der Blog von Anna Roth") or one the article types as media."""
    head = cue.rsplit("-", 1)[-1].lower()
    if not any(form in reg.house_media for form in _forms(head)) or cue not in phrase:
        return None
    before = [w for w in WORD.findall(phrase[: phrase.index(cue)]) if w.lower() not in ARTICLES]
    if not before or not before[-1][:1].isupper():
        return None
    owner = before[-1]
    known = _name_cue(reg, owner)
    typed = (known[0], owner) if known and known[0] else _organisation(reg, text, [owner])
    if typed is None or typed[0] in (None, "media", "citizen", "anonymous"):
        return None
    return Source(typed[0], None, typed[1])


def _association_board(reg: Registry, phrase: str, text: str, cue: str) -> bool:
    """Whether a company's weak office that associations share ("Vorstandsvorsitzende", "Geschäftsführer")
    with only a name beside it belongs to the association that is the subject of its sentence or the one
    before ("Die ÖPA erinnerte an … . …, betonte Vorstandsvorsitzende Evelyn Martin" after "Die
    Österreichische Plattform für Alleinerziehende (ÖPA)"): the subject's first word after its article,
    typed by the registry or by the words the article puts beside it."""
    words = [w for w in WORD.findall(phrase) if w.lower() not in ARTICLES]
    if not words or words[0] != cue or strong_cue(cue) or not all(NAME_WORD.fullmatch(w) for w in words[1:]):
        return False
    start = text.find(phrase)
    if start < 0 or len(words) < 2:
        return False
    for sentence in _sentences_before(text, start, SUBJECT_SENTENCES)[::-1]:
        subject = next((w for w in WORD.findall(sentence) if w.lower() not in ARTICLES), "")
        if not subject[:1].isupper():
            continue
        hits = [h for h in _hits(reg, subject) if h.type and h.strong]
        if not hits and is_known_de(subject.lower()):
            continue  # "Gerade Alleinerziehende können …": a word, no organisation's name
        typed = (hits[0].type, hits[0].cue) if hits else _organisation(reg, text, [subject])
        if typed and typed[0] in EMPLOYERS:
            return typed[0] == "civil_society"
    return False


def _unknown_owner(reg: Registry, text: str, cue: str) -> bool:
    """Whether the article binds a party office of no party by the genitive to a name that the registry
    does not know ("Julian Fürholzer, Landesvorstand der JBN"): parties are registered, so an unknown
    one is an association's ([compounds] shared_offices); not "Landesvorsitzender der CDU"."""
    if cue.lower() not in reg.shared_offices:
        return False
    match = re.search(rf"(?<![\w-]){re.escape(cue)}\s+(?:der|des)\s+([A-ZÄÖÜ][\w-]*)", text)
    return match is not None and not _hits(reg, match.group(1))


PANEL_SENTENCES: Final = 3  # the sentence of a court's panel and the two before it


def _court_panel(reg: Registry, phrase: str | None, text: str) -> bool:
    """Whether a bare panel word ([panels]: "der Senat") is a court's: a court is named in the sentence
    of its first mention or the two before it ("Das OLG wies … zurück. … bewertete der Senat"), and
    no word of the article holds the panel word but its own forms and courts' heads ("Zivilsenat"):
    "Senatorin", "Senatsverwaltung", "US-Senat" keep the senate a city state's or a parliament's. The
    ordinal that numbers a panel belongs to it ([panels] ordinals: "der Zweite Senat", "der 3. Senat")."""
    words = [w for w in WORD.findall(phrase or "") if w.lower() not in ARTICLES]
    words = [w for w in words if not _panel_ordinal(reg, w)]
    if len(words) != 1:
        return False
    stem = next((f for f in _forms(words[0].lower()) if f in reg.panels), None)
    start = _whole_word(text, words[0]) if stem else None
    if stem is None or start is None:
        return False
    for word in set(_words_of(text)):
        lower = word.lower()
        if stem in lower and stem not in _forms(lower):
            cue = _head_cue(reg, lower, word)
            if cue is None or cue[0] != "court":
                return False
    before = _sentences_before(text, start, PANEL_SENTENCES)
    return any(hit.type == "court" and hit.strong for sentence in before for hit in _hits(reg, sentence))


PANEL_NUMBER: Final = re.compile(r"\d{1,2}\.")  # "der 3. Senat"
# "dem Zweiten Senat", "Zweiter Senat": the ordinal's inflections
ORDINAL_ENDINGS: Final = ("n", "r", "m", "s")


def _panel_ordinal(reg: Registry, word: str) -> bool:
    """Whether a word numbers a court's panel: an ordinal of [panels] ordinals in any inflection ("Zweiten")
    or a number with its full stop ("3.")."""
    lower = word.lower()
    stem = lower[:-1] if lower.endswith(ORDINAL_ENDINGS) else lower
    numbered = PANEL_NUMBER.fullmatch(word) is not None
    return numbered or lower in reg.panel_ordinals or stem in reg.panel_ordinals


def _aged_in_section(reg: Registry, found: Source, url: str | None, text: str) -> bool:
    """Whether a citizen's only cue is an age ("46-Jährige"), an origin ("der Spanier") or a person with no
    role ("die junge Frau", "Freundin"; src40) in an article about sport, or an age, an origin or a family
    role ("Ehemann") on a site named for sport or celebrities
    ("vipflash.de") or on a page of a
    section whose people the convention types `other` (the path before the page's own name:
    "/sport/hsv/…", "/unterhaltung/promis/…", "/Tennis-International/…"): an athlete, a coach or an
    entertainer, not a private person."""
    cue = (found.cue or "").lower()
    said = reg.age_cues | reg.origins  # "46-Jährige", "der Spanier"
    person = cue in reg.section_persons  # "Frau": in sport the athlete, on a celebrity page anyone
    origin = _place(reg, found.cue or "")  # "aus Äthiopien" after a name (src41)
    if (
        not person
        and not origin
        and not any(cue == age or cue.endswith("-" + age) for age in said)
        and cue not in reg.kin
    ):
        return False
    if cue not in reg.kin and _about_sport(reg, text):
        return True
    if not url or person:
        return False
    sections = url_path(url).strip("/").split("/")[:-1]  # the last part names the page itself
    if any(part in reg.other_sections for section in sections for part in HYPHENS.split(section)):
        return True
    site = site_name(url) or ""  # "vipflash", "sport1": a site named for sport or celebrities
    return any(part.startswith(reg.other_section_starts) for part in HYPHENS.split(site.lower()))


SPORT_WORDS: Final = 3  # different words of sport that make an article one about sport


def _changed_name(reg: Registry, phrase: str, text: str) -> str | None:
    """What the bracket after the speaker's name says where it says the outlet changed the name
    ([context] pseudonyms: "Auch Andrij und Maxym (Namen von der Redaktion geändert) haben bei Bachmut
    gekämpft"): a private person, whatever role the article gives them ("der Soldat Andrij"); None
    otherwise (src40)."""
    name = _name_in(phrase)
    return _changed_names(reg.pseudonyms, text).get(name.split()[-1]) if name else None


# the capitalised words right before a bracket, joined by commas or "und" ("Andrij und Maxym (…)")
NAMES_BEFORE_BRACKET: Final = re.compile(r"[A-ZÄÖÜ][\w’'-]*(?:(?:,? | und )[A-ZÄÖÜ][\w’'-]*)*\s*$")
BRACKET_NAMES_WINDOW: Final = 80  # characters before a bracket read for the names it is about


@lru_cache(maxsize=4)  # asked once per typed quote, answered once per article
def _changed_names(pseudonyms: tuple[str, ...], text: str) -> dict[str, str]:
    """Each name word right before a bracket that says the outlet changed the name, with what it says."""
    names: dict[str, str] = {}
    start = text.find("(")
    while start >= 0:
        end = text.find(")", start)
        if end < 0:
            break
        said = text[start + 1 : end]
        if " ".join(said.lower().rstrip(".").split()) in pseudonyms:
            before = NAMES_BEFORE_BRACKET.search(text, max(0, start - BRACKET_NAMES_WINDOW), start)
            for word in before.group(0).replace(",", " ").split() if before else ():
                names.setdefault(word, said)
        start = text.find("(", start + 1)
    return names


def _sports_official(reg: Registry, found: Source, text: str) -> bool:
    """Whether a civil-society cue is an association's or club's office ("Weltverband", "Klub", also in the
    genitive, "HSV-Präsident") in an article about sport (``SPORT_WORDS`` different words of sport, also as a
    compound's end): a sports official, whom the convention types `other`."""
    cue = HYPHENS.split((found.cue or "").lower())[-1]
    office = any(form.endswith(reg.sport_offices) for form in _forms(cue))  # "des Sportclubs" (src27)
    return bool(cue) and office and _about_sport(reg, text)


def _bare_office(reg: Registry, cue: str) -> bool:
    """Whether a weak office names no one's but, at most, a past or a sport's ("Präsident",
    "Ex-Präsident", "Liga-Präsident"; not "US-Präsident")."""
    modifiers = HYPHENS.split(cue.lower())[:-1]
    return all(part in reg.former or part.endswith(reg.sport) for part in modifiers)


def _school_role(reg: Registry, found: Source, text: str) -> str | None:
    """The type of a school's role ([schools]): in an article that names a private school ("Sie ist eine
    Privatschule") its staff ("Lehrer", "Rektorin", "Schulleiter") speak for a business; elsewhere the head
    of a school typed a citizen is a public school's, an authority's. None for any other role."""
    cue = HYPHENS.split((found.cue or "").lower())[-1]
    forms = (cue, *_forms(cue)) if cue else ()
    if not any(form in reg.school_staff or form in reg.school_heads for form in forms):
        return None
    lower = text.lower()
    if any(form in reg.school_staff for form in forms) and any(word in lower for word in reg.private_schools):
        return "business"
    if found.type == "citizen" and any(form in reg.school_heads for form in forms):
        return "authority"
    return None


def _about_sport(reg: Registry, text: str) -> bool:
    """Whether an article is about sport: ``SPORT_WORDS`` different words of sport in it."""
    return _sport_words_in(reg.sport, text)


@lru_cache(maxsize=4)  # asked once per typed quote, answered once per article
def _sport_words_in(sport: tuple[str, ...], text: str) -> bool:
    # only the words of sport whose traces the lower-case text holds can end a word's form: fewer
    # than ``SPORT_WORDS`` of them, and no word need be read (speed round 38: 38 of 44 calls on
    # 300 gnad1000 articles)
    lower = text.lower()
    present = tuple(head for head, traces in _head_traces(sport) if any(trace in lower for trace in traces))
    if len(present) < SPORT_WORDS:
        return False
    seen: set[str] = set()
    # each capitalised word once (in text order), and its forms read head by head only where one of
    # them ends in a word of sport at all (one C call for all the heads)
    for word in dict.fromkeys(_words_of(text)):
        if word[:1].isupper():
            # "Mannschaft." at a sentence's end
            forms = [form for form in _forms(word.rstrip(".").lower()) if form.endswith(present)]
            if not forms:
                continue
            seen.update(head for form in forms for head in present if form.endswith(head))
            if len(seen) >= SPORT_WORDS:
                return True
    return False


TRACED_HEADS: Final = 64  # sets of heads whose traces are remembered: sport, unnamed users, devices, nouns


@lru_cache(maxsize=TRACED_HEADS)
def _head_traces(heads: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each head (a word of sport, an unnamed user's noun, a device, a noun's form) with what a lower-case
    word holds when one of its forms (``_forms_uncached``) ends in it. A form is the word, the stem before
    one of ``ENDINGS`` with what replaces it, or the stem before one of ``UMLAUT_PLURALS`` with its last
    vowels' umlaut undone: so the word holds the head, or, where it ends in a replacement its ending does
    not begin with ("e" for "-in"), the part before it ("finale" → "final"), each of its vowels a, o, u
    perhaps with the umlaut ("pokal" → "pokal", "pokäl")."""
    umlauted = {plain: umlaut for umlaut, plain in UMLAUTS.items()}
    added = {new for ending, new in ENDINGS if new and not ending.startswith(new)}
    traces = []
    for head in heads:
        kept = {head} | {head[: -len(new)] for new in added if head.endswith(new)}
        if any(new.endswith(head) for new in added):  # all of it a replacement: any word may end so
            kept.add("")
        kept = {part for part in kept if not any(other in part for other in kept - {part})}
        spellings = []
        for part in sorted(kept):
            letters = [(letter, umlauted[letter]) if letter in umlauted else (letter,) for letter in part]
            spellings += ["".join(spelling) for spelling in itertools.product(*letters)]
        traces.append((head, tuple(spellings)))
    return tuple(traces)


@lru_cache(maxsize=TRACED_HEADS)
def _traces_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    """Every trace of the heads (``_head_traces``) in one pattern: where it finds none in a lower-case
    text, no form of any word of the text ends in one of them (an empty trace finds one everywhere)."""
    spellings = {spelling for _, traces in _head_traces(heads) for spelling in traces}
    return re.compile("|".join(re.escape(spelling) for spelling in sorted(spellings, key=len, reverse=True)))


def site_name(url: str) -> str | None:
    """The name a website's address gives its publisher: the label before the top-level domain
    ("https://www.lbv.de/news/…" is "lbv"); None for an address without one."""
    labels = url_host(url).split(".")
    return labels[-2] if len(labels) >= 2 and labels[-2] else None


def _publisher(reg: Registry, text: str, url: str) -> tuple[str, str] | None:
    """(type, cue) of the organisation whose own page the article is: the site's name written in the
    article as an abbreviation ("lbv.de" and "LBV", "thw.de" and "THW", at least ``ABBREVIATION_MIN``
    letters), typed by the registry ("THW" is authority) or by the words the article puts beside it
    ("vom bayerischen Naturschutzverband LBV"); only an organisation's type (``OFFICES``): a news
    site's own people are its reporters, and a name the site shares with a person or place is no
    organisation's. None otherwise."""
    name = site_name(url)
    if not name or len(name) < ABBREVIATION_MIN:
        return None
    written = name.upper()
    if _whole_word(text, written) is None:
        return None
    own = classify(written)
    if own is not None and own.cue and strong_cue(own.cue) and own.type in OFFICES:
        return own.type, own.cue
    found = _organisation(reg, text, [written])
    return found if found and found[0] in OFFICES else None


def _titled(found: Source, phrase: str) -> bool:
    """Whether a speaker phrase is a person's name with a weak cue beside it that is no office and no
    other cue ("Dr. Markus Steilemann", "Ko-Autor Nopphol Witvorapong"): a title or profession says what
    the person is, the role the article gives them whom they speak for ("…, Vorstandsvorsitzender
    Covestro", "… von der Chulalongkorn University")."""
    if not found.cue or strong_cue(found.cue) or found.party:
        return False
    if found.type in OFFICES and not (found.type == "business" and noun_kind(found.cue)[0] != "role"):
        return False  # a weak office ("Vorstand Jens Bischof") is read as before
    name = _role_free_name(found, phrase)
    return name is not None and found.cue not in name.split() and name.split()[-1] != found.cue


def _role_free_name(found: Source, phrase: str) -> str | None:
    """The name in a speaker phrase without the weak role noun the cue found before a surname ("Rektor
    Eichlseder" is Eichlseder, named in full elsewhere)."""
    name = _name_in(phrase)
    if name is not None and len(name.split()) > 1 and name.split()[0] == found.cue:
        return name.split(" ", 1)[1]
    return name


# a profession or an age: what, not whom, a role noun says
ROLE_NOUN_TYPES: Final = frozenset({"expert", "citizen"})
# offices, and "other" from a cue: a sports role ("der 22-jährige Mittelfeldspieler")
NAMED_ROLE_TYPES: Final = frozenset(
    {"government", "parliament", "authority", "court", "business", "civil_society", "other"}
)
ROLE_NOUN_MIN: Final = 5  # shorter role nouns ("Arzt") are too often the end of unrelated compounds
ROLE_NOUN_MENTIONS: Final = 3  # fuller roles read in the article
ROLE_PHRASE_CHARS: Final = 120  # characters after a fuller role read for its name and employer


def _named_role(phrase: str, text: str, found: Source) -> Source | None:
    """A bare role noun ("der Ökonom", "die Forscherin", "der 31-Jährige") stands for the person the
    article gives the same role in full: the noun as a compound's head with its employer
    ("Butterfill ist Chefökonom des Finanzdienstleisters ETF Securities"), the same age before an
    office ("Ein 31-jähriger Polizist"). That role's type when it is an office other than the noun's;
    None when the article writes no such role (a profession alone says what the person knows)."""
    words = [w for w in WORD.findall(phrase) if w.lower() not in ARTICLES]
    if len(words) != 1 or len(words[0]) < ROLE_NOUN_MIN:
        return None
    noun = words[0]
    age = re.fullmatch(rf"(\d{{1,3}})-{AGE_WORD}n?", noun)  # "der 31-Jährige"
    if age:
        fuller = re.compile(rf"\b{age.group(1)}-{AGE_WORD.lower()}[mnrs]?\s+(?=[A-ZÄÖÜ])")
    elif noun.lower() not in text and f"-{noun}" not in text:
        return None  # no compound with the noun as its head: spares compiling and a whole-text search
    else:
        fuller = re.compile(rf"\b(?:\w+{re.escape(noun.lower())}|[\w-]+-{re.escape(noun)})(?![\w-])")
    for match in itertools.islice(fuller.finditer(text), ROLE_NOUN_MENTIONS):
        role = _role_phrase(text, match.end())
        named = role or _person_before().search(
            text, max(0, match.start() - ROLE_PHRASE_CHARS), match.start()
        )
        typed = classify(match.group(0) + role) if named else None  # "ein Sanitäter da": nobody's role
        if typed and typed.type in NAMED_ROLE_TYPES and typed.type != found.type and strong_cue(typed.cue):
            return Source(typed.type, typed.party or found.party, typed.cue)
    return None


REFERENT_CHARS: Final = 600  # characters before a bare person noun searched for the person it stands for
# a name written in full: a capitalised given name (or a word no list knows) and a surname
FULL_NAME: Final = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüßéèáíó]+) ([A-ZÄÖÜ][\w’'-]+)(?![\w-])")
# what makes a person noun another's role or its organisation's: a name or a genitive right after it
ROLE_OF_NEXT: Final = re.compile(r",? (?:[A-ZÄÖÜ]|des |der |von |vom )")


def _referent_role(reg: Registry, phrase: str, text: str, found: Source | None) -> Source | None:
    """The office of the person a bare person noun with its definite article stands for: the nearest person
    named in full before its first such mention whose given name agrees in gender ("…, sagte Eliane
    Steinmeyer. … beruhigt die Chefin", "berichtet die 50-Jährige", "sagt die Branchenkennerin": the
    Großmarkt's managing director is `business`). Read for a noun of no type that names no one's
    organisation ("Chefin"; not a spokesperson, whose organisation decides), a profession that is the
    noun itself ("Branchenkennerin") and an age or origin ("die 50-Jährige", "der Franzose"); not where a
    name or genitive follows the noun ("der Leiter, Dieter K.", "Chef der Dokumentation"), which others
    read; the person is named before the noun's first use in any form ("gegen den 39-Jährigen" before
    "Laut Richter X Y"), more than once, and gives an office by a cue that is no place and no
    spokesperson's (a spokesperson is named as one again) (src27)."""
    words = [w for w in WORD.findall(phrase) if w.lower() not in ARTICLES]
    if len(words) != 1 or words[0][:1].islower():
        return None
    noun, cue = words[0], (found.cue or "") if found else ""
    parts = cue.lower().split("-")  # the cue and each end of it after a hyphen: "50-jährige", "jährige"
    aged = any(
        end in reg.age_cues or end in reg.origins for end in ("-".join(parts[i:]) for i in range(len(parts)))
    )
    own = found.type if found is not None else "other"
    readable = {"other": not cue, "citizen": aged}  # no cue; an age or origin, not "Sohn" or "Täter"
    readable.update(dict.fromkeys(PROFESSIONS, cue == noun))  # the noun itself, not "Ökonom des X"
    readable["parliament"] = cue == noun and _party_member(reg, found)  # "der CDU-Politiker" (src29)
    if not readable.get(own, False) or _spokesperson(reg, noun):
        return None  # an office of its own, or a spokesperson, whose organisation decides
    mention = _definite_mention(text, noun)  # "die", "die neue"
    if mention is None or ROLE_OF_NEXT.match(text, mention[0] + len(noun)):
        return None
    gender = ROLE_INSIDE_GENDER[mention[2].lower()]
    if not aged and noun_kind(noun) != ("role", gender):
        return None  # "die Experten": a plural
    stem = noun[:-1] if noun.endswith("e") else noun  # "den 39-Jährigen" before "Der 39-Jährige"
    used = _word_opening(text, stem)
    first = min(mention[1], used if used is not None else mention[1])
    party = found.party if found is not None and own == "parliament" else None
    member = _party_member_named(reg, text, first, gender, party) if party else None
    name = member or _antecedent(reg, text, first, gender)  # its antecedent is named before its first use
    if name is not None:
        typed = classify_in_text(name, text)
        if (
            typed is not None
            and (typed.type in OFFICES or (aged and _says_what(typed)))
            and typed.cue
            and not _place(reg, typed.cue)
            and not any(form.endswith(reg.spokesperson_endings) for form in _forms(typed.cue.lower()))
            and typed.type != (found.type if found else None)
        ):
            return Source(typed.type, typed.party or (found.party if found else None), typed.cue)
    return None


def _says_what(typed: Source) -> bool:
    """Whether a person's type at the name says what they do beyond the offices: a profession (`expert`,
    `media`) or an actor's, author's or athlete's role (`other` by a role noun: "Die Autorin und
    Schauspielerin Renan Demirkan"), which an age or origin standing for the person ("Der 64-Jährigen")
    yields to (src59)."""
    if typed.type in ("expert", "media"):
        return True
    return typed.type == "other" and bool(typed.cue) and noun_kind(typed.cue or "")[0] == "role"


def _antecedent(reg: Registry, text: str, first: int, gender: str) -> str | None:
    """The person a bare person noun first used at ``first`` stands for, as written in full: the nearest
    person named in full in the ``REFERENT_CHARS`` before it whose given name agrees in ``gender``, named
    more than once; else, where none is, the person named so earlier in the article whose surname alone is
    the nearest before it ("Der Bundesdrogenbeauftrage Hendrik Streeck … „…“, warnte Streeck. … sagte der
    CDU-Politiker": src29), unless a person of that gender named once in full comes after it; a name inside
    a quotation is another's words, not the antecedent (src59)."""
    written = [m for m in _full_names(text, first) if not _inside_quotation(text, m.start())]
    names = [m for m in written if _person_name(reg, text, m, gender)]
    start = max(0, first - REFERENT_CHARS)
    near = [m for m in names if m.start() >= start]
    if near:
        return near[-1].group(0)
    persons = {m.group(2): m.group(0) for m in names}
    last = max(
        (
            (p, s)
            for s in persons
            for p in _whole_words(text[start:first], s)
            if not _inside_quotation(text, start + p)
        ),
        default=None,
    )
    if last and any(  # a person of that gender named once in full after it ("Abwehrspieler Christopher Lenz")
        noun_kind(m.group(1)) == ("given", gender) and m.start() > start + last[0] for m in written
    ):
        return None
    return persons[last[1]] if last else None


def _full_names(text: str, end: int) -> list[re.Match[str]]:
    """Each given name and surname written in full (``FULL_NAME``) that ends by ``end``, read at every
    capitalised word, so that a role noun right before the given name does not take it for its own pair
    ("Bundeskanzlerin Angela Merkel": "Bundeskanzlerin Angela", then "Angela Merkel") (src59)."""
    found = []
    for start in CAPITALISED_AT.finditer(text, 0, end):
        match = FULL_NAME.match(text, start.start(), end)
        if match:
            found.append(match)
    return found


def _inside_quotation(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a quotation its paragraph opened before it (an odd number of straight
    marks, or a "„" or "»" not closed yet): a person named in another's words ("„Wie Jens Spahn angeschrien
    wird, ist unsäglich“, schrieb der SPD-Politiker") is not the one a noun after it stands for (src59)."""
    paragraph = text[text.rfind("\n", 0, position) + 1 : position]
    if paragraph.count('"') % 2:
        return True
    return paragraph.rfind("„") > paragraph.rfind("“") or paragraph.rfind("»") > paragraph.rfind("«")


# where a capitalised word starts: each place a name written in full may open
CAPITALISED_AT: Final = re.compile(r"(?<![\w-])[A-ZÄÖÜ]")
# a name written in full with a party in brackets right after it ("Reinhard Meyer (SPD)")
NAME_WITH_PARTY: Final = re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][a-zäöüßéèáíó]+) ([A-ZÄÖÜ][\w’'-]+) \(([^()\n]{1,20})\)"
)


def _party_member_named(reg: Registry, text: str, first: int, gender: str, party: str) -> str | None:
    """The person a party member's noun first used at ``first`` ("hob der SPD-Politiker hervor") stands for:
    the nearest person named in full with that ``party`` in brackets in the ``REFERENT_CHARS`` before it
    ("Wie Mecklenburg-Vorpommerns Verkehrsminister Reinhard Meyer (SPD) erklärte"), of a given name that
    agrees in ``gender`` or that no list knows, named once or more (src32)."""
    nearest = None
    for match in NAME_WITH_PARTY.finditer(text, max(0, first - REFERENT_CHARS), first):
        kind, person = noun_kind(match.group(1))
        if kind != "given" or person not in ("", gender):
            continue
        typed = classify(match.group(3))
        if typed is not None and typed.type == "parliament" and typed.party == party:
            nearest = f"{match.group(1)} {match.group(2)}"
    return nearest


def _person_name(reg: Registry, text: str, name: re.Match[str], gender: str) -> bool:
    """Whether a given name and a surname (``FULL_NAME``) name a person of ``gender`` (or of a given name no
    list knows) who is named more than once; not two words of the language ("Hamburger Großmarkt"), not a
    role or an organisation ("Der Weg")."""
    given, surname = name.groups()
    kind, person = noun_kind(given)
    if kind not in ("given", "") or noun_kind(surname)[0] or _hits(reg, given) or _hits(reg, surname):
        return False
    if kind != "given" and is_known_de(given) and is_known_de(surname):
        return False  # two words of the language, no name ("Hamburger Großmarkt")
    # a person of the other gender, or one named once only ("Laut Justizsprecher X Y")
    return person in ("", gender) and len(_surname_at(text, surname, 0, len(text), 2)) >= 2


# the offices of the state a party member's noun yields to when the person it stands for holds one (src124)
HELD_OFFICES: Final = frozenset({"government", "authority", "court"})


def office_over_party(found: Source | None, held: Source | None, person: str) -> Source | None:
    """The office of the state ``held`` by the ``person`` a party member's noun (``found``: "sagte der
    CDU-Politiker", "der Politiker") stands for, as the name's own phrase or another mention gives it
    ("Kanzleramtschef Helge Braun"): the convention types a person by the office held, by the party only
    where the article names none; None where the noun is no party member's, stands for an organisation
    ("Senat"), the person holds no such office or the article gives the person another party (src124)."""
    if held is None or held.type not in HELD_OFFICES or found is None or not _party_member(registry(), found):
        return None
    if noun_kind(person.split()[-1])[0] == "organisation":
        return None  # "so der Linken-Politiker" resolved to "Senat": no person's office
    if held.party and found.party and held.party != found.party:
        return None  # "der CDU-Politiker" resolved to "SPD-Verkehrsminister Reinhard Meyer"
    return Source(held.type, held.party or found.party, held.cue)


def party_member(found: Source | None) -> bool:
    """Whether ``found`` types a speaker only as a party's member ("der CDU-Politiker"): the cheap test
    before ``office_over_party`` reads the person's other mentions (src124)."""
    return _party_member(registry(), found)


def _office_over_party_alone(office: Source | None, party: Source) -> Source | None:
    """An office of the state (``HELD_OFFICES``) that another mention gives a person the first mention
    types by a party alone ("Gesundheitsminister Spahn" after "Jens Spahn (CDU)"), with that party; None for
    no such office or one of another party, another person's (round 133)."""
    if office is None or office.type not in HELD_OFFICES or (office.party and office.party != party.party):
        return None
    return Source(office.type, office.party or party.party, office.cue)


OFFICE_REACH: Final = 4  # words of an apposition before a name read for a later mention's office (round 133)


def _office_written_before(reg: Registry, text: str, start: int, name: str, cue: str) -> bool:
    """Whether the office ``cue`` is written right before the mention at ``start`` of the person ``name``:
    the word before the given names ("Gesundheitsminister Jens Spahn") or an apposition of at most
    ``OFFICE_REACH`` words set off by a comma ("Die Drogenbeauftragte der Bundesregierung, Daniela Ludwig"),
    and no past one ("der frühere Gesundheitsminister Spahn", "Ex-Minister Spahn"; ``_past_role``); not a
    word further off ("geht die Verkehrsverwaltung auf eine Forderung von Stefan Gelbhaar ein", "bei Moskau
    entschieden, in die Nawalny") nor another person's office ("Gesundheitsministerin Anna Spahn") (round
    133)."""
    before = text[max(0, start - 120) : start].split()
    given = name.split()[:-1]
    while before and before[-1] in given:
        before.pop()
    if not before or noun_kind(before[-1].strip(","))[0] == "given":
        return False
    reach = OFFICE_REACH if before[-1].endswith(",") else 1
    for index in range(len(before) - 1, max(-1, len(before) - 1 - reach), -1):
        if cue.split()[0].lower() in before[index].lower():
            return not _past_role(reg, before[index - 1] if index else "", before[index])
    return False


def party_alone(found: Source | None) -> bool:
    """Whether ``found`` types a speaker by a party alone: the party in brackets ("Markus Söder (CSU)") or a
    member's noun ("der CSU-Politiker"), no office of the party or the state ("CSU-Chef") (round 129)."""
    reg = registry()
    if found is None or found.type != "parliament" or not found.cue:
        return False
    hits = _hits(reg, found.cue)
    return _party_member(reg, found) or (bool(hits) and all(hit.type is None for hit in hits))


def party_office(found: Source | None) -> bool:
    """Whether ``found`` types a speaker by one office of a party ("CSU-Chef", "CDU-Vorsitzende"), no
    member's noun ("CSU-Politiker") or seat ("SPD-Landtagsabgeordnete") (round 139)."""
    reg = registry()
    if found is None or found.type != "parliament" or not found.cue or _party_member(reg, found):
        return False
    hits = _hits(reg, found.cue)
    return len(hits) == 1 and _party_office(reg, hits[0])


def _party_member(reg: Registry, found: Source | None) -> bool:
    """Whether a speaker typed by a party is named only as its member ([compounds] party_members: "der
    CDU-Politiker", "die Politikerin"), no party office ("der CDU-Chef"): an office the article gives the
    person decides over it, as over the party named beside the office ("Der Bundesdrogenbeauftragte
    Hendrik Streeck (CDU)") (src29)."""
    cue = (found.cue or "").lower() if found is not None and found.type == "parliament" else ""
    return bool(cue) and any(form.endswith(reg.party_members) for form in _forms(cue))


# the article of a definite mention ("der", "die") and the adjectives between it and the noun ("neue")
DEFINITE_MENTION_ARTICLES: Final = frozenset({"der", "Der", "die", "Die"})
ADJECTIVE_OPENINGS: Final = frozenset("abcdefghijklmnopqrstuvwxyzäöü")


def _definite_mention(text: str, noun: str) -> tuple[int, int, str] | None:
    r"""(noun position, start, article) of the first mention of ``noun`` as a whole word after "der" or
    "die" and lower-case words in "-e" or "-en" ("die neue Chefin"), as the search of
    ``(?<![\w-])([Dd]er|[Dd]ie) (?:[a-zäöü][\w-]*(?:e|en) )*NOUN(?![\w-])`` finds it, for a noun that
    opens with no lower-case letter; without compiling a pattern per noun or running one from every
    character: the noun's places are found with ``str.find`` and the words before each read back."""
    best: tuple[int, int, str] | None = None
    position = text.find(noun)
    while position >= 0:
        if not WORD_GOES_ON.match(text, position + len(noun)):
            opened = _article_before(text, position)
            if opened is not None and (best is None or opened[0] < best[1]):
                best = (position, *opened)
        position = text.find(noun, position + 1)
    return best


def _article_before(text: str, position: int) -> tuple[int, str] | None:
    """(start, article) of the earliest "der"/"die" from which single spaces and lower-case words in
    "-e"/"-en" lead to ``position``, or None."""
    found = None
    while position > 0 and text[position - 1] == " ":
        end = start = position - 1
        while not WORD_OPENS.match(text, start):
            start -= 1
        word = text[start:end]
        if word in DEFINITE_MENTION_ARTICLES:
            found = (start, word)  # "die" may also be an adjective of an earlier "der" ("der die …")
        if not (word[:1] in ADJECTIVE_OPENINGS and word[1:].endswith(("e", "en"))):
            break
        position = start
    return found


def _word_opening(text: str, word: str) -> int | None:
    r"""The first place of ``word`` with no letter, digit or hyphen before it (``(?<![\w-])word``)."""
    position = text.find(word)
    while position >= 0 and not WORD_OPENS.match(text, position):
        position = text.find(word, position + 1)
    return position if position >= 0 else None


AUTHOR_SENTENCES: Final = 3  # sentences holding a bare author's noun read for the work they wrote


def _research_author(reg: Registry, phrase: str, text: str, found: Source) -> Source | None:
    """A bare author's noun ([senses] authors: "die Autoren") in a sentence that names a research work
    ([senses] research_works: "In einer Studie der Medienanstalt … schlussfolgern die Autoren") is the
    work's researchers, experts (as "die Autoren der Studie" are); else an author of books and essays keeps
    the type the noun gives (``other``); None then, and for a noun beside a name ("Autorin Anna Roth",
    read with the article) (src25: dev9)."""
    words = [w for w in WORD.findall(phrase) if w.lower() not in ARTICLES]
    cue = found.cue or ""
    if words != [cue] or not any(form.endswith(reg.authors) for form in _forms(cue.lower())):
        return None
    for position in itertools.islice(_whole_words(text, cue), AUTHOR_SENTENCES):
        start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1
        ends = [i for i in (text.find(". ", position), text.find("\n", position)) if i >= 0]
        for word in WORD.findall(text[start : min(ends, default=len(text))]):
            if word[:1].isupper() and any(form.endswith(reg.research_works) for form in _forms(word.lower())):
                return Source("expert", found.party, word)
    return None


@cache
def _person_before() -> re.Pattern[str]:
    """A name and a comma or copula right before a role ("Butterfill ist Chefökonom …")."""
    return re.compile(rf"[A-ZÄÖÜ][\w’'-]+(?:,|{'|'.join(' ' + c.strip() for c in COPULAS)})\s+$")


def _role_phrase(text: str, start: int) -> str:
    """The capitalised words from ``start`` and the employer after them ("Polizist Bernhard H.",
    " des Finanzdienstleisters ETF Securities"), up to the first other lower-case word or break."""
    rest = text[start : start + ROLE_PHRASE_CHARS]
    rest = rest[: min((rest.find(c) for c in NAME_BREAKS if c in rest), default=len(rest))]
    kept: list[str] = []
    for word in WORD.findall(rest):
        if not (word[:1].isupper() or word.lower() in EMPLOYED):
            break
        kept.append(word)
    return " ".join(("", *kept)) if kept else ""


def _state_office_given(reg: Registry, phrase: str, text: str, found: Source) -> Source | None:
    """The state office the article gives a person at the first mention in full whom the speaker phrase
    names by a party office ("sagte ÖVP-Chef Mitterlehner" after "Vizekanzler und ÖVP-Obmann Reinhold
    Mitterlehner"): an office held now beats the party (benchmarks/gold/README.md, the source-type
    convention); an office of no party only where it is the head of that compound ("Senatorin Kalayci" after
    "Gesundheitssenatorin Dilek Kalayci", src123); None where the phrase names nobody or that mention gives no
    government office."""
    name = _role_free_name(found, phrase)
    if not name or name == phrase or found.cue in name.split():
        return None  # the party office alone ("der ÖVP-Chef"), or no name beside it
    mention = _first_mention(text, name)
    if mention is None or text[mention[0] : mention[1]] == name:
        return None  # the name as written in the phrase is no fuller mention
    role = _role_at(reg, text, mention[0], mention[1], found.party)
    if role is None or role.weak or role.source.type != "government":
        return None
    if not found.party and not _heads_compound(found.cue or "", role.source.cue or ""):
        return None  # "Abgeordneter Müller" after "Minister und Abgeordneter Gerd Müller": read as before
    return Source("government", found.party, role.source.cue)


def _heads_compound(head: str, compound: str) -> bool:
    """Whether ``head`` is the last part of the longer ``compound``: "Senatorin" of "Gesundheitssenatorin"."""
    return len(compound) > len(head) > 0 and compound.lower().endswith(head.lower())


def _owned_role(reg: Registry, phrase: str, text: str, found: Source) -> Source | None:
    """A bare weak office ("die neue Präsidentin") takes the type the article gives the same role where it
    names its organisation with it ("zur neuen Caritas-Präsidentin", "Präsidentin des Deutschen
    Caritasverbandes"): the first of ``MENTIONS`` such mentions with a strong cue of another type."""
    cue = found.cue or ""
    named = [w for w in WORD.findall(phrase) if w[:1].isupper() and w.lower() not in ARTICLES]
    if named != [cue] or found.type not in OWNED_ROLES:  # an office, not "Mitarbeiter" or "Bericht"
        return None  # a name or another word beside the role: read as before
    pattern = re.compile(r"(?<![\w-])[\w-]*" + re.escape(cue) + r"(?:\s+(?:des|der)(?:\s+[\w-]+){1,4})?")
    for match in itertools.islice(pattern.finditer(text), MENTIONS):
        if match.group(0) == cue:
            continue
        owned = classify(match.group(0))
        if (
            owned
            and owned.type != found.type
            and owned.type not in ORGANISATION_SKIPPED
            and strong_cue(owned.cue)
        ):
            return Source(owned.type, found.party or owned.party, owned.cue)
    return None


def _office_named_elsewhere(phrase: str, text: str, found: Source, url: str | None) -> Source | None:
    """A weak office before a name ("Präsidentin Rita Famos betonte …") is the office the article gives
    the same person with its organisation at another mention ("dankte der Präsidentin der EKS, Rita
    Famos"): the type the name alone takes in the article where it is read by the same office word and
    differs (src39); None where the phrase names nobody beside the office or the name's own reading
    rests on another cue."""
    name = _role_free_name(found, phrase)
    if (
        found.type not in OWNED_ROLES
        or found.party
        or not name
        or name == phrase
        or found.cue in name.split()
    ):
        return None
    given = _in_text(name, text, None, None, url)
    if given is None or given.cue != found.cue or given.type == found.type:
        return None
    return Source(given.type, given.party, given.cue)


CONTEXT_MIN: Final = 2  # different words of one type around an unknown name that type it
CONTEXT_HEAD: Final = 5  # a context word this long counts at the end of a compound too ("Quartals|umsatz")


def _typed_by_words_around(reg: Registry, text: str, name: str) -> tuple[str, str] | None:
    """(type, words) of a name the article never gives a person's given name or a role and that is no
    German word or abbreviation, from the words of the sentences that name it ("Quantexa steigerte den
    Umsatz im dritten Quartal, die Aktie legte zu" is business): at least ``CONTEXT_MIN`` different
    context words of one type and more than of any other; None otherwise."""
    if not reg.context or not name[:1].isupper() or name.isupper() or is_known_de(name.split()[-1]):
        return None  # "Hacker", "Antrag" are words, "ROG" a body of any kind: no company by the words around
    return _context_type(reg, text, name)


def _context_type(reg: Registry, text: str, name: str) -> tuple[str, str] | None:
    """(type, words) from the context words of the sentences that name ``name`` (see
    ``_typed_by_words_around``)."""
    found: dict[str, set[str]] = {}
    for position in itertools.islice(_whole_words(text, name), MENTIONS):
        start = max(text.rfind(mark, 0, position) for mark in ".!?\n")
        ends = [i for i in (text.find(mark, position + len(name)) for mark in ".!?\n") if i >= 0]
        for word in WORD.findall(text[start + 1 : min(ends, default=len(text))]):
            cue = _context_word(reg, word)
            if cue:
                found.setdefault(reg.context[cue][0], set()).add(cue)
    ranked = sorted(found.items(), key=lambda item: len(item[1]), reverse=True)
    if (
        not ranked
        or len(ranked[0][1]) < CONTEXT_MIN
        or (len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]))
    ):
        return None
    return ranked[0][0], " ".join(sorted(ranked[0][1]))


def _context_word(reg: Registry, word: str) -> str | None:
    """The context entry a word is (with its plural or genitive ending), or ends in (entries of
    ``CONTEXT_HEAD`` letters or more): nouns are listed capitalised and match capitalised words only
    ("Umsatz", "Quartalsumsatz"), verbs in lower case ("berichtete"; "unternehmen" is no "Unternehmen")."""
    noun = word[:1].isupper()
    for form in _forms(word.lower()):
        entry = reg.context.get(form)
        if entry and entry[1] == noun:
            return form
        for start in range(1, len(form) - CONTEXT_HEAD + 1) if noun else ():
            entry = reg.context.get(form[start:])
            if entry and entry[1]:
                return form[start:]
    return None


INTRODUCED_SENTENCES: Final = 3  # the sentence of a person's first mention and the two before it
BOUND_AFTER: Final = DEFINITE_GENITIVES | AFFILIATION  # "Leiter der Abteilung", "Leiterin bei der FES"
QUOTE_CLOSED: Final = re.compile(r"[“”\"»«]\s*,")  # a quotation closed before "…“, sagte X"


def _introduced(reg: Registry, text: str, start: int, role: str, url: str | None = None) -> Source | None:
    """A person first named as a spokesperson or staff of no one ([generic] spokespeople: "Pressesprecher
    Steven McNamara", "Projektleiter Stephan Ulamec"; src42) speaks for the organisation named just before
    ("Die Billigfluggesellschaft Ryanair erwägt …"), as a bare "die Sprecherin" does, not for the article's
    own outlet (``url``: "Im Abendblatt-Blog können Sie … nachlesen" on abendblatt.de points the reader to
    it; src38); None without such a role (a "Chef" or "Vertreter" may belong to anyone), and for a role
    bound to what follows it by a genitive or "bei", "von" ("Leiter der Abteilung … bei der FES",
    "Direktorin des Kluge-Zentrums": whose it is, said after) or itself a genitive ("Angaben des
    künstlerischen Leiters": no one named; src42). A genitive that names only a unit of an organisation
    ([generic] units: "der Leiter des Bereichs Primärtechnik, Florian Witt" after "Der Versorger bedankte
    sich …") binds the role to no one: the organisation is still the one named before (src44)."""
    words = [word.strip(",;()") for word in role.split()]
    if not any(
        _spokesperson(reg, word) and not word.endswith("s") and not _bound_role(reg, words[number + 1 :])
        for number, word in enumerate(words)
    ):
        return None
    own = site_name(url) if url else None
    sentences = _sentences_before(text, start, INTRODUCED_SENTENCES)
    closed = list(QUOTE_CLOSED.finditer(sentences[-1]))  # "… dem THW für den Einsatz", sagte der Leiter
    if closed:
        sentences[-1] = sentences[-1][closed[-1].end() :]  # the quote introduces no one
    return named_before(sentences[::-1], own)


def _bound_role(reg: Registry, after: list[str]) -> bool:
    """Whether the words after a role say whose it is: a genitive or "bei", "von" right after it ("Leiter der
    Abteilung … bei der FES"), unless the genitive names a unit of an organisation and no genitive or "bei",
    "von" follows ("Leiter des Bereichs Primärtechnik"; "Leiter der IT-Abteilung der Schule" is not)."""
    if not after or after[0].lower() not in BOUND_AFTER:
        return False
    unit = len(after) > 1 and after[0].lower() in DEFINITE_GENITIVES and after[1].lower().endswith(reg.units)
    return not unit or any(word.lower() in BOUND_AFTER for word in after[2:])


MEDIA_NAME: Final = ("type", "media")
NAME_ARTICLES: Final = frozenset({"Der", "Die", "Das", "The"})  # an article a medium's name may carry


def names_medium(phrase: str) -> bool:
    """Whether ``phrase`` (the words inside quotation marks) is a medium's name the registry lists
    ([types.media] names), also declined after an article ("der „Rheinischen Post“") or with the article
    inside the marks ("„Die Welt“"): the medium's name, no one's words (speaker round 96)."""
    words = tuple(phrase.split())
    if not words or len(words) > 5:
        return False
    reg = registry()
    if reg.names.get(words) == MEDIA_NAME or reg.phrases.get(tuple(w.lower() for w in words)) == "media":
        return True  # "Welt am Sonntag"; "Die Zeit" as a phrase ("die Zeit" is also the time)
    if words[0] in NAME_ARTICLES and len(words) > 1:
        words = words[1:]
    return MEDIA_NAME in (reg.names.get(words), reg.names.get((_uninflected(words[0]), *words[1:])))


def strong_cue(cue: str | None) -> bool:
    """Whether a source cue decides on its own ("Konzernchef", "Commerzbank"), not only when nothing
    else does ("Chefökonom", "Präsident")."""
    return bool(cue) and any(hit.strong and (hit.type or hit.party) for hit in _hits(registry(), cue or ""))


def generic_role(phrase: str) -> bool:
    """Whether a speaker phrase is a role of no type with nothing typed beside it ("eine Sprecherin",
    "der Vertreter", "Ein Porschesprecher"): whom it speaks for is named elsewhere."""
    reg = registry()
    words = [w for w in WORD.findall(phrase) if w[:1].isupper() and w.lower() not in ARTICLES]
    if not words or "-" in words[-1] or _hits(reg, phrase):
        return False  # "Ein Clinton-Sprecher": the modifier says whom, though the registry does not know it
    cue = _head_cue(reg, words[-1].lower(), words[-1])
    return cue is not None and cue[0] is None and cue[3] is None


_Listed = tuple[str, str, str]  # a listed politician: (full name, type, legislature or office)


def _politicians() -> dict[str, list[_Listed]]:
    """The listed politicians by surname: (full name, type, legislature or office) (``POLITICIANS``, then
    ``PREMIERS``, then ``EXECUTIVES``, whose full name replaces the same full name of a list before: "Olaf
    Scholz" is the federal chancellor, not Hamburg's mayor; each list with the user's rows after its own)."""
    return _politician_lists()[0]


def _heads() -> dict[str, _Listed | None]:
    """Each head of government or state (``EXECUTIVES``) by full name, with the entry of a list before that
    it replaced ("Angela Merkel" of the Bundestag), or None (read by ``_dated``, round 145)."""
    return _politician_lists()[1]


@reloadable
@cache
def _politician_lists() -> tuple[dict[str, list[_Listed]], dict[str, _Listed | None]]:
    """``_politicians`` and ``_heads``, read in one pass over the three lists."""
    listed: dict[str, list[_Listed]] = {}
    heads: dict[str, _Listed | None] = {}
    for name in (POLITICIANS, PREMIERS, EXECUTIVES):
        for path, number, row in _listed_rows(name):
            if name == PREMIERS:  # name, state, office, from, to: a head of a Land's government
                row = [row[0], "government", f"{row[2]} ({row[1]})"]
            if len(row) < 3 or row[1] not in SOURCE_TYPES or not row[0].strip():
                raise DataFileError(
                    path, f"row {number}: want a name, one of {', '.join(SOURCE_TYPES)} and an office"
                )
            bearers = listed.setdefault(row[0].split()[-1], [])
            replaced = [entry for entry in bearers if entry[0] == row[0]]
            if name == EXECUTIVES and row[0] not in heads:
                heads[row[0]] = replaced[0] if replaced else None
            bearers[:] = [entry for entry in bearers if entry[0] != row[0]]
            bearers.append((row[0], row[1], row[2]))
    return listed, heads


# the columns of the dated lists and the form of their dates (YYYY or YYYY-MM)
_DATED_COLUMNS: Final = {
    PREMIERS: ("a name", "a state", "an office", "from", "to"),
    MINISTERS: ("a name", "an office", "from", "to"),
}
_TERM_DATE: Final = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?")


def _listed_rows(name: str) -> list[tuple[Path, int, list[str]]]:
    """(file, row number, cells) of a list of office holders: the bundled ``data/registries/NAME`` and a
    user's ``$FRAMING_USER_DIR/NAME`` (rows added: a teacher's own ministers or heads of a region), a dated
    list's rows checked for their columns and dates."""
    rows: list[tuple[Path, int, list[str]]] = []
    paths = [path for path in registry_paths(name) if path.is_file()]
    columns = _DATED_COLUMNS.get(name)
    for path in paths:
        for number, row in enumerate(_generated_tsv(path)[1], start=2):
            if columns:
                start, end = (row[-2], row[-1]) if len(row) == len(columns) else ("", "")
                if len(row) != len(columns) or not row[0].strip() or not _TERM_DATE.fullmatch(start):
                    raise DataFileError(path, f"row {number}: want {', '.join(columns)} (to may be empty)")
                if end and (not _TERM_DATE.fullmatch(end) or end[: len(start)] < start[: len(end)]):
                    raise DataFileError(
                        path, f"row {number}: 'to' must be YYYY or YYYY-MM, not before 'from'"
                    )
            rows.append((path, number, row))
    return rows


@reloadable
@cache
def _ministers() -> dict[str, list[tuple[str, str, str, str]]]:
    """The members of the federal government by surname: (full name, office, from, to) (``MINISTERS``)."""
    terms: dict[str, list[tuple[str, str, str, str]]] = {}
    for _, _, row in _listed_rows(MINISTERS):
        name, office, start, end = row
        terms.setdefault(name.split()[-1], []).append((name, office, start, end))
    return terms


@reloadable
@cache
def _premiers_left() -> dict[tuple[str, str], str]:
    """The year each listed head of a Land left office for good, by (full name, the office as
    ``_politicians`` writes it); a head in office is not in it (``PREMIERS``, read through
    ``_premier_terms``)."""
    return {
        key: max(end for _, end in terms)[:4]
        for key, terms in _premier_terms().items()
        if all(end for _, end in terms)
    }


@reloadable
@cache
def _premier_terms() -> dict[tuple[str, str], list[tuple[str, str]]]:
    """The terms each listed head of a Land held office, by (full name, the office as ``_politicians``
    writes it): (from, to) as YYYY-MM or YYYY, to empty while in office (``PREMIERS``)."""
    terms: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for _, _, row in _listed_rows(PREMIERS):
        name, state, office, start, end = row
        terms.setdefault((name, f"{office} ({state})"), []).append((start, end))
    return terms


def _state_office_held(name: str, office: str, date: str) -> bool:
    """Whether the listed ``name`` held the listed ``office`` all through ``date``: a federal ministry or
    chancellorship by months (``MINISTERS``; round 145), the head of a Land's government by months where
    ``PREMIERS`` gives them, else by whole years (``_not_after``); an undated head (``EXECUTIVES``) never
    (rounds 139, 140)."""
    ministries = _ministers().get(name.split()[-1], [])
    return any(
        minister == name and held == office and _within_term(date, start, end)
        for minister, held, start, end in ministries
    ) or any(
        _not_after(start, date) and (not end or _not_after(date, end))
        for start, end in _premier_terms().get((name, office), [])
    )


def _office_then(name: str, office: str, date: str | None) -> bool:
    """Whether the listed ``name`` held the state ``office`` at ``date``: a dated term by
    ``_state_office_held``, an undated head of ``EXECUTIVES`` always (as a bare name is typed, src55), and so
    any head in an article with no date (the dated list is not read then, round 145)."""
    if not date and name in _heads():
        return True
    ministers = _ministers().get(name.split()[-1], [])
    if (name, office) not in _premier_terms() and all(minister[0] != name for minister in ministers):
        return True
    return _state_office_held(name, office, date) if date else False


def _not_after(earlier: str, later: str) -> bool:
    """Whether the date ``earlier`` comes no later than ``later`` (YYYY-MM-DD, YYYY-MM or YYYY): by months
    where both give one (the month a term began or ended counts), else by whole years, strictly (a term's
    first or last year does not: "FDP-Vorsitzende Kemmerich" in May 2020 was premier in February)."""
    if len(earlier) >= 7 and len(later) >= 7:
        return earlier[:7] <= later[:7]
    return earlier[:4] < later[:4]


def _within_term(date: str, start: str, end: str) -> bool:
    """Whether an ISO date, possibly partial ("2021", "2021-06"), lies within a term from ``start`` to
    ``end`` (YYYY-MM or YYYY, ``end`` empty while in office), at the precision both give."""
    month = date[:7]
    opening, closing = min(len(month), len(start)), min(len(month), len(end))
    return month[:opening] >= start[:opening] and (not end or month[:closing] <= end[:closing])


def _dated(entries: list[_Listed], surname: str, date: str, party_word: bool) -> list[_Listed]:
    """The listed entries of a surname as at the article's ``date``: a federal minister in office then is
    ``government`` (the entry replaces the same full name's), a chancellor as ``_head_as_at`` says, and with
    a party word a head of a Land who left office before the date's year is no longer (the party decides,
    src29)."""
    terms = _ministers().get(surname, [])
    serving = {name: office for name, office, start, end in terms if _within_term(date, start, end)}
    left = _premiers_left()
    dated = [_head_as_at(entry, terms, date, party_word) for entry in entries]
    return [
        entry
        for entry in dated
        if entry is not None
        and entry[0] not in serving
        and not (party_word and left.get((entry[0], entry[2]), "9999") < date[:4])
    ] + [(name, "government", office) for name, office in serving.items()]


def _head_as_at(
    entry: _Listed, terms: list[tuple[str, str, str, str]], date: str, party_word: bool
) -> _Listed | None:
    """A listed head (``EXECUTIVES``) whose terms ``MINISTERS`` dates, as at ``date``: the head's entry after
    the last term where named without a party word (a past head office, src28), else the entry the head
    replaced ("Angela Merkel" of the Bundestag in 2003, Hamburg's mayor Olaf Scholz in 2015) or none; any
    other entry as it is (round 145)."""
    heads = _heads()
    ends = [end for name, _, _, end in terms if name == entry[0]]
    if entry[0] not in heads or not ends:
        return entry
    if not party_word and all(end and _not_after(end, date) and end[:7] != date[:7] for end in ends):
        return entry
    return heads[entry[0]]


def listed_politician(
    words: str,
    text: str,
    party_word: bool = False,
    date: str | None = None,
    party_office: bool = False,
    person_noun: bool = False,
) -> Source | None:
    """The source of a speaker named by a name alone ("Glawischnig", "Eva Glawischnig") whom nothing in the
    text types, from the list of politicians (``POLITICIANS``): where the article writes one listed full
    name that the speaker's name ends, and no other given name before that surname ("Peter Glawischnig").
    ``party_word``: the phrase may hold a party member's noun before the name ("CSU-Politiker Markus Söder"),
    no other role ("CDU-Vorsitzende Annegret Kramp-Karrenbauer"). ``date``: the article's date, by which a
    listed federal minister is typed (``_dated``); without it the ministers' list is not read (round 132).
    ``party_office``: the speaker is typed by a party office, which the phrase may hold before the name
    ("CSU-Chef Markus Söder"), not after a past word ("der frühere", "der damalige CSU-Chef"); only a state
    office held at ``date`` beats it (``_state_office_held``; benchmarks/gold/README.md, round 139).
    ``person_noun``: the speaker is typed by a training or a private person's noun ("Physikerin Angela
    Merkel", "Frau Dreyer"), which only a state office then held beats (``_office_then``, round 147)."""
    reg = registry()
    bare = _bare_name(reg, words)
    if not bare and party_word and party_alone(classify(words)):
        bare = _full_name(reg, words)
    if party_office and (not date or any(_past_word(reg, w) or w in reg.then_words for w in words.split())):
        return None
    if not bare and (party_office or person_noun):
        bare = _full_name(reg, words)
    if not bare:
        return None
    entries = _politicians().get(bare[-1], [])
    if date:
        entries = _dated(entries, bare[-1], date, party_word or party_office)
    named = [entry for entry in entries if ends_name(bare, entry[0].split()) and _as_word(text, entry[0])]
    if len(named) != 1:
        return None
    name, type_, legislature = named[0]
    if party_office and not (date and _state_office_held(name, legislature, date)):
        return None
    if person_noun and not (type_ == "government" and _office_then(name, legislature, date)):
        return None
    given = name.split()[0]
    for word in _words_before(text, bare[-1]):
        if word != given and word in name.split():
            continue  # "Frank-Walter Steinmeier": a word of the full name itself
        if word != given and noun_kind(word)[0] == "given":
            return None  # another person of that surname
    return Source(type_, None, f"{POLITICIANS_CUE}: {legislature}")


def _word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` exists and is a word character (as ``\\w`` reads it)."""
    return 0 <= i < len(text) and WORD_CHARACTER.match(text, i) is not None


def _as_word(text: str, words: str) -> bool:
    """Whether ``words`` stand in ``text`` with no word character right before or after them: ``str.find``,
    not a pattern compiled for each listed name (there are thousands)."""
    position = text.find(words)
    while position >= 0:
        if not _word_char(text, position - 1) and not _word_char(text, position + len(words)):
            return True
        position = text.find(words, position + 1)
    return False


def _words_before(text: str, surname: str) -> list[str]:
    """The word right before each " surname" of ``text`` that no word character follows ("Petra" of "Petra
    Merkel"), left to right as ``re.finditer(r"(\\w+) surname(?!\\w)")`` finds them."""
    found: list[str] = []
    floor = 0  # where the last match ended: matches do not overlap
    position = text.find(" " + surname)
    while position >= 0:
        end = position + 1 + len(surname)
        before = LAST_WORD.search(text, max(floor, position - 80), position)
        if before is not None and before.end() == position and not _word_char(text, end):
            found.append(before.group(0))
            floor = end
            position = text.find(" " + surname, end)
        else:
            position = text.find(" " + surname, position + 1)
    return found


LAST_WORD: Final = re.compile(r"\w+\Z")


def pooled_sources(speakers: list[tuple[str | None, Source | None]]) -> list[Source | None]:
    """The sources of an article's speakers, each given as (speaker words, source) in text order, with the
    mentions of one person pooled (src34): a speaker named by a bare name whose own mentions give no type
    ("sagt Lambert", "ruft Nora", "so Al Malla") takes the type of the same person's typed mentions among the
    others: those named in full ("Ernährungsberaterin und Autorin Rhiannon Lambert", "Nora Back (OGBL)",
    "Houssein Al Malla"), by a name that ends the full name (the surname) or a given name alone that opens
    it, where only one person of the article is so named in full or all so named share one type (a
    "Christoph Fischer" and a "Joschka Fischer" of two types leave "Fischer" as it is; "K." of a "Jacek K."
    and a "Sebastian K.", both business, is business), and those by the same bare name that a pronoun's or
    role's mention typed ("Mohammed", "er" of "der Familienvater"; a word alone only where it may be a name,
    not "Demnach").
    Of several typed mentions a strong cue decides over a weak one, then the order of [pooling] precedence
    (an office of the state before a party's), then the most mentions, then the first."""
    reg = registry()
    typed: dict[tuple[str, ...], list[tuple[int, Source]]] = {}  # a name's words → (position, source)
    for position, (words, source) in enumerate(speakers):
        if not words or source is None or source.type == "other":
            continue
        name = _full_name(reg, words)
        if len(name) > 1 or (name and _name_alone(name[0])):
            typed.setdefault(name, []).append((position, source))
    if not typed:
        return [source for _, source in speakers]
    pooled: list[Source | None] = []
    for words, source in speakers:
        untyped = source is None or (source.type == "other" and not source.cue)
        bare = _bare_name(reg, words) if words and untyped else ()
        fuller = [full for full in typed if bare and _same_person(bare, full)]
        if len({_strongest(reg, typed[full]).type for full in fuller}) == 1:
            mentions = typed.get(bare, []) + [mention for full in fuller for mention in typed[full]]
        else:
            mentions = typed.get(bare, []) if not fuller else []
        pooled.append(_strongest(reg, mentions) if mentions else source)
    return pooled


def _full_name(reg: Registry, words: str) -> tuple[str, ...]:
    """``_read_full_name``, remembered per phrase: an article's speakers are pooled with each quote of
    theirs, so one phrase is read as often as it is quoted (speed round 46)."""
    name = reg.name_cache.get(words)
    if name is None:
        name = remember(reg.name_cache, words, _read_full_name(reg, words), CACHE_SIZE)
    return name


def _read_full_name(reg: Registry, words: str) -> tuple[str, ...]:
    """The words of the name that ends a speaker phrase, without the role nouns before it ("Rhiannon",
    "Lambert" of "Ernährungsberaterin und Autorin Rhiannon Lambert"; "Houssein", "Al", "Malla")."""
    parts = words.split()
    particles = _name_particles()
    start = len(parts)
    while start > 0 and (parts[start - 1][:1].isupper() or parts[start - 1] in particles):
        start -= 1
    name = parts[start:]
    while name and (name[0] in particles or _not_name(reg, name[0], last=len(name) == 1)):
        name = name[1:]  # "Autorin", "IT-Experte", "Technikchef", "Treuhandgesellschaft": no part of the name
    if name and INITIAL_STOP.fullmatch(name[-1]):
        name[-1] = name[-1][0]  # "Sebastian K." and the "K" of "will sich K. nicht äußern": one person
    return tuple(name)


INITIAL_STOP: Final = re.compile(r"[A-ZÄÖÜ]\.")  # a surname's initial with its full stop ("Maria T.")


def _not_name(reg: Registry, word: str, last: bool) -> bool:
    """Whether a capitalised word before a name is no part of it: a cue or role noun, or a German word other
    than a given name (where it is not the ``last`` word: surnames such as "Lang" are words too)."""
    if _hits(reg, word) or (_role_noun(reg, word) is not None and word.lower() not in reg.surnames):
        return True
    return not last and is_known_de(word.lower()) and noun_kind(word)[0] != "given"


def _bare_name(reg: Registry, words: str) -> tuple[str, ...]:
    """The words of a speaker phrase that is a name and nothing else ("Asselborn", "Al Malla", "Nora"), else
    ()."""
    name = _full_name(reg, words)
    return name if name and len(name) == len(words.split()) else ()


def _name_alone(word: str) -> bool:
    """Whether a word alone may be a person's name: a given name or no German word ("Mohammed", "Maizière";
    not "Demnach", "E-Mail")."""
    return noun_kind(word)[0] == "given" or not is_known_de(word.lower())


def _same_person(bare: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a bare name may be the person named ``full``: it ends the full name ("Malla", "Al Malla" of
    "Houssein Al Malla") or is the given name alone that opens it ("Nora" of "Nora Back")."""
    if len(bare) >= len(full):
        return False
    return ends_name(bare, full) or (len(bare) == 1 and full[0] == bare[0])


def ends_name(words: Sequence[str], name: Sequence[str]) -> bool:
    """Whether ``words`` end the name ``name``: its surname or more ("Lüddemann" of "Cornelia Lüddemann",
    "Al Malla" of "Houssein Al Malla"), what names one person in all its mentions (``pooled_sources``;
    sourcing's ``_same_person``)."""
    return 0 < len(words) <= len(name) and tuple(name[-len(words) :]) == tuple(words)


def _strongest(reg: Registry, mentions: list[tuple[int, Source]]) -> Source:
    """Of one person's typed mentions (position, source), the one that decides (``pooled_sources``)."""
    counts = Counter(source.type for _, source in mentions)
    rank = reg.pooling_rank

    def key(mention: tuple[int, Source]) -> tuple[bool, int, int, int]:
        position, source = mention
        return (
            not strong_cue(source.cue),
            rank.get(source.type, len(rank)),
            -counts[source.type],
            position,
        )

    return min(mentions, key=key)[1]


NAMED_BEFORE_SKIPPED: Final = frozenset({"anonymous", "citizen"})  # types that are nobody's organisation


def named_before(sentences: list[str], own: str | None = None) -> Source | None:
    """The source type of the first person or organisation with a strong cue in the nearest of
    ``sentences`` (nearest first) that names one, countries and cities left out: whom
    a bare "die Sprecherin" speaks for ("Die Commerzbank erwartet …, sagte die Sprecherin"); where a
    sentence has none, a public body named by a weak word with its definite article ("könnten sie von
    der Stadt … nicht repariert werden, erklärt der Sprecher"; not a place: "in der Stadt"). Left out: the
    modifier of a thing's hyphenated compound (``_modifies_a_thing``: "Klinik-Transporte") and, with ``own``,
    the site name of the article's own outlet, the media it names ("abendblatt": "Im Abendblatt-Blog
    können Sie …"; src38)."""
    reg = registry()
    for sentence in sentences:
        words = WORD.findall(sentence)
        hits = _unaddressed(words, _hits(reg, sentence))  # "Gegenüber dem SPIEGEL sagte ein Sprecher"
        hits = [
            hit
            for hit in hits
            if not _modifies_a_thing(reg, words, hit)  # "Klinik-Transporte"
            and not (own and hit.type == "media" and _own_outlet(own, hit.cue))
        ]
        found = [
            Source(hit.type or "parliament", hit.party, hit.cue)
            for hit in hits
            if hit.strong and (hit.type or hit.party) and hit.type not in NAMED_BEFORE_SKIPPED
        ]
        named = next((f for f in found if not _place(reg, f.cue or "")), None)
        if named is None:
            named = _body(sentence, hits)
        if named is not None:
            return named
    return None


def _own_outlet(own: str, cue: str) -> bool:
    """Whether a medium's cue names the outlet whose site name is ``own``: a word or hyphen part of it
    ("Abendblatt-Blog", "Hamburger Abendblatt" for "abendblatt"), or its address ("abendblatt.de");
    not a word it is only inside ("Zeitung" for "zeit")."""
    return own in {part.lower() for part in re.split(r"[\s-]+", cue)} or cue.lower().startswith(f"{own}.")


def _modifies_a_thing(reg: Registry, words: list[str], hit: _Hit) -> bool:
    """Whether a hit is only the modifier of a hyphenated compound whose head is no role, organisation or
    name the registry knows, a thing ("Klinik-Transporte", "Papst-Streit", "Abendblatt-Gespräch"): what the
    thing is of, no one a spokesperson speaks for, as the closed "Kliniktransporte" names no one (src38);
    "Polizei-Angaben", "Polizei-Einsatz", "BMW-Werk" keep their heads' readings."""
    word = words[hit.position] if hit.position < len(words) else ""
    parts = _hyphen_parts(word)
    return (
        len(parts) > 1
        and hit.cue in parts[:-1]
        and _head_cue(reg, parts[-1].lower(), parts[-1]) is None
        and _name_cue(reg, parts[-1]) is None
    )


def _body(sentence: str, hits: list[_Hit]) -> Source | None:
    """A public body the sentence names by a weak word of an institution's type after a definite
    article that no place preposition governs (``body_place_prepositions`` of speech_de.toml: "in der
    Stadt" is a place; "laut Aussage der Stadt", "Die Gemeinde teilte mit" name the body)."""
    words = [w.lower() for w in WORD.findall(sentence)]
    for hit in hits:
        if hit.strong or hit.type not in INSTITUTIONS or hit.position < 1 or hit.position >= len(words):
            continue
        if words[hit.position] != hit.cue.lower() or words[hit.position - 1] not in DEFINITE:
            continue  # a compound or a word with no article before it
        if hit.position >= 2 and words[hit.position - 2] in speech_words().body_place_prepositions:
            continue
        return Source(hit.type, hit.party, hit.cue)
    return None


MENTIONS: Final = 6  # mentions of a person read for a role: "Geicke" is "Dr." first and "Dokumentar" later
# types of what a person knows, not whom they speak for: an office the article gives the person at
# another mention outranks them ("die Sozialwissenschaftlerin Irme Stetter-Karp" … "ist zur
# Präsidentin des Zentralkomitees … gewählt worden" is civil society)
PROFESSIONS: Final = frozenset({"expert"})
OFFICES: Final = frozenset({"government", "parliament", "authority", "court", "business", "civil_society"})


def _mentions(text: str, name: str, first: tuple[int, int]) -> list[tuple[int, int]]:
    """The first mention in full, then the next mentions of the surname alone ("Dokumentar Geicke");
    after a first mention found by an age ("Stetter-Karp (65)") also those before it, where the
    article may have given the person's role."""
    surname = name.split()[-1]
    later = _surname_at(text, surname, first[1], len(text), MENTIONS - 1)
    aged = AGE_IN_BRACKETS.match(text, first[1]) is not None
    return [first, *later, *(_surname_at(text, surname, 0, first[0], MENTIONS) if aged else ())]


def _surname_at(text: str, surname: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """The spans of a surname as a whole word between ``start`` and ``end``, at most ``limit``."""
    found: list[tuple[int, int]] = []
    for position in _whole_words(text, surname, start):
        if position + len(surname) > end or len(found) >= limit:
            break
        found.append((position, position + len(surname)))
    return found


def _office_before_later(reg: Registry, text: str, name: str, after: int) -> Source | None:
    """A strong office written as the one word right before the surname at any mention after the first
    ``MENTIONS`` ("Wladimir Putin warnt …" first, and twelve mentions later "Am Ende seiner Rede verkündete
    Kremlchef Putin …"): the role the article gives the person only late (src30). A place ("Russland"), a
    past office ("Ex-Kanzler") and a lower-case word give none."""
    surname = name.split()[-1]
    for number, position in enumerate(_whole_words(text, surname, after)):
        if number < MENTIONS - 1:
            continue  # read by ``_role_at`` already
        before = text[max(0, position - 60) : position].split()
        word = before[-1] if before else ""
        if not word[:1].isupper() or not word.replace("-", "").isalpha():
            continue  # a lower-case word, a number or a word with a mark
        if _past_word(reg, word) or (len(before) > 1 and _past_word(reg, before[-2])):
            continue
        found = classify(word)
        if found is not None and _strong_office(reg, found):
            return found
    return None


# a verb right after a name, perhaps after an apposition between commas ("Stumpf, Student der
# Politikwissenschaft in Wien, arbeitet …"), and the rest of its clause; no quotation inside (src51)
VERB_AFTER_NAME: Final = re.compile(
    r"(?:,[^,.;:!?„“\"«»()]{1,80},)? ([a-zäöü]+)(?: sich)? ([^,.;:!?„“\"«»()]{1,160})"
)
# the next sentence opening with the person's pronoun and a verb: "Er kümmert sich in der …" (src51)
PRONOUN_VERB: Final = re.compile(r"\s*(?:Er|Sie) ([a-zäöü]+)(?: sich)? ([^,.;:!?„“\"«»()]{1,160})")
# the next sentence opening with a definite noun of origin or age for the person and a verb: "Die Cottbuserin
# arbeitet bei der Johanniter-Unfallhilfe", "Der 45-Jährige leitet …" (src57)
EPITHET_VERB: Final = re.compile(
    r"\s*(?:Der|Die) ([A-ZÄÖÜ\d][\w-]*(?:er|erin|[Jj]ährige|[Jj]ähriger)) ([a-zäöü]+)(?: sich)?"
    r" ([^,.;:!?„“\"«»()]{1,160})"
)
# the types a noun of origin or age may read as alone, which say no more than who the person is
EPITHET_TYPES: Final = frozenset({"other", "citizen", "anonymous"})


def _next_subject_verb(text: str, start: int) -> tuple[str, str] | None:
    """The verb and its clause of the sentence at ``start`` when its subject is the person the sentence
    before named: "Er"/"Sie" (``PRONOUN_VERB``: "Er kümmert sich in der …"; src51) or a definite noun of
    origin or age that is no role of its own (``EPITHET_VERB``: "Die Cottbuserin arbeitet bei der
    Johanniter-Unfallhilfe", not "Die Ärztin"; src57); else None."""
    pronoun = PRONOUN_VERB.match(text, start)
    if pronoun is not None:
        return pronoun.group(1), pronoun.group(2)
    match = EPITHET_VERB.match(text, start)
    if match is None:
        return None
    found = classify(match.group(1))
    return None if found is not None and found.type not in EPITHET_TYPES else (match.group(2), match.group(3))


# a definite role noun with its adjectives and complement ("Der Inhaber von Amper-Rad in Fürstenfeldbruck",
# "die Schauspielerin und Sängerin"), the subject that opens a sentence or follows an inquit's verb (src58)
ROLE_DESCRIPTION: Final = (
    r"(Der|Die) ((?:[a-zäöü][\w-]* )*([A-ZÄÖÜ][\w-]*)(?: und [A-ZÄÖÜ][\w-]*)?"
    r"(?: (?:von|vom|des|der|bei|beim|im|am) [A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*)*)?)"
)
ROLE_OPENS_SENTENCE: Final = re.compile(rf"\s*{ROLE_DESCRIPTION} [a-zäöü]")
ROLE_AFTER_QUOTE: Final = re.compile(
    rf"\s*,?\s*[a-zäöü]+ {ROLE_DESCRIPTION.replace('(Der|Die)', '(der|die)')}\b"
)
QUOTE_OPENINGS: Final = '„“"»«'  # marks that open the quotation a sentence may start with
QUOTE_CLOSINGS: Final = {"„": "“", "“": "”", '"': '"', "»": "«", "«": "»"}  # the mark that closes each
QUOTE_REACH: Final = 600  # characters of a quotation read for its closing mark
ARTICLE_GENDERS: Final = {"der": "m", "die": "f"}  # the singular nominative article of each gender
WHO_TYPES: Final = frozenset({"citizen", "anonymous"})  # the types of a role that says who, not what (src58)
GIVEN_BEFORE: Final = re.compile(r"([A-ZÄÖÜ][\w-]+) $")  # the capitalised word right before a surname (src58)
# an age set off after a name, then the copula (``COPULAS``) and its predicate: "Roman Böck, 53, ist …
# Feuerwehrmann" (src58)
AGE_THEN_COPULA: Final = re.compile(
    r"(?:,\s*\d{1,3},|\s*\(\d{1,3}\))\s+(?:ist|war)\s+([^.;:!?„“\"«»()]{1,200})"
)


def _says_only_who(reg: Registry, cue: str | None) -> bool:
    """Whether a citizen's cue says no more than an age ("34-Jährige", a bracketed age) or an origin ("der
    Spanier"): who the person is, not what they do."""
    lower = (cue or "").lower()
    return any(lower == said or lower.endswith("-" + said) for said in reg.age_cues | reg.origins)


def _role_described_next(reg: Registry, text: str, name: str, first: tuple[int, int]) -> Source | None:
    """The role the article gives a person that an age or origin alone types a private citizen, right
    beside one of the first ``MENTIONS`` mentions of the name: the predicate of a copula after an age set
    off after the name ("Roman Böck, 53, ist seit 32 Jahren freiwilliger Feuerwehrmann"), else a definite
    role noun in the sentence after the mention's (``_role_described_after``: "Das sieht auch Daniel
    Cremers, 34, so. Der Inhaber von Amper-Rad in Fürstenfeldbruck sagt …"), of a type that says what the
    person does, not who they are (not "Der 45-Jährige", "Die Frau"; an actor's or athlete's role, `other`,
    says what); None otherwise (src58)."""
    surname = name.split()[-1]
    given = GIVEN_BEFORE.search(text, max(0, first[0] - 40), first[0])  # "Yvonne Catterfeld": its sentence
    spans = [(given.start(1) if given else first[0], first[1])]  # opens at the given name
    spans += _surname_at(text, surname, first[1], len(text), MENTIONS - 1)
    for _, end in spans:
        predicate = AGE_THEN_COPULA.match(text, end)  # "Roman Böck, 53, ist seit 32 Jahren freiwilliger …"
        if predicate:
            words = " ".join(
                APPOSITION_END.split(predicate.group(1) + " ", maxsplit=1)[0].split()[:COPULA_WORDS]
            )
            found = classify(words)
            if found is not None and found.type not in WHO_TYPES and found.cue and strong_cue(found.cue):
                return found
    own = frozenset({surname, given.group(1)} if given else {surname})  # "in Thüringen Yvonne Catterfeld"
    return _role_described_after(text, spans, own)


def _opens_clause(text: str, position: int) -> bool:
    """Whether the word at ``position`` opens its sentence or follows a capitalised word (a role, a
    headline's last word), not a lower-case one (an article, a relative pronoun, a preposition) that makes
    it part of another's clause (src58)."""
    if _sentence_start(text, position):
        return True
    before = text[max(0, position - 40) : position].split()
    return bool(before) and before[-1][:1].isupper()


def _aged_noun_described(reg: Registry, phrase: str, text: str, cue: str) -> Source | None:
    """The role ``_role_described_after`` reads after the places of a speaker that is a bare noun of age or
    origin with its article ("der 25-Jährige"), the person's own mention there (src58)."""
    words = [w for w in WORD.findall(phrase) if w.lower() not in ARTICLES]
    if words != [cue] or not _says_only_who(reg, cue):
        return None
    spans = [(p, p + len(cue)) for p in _whole_words(text, cue, 0)][:MENTIONS]
    return _role_described_after(text, spans, frozenset()) if spans else None


def _role_described_after(text: str, spans: list[tuple[int, int]], own: frozenset[str]) -> Source | None:
    """The role of a definite role noun that describes the person in the sentence right after a mention at
    ``spans`` (the name's, or a bare noun of age or origin's: "sagte der 25-Jährige im Interview. Der
    Innenverteidiger von Dynamo Kiew gilt …"), when the rest of the mention's sentence names no other person
    by a role noun or a full name (one whose last word is no word of ``own``, the person's name: a headline
    run into the lead, "… in Thüringen Yvonne Catterfeld (42) …", is hers): the noun opening that sentence,
    or the subject of the inquit after the quotation that opens it ("Yvonne Catterfeld (42) freut sich … .
    „…“, sagte die Schauspielerin und Sängerin"; only after a mention with no lower-case word before it, one
    that opens its clause: after "die B. … ermutigten." the quotation is another's, "„…“, empfahl der
    IS-Kommandeur"), its article agreeing with the noun as one person ("Die Forscher" are others), of a type
    that says what (src58)."""
    for begin, end in spans:
        stop = _sentence_stop(text, end)
        if stop < 0 or any(m.group(2) not in own for m in FULL_NAME.finditer(text, end, stop)):
            continue
        if any(noun_kind(word)[0] == "role" for word in WORD.findall(text[end:stop]) if word[:1].isupper()):
            continue  # another person named by a role, whom the next sentence may describe
        start = stop + 1
        while start < len(text) and text[start].isspace():
            start += 1
        match = ROLE_OPENS_SENTENCE.match(text, start)
        if (
            match is None
            and start < len(text)
            and text[start] in QUOTE_OPENINGS
            and _opens_clause(text, begin)
        ):
            closing = text.find(QUOTE_CLOSINGS[text[start]], start + 1, start + QUOTE_REACH)
            match = ROLE_AFTER_QUOTE.match(text, closing + 1) if closing > 0 else None
        if match is None:
            continue
        kind, gender = noun_kind(match.group(3))
        found = classify(match.group(2)) if kind == "role" else None
        if (
            found is not None
            and gender == ARTICLE_GENDERS[match.group(1).lower()]
            and found.type not in WHO_TYPES
            and found.cue == match.group(3)
        ):
            return found
    return None


# a capacity with "als" inside a verb's clause, its adjectives and noun: "arbeitet in Hamburg als Radkurierin"
CAPACITY_IN_CLAUSE: Final = re.compile(r"\bals (?:[a-zäöü][\w-]* )*[A-ZÄÖÜ][\w-]*")
# the types of an organisation a person works in, named with a verb of office (src51)
WORK_TYPES: Final = OFFICES | frozenset({"expert", "media"})


def _sentence_stop(text: str, end: int) -> int:
    """Where the sentence that goes on at ``end`` stops: its next full stop before a space or a line break,
    -1 for none."""
    return min((i for i in (text.find(". ", end), text.find(".\n", end)) if i >= 0), default=-1)


def _office_by_verb(reg: Registry, text: str, name: str, first: tuple[int, int]) -> Source | None:
    """The organisation a verb of office or work (``[context] office_verbs``) binds the person to whose
    name is its subject, at one of the first ``MENTIONS`` mentions: right after the name ("Steffen Kauert
    leitet die Außenstelle Magdeburg der Niederlassung Ost der Autobahn GmbH.") or as "Er"/"Sie" or a noun of
    origin or age ("Die Cottbuserin arbeitet bei …"; src57) opening the next sentence when no other full name
    follows in the mention's ("… und Dietz fühlt sich bestätigt. Er kümmert sich in der Handwerkskammer für
    München …"): the role the article gives in a shape no other reading takes (src51). Only an organisation
    a strong cue types decides, not a person noun ("betreut einen dementen Mann"), and no verb in the past:
    a former employer speaks for no one."""
    surname = name.split()[-1]
    ends = [first[1], *(e for _, e in _surname_at(text, surname, first[1], len(text), MENTIONS - 1))]
    for end in ends:
        clause = VERB_AFTER_NAME.match(text, end)
        found = _work_place(reg, clause.group(1), clause.group(2)) if clause else None
        if found is None:
            stop = _sentence_stop(text, end)
            rest = text[end:stop] if stop >= 0 else ""
            pronoun = _next_subject_verb(text, stop + 1) if stop >= 0 and not FULL_NAME.search(rest) else None
            if pronoun is None or any(mark in rest for mark in '„“"«»'):
                continue
            found = _work_place(reg, *pronoun)
        if found is not None:
            return found
    return None


def _work_place(reg: Registry, verb: str, clause: str) -> Source | None:
    """The source of the organisation named in the clause of a verb of office ("leitet die
    Personalabteilung einer Münchner Unternehmensberatung" is business), when the verb is one and the
    clause's cue is a strong one of an organisation, not a role noun; else None."""
    if verb not in reg.office_verbs:
        return None
    found = classify(CAPACITY_IN_CLAUSE.sub("", clause))  # "als Radkurierin": what, not where (ROLE_AS)
    if (
        found is None
        or found.type not in WORK_TYPES
        or not strong_cue(found.cue)
        or _place(reg, found.cue or "")
    ):
        return None  # "arbeitet in Hamburg": a place, no employer
    return None if noun_kind((found.cue or "").split()[-1])[0] == "role" else found


@dataclass(frozen=True, slots=True)
class _Role:
    """A role read around one mention: its source, whether only a weak cue decided it, whether the next
    sentence's description gave it (``_described``), which only a later mention's role noun beats, never a
    party alone (``party_alone``: "Söder (CSU)") (src128)."""

    source: Source
    weak: bool
    described: bool = False

    @property
    def type(self) -> str:
        return self.source.type


def _named_member_type(kind: str | None, party: str | None) -> str | None:
    """The type of a named person whom an unnamed source's noun compounded with a party describes
    ("Likud-Vertrauter", "CDU-Insider" name a member of that party, who is no anonymous source once named:
    "Netanjahus Likud-Vertrauter Miki Zohar" is `parliament`; src56), read on a speaker phrase's source
    (``_in_text``) and on a hit at a named person's mention (``_named_member``); None for any other type
    or no party."""
    return "parliament" if kind == "anonymous" and party else None


def _named_member(hit: _Hit) -> _Hit:
    """A hit read at a named person's mention with the type of a named party member
    (``_named_member_type``); any other hit as it is."""
    member = _named_member_type(hit.type, hit.party)
    return hit if member is None else _Hit(hit.position, member, hit.strong, hit.cue, hit.party)


ROLE_ARTICLES: Final = 4  # articles whose roles at mentions are remembered (``_role_at``)


def _role_at(
    reg: Registry,
    text: str,
    start: int,
    end: int,
    party: str | None,
    later: bool = False,
    particles: frozenset[str] = frozenset(),
) -> _Role | None:
    """``_read_role_at``, remembered per article: the phrases of one person ("Merkel", "Angela Merkel",
    "Kanzlerin Merkel") read the same mentions (a fifth of the calls on gnad1000; speed round 46)."""
    roles = reg.article_roles.get(text)
    if roles is None:
        roles = remember(reg.article_roles, text, {}, ROLE_ARTICLES)
    key = (start, end, party, later, particles)
    if key not in roles:
        roles[key] = _read_role_at(reg, text, start, end, party, later, particles)
    return roles[key]


def _read_role_at(
    reg: Registry,
    text: str,
    start: int,
    end: int,
    party: str | None,
    later: bool,
    particles: frozenset[str],
) -> _Role | None:
    """The role written around one mention of a person (see ``classify_in_text``); at a later mention
    only the words before the name, a "Name ist …" predicate, a party in brackets ("Lauterbach (SPD)")
    and a capacity with "als" ("Nadeschdin als Präsidentschaftskandidat"; src39) after it (a comma after a
    surname often starts the quote: "laut Geicke, der Mann ballere …"). ``particles``: the lower-case
    words of the person's full name ("von" in "Richard von Weizsäcker"), which belong to the name. A weak or
    party role yields to the organisation the article gives a role bound to it before the name
    ("GPA-djp-Chef Wolfgang Katzian (SPÖ)" after "Die Gewerkschaft GPA-djp …" is civil society)."""
    context = _role_context(text, start, end - start, particles)
    before = context[0].split()
    if before and before[-1] in reg.address and (len(before) == 1 or before[-2].lower() not in ARTICLES):
        context = (" ".join(before[:-1]), *context[1:])  # "Frau Wendland, …": a form of address, no role
    if later:
        rest = text[end : end + 120].lstrip()
        copula = rest.startswith(COPULAS) or ELECTED.match(rest) is not None  # "X ist …", "X zur … gewählt"
        copula = copula or _closed_apposition(text, start, end)  # "X Y, Geschäftsführerin …, kämpft"
        relative = context[2] if _closed_relative(text, start, end) else ""  # "X Y, die bei … ist, nennt"
        bracket = PARTY_IN_BRACKETS.match(text, end)  # "Lauterbach (SPD) wies das zurück" (src39)
        capacity = _capacity(text[end : end + 160])  # "scheiterte Varoufakis als griechischer Finanzminister"
        if bracket is not None and not copula and any(h.party for h in _hits(reg, bracket.group(1))):
            context = (context[0], bracket.group(1), relative, "")
        elif capacity and not copula:
            context = (context[0], capacity, relative, "")
        else:
            context = (context[0], context[1] if copula else "", relative, "")
    layers = [_untopical(reg, words, _hits(reg, words)) for words in context]
    words_of = [WORD.findall(phrase) for phrase in context]  # each layer tokenised once for the readings
    layers[0] = _no_occasion(reg, words_of[0], layers[0])  # "In einem Interview attackierte Ex-Präsident X"
    layers[0] = _unaddressed(words_of[0], layers[0])  # "Gegenüber dem Redaktionsnetzwerk … bezeichnete es X"
    for number, hits in enumerate(layers):
        if any(hit.type == "media" for hit in hits):  # "Er erklärte MDR"
            layers[number] = _untold(words_of[number], hits)
    if any(hit.type == "media" for hit in layers[3]):  # "Er erklärte MDR SACHSEN-ANHALT im Interview"
        layers[3] = _no_occasion(reg, words_of[3], layers[3])
    near = len(words_of[0]) - PARTY_WINDOW  # a party before the name: next to it only
    party = party or next(
        (
            h.party
            for number, hits in enumerate(layers)
            for h in hits
            if h.party and (number or h.position >= near)
        ),
        None,
    )
    for number, hits in enumerate(layers):
        typed = [h for h in hits if h.type or h.party]
        if number == 0:
            typed.reverse()  # the premodifier next to the name: "der Bürgermeister von X, Name"
        typed = [_named_member(h) for h in typed]  # "Netanjahus Likud-Vertrauter Miki Zohar" (src56)
        chosen = next((h for h in typed if h.type == "anonymous"), None)
        chosen = chosen or next((h for h in typed if h.type and h.strong), None)
        if chosen and chosen.type == "citizen" and reg.words.get(chosen.cue.lower()) == "citizen":
            chosen = _headed(reg, words_of[number], hits, chosen)  # "Frau an der Spitze des X"
        if chosen and number == 0 and " und " in context[0]:  # "Vizekanzler und ÖVP-Obmann Name"
            chosen = _joined_office(reg, words_of[0], typed, chosen)
        if chosen and number == 1 and " und " in context[1]:  # "Name, Feuerwehrmann in Essen und …"
            chosen = _employed_second(words_of[1], typed, chosen)
        if chosen and number == 0 and _place(reg, chosen.cue):
            chosen = _placed(reg, typed, chosen)  # "Direktor des Getränkegroßhandels OBD Grand Paris, Name"
        elif chosen and _place(reg, chosen.cue):
            chosen = _unplaced(reg, typed, chosen)  # "Name, einer Botanikerin von der Long Island University"
            if chosen is not None and _place_in_name(reg, words_of[number], typed, chosen):
                typed = [h for h in typed if h is not chosen]  # "von Creative Commons Österreich"
                chosen = next((h for h in typed if h.type and h.strong), None)
            if chosen is not None and _origin(reg, words_of[number], chosen):
                return _Role(Source("citizen", party, chosen.cue), True)  # "Milkesa Mengesha, aus Äthiopien"
        if chosen and chosen.type != "anonymous":
            chosen = _owner(words_of[number], typed, chosen, partial(described_organisation, text))
        chosen = chosen or next((h for h in typed if h.party), None)
        chosen = chosen or next((h for h in typed if h.type), None)
        if chosen:
            weak = not chosen.strong and chosen.party is None
            if weak and number == 0 and chosen.type in PROFESSIONS and _office(layers[1]):
                continue  # "Dr. Markus Steilemann, Vorstandsvorsitzender Covestro": the office after a title
            if weak and number == 0 and chosen.type in PROFESSIONS and not any(map(_office, layers[1:])):
                employer = _employer_described(reg, text, start, end)  # "Der Jurist ist beim ECCHR …"
                if employer is not None:
                    return _Role(Source(employer[0], party, employer[1]), False)
            if weak or chosen.type in (None, "parliament"):
                bound = _bound_type(reg, text, context[0])
                if bound:
                    return _Role(Source(bound.type, party, bound.cue), False)
                if chosen.type == "government" and _abbreviated_office(reg, context[0]):
                    return _Role(Source("civil_society", party, chosen.cue), False)  # "BWE-Präsident Name"
            return _Role(Source(chosen.type or "parliament", party, chosen.cue), weak)
    if party:
        return _Role(Source("other", party, None), False)
    described = _described(reg, text, start, end)  # "… Deniz Yücel aufs Gemüt. Der inhaftierte Journalist …"
    chosen = next((h for h in _hits(reg, described) if h.type and h.strong), None) if described else None
    if chosen and chosen.type:
        return _Role(Source(chosen.type, chosen.party, chosen.cue), False, described=True)
    after = _role_said_after(reg, text, start, end)  # "… berichtete die Präsidentin des Herstellerverbandes"
    return after or (None if later else _role_said_before(reg, text, start, end))


# a party's name in brackets right after a name: "Lauterbach (SPD)" at a later mention, which opens no
# quotation (src39)
PARTY_IN_BRACKETS: Final = re.compile(r" \(([A-ZÄÖÜ][\w/ -]{0,24})\)")
# the capacity "als" gives a person right after a later mention: "scheiterte Varoufakis als griechischer
# Finanzminister", "kann Nadeschdin als Präsidentschaftskandidat registriert werden" (src39), also after
# the person's own verb ("Alois Stöger will als Sozialminister Furore machen"; src48)
ROLE_AS: Final = re.compile(
    r" (?!(?:und|oder|sowie|wie|sich|nur|auch|noch) )(?:[a-zäöü]+ )?als (?:[a-zäöü][\w-]*(?:e|en|er) )*"
    r"([A-ZÄÖÜ][\w-]+)(?: (?:des|der|von|vom) [A-ZÄÖÜ][\w-]+)?"
)


# a role noun set off by two commas after a name, its sentence going on in lower case: ", Geschäftsführerin
# des Großmarktes, kämpft" (src26); no sentence end or quotation mark inside
CLOSED_APPOSITION: Final = re.compile(r", ([A-ZÄÖÜ][\w-]+)(?: [^,.;:!?„“\"«»()]{1,80})?, [a-zäöü]")


def _closed_apposition(text: str, start: int, end: int) -> bool:
    """Whether a later mention written in full, given name and surname, has a role apposed to it between
    two commas ("Eliane Steinmeyer, Geschäftsführerin des Großmarktes, kämpft …" after "Gabi Eutemüller
    und Eliane Steinmeyer stehen …"): a role the article gives the person at another mention than the
    first (src26). A surname alone is not read: "laut Geicke, der Mann ballere …" starts the quote."""
    if not _given_before(text, start):
        return False  # "sagte Müller, …", "Ministerin Müller, …": no given name written before
    match = CLOSED_APPOSITION.match(text, end)
    return match is not None and noun_kind(match.group(1))[0] == "role"


# a relative clause set off by two commas after a name, its sentence going on in lower case: ", die bei der
# Ingmar Heuer GmbH den Import von Früchten organisiert, nennt" (src27); no sentence end or quotation inside
CLOSED_RELATIVE: Final = re.compile(r", (?:der|die) [^,.;:!?„“\"«»()]{1,120}, [a-zäöü]")


def _closed_relative(text: str, start: int, end: int) -> bool:
    """Whether a later mention written in full, given name and surname, has a relative clause between two
    commas ("Gabi Eutemüller, die bei der Ingmar Heuer GmbH den Import von Früchten organisiert, nennt …"
    after "Gabi Eutemüller und Eliane Steinmeyer stehen …"): what the person does, as at the first mention
    (src27). A surname alone is not read, as for ``_closed_apposition``."""
    return _given_before(text, start) and CLOSED_RELATIVE.match(text, end) is not None


def _given_before(text: str, start: int) -> bool:
    """Whether the word right before a surname is a given name or a capitalised word no list knows, not a
    role or an organisation ("Eliane Steinmeyer"; not "sagte Müller", "Ministerin Müller")."""
    before = [w.lstrip(OPENING_CHARS) for w in text[max(0, start - 40) : start].split()[-1:]]
    given = before[0] if before and before[0][:1].isupper() and before[0].isalpha() else ""
    return bool(given) and noun_kind(given)[0] in ("given", "") and not _hits(registry(), given)


# "Der inhaftierte Journalist und Autor aus …": the article, adjectives, one or two nouns, a lower-case word
DESCRIBED: Final = re.compile(
    r"(Der|Die) ((?:[a-zäöü][\w-]*(?:e|en) )*)([A-ZÄÖÜ][\w-]+)(?: und ([A-ZÄÖÜ][\w-]+))? [a-zäöü]"
)
DESCRIBED_GENDER: Final = {"Der": "m", "Die": "f"}
DESCRIBED_CHARS: Final = 200  # characters after a mention searched for the end of its sentence


def _described(reg: Registry, text: str, start: int, end: int) -> str:
    """The person nouns that open the sentence after a mention's with the definite article, as its
    subject ("Der inhaftierte Journalist und Autor aus Flörsheim führte …"): the article's way of saying
    again who the person just named in full is; "" for a mention without a given name before the
    surname ("sagte Klug", "bei Toifl", "Treuhandgesellschaft TVP"), when the sentence opens otherwise,
    with an organisation ("Die Polizei ermittelt") or with a noun of the other gender than the
    article's or the given name's."""
    written = text[start:end].split()  # the mention in full ("Alfred Lejsek"), or its surname alone
    before = written[:1] if len(written) > 1 else text[max(0, start - DESCRIBED_CHARS) : start].split()[-1:]
    given = before[0] if before and before[0][:1].isupper() and before[0].isalpha() else ""
    kind, person = noun_kind(given) if given else ("role", "")
    if not written or kind not in ("given", "") or _hits(reg, given) or written[-1].isupper():
        return ""  # no given name before the surname: a role, an organisation or an abbreviation ("TVP")
    rest = text[end : end + DESCRIBED_CHARS]
    stop = min((i for i in (rest.find(". "), rest.find(".\n")) if i >= 0), default=-1)
    if stop < 0 or any(mark in rest[:stop] for mark in '„“"«»'):
        return ""  # no end of the sentence near, or a quotation between: its speaker may be another
    match = DESCRIBED.match(rest[stop + 1 :].lstrip())
    if match is None:
        return ""
    nouns = [n for n in match.group(3, 4) if n]
    gender = DESCRIBED_GENDER[match.group(1)]
    if person not in ("", gender) or any(_role_kind(noun, gender) != ("role", gender) for noun in nouns):
        return ""
    return " ".join(nouns)


# the organisation after "bei", "beim", "von der" or "vom" in a sentence: "Der Jurist ist beim ECCHR …"
EMPLOYER_NAMED: Final = re.compile(
    r"(?<![\w-])(?:bei|beim|bei der|bei dem|vom|von der) ([A-ZÄÖÜ][\w&-]+(?: [A-ZÄÖÜ][\w&-]+)*)"
)


def _employer_described(reg: Registry, text: str, start: int, end: int) -> tuple[str, str] | None:
    """(type, name) of the organisation the sentence after a person's first mention binds the person noun
    that opens it to ("… sagt Dr. Alexander Schwarz. Der Jurist ist beim ECCHR mitverantwortlich …"), typed
    by the registry or by what the article says it is (``described_organisations``); None otherwise."""
    if not _described(reg, text, start, end):
        return None  # the next sentence does not open with a person noun that may be the person's
    rest = text[end : end + DESCRIBED_CHARS * 2]
    sentences = SENTENCE_END.split(rest, maxsplit=2)
    employer = EMPLOYER_NAMED.search(sentences[1]) if len(sentences) > 1 else None
    if employer is None:
        return None
    name = employer.group(1)
    known = classify(name)
    if known is not None and known.cue and strong_cue(known.cue) and known.type in ORGANISATION_KINDS:
        return known.type, name
    described = described_organisation(text, name)
    return (described[0], name) if described and described[0] in ORGANISATION_KINDS else None


# a definite role noun inside a sentence, its adjectives before it and a genitive after it: "berichtete die
# Präsidentin des Herstellerverbandes VDA am Donnerstag" (src27); the genitive's words capitalised or
# inflected
ROLE_INSIDE: Final = re.compile(
    r"(?<![\w-])(der|die) ((?:[a-zäöü][\w-]*(?:e|en) )*)([A-ZÄÖÜ][\w-]+)"
    r"((?: (?:des|der) (?:[a-zäöü][\w-]*(?:e|en|es|er) )*[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)*)?)"
    r"(?= [a-zäöü]|[,.;:!?])"
)
ROLE_INSIDE_GENDER: Final = {"der": "m", "die": "f"}


def _role_kind(noun: str, gender: str) -> tuple[str, str]:
    """``noun_kind`` of a noun after an article of ``gender``: a role noun in "-e" it calls masculine is an
    adjectival noun after a feminine article ("Die ehemalige Grünen-Vorsitzende", "die Abgeordnete"), as
    no masculine noun in "-e" ("der Kollege") takes "die" in the singular (src29)."""
    kind = noun_kind(noun)
    if gender == "f" and kind == ("role", "m") and noun.endswith("e"):
        return ("role", "f")
    return kind


# a definite role noun in a sentence, also after a contracted article: "Das fängt beim Oberbürgermeister an."
ROLE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:der|die|dem|den|beim|vom|zum|zur) (?:[a-zäöü][\w-]*(?:e|en) )*([A-ZÄÖÜ][\w-]+)"
)


def _role_said_before(reg: Registry, text: str, start: int, end: int) -> _Role | None:
    """The role a definite role noun of the sentence right before a person's first mention in full gives
    them ("Das fängt beim Oberbürgermeister an. Frank Nopper dürfte dasjenige Stadtoberhaupt sein" is the
    mayor's government): the article announces whom it names next (src30); only the sentence that ends
    right before the name, no quotation and no other name in it, the noun of the given name's gender and
    an office by a strong cue."""
    written = text[start:end].split()
    given = written[0] if len(written) > 1 else ""
    if not given[:1].isupper() or not given.isalpha():
        return None
    kind, person = noun_kind(given)
    if kind != "given":
        return None
    head = text[max(0, start - DESCRIBED_CHARS) : start].rstrip()
    if not head.endswith("."):
        return None  # the name does not open a sentence
    opened = max(head.rfind(mark, 0, len(head) - 1) for mark in (". ", "! ", "? ", "\n"))
    sentence = head[opened + 1 :]
    if (
        (opened < 0 and start > DESCRIBED_CHARS)
        or any(mark in sentence for mark in '„“"«»')
        or FULL_NAME.search(sentence)
    ):
        return None
    for match in ROLE_BEFORE.finditer(sentence):
        kind, gender = noun_kind(match.group(1))
        if kind != "role" or gender not in ("", person):
            continue
        found = classify(match.group(1))
        if found is not None and _strong_office(reg, found):
            return _Role(Source(found.type, found.party, found.cue), False)
    return None


def _role_said_after(reg: Registry, text: str, start: int, end: int) -> _Role | None:
    """The role a definite role noun gives a person written in full somewhere inside the next sentence,
    not only as its opening subject (``_described``): "Hildegard Müller kann sich … nicht vorstellen. Im
    Gespräch mit den beiden BFC-Studenten … Werner Bader und Maximilian Jessel berichtete die Präsidentin
    des Herstellerverbandes VDA …" types Müller by the noun with its genitive, read whole (the noun alone,
    "Präsidentin", is a government's); the noun agrees with its article in gender (a feminine noun after
    "der" is a dative or genitive, no subject) and with the person's given name, no given name of that
    gender and no quotation stand between, and a strong office or organisation decides; a past role
    ("die ehemalige Präsidentin des Obersten Gerichtshofs", ``[context] former``) and one bound to the
    person's own name ("der Erdoğan-Premier") give none (src27)."""
    written = text[start:end].split()
    given = written[0] if len(written) > 1 else ""
    if not given[:1].isupper() or not given.isalpha() or written[-1].isupper():
        return None  # a surname alone, an initial or an abbreviation: whose role follows is unsure
    kind, person = noun_kind(given)
    if kind not in ("given", "") or _hits(reg, given):
        return None
    rest = text[end : end + DESCRIBED_CHARS * 2]
    stop = min((i for i in (rest.find(". "), rest.find(".\n")) if i >= 0), default=-1)
    if stop < 0:
        return None
    after = rest[stop + 1 :]
    close = min((i for i in (after.find(". "), after.find(".\n")) if i >= 0), default=len(after))
    inquit = _own_inquit(rest[: stop + 1], after[:close])
    sentence = after[:close] if inquit is None else after[: close + 1]  # "…“, sagte der X." (src39)
    for match in ROLE_INSIDE.finditer(sentence):
        between = rest[: stop + 1] + sentence[: match.start()]
        gender = ROLE_INSIDE_GENDER[match.group(1)]
        if any(mark in between for mark in '„“"«»') and match.start() != inquit:
            return None  # a quotation between: its speaker may be another, unless the noun says it
        if _role_kind(match.group(3), gender) != ("role", gender) or person not in ("", gender):
            continue
        if any(noun_kind(word) == ("given", gender) for word in WORD.findall(between)):
            return None  # another person of that gender named between
        past = any(_past_word(reg, word) for word in (*match.group(2).split(), match.group(3)))
        if past or written[-1] in _hyphen_parts(match.group(3)):
            return None  # "der Erdoğan-Premier" is Erdoğan's; "die ehemalige Präsidentin" speaks for no one
        found = classify(match.group(3) + match.group(4))
        if found is not None and found.type and found.type != "other" and strong_cue(found.cue):
            return _Role(Source(found.type, found.party, found.cue), False)
        return None
    return None


# a quotation that opens a sentence and the verb of saying after it: "„Wir in Europa sind eh schon hinten
# dran“, sagte " before the role noun that says it (src39)
QUOTATION_INQUIT: Final = re.compile(r"\s*[„\"«»][^„“\"«»]+[“\"«»],? (\w+) ")


def _own_inquit(rest: str, sentence: str) -> int | None:
    """Where the subject of a verb of saying (or of "so", "laut": speech_de.toml ``before``) starts that
    follows a quotation opening the sentence after a person's mention ("„Wir in Europa sind eh schon hinten
    dran“, sagte der Finanzprofessor." after "Volker Brühl vom Center for Financial Studies … hielt EPI …
    für die letzte Möglichkeit, …"): a role noun there says that quotation, so the quotation does not stand
    between it and the person as another's speech would (src39); None where the sentence opens otherwise or
    the rest of the mention's sentence ``rest`` holds a quotation."""
    if any(mark in rest for mark in '„“"«»'):
        return None
    inquit = QUOTATION_INQUIT.match(sentence)
    if inquit is None:
        return None
    words, verb = speech_words(), inquit.group(1).lower()
    return inquit.end() if verb in words.before or lemma_de(verb) in words.verbs else None


STATE_TYPES: Final = frozenset({"government", "parliament", "court"})  # offices a second role never outranks


def _employed_second(words: list[str], hits: list[_Hit], chosen: _Hit) -> _Hit:
    """Of two roles after a name joined by "und", the second where it names the organisation the person
    speaks for and the first only a place ("Timo Kowalski, Feuerwehrmann in Essen und Gewerkschafter bei
    Verdi": the union's; src31); a state office first keeps its rank; ``chosen`` otherwise."""
    after = words[chosen.position + 1 : chosen.position + 2]
    if chosen.type in STATE_TYPES or not after or after[0].lower() not in PLACE_PREPOSITIONS:
        return chosen
    joined = next((i for i, w in enumerate(words) if i > chosen.position and w == "und"), None)
    second = next(
        (h for h in hits if joined is not None and h.position > joined and h.type and h.strong), None
    )
    if second is None or second.type == chosen.type or second.type in ORGANISATION_SKIPPED:
        return chosen
    bound = words[second.position + 1 : second.position + 2]
    return second if bound and bound[0].lower() in EMPLOYED else chosen


def _joined_office(reg: Registry, words: list[str], hits: list[_Hit], chosen: _Hit) -> _Hit:
    """A state office joined by "und" to the party office ``chosen``, before or after it, instead of that
    party office: an office held now beats the party (benchmarks/gold/README.md, "Source-type convention":
    "Vizekanzler und ÖVP-Obmann Reinhold Mitterlehner", "ÖVP-Chef und Wirtschaftsminister …" are `government`
    with the party; src29; "der damalige FDP-Vorsitzende und Vizekanzler" in a phrase, src34); ``chosen``
    otherwise, also where the two are offices of the state ("OeNB-Gouverneur und
    EZB-Rat X") or the words between name another person ("Kanzler Werner Faymann und ÖVP-Chef X")."""
    if not _party_office(reg, chosen):
        return chosen
    for hit in hits:
        first, last = sorted((hit.position, chosen.position))
        between = [w for w in words[first + 1 : last] if w != "und"]
        joined = words[first + 1 : last].count("und") == 1
        if (
            joined
            and hit.strong
            and hit.type in INSTITUTIONS
            and not _party_office(reg, hit)
            and all(w[:1].islower() for w in between)
        ):
            return hit
    return chosen


def _party_office(reg: Registry, hit: _Hit) -> bool:
    """Whether a cue typed ``parliament`` is an office of a party, not a seat in parliament: a party's (or
    "Partei…") compound of an office that associations and companies have too ("ÖVP-Obmann", "ÖVP-Chef",
    "Parteichef", "CDU-Generalsekretär") or of a member ("CDU-Politiker"); not "SPD-Landtagsabgeordnete"
    (src29)."""
    last = _hyphen_parts(hit.cue)[-1].lower() if hit.type == "parliament" else ""
    if not last or not (hit.party or last.startswith("partei")):
        return False
    return any(form.endswith(reg.party_office_endings) for form in _forms(last))


def _placed(reg: Registry, hits: list[_Hit], place: _Hit) -> _Hit:
    """The role before a country or city that ends the words before a name: a place there is where the
    person's organisation or office is ("des Getränkegroßhandels OBD Grand Paris", "der Deutschen Bank in
    Frankfurt"), not a government's; the place itself when nothing typed stands before it."""
    return next(
        (
            hit
            for hit in hits
            if hit.type and hit.strong and hit.position < place.position and not _place(reg, hit.cue)
        ),
        place,
    )


def _unplaced(reg: Registry, hits: list[_Hit], place: _Hit) -> _Hit:
    """The first strong cue that is no place after a name, where a country or city comes first: a place
    inside an organisation's name ("von der Long Island University": the university, not Iceland) says
    where, not whom (src27); the place itself when nothing else is typed."""
    return next((hit for hit in hits if hit.type and hit.strong and not _place(reg, hit.cue)), place)


def _origin(reg: Registry, words: list[str], place: _Hit) -> bool:
    """Whether a country or city after a name is where the person is from: "aus" governs it, directly or
    through its article ("Milkesa Mengesha, ebenfalls aus Äthiopien", "Anna Roth aus der Ukraine"), not
    whose office the person holds; an origin, as "der Äthiopier" is."""
    if not _place(reg, place.cue):
        return False
    at = place.position - 1
    if at >= 1 and words[at].lower() in ARTICLES:
        at -= 1
    return at >= 0 and words[at].lower() == ORIGIN_PREPOSITION


def _place_in_name(reg: Registry, words: list[str], hits: list[_Hit], place: _Hit) -> bool:
    """Whether a country or city after a name ends an organisation's name: a capitalised word that no cue
    covers stands right before it ("von Creative Commons Österreich" is the non-profit's Austrian chapter,
    not Austria's government; "Bürgermeister von Paris", "Universität Wien" keep theirs)."""
    position = place.position
    if position < 1 or position > len(words) or not _place_ends_name(reg, place.cue, words[position - 1]):
        return False
    return not any(h.position <= position - 1 < h.position + len(h.cue.split()) for h in hits)  # uncovered


def _office(hits: list[_Hit]) -> bool:
    """Whether ``hits`` hold a strong cue of an office (see ``OFFICES``)."""
    return any(hit.strong and hit.type in OFFICES for hit in hits)


HYPHENS: Final = re.compile(r"[-–]")  # what joins a compound's parts ("VGT-Obmann", "GPA-djp-Chef")


def _hyphen_parts(word: str) -> list[str]:
    """The parts of a hyphenated word, its brackets and commas left out ("(BWE-Präsident," → "BWE",
    "Präsident")."""
    return [part for part in HYPHENS.split(word.strip(",;()")) if part]


def _bound_type(reg: Registry, text: str, words: str) -> Source | None:
    """The type the article gives an organisation the registry does not know that a role in ``words``
    is bound to by a hyphen ("GPA-djp-Chef", "vida-Vorsitzender", "VGT-Obmann": a role of no type or
    an office associations share), when it is no party's; None otherwise."""
    names = _bound(reg, words) if "-" in words or "–" in words else []
    found = _organisation(reg, text, names, frozenset(WORD.findall(words))) if names else None
    return Source(found[0], None, found[1]) if found and found[0] != "parliament" else None


# letters of a weak role's modifier read as an organisation's name ("VCÖ-Expertin", not "IT-")
BOUND_NAME: Final = 3


def _bound(reg: Registry, words: str) -> list[str]:
    """The unregistered modifiers of the hyphenated roles of no or a weak type and of the shared offices
    in ``words``, whole and by their parts ("GPA-djp", "GPA", "djp"): the organisations those roles
    belong to. Before a weak role of a type ("VCÖ-Expertin") only a name that is no German word: a
    field ("Klima-Experte", "Nahost-Experte") is what the person knows, not whom they speak for; none
    after a word that makes the role a past one ("ehemalige", "früheren": ``[context] former``)."""
    names: list[str] = []
    for word in words.split():
        parts = _hyphen_parts(word)
        if _past_word(reg, word):
            break  # "die ehemalige 9Live-Mitarbeiterin", "Ex-VSGE-Chef": a past role speaks for no one
        if len(parts) < 2 or not parts[-1][:1].isupper():
            continue
        role = _role_noun(reg, parts[-1])
        if role is None or (role[1] and not _shared_office(reg, parts[-1])) or role[0] == "anonymous":
            continue
        modifier = parts[:-1]
        if any(_known(reg, part) for part in modifier):
            continue  # a registered organisation or party already decides ("SPD-Chef", "BUND-Vorsitzender")
        whole = "-".join(modifier)
        if role[0] and not _shared_office(reg, parts[-1]) and (len(whole) < BOUND_NAME or is_known_de(whole)):
            continue
        names += [whole, *(p for p in modifier if len(p) > 1 and len(modifier) > 1)]
    return names


ABBREVIATION: Final = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]*[A-ZÄÖÜ]")  # "BWE", "VfGH", "ÖVGW"
# letters of an abbreviation read so; two-letter ones are countries too ("US", "UK")
ABBREVIATION_MIN: Final = 3


def _abbreviated_office(reg: Registry, phrase: str) -> bool:
    """Whether ``phrase`` holds an office that names no state when an abbreviation of at least
    ``ABBREVIATION_MIN`` letters that the registry does not know is bound to it by a hyphen, and that
    the article did not type ("BWE-Präsident", "OERAK-Präsident": an association's; "US-Präsident" has a
    country of two letters, "EU-Präsident" a registered body), or in the genitive after it ("der
    Präsidentin der EKS", src29)."""
    words = phrase.split()
    for number, word in enumerate(words):
        parts = _hyphen_parts(word)
        genitive = words[number + 1 : number + 3]
        if (
            len(parts) == 1
            and word.lower() in reg.abbreviation_offices
            and len(genitive) == 2
            and genitive[0] in ("des", "der")
        ):
            parts = [genitive[1].rstrip(",;:!?.)"), word]  # "Präsidentin der EKS" as "EKS-Präsidentin"
        if len(parts) != 2 or parts[1].lower() not in reg.abbreviation_offices:
            continue
        modifier = parts[0]
        if (
            len(modifier) >= ABBREVIATION_MIN
            and ABBREVIATION.fullmatch(modifier)
            and not _known(reg, modifier)
        ):
            return True
    return False


def _known(reg: Registry, word: str) -> bool:
    """Whether a word names something the registry types: an organisation, a party or a typed head."""
    cue = _name_cue(reg, word) or _head_cue(reg, word.lower(), word, modifier_only=True)
    return cue is not None and (cue[0] is not None or cue[3] is not None)


def _shared_office(reg: Registry, word: str) -> bool:
    """Whether a word ends in an office that parties and companies share with associations ("Obmann")."""
    return any(form.endswith(reg.shared_office_endings) for form in _forms(word.lower()))


ORGANISATION_WORDS: Final = 4  # capitalised words of a speaker phrase looked up as organisations
BRACKETED_NAME_WORDS: Final = 8  # words before "(ABC)" read as the name the abbreviation stands for
APPOSITION_WORDS: Final = 5  # words of ", einer Sicherheitsfirma," after an organisation's name
# a full stop inside a name, right before a lower-case letter that opens no web address's ending ("ver.di",
# not "Military.com"): it ends no sentence and no apposition (src63)
NAME_STOP: Final = re.compile(rf"\.(?!{TOP_LEVEL_DOMAINS}\b)(?=[a-zäöüß])")
# the marks that end an apposition ("Stefanie Nutzenberger, ver.di-Bundesvorstandsmitglied, kritisiert": one)
APPOSITION_END: Final = re.compile(rf"[,;!?:()–]|(?!{NAME_STOP.pattern})\.")
APPOSITION_PARTS: Final = re.compile(rf"({APPOSITION_END.pattern})")  # the same, kept by a split between them
ORGANISATION_SKIPPED: Final = frozenset({"anonymous", "citizen"})  # types that are nobody's organisation


def _organisation(
    reg: Registry, text: str, names: list[str], own: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """(type, cue) of an organisation named by ``names`` that the registry does not know, from the
    words the article puts next to it: "der Google-Schwesterfirma Waymo" makes "Waymo-Chef" business,
    "Konzern X", "X GmbH", "X e.V." likewise, an apposition ("Bromium, einer Sicherheitsfirma,") and
    the full name an abbreviation stands for ("die Bundeswettbewerbsbehörde (BWB)"); not the words of
    the speaker phrase ``own`` itself (the word beside "Stephan" in "Hans-Stephan Bosch" is his surname)."""
    for name in names:
        website = _website(reg, text, name)
        if website:  # "iRights" where the article writes "iRights.info"
            return website
        for position in itertools.islice(_whole_words(text, name), MENTIONS):
            end = position + len(name)
            for side, words in enumerate(_beside(text, position, end)):
                for hit in _hits(reg, words) if words else ():
                    if (
                        hit.type
                        and hit.strong
                        and hit.type not in ORGANISATION_SKIPPED
                        and hit.cue not in own
                        and not (side and text[end : end + 1] == " " and _place_ends_name(reg, hit.cue))
                        and not (side and text[end : end + 1] == " " and _spoken_to(reg, name, hit))
                    ):  # a country or city right after the name ends it ("Creative Commons Österreich")
                        return hit.type, hit.cue
        described = described_organisation(text, name)
        if described is not None and described[1] not in own:  # "(ECCHR) … Das teilte die Berliner NGO mit"
            return described
    return None


def _spoken_to(reg: Registry, name: str, hit: _Hit) -> bool:
    """Whether a medium written right after a name with no comma, article or preposition is the one the
    person spoke to, in the dative ("sagt Judy Lybke ntv.de selbstbewusst", "sagte Habeck RTL"): German
    binds no employer to a name so; a name that is itself no word the registry types (a person's, not
    "Spiegel" of "Spiegel Online") (src38)."""
    return hit.type == "media" and hit.position == 0 and not _known(reg, name)


def _website(reg: Registry, text: str, name: str) -> tuple[str, str] | None:
    """(type, cue) of a name the article also writes as a web address ([types.*] domains: "iRights" after
    "iRights.info erscheinen die Forderungen …"): the website's; None otherwise."""
    if not name[:1].isalpha() or "." in name or f"{name}." not in text:
        return None  # (the address needs the name right before its dot: no regex where none stands)
    position, resume = text.find(name), 0  # each place of the name in turn, as a search for the address
    while position >= 0:  # would try them, with one pattern for the ending instead of one per name
        if position >= resume and ADDRESS_OPENS.match(text, position):
            ending = DOMAIN_ENDING.match(text, position + len(name))
            if ending:
                found = reg.domains.get(ending.group(0))
                if found:
                    return found, text[position : ending.end()]
                resume = ending.end()  # (a search goes on after the address it found)
        position = text.find(name, position + 1)
    return None


ADDRESS_OPENS: Final = re.compile(r"(?<![\w.-])")  # no letter, digit, dot or hyphen before a web address
DOMAIN_ENDING: Final = re.compile(r"\.[a-z]{2,4}(?![\w-])")  # ".info", ".at" after the name


# "Bewegung „…“ ("
QUOTED_BEFORE_BRACKET: Final = re.compile(r"(\w[\w-]*)\s+[„\"«]([^„“\"«»]{1,80})[“\"»]\s*$")


def _beside(text: str, start: int, end: int) -> tuple[str, str]:
    """The words next to a name at ``start:end``: the name an abbreviation in brackets stands for,
    else the word before it; an apposition set off by a comma, else the word after it."""
    window = text[max(0, start - 160) : start]
    if window.endswith("(") and text[end : end + 1] == ")":  # "Vienna Insurance Group (VIG)"
        cut = max(window.rfind(mark, 0, -1) for mark in NAME_BREAKS)  # "Bündnis aus X (PLDM), Y (PDM)"
        before = _premodifier(_after_role(window[cut + 1 : -1].split()[-BRACKETED_NAME_WORDS:]))
        quoted = QUOTED_BEFORE_BRACKET.search(window[:-1])
        if quoted:  # "die Bewegung „People's Alliance for Democracy“ (PAD)": the word that introduces it
            before = f"{quoted.group(1)} {quoted.group(2)}"
    else:  # the word before a name in quotation marks: "die Kampagne „Stop Killer Robots“"
        before = " ".join(window.rstrip().rstrip(OPENING_CHARS).split()[-1:])
        if (
            before[-1:] in SENTENCE_BREAKS
            and before not in ABBREVIATIONS
            and not TITLE_END.search(before)
            and not _named_across(registry(), before.rstrip(SENTENCE_BREAKS))
        ):  # across a sentence end only a person's role or an organisation's name ("der Kanzlerin. Merkel
            before = ""  # sei", "zeigt auch Ikea. Barbara Riedl"), not a word that names something else
            # ("in Lillehammer Premiere. Maag will", "Gold in Peking.\n\nCene Prevc")
    rest = text[end : end + 80]
    if rest.startswith(", "):  # "Bromium, einer Sicherheitsfirma, die …"
        apposition = APPOSITION_END.split(rest[2:], maxsplit=1)[0].split()[:APPOSITION_WORDS]
        if _noun_phrase(apposition) and not _addressed_medium(registry(), " ".join(apposition)):
            return before, " ".join(apposition)
    return before, " ".join(w.rstrip(",;:!?") for w in rest.split()[:1])


def _named_across(reg: Registry, word: str) -> bool:
    """Whether the last word of a sentence may say who the name opening the next one is: a person's role
    ("Kanzlerin") or an organisation's name the registry knows ("Ikea"), no country or city and no word
    that merely ends in a role head ("Premiere")."""
    if noun_kind(word)[0] == "role":
        return True
    return any(hit.type and (hit.cue,) in reg.names and not _place(reg, hit.cue) for hit in _hits(reg, word))


# What an article says an organisation is where it first names it (src24): a head noun before the name
# ("der Autobauer BMW", "des deutschen Hightech-Verbandes Bitkom"), after it ("die Funke Mediengruppe"),
# set off after it ("BMW, der Münchner Autobauer,") or the full name an abbreviation in brackets stands
# for ("das Institut der deutschen Wirtschaft (IW)").
ORGANISATION_KINDS: Final = frozenset({"business", "civil_society", "media", "expert", "authority"})
ORGANISATION_NOUNS: Final = frozenset({"organisation", "media"})  # noun kinds of a head that names no person
# Possessive (speed round 18): a name ends where its run of words ends, and no shorter run can be
# followed by what must follow it (a comma, or nothing), so giving words or letters back never matches.
ORGANISATION_NAME: Final = r"[A-ZÄÖÜ0-9][\w&'’+-]*+(?:\s+(?:[A-ZÄÖÜ0-9][\w&'’+-]*+|&))*+"
ADJECTIVES: Final = r"(?:(?:[a-zäöü][\w-]*(?:e|en|er|es|em)|[A-ZÄÖÜ]\w*er)\s+)*"  # "deutschen", "Münchner"
# The article opens at a "D" or "d" with no letter before it ("\b" written as a look-behind after the
# letter, speed round 19): a pattern opening with a letter lets ``re`` skip to the next "d" in C, one
# opening with "\b" was tried at every character of the text (69 → 43 and 59 → 31 µs per text).
ARTICLE_OPENS: Final = r"[Dd](?<!\w[Dd])(?:er|ie|as|es|em|en)"  # a definite article as a word of its own
HEAD_BEFORE_NAME: Final = re.compile(
    rf"{ARTICLE_OPENS}\s+{ADJECTIVES}([A-ZÄÖÜ][\w-]+)\s+({ORGANISATION_NAME})"
)
HEAD_AFTER_NAME: Final = re.compile(rf"{ARTICLE_OPENS}\s+([A-ZÄÖÜ][\w-]+)\s+([A-ZÄÖÜ][\w-]+)\b")
# the head may take a complement before the apposition ends ("Chrono24, einem Online-Händler für
# Luxusuhren,"; src33), and its article may be a dative one
HEAD_COMPLEMENT: Final = r"(?:\s+[a-zäöü]+(?:\s+[\w-]+){1,3}?)?"
SET_OFF_ARTICLE: Final = r"(?:ein|eine|einer|eines|einem|der|die|das|des|dem)"
SET_OFF_HEAD: Final = rf",\s+{SET_OFF_ARTICLE}\s+{ADJECTIVES}([A-ZÄÖÜ][\w-]+){HEAD_COMPLEMENT}\s*[,.;)–]"
HEAD_SET_OFF: Final = re.compile(rf"({ORGANISATION_NAME}){SET_OFF_HEAD}")
SET_OFF_HEAD_AFTER_COMMA: Final = re.compile(SET_OFF_HEAD)  # where the name of a match of HEAD_SET_OFF ends
NAME_CHARACTER: Final = re.compile(r"[\w&'’+\s-]")  # a character ORGANISATION_NAME takes
NAME_IN_BRACKETS: Final = re.compile(r"([A-ZÄÖÜ][^()\n.!?:;,„“\"«»]{2,80}?)\s+\(([A-ZÄÖÜ][\w&-]{1,10})\)")
# where a match of NAME_IN_BRACKETS can end
BRACKETED_ABBREVIATION: Final = re.compile(r"\([A-ZÄÖÜ][\w&-]{1,10}\)")
BRACKETED_NAME_CHARS: Final = 81  # the longest name NAME_IN_BRACKETS takes
KINDS_CACHE: Final = 256  # articles whose organisations are remembered


def described_organisations(text: str) -> dict[str, tuple[str, str]]:
    """The organisations an article says what they are of, by name: name → (type, the head noun that
    says it). A head that names a person as well ("der Autobauer", "der Analyst") counts only before
    one word that is no given name ("der Autobauer BMW", not "der Analyst Ming-Chi Kuo"). Read once
    per text."""
    reg = registry()
    found = reg.article_kinds.get(text)
    if found is not None:
        return found
    found = {}
    for match in HEAD_BEFORE_NAME.finditer(text):
        _describe(reg, found, match.group(2), match.group(1))
    for match in _set_off_names(text):
        _describe(reg, found, match.group(1), match.group(2))
    for match in HEAD_AFTER_NAME.finditer(text):
        _describe(reg, found, match.group(1), match.group(2), person_noun=False)
    for match in _names_in_brackets(text):
        words = match.group(1).split()[-BRACKETED_NAME_WORDS:]
        hit = next((h for h in _hits(reg, " ".join(words)) if h.type and h.strong), None)
        if hit and hit.type in ORGANISATION_KINDS:
            found.setdefault(match.group(2), (hit.type, hit.cue))
        elif hit is None:
            taken = _taken_up(reg, text, match)  # "(ECCHR) unterstützt … . Das teilte die Berliner NGO mit."
            if taken:
                found.setdefault(match.group(2), taken)
    return remember(reg.article_kinds, text, found, KINDS_CACHE)


def described_organisation(text: str, name: str) -> tuple[str, str] | None:
    """``described_organisations(text).get(name)``, without reading the article's organisations where no
    place of ``name`` in the text can be one a match gives its kind (speed round 29): most names asked for
    are persons', and the article's organisations were read for them in most articles before."""
    reg = registry()
    found = reg.article_kinds.get(text)
    if found is None:
        if not name or not _may_be_described(reg, text, name):
            return None
        found = described_organisations(text)
    return found.get(name)


def _may_be_described(reg: Registry, text: str, name: str) -> bool:
    """Whether a place of ``name`` in ``text`` may be where ``described_organisations`` gives it a kind:
    right after a head with an organisation's strong cue ("der Autobauer BMW", the first word of "Funke
    Mediengruppe" after "die Verlagsgruppe"), right before one that is a noun of an organisation ("die Funke
    Mediengruppe"), before a head set off after it ("BMW, der Münchner Autobauer,") or in brackets ("(IW)").
    Each match of those patterns opens its name at such a place, so where none is one, no name is given."""
    position = text.find(name)
    while position >= 0:
        end = position + len(name)
        if position and text[position - 1] == "(" and text.startswith(")", end):
            return True  # an abbreviation in brackets (NAME_IN_BRACKETS, _taken_up)
        if HEAD_SET_OFF.match(text, position):
            return True
        if _head_before(reg, text, position):
            return True
        after = HEAD_AFTER.match(text, end)
        if (
            after
            and _organisation_kind(reg, after.group(1)) is not None
            and noun_kind(after.group(1))[0] in ORGANISATION_NOUNS
        ):
            return True
        position = text.find(name, position + 1)
    return False


HEAD_AFTER: Final = re.compile(r"\s+([A-ZÄÖÜ][\w-]+)\b")  # the head after a name (the end of HEAD_AFTER_NAME)
HEAD_WORD: Final = re.compile(r"[A-ZÄÖÜ][\w-]+")  # a head before a name (HEAD_BEFORE_NAME's first group)


def _head_before(reg: Registry, text: str, position: int) -> bool:
    """Whether the word before the white space before ``position`` is a head of HEAD_BEFORE_NAME with an
    organisation's strong cue: the run of letters, digits and hyphens the white space ends."""
    stop = position
    while stop and text[stop - 1].isspace():
        stop -= 1
    if stop == position:
        return False
    start = stop
    while start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        start -= 1
    head = text[start:stop]
    return HEAD_WORD.fullmatch(head) is not None and _organisation_kind(reg, head) is not None


def _organisation_kind(reg: Registry, head: str) -> str | None:
    """The kind of organisation ``head`` names by a strong cue ("Autobauer": business, "NGO": civil
    society), or None: the heads ``_describe`` and ``_taken_up`` read, and ``_may_be_described`` looks for."""
    cue = _role_noun(reg, head)
    return cue[0] if cue is not None and cue[1] and cue[0] in ORGANISATION_KINDS else None


# a definite noun phrase that takes up an organisation of the sentence before ("die Berliner NGO"; src31)
TAKEN_UP: Final = re.compile(rf"(?<![\w-])(?:[Dd]er|[Dd]ie|[Dd]as)\s+{ADJECTIVES}([A-ZÄÖÜ][\w-]+)")
NAME_AFTER: Final = re.compile(r"\s+[A-ZÄÖÜ]")  # a capitalised word right after the noun: a name
TWO_WORDS: Final = re.compile(r"\S+\s+\S+\s+")  # a sentence's first word and its verb


def _taken_up(reg: Registry, text: str, match: re.Match[str]) -> tuple[str, str] | None:
    """(type, noun) of an abbreviated organisation whose full name says nothing ("European Center for
    Constitutional and Human Rights (ECCHR)") from the singular noun of an organisation with a definite
    article in the next sentence ("Das teilte die Berliner NGO am Vormittag mit."): the article as its own
    registry. Only where its sentence names no other abbreviation in brackets and the registry does not
    know it; None otherwise."""
    abbreviation = match.group(2)
    known = classify(abbreviation) if ABBREVIATION.fullmatch(abbreviation) else None
    if known is None or known.cue is not None:
        return None  # no abbreviation ("(Ortszeit)"), or one the registry knows
    opened = max((m.end() for m in SENTENCE_END.finditer(text, 0, match.start())), default=0)
    ended = SENTENCE_END.search(text, match.end())
    if ended is None or len(BRACKETED_ABBREVIATION.findall(text, opened, ended.start())) != 1:
        return None
    following = SENTENCE_END.search(text, ended.end())
    sentence = text[ended.end() : following.start() if following else len(text)]
    opening = sentence.lstrip()
    noun = TAKEN_UP.match(opening)
    if noun is None:  # the subject after the verb: "Das teilte die Berliner NGO … mit"
        verb = TWO_WORDS.match(opening)
        noun = TAKEN_UP.match(opening, verb.end()) if verb else None
    if noun is None:
        return None
    head = noun.group(1)
    kind = _organisation_kind(reg, head) if "-" not in head else None  # not "die US-Firma": another's
    if kind is None:
        return None
    if noun_kind(head)[0] != "organisation" and not head.isupper():
        return None  # a noun of an organisation ("der Verein") or a kind in capitals ("die NGO") only
    lemma = lemma_de(head.lower())
    if lemma[:1].isupper() and lemma.lower() != head.lower():
        return None  # a plural ("Die Organisationen") takes up more than the one
    if NAME_AFTER.match(opening, noun.end()):
        return None  # "die Firma Westinghouse": another organisation, named
    return kind, head


def _names_in_brackets(text: str) -> Iterator[re.Match[str]]:
    """``NAME_IN_BRACKETS.finditer(text)``, searched only from a name's length before each abbreviation
    in brackets (and its white space): no match can start further back, so most of a text is skipped."""
    pos = 0
    for abbreviation in BRACKETED_ABBREVIATION.finditer(text):
        start = abbreviation.start()
        if start < pos:
            continue
        while start and text[start - 1].isspace():
            start -= 1
        match = NAME_IN_BRACKETS.search(text, max(pos, start - BRACKETED_NAME_CHARS))
        if match is None:
            return
        yield match
        pos = match.end()


def _set_off_names(text: str) -> Iterator[re.Match[str]]:
    """``HEAD_SET_OFF.finditer(text)``, searched only from the start of the run of characters a name takes
    before each comma that the head noun follows (most texts have few): a name's words are tried from every
    capital letter otherwise, each run to its end again for each of its capitalised words. No match can
    start further back than that run (a name holds no other character), so the matches are the same."""
    pos = 0
    head = SET_OFF_HEAD_AFTER_COMMA.search(text)
    while head is not None:  # every comma the head follows, also inside another's head ("…, der X, die Y")
        start = head.start()
        if start >= pos:
            while start > pos and NAME_CHARACTER.match(text, start - 1):
                start -= 1
            match = HEAD_SET_OFF.search(text, start)
            if match is None:
                return
            yield match
            pos = match.end()
        head = SET_OFF_HEAD_AFTER_COMMA.search(text, max(pos, head.start() + 1))


def _describe(
    reg: Registry, found: dict[str, tuple[str, str]], name: str, head: str, person_noun: bool = True
) -> None:
    """Add ``name`` (and its first word) as an organisation of the kind of ``head`` when the head is
    one's; a person noun ("Autobauer") only before one word that is no given name, and not at all after
    the name (``person_noun``)."""
    kind = _organisation_kind(reg, head)
    if kind is None:
        return
    noun = noun_kind(head)[0]
    if noun not in ORGANISATION_NOUNS and (not person_noun or " " in name or noun_kind(name)[0] == "given"):
        return
    if not _adjective(name.split()[0]):  # "die Funke Mediengruppe", not "die Deutsche Bank"
        found.setdefault(name, (kind, head))
        found.setdefault(name.split()[0], (kind, head))


def _adjective(word: str) -> bool:
    """Whether a capitalised word is an inflected adjective ("Deutsche", "Österreichische"), by its
    lemma: the word's start without the ending ("deutsch"), not another word ("Funke": "funken")."""
    lower = word.lower()
    lemma = lemma_de(lower)
    return (
        lower.endswith(ADJECTIVE_ENDINGS) and lemma != lower and lemma.islower() and lower.startswith(lemma)
    )


def _after_role(words: list[str]) -> list[str]:
    """The words of a name an abbreviation stands for after a role of no or a weak type and its genitive
    article: "(VÖP)" after "Vorsitzender des Verbands der Privatsender" is the association, not its chair."""
    reg = registry()
    for index in range(len(words) - 1, 0, -1):
        role = _role_noun(reg, words[index - 1]) if words[index - 1][:1].isupper() else None
        if words[index] in DEFINITE_GENITIVES and role is not None and not role[1]:
            return words[index + 1 :]
    return words


ONE_OF: Final = INDEFINITE_ARTICLES - {"ein"}  # "einer der …": one of several


def _noun_phrase(words: list[str]) -> bool:
    """Whether words open with an article, adjectives and a noun ("ein Münchner Softwarehersteller"),
    not a relative clause ("der die Entscheidung …", "die sich auf Viren …")."""
    if not words or words[0].lower() not in ARTICLES:
        return False
    if words[0].lower() in ONE_OF and words[1:2] and words[1] in DEFINITE_GENITIVES:
        words = words[1:]  # "Zentrox, einer der größten Gerätehersteller weltweit"
    for word in words[1:]:
        if word[:1].isupper():
            return True
        if word in ARTICLES or not word.endswith(ADJECTIVE_ENDINGS):
            return False
    return False


def _affiliations(reg: Registry, before: str, after: str) -> list[str]:
    """Names of the organisations a role of no type belongs to, around a person's first mention: the
    modifier of "Lilium-Chef" before the name, the name after "von", "bei" or a role of no or a weak
    type ("Sprecherin von Quantica", "Mitarbeiterin bei Quantica"); not other names nearby ("die
    NSU-Rechtsterroristin Beate Zschäpe ist …")."""
    names = []
    for word in before.split():
        parts = _hyphen_parts(word)
        if len(parts) > 1 and _generic(reg, parts[-1]):
            names += [p for p in parts[:-1] if len(p) > 2 and p[:1].isupper()]
    words = after.split()
    role = _role_noun(reg, words[0].strip(",;")) if words else None
    if words and (words[0] in AFFILIATION or (role is not None and not role[1])):  # generic or weak
        names += _name_parts(reg, " ".join(words[1:]))
    elif words and words[0][:1].isupper():  # "Head of Content bei Chrono24": a role of words no list types
        bound = next((i for i, w in enumerate(words[:APPOSITION_WORDS]) if w in AFFILIATION), 0)
        role_words = " ".join(words[:bound])
        if (
            bound
            and not APPOSITION_END.search(role_words)
            and not any(h.type for h in _hits(reg, role_words))
        ):
            names += _name_parts(reg, " ".join(words[bound + 1 :]))
    return names


APOSTROPHES: Final = "'’‘"  # that mark a genitive after a name ending in s ("Halas‘ Kollege"; src25: dev8)
# words between a role and whose it is ("Sprecherin von Anna Roth")
PRINCIPAL_SKIPPED: Final = AFFILIATION | ARTICLES


def _principals(reg: Registry, words: str) -> list[str]:
    """The persons a role of no type may belong to, by their surname: the modifier of "Clinton-Sprecher",
    the name after the role ("ein Sprecher Koch-Mehrins", "die Sprecherin von Anna Roth")."""
    found = []
    split = words.split()
    for number, word in enumerate(split):
        bare = word.strip(",;()")
        parts = HYPHENS.split(bare)
        if len(parts) > 1 and parts[0][:1].isupper() and _generic(reg, parts[-1]):
            found.append("-".join(parts[:-1]))
        elif _generic(reg, bare):
            following = [
                w.strip(",;") for w in split[number + 1 : number + 4] if w.lower() not in PRINCIPAL_SKIPPED
            ]
            names = following[: next((i for i, w in enumerate(following) if not NAME_WORD.fullmatch(w)), 3)]
            found += names[-1:]
            if _saxon_genitive(split, number):
                found.append(split[number - 1].rstrip(APOSTROPHES))  # "Kerrys Sprecher", "Halas‘ Kollege"
    return found


# a possessive pronoun and a colleague's noun right before a person's first mention, whose possessor the
# sentence before names ("betonte sein Kollege Stefan Bruckbauer"; src57)
COLLEAGUE_BEFORE: Final = re.compile(r"(?<!\w)(?:[Ss]eine?|[Ii]hre?) Kolleg(?:e|in) $")
COLLEAGUE_REACH: Final = 400  # characters read before the colleague for the possessor's name


def _possessed_colleague(reg: Registry, text: str, mention: tuple[int, int], own: str) -> Source | None:
    """The role of the person whose colleague speaks, named by a possessive pronoun right before the
    speaker's first mention ("betonte sein Kollege Stefan Bruckbauer" after "sagte Bank-Austria-Ökonom Walter
    Pudschedl"): the last person the article names in full (a given name and a surname) in the words before
    it, back to the start of the sentence before it, as the article gives that person a strong role (a
    colleague works where the possessor does; src57). None without the possessive and the colleague's noun,
    or without such a person."""
    before = COLLEAGUE_BEFORE.search(text, max(0, mention[0] - 30), mention[0])
    if before is None:
        return None
    window = text[max(0, before.start() - COLLEAGUE_REACH) : before.start()]
    breaks = [m.end() for m in STATEMENT_BREAK.finditer(window)]
    window = window[breaks[-2] if len(breaks) > 1 else 0 :]  # this sentence and the one before it
    given = speech_words().given
    names = [m for m in FULL_NAME.finditer(window) if m.group(1) in given and m.group(2) not in own.split()]
    if not names:
        return None
    role = _principal_role(reg, text, names[-1].group(2), own, read=True)
    return role if role is not None and role.type != "other" else None


def _saxon_genitive(words: list[str], number: int) -> bool:
    """Whether the word before ``words[number]`` is a name in the genitive put before it, with no article
    ("Kerrys Sprecher", "Merkels Sprecherin"; not "des Ministeriums Sprecher")."""
    before = words[number - 1].rstrip(APOSTROPHES) if number else ""
    if not NAME_WORD.fullmatch(before) or words[number - 1][-1:] not in "s" + APOSTROPHES:
        return False
    return number == 1 or words[number - 2].lower() not in ARTICLES


def _principal_role(reg: Registry, text: str, surname: str, own: str, read: bool = False) -> Source | None:
    """The strong role the article gives a person named by surname (also in the genitive, "Koch-Mehrins"),
    not the speaker themself; None when it gives none. ``read``: else the type the person is read as with
    the article, by a strong cue (the university after "Seniorautorin Naomi Halas", whose colleague
    speaks: "Halas‘ Kollege Peter Nordlander"; src25)."""
    surname = surname.rstrip(APOSTROPHES)
    if surname.endswith("s") and _whole_word(text, surname[:-1]) is not None:
        surname = surname[:-1]
    mention = _first_mention(text, surname) if surname not in own.split() else None
    if mention is None:
        return None
    particles = _particles_in(text[mention[0] : mention[1]])
    for number, (start, end) in enumerate(_mentions(text, surname, mention)):
        chosen = _role_at(reg, text, start, end, None, later=number > 0, particles=particles)
        if chosen and chosen.type != "other" and not chosen.weak:
            return chosen.source
    if read:
        found = _in_text(surname, text, None, None, principals=False)
        if found is not None and found.type != "other" and strong_cue(found.cue):
            return Source(found.type, found.party, found.cue)
    return None


def _spokesperson(reg: Registry, word: str) -> bool:
    """Whether a word is a spokesperson's role of no type, with no modifier naming whom ("Pressesprecher",
    not "Clinton-Sprecher", "Polizeisprecher")."""
    if not word[:1].isupper() or "-" in word:
        return False
    heads = reg.spokesperson_endings
    return any(form.endswith(heads) for form in _forms(word.lower())) and _generic(reg, word)


def _generic(reg: Registry, word: str) -> bool:
    """Whether a word is a role noun of no type ("Chefin", "Sprecher")."""
    cue = _role_noun(reg, word)
    return cue is not None and cue[0] is None and cue[3] is None


def _role_noun(reg: Registry, word: str) -> _Cue | None:
    """The cue of the head a word ends in, or None for no role noun; remembered per word."""
    if word in reg.head_cache:
        return reg.head_cache[word]
    return remember(reg.head_cache, word, _head_cue(reg, word.lower(), word), CACHE_SIZE)


def _name_parts(reg: Registry, phrase: str) -> list[str]:
    """The capitalised words of a phrase's first words, compounds split, that may name an organisation:
    no article and no role noun ("Sprecherin von Bromium" → "Bromium"); a name written in small letters
    ("iRights", or "creditshelf" as the whole phrase, no German word) too; not a country or city right after
    another name word, which ends that name ("von Creative Commons Österreich")."""
    words = WORD.findall(phrase)[:ORGANISATION_WORDS]
    return [
        part
        for number, word in enumerate(words)
        for part in HYPHENS.split(word)
        if (len(part) > 2 or (part == word and len(word) == 2 and word.isupper()))  # "(HG)", not "US-"
        and (part[:1].isupper() or _camel_case(part) or (part == phrase and not is_known_de(part)))
        and part.lower() not in ARTICLES
        and _role_noun(reg, part) is None
        and not (number and part == word and _place_ends_name(reg, word, words[number - 1]))
    ]


def _place_ends_name(reg: Registry, place: str, before: str | None = None) -> bool:
    """Whether a country or city right after an organisation's name ends that name, as its chapter there
    ("Creative Commons Österreich" is the non-profit's Austrian chapter, not Austria's government): right
    after the name itself, or after a word ``before`` it that may be part of a name (``_name_word``; not
    "Bürgermeister von Paris")."""
    return _place(reg, place) and (before is None or _name_word(before))


def _name_word(word: str) -> bool:
    """Whether a word may be part of an organisation's name: capitalised, no article ("Commons" of
    "Creative Commons Österreich")."""
    return word[:1].isupper() and word.lower() not in ARTICLES


def _camel_case(word: str) -> bool:
    """A name written with a small first letter and a capital after it ("iRights", "eBay")."""
    return word[:1].islower() and any(letter.isupper() for letter in word[1:])


# words before a name whose party is the person's ("der CDU-Politiker und Minister X")
PARTY_WINDOW: Final = 4
ARTICLE_PARTY_MENTIONS: Final = 3  # the article's party: named at least this often …
ARTICLE_PARTY_SHARE: Final = 0.75  # … and in at least this share of all party names in the text


UNOWNED_OFFICE: Final = "civil_society"  # whom a bare chair speaks for in an article that names no party


def _political(reg: Registry, text: str) -> bool:
    """Whether the article names a party or a parliament or its people by a strong cue ("SPD", "die
    rechtsextreme Partei Jobbik", "Landtag", "Abgeordnete"): its capitalised words, each looked up once."""
    return any(
        hit.party or (hit.strong and hit.type == "parliament")
        for word in {w for w in _words_of(text) if w[:1].isupper()}
        for hit in _hits_word(reg, word.rstrip("."), 0)
    )


def _article_party(reg: Registry, text: str) -> str | None:
    """The one party an article is about (named alone or as a compound's first part, "AfD-Funktionär"),
    or None when it names several about equally; counted once per text."""
    found = reg.article_parties.get(text, "")
    if found != "":
        return found
    counts: dict[str, int] = {}
    for word, times in Counter(_words_of(text)).items():  # each word looked up once, counted as often
        entry = reg.names.get((word,)) or reg.names.get((word.split("-")[0],))
        if entry and entry[0] == "party":
            counts[entry[1]] = counts.get(entry[1], 0) + times
    top = max(counts, key=lambda party: (counts[party], party), default=None)
    total = sum(counts.values())
    found = (
        top
        if top and counts[top] >= ARTICLE_PARTY_MENTIONS and counts[top] >= ARTICLE_PARTY_SHARE * total
        else None
    )
    return remember(reg.article_parties, text, found, ARTICLE_PARTIES_CACHE)


AGE_IN_BRACKETS: Final = re.compile(r" \(\d{1,3}\)")  # "Maria (34)"
GIVEN_NAME: Final = re.compile(r"([A-ZÄÖÜ][\w’'-]+)\s+$")
# initials written for the given names, before a surname: "US-Luftwaffengeneral C.Q. Brown", "J. D. Vance"
INITIALS: Final = re.compile(r"(?<![\w.])((?:[A-Z]\. ?){1,3})$")
NAME_WORD: Final = re.compile(r"[A-ZÄÖÜ](?:[\w’'-]+|\.)")  # a word or an initial ("Sebastian K.")
# the capital letters of the Latin alphabets beyond A-Z and the umlauts that open names in German news
# ("Şahin", "Çelik", "Łukasz", "Šefčovič", "Ángel"; src48): a grammar constant, Latin-1 and Latin Extended-A
LATIN_CAPITALS: Final = "".join(c for c in map(chr, range(0xC0, 0x180)) if c.isupper() and c not in "ÄÖÜ×")
# a name word, also after a lower-case particle joined by a hyphen ("al-Hussein", "el-Sisi"; src23)
PARTICLE_NAME_WORD: Final = re.compile(
    rf"(?<![\w-])(?:[a-z]{{1,3}}-)?[A-ZÄÖÜ{LATIN_CAPITALS}](?:[\w’'-]+|\.)"
)
SENTENCE_BREAKS: Final = '.!?\n:„“"«»'
NAME_BREAKS: Final = SENTENCE_BREAKS + ",;()"  # what ends the name an abbreviation in brackets stands for


def _sentences_before(text: str, start: int, count: int) -> list[str]:
    """The last ``count`` sentences of the 600 characters before ``start``, in text order: the one
    ``start`` stands in (its words before ``start``) and those before it."""
    return SENTENCE_END.split(text[max(0, start - 600) : start])[-count:]


def _name_in(phrase: str) -> str | None:
    """The full name in a speaker phrase ("Stefan Keuter", "Raad al-Hussein"), else its last capitalised
    word."""
    words = PARTICLE_NAME_WORD.findall(phrase)
    return (
        " ".join(words[-2:])
        if len(words) >= 2 and " ".join(words[-2:]) in phrase
        else (words[-1] if words else None)
    )


def _first_mention(text: str, name: str) -> tuple[int, int] | None:
    """Where the person is first named in full: the full name, else the surname right after a
    capitalised word that is no function word ("Antonia Koch", not "Laut Unterlagen"), else the surname
    glued to a given name where the text lost a space ("HansNiessl"); None when the text never names a
    person so (a common noun, not a name)."""
    words = name.split()
    if len(words) >= 2 and (start := _whole_word(text, name)) is not None:
        return start, start + len(name)
    surname = words[-1]
    for position in _whole_words(text, surname) if len(words) == 1 else ():  # "sagt Maria (34)"
        if AGE_IN_BRACKETS.match(text, position + len(surname)):
            return position, position + len(surname)
    for position in _whole_words(text, surname):
        head = _before_particles(text, position)  # "Ursula von der Leyen": the given name before "von der"
        given = GIVEN_NAME.search(text, max(0, head - 40), head)
        if given and _role_before_name(given.group(1)):
            return position, position + len(surname)  # "EZB-Chefin Lagarde": the role is no given name
        stopword = given is not None and given.group(1).lower() in word_list("stopwords_de.txt")
        if given and (not stopword or _inner_capital(text, given.start(1))):
            return given.start(1), position + len(surname)
    for position in _whole_words(text, surname) if surname[:1].isupper() else ():
        initials = INITIALS.search(text, max(0, position - 40), position)  # "C.Q. Brown" (src30)
        if initials:
            return initials.start(1), position + len(surname)
    return _glued_name(text, surname) if surname[:1].isupper() else None  # "Landeshauptmann HansNiessl"


def _role_before_name(word: str) -> bool:
    """Whether a capitalised word right before a surname is a role, not a given name: a hyphenated
    compound that ends in a role noun ("EZB-Chefin Lagarde", "SPD-Chef Klingbeil", "AfD-Vize Gauland"),
    not a hyphenated given name ("Hans-Jürgen Papier", "Ming-Chi Kuo")."""
    if "-" not in word or word in speech_words().given:
        return False
    parts = word.split("-")
    if parts[0] in speech_words().given:
        return False
    return _role_noun(registry(), word) is not None


# the word right before another on the same line: letters, then spaces
WORD_BEFORE: Final = re.compile(r"([^\W\d_][\w-]*)[ \t]+$")


def _inner_capital(text: str, start: int) -> bool:
    """Whether a capitalised function word at ``start`` is a given name: a word of at least four letters
    right after a role noun on the same line ("vom zuständigen Staatsepidemiologen Anders Tegnell"; the
    adverb "anders" is written in lower case there), not a sentence's first word ("Anders als Tegnell")
    nor a preposition after a line that lost its full stop ("… lmceQwMbYP Neben Strache"; src53)."""
    word = WORD.match(text, start)
    if word is None or len(word.group(0)) < 4 or word.group(0).lower() in ARTICLES:
        return False
    before = WORD_BEFORE.search(text, max(0, start - 60), start)
    return (
        before is not None
        and before.group(1)[:1].isupper()
        and _role_noun(registry(), before.group(1)) is not None
    )


def _given_first(text: str, given: str) -> tuple[int, int] | None:
    """The first full name that opens with ``given`` and is set off by a comma, a bracket or a dash after
    it ("…, Zeid Raad al-Hussein, am Freitag", "Tijen Onaran, Gründerin …"): a person the article calls
    by the given name after naming them in full with a role; None where it never does so ("im
    Einwandererviertel Jardins de …")."""
    if not given[:1].isupper():
        return None
    position = text.find(given)  # each place of the given name in turn, as a search would try them, with
    while position >= 0:  # one pattern for every name instead of a pattern compiled per given name
        if WORD_OPENS.match(text, position) and (
            match := SET_OFF_NAME_WORDS.match(text, position + len(given))
        ):
            return position, match.end()
        position = text.find(given, position + 1)
    return None


# the name words after a given name, perhaps with a particle ("Zeid| Raad al-Hussein", "Tijen| Onaran"),
# set off by a comma, a bracket or a dash after them
SET_OFF_NAME_WORDS: Final = re.compile(r"(?: (?:[a-z]{1,3}-)?[A-ZÄÖÜ][\w’'-]+){1,3}(?![\w-])(?=\s*[,(–—])")
WORD_OPENS: Final = re.compile(r"(?<![\w-])")  # no letter, digit or hyphen before the position
WORD_CHARACTER: Final = re.compile(r"\w")  # a letter, digit or underscore
WORD_GOES_ON: Final = re.compile(r"[\w-]")  # a letter, digit or hyphen at the position
GLUE_LETTERS: Final = frozenset(string.ascii_lowercase + "äöüß")  # the last letter of "Hans" in "HansNiessl"
GLUE_CAPITALS: Final = frozenset(string.ascii_uppercase + "ÄÖÜ")  # its first


def _glued_name(text: str, surname: str) -> tuple[int, int] | None:
    """The first given name glued to ``surname`` where the text lost a space ("HansNiessl"): a capital and
    lower-case letters right before the surname, a whole word; found with ``str.find`` over the surname's
    places, not with a pattern compiled per surname (which would evict Python's regex cache)."""
    position = text.find(surname, 1)
    while position > 0:
        end = position + len(surname)
        start = position
        while start > 0 and text[start - 1] in GLUE_LETTERS:
            start -= 1
        if (
            start < position
            and start > 0
            and text[start - 1] in GLUE_CAPITALS
            and not _word_char(text, start - 2)
            and not _word_char(text, end)
        ):
            return start - 1, end
        position = text.find(surname, position + 1)
    return None


NAME_JOINERS: Final = frozenset({"der", "den", "dem"})  # "von der", "van den" inside a name


def _particles_in(mention: str) -> frozenset[str]:
    """The lower-case words of a person's full name as first written ("von" in "Richard von Weizsäcker")."""
    return frozenset(word for word in mention.split() if word.islower())


@reloadable
@cache
def _name_particles() -> frozenset[str]:
    """The lower-case words inside a name: a surname's ("von", "van der") and the particles the speaker
    finder keeps in a name ("bin" of "Abdullah bin Zayed", "al", "del"; src39)."""
    words = speech_words()
    return words.surname_particles | words.name_particles | NAME_JOINERS


def _before_particles(text: str, position: int) -> int:
    """``position`` moved back over the lower-case particles of a name ("von der", "zu")."""
    particles = _name_particles()
    while True:
        cut = text.rfind(" ", 0, max(0, position - 1))
        word = text[cut + 1 : position].strip()
        if cut < 0 or word not in particles:
            return position
        position = cut + 1


@lru_cache(maxsize=2)  # the article being typed: its words are read by several rules
def _words_of(text: str) -> tuple[str, ...]:
    """``WORD.findall(text)``, found once per text for the rules that read every word of an article
    (its party, sport, compounds of a head, panels, parties named: speed round 24)."""
    return tuple(_word_matches(text))


def _word_matches(text: str) -> list[str]:
    """``WORD.findall(text)`` by one loop over the text's pieces between spaces, read as
    ``_word_matches_by_pieces`` reads them. Compiled, the loop is native and appends each piece's words:
    about a third of the instructions of ``findall`` (speed round 48); pure Python keeps that function's
    passes in C."""
    words: list[str] = []
    for piece in text.split(" "):
        if piece.isalnum():
            words.append(piece)
        elif piece[:-1].isalnum() and not piece[-1].isalnum() and piece[-1] != "_":
            words.append(piece if piece[-1] == "." else piece[:-1])
        else:
            words.extend(WORD.findall(piece))
    return words


def _word_matches_by_pieces(text: str) -> list[str]:
    """``WORD.findall(text)``, the pattern only where it is needed (as the tokens are found,
    ``segment._surfaces_ends_by_pieces``): a word holds no space, so the text's pieces between spaces
    are read alone; a piece that is all ``\\w`` but "_" (``str.isalnum``) is one word, and so is
    one with a full stop after (``\\.?``), where any other character after it is left out (its
    connectors need a word character after them). Other pieces go to the pattern."""
    pieces = text.split(" ")
    for i in reversed(list(itertools.compress(range(len(pieces)), map(not_, map(str.isalnum, pieces))))):
        piece = pieces[i]
        if piece[:-1].isalnum() and not piece[-1].isalnum() and piece[-1] != "_":
            if piece[-1] != ".":
                pieces[i] = piece[:-1]
        else:
            pieces[i : i + 1] = WORD.findall(piece)
    return pieces


in_pure_python(globals(), _word_matches, _word_matches_by_pieces)


def _whole_word(text: str, word: str, start: int = 0) -> int | None:
    position = text.find(word, start)
    while position >= 0:
        end = position + len(word)
        if (position == 0 or not text[position - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return position
        position = text.find(word, position + 1)
    return None


def _whole_words(text: str, word: str, start: int = 0) -> Iterator[int]:
    """Every position of ``word`` as a whole word in ``text`` from ``start`` on, in order."""
    position = _whole_word(text, word, start)
    while position is not None:
        yield position
        position = _whole_word(text, word, position + 1)


def _role_context(
    text: str, start: int, length: int, particles: frozenset[str] = frozenset()
) -> tuple[str, str, str, str]:
    """(up to 8 words before the name in its sentence, the apposition or attribute after it, a relative
    clause after that, the next sentence when it goes on about the person: "Er arbeitet für …"). No
    words before a name that is the object of a preposition ("der bekannteste Herausforderer von
    Mubarak", "den Preis an Hu"): they are another's role, unless the preposition is part of the
    person's name (``particles``: "Bundespräsident von Weizsäcker")."""
    window = text[max(0, start - 160) : start]
    if "„" in window or '"' in window or "«" in window:  # "Der Geschäftsführer von „Ener1“, X"
        window = QUOTED_NAME.sub(r"\1", window)
    cut = _last_break(window)
    if cut >= 0 and window[cut] == "\n" and not window[cut + 1 :].strip():
        cut = _before_role_paragraph(window, cut)
    words = window[cut + 1 :].split()[-8:]
    objects = registry().objects
    before = "" if words and words[-1] in objects and words[-1] not in particles else _premodifier(words)
    if before and not any(hit.type for hit in _hits(registry(), before)):
        before = _apposed(window[cut + 1 :], text[start + length : start + length + 2]) or before
    given = speech_words().given
    while before and before.rsplit(" ", 1)[-1] in given:  # "Otto Frederick Warmbier": a first given name
        before = before.rsplit(" ", 1)[0] if " " in before else ""
    rest = text[start + length : start + length + 200]
    if rest.split()[:1] and rest.split()[0] in ATTRIBUTE_PREPOSITIONS:
        rest = QUOTED_NAME.sub(r"\1", rest)  # "Ousman Noor von „Stop Killer Robots“"
    after = relative = ""
    stripped = _inquit_closed(words, rest.lstrip())
    if stripped.startswith("("):
        after = stripped[1 : stripped.find(")")] if ")" in stripped else ""
        beyond = stripped[stripped.find(")") + 1 :] if after else ""
        if beyond.startswith(",") and any(hit.party for hit in _hits(registry(), after)):
            apposition, clause = _comma_apposition(beyond)  # "Dilek Kalayci (SPD), Berlins Senatorin …"
            held = classify(apposition) if apposition else None
            if held is not None and held.type in HELD_OFFICES:  # read first: an office held beats the party
                after, relative = f"{apposition} ({after})", clause
    elif stripped.startswith(","):
        after, relative = _comma_apposition(stripped)
    elif stripped.startswith(DASHES) and (closing := DASH_APPOSITION.match(stripped)):
        after = closing.group(1)  # "Anna Muster – Polizeisprecherin in Köln – erklärte"
    elif stripped.startswith(COPULAS) or stripped.startswith(PRONOUN_COPULAS):
        # "K. ist ein ehemaliger Geschäftsführer der LoogBerry GmbH", "Piltz; sie ist Sprecherin der …"
        predicate = stripped.split(" ", 3 if stripped.startswith(PRONOUN_COPULAS) else 1)[-1]
        after = APPOSITION_END.split(predicate + " ", maxsplit=1)[0]
        after = " ".join(after.split()[:COPULA_WORDS])
        if not _subject_predicate(registry(), words, stripped, after, particles):
            after = ""  # "Für Anna Müller ist der Bürgermeister …", "Anna Müller ist nicht mehr Ärztin"
    elif elected := ELECTED.match(stripped):  # "Eva Welskop-Deffaa zur neuen Caritas-Präsidentin gewählt"
        after = elected.group(1)
    else:
        after = _attribute(stripped) or _capacity(" " + stripped)
    if after.strip().isdigit() and len(after.strip()) <= 3:
        after = AGE_WORD  # "Maria (34)", "Peter M., 52,": a bracketed age reads as "die 34-Jährige"
    end = min((i for i in (rest.find(". "), rest.find(".\n")) if i >= 0), default=-1)
    following = rest[end + 2 :].lstrip() if end >= 0 else ""
    following = (
        " ".join(REPORTED_OPENS.split(following.split(".")[0], maxsplit=1)[0].split()[:25])
        if following.startswith(("Er ", "Sie "))
        else ""
    )
    if _addressed_medium(registry(), after):
        after = ""  # "sagte X, der Welt am Sonntag": the paper spoken to, no employer of X's
    return before, after, relative, following


def _inquit_closed(before: list[str], rest: str) -> str:
    """``rest`` from its comma on where the words right after a name only close its verb of saying before an
    apposition: a separable verb's particle ("teilte X mit, Vorsitzender der …", "merkt X an, …") or, in a
    clause "wie" opens, the verb ("wie X sagt, die Präsidentin des …"); else ``rest`` as it is."""
    word, _, tail = rest.partition(",")
    if not word or " " in word.strip() or not _apposition_opens(tail.split()[:2]):
        return rest
    closing = word.strip()
    if closing in speech_words().particles:
        return rest[len(word) :]
    if before and before[-1].lower() == "wie" and lemma_de(closing.lower()) in speech_words().verbs:
        return rest[len(word) :]
    return rest


def _apposition_opens(words: list[str]) -> bool:
    """Whether the first words after a comma open an apposition: a role noun, alone or after an article
    ("Vorsitzender der …", "die Präsidentin des …"); not a clause ("dass …", "Angst vor … zu haben")."""
    if words and words[0].lower() in DEFINITE:
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and _role_noun(registry(), words[0].strip(",.")) is not None


def _comma_apposition(rest: str) -> tuple[str, str]:
    """(the apposition, a relative clause after it) that ``rest``, opening with a comma after a name, sets
    off; a relative clause alone ("…, der lange bei der EU gearbeitet hat") is no apposition, nor a verb or
    the medium spoken to."""
    parts = APPOSITION_PARTS.split(rest[1:], maxsplit=2)  # names in „…“ stay in
    first = parts[0].split()
    if _addressed_medium(registry(), parts[0]):
        return "", ""  # "erklärte der Leiter, Dieter Kranzlmüller, der dpa": the agency spoken to, no clause
    if first and first[0].lower() in RELATIVE and len(first) > 1 and first[1][:1].islower():
        return "", parts[0]  # ", der lange bei der EU gearbeitet hat"
    if first and first[0] in registry().context_stops:
        return "", ""  # "Peter Häberle, erklärte in einem Zeitungsinterview": the verb, no apposition
    relative = (
        parts[2]
        if len(parts) > 2
        and parts[1] == ","
        and parts[2].split()[:1]
        and parts[2].split()[0].lower() in RELATIVE
        else ""
    )
    return parts[0], relative


def _subject_predicate(
    reg: Registry, before: list[str], rest: str, predicate: str, particles: frozenset[str]
) -> bool:
    """Whether the predicate of a copula right after a name says what the person is: the name is its
    subject, no preposition's object ("Für Anna Müller ist der Bürgermeister …"; "von X; sie ist …" has a
    subject of its own, "Zu Guttenberg war" a preposition of the name, ``particles``), and no negation
    stands before the role noun ("ist nicht mehr Bürgermeisterin", "ist keine Ärztin"; "nicht nur" negates
    nothing) (bug110)."""
    given = speech_words().given
    words = [w.strip(",;()") for w in before]
    while words and words[-1] in given:
        words.pop()  # "Für Anna | Müller": the given name of the mention
    last = words[-1].lower() if words else ""
    prepositions = speech_words().prepositions | reg.objects
    if (
        not rest.startswith(PRONOUN_COPULAS)
        and last not in particles
        and last in prepositions
        and not _cleft(last, predicate)
    ):
        return False
    opening = list(itertools.takewhile(lambda word: not word[:1].isupper(), predicate.split()))
    return not any(
        word in reg.negations and not reg.negation_blockers.intersection(opening[i + 1 : i + 2])
        for i, word in enumerate(opening)
    )


def _cleft(preposition: str, predicate: str) -> bool:
    """Whether a copula after "mit" and a name is a cleft whose "es" and definite article name the person
    ("Mit Silke Gebel war es die Fraktionschefin der Grünen, die …"; bug130), not another subject's."""
    opening = predicate.split()[:2]
    return (
        preposition == CLEFT_PREPOSITION
        and len(opening) == 2
        and opening[0] == "es"
        and opening[1] in DEFINITE
    )


def _capacity(rest: str) -> str:
    """The role noun phrase of a capacity with "als" right after a name or after its verb ("Alois Stöger
    will als Sozialminister Furore machen"; src48), when its noun is a role; else nothing. A plain noun of a
    private person is what someone is, not a capacity ("würdigt Michail Gorbatschow als Mann, der …")."""
    capacity = ROLE_AS.match(rest)
    if capacity is None or noun_kind(capacity.group(1))[0] != "role":
        return ""
    return "" if registry().words.get(capacity.group(1).lower()) == "citizen" else capacity.group(0)


# where the words of a sentence about a person stop saying who they are: a comma or quotation mark opens what
# they say or think ("Er argumentiert darin, Geschäftsführer seien „…“": the managers are his topic)
REPORTED_OPENS: Final = re.compile(r"[,„\"«]")
APPOSED_WORDS: Final = 16  # words of a noun phrase set off by a comma before a name, read as its role


def _apposed(clause: str, after: str) -> str:
    """The noun phrase a name is set off from by commas, from its article on ("Der Mitgründer der
    Stiftung zur Erforschung des islamischen Erbes mit Sitz in Mekka, Irfan al-Alawi, warf …"), longer
    than the words before a name read otherwise; after a verb of [context] the phrase begins after it
    ("sagte der UN-Hochkommissar für Menschenrechte, Zeid …"). The phrase is read whole, as a speaker
    phrase is, and its cue returned (the organisation of "Mitgründer der Stiftung …", not the nearest
    word "Erforschung"). "" unless a comma stands on both sides of the name, the phrase has an article
    and a type (src23)."""
    clause = clause.rstrip()
    if not clause.endswith(",") or not after.startswith((",", " (")):
        return ""
    words = clause[:-1].rsplit(",", 1)[-1].split()
    stops = registry().context_stops
    last_stop = max((i for i, w in enumerate(words) if w in stops), default=-1)
    begin = next((i for i in range(last_stop + 1, len(words)) if words[i].lower() in ARTICLES), None)
    if begin is None or len(words) - begin > APPOSED_WORDS:
        return ""
    found = classify(" ".join(words[begin:]))  # the phrase read whole: "Mitgründer der Stiftung" → Stiftung
    return found.cue or "" if found is not None and found.type != "other" else ""


DASHES: Final = ("– ", "- ", "— ")
# an apposition between two dashes or a dash and a comma right after a name (src23): "X – Sprecherin der
# Polizei – sagte", "X - Chef der Firma, erklärte"; at most 8 words, no sentence end inside
DASH_APPOSITION: Final = re.compile(r"[–—-] ((?:[^\s.!?:;–—,]+ ){0,7}[^\s.!?:;–—,]+)(?: [–—-] |, )")


ADDRESSEE_ARTICLES: Final = frozenset({"der", "dem"})  # a medium in the dative right after a name (src20)


def _addressed_medium(reg: Registry, after: str) -> bool:
    """Whether the words after a name are the medium the person spoke to, in the dative with its
    article and no person noun ("sagte Lawrence Davies, der Welt am Sonntag", "sagte X der
    Süddeutschen Zeitung"): a name is not bound to its employer by a bare genitive, which takes a
    role noun ("X, Redakteur der Zeit", "X, der Chefredakteur der Zeit" stay)."""
    words = [w.strip(OPENING_CHARS + '“"«»,.') for w in after.split()]
    if len(words) >= 3 and words[0][:1].isupper() and _interviewed_by(reg, words):
        return True  # "sagte Tim Stein, Pressesprecher der MVB, MDR SACHSEN-ANHALT im Interview"
    if len(words) < 2 or words[0] not in ADDRESSEE_ARTICLES:
        return False
    hits = [h for h in _hits(reg, " ".join(words[1:])) if h.type]
    if not hits or hits[0].type != "media" or noun_kind(words[1])[0] == "role":
        return False
    return words[1][:1].isupper() or hits[0].position == 0  # "der dpa"; not "der von der APA befragten"


def _interviewed_by(reg: Registry, words: list[str]) -> bool:
    """Whether ``words`` open with a medium's name, bare, and an occasion of speech after a preposition
    follows the name ("MDR SACHSEN-ANHALT im Interview", "dem ZDF in einer Sendung" not: it has an article):
    the medium the person spoke to, not their employer, who would take a role noun ("MDR-Reporter")."""
    hits = [h for h in _hits(reg, " ".join(words)) if h.type]
    if not hits or hits[0].type != "media" or hits[0].position != 0 or noun_kind(words[0])[0] == "role":
        return False
    name = next((i for i, word in enumerate(words) if not word[:1].isupper()), len(words))
    rest = [w.lower() for w in words[name : name + 3]]
    if rest[:1] and rest[0] in OCCASION_PREPOSITIONS:
        rest = rest[2:] if rest[1:2] and rest[1] in ARTICLES else rest[1:]
        return bool(rest) and rest[0].endswith(reg.occasions)
    return False


# the office a person is elected or appointed to right after the name: "X zur neuen Caritas-Präsidentin
# gewählt", "X zum Vorsitzenden des Verbands ernannt" (src19: dev4)
ELECTED: Final = re.compile(
    r"(?:zum|zur)\s+((?:[\w.-]+\s+){1,6}?)(?:gewählt|ernannt|berufen|bestellt|wiedergewählt|befördert)\b"
)


def _before_role_paragraph(window: str, cut: int) -> int:
    """Round 137: the break before a line of one role noun that a web page's link or bold text cut off the
    name opening the next line ("Gouverneur¶¶Furgal", "US-Präsident¶¶Trump"); else ``cut``, the break before
    the name ("Österreich¶¶In Österreich …")."""
    word_end = len(window[:cut].rstrip())
    word_start = max(window.rfind(" ", 0, word_end), window.rfind("\n", 0, word_end)) + 1
    word = window[word_start:word_end]
    if word_start == 0 or window[word_start - 1] != "\n" or noun_kind(word)[0] != "role":
        return cut
    return word_start - 1


def _last_break(window: str) -> int:
    """Where the last sentence break in ``window`` is (-1 for none); the full stop of an academic title
    is none ("Landesbranddirektor Dr. Karsten Homrighausen": the role before the title is the person's),
    nor one inside a name, right before a lower-case letter ("ver.di-Bundeschef Frank Werneke"; src63)."""
    for position in range(len(window) - 1, -1, -1):
        if window[position] in SENTENCE_BREAKS and not (
            window[position] == "."
            and (
                TITLE_END.search(window, max(0, position - 4), position + 1)
                or NAME_STOP.match(window, position)
            )
        ):
            return position
    return -1


# "Dr.", "Prof.", "Dr.-Ing."; a match of five characters at most, so searched from five before its end
# (the look-behind reads the character before that; each position from the window's start cost a try)
TITLE_END: Final = re.compile(r"(?<![\w.])(?:Dr|Prof|Ing|Univ|Dipl|Mag)\.$")


RECIPIENT: Final = "an"  # grammar, the preposition of a recipient: "der Preis an Rektor X"


def _premodifier(words: list[str]) -> str:
    """The words before a name back to the nearest verb ("Nach Angaben der Polizei sagte | Peter
    Müller"): a lower-case word that is no article, preposition or adjective ends them, so does a verb
    whose past looks like an adjective, of saying anywhere or any right before the name ("Im Gespräch
    mit dem Abendblatt erzählte | Koech", "an das Aggressivitätslevel seiner Truppe, sorgte | Herbert";
    src38), not a noun compound written small ("sagte ver.di-Bundeschef | Frank Werneke"), and so does
    a possessive, as the role before it is another person's ("Ex-Präsident Hörmann seinen | Nachfolger
    Weikert"), and a verb in "-en" that looks like an adjective ("Kurzarbeiter zählen | bei Anna Müller")."""
    stops = registry().context_stops
    possessives = registry().possessives
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip(",;()")
        if bare in possessives or (bare == RECIPIENT and kept):
            break  # "die Florianiplakette … an | Rektor Wilfried": what precedes is another's
        if (
            bare[:1].islower()
            and not _noun_compound(bare)
            and (
                bare in stops
                or (bare not in PREMODIFIER_WORDS and not bare.endswith(ADJECTIVE_ENDINGS))
                or lemma_de(bare) in speech_words().verbs
                or (not kept and _past_verb(bare))
                or (bare not in PREMODIFIER_WORDS and _plural_verb(bare))
            )
        ):
            break
        kept.append(word)
    return " ".join(reversed(kept))


def _plural_verb(word: str) -> bool:
    """Whether a lower-case word in "-en" is a verb's infinitive or plural ("zählen", "gehören"): its own
    lemma and that of its form in "-e" ("zähle"), which an adjective's is not ("schwäbische" is
    "schwäbisch"): the finite verb of "Kurzarbeiter zählen bei Anna Müller" ends the words before the name
    (bug110)."""
    return word.endswith("en") and lemma_de(word) == word and lemma_de(word[:-1]) == word


def _noun_compound(word: str) -> bool:
    """Whether a word written in lower case is a noun all the same: a compound whose last part is
    capitalised, after a name written small ("ver.di-Bundeschef", "taz-Redakteurin"; src63)."""
    head = word.rpartition("-")[2]
    return head != word and head[:1].isupper()


def _past_verb(word: str) -> bool:
    """Whether a lower-case word in an adjective's ending is a weak verb's past ("sorgte", "berichteten"),
    its lemma a verb's infinitive, not an adjective's ("ehemalige", "bekannte")."""
    lemma = lemma_de(word)
    return word.endswith(WEAK_PAST_ENDINGS) and lemma != word and lemma.islower() and lemma.endswith("n")


OPENING_CHARS: Final = "".join(sorted(OPENING_MARKS))  # speakers' opening quotation marks, for str.rstrip
QUOTED_NAME: Final = re.compile(r"[„\"«]([^„“\"«».!?,:]{1,40})[“\"»]")  # a name in quotation marks, no speech
AGE_WORD: Final = "Jährige"  # the cue a bracketed age stands for; its type is in the registry's data
COPULAS: Final = ("ist ", "war ")  # grammar: the copula's third person singular, present and past
PRONOUN_COPULAS: Final = ("; sie ist ", "; er ist ", "; sie war ", "; er war ")
CLEFT_PREPOSITION: Final = "mit"  # "Mit X war es die Fraktionschefin, die …": X is the one named (bug130)
COPULA_WORDS: Final = 8  # words of "Name ist …" read as the person's role
PREMODIFIER_WORDS: Final = ARTICLES | frozenset(
    {
        "von",
        "vom",
        "im",
        "in",
        "für",
        "bei",
        "beim",
        "aus",
        "und",
        "am",
        "zu",
        "zum",
        "zur",
        "an",
        "auf",
        "gegen",
    }
)
ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es", "em")
RELATIVE: Final = frozenset(
    {"der", "die", "das", "dem", "den", "dessen", "deren", "welcher", "welche", "welches"}
)
ATTRIBUTE_PREPOSITIONS: Final = AFFILIATION | DEFINITE_GENITIVES | {"aus"}


NAME_RUN: Final = 4  # capitalised words in a row read as one name after "von" ("Human Rights Watch")


def _attribute(rest: str) -> str:
    """The noun phrase of "von der gleichnamigen Autohaus-Gruppe" or "vom Landesverband des
    KfZ-Gewerbes" right after a name: a preposition, lower-case words, a noun or a name of several
    words ("von Human Rights Watch", "von der MA 22"), and once more after a genitive article."""
    words = rest.split()[:10]
    if not words or words[0] not in ATTRIBUTE_PREPOSITIONS:
        return ""
    taken: list[str] = []
    nouns = run = 0  # noun groups begun; capitalised words in a row
    lists = speech_words()
    for word in words:
        if taken and numbered_name(lists, taken[-1], word.rstrip(",.;:!?")):
            taken.append(word)  # "von der MA 22": the department's number is part of its name (src63)
            if word[-1:] in ",.;:!?":
                break
            continue
        if word[:1].isupper():
            run += 1
            nouns += run == 1
            if run > NAME_RUN:
                break
            taken.append(word)
            if word[-1:] in ",.;:!?":
                break
            continue
        if nouns == 2 or (nouns == 1 and word not in ("des", "der")):
            break
        run = 0
        taken.append(word)
    following = words[len(taken)].rstrip(",;:!?") if len(words) > len(taken) else ""
    if nouns and (following in ABBREVIATIONS or following in LEGAL_FORMS):  # "vom Digitale Gesellschaft e.V."
        taken.append(following)
    return " ".join(taken)


# a truncated compound sharing the next noun's head: "Journalistinnen- und …-Union", and one before or
# inside brackets ("X- (ehemals: Twitter-) Community", src20)
TRUNCATED: Final = re.compile(r"\w+[-–](?:(?=\s+(?:und|oder|sowie|bzw\.)\s)|(?=\s+\()|\))")


def _hits(reg: Registry, phrase: str) -> list[_Hit]:
    """Every cue in the phrase, in order (``_phrase_hits``), remembered per phrase: the same speaker
    phrases, role nouns and sentences around them are read again for each quote and each article."""
    if not phrase:
        return []
    found = reg.hits_cache.get(phrase)
    if found is None:
        found = remember(reg.hits_cache, phrase, tuple(_phrase_hits(reg, phrase)), CACHE_SIZE)
    return list(found)


def _phrase_hits(reg: Registry, phrase: str) -> list[_Hit]:
    """Every cue in the phrase, in order: names and phrases (longest first), then each word's head; a
    truncated compound ("Journalistinnen- und Journalisten-Union") shares the head of the next one."""
    if "- " in phrase or "– " in phrase or "-)" in phrase or "–)" in phrase:
        phrase = TRUNCATED.sub("", phrase)
    words = [w if w in ABBREVIATIONS or (w,) in reg.names else w.rstrip(".") for w in WORD.findall(phrase)]
    lower = [w.lower() for w in words]
    hits: list[_Hit] = []
    past: list[_Hit] = []  # the cues of roles named as past ones
    index = 0
    while index < len(words):
        found = (
            _multiword_hit(reg, words, lower, index)
            if lower[index] in reg.first_words
            or words[index] in reg.first_words
            or _uninflected(words[index]) in reg.first_words
            else None
        )
        if found:
            length, hit = found
            hits.append(hit)
            index += length
            continue
        word = words[index]
        previous = words[index - 1] if index else ""
        if (
            lower[index] in reg.surnames
            and previous[:1].isupper()
            and previous.lower() not in ARTICLES
            and not _hits_word(reg, previous, index - 1)
        ):
            index += 1  # "Thomas Fischer": a surname, not a role
            continue
        if _compound_surname(reg, words, index):
            index += 1  # "Angela Inselkammer": a surname, not the chamber its ending names (src53)
            continue
        if reg.names.get((word,), ("",))[0] == "type" and _person_named(reg, words, index):
            index += 1  # "Hans-Stephan Bosch", "Otto Frederick Warmbier": a person, not the company
            continue
        if index > 1 and previous in MEMBER_ADJECTIVES and _association_before(hits, index):
            index += 1  # "Bund Deutscher Kriminalbeamter": the members in the association's name (src56)
            continue
        found_here = _hits_word(reg, word, index)
        if index and lower[index - 1] == "in":  # "die in London ansässige Beobachtungsstelle": a place
            found_here = [h for h in found_here if not (h.type == "government" and h.cue == word)]
        if index > 1 and lower[index - 2] in ARTICLES and _community(reg, words[index - 1], word, found_here):
            found_here = [_Hit(index - 1, "civil_society", True, f"{words[index - 1]} {word}")]
        if found_here and _past_role(reg, previous, word):
            past += found_here
        hits += found_here
        index += 1
    if past and any(h.party for h in hits):  # "der frühere Vizekanzler der Grünen": the party now
        hits = [h if h not in past else _Hit(h.position, None, h.strong, h.cue, h.party) for h in hits]
        hits = [h for h in hits if h.type or h.party]
    ages = [h for h in hits if _lower_age(reg, h.cue)]
    if ages and (len(ages) < len(hits) or any(_generic(reg, w) for w in words if w[:1].isupper())):
        hits = [h for h in hits if h not in ages]  # "der 45-jährige Präsident", "der 45-jährige Sprecher"
    return hits


# the capitalised adjective of an association's name before the members it names ("Bund Deutscher
# Kriminalbeamter", "Verband Deutscher Ingenieure", "Vereinigung Österreichischer Industrieller")
MEMBER_ADJECTIVES: Final = frozenset({"Deutscher", "Österreichischer", "Schweizerischer", "Europäischer"})


def _association_before(hits: list[_Hit], index: int) -> bool:
    """Whether an association is named right before the adjective at ``index - 1``: its head ("Verband",
    "Vereinigung") or a name that ends in the adjective ("Bund Deutscher"; src56)."""
    return any(h.type == "civil_society" and h.position in (index - 2, index - 1) for h in hits)


PAST_ENDINGS: Final = ("e", "en", "er", "es", "em")  # "der frühere", "des ehemaligen", "ein einstiger"


def _past_role(reg: Registry, previous: str, word: str) -> bool:
    """Whether a role is named as a past one ("der frühere Vizekanzler", "die ehemalige Ministerin",
    "Ex-Kanzler"; ``[context] former``). With a party named beside it the person is quoted as that party's
    now ("Robert Habeck, der frühere Vizekanzler der Grünen" is a Green MP); alone the past office stays
    the role they are quoted in ("der ehemalige Bundesinnenminister Otto Schily")."""
    return _past_word(reg, word) or _past_word(reg, previous)


def _past_word(reg: Registry, word: str) -> bool:
    """Whether a word makes a role a past one: an inflected form of a ``[context] former`` stem
    ("ehemalige", "früheren") or a compound opening with one before a hyphen ("Ex-Kanzler", "Ex-VSGE-Chef");
    not a word that only begins so ("externe", "Expertin", "frühere" is one, "Frühjahr" none) (src29)."""
    parts = HYPHENS.split(word.lower())
    if len(parts) > 1 and parts[0] in reg.former:
        return True
    return parts[0] in reg.past_forms


def _lower_age(reg: Registry, cue: str) -> bool:
    return _age_word(reg, HYPHENS.split(cue))


def _community(reg: Registry, previous: str, word: str, found: list[_Hit]) -> bool:
    """Whether a municipality's weak word is a community's name ([communities]): after an article and
    an adjective written with a capital, as names are ("der Kurdischen Gemeinde Deutschland", "die
    Jüdische Gemeinde"; not "die kleine Gemeinde", "Betroffene Gemeinden" opening a sentence, "die
    Politische Gemeinde Aarau")."""
    return (
        len(found) == 1
        and found[0].type == "government"
        and not found[0].strong
        and word.lower() in reg.communities
        and previous[:1].isupper()
        and previous[1:].islower()
        and previous.lower().endswith(ADJECTIVE_ENDINGS)
        and previous.lower() not in ARTICLES
        and not previous.lower().startswith(reg.community_exceptions)
    )


def _named_compound(text: str, word: str) -> bool:
    """Whether the article first names a one-word speaker right after a given name, where the registry
    reads it as a surname, not by the head it ends in ("Inselkammer" after "Angela Inselkammer"; src53),
    also a listed surname ("Bauer" after "Matthias Bauer"), one that ends in one ("Kramp-Karrenbauer" after
    "Annegret Kramp-Karrenbauer") and a double name joined by a hyphen (src57). A first mention after a role
    ("EZB-Chefin Lagarde") leaves the word as the registry reads it."""
    reg = registry()
    lower = word.lower()
    if not _surname_shape(word) or (
        lower not in reg.surnames and any(_known_word(reg, f) for f in _forms(lower))
    ):
        return False  # "Polizei", "Landgericht": the lists' own words, no article scanned for them
    mention = _first_mention(text, word)
    if mention is None or mention[1] - mention[0] == len(word):
        return False  # never named, or first named after a role ("EZB-Chefin Lagarde")
    given = text[mention[0] : mention[1]].split()[0]
    return _compound_surname(reg, [given, word], 1)


def _given_name_before(text: str, word: str) -> bool:
    """Whether the article writes a one-word speaker right after a given name at some mention, so that it
    is that person's surname, not the list's word it spells: a medium, a firm, a noun ("Heise" after
    "Norman Heise", "Geisel" after "Innensenator Andreas Geisel"; round 150)."""
    if not _surname_shape(word):
        return False
    given_names = speech_words().given
    for position in _whole_words(text, word):
        before = GIVEN_NAME.search(text, max(0, position - 40), position)
        if before and before.group(1) in given_names:
            return True
    return False


def _compound_surname(reg: Registry, words: list[str], index: int) -> bool:
    """Whether a word the registry reads only by the head it ends in is a surname: one compound of
    letters (no hyphen) that ends in no listed surname, none of the lists' words or names itself, right
    after a given name that is no cue ("Angela Inselkammer" is no court's "Kammer", "Margot Friedländer"
    no "Länder"), as the listed surnames are after any capitalised word ("Thomas Fischer"); a listed word
    itself stays what the list says ("Landgericht", "Kammer"; src53)."""
    word = words[index]
    previous = words[index - 1] if index else ""
    if not (previous[:1].isupper() and _surname_shape(word)):
        return False
    if previous not in speech_words().given or _hits_word(reg, previous, index - 1):
        return False
    lower = word.lower()
    if (word,) in reg.names:
        return False  # "Hans-Stephan Bosch": a registered name, read by ``_person_named``
    if lower in reg.surnames:
        return True  # "Matthias Bauer", as after any capitalised word that is no cue
    # each part of a double name ("Kramp-Karrenbauer"), a listed surname inside one ("Müller-Richter") and a
    # compound that ends in one ("Bruckbauer", "Neubauer": the surname, no farmer; src57) being names
    return not any(
        _known_word(reg, form) and form not in reg.surnames
        for part in lower.split("-")
        for form in _forms(part)
    )


def _own_words(reg: Registry, phrase: str) -> frozenset[str]:
    """The words of a speaker phrase, and the parts of a double surname in it ("Kramp" and "Karrenbauer" of
    "Annegret Kramp-Karrenbauer"), which name no organisation beside one another (src57)."""
    return frozenset(WORD.findall(phrase)) | _double_surname_parts(reg, phrase)


def _double_surname_parts(reg: Registry, phrase: str) -> frozenset[str]:
    """The parts of each double surname after a given name in a phrase ("Schreiner" and "Hirsch" of
    "Alexandra Schreiner-Hirsch"; src57, src138)."""
    words = WORD.findall(phrase)
    return frozenset(
        part
        for index, word in enumerate(words)
        if "-" in word and _compound_surname(reg, words, index)
        for part in word.split("-")
    )


def _surname_shape(word: str) -> bool:
    """Whether a word is shaped as a surname: letters opening with a capital ("Inselkammer"; src53), or two
    capitalised words of small letters joined by a hyphen ("Kramp-Karrenbauer", not "BUND-Chef"; src57)."""
    parts = word.split("-")
    if len(parts) == 1:
        return word.isalpha() and word[:1].isupper()
    return len(parts) == 2 and all(
        part.isalpha() and part[:1].isupper() and part[1:].islower() for part in parts
    )


def _person_named(reg: Registry, words: list[str], index: int) -> bool:
    """Whether a registered organisation's name of one word is a person's name here: after a given name
    ("Hans-Stephan Bosch", "Denzel Washington"), or itself a given name before a surname ("Otto
    Warmbier"; "Otto Group" is matched as a whole before)."""
    given = speech_words().given
    previous = words[index - 1] if index else ""
    if previous and all(part in given for part in previous.split("-")):
        return True
    following = words[index + 1] if index + 1 < len(words) else ""
    return (
        words[index] in given
        and NAME_WORD.fullmatch(following) is not None
        and (following,) not in reg.names
        and _role_noun(reg, following) is None
    )


def _multiword_hit(reg: Registry, words: list[str], lower: list[str], index: int) -> tuple[int, _Hit] | None:
    """(words taken, hit) of the longest name or phrase of two to six words the registry knows that opens at
    ``words[index]`` ("Deutsche Umwelthilfe", also inflected: "der Deutschen Umwelthilfe"), or of such a name
    before a hyphenated head ("IG Metall-Sekretär": the words before the hyphenated one, read again for its
    head); None where none opens there."""
    base = _uninflected(words[index])
    for length in range(min(6, len(words) - index), 1, -1):
        key = tuple(words[index : index + length])
        if key not in reg.names and (base, *key[1:]) in reg.names:  # "der Deutschen Umwelthilfe"
            key = (base, *key[1:])
        if key in reg.names:
            kind, value = reg.names[key]
            cue = " ".join(key)
            strong = key not in reg.derived_names
            return length, _Hit(
                index, value if kind == "type" else None, strong, cue, value if kind == "party" else None
            )
        lower_key = tuple(lower[index : index + length])
        if lower_key in reg.phrases:
            return length, _Hit(index, reg.phrases[lower_key], True, " ".join(key))
        modifier = (*key[:-1], key[-1].split("-")[0])  # "IG Metall-Sekretär": the name, then the head
        if "-" in key[-1] and reg.names.get(modifier, ("", ""))[0] == "type":
            strong = modifier not in reg.derived_names
            return length - 1, _Hit(index, reg.names[modifier][1], strong, " ".join(modifier))
    return None


ADJECTIVE_INFLECTIONS: Final = ("en", "er", "es", "em")  # "Deutschen Bank" is "Deutsche Bank"


def _uninflected(word: str) -> str:
    """A capitalised adjective that opens a name, in the form names are listed in ("Deutschen" →
    "Deutsche"); other words unchanged."""
    if word[:1].isupper() and len(word) > 4 and word.endswith(ADJECTIVE_INFLECTIONS):
        return word[:-1]
    return word


def _hits_word(reg: Registry, word: str, position: int) -> list[_Hit]:
    cues = reg.word_cache.get(word)
    if cues is None:
        cues = remember(reg.word_cache, word, _word_cues(reg, word), CACHE_SIZE)
    return [_Hit(position, *cue) for cue in cues]


def _word_cues(reg: Registry, word: str) -> tuple[_Cue, ...]:
    """(type, strong, cue, party) of one word: a name or party, else a hyphenated compound's parts,
    else its head; a head with no type of its own takes its modifier's."""
    found = _name_cue(reg, word)
    if found:
        return (found,)
    domain = reg.domains.get(word[word.rfind(".") :].lower()) if "." in word[1:] else None
    if domain:
        return ((domain, True, word, None),)  # "laut bildblog.de", "iRights.info"
    if _pastime(reg, word):
        return (("citizen", True, word, None),)  # "Hobbyhistoriker", "Freizeitkicker": a private person
    if _state_commissioner(reg, word):
        return (("government", True, word, None),)  # "Bundesdrogenbeauftragte": the federal government's
    if _device(reg, word.lower()):
        return ()  # "GPS-Sender", "Peilsender": a thing, not the broadcaster its head names (src42b)
    parts = [p for p in HYPHENS.split(word) if p]
    if not parts:
        return ()
    if len(parts) > 1 and any(form.endswith(reg.hyphen_heads) for form in _forms(word.lower())):
        whole = _head_cue(reg, word.lower(), word)  # "KI-Start-ups", "Think-Tank": a head with its hyphen
        if whole and whole[0]:
            party = whole[3] or next((c[3] for c in map(partial(_name_cue, reg), parts) if c and c[3]), None)
            return ((whole[0], whole[1], word, party),)
    if len(parts) > 1 and any(form in reg.object_heads for form in _forms(parts[-1].lower())):
        return ()  # "Putin-Kritiker", "Merkel-Gegnerin": the modifier is what they are about
    if len(parts) > 1 and _event(reg, parts[-1]):  # "UN-Klimakonferenz", "G8-Gipfel": an event its modifier
        # holds, weak: what the event decides is the modifier's ("des G8-Gipfels"), a role beside it decides
        return tuple((c[0], False, c[2], c[3]) for c in _word_cues(reg, "-".join(parts[:-1])))
    cues: list[_Cue] = []
    joined = tuple(parts[:-1])  # a name of several words as the modifier: "IG-Metall-Chefin"
    if len(joined) > 1 and joined in reg.names:
        kind, value = reg.names[joined]
        cues.append((value, True, word, None) if kind == "type" else (None, True, word, value))
    field = len(parts) > 1 and any(form.endswith(reg.field_heads) for form in _forms(parts[-1].lower()))
    for part in parts[:-1] if not cues else ():
        if part.lower() in reg.ranks:
            continue  # "Senior-Autorin": a rank, not the person noun "Senior"
        part_cue = _name_cue(reg, part) or _modifier_word_cue(reg, part, field) or _actor_cue(reg, part)
        if part_cue:
            cues.append(part_cue)
    # a word of one part is its own head: the cue ``_role_noun`` remembers for it (speed round 46)
    head = _role_noun(reg, word) if parts == [word] else _head_cue(reg, parts[-1].lower(), word)
    last = head or (_name_cue(reg, parts[-1]) if len(parts) > 1 else None)
    party = next((c[3] for c in cues if c[3]), None)
    if last is not None and _age_word(reg, parts):
        return ((last[0], False, word, None),)  # "sagt die 27-jährige", "der 28-jährige Sudanese": an age
    if last is None or (not parts[-1][0].isupper() and last[0] != "anonymous"):
        return tuple(cues)  # role nouns are capitalised: "junge" is no "Junge", "AfD-nahe" no role
    type_, strong, _, own_party = last
    party = own_party or party
    if party and type_ in ("civil_society", "business"):  # "AfD-Kreisverband", "BSW-Gründerin"
        return (("parliament", True, word, party),)
    if (
        strong
        and type_ in OWNED_ROLES
        and _shared_office(reg, parts[-1])
        and any(c[0] == "civil_society" and c[1] for c in cues)
    ):
        return (("civil_society", True, word, party),)  # "BUND-Landesvorsitzender", "Bauernbund-Obmann"
    names = [c for c in map(partial(_name_cue, reg), parts[:-1]) if c]  # the modifiers that are names
    if parts[-1].lower() in reg.organisation_persons:  # "SPD-Mann", "IHS-Mann": the named organisation's
        named = next((c for c in names if not _place(reg, c[2])), None)
        if named and (named[0] or named[3]):
            return ((named[0] or "parliament", True, word, named[3]),)
    employer = next((c for c in names if c[0] in EMPLOYERS), None)
    if strong and type_ in PROFESSIONS and employer:
        return ((employer[0], True, word, party),)  # "Siemens-Forscher", "BASF-Forscherin": their company's
    if type_ is None or not strong:  # "CDU-Chef", "Ifo-Präsident": the modifier decides
        # (also a name of the licensed lists, weak alone: "HSV-Präsident" is the club's)
        typed = next((c for c in cues if c[0] and (c[1] or (c[2],) in reg.derived_names)), None)
        if typed and type_ in PROFESSIONS and _place(reg, typed[2]):
            return ((type_, strong, word, party),)  # "Russland-Experte": the country is the topic
        if typed:
            return ((typed[0], True, word, party),)
        if party:
            return (("parliament", True, word, party),)
    return ((type_, strong, word, party),) if type_ or party else tuple(cues)


def _modifier_word_cue(reg: Registry, part: str, field: bool) -> _Cue | None:
    """The cue of a role noun before a hyphen, by its head; before a field head only a party's
    ("Unions-Experte"): "Geheimdienst-Experte", "Banken-Analyst" know the field, they are not its authority
    or business (src37)."""
    cue = _head_cue(reg, part.lower(), part, modifier_only=True)
    return None if field and cue is not None and cue[3] is None else cue


def _event(reg: Registry, word: str) -> bool:
    """Whether a word names an event ([compounds] events: "Klimakonferenz", "Gipfel"), not a body that the
    registry types by its own head ("Bischofskonferenz" is the bishops' association) (src29)."""
    lower = word.lower()
    if not any(form.endswith(reg.events) for form in _forms(lower)):
        return False
    head = _head_cue(reg, lower, word)
    return head is None or head[0] is None


def _age_word(reg: Registry, parts: list[str]) -> bool:
    """Whether a compound is an age in lower case after its number ("27-jährige", "28-jährigen"): the noun
    so written ("sagt die 27-jährige") or the adjective before a noun ("der 28-jährige Sudanese"), which
    names the person by age as the noun does; weak, and only where the phrase has no other cue
    (``_phrase_hits``: "der 45-jährige Präsident" is the president) (src25: dev9)."""
    return len(parts) == 2 and parts[0].isdigit() and parts[1] in reg.age_cues


PASTIME_REST: Final = 4  # letters at least of the person noun after a pastime ("Hobby|imker")


def _pastime(reg: Registry, word: str) -> bool:
    """Whether a word is a person noun after a pastime ([pastimes]: "Hobbyschäfer", "Freizeitkicker",
    "Hobby-Historikerin"): a private person, whatever the noun alone would be (a historian is an expert, a
    "Hobbyhistoriker" is not); not a place or thing ("Freizeitpark", "Hobbyraum"), and not an expert after
    a pastime that is also a topic ([pastimes] topical: "Freizeitforscher" studies leisure) (src23)."""
    if not word[:1].isupper():
        return False
    lower = word.lower()
    for modifier in reg.pastimes:
        if lower.startswith(modifier):
            rest = lower[len(modifier) :].lstrip("-")
            if len(rest) < PASTIME_REST or not rest.endswith(reg.pastime_endings):
                return False
            if modifier in reg.topical_pastimes:
                head = _head_cue(reg, rest, rest)
                return head is None or head[0] not in PROFESSIONS
            return True
    return False


def _respelt(reg: Registry, lower: str) -> str:
    """A lower-case word with a misspelt ending its registry knows written right ([compounds] respellings:
    "bundesdrogenbeauftrage" → "bundesdrogenbeauftragte", the "t" dropped), else the word itself (src29)."""
    if not lower.endswith(reg.misspelt_endings):  # one C call: most words end in no misspelling
        return lower
    for wrong, right in reg.respelt_pairs:
        if lower.endswith(wrong):
            return lower[: -len(wrong)] + right
    return lower


def _state_commissioner(reg: Registry, word: str) -> bool:
    """Whether a word is a commissioner of a federal or state government ([compounds] state_modifiers then
    commissioners: "Bundesdrogenbeauftragte", "Landesbehindertenbeauftragter"), whatever topic stands
    between; a commissioner whose own compound the registry types keeps it ("Landesdatenschutzbeauftragte"
    is an authority's), and one with no state before it stays of no type ("Frauenbeauftragte") (src29)."""
    lower = _respelt(reg, word.lower())
    if not word[:1].isupper() or not lower.startswith(reg.state_modifiers):
        return False
    if not lower.endswith(reg.commissioners):
        return False
    head = _head_cue(reg, lower, word)
    return head is None or head[0] is None


def _actor_cue(reg: Registry, word: str) -> _Cue | None:
    """A registered topic actor named as a compound's modifier ("Macron-Berater"): its camp's type."""
    actors = load_actors()
    for actor in actors.values():
        if word in actor.names:
            mapped = reg.actor_camps.get(actor.camp) or reg.actor_kinds.get(actor.kind)
            return (mapped, True, word, None) if mapped else None
    return None


def _name_cue(reg: Registry, word: str) -> _Cue | None:
    key = (word,)
    found = reg.names.get(key)
    if found is None and len(word) > 4 and word.endswith("s") and word[-2] != "s":
        key = (word[:-1],)
        found = reg.names.get(key)  # a genitive: "Vertreter Libyens", "Sprecher Lidls"
    if found is None:
        return None
    kind, value = found
    return (value, key not in reg.derived_names, word, None) if kind == "type" else (None, True, word, value)


HEAD_END: Final = 3  # heads are indexed by their last three letters


def _head_lengths_by_end(heads: list[str]) -> dict[str, tuple[int, ...]]:
    """For each last ``HEAD_END`` letters of the heads, the lengths of the heads ending in them and of
    every shorter head, longest first: a new word tries one or two lengths, not each length there is."""
    found: dict[str, set[int]] = {}
    for head in heads:
        if len(head) >= HEAD_END:
            found.setdefault(head[-HEAD_END:], set()).add(len(head))
    short = {len(head) for head in heads if len(head) < HEAD_END}
    return {end: tuple(sorted(lengths | short, reverse=True)) for end, lengths in found.items()}


def _head_cue(reg: Registry, lower: str, written: str, modifier_only: bool = False) -> _Cue | None:
    """The longest head the word (or a form of it without its ending) ends in; generic and weak heads
    look at the compound's modifier ("polizei|sprecher")."""
    if modifier_only and lower in reg.party_words:
        return (None, True, written, reg.party_words[lower])
    lower = _respelt(reg, lower)
    if _device(reg, lower):
        return None  # "GPS-Sender": a transmitter, no broadcaster (src42b)
    best: tuple[int, str, str] | None = None  # (length, head, form)
    for form in _forms(lower):
        if form in reg.words and (best is None or len(form) > best[0]):
            best = (len(form), form, form)
        for length in reg.head_lengths_by_end.get(form[-HEAD_END:], reg.short_head_lengths):
            if best and length <= best[0]:
                break
            if length > len(form):
                continue
            tail = form[-length:]
            if (
                length < MIN_COMPOUND_HEAD
                and length < len(form)
                and reg.heads.get(tail) != GENERIC
                and tail not in reg.short_heads
            ):
                continue  # a short head only as a whole word: "Oma", not "Thomas"; generic "Klinik|chef" may
            if tail in reg.heads or tail in reg.party_heads:
                best = (length, tail, form)
                break
    if best is None:
        return None
    _, head, form = best
    if form == head and head in reg.compound_ends:
        return None  # "Woche" alone is the week, "Automobilwoche" a paper
    if head in reg.party_heads:
        return ("parliament", True, written, reg.party_heads[head])
    if head in reg.words and form == head:
        return (reg.words[head], True, written, None)
    type_, strong = reg.heads.get(head, (None, False))
    modifier = form[: -len(head)]
    party = _modifier_party(reg, modifier)
    shared = strong and head in reg.shared_offices and not modifier_only and not party
    if len(modifier) >= 3 and (
        (shared and _association(reg, modifier, written))  # "Vereins|obmann", "Gewerkschafts|obmann"
        or (head in reg.member_heads and _persons(reg, modifier, written))  # "Psychotherapeuten|kammer"
    ):
        return ("civil_society", True, written, None)
    if type_ is None and not modifier_only and _sector(reg, modifier):
        return ("civil_society", False, written, party)  # "Branchen|koordinatorin": the sector's association
    ranked = modifier in reg.ranks  # "Senior|autorin": a rank, no type
    field = head in reg.field_heads  # "Geheimdienst|experte", "Banken|analyst": the modifier is the field
    if (type_ is None or not strong) and len(modifier) >= 3 and not (modifier_only or ranked or field):
        inner = next(_modifier_cues(reg, modifier, written), None)  # "Hochschul|sprecher", "Kirchen|sprecher"
        if inner and inner[0] and (inner[1] or type_ is None):  # "Polizei|sprecher", "Stadt|sprecher"
            return (inner[0], inner[1], written, party or inner[3])
    if type_ is None and party:
        return ("parliament", True, written, party)
    if type_ is None:
        return (None, False, written, None)
    return (type_, strong, written, party)


def _device(reg: Registry, lower: str) -> bool:
    """Whether a word (lower case) ends in a device whose head is a broadcaster's word ([compounds] devices:
    "GPS-Sender", "Peilsender", also "GPS-Senders"): a thing, no organisation (src42b). A word that holds
    no trace of any device (``_traces_pattern``) has no form that ends in one (speed round 46)."""
    if _traces_pattern(reg.devices).search(lower) is None:
        return False
    return any(form.endswith(reg.devices) for form in _forms(lower))


def _modifier_cues(reg: Registry, modifier: str, written: str) -> Iterator[_Cue]:
    """The cues of a compound's modifier, as written and without its linking element ("Kirchen|",
    "Hochschul|"), in that order, each looked up only when asked for."""
    for stem in (modifier, *_linking_forms(modifier)):
        cue = _head_cue(reg, stem, written, modifier_only=True)
        if cue is not None:
            yield cue


def _association(reg: Registry, modifier: str, written: str) -> bool:
    """Whether a compound's modifier names an association by a strong head ("vereins", "kirchen")."""
    return any(cue[0] == "civil_society" and cue[1] for cue in _modifier_cues(reg, modifier, written))


INSTITUTIONS: Final = frozenset({"government", "parliament", "authority", "court"})  # no persons' association


def _sector(reg: Registry, modifier: str) -> bool:
    """Whether a compound's modifier names a sector of the economy ([compounds] sectors: "branchen",
    "industrie"), as written or without its linking element (src40)."""
    return any(stem in reg.sectors for stem in (modifier, *_linking_forms(modifier)))


def _persons(reg: Registry, modifier: str, written: str) -> bool:
    """Whether a compound's modifier is a role noun of persons ("psychotherapeuten", "ingenieur"), not an
    institution's ("landes", "straf")."""
    return any(
        cue[3] is None and cue[0] not in INSTITUTIONS for cue in _modifier_cues(reg, modifier, written)
    )


def _linking_forms(modifier: str) -> tuple[str, ...]:
    """The modifier without a linking element, or with the "-e" it dropped: Kirche-n-, Hochschul-(e)."""
    forms = [modifier[:-1]] if modifier.endswith(("s", "n")) else []
    return (*forms, modifier + "e")


def _modifier_party(reg: Registry, modifier: str) -> str | None:
    for form in (modifier, modifier[:-1] if modifier.endswith("s") else modifier):
        if form in reg.party_words:
            return reg.party_words[form]
    return None


def _forms_uncached(lower: str) -> tuple[str, ...]:
    """``lower`` and its forms without a plural or genitive ending."""
    forms = [lower]
    for ending, replacement in ENDINGS_BY_LAST.get(lower[-1:], ()):  # most words end in none ("-r", "-t")
        shortest = PLURAL_E_STEM if ending == "e" else 3
        if lower.endswith(ending) and len(lower) - len(ending) >= shortest:
            forms.append(lower[: -len(ending)] + replacement)
    for ending in UMLAUT_PLURALS if lower.endswith(UMLAUT_PLURALS) else ():
        if lower.endswith(ending) and len(lower) - len(ending) >= PLURAL_E_STEM:
            singular = _without_umlaut(lower[: -len(ending)])
            if singular:
                forms.append(singular)
    return tuple(forms)


FORMS_LIMIT: Final = 16_384
_FORMS: Final[dict[str, tuple[str, ...]]] = {}


def _forms(lower: str) -> tuple[str, ...]:
    """``_forms_uncached`` remembered per word (the same words are typed again for each quote and each
    article): in a plain dict in the compiled build, by ``lru_cache`` in pure Python (speakers.noun_kind)."""
    forms = _FORMS.get(lower)
    return forms if forms is not None else remember(_FORMS, lower, _forms_uncached(lower), FORMS_LIMIT)


in_pure_python(globals(), _forms, lru_cache(maxsize=FORMS_LIMIT)(_forms_uncached))


def _without_umlaut(stem: str) -> str | None:
    """The singular of a plural stem whose last vowels took an umlaut ("staatsanwält" of "Staatsanwälte"
    → "staatsanwalt", "bischöf" → "bischof"); None when they have none."""
    # the last run of vowels: the first of the reversed stem, found by a search that skips to a vowel
    # in C (a search of ``([aeiouäöü]+)[^aeiouäöü]*$`` tried each run to the end: speed round 43)
    match = VOWELS.search(stem[::-1])
    if match is None:
        return None
    start, end = len(stem) - match.end(), len(stem) - match.start()
    vowels = stem[start:end]
    if not any(vowel in UMLAUTS for vowel in vowels):
        return None
    plain = "".join(UMLAUTS.get(vowel, vowel) for vowel in vowels)  # "äu" of "Bräute" → "au"
    return stem[:start] + plain + stem[end:]
