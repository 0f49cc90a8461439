"""The specialised outlet matrices of an event: word choice, voices (by source type, and by topic
camp as the finer layer), frame profiles and tone toward actors. Each is a typed dataclass with
``to_frame()`` (long form, one row per cell or variant, columns documented on the method) and
``to_table()`` (wide: one row per concept, source type, camp, frame or actor, one column per
outlet, readable cell text). The HTML report and ``framing compare --matrix`` render these;
nothing here computes new measures, it only gathers the spans, quotes and features the feature
families produced.

Outlets are named as in the articles ("unknown" for articles without one) and sorted by name.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

from ..measures import frames as frames_family
from ..model import Doc, Quote
from ..sources import SOURCE_TYPES

UNKNOWN_OUTLET = "unknown"
UNATTRIBUTED = "unattributed"  # quotes without a speaker (no source type or camp)
EMPTY = "—"


def outlet_of(doc: Doc) -> str:
    return doc.article.outlet or UNKNOWN_OUTLET


def outlets_of(docs: list[Doc]) -> list[str]:
    return sorted({outlet_of(doc) for doc in docs})


def _by_outlet(docs: list[Doc]) -> dict[str, list[Doc]]:
    groups: dict[str, list[Doc]] = {}
    for doc in docs:
        groups.setdefault(outlet_of(doc), []).append(doc)
    return groups


@dataclass(frozen=True)
class WordChoiceCell:
    """The names one outlet used for one concept: variant → count, own voice and inside quotes."""

    own: Counter[str] = field(default_factory=Counter)
    quoted: Counter[str] = field(default_factory=Counter)

    def __bool__(self) -> bool:
        return bool(self.own or self.quoted)

    def text(self) -> str:
        own = [f"{word} ×{n}" for word, n in sorted(self.own.items())]
        quoted = [f"„{word}“ ×{n}" for word, n in sorted(self.quoted.items())]
        return ", ".join(own + quoted) or EMPTY


@dataclass(frozen=True)
class WordChoiceMatrix:
    """concept × outlet → the names chosen; ``connotations`` maps concept → variant → connotation tag;
    ``topic_cues`` concept → the topic cue words that let the concept count (the wording family counts
    a concept only in articles and passages about its topic, so a concept has cells only there)."""

    outlets: list[str]
    cells: dict[str, dict[str, WordChoiceCell]]  # concept → outlet → cell
    connotations: dict[str, dict[str, str]]
    topic_cues: dict[str, Counter[str]] = field(default_factory=dict)

    @property
    def concepts(self) -> list[str]:
        return sorted(self.cells)

    def cell(self, concept: str, outlet: str) -> WordChoiceCell:
        return self.cells.get(concept, {}).get(outlet) or WordChoiceCell()

    def to_frame(self) -> pd.DataFrame:
        """Columns: concept, outlet, variant, voice ("own" or "quoted"), connotation, count."""
        rows = [
            (concept, outlet, variant, voice, self.connotations[concept].get(variant, ""), count)
            for concept in self.concepts
            for outlet in self.outlets
            for voice, counts in (
                ("own", self.cell(concept, outlet).own),
                ("quoted", self.cell(concept, outlet).quoted),
            )
            for variant, count in sorted(counts.items())
        ]
        return _data_frame(rows, columns=["concept", "outlet", "variant", "voice", "connotation", "count"])

    def to_table(self) -> pd.DataFrame:
        """One row per concept; a cell lists "variant ×count", quoted variants as „variant“."""
        return _wide("concept", self.concepts, self.outlets, lambda c, o: self.cell(c, o).text())


def word_choice_matrix(docs: list[Doc]) -> WordChoiceMatrix:
    """Which names each outlet chose for each concept, from the wording family's spans."""
    cells: dict[str, dict[str, WordChoiceCell]] = {}
    connotations: dict[str, dict[str, str]] = {}
    topic_cues: dict[str, Counter[str]] = {}
    for doc in docs:
        evidence: dict[str, str] = {}  # concept → the article's cue words (the same on each of its spans)
        for span in doc.layer("wording"):
            concept, variant = span.attrs["concept"], span.attrs["variant"]
            cell = cells.setdefault(concept, {}).setdefault(outlet_of(doc), WordChoiceCell())
            (cell.quoted if span.attrs["voice"] == "quoted" else cell.own)[variant] += 1
            connotations.setdefault(concept, {})[variant] = span.attrs["connotation"]
            if span.attrs.get("topic"):
                evidence[concept] = span.attrs["topic"]
        for concept, cues in evidence.items():
            topic_cues.setdefault(concept, Counter()).update(_cue_counts(cues))
    return WordChoiceMatrix(outlets_of(docs), cells, connotations, topic_cues)


def _cue_counts(evidence: str) -> Counter[str]:
    """ "Ukraine ×5, Putin ×2" (a wording span's ``topic`` attribute; "; " between topics) → counts."""
    counts: Counter[str] = Counter()
    for part in evidence.replace("; ", ", ").split(", "):
        word, _, number = part.rpartition(" ×")
        if word and number.isdigit():
            counts[word] += int(number)
    return counts


@dataclass(frozen=True)
class VoiceCell:
    """One group's voice in one outlet: quotes (direct, partial, indirect) and the words inside them."""

    quotes: int = 0
    words: int = 0
    parties: tuple[tuple[str, int], ...] = ()  # the speakers' parties where named, most quoted first

    def text(self) -> str:
        if not self.quotes:
            return "0"
        return f"{self.quotes} ({self.words} words{self.party_text('; ')})"

    def party_text(self, prefix: str = "") -> str:
        """ "SPD 2, CDU 1" (with ``prefix``), or "" when no party is named."""
        return prefix + ", ".join(f"{party} {n}" for party, n in self.parties) if self.parties else ""


@dataclass(frozen=True)
class VoicesMatrix:
    """group × outlet → quotes and quoted words. Groups are the speakers' general source types
    (``by="source"``, the main view: government, parliament, police …) or their topic camps
    (``by="camp"``, the finer actor-registry layer); quotes without a speaker are "unattributed"."""

    outlets: list[str]
    cells: dict[str, dict[str, VoiceCell]]  # group → outlet → cell
    by: str = "source"

    @property
    def groups(self) -> list[str]:
        """Source types in the taxonomy's order, camps by name; "unattributed" last."""
        order = {kind: number for number, kind in enumerate(SOURCE_TYPES)} if self.by == "source" else {}
        return sorted(self.cells, key=lambda g: (g == UNATTRIBUTED, order.get(g, len(order)), g))

    def cell(self, group: str, outlet: str) -> VoiceCell:
        return self.cells.get(group, {}).get(outlet, VoiceCell())

    def to_frame(self) -> pd.DataFrame:
        """Columns: source (or camp), outlet, quotes, words (every group × outlet pair, zeros included)."""
        rows = [
            (group, outlet, self.cell(group, outlet).quotes, self.cell(group, outlet).words)
            for group in self.groups
            for outlet in self.outlets
        ]
        return _data_frame(rows, columns=[self.by, "outlet", "quotes", "words"])

    def to_table(self) -> pd.DataFrame:
        """One row per source type (or camp); a cell reads "quotes (words words)"."""
        return _wide(self.by, self.groups, self.outlets, lambda g, o: self.cell(g, o).text())


def quoted_words(doc: Doc, quote: Quote) -> int:
    """Words (not punctuation) inside the quote's span."""
    starts = doc.token_starts()
    first, last = bisect_left(starts, quote.start), bisect_left(starts, quote.end)
    return sum(1 for token in doc.tokens[first:last] if token.kind != "punct" and token.end <= quote.end)


def voices_matrix(docs: list[Doc], by: str = "source") -> VoicesMatrix:
    """Whose voices each outlet carries, by the speaker's source type (``by="source"``) or topic camp
    (``by="camp"``), from the sourcing family's quotes."""
    if by not in ("source", "camp"):
        raise ValueError(f"unknown grouping {by!r}; use source or camp")
    counts: dict[str, dict[str, list[int]]] = {}
    parties: dict[tuple[str, str], Counter[str]] = {}
    for doc in docs:
        for quote in doc.quotes:
            group = (quote.source_type if by == "source" else quote.camp) or UNATTRIBUTED
            tally = counts.setdefault(group, {}).setdefault(outlet_of(doc), [0, 0])
            tally[0] += 1
            tally[1] += quoted_words(doc, quote)
            if quote.party:
                parties.setdefault((group, outlet_of(doc)), Counter())[quote.party] += 1
    cells = {
        group: {
            outlet: VoiceCell(
                quotes,
                words,
                tuple(sorted(parties.get((group, outlet), {}).items(), key=lambda item: (-item[1], item[0]))),
            )
            for outlet, (quotes, words) in by_outlet.items()
        }
        for group, by_outlet in counts.items()
    }
    return VoicesMatrix(outlets_of(docs), cells, by)


def camps_matrix(docs: list[Doc]) -> VoicesMatrix:
    """The finer layer of the voices matrix: the speakers' topic camps (actor registry)."""
    return voices_matrix(docs, "camp")


@dataclass(frozen=True)
class FrameMatrix:
    """frame × outlet → mean share of framed sentences (0…1) over the outlet's articles, one scheme."""

    scheme: str  # "generic" (Semetko & Valkenburg) or "policy" (Boydstun et al.)
    outlets: list[str]
    frames: list[str]
    shares: dict[str, dict[str, float]]  # frame → outlet → share
    framed_sentences: dict[str, int]  # outlet → sentences with a cue of this scheme
    articles: dict[str, int]  # outlet → articles

    def to_frame(self) -> pd.DataFrame:
        """Columns: scheme, frame, outlet, share, framed_sentences, articles."""
        rows = [
            (
                self.scheme,
                frame,
                outlet,
                self.shares[frame][outlet],
                self.framed_sentences[outlet],
                self.articles[outlet],
            )
            for frame in self.frames
            for outlet in self.outlets
        ]
        columns = ["scheme", "frame", "outlet", "share", "framed_sentences", "articles"]
        return _data_frame(rows, columns=columns)

    def to_table(self) -> pd.DataFrame:
        """One row per frame; cells are percentages of framed sentences."""
        return _wide("frame", self.frames, self.outlets, lambda f, o: f"{self.shares[f][o]:.0%}")


def frame_matrix(docs: list[Doc], scheme: str = "generic") -> FrameMatrix:
    """Each outlet's frame profile: the frames family's per-article shares, averaged per outlet."""
    if scheme not in frames_family.SCHEMES:
        raise ValueError(f"unknown frame scheme {scheme!r}; use one of {', '.join(frames_family.SCHEMES)}")
    prefix = f"frame.{scheme}."
    counter = f"{prefix}framed_sentences"
    frames = sorted(name[len(prefix) :] for name in frames_family.FEATURES if name.startswith(prefix))
    frames.remove("framed_sentences")
    groups = _by_outlet(docs)
    outlets = sorted(groups)
    shares = {
        frame: {
            outlet: sum(d.features.get(prefix + frame, 0.0) for d in members) / len(members)
            for outlet, members in groups.items()
        }
        for frame in frames
    }
    framed = {
        outlet: int(sum(d.features.get(counter, 0.0) for d in members)) for outlet, members in groups.items()
    }
    articles = {outlet: len(members) for outlet, members in groups.items()}
    return FrameMatrix(scheme, outlets, frames, shares, framed, articles)


@dataclass(frozen=True)
class ActorToneCell:
    """Own-voice tone toward an actor in one outlet (−1…+1): the mean of the per-article tone over
    the articles mentioning the actor, the sentences mentioning it and those articles' number."""

    tone: float
    sentences: int
    articles: int

    def text(self) -> str:
        return f"{self.tone:+.2f} (n={self.sentences})"


@dataclass(frozen=True)
class ActorToneMatrix:
    """actor × outlet → tone toward the actor; outlets that never mention an actor have no cell."""

    outlets: list[str]
    cells: dict[str, dict[str, ActorToneCell]]  # actor → outlet → cell

    @property
    def actors(self) -> list[str]:
        return sorted(self.cells)

    def cell(self, actor: str, outlet: str) -> ActorToneCell | None:
        return self.cells.get(actor, {}).get(outlet)

    def to_frame(self) -> pd.DataFrame:
        """Columns: actor, outlet, tone, sentences, articles (pairs where the outlet mentions the actor)."""
        rows = [
            (actor, outlet, cell.tone, cell.sentences, cell.articles)
            for actor in self.actors
            for outlet in self.outlets
            if (cell := self.cell(actor, outlet))
        ]
        return _data_frame(rows, columns=["actor", "outlet", "tone", "sentences", "articles"])

    def to_table(self) -> pd.DataFrame:
        """One row per actor; a cell reads "+0.12 (n=sentences)", or — when the outlet never names it."""
        return _wide(
            "actor", self.actors, self.outlets, lambda a, o: c.text() if (c := self.cell(a, o)) else EMPTY
        )


def actor_tone_matrix(docs: list[Doc]) -> ActorToneMatrix:
    """Tone toward each actor per outlet, from the tone family's ``tone.actor.*`` features."""
    values: dict[str, dict[str, list[tuple[float, float]]]] = {}
    for doc in docs:
        for name, value in doc.features.items():
            if name.startswith("tone.actor."):
                actor = name.removeprefix("tone.actor.")
                sentences = doc.features.get(f"tone.actor_sentences.{actor}", 0.0)
                values.setdefault(actor, {}).setdefault(outlet_of(doc), []).append((value, sentences))
    cells = {
        actor: {
            outlet: ActorToneCell(
                sum(v for v, _ in pairs) / len(pairs), int(sum(n for _, n in pairs)), len(pairs)
            )
            for outlet, pairs in by_outlet.items()
        }
        for actor, by_outlet in values.items()
    }
    return ActorToneMatrix(outlets_of(docs), cells)


def _data_frame(*args, **kwargs) -> pd.DataFrame:
    """``pandas.DataFrame(...)``, with pandas imported on first use (0.3 s the CLI's start-up skips)."""
    import pandas as pd

    return pd.DataFrame(*args, **kwargs)


def _wide(index: str, rows: list[str], outlets: list[str], cell) -> pd.DataFrame:
    return _data_frame(
        [[row, *(cell(row, outlet) for outlet in outlets)] for row in rows], columns=[index, *outlets]
    )


MATRICES: dict[str, Callable[[list[Doc]], Any]] = {
    "wording": word_choice_matrix,
    "voices": voices_matrix,
    "camps": camps_matrix,
    "frames": frame_matrix,
    "actor-tone": actor_tone_matrix,
}
