"""Sourcing: who is quoted, directly or indirectly, through which medium, and from which camp.

Direct quotes are the regions inside quotation marks (measures/voice.py) that carry speech: at
least four words, or shorter with a verb of saying in the sentence ("nannte die Resolution
„unvollständig und unausgewogen“"); a medium's name in quotes ('Wie "Newsweek" berichtet') is
not a quote. A quote is "direct" when it opens its sentence, follows a colon or spans sentences; else
"partial" (embedded in the outlet's own sentence).
Indirect speech: a sentence without quotation marks with a verb of saying and a "dass" clause or
Konjunktiv I ("Lawrow erklärte, die Beziehungen hätten …"), or an attribution ("Yellen zufolge",
"laut X", "nach Angaben von X").
The speaker is the registered actor (actors.py) named in the sentence outside the quote, closest
to the verb of saying; media named beside another speaker are the relay (``via``: "laut der
russischen Nachrichtenagentur Tass"); "er"/"sie" refer back to the last speaker; a quote sentence
with no attribution that follows a quote continues its speaker. A surname introduced earlier with
the full name ("Jessica Berlin") names that person in a speaker slot ("zitiert tagesspiegel.de
Berlin") but never after a preposition ("nach Berlin"). Speakers not in the registry stay visible
as "unregistered" with their words.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..actors import CAMPS, find_mentions, introduced_surnames, load_actors
from ..model import Doc, Quote, Span, Token
from ..sources import SOURCE_TYPES, classify_in_text
from .voice import quoted_mask, quoted_regions

SPEECH_VERBS = frozenset(
    [
        "sagen",
        "erklären",
        "betonen",
        "warnen",
        "kritisieren",
        "mitteilen",
        "teilen",
        "berichten",
        "nennen",
        "bezeichnen",
        "fordern",
        "sprechen",
        "antworten",
        "ergänzen",
        "hinzufügen",
        "versichern",
        "zitieren",
        "schreiben",
        "meinen",
        "glauben",
        "bekräftigen",
        "verkünden",
        "ankündigen",
        "loben",
        "würdigen",
        "heißen",
        "drohen",
        "bestätigen",
        "dementieren",
        "zurückweisen",
        "behaupten",
        "unterstreichen",
        "mahnen",
        "appellieren",
        "versprechen",
    ]
)
ATTRIBUTION_WORDS = frozenset({"zufolge", "laut", "so", "gegenüber", "angaben"})
PRONOUNS = frozenset({"er", "sie"})
PREPOSITIONS = frozenset({"in", "nach", "aus", "von", "bei", "über", "für", "im", "zu", "gen"})
KONJUNKTIV_HINTS = frozenset(
    {"sei", "seien", "habe", "hätten", "wäre", "wären", "werde", "wolle", "könne", "müsse"}
)
REPORTED_CLAUSE_HINTS = KONJUNKTIV_HINTS | {"dass"}
GROUPS = (*CAMPS, "unregistered")

FEATURES = {
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


def _is_speech_verb(token: Token) -> bool:
    return _is_speech_word(token.text, token.lemma)


@lru_cache(maxsize=65_536)
def _is_speech_word(text: str, lemma: str) -> bool:
    return lemma.lower() in SPEECH_VERBS or text.lower() in ("hieß", "heißt")


class _Context:
    """Per-document lookups: sentences of tokens, actor mentions, quote regions."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.regions = quoted_regions(doc.text)
        self.mask = quoted_mask(doc)
        self.token_starts = doc.token_starts()
        self.sentence_starts = [s.start for s in doc.sentences]
        self.region_starts = [start for start, _ in self.regions]
        self.actors = load_actors()
        self.media_names = {
            name for actor in self.actors.values() if actor.kind == "media" for name in actor.names
        }
        mentions = find_mentions(doc)
        surnames = introduced_surnames(doc, mentions)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        tokens = doc.tokens
        for index in sorted(i for surname in surnames for i in _token_indexes(doc, surname)):
            token = tokens[index]
            if token.start in covered:
                continue
            previous = tokens[index - 1].text.lower() if index else ""
            if previous not in PREPOSITIONS:
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

    def quoted(self, start: int) -> bool:
        index = bisect_right(self.region_starts, start) - 1
        return index >= 0 and self.regions[index][0] <= start < self.regions[index][1]

    def sentence_of(self, position: int) -> int:
        return max(0, bisect_right(self.sentence_starts, position) - 1)

    def outside_tokens(self, first: int, last: int) -> list[Token]:
        sentences, tokens, mask = self.doc.sentences, self.doc.tokens, self.mask
        begin, end = sentences[first].first_token, sentences[last].end_token
        return [tokens[i] for i in range(begin, end) if not mask[i]]

    def mentions_in(self, first: int, last: int) -> list[Span]:
        start, end = self.doc.sentences[first].start, self.doc.sentences[last].end
        begin, stop = bisect_left(self.mention_starts, start), bisect_left(self.mention_starts, end)
        return [
            m
            for m in self.mentions[begin:stop]
            if not self.quoted(m.start) or self.actors[m.label].kind == "media"
        ]


def _token_indexes(doc: Doc, word: str) -> list[int]:
    """The indexes of the tokens that are exactly ``word``, found by searching the text for it."""
    text, tokens, starts = doc.text, doc.tokens, doc.token_starts()
    found = []
    position = text.find(word)
    while position != -1:
        index = bisect_left(starts, position)
        if index < len(tokens) and tokens[index].start == position and tokens[index].text == word:
            found.append(index)
        position = text.find(word, position + 1)
    return found


def _choose(
    context: _Context, mentions: list[Span], anchor: int, pronoun_speaker: Span | None = None
) -> tuple[Span | None, Span | None]:
    """(speaker, relay): the non-media actor nearest the verb of saying, else the speaker a pronoun
    refers back to, else the medium itself; a medium named beside the speaker is the relay."""
    media = [m for m in mentions if context.actors[m.label].kind == "media"]
    others = [m for m in mentions if context.actors[m.label].kind != "media"]
    if others:
        speaker = min(others, key=lambda m: abs(m.start - anchor))
    elif pronoun_speaker is not None:
        speaker = pronoun_speaker
    elif media:
        speaker = min(media, key=lambda m: abs(m.start - anchor))
    else:
        return None, None
    relays = sorted(
        (m for m in media if m.label != speaker.label), key=lambda m: m.attrs.get("form") != "name"
    )
    return speaker, relays[0] if relays else None


def annotate(doc: Doc) -> list[Span]:
    context = _Context(doc)
    text = doc.text
    quotes: list[Quote] = []
    last_speaker: tuple[Span | None, str | None] = (None, None)
    last_quote_sentence = -2
    for start, end in context.regions:
        first, last = context.sentence_of(start), context.sentence_of(max(start, end - 1))
        window = doc.tokens[bisect_left(context.token_starts, start) : bisect_left(context.token_starts, end)]
        inside = [t for t in window if t.kind != "punct"]
        outside = sentence_outside = context.outside_tokens(first, last)
        opens_sentence = _opens_sentence(doc, outside, first, start)
        if len(inside) <= 3 and not opens_sentence:  # a short quote inside a sentence is speech only
            clause = _clause_around(doc, outside, start)  # with a verb of saying in its own clause,
            if not {t.text.lower() for t in clause} & REPORTED_CLAUSE_HINTS:  # or in reported speech
                outside = clause
        verbs = [
            t for t in outside if _is_speech_word(t.text, t.lemma) or t.text.lower() in ATTRIBUTION_WORDS
        ]
        reported = not KONJUNKTIV_HINTS.isdisjoint([t.text.lower() for t in sentence_outside])
        continues = reported and first - last_quote_sentence <= 1  # reported speech going on
        if (
            not inside
            or (len(inside) <= 3 and not verbs and not continues)
            or _is_media_name(context, text[start:end])
        ):
            continue
        mentions = context.mentions_in(first, last)
        if not verbs and last + 1 < len(doc.sentences):  # "… „…“. Das erklärte Wang Yi am Dienstag."
            following = doc.sentence_tokens(last + 1)
            if len(following) > 1 and following[0].text in ("Das", "Dies") and _is_speech_verb(following[1]):
                verbs, mentions = [following[1]], context.mentions_in(last + 1, last + 1)
        anchor = verbs[0].start if verbs else start
        pronoun = any(t.text.lower() in PRONOUNS for t in outside)
        speaker, relay = _choose(context, mentions, anchor, last_speaker[0] if pronoun else None)
        speaker_words = None
        if speaker is None and pronoun:
            speaker_words = last_speaker[1]
        if speaker is None and not verbs and (first - last_quote_sentence <= 1 or continues):
            speaker, speaker_words = last_speaker
        if speaker is None and verbs:
            speaker_words = _unregistered_phrase(doc, outside, verbs[0])
        label = "direct" if opens_sentence or last > first else "partial"
        quotes.append(_quote(context, start, end, label, speaker, relay, speaker_words))
        if speaker is not None or speaker_words:
            last_speaker = (speaker, speaker_words)
        last_quote_sentence = last
    keys = doc.token_keys()
    quoted_sentences = {context.sentence_of(s) for s, _ in context.regions} | {
        context.sentence_of(max(s, e - 1)) for s, e in context.regions
    }
    for index, sentence in enumerate(doc.sentences):
        if index in quoted_sentences:
            continue
        words = {form for form, _ in keys[sentence.first_token : sentence.end_token]}
        attributed = bool(words & {"zufolge", "laut"}) or "angaben" in words
        reported = bool(words & KONJUNKTIV_HINTS) or "dass" in words
        if not (attributed or reported):
            continue
        has_verb = any(_is_speech_word(t.text, t.lemma) for t in doc.sentence_tokens(index))
        if not ((has_verb and reported) or attributed):
            continue
        tokens = doc.sentence_tokens(index)
        speaker, relay = _indirect_speaker(context, tokens, context.mentions_in(index, index))
        if speaker is None and words & PRONOUNS and has_verb:
            speaker = last_speaker[0]
        if speaker is None:
            continue
        quotes.append(_quote(context, sentence.start, sentence.end, "indirect", speaker, relay, None))
        last_speaker = (speaker, None)
    quotes.sort(key=lambda q: q.start)
    doc.quotes = quotes
    return _spans(context, quotes)


def _indirect_speaker(context: _Context, tokens: list[Token], mentions: list[Span]):
    """The source of reported speech: the actor right before "zufolge", right after "laut" or
    "nach Angaben", else the subject before the verb of saying (or right after it, before the
    reported clause's comma). "Berichten zufolge" names no one."""
    for index, token in enumerate(tokens):
        word = token.text.lower()
        if word == "zufolge":
            window = (tokens[max(0, index - 4)].start, token.start)
        elif word in ("laut", "angaben"):
            window = (token.end, tokens[min(len(tokens) - 1, index + 6)].end)
        else:
            continue
        found = [m for m in mentions if window[0] <= m.start < window[1]]
        if found:
            return _choose(context, found, token.start)
    verb = next((t for t in tokens if _is_speech_verb(t)), None)
    if verb is None:
        return None, None
    before = [m for m in mentions if m.start < verb.start]
    comma = next((t.start for t in tokens if t.start > verb.start and t.text == ","), tokens[-1].end)
    after = [m for m in mentions if verb.start < m.start < comma]
    return _choose(context, before or after, verb.start)


def _opens_sentence(doc: Doc, outside: list[Token], sentence: int, start: int) -> bool:
    """Whether a quote starts its sentence or follows a colon ("Er sagte: „…“")."""
    before = [t for t in outside if doc.sentences[sentence].start <= t.start < start]
    return (
        all(t.kind == "punct" for t in before)
        or before[-1].text == ":"
        or (len(before) > 1 and before[-2].text == ":" and before[-1].kind == "punct")
    )


def _clause_around(doc: Doc, tokens: list[Token], position: int) -> list[Token]:
    """The tokens of ``tokens`` in the same clause as ``position`` (between , ; – : ( ))."""
    breaks = ",;–—:()"
    before = [t for t in tokens if t.start < position]
    after = [t for t in tokens if t.start >= position]
    start = next((i + 1 for i in range(len(before) - 1, -1, -1) if before[i].text in breaks), 0)
    end = next((i for i, t in enumerate(after) if t.text in breaks), len(after))
    return before[start:] + after[:end]


ARTICLES = frozenset({"der", "die", "das", "ein", "eine", "des", "dem", "den", "einer", "eines", "einem"})


def _unregistered_phrase(doc: Doc, tokens: list[Token], verb: Token) -> str | None:
    """An unregistered speaker's words: the noun phrase after the verb of saying ("ein Sprecher der
    Behörde"), else the noun phrase that opens the sentence ("Der 12-Punkte-Friedensplan")."""
    if verb not in tokens:  # the verb stands in the next sentence ("… „…“. Das erklärte X.")
        tokens = doc.sentence_tokens(verb.sentence)
    after = []
    for token in tokens[tokens.index(verb) + 1 :]:
        if token.kind == "punct" or token.text.lower() in PREPOSITIONS | {"am", "gegenüber", "laut"}:
            break
        after.append(token)
    if any(t.text[0].isupper() for t in after):
        return " ".join(t.text for t in after)
    sentence = doc.sentence_tokens(verb.sentence)
    opening = []
    for token in sentence:
        if token.kind == "punct" or not (
            not token.text[0].islower() or token.text.lower() in ARTICLES | {"und"}
        ):
            break
        opening.append(token.text)
    return " ".join(opening) or None


def _is_media_name(context: _Context, quoted_text: str) -> bool:
    phrase = quoted_text.strip()
    return phrase in context.media_names or phrase.lower().endswith((".de", ".com"))


def _quote(context, start, end, label, speaker, relay, speaker_words) -> Quote:
    text = context.doc.text
    actor = speaker.label if speaker is not None else ("unregistered" if speaker_words else None)
    camp = (
        context.actors[speaker.label].camp
        if speaker is not None
        else ("unregistered" if speaker_words else None)
    )
    registered = context.actors[speaker.label] if speaker is not None else None
    words = text[speaker.start : speaker.end] if speaker is not None else speaker_words
    source = classify_in_text(
        words, text, registered.camp if registered else None, registered.kind if registered else None
    )
    return Quote(
        start,
        end,
        direct=label != "indirect",
        speaker=text[speaker.start : speaker.end] if speaker is not None else speaker_words,
        actor=actor,
        camp=camp,
        via=text[relay.start : relay.end] if relay is not None else None,
        speaker_start=speaker.start if speaker is not None else None,
        speaker_end=speaker.end if speaker is not None else None,
        label=label,
        source_type=source.type if source else None,
        party=source.party if source else None,
        source_cue=source.cue if source else None,
    )


def _spans(context: _Context, quotes: list[Quote]) -> list[Span]:
    spans = list(context.mentions)  # built for this document: they become its actor spans
    for quote in quotes:
        attrs = {"speaker": quote.speaker, "actor": quote.actor, "camp": quote.camp, "via": quote.via}
        source = {"source": quote.source_type, "party": quote.party, "source_cue": quote.source_cue}
        spans.append(Span(quote.start, quote.end, "quote", quote.label, attrs=attrs | source))
        if quote.speaker_start is not None:
            spans.append(
                Span(
                    quote.speaker_start,
                    quote.speaker_end,
                    "speaker",
                    quote.actor,
                    attrs={"camp": quote.camp} | source,
                )
            )
    return spans


def score(doc: Doc, spans: list[Span]) -> dict[str, float]:
    words = doc.word_count()
    quotes = doc.quotes
    regions = quoted_regions(doc.text)
    features = {
        "sourcing.quotes_per_1k": 1000 * len(quotes) / words if words else 0.0,
        "sourcing.quoted_share": sum(e - s for s, e in regions) / len(doc.text) if doc.text else 0.0,
        "sourcing.direct": float(sum(q.direct for q in quotes)),
        "sourcing.indirect": float(sum(not q.direct for q in quotes)),
        "sourcing.anonymous_share": sum(q.camp == "anonymous" for q in quotes) / len(quotes)
        if quotes
        else 0.0,
    }
    for group in GROUPS:
        mine = [q for q in quotes if q.camp == group]
        features[f"sourcing.voices.{group}"] = float(len(mine))
        features[f"sourcing.voice_words.{group}"] = float(
            sum(len(doc.text[q.start : q.end].split()) for q in mine)
        )
    for kind in SOURCE_TYPES:
        mine = [q for q in quotes if q.source_type == kind]
        features[f"sourcing.sources.{kind}"] = float(len(mine))
        features[f"sourcing.source_words.{kind}"] = float(
            sum(len(doc.text[q.start : q.end].split()) for q in mine)
        )
    return features
