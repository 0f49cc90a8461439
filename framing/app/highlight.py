"""An article as HTML with its evidence highlighted, layer by layer, every piece of text escaped.

The text is cut at every span boundary into flat pieces; each piece carries the classes of the
spans covering it and a tooltip with why each was flagged, so overlapping layers never produce
broken nesting. Meaning never rests on colour alone: every layer also has its own line style, and
tags (e.g. "NEG", "HEDGE") can be shown after each highlight.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import pairwise

from ..actors import actor_name
from ..i18n import STRINGS, camp_name, frame_name, reader_name, source_name, t
from ..lexicons import load_lexicon
from ..measures.wording import concept_name
from ..model import Doc, Span

# app layer → the span layers it shows
LAYERS: dict[str, tuple[str, ...]] = {
    "tone": ("tone",),
    "emotive": ("emotive",),
    "hedge": ("hedge",),
    "quote": ("quote", "speaker"),
    "wording": ("wording",),
    "frame": ("frame",),
    "populism": ("populism",),
}
# colour-blind safe (Okabe-Ito based) backgrounds, each with a distinct line style
STYLE = """
.fr-article{line-height:1.9;font-size:1.02em}
.fr-article p{margin:0 0 .9em 0}
.hl-tone-positive{background:#cfe6f7;border-bottom:2px solid #0072B2}
.hl-tone-negative{background:#fbe0bf;border-bottom:2px solid #D55E00}
.hl-emotive{background:#f6d5e8;border-bottom:2px dotted #CC79A7}
.hl-hedge{background:#e4dcf3;border-bottom:2px dashed #6a3d9a}
.hl-wording{outline:2px solid #009E73;outline-offset:1px}
.hl-frame{border-bottom:3px double #0072B2}
.hl-populism{background:#fff3b0;border-bottom:2px solid #000}
.hl-quote{font-style:italic;background:#eeeeee}
.hl-speaker{font-weight:700;text-decoration:underline}
.fr-tag{font-size:.68em;font-weight:700;vertical-align:super;margin:0 .15em;color:#333;font-style:normal}
.fr-legend span{display:inline-block;margin:0 .8em .3em 0;padding:0 .3em}
"""
TAGS = {
    ("tone", "positive"): "POS",
    ("tone", "negative"): "NEG",
    ("emotive", None): "EMO",
    ("hedge", None): "HEDGE",
    ("wording", None): "WORD",
    ("frame", None): "FRAME",
    ("populism", None): "POP",
    ("speaker", None): "SPEAKER",
}
# a quote's and speaker's general source type as a tag (framing/sources.py)
SOURCE_TAGS = {
    "government": "GOV",
    "parliament": "PARL",
    "authority": "AUTH",
    "court": "COURT",
    "expert": "EXP",
    "business": "BUS",
    "civil_society": "CIV",
    "citizen": "CIT",
    "media": "MEDIA",
    "anonymous": "ANON",
    "other": "OTHER",
}


@dataclass(frozen=True)
class Highlight:
    """One highlighted span with its explanation, for the table under the article."""

    span: Span
    text: str
    why: str


def shown_spans(doc: Doc, layers: list[str]) -> list[Span]:
    """The spans of the chosen app layers; frames as their cue words (not whole sentences)."""
    wanted = {layer for name in layers for layer in LAYERS[name]}
    return [
        span
        for span in doc.spans
        if span.layer in wanted and not (span.layer == "frame" and span.attrs.get("level") == "sentence")
    ]


def css_class(span: Span) -> str:
    if span.layer == "tone":
        return f"hl-tone-{span.label}"
    return f"hl-{span.layer}"


def tag(span: Span) -> str | None:
    """The short tag after a highlight; quotes and speakers carry their source type ("PARL SPD")."""
    if span.layer in ("quote", "speaker") and span.attrs.get("source"):
        source = SOURCE_TAGS.get(span.attrs["source"], span.attrs["source"].upper())
        party = f" {span.attrs['party']}" if span.attrs.get("party") else ""
        return f"{'SPEAKER ' if span.layer == 'speaker' else ''}{source}{party}"
    return TAGS.get((span.layer, span.label)) or TAGS.get((span.layer, None))


def _source(attrs: dict, language: str) -> str:
    """ "; Quelle: Parlament und Parteien, SPD (erkannt an „SPD-Gesundheitsexperte“)", or ""."""
    if not attrs.get("source"):
        return ""
    return t(
        "why.source",
        language,
        source=source_name(attrs["source"], language),
        party=f", {attrs['party']}" if attrs.get("party") else "",
        cue=t("why.source_cue", language, cue=attrs["source_cue"]) if attrs.get("source_cue") else "",
    )


def _figure(value: float | None, language: str) -> str:
    """A lexicon score as the language writes it, without needless zeros: "-0,7" in German."""
    if value is None:
        return "–"
    text = f"{value:g}"
    return text.replace(".", ",") if language == "de" else text


def label_name(span: Span, language: str = "de") -> str:
    """A highlight's category for readers: the concept and variant of a word choice, the frame's
    name, the speaker's name, else the label's reader name (its id when there is none)."""
    if span.layer == "wording":
        concept, _, variant = span.label.partition(":")
        return f"{concept_name(concept, language)}: {variant}"
    if span.layer == "frame":
        return frame_name(span.label.partition(".")[2], language)
    if span.layer == "speaker":
        return actor_name(span.label)
    return reader_name("label", span.label, language)


def _voice(span: Span, language: str) -> str:
    return t(f"why.voice.{span.attrs.get('voice', 'own')}", language)


def _modifier_names(modifiers: list[str], language: str) -> str:
    """ "negator:nicht" → „nicht“ (Verneinung): the word, then its kind by the reader name the
    modifier lexicon's data file gives it."""
    names = load_lexicon("tone_modifiers").reader_names
    opening, closing = ("„", "“") if language == "de" else ("“", "”")
    parts = []
    for modifier in modifiers:
        label, _, word = modifier.partition(":")
        parts.append(f"{opening}{word}{closing} ({names.get(label, {}).get(language, label)})")
    return ", ".join(parts)


def explain(span: Span, language: str = "de") -> str:
    """Why ``span`` was flagged, in plain words: the rule or lexicon entry and the voice."""
    attrs = span.attrs
    if span.layer == "tone":
        modifiers = attrs.get("modifiers") or []
        return t(
            "why.tone",
            language,
            polarity=t(f"why.tone.{span.label}", language),
            lexicon=attrs.get("lexicon", "polarity_de"),
            prior=_figure(attrs.get("prior"), language),
            modifiers=(
                t("why.modifiers", language, items=_modifier_names(modifiers, language)) if modifiers else ""
            )
            + (t("why.negated", language) if attrs.get("negated") else ""),
            score=_figure(span.score, language),
            voice=_voice(span, language),
        )
    if span.layer == "emotive":
        key = f"why.emotive.{span.label}"
        if key in STRINGS:
            return t(key, language, voice=_voice(span, language))
        return t("why.emotive", language, label=label_name(span, language), voice=_voice(span, language))
    if span.layer == "hedge":
        if span.label in ("reportative", "konjunktiv_i"):
            return t(
                f"why.hedge.{span.label}", language, rule=attrs.get("rule", ""), voice=_voice(span, language)
            )
        note = f" — {attrs['note']}" if attrs.get("note") else ""
        return t(
            "why.hedge", language, label=label_name(span, language), note=note, voice=_voice(span, language)
        )
    if span.layer == "wording":
        return t(
            "why.wording",
            language,
            concept=concept_name(attrs.get("concept", ""), language),
            variant=attrs.get("variant"),
            connotation=reader_name("connotation", attrs.get("connotation", ""), language),
            topic=t("why.wording_topic", language, cues=attrs["topic"]) if attrs.get("topic") else "",
            voice=_voice(span, language),
        )
    if span.layer == "frame":
        scheme, _, frame = span.label.partition(".")
        return t(
            "why.frame",
            language,
            frame=frame_name(frame, language),
            scheme=reader_name("scheme", scheme, language),
            voice=_voice(span, language),
        )
    camp = f" ({camp_name(attrs['camp'], language)})" if attrs.get("camp") else ""
    if span.layer == "quote":
        via = t("why.via", language, via=attrs["via"]) if attrs.get("via") else ""
        return t(
            "why.quote",
            language,
            kind=t(f"why.quote.{span.label}", language)
            if f"why.quote.{span.label}" in STRINGS
            else span.label,
            speaker=attrs.get("speaker") or t("why.unknown_speaker", language),
            camp=camp,
            via=via,
            source=_source(attrs, language),
        )
    if span.layer == "speaker":
        return t(
            "why.speaker", language, actor=actor_name(span.label), camp=camp, source=_source(attrs, language)
        )
    if span.layer == "populism":
        return t(
            "why.populism",
            language,
            label=label_name(span, language),
            pattern=attrs.get("pattern", ""),
            voice=_voice(span, language),
        )
    return f"{span.layer}: {span.label}"


def highlights(doc: Doc, layers: list[str], language: str = "de") -> list[Highlight]:
    return [
        Highlight(span, doc.text[span.start : span.end], explain(span, language))
        for span in sorted(shown_spans(doc, layers), key=lambda s: (s.start, -s.end))
    ]


def render_article(doc: Doc, layers: list[str], language: str = "de", show_tags: bool = False) -> str:
    """The article body as HTML paragraphs with the chosen layers highlighted."""
    text = doc.text
    spans = shown_spans(doc, layers)
    explanations = {id(span): explain(span, language) for span in spans}
    paragraphs = [(p.start, p.end) for p in doc.paragraphs] or [(0, len(text))]
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    ends_at: dict[int, list[Span]] = {}
    for span in spans:
        ends_at.setdefault(span.end, []).append(span)
    parts = ["<div class='fr-article'>"]
    for paragraph_start, paragraph_end in paragraphs:
        parts.append("<p>")
        points = (
            [paragraph_start] + [c for c in cuts if paragraph_start < c < paragraph_end] + [paragraph_end]
        )
        for start, end in pairwise(points):
            covering = [s for s in spans if s.start <= start and end <= s.end]
            piece = escape(text[start:end])
            if covering:
                classes = " ".join(sorted({css_class(s) for s in covering}))
                title = escape(" | ".join(explanations[id(s)] for s in covering), quote=True)
                parts.append(f"<span class='{classes}' title='{title}'>{piece}</span>")
            else:
                parts.append(piece)
            if show_tags:
                for span in ends_at.get(end, ()):
                    if (label := tag(span)) and span.start >= paragraph_start:
                        parts.append(f"<span class='fr-tag'>{escape(label)}</span>")
        parts.append("</p>")
    parts.append("</div>")
    return "".join(parts)


def legend(layers: list[str], language: str = "de") -> str:
    """Swatches for the chosen layers, each with its tag, so the meaning does not rest on colour."""
    samples = {
        "tone": [("hl-tone-positive", "POS", "+"), ("hl-tone-negative", "NEG", "−")],
        "emotive": [("hl-emotive", "EMO", "")],
        "hedge": [("hl-hedge", "HEDGE", "")],
        "quote": [("hl-quote", "", "„…“"), ("hl-speaker", "SPEAKER", "")],
        "wording": [("hl-wording", "WORD", "")],
        "frame": [("hl-frame", "FRAME", "")],
        "populism": [("hl-populism", "POP", "")],
    }
    items = []
    for layer in layers:
        for css, label, mark in samples[layer]:
            name = escape(t(f"layer.{layer}", language))
            items.append(f"<span class='{css}'>{name} {escape(mark)} <b>{escape(label)}</b></span>")
        if layer == "quote":  # the source-type tags on quotes and speakers
            items += [
                f"<span><b>{escape(code)}</b> = {escape(source_name(kind, language))}</span>"
                for kind, code in SOURCE_TAGS.items()
            ]
    return f"<div class='fr-legend'>{''.join(items)}</div>"


def page_style() -> str:
    return f"<style>{STYLE}</style>"
