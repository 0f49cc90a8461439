"""Source-type accuracy of the taxonomy alone (framing/sources.py), given the gold speaker text.

usage: python benchmarks/source_types.py [--split demo|dev|dev2|…|dev24|dev25|dev26|devint|test|test2|test3]
                                         [--gold FILE] [--articles FILE] [--details] [--types FILE]

Reads the hand-made gold quotes (benchmarks/gold/quotes_SPLIT.jsonl: article, article_sha256,
speaker, person, source_type, party) and the article texts they point to (the local cache that
benchmarks/realnews.py builds; texts are not committed). For each quote with a gold source type it
classifies the gold speaker text (a) alone and (b) read with its article, as the pipeline does
(``classify_in_text``: a bare name takes the role the article gives the person). A pronoun speaker
("er", "sie") is replaced by the same person's first non-pronoun gold speaker text in the article,
else by the gold person's name, as the pipeline's pronoun resolution would; a role of no type with its
determiner ("erklärt der Sprecher") takes the organisation named just before it (``named_before`` of its
sentence and the two before, quotations left out), as the pipeline's ``_source`` does; a bare name whose own
mentions give no type takes that of the same person's typed speaker elsewhere in the article ("Lambert" after
"Ernährungsberaterin und Autorin Rhiannon Lambert"), as the pipeline pools its quotes' speakers
(``pooled_sources``). Speaker finding is
measured separately (benchmarks/speakers.py). Tune on dev, report test, test2 and test3. The checkout's
own ``framing`` is imported (not an installed copy elsewhere). ``--types FILE`` scores against a second
typing of the same gold speakers instead of the gold's types (benchmarks/agreement_types.py: one line per
speaker, key "split|article|person", e.g. benchmarks/gold/types_second_heldout.jsonl): the gold speakers,
spans and quotes and their matching stay; a typed quote whose speaker the file lacks is left out (counted).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's framing first

from benchmarks.agreement_types import load_types, retyped
from benchmarks.speakers import (
    SPLITS,
    GoldError,
    articles_path,
    cluster_interval,
    demo_articles,
    load_articles,
    load_gold,
    pooled_splits,
    sha256,
)
from framing.sources import (
    SENTENCE_END,
    Source,
    classify,
    classify_in_text,
    generic_role,
    named_before,
    pooled_sources,
)
from framing.speakers import speech_words

GOLD_DIR = Path(__file__).resolve().parent / "gold"
PRONOUNS = frozenset(  # pronouns and possessives: the type is read from the fuller mention of the same person
    {
        "er",
        "sie",
        "ihm",
        "ihr",
        "ihn",
        "es",
        "man",
        "sein",
        "seine",
        "seiner",
        "seinem",
        "seinen",
        "ihre",
        "ihrer",
        "ihrem",
        "ihren",
        "dessen",
        "deren",
    }
)
QUOTATION = re.compile(r"„[^“]*“|\"[^\"]*\"|«[^»]*»")  # what the pipeline masks in the sentences before
BEFORE_SENTENCES = 2  # sentences before a role's own read for whom it speaks (as the pipeline)


def role_before(quote: dict, text: str) -> str | None:
    """The sentences the pipeline reads for whom a role of no type with its determiner speaks ("der
    Sprecher", "dessen Chef"): its own up to it, then the two before, nearest first; None for any other
    speaker."""
    speaker, start = quote.get("speaker") or "", quote.get("speaker_start")
    if start is None or not generic_role(speaker):
        return None
    words = speech_words()
    determiner = text[max(0, start - 8) : start].split()[-1:]
    if not determiner or determiner[0].lower() not in words.determiners | frozenset(words.possessives):
        return None
    sentences = SENTENCE_END.split(QUOTATION.sub(" ", text[:start]))
    return "\n".join(sentences[::-1][: BEFORE_SENTENCES + 1])


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def outcomes(
    quotes: list[dict], texts: dict[str, str], urls: dict[str, str] | None = None
) -> list[dict[str, object]]:
    """Each typed gold quote's gold and predicted type given its gold speaker (with its article, as the
    pipeline reads it), the speaker text classified, its cue and the type of the speaker text alone."""
    typed = [q for q in quotes if q.get("source_type")]
    fuller: dict[tuple[str, str], str] = {}
    for quote in typed:
        if quote.get("speaker") and quote["speaker"].lower() not in PRONOUNS:
            fuller.setdefault((quote["article"], quote.get("person") or ""), quote["speaker"])
    read: list[tuple[dict, str, Source | None]] = []
    for quote in typed:
        speaker = quote.get("speaker") or ""
        if speaker.lower() in PRONOUNS:
            person = quote.get("person") or ""
            speaker = fuller.get((quote["article"], person), person or speaker)
        found = classify_in_text(speaker, texts[quote["article"]], url=(urls or {}).get(quote["article"]))
        before = role_before(quote, texts[quote["article"]]) if not (found and found.cue) else None
        if before is not None:
            found = named_before(before.split("\n")) or found
        read.append((quote, speaker, found))
    rows: list[dict[str, object]] = []
    for quote, speaker, found in pooled(read):
        without = classify(speaker)
        rows.append(
            {
                "article": quote["article"],
                "person": quote.get("person") or speaker,
                "speaker": speaker,
                "gold": quote["source_type"],
                "predicted": found.type if found else "other",
                "alone": without.type if without else "other",
                "cue": found.cue if found else None,
                "party": quote.get("party"),
                "found_party": found.party if found else None,
            }
        )
    return rows


def pooled(read: list[tuple[dict, str, Source | None]]) -> list[tuple[dict, str, Source | None]]:
    """Each (quote, speaker text, source) with the mentions of one person in its article pooled, as the
    pipeline pools its quotes' speakers (``pooled_sources``, in the order of the speakers in the text)."""
    by_article: dict[str, list[int]] = {}
    for number, (quote, _, _) in enumerate(read):
        by_article.setdefault(quote["article"], []).append(number)
    sources = [found for _, _, found in read]
    for numbers in by_article.values():
        numbers.sort(key=lambda n: read[n][0].get("speaker_start") or read[n][0].get("start") or 0)
        for number, source in zip(
            numbers, pooled_sources([(read[n][1], sources[n]) for n in numbers]), strict=True
        ):
            sources[number] = source
    return [(quote, speaker, source) for (quote, speaker, _), source in zip(read, sources, strict=True)]


def evaluate(
    quotes: list[dict], texts: dict[str, str], details: bool = False, urls: dict[str, str] | None = None
) -> dict[str, object]:
    """Accuracy of the source type (alone, with the article) and of the party over typed gold quotes."""
    rows = outcomes(quotes, texts, urls)
    confusion: Counter[tuple[str, str]] = Counter()
    for row in rows:
        if row["predicted"] != row["gold"]:
            confusion[(str(row["gold"]), str(row["predicted"]))] += 1
            if details:
                gold, got = row["gold"], row["predicted"]
                print(f"gold {gold:<14} got {got:<14} {row['speaker']!r} (cue {row['cue']!r})")
    count = len(rows)
    alone = sum(row["alone"] == row["gold"] for row in rows)
    in_text = sum(row["predicted"] == row["gold"] for row in rows)
    parties = [row for row in rows if row["party"]]
    party_right = sum(row["found_party"] == row["party"] for row in parties)
    speakers, heaviest = per_speaker(rows)
    low, high = speaker_interval(rows)
    return {
        "quotes": count,
        "speaker_text_alone": alone / count if count else 0.0,
        "with_article": in_text / count if count else 0.0,
        "party": f"{party_right}/{len(parties)}",
        "speakers": len(speakers),
        "per_speaker": sum(speakers.values()) / len(speakers) if speakers else 0.0,
        "wrong_on_heaviest_three": heaviest,
        "interval": (low, high),
        "confusions": [f"{gold}→{got} ×{n}" for (gold, got), n in confusion.most_common()],
    }


def per_speaker(rows: list[dict[str, object]]) -> tuple[dict[tuple[str, str], bool], str]:
    """Each gold speaker of an article counted once (right if the type predicted for most of its quotes is
    the gold type most of them carry), and how many wrong quotes the three speakers with most wrong quotes
    hold: a set's quote-level figure swings with a few speakers quoted many times."""
    by_speaker: dict[tuple[str, str], list[dict[str, object]]] = {}
    for row in rows:
        by_speaker.setdefault((str(row["article"]), str(row["person"])), []).append(row)
    right = {
        key: Counter(str(r["predicted"]) for r in group).most_common(1)[0][0]
        == Counter(str(r["gold"]) for r in group).most_common(1)[0][0]
        for key, group in by_speaker.items()
    }
    wrong = sorted(
        (sum(r["predicted"] != r["gold"] for r in group) for group in by_speaker.values()), reverse=True
    )
    return right, f"{sum(wrong[:3])}/{sum(wrong)}"


def speaker_interval(rows: list[dict[str, object]]) -> tuple[float, float]:
    """The 95 % interval of the quote-level figure by resampling gold speakers of an article."""
    groups: dict[tuple[str, str], list[bool]] = {}
    for row in rows:
        groups.setdefault((str(row["article"]), str(row["person"])), []).append(
            row["predicted"] == row["gold"]
        )
    return cluster_interval(groups.values())


def split_texts(split: str, gold: Path, articles: Path | None = None) -> tuple[list[dict], dict, dict]:
    """A split's gold quotes, their article texts and addresses; each text checked against its SHA-256
    (as speakers.py does); ``demo`` reads the demo corpus as framing prepares it."""
    if split == "demo":
        records = demo_articles()
        for row in load_gold(gold):
            if row.article not in records or sha256(records[row.article]["text"]) != row.article_sha256:
                raise GoldError(f"the demo article {row.article} changed since it was annotated")
    else:
        records = load_articles(articles_path(split, articles), load_gold(gold))
    quotes = read_jsonl(gold)
    texts = {q["article"]: records[q["article"]]["text"] for q in quotes}
    urls = {q["article"]: records[q["article"]].get("url") for q in quotes}  # whose own page it is
    return quotes, texts, urls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    splits = ("demo", *(split for split in SPLITS if split != "demo"))
    parser.add_argument("--split", choices=splits, default="dev")
    parser.add_argument("--gold", type=Path, help="gold quotes (default benchmarks/gold/quotes_SPLIT.jsonl)")
    parser.add_argument("--articles", type=Path, help="the local article cache (default: the split's)")
    parser.add_argument("--details", action="store_true", help="print every wrong type")
    parser.add_argument(
        "--pool",
        type=pooled_splits,
        help="splits scored together, e.g. test,test2,test3 (instead of --split)",
    )
    parser.add_argument(
        "--types",
        type=Path,
        help="a second typing of the gold speakers (key split|article|person) scored instead of the gold's",
    )
    args = parser.parse_args(argv)
    name = ",".join(args.pool) if args.pool else args.split
    types = load_types(args.types) if args.types else None
    left_out = 0
    try:
        if args.pool:
            quotes, texts, urls = [], {}, {}
            for split in args.pool:  # each article named "split:article", so that speakers stay apart
                split_quotes, split_text, split_urls = split_texts(split, GOLD_DIR / f"quotes_{split}.jsonl")
                if types is not None:
                    split_quotes, dropped = retyped(split_quotes, split, types)
                    left_out += dropped
                quotes += [{**quote, "article": f"{split}:{quote['article']}"} for quote in split_quotes]
                texts.update({f"{split}:{article}": text for article, text in split_text.items()})
                urls.update({f"{split}:{article}": url for article, url in split_urls.items()})
        else:
            gold = args.gold or GOLD_DIR / f"quotes_{args.split}.jsonl"
            quotes, texts, urls = split_texts(args.split, gold, args.articles)
            if types is not None:
                quotes, left_out = retyped(quotes, args.split, types)
    except GoldError as error:
        print(error, file=sys.stderr)
        return 2
    if types is not None:
        print(f"types of {args.types.name}, not the gold's ({left_out} typed gold quotes it lacks left out)")
    result = evaluate(quotes, texts, args.details, urls)
    print(
        f"source type, split {name}, {result['quotes']} gold quotes: speaker text alone "
        f"{result['speaker_text_alone']:.0%}, with its article {result['with_article']:.0%} "
        f"(95 % by resampling speakers: {result['interval'][0]:.0%}–{result['interval'][1]:.0%}); "
        f"party {result['party']}"
    )
    print(
        f"per speaker ({result['speakers']} gold speakers of an article, each once): "
        f"{result['per_speaker']:.0%}; "
        f"the three speakers with most wrong types hold {result['wrong_on_heaviest_three']} wrong quotes"
    )
    print("confusions (gold→predicted): " + (", ".join(result["confusions"]) or "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
