"""Speaker attribution against a third party's gold: the German news quotation-attribution data set of
Petersen-Frey & Biemann (2024), 1,000 German Wikinews articles annotated by its authors with quote,
speaker, cue and type. Nothing in framing was written or tuned on it: the most independent check of
its speaker figures.

usage: python benchmarks/quotes_pfb.py --git-dir CLONE/.git [--split test|dev|train] [--json] [--keep-used]
                                      [--errors [--first N] [--details]]

Data: github.com/uhh-lt/german-news-quotation-attribution-2024 at ``COMMIT`` (CC BY-NC-SA 4.0;
Wikinews texts CC BY 2.5). Nothing of it is committed: ``git clone`` it and pass its .git folder (or
a bare clone). Each file's ``originalText`` is analysed as it is (framing's model of an article
whose text is already clean), so the annotation offsets apply unchanged.

Scoring: each annotation is turned into a gold row of ``benchmarks/speakers.py`` and scored there in the
same way as our own gold sets (found, right person, exact span with leading determiners ignored). The
exact span is also given by our span convention (``our_convention``): the annotated mention cut where
the data set's convention and ours differ in a documented, systematic way (a noun of information before
its owner, a parenthesis at its end, an opening preposition, the role set off by commas beside a name,
"von X" after a name); the figure as annotated stays the headline. Kinds: ``Direct`` → direct;
``Indirect``, ``IndirectFreeIndirect`` and ``FreeIndirect`` → indirect. Left out and counted:
``Reported`` (a speech act without its content, "X kritisierte die Entscheidung", which framing does not
treat as a quote) and annotations without a speaker. The gold "person" is read from the annotated
speaker mention (``mention_person``), so "right person" means: framing's speaker contains the mention's
surname or role noun, or the two speaker spans overlap. Where the annotated mention is a pronoun,
framing's span must overlap it. ``--errors`` prints the count of each error class by kind (not found,
found without speaker, wrong person, right person with an inexact span), to measure a rule's effect
while tuning on the train split; ``--details`` adds one line per miss (text of the article: for the
local terminal only). Articles that our own dev sets use (``benchmarks/gold/quotes_dev2.jsonl``, ids
``wn-<number>``) are left out unless ``--keep-used``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks.speakers import GOLD_DIR, GoldQuote, Outcome, evaluate, predict, strip_leading, summarize
from framing.lemma_cache import is_known_de

REPO = "https://github.com/uhh-lt/german-news-quotation-attribution-2024"
COMMIT = "74e7bd6d1b57b662865f570c4d1de26ff15d2689"
KINDS = {
    "Direct": "direct",
    "Indirect": "indirect",
    "IndirectFreeIndirect": "indirect",
    "FreeIndirect": "indirect",
}
USED_BY = GOLD_DIR / "quotes_dev2.jsonl"
# words that open a post-modifier after the name ("Bernard Aubin von der CFTC", "Sprecher der Polizei")
POST_MODIFIERS = frozenset({"der", "des", "aus", "bei", "beim", "im", "in", "für", "am"})
NAME_PARTICLES = frozenset({"von", "van", "de", "zu", "vom"})  # "Von der Leyen" is one name


def mention_person(mention: str) -> str:
    """The words of an annotated speaker mention that name the person, so that its last word is the
    surname or role noun: parentheses dropped ("Edathy (SPD)"), the apposition after a comma kept
    ("Der Vorsitzende des Verbands, Michael Knipper"), a post-modifier cut ("von der CFTC")."""
    plain = re.sub(r"\s*\([^)]*\)", "", mention).strip(" ,")
    after_comma = plain.rsplit(",", 1)[-1].strip()
    if after_comma != plain and re.search(r"\b[A-ZÄÖÜ]", after_comma):
        plain = after_comma
    words = plain.split()
    for index in range(1, len(words)):
        before, word = words[index - 1], words[index]
        # "von"/"vom" open a post-modifier only before an organisation's acronym ("von der CFTC"),
        # else they belong to the name ("Ursula von der Leyen")
        opens = word in POST_MODIFIERS or (word in {"von", "vom"} and words[-1].isupper())
        if opens and before[:1].isupper() and before.lower() not in NAME_PARTICLES:
            return " ".join(words[:index])
    return plain


# words of our span convention (benchmarks/gold/README.md) that a mention of the data set carries and ours
# leaves out: a preposition before it ("Aus Paris", "vom Bundesverband …"), the article of a genitive
GOLD_PREPOSITIONS = frozenset({"in", "im", "bei", "beim", "aus", "laut", "nach", "von", "vom", "zufolge"})
OWNER_OPENERS = frozenset({"der", "des", "einer", "eines", "von", "vom"})
NAME_JOINERS = frozenset({"von", "van", "de", "di", "da", "der", "den", "zu", "du", "al", "bin", "la", "le"})
DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines"})


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]


def _information_noun(word: str) -> bool:
    """A noun of information or statement as framing's lists give them ("Angaben", "Pressemitteilung",
    "Einschätzung"): the data set annotates it with its owner, our convention the owner alone."""
    from framing.speakers import speech_words

    words, lower = speech_words(), word.lower().strip(",")
    return word[:1].isupper() and (
        lower in words.information
        or lower in words.statement_nouns
        or lower.endswith(words.information_endings)
    )


def _name_like(text: str, span: tuple[int, int]) -> bool:
    """A name with its role noun and no article ("Michael Knipper", "General Anupong Paochinda"): every
    word capitalised but the particles of a name; two words at least, or one unknown to German."""
    words = text[span[0] : span[1]].split()
    return (
        bool(words)
        and words[0].lower() not in DETERMINERS
        and all(w[:1].isupper() or w in NAME_JOINERS for w in words)
        and (len(words) >= 2 or not is_known_de(words[0].lower()))
    )


def our_convention(text: str, start: int, end: int) -> tuple[int, int]:
    """The annotated speaker mention ``text[start:end]`` cut to the span our gold convention gives the
    same mention (benchmarks/gold/README.md, "Speaker span convention"), for the exact-span figure:

    1. a parenthesis that ends it is dropped ("Edmund Stoiber (CSU)" → "Edmund Stoiber");
    2. a preposition that opens it ("Aus Paris", "vom Bundesverband …");
    3. a noun of information before its owner, who is the speaker ("Angaben der Polizei" → "der
       Polizei", "einem Bericht der Zeitung The Jakarta Post", "Einschätzung von Experten");
    4. of parts set off by commas, the one name ("Der Vorsitzende des Verbands, Michael Knipper" →
       "Michael Knipper", "John Kline, ein Repräsentant aus Minnesota" → "John Kline"), where exactly
       one part is a name (of two words at least after the first part) and the others are not;
    5. a "von"/"vom" phrase after a name ("John Sifton von Human Rights Watch" → "John Sifton").

    Anything else stays as annotated (time and place adverbials, "laut" + a medium beside a speaker)."""
    while end > start and text[end - 1] in " ,":
        end -= 1
    if text[end - 1 : end] == ")":
        opening = text.rfind("(", start, end)
        if opening > start:
            end = opening
            while end > start and text[end - 1] in " ,":
                end -= 1
    words = _words(text, start, end)
    if len(words) > 1 and text[words[0][0] : words[0][1]].lower() in GOLD_PREPOSITIONS:
        words = words[1:]
    for index, (a, b) in enumerate(words[:-1]):
        word = text[a:b]
        if word[:1].isupper():
            following = text[words[index + 1][0] : words[index + 1][1]]
            if _information_noun(word) and (following in OWNER_OPENERS or following.endswith(("er", "en"))):
                words = words[index + (2 if following in ("von", "vom") else 1) :]
            break
    if not words:
        return start, end
    start, end = words[0][0], words[-1][1]
    parts = [
        (start + m.start(1), start + m.end(1)) for m in re.finditer(r"\s*([^,]*[^,\s])", text[start:end])
    ]
    names = [  # a name after a role has two words at least ("ein Vertreter des Mutterkonzerns, EADS": no)
        part
        for k, part in enumerate(parts)
        if _name_like(text, part) and (k == 0 or len(text[part[0] : part[1]].split()) >= 2)
    ]
    if len(parts) > 1 and len(names) == 1:
        start, end = names[0]
    words = _words(text, start, end)
    first = next((k for k, (a, b) in enumerate(words) if text[a:b].lower() not in DETERMINERS), 0)
    for index, (a, b) in enumerate(words):
        name = (words[first][0], words[index - 1][1]) if index - first >= 2 else None
        if text[a:b] in ("von", "vom") and name is not None and _name_like(text, name):
            end = words[index - 1][1]  # two words at least: "der Konzernchef von FACC" keeps its "von"
            break
    return start, end


def document_paths(git_dir: str, split: str) -> dict[str, str]:
    """Article id ("wn-<number>") → path of its JSON file in the split's folder at COMMIT."""
    listing = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "-r", "-z", "--name-only", COMMIT, f"data/{split}/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {
        "wn-" + Path(path).name.split(" ", 1)[0]: path
        for path in listing.split("\0")
        if path.endswith(".json")
    }


def read_document(git_dir: str, path: str) -> dict[str, Any]:
    shown = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"], capture_output=True, check=True
    )
    return json.loads(shown.stdout)


def gold_rows(article: str, document: dict[str, Any], skipped: Counter[str]) -> list[GoldQuote]:
    """The document's annotations as gold rows; the ones left out are counted in ``skipped``."""
    rows = []
    for annotation in document["annotations"]:
        kind = KINDS.get(annotation["type"])
        quote = [(s["charBegin"], s["charEnd"]) for s in annotation["quote"]["spans"]]
        speaker = [(s["charBegin"], s["charEnd"]) for s in (annotation.get("speaker") or {}).get("spans", [])]
        if kind is None:
            skipped[f"type {annotation['type']}"] += 1
        elif not speaker:
            skipped["no speaker annotated"] += 1
        elif not quote:
            skipped["no quote span"] += 1
        else:
            start, end = min(s for s, _ in speaker), max(e for _, e in speaker)
            rows.append(
                GoldQuote(
                    article=article,
                    start=min(s for s, _ in quote),
                    end=max(e for _, e in quote),
                    kind=kind,
                    speaker_start=start,
                    speaker_end=end,
                    person=mention_person(document["originalText"][start:end]),
                    outlet=annotation["type"],  # summarised per annotated type
                )
            )
    return rows


def error_class(outcome: Outcome, text: str = "") -> str:
    """The outcome of one gold quote as an error class (or "right" when person and span are); with the
    article's ``text``, an inexact span that is exact by our convention is a class of its own."""
    if not outcome.found:
        return "not found"
    if outcome.predicted_speaker is None:
        return "found, no speaker"
    if not outcome.right_person:
        return "wrong person"
    if outcome.exact_span:
        return "right"
    if text and exact_by_our_convention(outcome, text):
        return "right person, span exact by our convention only"
    return "right person, inexact span"


def errors(outcomes: list[Outcome], texts: dict[str, str], details: bool) -> str:
    """Counts of each error class by kind; with ``details``, the misses one a line (quote's start,
    gold speaker, predicted speaker)."""
    classes = [error_class(o, texts[o.gold.article]) for o in outcomes]
    counts: Counter[tuple[str, str]] = Counter(
        (o.gold.kind, name) for o, name in zip(outcomes, classes, strict=True)
    )
    lines = []
    for kind in sorted({k for k, _ in counts}):
        total = sum(n for (k, _), n in counts.items() if k == kind)
        shares = ", ".join(f"{name} {n}" for (k, name), n in sorted(counts.items()) if k == kind)
        lines.append(f"{kind} ({total}): {shares}")
    if details:
        for o, name in zip(outcomes, classes, strict=True):
            if name == "right":
                continue
            g, text = o.gold, texts[o.gold.article]
            gold = text[g.speaker_start : g.speaker_end] if g.speaker_start is not None else "-"
            snippet = " ".join(text[max(0, g.start - 60) : g.start + 90].split())
            kind, predicted = g.outlet or g.kind, o.predicted_speaker
            lines.append(f"{g.article} {kind} [{name}] gold={gold!r} pred={predicted!r} | {snippet}")
    return "\n".join(lines)


def exact_by_our_convention(outcome: Outcome, text: str) -> bool:
    """The exact span with the annotated mention cut to our convention (``our_convention``): the person
    must be right and the predicted span the cut mention, leading articles ignored as in ``exact_span``."""
    gold, span = outcome.gold, outcome.predicted_span
    if not outcome.right_person or span is None or gold.speaker_start is None or gold.speaker_end is None:
        return False
    ours = our_convention(text, gold.speaker_start, gold.speaker_end)
    return strip_leading(text, *span) == strip_leading(text, *ours)


def used_articles() -> set[str]:
    if not USED_BY.exists():
        return set()
    return {
        json.loads(line)["article"]
        for line in USED_BY.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def _by_type(outcomes: list[Outcome]) -> dict[str, list[Outcome]]:
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(outcome.gold.outlet or outcome.gold.article, []).append(outcome)
    return groups


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--git-dir", required=True, help=f"a clone's .git folder (or bare clone) of {REPO}")
    parser.add_argument("--split", choices=("test", "dev", "train"), default="test")
    parser.add_argument("--keep-used", action="store_true", help="keep the articles our dev sets annotate")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", action="store_true", help="print the count of each error class")
    parser.add_argument("--details", action="store_true", help="with --errors: one line per miss")
    parser.add_argument("--first", type=int, help="only the split's first N articles (by id)")
    args = parser.parse_args(argv)
    paths = document_paths(args.git_dir, args.split)
    used = set() if args.keep_used else used_articles() & set(paths)
    skipped: Counter[str] = Counter()
    records, gold = {}, []
    for article, path in sorted(paths.items())[: args.first]:
        if article in used:
            continue
        document = read_document(args.git_dir, path)
        records[article] = {
            "text": document["originalText"],
            "title": document["documentName"].split(" - ", 1)[-1],
        }
        gold += gold_rows(article, document, skipped)
    texts = {a: r["text"] for a, r in records.items()}
    outcomes = evaluate(gold, predict(records, records), texts)
    summary = summarize(outcomes)
    ours = {id(o): o.exact_span or exact_by_our_convention(o, texts[o.gold.article]) for o in outcomes}
    for name, group in [("all", outcomes), *_by_type(outcomes).items()]:
        rates = summary["all"] if name == "all" else summary["by_outlet"][name]
        hits = sum(ours[id(o)] for o in group)
        rates["exact_span_our_convention"] = round(hits / len(group), 3) if group else None
    if args.errors:
        print(errors(outcomes, texts, args.details))
    result = {
        "split": args.split,
        "articles": len(records),
        "left_out_articles": sorted(used),
        "left_out_annotations": dict(skipped),
        "all": summary["all"],
        "by_type": summary["by_outlet"],
        "by_kind": summary["by_kind"],
    }
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(
        f"{args.split}: {len(records)} articles, {len(gold)} quotes "
        f"({len(used)} articles left out: in our dev set)"
    )
    print(f"left out: {', '.join(f'{k} {v}' for k, v in sorted(skipped.items()))}")
    for name, rates in [("all", summary["all"]), *summary["by_outlet"].items()]:
        print(
            f"  {name:22} {rates['quotes']:4} quotes  found {rates['found']:.0%}  right person "
            f"{rates['right_person']:.0%} ({rates['right_person_of_found']:.0%} of found)  exact span "
            f"{rates['exact_span']:.0%} ({rates['exact_span_of_found']:.0%} of found; by our span "
            f"convention {rates['exact_span_our_convention']:.0%})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
