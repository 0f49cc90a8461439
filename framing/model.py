"""The document model: articles, their segmentation and typed spans, all with character offsets
into the article's clean text (``Article.text``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from itertools import compress
from typing import Any, Final


def frozen_reduce(obj: Any) -> tuple[Any, ...]:
    """``__reduce__`` of a frozen dataclass: pickled and copied by field, restored without ``__init__``
    as plain Python restores one. The compiled build (README, "Compiled build") needs it: there a
    dataclass's default ``__setstate__`` assigns each field through ``__setattr__``, which a frozen
    one refuses, so its objects could not cross to a worker process or be deep-copied."""
    return (restore_frozen, (type(obj), tuple((f.name, getattr(obj, f.name)) for f in fields(obj))))


def restore_frozen(cls: Any, state: tuple[tuple[str, Any], ...]) -> Any:
    """The frozen dataclass object that ``frozen_reduce`` took apart."""
    obj = cls.__new__(cls)
    for name, value in state:
        object.__setattr__(obj, name, value)
    return obj


# The classes made per token, sentence and span write their own ``__init__`` (``init=False``): the one
# that ``dataclass`` generates is Python code even in the compiled build, where it made a token cost
# about as much as in pure Python; a written one is compiled with the class. They pickle and copy by
# calling it (``__reduce__``): a compiled class with its own ``__init__`` cannot be made without its
# arguments, as pickle's default way would.
@dataclass(slots=True, init=False)  # not frozen: a frozen dataclass is three times slower to build,
class Span:  # and an article has hundreds of spans
    """One piece of evidence: ``text[start:end]`` carries ``label`` on annotation ``layer``."""

    start: int
    end: int
    layer: str
    label: str
    score: float | None = None
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def __init__(
        self,
        start: int,
        end: int,
        layer: str,
        label: str,
        score: float | None = None,
        attrs: dict[str, Any] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.layer = layer
        self.label = label
        self.score = score
        self.attrs = {} if attrs is None else attrs

    def __reduce__(self) -> tuple[Any, ...]:
        return (Span, (self.start, self.end, self.layer, self.label, self.score, self.attrs))

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "layer": self.layer,
            "label": self.label,
            "text": text[self.start : self.end],
            "score": self.score,
            "attrs": dict(self.attrs),
        }


@dataclass(slots=True, init=False)
class Token:
    start: int
    end: int
    text: str
    lemma: str
    kind: str  # "word", "number" or "punct"
    sentence: int

    def __init__(self, start: int, end: int, text: str, lemma: str, kind: str, sentence: int) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lemma = lemma
        self.kind = kind
        self.sentence = sentence

    def __reduce__(self) -> tuple[Any, ...]:
        return (Token, (self.start, self.end, self.text, self.lemma, self.kind, self.sentence))


@dataclass(slots=True, init=False)
class Sentence:
    start: int
    end: int
    paragraph: int
    first_token: int  # index into Doc.tokens
    end_token: int  # exclusive

    def __init__(self, start: int, end: int, paragraph: int, first_token: int, end_token: int) -> None:
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.first_token = first_token
        self.end_token = end_token

    def __reduce__(self) -> tuple[Any, ...]:
        return (Sentence, (self.start, self.end, self.paragraph, self.first_token, self.end_token))


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the raw input that cleaning removed, and why (the boilerplate audit trail)."""

    text: str
    reason: str
    line: int  # 1-based line number in the raw text

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "line": self.line}

    def __reduce__(self) -> tuple[Any, ...]:
        return frozen_reduce(self)


@dataclass(slots=True)
class Provenance:
    """How the pipeline found an article's outlet, headline, date, language and event, so every
    decision can be checked (shown in the JSON output and stored with the article)."""

    outlet_id: str | None = None
    outlet_type: str | None = None
    outlet_method: str | None = None  # "metadata", "url", "text signature" or "none"
    outlet_evidence: str | None = None  # what matched: the name, the domain, the signatures
    title_source: str | None = None  # "metadata", "first line", "subheading" …
    date_source: str | None = None  # "metadata" or "text"
    credits: list[str] = field(default_factory=list)  # agency credits found by cleaning
    language_probability: float | None = None
    language_method: str | None = None
    # "clustered" when event grouping named the event; "digest" for a digest it kept apart (an event of
    # its own: a briefing, news podcast or newsletter of several stories, ``compare.events.article_digest``)
    event_source: str | None = None
    event_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The fields as written to JSON and the store (the event's only once one was grouped)."""
        values = {name: getattr(self, name) for name in PROVENANCE_FIELDS}
        if self.event_source is None and self.event_id is None:
            del values["event_source"], values["event_id"]
        return values

    @classmethod
    def split(cls, metadata: dict[str, Any]) -> tuple[Provenance, dict[str, Any]]:
        """A stored metadata record → (the provenance, what the reader found)."""
        found = {k: v for k, v in metadata.items() if k in PROVENANCE_FIELDS}
        rest = {k: v for k, v in metadata.items() if k not in PROVENANCE_FIELDS}
        return cls(**found), rest


PROVENANCE_FIELDS: Final = tuple(Provenance.__dataclass_fields__)


@dataclass(slots=True)
class Article:
    """One news article as read and cleaned; ``text`` is the clean body without the headline."""

    id: str
    source: str
    raw_text: str
    text: str = ""
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None  # ISO 8601, possibly partial ("2022-06")
    language: str | None = None
    event: str | None = None
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)  # from the reader: format, encoding, columns
    provenance: Provenance = field(default_factory=Provenance)

    def all_metadata(self) -> dict[str, Any]:
        """The reader's metadata followed by the provenance: the ``metadata`` of output and store."""
        return {**self.metadata, **self.provenance.to_dict()}


# frozen, with its own ``__init__`` (``init=False``; speed round 34): each field set as the generated one
# sets it, through ``object.__setattr__``, but compiled with the class in the compiled build; pickled and
# copied by calling it (``__reduce__``, as ``Span``)
@dataclass(frozen=True, slots=True, init=False)
class Quote:
    """Reported speech: ``text[start:end]`` is the quoted content (without quote marks)."""

    start: int
    end: int
    direct: bool  # direct quote in quote marks, or indirect (reported) speech
    speaker: str | None = None  # the speaker's words as written ("der chinesische Außenminister Wang Yi")
    actor: str | None = None  # canonical actor from the actor registry, or "unregistered"
    camp: str | None = None
    via: str | None = None  # a relaying medium ("Tass", "tagesspiegel.de")
    speaker_start: int | None = None
    speaker_end: int | None = None
    label: str = "direct"  # "direct", "partial" (embedded in the outlet's sentence) or "indirect"
    source_type: str | None = None  # the general source type (framing/sources.py), None without a speaker
    party: str | None = None  # the speaker's party where named ("SPD")
    source_cue: str | None = None  # the words that decided the source type ("SPD-Gesundheitsexperte")

    def __init__(
        self,
        start: int,
        end: int,
        direct: bool,
        speaker: str | None = None,
        actor: str | None = None,
        camp: str | None = None,
        via: str | None = None,
        speaker_start: int | None = None,
        speaker_end: int | None = None,
        label: str = "direct",
        source_type: str | None = None,
        party: str | None = None,
        source_cue: str | None = None,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "direct", direct)
        object.__setattr__(self, "speaker", speaker)
        object.__setattr__(self, "actor", actor)
        object.__setattr__(self, "camp", camp)
        object.__setattr__(self, "via", via)
        object.__setattr__(self, "speaker_start", speaker_start)
        object.__setattr__(self, "speaker_end", speaker_end)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "source_type", source_type)
        object.__setattr__(self, "party", party)
        object.__setattr__(self, "source_cue", source_cue)

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
            "direct": self.direct,
            "label": self.label,
            "speaker": self.speaker,
            "actor": self.actor,
            "camp": self.camp,
            "via": self.via,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "source_type": self.source_type,
            "party": self.party,
            "source_cue": self.source_cue,
        }

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            Quote,
            (
                self.start,
                self.end,
                self.direct,
                self.speaker,
                self.actor,
                self.camp,
                self.via,
                self.speaker_start,
                self.speaker_end,
                self.label,
                self.source_type,
                self.party,
                self.source_cue,
            ),
        )


@dataclass(slots=True)
class Doc:
    """An article segmented into paragraphs, sentences and tokens, plus its annotation spans."""

    article: Article
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    tokens: list[Token]
    spans: list[Span] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)
    # statistic → its value in each sentence, which the features are computed from (measures.additive)
    sentence_stats: dict[str, list[float]] = field(default_factory=dict)
    _keys: list[tuple[str, str]] | None = field(default=None, repr=False, compare=False)
    _flags: list[int] | None = field(default=None, repr=False, compare=False)  # see speakers.flags_of
    _marked: bool = field(default=False, repr=False, compare=False)  # _flags has the measures' marks
    _flagged: list[int] | None = field(default=None, repr=False, compare=False)  # see flagged
    _quoted: list[bool] | None = field(default=None, repr=False, compare=False)  # see voice.quoted_mask
    _starts: list[int] | None = field(default=None, repr=False, compare=False)
    # each token's kind, made by segmentation with the tokens (see kinds); set only where the tokens
    # of sentence i are exactly tokens[first_token:end_token] and have ``sentence == i``
    _kinds: list[str] | None = field(default=None, repr=False, compare=False)
    _word_count: int | None = field(default=None, repr=False, compare=False)
    _shared: dict[str, list[float]] | None = field(default=None, repr=False, compare=False)  # additive
    _matches: dict[int, list] | None = field(
        default=None, repr=False, compare=False
    )  # see lexicons.match_all

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_tokens(self, index: int) -> list[Token]:
        sentence = self.sentences[index]
        return self.tokens[sentence.first_token : sentence.end_token]

    def token_keys(self) -> list[tuple[str, str]]:
        """(lower-case form, lower-case lemma) of every token, computed once for all lexicons."""
        if self._keys is None:
            self._keys = [(t.text.lower(), t.lemma.lower()) for t in self.tokens]
        return self._keys

    def flagged(self) -> list[int]:
        """The indexes of the tokens with any speaker flag or measure mark in ``_flags`` (about one
        in eight), found once by a pass in C; ``_flags`` must be set (``speakers.flags_of``)."""
        if self._flagged is None:
            flags = self._flags or []
            self._flagged = list(compress(range(len(flags)), flags))
        return self._flagged

    def marked(self, bit: int) -> list[int] | None:
        """The indexes of the tokens whose word form has a measure's mark ``bit``
        (``segment.register_form_mark``), or None when the document was segmented otherwise."""
        flags = self._flags
        if not self._marked or flags is None:
            return None
        return [i for i in self.flagged() if flags[i] & bit]

    def token_starts(self) -> list[int]:
        """The start offset of every token, in order (for bisecting), computed once."""
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        return self._starts

    def kinds(self) -> list[str]:
        """Each token's kind ("word", "number" or "punct"), in order: segmentation's list, made with
        the tokens, or read from them once. The measures count and pick tokens from it by passes in
        C (``list.count`` of a sentence's slice, ``compress``) instead of a Python step per token."""
        if self._kinds is None:
            return [t.kind for t in self.tokens]
        return self._kinds

    def word_count(self) -> int:
        """Tokens that are not punctuation, counted once."""
        if self._word_count is None:
            kinds = self.kinds()
            self._word_count = len(kinds) - kinds.count("punct")
        return self._word_count

    def sentence_kind_counts(self, kind: str) -> list[float] | None:
        """How many tokens of ``kind`` each sentence has, counted in C per sentence; None when the
        document was not segmented by rules (its tokens' sentences are then read one by one)."""
        kinds = self._kinds
        if kinds is None:
            return None
        return [float(kinds[s.first_token : s.end_token].count(kind)) for s in self.sentences]

    def word_counts(self) -> Counter[tuple[str, str, bool]]:
        """(lemma, form as written, first token of its sentence) of the word tokens, counted: all
        that keyness and event grouping read (stored as the table ``lemmas``)."""
        starts = {sentence.first_token for sentence in self.sentences}
        return Counter(
            (token.lemma, token.text, index in starts)
            for index, token in enumerate(self.tokens)
            if token.kind == "word"
        )

    def words(self) -> list[Token]:
        return [t for t in self.tokens if t.kind != "punct"]

    def layer(self, name: str) -> list[Span]:
        return [s for s in self.spans if s.layer == name]


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be used, kept so that nothing is silently lost."""

    source: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "reason": self.reason}

    def __reduce__(self) -> tuple[Any, ...]:
        return frozen_reduce(self)
