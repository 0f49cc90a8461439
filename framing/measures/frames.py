"""Frames: which frames dominate an article, in two established schemes.

Generic news frames after Semetko & Valkenburg (2000) and the policy frames of Boydstun et al.'s
Policy Frames Codebook (2014), each a German cue lexicon with the frame definitions in its meta
file (``data/lexicons/frames_generic_de``, ``frames_policy_de``). Every sentence with at least one
cue gets, per scheme, the frame with the most cue hits; ties give the sentence to every tied frame
with an equal share. The article profile is each frame's share of framed sentences (summing to 1
per scheme; all 0.0 when no sentence is framed). Evidence: a span per cue word and a span per
framed sentence listing its cues.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from ..lexicons import FILES, Resources, load_lexicon
from ..model import Doc, Span
from ..resources import reloadable
from .additive import Number, Stats, Tally, Totals, cell_at, cell_starts, ratio
from .voice import quoted_mask

SCHEMES: Final = {"generic": "frames_generic_de", "policy": "frames_policy_de"}


@reloadable
@cache
def reader_names() -> dict[str, dict[str, str]]:
    """Frame id → {"de": …, "en": …}: the names readers see, written beside each frame in the
    schemes' lexicon files (a frame in both schemes, such as morality, has one name)."""
    names: dict[str, dict[str, str]] = {}
    for scheme in SCHEMES.values():
        for frame, found in load_lexicon(scheme).reader_names.items():
            names.setdefault(frame, found)
    return names


def _features() -> dict[str, str]:
    features = {}
    for scheme in SCHEMES:
        lexicon = load_lexicon(SCHEMES[scheme])
        for frame, definition in lexicon.labels.items():
            features[f"frame.{scheme}.{frame}"] = (
                f"share of framed sentences with the {frame} frame (0…1): {definition}"
            )
        features[f"frame.{scheme}.framed_sentences"] = (
            f"sentences with at least one {scheme} frame cue (count)"
        )
    return features


FEATURES: Final = _features()


def annotate(doc: Doc, resources: Resources = FILES) -> list[Span]:
    spans = []
    tokens, text, mask = doc.tokens, doc.text, quoted_mask(doc)
    for scheme, name in SCHEMES.items():
        hits: dict[int, list[tuple[str, str]]] = {}
        for match in resources.lexicon(name).match(doc):
            first, end = match.first_token, match.end_token
            sentence = tokens[first].sentence
            frame = match.entry.label
            hits.setdefault(sentence, []).append((frame, text[match.start : match.end]))
            voice = "quoted" if (mask[first] if end == first + 1 else all(mask[first:end])) else "own"
            attrs = {"scheme": scheme, "sentence": sentence, "voice": voice}
            spans.append(Span(match.start, match.end, "frame", f"{scheme}.{frame}", attrs=attrs))
        for sentence, cues in hits.items():
            counts: dict[str, int] = {}  # not a Counter: its isinstance(Mapping) check is slow per sentence
            for frame, _ in cues:
                counts[frame] = counts.get(frame, 0) + 1
            best = max(counts.values())
            winners = sorted(frame for frame, count in counts.items() if count == best)
            bounds = doc.sentences[sentence]
            for frame in winners:
                attrs = {
                    "level": "sentence",
                    "scheme": scheme,
                    "cues": [c for f, c in cues if f == frame],
                    "weight": 1 / len(winners),
                }
                spans.append(
                    Span(
                        bounds.start,
                        bounds.end,
                        "frame",
                        f"{scheme}.{frame}",
                        score=1 / len(winners),
                        attrs=attrs,
                    )
                )
    return spans


def sentence_stats(doc: Doc, spans: list[Span]) -> Stats:
    """Per scheme, the framed sentences and each frame's share scores, in the sentence they frame."""
    tally, starts = Tally(doc), cell_starts(doc)
    framed: set[tuple[str, int]] = set()
    for span in spans:
        if span.attrs.get("level") == "sentence":
            cell = cell_at(starts, span.start)
            tally.add(f"frame.score.{span.label}", cell, span.score or 0.0)
            framed.add((span.attrs["scheme"], span.start))
    for scheme, start in sorted(framed):
        tally.add(f"frame.{scheme}.framed_sentences", cell_at(starts, start))
    return tally.stats


def features_from_totals(totals: Totals) -> dict[str, Number]:
    features: dict[str, Number] = dict.fromkeys(FEATURES, 0.0)
    for scheme in SCHEMES:
        framed = totals[f"frame.{scheme}.framed_sentences"]
        features[f"frame.{scheme}.framed_sentences"] = framed
        for name in totals.named(f"frame.score.{scheme}."):
            features["frame." + name.removeprefix("frame.score.")] = ratio(totals[name], framed)
    return features
