"""Speaker attribution against hand-made gold sets: found quotes, right person, exact span, source type.

usage: python benchmarks/speakers.py [--split dev|dev2|…|dev23|dev24|dev25|dev26|devint|test|test2|test3|demo]
                                     [--gold FILE] [--articles FILE] [--json] [--details]

The gold sets are in benchmarks/gold/ (conventions in its README). ``dev`` and ``test`` refer to real
news texts that are not committed: they are read from the local cache that benchmarks/realnews.py
builds (default gold_articles.jsonl in benchmarks.LOCAL_DATA); ``dev2`` from the one that
benchmarks/realnews_dev2.py builds (speakers_dev2_articles.jsonl); ``dev3`` from the one that
benchmarks/realnews_dev3.py builds (speakers_dev3_articles.jsonl); ``dev4`` from the one that
benchmarks/realnews_dev4.py builds (speakers_dev4_articles.jsonl); ``dev5`` from the one that
benchmarks/realnews_dev5.py builds (speakers_dev5_articles.jsonl); ``dev6`` from the one that
benchmarks/realnews_dev6.py builds (speakers_dev6_articles.jsonl); ``dev7`` from the one that
benchmarks/realnews_dev7.py builds (speakers_dev7_articles.jsonl); ``dev8`` (the lead's gate for the rounds
of 2026-12-05: helpers never run it) from the one that benchmarks/realnews_dev8.py builds
(speakers_dev8_articles.jsonl); ``dev9`` (the lead's gate for the rounds after dev8: helpers never run it)
from the one that benchmarks/realnews_dev9.py builds (speakers_dev9_articles.jsonl); ``dev10`` (the lead's
gate for the rounds after dev9: helpers never run it) from the one that benchmarks/realnews_dev10.py builds
(speakers_dev10_articles.jsonl); ``dev11`` (the lead's gate for the rounds of 2026-12-05 evening:
helpers never run it) from the one that benchmarks/realnews_dev11.py builds (speakers_dev11_articles.jsonl);
``dev12`` (the lead's gate for the rounds of 2026-12-05 night: helpers never run it) from the one that
benchmarks/realnews_dev12.py builds (speakers_dev12_articles.jsonl); ``dev13`` (the lead's gate for the rounds
of 2026-12-05 late night: helpers never run it) from the one that benchmarks/realnews_dev13.py builds
(speakers_dev13_articles.jsonl); ``dev14`` (the gate of the session of 2026-12-06, task gate14) from the one
that benchmarks/realnews_dev14.py builds (speakers_dev14_articles.jsonl); ``dev15`` (the gate of the third
session of 2026-12-06, task gate15) from the one that benchmarks/realnews_dev15.py builds
(speakers_dev15_articles.jsonl); ``dev16`` (the gate of the fourth session of 2026-12-06, task gate16) from
the one that benchmarks/realnews_dev16.py builds (speakers_dev16_articles.jsonl); ``dev17`` (the gate of the
fifth session of 2026-12-06, task gate17) from the one that benchmarks/realnews_dev17.py builds
(speakers_dev17_articles.jsonl);
``dev18`` (the gate of the fifth session of 2026-12-06, task gate18: short Der Standard rows of 10kGNAD) from
the one that benchmarks/realnews_dev18.py builds (speakers_dev18_articles.jsonl); ``dev19`` (the gate of the
sixth session of 2026-12-06, task gate19: WMT 2021 and 2022 news documents) from the one that
benchmarks/realnews_dev19.py builds (speakers_dev19_articles.jsonl); ``dev20`` (the gate of the seventh
session of 2026-12-06, task gate20: WMT 2023 and 2021 news documents) from the one that
benchmarks/realnews_dev20.py builds (speakers_dev20_articles.jsonl); ``dev21`` (the gate of the eighth
session of 2026-12-06, task gate21: WMT 2021 de-en news documents) from the one that
benchmarks/realnews_dev21.py builds (speakers_dev21_articles.jsonl); ``dev22`` (the second gate of the eighth
session of 2026-12-06, task gate22: the WMT 2021 de-en documents dev21 left) from the one that
benchmarks/realnews_dev22.py builds (speakers_dev22_articles.jsonl); ``dev23`` (the gate of the ninth
session of 2026-12-06, task gate23: FANG-COVID articles of six outlets) from the one that
benchmarks/realnews_dev23.py builds (speakers_dev23_articles.jsonl); ``dev24`` (the gate of wave 2 of the
ninth session of 2026-12-06, task gate24: FANG-COVID articles of the six next outlets) from the one that
benchmarks/realnews_dev24.py builds (speakers_dev24_articles.jsonl); ``dev25`` (the gate of the tenth session
of 2026-12-07, task gate25: rounds 6–10 of dev23's draw) from the one that benchmarks/realnews_dev25.py builds
(speakers_dev25_articles.jsonl); ``dev26`` (the gate of the eleventh session of 2026-12-07, task gate26:
rounds 11–14 of dev23's draw) from the one that benchmarks/realnews_dev26.py builds
(speakers_dev26_articles.jsonl); ``devint`` (interviews of
the gnad1000 speed corpus, task spk62) from the one that benchmarks/realnews_devint.py builds
(speakers_devint_articles.jsonl);
``test2`` (the second held-out set)
from the one that benchmarks/realnews_test2.py builds (speakers_test2_articles.jsonl); ``test3`` (the third
held-out set, run once by the lead) from the one that benchmarks/realnews_test3.py builds
(speakers_test3_articles.jsonl); ``demo`` uses the demo corpus in data/corpus/.
Each gold quote is aligned to the predicted quote with the largest character overlap, then scored:

- found: a predicted quote overlaps a speech quote (kind direct, partial or indirect);
- right person: the predicted speaker's words contain the gold person's last word (surname, or the
  head of a role such as "Polizist"; an initial such as "K." only as itself), or the predicted
  speaker span overlaps the gold span, or the predicted actor id contains the surname. The overlap
  does not count where framing resolved the words at its span to a name ("er" → "Alfons Hörmann")
  and the gold names the person behind its span: then that name must be the gold person's;
- exact span: the person is right and the predicted speaker span equals the gold span once leading
  articles and determiners are stripped (a speaker given only as words is located next to the
  quote);
- source type: ``quote.source_type`` equals the gold type;
- not_speech rejected: no predicted quote with a speaker lies mostly inside a title, name or scare
  quote.
Rates are over all gold speech quotes (a quote that is not found counts as wrong), and, in brackets,
over the found ones. Tune on the dev splits, report test, test2 and test3.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import simplemma

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA

GOLD_DIR = Path(__file__).resolve().parent / "gold"
DEFAULT_ARTICLES = LOCAL_DATA / "gold_articles.jsonl"
DEV2_ARTICLES = LOCAL_DATA / "speakers_dev2_articles.jsonl"
DEV3_ARTICLES = LOCAL_DATA / "speakers_dev3_articles.jsonl"
DEV4_ARTICLES = LOCAL_DATA / "speakers_dev4_articles.jsonl"
DEV5_ARTICLES = LOCAL_DATA / "speakers_dev5_articles.jsonl"
DEV6_ARTICLES = LOCAL_DATA / "speakers_dev6_articles.jsonl"
DEV7_ARTICLES = LOCAL_DATA / "speakers_dev7_articles.jsonl"
DEV8_ARTICLES = LOCAL_DATA / "speakers_dev8_articles.jsonl"
DEV9_ARTICLES = LOCAL_DATA / "speakers_dev9_articles.jsonl"
DEV10_ARTICLES = LOCAL_DATA / "speakers_dev10_articles.jsonl"
DEV11_ARTICLES = LOCAL_DATA / "speakers_dev11_articles.jsonl"
DEV12_ARTICLES = LOCAL_DATA / "speakers_dev12_articles.jsonl"
DEV13_ARTICLES = LOCAL_DATA / "speakers_dev13_articles.jsonl"
DEV14_ARTICLES = LOCAL_DATA / "speakers_dev14_articles.jsonl"
DEV15_ARTICLES = LOCAL_DATA / "speakers_dev15_articles.jsonl"
DEV16_ARTICLES = LOCAL_DATA / "speakers_dev16_articles.jsonl"
DEV17_ARTICLES = LOCAL_DATA / "speakers_dev17_articles.jsonl"
DEV18_ARTICLES = LOCAL_DATA / "speakers_dev18_articles.jsonl"
DEV19_ARTICLES = LOCAL_DATA / "speakers_dev19_articles.jsonl"
DEV20_ARTICLES = LOCAL_DATA / "speakers_dev20_articles.jsonl"
DEV21_ARTICLES = LOCAL_DATA / "speakers_dev21_articles.jsonl"
DEV22_ARTICLES = LOCAL_DATA / "speakers_dev22_articles.jsonl"
DEV23_ARTICLES = LOCAL_DATA / "speakers_dev23_articles.jsonl"
DEV24_ARTICLES = LOCAL_DATA / "speakers_dev24_articles.jsonl"
DEV25_ARTICLES = LOCAL_DATA / "speakers_dev25_articles.jsonl"
DEV26_ARTICLES = LOCAL_DATA / "speakers_dev26_articles.jsonl"
DEVINT_ARTICLES = LOCAL_DATA / "speakers_devint_articles.jsonl"
TEST2_ARTICLES = LOCAL_DATA / "speakers_test2_articles.jsonl"
TEST3_ARTICLES = LOCAL_DATA / "speakers_test3_articles.jsonl"
REBUILD = "python benchmarks/realnews.py [--repo-dir CLONE_OF_adbar/trafilatura] --out {path}"
REBUILD_DEV2 = "python benchmarks/realnews_dev2.py [--wikinews-git-dir DIR] [--gnad-git-dir DIR] --out {path}"
REBUILD_DEV3 = "python benchmarks/realnews_dev3.py [--repo-dir CLONE_OF_adbar/trafilatura] --out {path}"
REBUILD_DEV4 = "python benchmarks/realnews_dev4.py [--repo-dir CLONE_OF_adbar/trafilatura] --out {path}"
REBUILD_DEV5 = "python benchmarks/realnews_dev5.py [--repo-dir CLONE_OF_adbar/trafilatura] --out {path}"
REBUILD_DEV6 = "python benchmarks/realnews_dev6.py [--repo-dir CLONE_OF_adbar/trafilatura] --out {path}"
REBUILD_DEV7 = "python benchmarks/realnews_dev7.py [--repo-dir CLONE_OF_adbar/trafilatura] --out {path}"
REBUILD_DEV8 = (
    "python benchmarks/realnews_dev8.py [--repo-dir CLONE_OF_adbar/trafilatura] [--gnad-git-dir DIR]"
    " --out {path}"
)
REBUILD_DEV9 = (
    "python benchmarks/realnews_dev9.py [--repo-dir CLONE_OF_adbar/trafilatura] [--htmldate-dir DIR]"
    " [--gnad-git-dir DIR] --out {path}"
)
REBUILD_DEV10 = (
    "python benchmarks/realnews_dev10.py [--repo-dir CLONE_OF_adbar/trafilatura] [--htmldate-dir DIR]"
    " [--goose3-dir DIR] [--newspaper-dir DIR] [--postlight-dir DIR] [--gnad-git-dir DIR] --out {path}"
)
REBUILD_DEV11 = "python benchmarks/realnews_dev11.py [--fundus-dir CLONE_OF_flairNLP/fundus] --out {path}"
REBUILD_DEV12 = "python benchmarks/realnews_dev12.py [--fundus-dir CLONE_OF_flairNLP/fundus] --out {path}"
REBUILD_DEV13 = "python benchmarks/realnews_dev13.py [--fundus-dir CLONE_OF_flairNLP/fundus] --out {path}"
REBUILD_DEV14 = "python benchmarks/realnews_dev14.py [--fundus-dir CLONE_OF_flairNLP/fundus] --out {path}"
REBUILD_DEV15 = "python benchmarks/realnews_dev15.py [--fundus-dir CLONE_OF_flairNLP/fundus] --out {path}"
REBUILD_DEV16 = "python benchmarks/realnews_dev16.py [--fundus-dir CLONE_OF_flairNLP/fundus] --out {path}"
REBUILD_DEV17 = (
    "python benchmarks/realnews_dev17.py [--wmt-dir CLONE_OF_wmt-conference/wmt22-news-systems]"
    " [--fundus-dir CLONE_OF_flairNLP/fundus] --out {path}"
)
REBUILD_DEV18 = "python benchmarks/realnews_dev18.py [--gnad-git-dir CLONE_OF_tblock/10kGNAD] --out {path}"
REBUILD_DEV19 = (
    "python benchmarks/realnews_dev19.py [--wmt22-dir CLONE_OF_wmt-conference/wmt22-news-systems]"
    " [--wmt21-dir CLONE_OF_wmt-conference/wmt21-news-systems] --out {path}"
)
REBUILD_DEV20 = (
    "python benchmarks/realnews_dev20.py [--wmt23-dir CLONE_OF_wmt-conference/wmt23-news-systems]"
    " [--wmt21-dir CLONE_OF_wmt-conference/wmt21-news-systems] --out {path}"
)
REBUILD_DEV21 = (
    "python benchmarks/realnews_dev21.py [--wmt21-dir CLONE_OF_wmt-conference/wmt21-news-systems]"
    " --out {path}"
)
REBUILD_DEV22 = (
    "python benchmarks/realnews_dev22.py [--wmt21-dir CLONE_OF_wmt-conference/wmt21-news-systems]"
    " --out {path}"
)
REBUILD_DEV23 = (
    "python benchmarks/realnews_dev23.py [--fang-dir CLONE_OF_justusmattern/fang-covid] --out {path}"
)
REBUILD_DEV24 = (
    "python benchmarks/realnews_dev24.py [--fang-dir CLONE_OF_justusmattern/fang-covid] --out {path}"
)
REBUILD_DEV25 = (
    "python benchmarks/realnews_dev25.py [--fang-dir CLONE_OF_justusmattern/fang-covid] --out {path}"
)
REBUILD_DEV26 = (
    "python benchmarks/realnews_dev26.py [--fang-dir CLONE_OF_justusmattern/fang-covid] --out {path}"
)
REBUILD_DEVINT = "python benchmarks/realnews_devint.py [--gnad-git-dir CLONE_OF_tblock/10kGNAD] --out {path}"
REBUILD_TEST2 = "python benchmarks/realnews_test2.py [--repo-dir CLONE_OF_adbar/trafilatura] --out {path}"
REBUILD_TEST3 = "python benchmarks/realnews_test3.py [--repo-dir CLONE_OF_adbar/trafilatura] --out {path}"
SPLITS = ("dev", *(f"dev{number}" for number in range(2, 27)), "devint", "test", "test2", "test3", "demo")
SPEECH_KINDS = ("direct", "partial", "indirect")
LEADING_WORDS = frozenset(
    {
        *("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"),
        # determiners of rule 2 in every case ("ein anderer Nutzer", "keinem Experten", "vielen Ärzten")
        *(
            f"{stem}{ending}"
            for stem in ("kein", "ander", "dies", "jen", "einig", "mehrer", "viel", "manch", "all", "beid")
            for ending in ("e", "er", "em", "en", "es")
        ),
        "kein",
        *("dessen", "deren"),
        # possessive determiners in every case ("unsere Sprecherin", "seinem Anwalt")
        *(
            f"{stem}{ending}"
            for stem in ("mein", "dein", "sein", "ihr", "unser", "euer")
            for ending in ("", "e", "er", "em", "en", "es")
        ),
        *("zwei", "drei", "vier"),
    }
)  # stripped from the start of a speaker span before comparing (README convention, rule 2)
NOT_SPEECH_INSIDE = 0.5  # a predicted quote is "on" a title when at least half of it lies inside
SPEAKER_SEARCH = 400  # characters around a quote searched for a speaker given only as words


class GoldError(Exception):
    """A gold file or the article cache is missing or does not match (message says how to fix)."""


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quote (see benchmarks/gold/README.md for the fields and conventions)."""

    article: str
    start: int
    end: int
    kind: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    person: str | None = None
    source_type: str | None = None
    party: str | None = None
    outlet: str | None = None
    article_sha256: str | None = None
    quote_sha256: str | None = None

    @property
    def is_speech(self) -> bool:
        return self.kind in SPEECH_KINDS


@dataclass(frozen=True)
class Predicted:
    """The parts of a predicted quote the scoring needs (built from framing.model.Quote)."""

    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    actor: str | None
    source_type: str | None

    @classmethod
    def of(cls, quote: Any) -> Predicted:
        return cls(
            quote.start,
            quote.end,
            quote.speaker,
            quote.speaker_start,
            quote.speaker_end,
            quote.actor,
            getattr(quote, "source_type", None),
        )


@dataclass
class Outcome:
    """How one gold quote fared."""

    gold: GoldQuote
    found: bool = False
    right_person: bool = False
    exact_span: bool = False
    right_type: bool = False
    rejected: bool = False  # not_speech only
    predicted_speaker: str | None = None
    predicted_type: str | None = None
    predicted_span: tuple[int, int] | None = None  # the predicted speaker's (start, end) in the text


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_gold(path: Path) -> list[GoldQuote]:
    if not path.exists():
        raise GoldError(f"no gold file {path}")
    fields = set(GoldQuote.__dataclass_fields__)
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                record = json.loads(line)
                rows.append(GoldQuote(**{k: v for k, v in record.items() if k in fields}))
            except (json.JSONDecodeError, TypeError) as error:
                raise GoldError(f"{path}:{number}: not a gold row ({error})") from None
    return rows


def articles_path(split: str, path: Path | None) -> Path:
    """The local article cache of a split: ``path`` if given, else the split's default."""
    caches = {
        "dev2": DEV2_ARTICLES,
        "dev3": DEV3_ARTICLES,
        "dev4": DEV4_ARTICLES,
        "dev5": DEV5_ARTICLES,
        "dev6": DEV6_ARTICLES,
        "dev7": DEV7_ARTICLES,
        "dev8": DEV8_ARTICLES,
        "dev9": DEV9_ARTICLES,
        "dev10": DEV10_ARTICLES,
        "dev11": DEV11_ARTICLES,
        "dev12": DEV12_ARTICLES,
        "dev13": DEV13_ARTICLES,
        "dev14": DEV14_ARTICLES,
        "dev15": DEV15_ARTICLES,
        "dev16": DEV16_ARTICLES,
        "dev17": DEV17_ARTICLES,
        "dev18": DEV18_ARTICLES,
        "dev19": DEV19_ARTICLES,
        "dev20": DEV20_ARTICLES,
        "dev21": DEV21_ARTICLES,
        "dev22": DEV22_ARTICLES,
        "dev23": DEV23_ARTICLES,
        "dev24": DEV24_ARTICLES,
        "dev25": DEV25_ARTICLES,
        "dev26": DEV26_ARTICLES,
        "devint": DEVINT_ARTICLES,
        "test2": TEST2_ARTICLES,
        "test3": TEST3_ARTICLES,
    }
    return path or caches.get(split, DEFAULT_ARTICLES)


def load_articles(path: Path, gold: Sequence[GoldQuote]) -> dict[str, dict]:
    """The cached real-news articles the gold refers to, each checked against its SHA-256."""
    rebuilds = {
        DEV2_ARTICLES.name: REBUILD_DEV2,
        DEV3_ARTICLES.name: REBUILD_DEV3,
        DEV4_ARTICLES.name: REBUILD_DEV4,
        DEV5_ARTICLES.name: REBUILD_DEV5,
        DEV6_ARTICLES.name: REBUILD_DEV6,
        DEV7_ARTICLES.name: REBUILD_DEV7,
        DEV8_ARTICLES.name: REBUILD_DEV8,
        DEV9_ARTICLES.name: REBUILD_DEV9,
        DEV10_ARTICLES.name: REBUILD_DEV10,
        DEV11_ARTICLES.name: REBUILD_DEV11,
        DEV12_ARTICLES.name: REBUILD_DEV12,
        DEV13_ARTICLES.name: REBUILD_DEV13,
        DEV14_ARTICLES.name: REBUILD_DEV14,
        DEV15_ARTICLES.name: REBUILD_DEV15,
        DEV16_ARTICLES.name: REBUILD_DEV16,
        DEV17_ARTICLES.name: REBUILD_DEV17,
        DEV18_ARTICLES.name: REBUILD_DEV18,
        DEV19_ARTICLES.name: REBUILD_DEV19,
        DEV20_ARTICLES.name: REBUILD_DEV20,
        DEV21_ARTICLES.name: REBUILD_DEV21,
        DEV22_ARTICLES.name: REBUILD_DEV22,
        DEV23_ARTICLES.name: REBUILD_DEV23,
        DEV24_ARTICLES.name: REBUILD_DEV24,
        DEV25_ARTICLES.name: REBUILD_DEV25,
        DEV26_ARTICLES.name: REBUILD_DEV26,
        DEVINT_ARTICLES.name: REBUILD_DEVINT,
        TEST2_ARTICLES.name: REBUILD_TEST2,
        TEST3_ARTICLES.name: REBUILD_TEST3,
    }
    rebuild = rebuilds.get(path.name, REBUILD).format(path=path)
    if not path.exists():
        raise GoldError(f"the article cache {path} is missing; rebuild it with:\n  {rebuild}")
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[record["id"]] = record
    for row in gold:
        record = records.get(row.article)
        if record is None:
            raise GoldError(f"article {row.article} is not in {path}; rebuild the cache with:\n  {rebuild}")
        if row.article_sha256 and sha256(record["text"]) != row.article_sha256:
            raise GoldError(
                f"the text of {row.article} in {path} differs from the annotated one (SHA-256); a change "
                f"to trafilatura or to framing's cleaning? Rebuild with:\n  {rebuild}\n"
                "and if it still differs, the gold offsets need updating for the new text."
            )
    return records


def demo_articles() -> dict[str, dict]:
    """The demo corpus, prepared as framing prepares it, keyed by file name."""
    from framing.pipeline import demo_documents, prepare

    records = {}
    for raw in demo_documents():
        article = prepare(raw)
        name = raw.source.removeprefix("demo:")
        records[name] = {"id": name, "text": article.text, "outlet": article.outlet, "title": article.title}
    return records


def article_of(article_id: str, record: dict) -> Any:
    """A cached record's clean text as framing's Article (German, no cleaning to do), with the record's
    date where it has one (the listed ministers are typed by it, round 132)."""
    from framing.dates import parse_date
    from framing.model import Article

    return Article(
        id=article_id,
        source=article_id,
        raw_text=record["text"],
        text=record["text"],
        title=record.get("title"),
        outlet=record.get("outlet"),
        url=record.get("url"),
        date=parse_date(record["date"]) if record.get("date") else None,
        language="de",
    )


def predict(records: dict[str, dict], ids: Iterable[str]) -> dict[str, list[Predicted]]:
    """Run framing's pipeline (segmentation and all measures) on each article's clean text."""
    from framing.pipeline import analyze_article

    predictions = {}
    for article_id in sorted(set(ids)):
        doc = analyze_article(article_of(article_id, records[article_id]))
        predictions[article_id] = [Predicted.of(q) for q in doc.quotes]
    return predictions


def strip_leading(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of text[start:end] without leading articles/determiners and outer blanks."""
    while start < end:
        match = re.match(r"\s*(\S+)\s+", text[start:end])
        if match and match.group(1).lower() in LEADING_WORDS:
            start += match.end()
        else:
            break
    segment = text[start:end]
    start += len(segment) - len(segment.lstrip())
    end -= len(segment) - len(segment.rstrip(" \t\n,.:;"))
    return start, end


def surname(person: str) -> str:
    """The last word of a person's name, lower-case, an initial's full stop dropped ("Sebastian K." → "k")."""
    return re.split(r"\s+", person.strip())[-1].casefold().rstrip(".")


def same_word(word: str, key: str) -> bool:
    """``word`` is ``key`` up to an inflection ending of at most two letters ("Beamten"/"Beamter");
    an initial only as itself."""
    word = word.casefold()
    if word == key:
        return True
    if len(key) <= 2:
        return False
    stem = key[:-2] if len(key) >= 6 else key
    return word.startswith(stem) and abs(len(word) - len(key)) <= 2


def resolved_to_name(written: str, speaker: str) -> bool:
    """Whether the pipeline put a name for the words written at the speaker's span ("er" → "Philipp
    H."): the speaker shares no word with the span and ends in a word the lemmatizer does not know.
    A role noun it was resolved to ("er" → "Beamten") cannot be checked against a gold name, and a
    span the speaker only extends ("Landeshauptmann" → "Landeshauptmann Hans Niessl") is where the
    speaker is written: both keep the credit of the span's overlap."""
    words = speaker.split()
    if not words or set(words) & set(written.split()):
        return False
    last = words[-1].strip(".,")
    return last[:1].isupper() and not simplemma.is_known(last, lang="de")


def locate_words(text: str, words: str, near: int) -> tuple[int, int] | None:
    """The occurrence of ``words`` nearest to ``near`` within SPEAKER_SEARCH characters."""
    low, high = max(0, near - SPEAKER_SEARCH), min(len(text), near + SPEAKER_SEARCH)
    hits = [m.start() for m in re.finditer(re.escape(words), text[low:high])]
    if not hits:
        return None
    best = low + min(hits, key=lambda h: abs(low + h - near))
    return best, best + len(words)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_quote(gold: GoldQuote, predicted: Sequence[Predicted], text: str) -> Outcome:
    """Align one gold quote to the predicted quote with the largest overlap and score it."""
    outcome = Outcome(gold)
    span = (gold.start, gold.end)
    if not gold.is_speech:
        on_title = [
            p
            for p in predicted
            if (p.speaker or p.actor)
            and overlap(span, (p.start, p.end)) >= NOT_SPEECH_INSIDE * max(1, p.end - p.start)
        ]
        outcome.rejected = not on_title
        if on_title:
            outcome.predicted_speaker = on_title[0].speaker
        return outcome
    best = max(predicted, key=lambda p: overlap(span, (p.start, p.end)), default=None)
    if best is None or overlap(span, (best.start, best.end)) == 0:
        return outcome
    outcome.found = True
    outcome.predicted_speaker = best.speaker
    outcome.predicted_type = best.source_type
    outcome.right_type = best.source_type == gold.source_type
    predicted_span: tuple[int, int] | None = None
    if best.speaker_start is not None and best.speaker_end is not None:
        predicted_span = (best.speaker_start, best.speaker_end)
    elif best.speaker:
        predicted_span = locate_words(text, best.speaker, gold.start)
    outcome.predicted_span = predicted_span
    key = surname(gold.person) if gold.person else None
    gold_span = (
        (gold.speaker_start, gold.speaker_end)
        if gold.speaker_start is not None and gold.speaker_end is not None
        else None
    )
    # a pronoun or role noun resolved to a named person ("er" → "Alfons Hörmann") is judged by that
    # person, not by where its span lies: the span "er" overlaps the gold "er" whoever it stands for.
    # Only where the gold names the person behind its span (ours do; the Petersen-Frey & Biemann
    # gold has the mention "er" as its person, so there the overlap is all that can be checked).
    resolved = (
        key is not None
        and gold_span is not None
        and key not in [w.casefold().rstrip(".") for w in text[gold_span[0] : gold_span[1]].split()]
        and predicted_span is not None
        and best.speaker is not None
        and resolved_to_name(text[predicted_span[0] : predicted_span[1]], best.speaker)
    )
    outcome.right_person = bool(
        (key and best.speaker and any(same_word(word, key) for word in re.findall(r"[\w-]+", best.speaker)))
        or (
            not resolved
            and gold_span is not None
            and predicted_span is not None
            and overlap(gold_span, predicted_span)
        )
        or (key and len(key) > 2 and best.actor and key in best.actor.casefold())  # not an initial
    )
    if gold_span is not None and predicted_span is not None:
        outcome.exact_span = outcome.right_person and (
            strip_leading(text, *predicted_span) == strip_leading(text, *gold_span)
        )
    return outcome


def evaluate(
    gold: Sequence[GoldQuote], predictions: dict[str, list[Predicted]], texts: dict[str, str]
) -> list[Outcome]:
    return [score_quote(row, predictions.get(row.article, []), texts[row.article]) for row in gold]


def _rate(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def cluster_interval(
    groups: Iterable[Sequence[bool]], rounds: int = 2000, seed: int = 0
) -> tuple[float, float]:
    """The 95 % interval of a rate by resampling whole groups (a cluster bootstrap, seeded): the quotes of one
    article or one speaker are not independent, so resampling quotes would understate how far a set swings."""
    clusters = [(sum(group), len(group)) for group in groups if group]
    if not clusters:
        return 0.0, 0.0
    draw = random.Random(seed)
    figures = []
    for _ in range(rounds):
        sample = draw.choices(clusters, k=len(clusters))
        figures.append(sum(hits for hits, _ in sample) / sum(count for _, count in sample))
    figures.sort()
    return figures[int(0.025 * rounds)], figures[int(0.975 * rounds) - 1]


def summarize(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """The headline rates, overall, by kind and by outlet."""

    def rates(group: Sequence[Outcome]) -> dict[str, Any]:
        speech = [o for o in group if o.gold.is_speech]
        found = [o for o in speech if o.found]
        titles = [o for o in group if not o.gold.is_speech]
        result: dict[str, Any] = {"quotes": len(speech), "found": _rate(len(found), len(speech))}
        for name in ("right_person", "exact_span", "right_type"):
            hits = sum(getattr(o, name) for o in speech)
            result[name] = _rate(hits, len(speech))
            result[f"{name}_of_found"] = _rate(hits, len(found))
        result["not_speech"] = len(titles)
        result["not_speech_rejected"] = _rate(sum(o.rejected for o in titles), len(titles))
        return result

    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    by_outlet: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.gold.kind].append(outcome)
        by_outlet[outcome.gold.outlet or outcome.gold.article].append(outcome)
    by_article: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        if outcome.gold.is_speech:
            by_article[outcome.gold.article].append(outcome)
    intervals = {
        name: [
            round(x, 3) for x in cluster_interval([getattr(o, name) for o in g] for g in by_article.values())
        ]
        for name in ("right_person", "exact_span", "right_type")
    }
    return {
        "all": rates(outcomes),
        "interval_by_article": intervals,
        "by_kind": {kind: rates(group) for kind, group in sorted(by_kind.items())},
        "by_outlet": {outlet: rates(group) for outlet, group in sorted(by_outlet.items())},
    }


def _percent(value: float | None) -> str:
    return "   -" if value is None else f"{100 * value:3.0f}%"


def render(summary: dict[str, Any], split: str) -> str:
    head = (
        f"{'':24} {'quotes':>6} {'found':>6} {'person':>13} {'exact span':>13} {'source type':>13} "
        f"{'titles rejected':>16}"
    )
    lines = [f"speaker attribution, split {split}", head]

    def row(name: str, r: dict[str, Any]) -> str:
        keys = ("right_person", "exact_span", "right_type")
        pair = "  ".join(f"{_percent(r[k])} ({_percent(r[k + '_of_found'])})" for k in keys)
        titles = f"{_percent(r['not_speech_rejected'])} of {r['not_speech']}"
        return f"{name[:24]:24} {r['quotes']:>6} {_percent(r['found']):>6}  {pair}  {titles:>14}"

    lines.append(row("all", summary["all"]))
    lines += [row(f"  {kind}", r) for kind, r in summary["by_kind"].items()]
    lines += [row(f"  {outlet}", r) for outlet, r in summary["by_outlet"].items()]
    lines.append("rates over all gold speech quotes (over the found ones in brackets)")
    spans = summary["interval_by_article"]
    lines.append(
        "95 % by resampling articles: "
        + ", ".join(
            f"{name} {_percent(spans[key][0]).strip()}–{_percent(spans[key][1]).strip()}"
            for name, key in (("person", "right_person"), ("exact", "exact_span"), ("type", "right_type"))
        )
    )
    return "\n".join(lines)


def details(outcomes: Sequence[Outcome], texts: dict[str, str]) -> str:
    """One line per gold quote (for the local terminal: shows the start of the article text)."""
    lines = []
    for o in outcomes:
        g = o.gold
        text = texts[g.article]
        gold_speaker = text[g.speaker_start : g.speaker_end] if g.speaker_start is not None else "-"
        marks = "".join(
            flag if ok else "."
            for flag, ok in (("F", o.found), ("P", o.right_person), ("S", o.exact_span), ("T", o.right_type))
        )
        if not g.is_speech:
            marks = "rejected" if o.rejected else "TAKEN"
        snippet = text[g.start : g.end][:50].replace("\n", " ")
        lines.append(
            f"{marks:8} {g.kind:10} {snippet!r:55} gold={gold_speaker!r}/{g.source_type} "
            f"pred={o.predicted_speaker!r}/{o.predicted_type}"
        )
    return "\n".join(lines)


def run(split: str, gold_path: Path | None, articles: Path | None) -> tuple[list[Outcome], dict[str, str]]:
    gold = load_gold(gold_path or GOLD_DIR / f"quotes_{split}.jsonl")
    records = demo_articles() if split == "demo" else load_articles(articles_path(split, articles), gold)
    if split == "demo":
        for row in gold:
            if row.article not in records or (
                row.article_sha256 and sha256(records[row.article]["text"]) != row.article_sha256
            ):
                raise GoldError(f"the demo article {row.article} changed since it was annotated")
    texts = {row.article: records[row.article]["text"] for row in gold}
    predictions = predict(records, texts)
    return evaluate(gold, predictions, texts), texts


def run_pooled(splits: Sequence[str]) -> tuple[list[Outcome], dict[str, str]]:
    """Several splits scored as one set (each article named "split:article", so that the intervals resample
    the articles of all of them): a pooled figure is steadier than any one set's."""
    outcomes: list[Outcome] = []
    texts: dict[str, str] = {}
    for split in splits:
        split_outcomes, split_texts = run(split, None, None)
        for outcome in split_outcomes:
            outcomes.append(
                replace(outcome, gold=replace(outcome.gold, article=f"{split}:{outcome.gold.article}"))
            )
        texts.update({f"{split}:{article}": text for article, text in split_texts.items()})
    return outcomes, texts


def pooled_splits(value: str) -> list[str]:
    """The --pool argument: known splits, comma-separated."""
    splits = [split.strip() for split in value.split(",") if split.strip()]
    unknown = [split for split in splits if split not in SPLITS]
    if not splits or unknown:
        raise argparse.ArgumentTypeError(
            f"unknown split(s) {unknown or value!r}; choose from {', '.join(SPLITS)}"
        )
    return splits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--gold", type=Path, help="a gold file other than benchmarks/gold/quotes_SPLIT.jsonl")
    parser.add_argument("--articles", type=Path, help="the local article cache (default: the split's)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--details", action="store_true", help="also list every gold quote's outcome")
    parser.add_argument(
        "--pool",
        type=pooled_splits,
        help="splits scored together, e.g. test,test2,test3 (instead of --split)",
    )
    args = parser.parse_args(argv)
    name = ",".join(args.pool) if args.pool else args.split
    try:
        outcomes, texts = run_pooled(args.pool) if args.pool else run(args.split, args.gold, args.articles)
    except GoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    summary = summarize(outcomes)
    if args.json:
        print(json.dumps({"split": name, **summary}, indent=2, ensure_ascii=False))
    else:
        print(render(summary, name))
    if args.details:
        print(details(outcomes, texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
