"""Does a LEARNED choice among speaker candidates generalise better than the rules? (issue 11, item 1)

usage: python benchmarks/speaker_ranker.py extract [--splits demo,dev,…] [--out FILE]
       python benchmarks/speaker_ranker.py evaluate [--candidates FILE] [--boot 1000] [--json]

``extract`` runs framing's sourcing on every article of the dev gold sets (texts local, as
benchmarks/speakers.py reads them) and, for each gold speech quote that a predicted quote overlaps,
builds the candidate speakers near that quote: the rules' pick, the persons, roles and organisations
framing collects for pronouns to refer back to (``_Context.collect``), the registered actors and
introduced surnames (``_Context.mentions``), the subject pronouns resolved to a name
(``_Context.pronoun``) and the speakers of the neighbouring quotes, in the quote's sentences, the two
sentences before and the one after. Each candidate gets features about STRUCTURE only (position,
distance, sentence, verb of saying beside it, kind of mention, quote kind, number of candidates …), no
word of any set; its label is benchmarks/speakers.py's right-person test with the candidate as the
speaker. The rows go to a local JSON-lines file (benchmarks/out/, never committed: offsets of texts
that may not be redistributed).

``evaluate`` trains scikit-learn models (LogisticRegression and HistGradientBoosting, class weights)
LEAVE-ONE-SET-OUT (train on the other sets, test on one) and, pooled, by article (GroupKFold), and
prints right person by the model and by the rules on each left-out set, with a bootstrap interval of
the difference over the set's articles, and the oracle (the gold person among the candidates at all).
Rates are over all gold speech quotes, as speakers.py counts them (a quote not found is wrong for both).
Only dev splits (and demo) are read; the held-out splits are never touched here.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from bisect import bisect_left, bisect_right
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import speakers as bench

DEV_SPLITS = tuple(["demo", "dev"] + [f"dev{n}" for n in range(2, 17)])
DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "speaker_candidates.jsonl"
BEFORE, AFTER = 2, 1  # sentences before the quote's first and after its last searched for candidates
NEAR_VERB = 3  # tokens beside a candidate searched for a verb of saying or an attribution word
PHRASES = True  # also every noun phrase of a name, role or organisation (``parse_phrase``) in the window
KINDS = ("rule_only", "pronoun", "named", "role", "organisation", "media", "other_quote")
LABELS = ("direct", "partial", "indirect")

FEATURES = (
    "is_rule",
    "before",
    "after",
    "inside",
    "log_char_gap",
    "log_token_gap",
    "sentence_delta",
    "same_sentence",
    *(f"kind_{k}" for k in KINDS),
    "registered",
    *(f"quote_{k}" for k in LABELS),
    "verb_before",
    "verb_after",
    "verb_in_sentence",
    "trigger_before",
    "trigger_after",
    "sentence_initial",
    "comma_before",
    "colon_after",
    "object_determiner",
    "nearest_before",
    "nearest_after",
    "distance_rank",
    "log_candidates",
    "log_mentions",
    "plain_words",
    "has_spoken",
    "previous_speaker",
    "rule_has_speaker",
    "log_quote_length",
    *(f"rule_kind_{k}" for k in KINDS),
    "rule_log_char_gap",
    "rule_before",
    "rule_same_sentence",
    "same_name_as_rule",
)


def _document(record: dict):
    """The segmented document, and framing's sourcing context after reading all its quotes."""
    from framing.lexicons import FILES
    from framing.measures import DOCUMENT_LEXICONS, match_all
    from framing.measures.sourcing import _Context, find_quotes
    from framing.segment import segment

    doc = segment(bench.article_of(record["id"], record))
    match_all(doc, [lexicon(FILES) for lexicon in DOCUMENT_LEXICONS])
    context = _Context(doc)
    quotes = find_quotes(context)
    return doc, context, quotes


def candidates_of(doc, context, quotes, index: int) -> list[dict[str, Any]]:
    """The candidate speakers of ``quotes[index]`` with their structural features (no label)."""
    from framing.speakers import SPEECH, TRIGGER, is_capitalised, is_plain_word, parse_phrase

    quote = quotes[index]
    text, tokens, sentences = doc.text, doc.tokens, doc.sentences
    starts = context.token_starts
    first = context.sentence_of(quote.start)
    last = context.sentence_of(max(quote.start, quote.end - 1))
    low, high = max(0, first - BEFORE), min(len(sentences) - 1, last + AFTER)
    for number in range(low, high + 1):
        context.collect(number)
    window = (sentences[low].start, sentences[high].end)
    found: dict[tuple[int, int], dict[str, Any]] = {}

    def add(start: int, stop: int, kind: str, words: str | None, actor: str | None, **extra: Any) -> None:
        if stop <= start:
            return
        key = (start, stop)
        if key in found:
            row = found[key]
            row["is_rule"] = row["is_rule"] or extra.get("is_rule", 0)
            if row["kind"] in ("rule_only", "other_quote"):
                row["kind"] = kind if kind not in ("rule_only", "other_quote") else row["kind"]
            row["words"] = row["words"] or words
            row["actor"] = row["actor"] if row["actor"] not in (None, "unregistered") else actor
            row["has_spoken"] = row["has_spoken"] or extra.get("has_spoken", 0)
            return
        found[key] = {
            "start": start,
            "stop": stop,
            "kind": kind,
            "words": words,
            "actor": actor,
            "is_rule": extra.get("is_rule", 0),
            "has_spoken": extra.get("has_spoken", 0),
        }

    if quote.speaker_start is not None and quote.speaker_end is not None:
        add(quote.speaker_start, quote.speaker_end, "rule_only", quote.speaker, quote.actor, is_rule=1)
    for entity in context.entities.items:
        if window[0] <= entity.start < window[1] and not context.quoted(entity.start):
            if "media" in entity.kinds:
                kind = "media"
            elif entity.kinds & {"given"} or (entity.actor and "role" not in entity.kinds):
                kind = "named"
            elif "role" in entity.kinds:
                kind = "role"
            elif "organisation" in entity.kinds:
                kind = "organisation"
            else:
                kind = "named"
            add(entity.start, entity.stop, kind, None, entity.actor, has_spoken=int(entity.speaker))
    for mention in context.mentions:
        if window[0] <= mention.start < window[1] and not context.quoted(mention.start):
            media = context.actors[mention.label].kind == "media"
            add(mention.start, mention.end, "media" if media else "named", None, mention.label)
    pronouns = context.words.pronouns
    first_token, end_token = sentences[low].first_token, sentences[high].end_token
    if PHRASES:
        determiners = context.words.determiners
        done = 0
        for k in range(first_token, end_token):
            token = tokens[k]
            if k < done or context.mask[k] or token.kind != "word" or not is_capitalised(token.text):
                continue
            limit = sentences[token.sentence].end_token
            begin = (
                k - 1
                if k > sentences[token.sentence].first_token and tokens[k - 1].text.lower() in determiners
                else k
            )
            phrase = parse_phrase(tokens, begin, limit) or parse_phrase(tokens, k, limit)
            if phrase is None or phrase.start >= phrase.stop:
                continue
            kinds = phrase.kinds
            if not (phrase.named or kinds & {"role", "organisation", "media", "given"}):
                continue
            done = phrase.end
            kind = (
                "media"
                if "media" in kinds and not phrase.named
                else "named"
                if phrase.named
                else "role"
                if "role" in kinds
                else "organisation"
            )
            add(phrase.start, phrase.stop, kind, None, None)
    for k in range(first_token, end_token):
        token = tokens[k]
        if context.mask[k] or token.text.lower() not in pronouns or quote.start <= token.start < quote.end:
            continue
        resolved = context.pronoun(token)
        if resolved is not None and resolved.words:
            add(token.start, token.end, "pronoun", resolved.words, resolved.actor)
    for other_index, other in enumerate(quotes):
        if other_index == index or other.speaker_start is None or other.speaker_end is None:
            continue
        if window[0] <= other.speaker_start < window[1]:
            add(other.speaker_start, other.speaker_end, "other_quote", other.speaker, other.actor)

    rows = sorted(found.values(), key=lambda r: r["start"])
    if not rows:
        return []
    flags, mask = context.flags, context.mask
    previous = quotes[index - 1] if index else None
    previous_last = (previous.speaker or "").split()[-1:] if previous is not None else []
    counts: dict[str, int] = defaultdict(int)
    for token in tokens:
        if token.kind == "word" and token.text[:1].isupper():
            counts[token.text] += 1
    gaps = []
    for row in rows:
        start, stop = row["start"], row["stop"]
        t0 = max(0, bisect_right(starts, start) - 1)
        t1 = max(t0, bisect_left(starts, stop) - 1)
        sentence_number = tokens[t0].sentence
        sentence = sentences[sentence_number]
        q0 = max(0, bisect_right(starts, quote.start) - 1)
        q1 = max(q0, bisect_left(starts, quote.end) - 1)
        before, after = stop <= quote.start, start >= quote.end
        if before:
            gap, token_gap, delta = quote.start - stop, max(0, q0 - t1), sentence_number - first
        elif after:
            gap, token_gap, delta = start - quote.end, max(0, t0 - q1), sentence_number - last
        else:
            gap, token_gap, delta = 0, 0, 0
        gaps.append((gap, before, after))
        lo, hi = max(sentence.first_token, t0 - NEAR_VERB), min(sentence.end_token, t1 + 1 + NEAR_VERB)
        verbs = [
            k for k in range(sentence.first_token, sentence.end_token) if flags[k] & SPEECH and not mask[k]
        ]
        name = row["words"] or text[start:stop]
        last_word = (name.split() or [""])[-1].strip(".,")
        row["features"] = {
            "is_rule": row["is_rule"],
            "before": int(before),
            "after": int(after),
            "inside": int(not before and not after),
            "log_char_gap": math.log1p(gap),
            "log_token_gap": math.log1p(token_gap),
            "sentence_delta": max(-3, min(2, delta)),
            "same_sentence": int(first <= sentence_number <= last),
            **{f"kind_{k}": int(row["kind"] == k) for k in KINDS},
            "registered": int(row["actor"] not in (None, "unregistered")),
            **{f"quote_{k}": int(quote.label == k) for k in LABELS},
            "verb_before": int(any(lo <= k < t0 for k in verbs)),
            "verb_after": int(any(t1 < k < hi for k in verbs)),
            "verb_in_sentence": int(bool(verbs)),
            "trigger_before": int(any(flags[k] & TRIGGER for k in range(lo, t0))),
            "trigger_after": int(any(flags[k] & TRIGGER for k in range(t1 + 1, hi))),
            "sentence_initial": int(t0 - sentence.first_token <= 1),
            "comma_before": int(t0 > 0 and tokens[t0 - 1].text == ","),
            "colon_after": int(t1 + 1 < len(tokens) and tokens[t1 + 1].text == ":"),
            "object_determiner": int(
                t0 > 0 and tokens[t0 - 1].text.lower() in context.words.object_determiners
            ),
            "log_mentions": math.log1p(counts.get(last_word, 0)),
            "plain_words": int(
                all(is_plain_word(t.text) for t in tokens[t0 : t1 + 1] if is_capitalised(t.text))
            ),
            "has_spoken": row["has_spoken"],
            "previous_speaker": int(bool(previous_last) and previous_last[0].strip(".,") == last_word),
            "rule_has_speaker": int(quote.speaker is not None),
            "log_quote_length": math.log1p(quote.end - quote.start),
            "log_candidates": math.log1p(len(rows)),
        }
    order = sorted(range(len(rows)), key=lambda i: gaps[i][0])
    nearest_before = min((i for i in range(len(rows)) if gaps[i][1]), key=lambda i: gaps[i][0], default=None)
    nearest_after = min((i for i in range(len(rows)) if gaps[i][2]), key=lambda i: gaps[i][0], default=None)
    for rank, i in enumerate(order):
        features = rows[i]["features"]
        features["distance_rank"] = min(rank, 6)
        features["nearest_before"] = int(i == nearest_before)
        features["nearest_after"] = int(i == nearest_after)
    rule = next((row for row in rows if row["is_rule"]), None)
    rule_name = _last_word(rule["words"] or text[rule["start"] : rule["stop"]]) if rule else ""
    for row in rows:  # the rules' pick, seen from every candidate: when is it worth overriding?
        features = row["features"]
        for kind in KINDS:
            features[f"rule_kind_{kind}"] = int(rule is not None and rule["kind"] == kind)
        features["rule_log_char_gap"] = rule["features"]["log_char_gap"] if rule else -1.0
        features["rule_before"] = rule["features"]["before"] if rule else 0
        features["rule_same_sentence"] = rule["features"]["same_sentence"] if rule else 0
        name = _last_word(row["words"] or text[row["start"] : row["stop"]])
        features["same_name_as_rule"] = int(bool(rule_name) and name == rule_name)
    return rows


def _last_word(name: str) -> str:
    return (name.split() or [""])[-1].strip(".,").casefold()


def _right_person(gold: bench.GoldQuote, quote, row: dict[str, Any], text: str) -> bool:
    """speakers.py's right-person test with the candidate as the quote's speaker."""
    words = row["words"] or text[row["start"] : row["stop"]]
    predicted = bench.Predicted(quote.start, quote.end, words, row["start"], row["stop"], row["actor"], None)
    return bench.score_quote(gold, [predicted], text).right_person


def extract(splits: list[str], out: Path) -> None:
    """Write one JSON line per gold speech quote: its set, article, whether found, the candidates."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for split in splits:
            if split not in DEV_SPLITS:
                raise SystemExit(f"{split}: only dev splits are read here")
            gold = bench.load_gold(bench.GOLD_DIR / f"quotes_{split}.jsonl")
            records = (
                bench.demo_articles()
                if split == "demo"
                else bench.load_articles(bench.articles_path(split, None), gold)
            )
            by_article: dict[str, list[bench.GoldQuote]] = defaultdict(list)
            for row in gold:
                by_article[row.article].append(row)
            for article_id in sorted(by_article):
                doc, context, quotes = _document(records[article_id])
                text = doc.text
                for gold_quote in by_article[article_id]:
                    span = (gold_quote.start, gold_quote.end)
                    if not gold_quote.is_speech:
                        handle.write(
                            json.dumps(_title_record(split, article_id, doc, context, quotes, span)) + "\n"
                        )
                        continue
                    best = max(
                        range(len(quotes)),
                        key=lambda i: bench.overlap(span, (quotes[i].start, quotes[i].end)),
                        default=None,
                    )
                    record: dict[str, Any] = {"set": split, "article": article_id, "found": False}
                    if best is not None and bench.overlap(span, (quotes[best].start, quotes[best].end)):
                        quote = quotes[best]
                        rows = candidates_of(doc, context, quotes, best)
                        rule = bench.score_quote(gold_quote, [bench.Predicted.of(quote)], text).right_person
                        record.update(
                            found=True,
                            rule_right=rule,
                            candidates=[
                                {
                                    "label": _right_person(gold_quote, quote, r, text),
                                    "kind": r["kind"],
                                    "features": r["features"],
                                }
                                for r in rows
                            ],
                        )
                    handle.write(json.dumps(record) + "\n")
            print(f"{split}: {len(gold)} gold quotes", file=sys.stderr)


def _title_record(split: str, article_id: str, doc, context, quotes, span: tuple[int, int]) -> dict[str, Any]:
    """A title, name or scare quote: whether the rules gave a quotation on it a speaker ("taken"), and
    else the candidates of the speakerless quotation on it, which a fallback could give one."""
    record: dict[str, Any] = {"set": split, "article": article_id, "title": True, "taken": False}
    on_title = [
        i
        for i, q in enumerate(quotes)
        if bench.overlap(span, (q.start, q.end)) >= bench.NOT_SPEECH_INSIDE * max(1, q.end - q.start)
    ]
    if any(quotes[i].speaker or quotes[i].actor for i in on_title):
        record["taken"] = True
    elif on_title:
        rows = candidates_of(doc, context, quotes, on_title[0])
        record["candidates"] = [{"label": False, "kind": r["kind"], "features": r["features"]} for r in rows]
    return record


# ---------------------------------------------------------------- evaluation


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


RULE_FEATURES = frozenset(
    {"is_rule", "same_name_as_rule", "rule_log_char_gap", "rule_before", "rule_same_sentence"}
    | {f"rule_kind_{k}" for k in KINDS}
)  # what the rules chose: left out by ``--without-rule`` (a choice learned from structure alone)
USED = list(FEATURES)  # the features the models see (``evaluate`` narrows it)


def _matrix(records: list[dict[str, Any]]):
    import numpy as np

    rows, labels, owners = [], [], []
    for number, record in enumerate(records):
        for candidate in record.get("candidates", []):
            rows.append([candidate["features"][name] for name in USED])
            labels.append(int(candidate["label"]))
            owners.append(number)
    return np.array(rows, dtype=float), np.array(labels), np.array(owners)


def models() -> dict[str, Any]:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    return {
        "logreg": Pipeline(
            [
                ("scale", StandardScaler()),
                ("model", LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)),
            ]
        ),
        "hgb": Pipeline(
            [
                (
                    "model",
                    HistGradientBoostingClassifier(
                        max_iter=200,
                        learning_rate=0.05,
                        max_leaf_nodes=15,
                        min_samples_leaf=20,
                        l2_regularization=1.0,
                        class_weight="balanced",
                        random_state=0,
                    ),
                )
            ]
        ),
    }


def _choices(model, records: list[dict[str, Any]]) -> list[bool]:
    """Per record: whether the model's top candidate is the gold person (False when not found)."""
    matrix, _, owners = _matrix(records)
    scores = model.predict_proba(matrix)[:, 1] if len(matrix) else []
    best: dict[int, tuple[float, int]] = {}
    flat = [c for r in records for c in r.get("candidates", [])]
    for position, (owner, score) in enumerate(zip(owners, scores, strict=True)):
        if owner not in best or score > best[owner][0]:
            best[owner] = (score, position)
    return [number in best and bool(flat[best[number][1]]["label"]) for number in range(len(records))]


def _top(model, records: list[dict[str, Any]]) -> list[tuple[float, bool] | None]:
    """Per record: the model's top candidate (its probability, whether it is the gold person)."""
    matrix, _, owners = _matrix(records)
    scores = model.predict_proba(matrix)[:, 1] if len(matrix) else []
    flat = [c for r in records for c in r.get("candidates", [])]
    best: dict[int, tuple[float, bool]] = {}
    for position, (owner, score) in enumerate(zip(owners, scores, strict=True)):
        if owner not in best or score > best[owner][0]:
            best[owner] = (float(score), bool(flat[position]["label"]))
    return [best.get(number) for number in range(len(records))]


FALLBACK_THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)
OVERRIDE_MARGINS = (0.0, 0.1, 0.2, 0.3, 0.5)  # the model's top minus the rules' pick, in probability


def _overrides(model, records: list[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """Where the rules picked someone: per margin, the quotes the model's top candidate fixes and
    breaks when it replaces the rules' pick only if its probability is higher by at least the margin."""
    matrix, _, owners = _matrix(records)
    scores = model.predict_proba(matrix)[:, 1] if len(matrix) else []
    flat = [c for r in records for c in r.get("candidates", [])]
    per: dict[int, list[tuple[float, dict]]] = defaultdict(list)
    for position, (owner, score) in enumerate(zip(owners, scores, strict=True)):
        per[owner].append((float(score), flat[position]))
    counts = {str(margin): [0, 0] for margin in OVERRIDE_MARGINS}
    for scored in per.values():
        rule = [(p, c) for p, c in scored if c["features"]["is_rule"]]
        if not rule:
            continue
        top_p, top = max(scored, key=lambda pair: pair[0])
        rule_p, rule_c = rule[0]
        if top["label"] == rule_c["label"] or top is rule_c:
            continue
        for margin in OVERRIDE_MARGINS:
            if top_p - rule_p > margin:
                counts[str(margin)][0 if top["label"] else 1] += 1
    return {margin: (fixes, breaks) for margin, (fixes, breaks) in counts.items()}


def _bootstrap(records, model_right, rule_right, boot: int, seed: int = 0) -> tuple[float, float]:
    """95 % interval of (model − rules) right-person rate, resampling the set's articles."""
    import numpy as np

    by_article: dict[str, list[int]] = defaultdict(list)
    for number, record in enumerate(records):
        by_article[record["article"]].append(number)
    groups = list(by_article.values())
    diff = np.array(model_right, dtype=float) - np.array(rule_right, dtype=float)
    sums = np.array([diff[g].sum() for g in groups])
    sizes = np.array([len(g) for g in groups])
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(groups), size=(boot, len(groups)))
    rates = sums[draws].sum(axis=1) / sizes[draws].sum(axis=1)
    return float(np.percentile(rates, 2.5)), float(np.percentile(rates, 97.5))


def evaluate(path: Path, boot: int, without_rule: bool = False) -> dict[str, Any]:
    import numpy as np
    from sklearn.base import clone
    from sklearn.model_selection import GroupKFold

    USED[:] = [name for name in FEATURES if not (without_rule and name in RULE_FEATURES)]
    everything = _load(path)
    records = [r for r in everything if not r.get("title")]
    sets = [s for s in DEV_SPLITS if any(r["set"] == s for r in records)]
    result: dict[str, Any] = {"leave_one_set_out": {}, "by_article": {}}
    for left_out in sets:
        train = [r for r in records if r["set"] != left_out]
        test = [r for r in records if r["set"] == left_out]
        rule = [bool(r.get("rule_right")) for r in test]
        oracle = [any(c["label"] for c in r.get("candidates", [])) for r in test]
        row: dict[str, Any] = {
            "quotes": len(test),
            "rules": sum(rule) / len(test),
            "oracle": sum(oracle) / len(test),
        }
        matrix, labels, _ = _matrix(train)
        for name, model in models().items():
            fitted = clone(model).fit(matrix, labels)
            chosen = _choices(fitted, test)
            low, high = _bootstrap(test, chosen, rule, boot)
            row[name] = sum(chosen) / len(test)
            row[f"{name}_interval"] = (low, high)
        result["leave_one_set_out"][left_out] = row
    # the model only where the rules gave a found quote no speaker, above a probability threshold:
    # speech quotes it fixes, speech quotes it gives a wrong speaker, titles it takes as speech
    result["fallback"] = {}
    titles = [r for r in everything if r.get("title")]
    for left_out in sets:
        train = [r for r in records if r["set"] != left_out]
        speechless = [
            r
            for r in records
            if r["set"] == left_out
            and r.get("found")
            and not any(c["features"]["is_rule"] for c in r["candidates"])
            and r["candidates"]
        ]
        open_titles = [r for r in titles if r["set"] == left_out and r.get("candidates")]
        matrix, labels, _ = _matrix(train)
        row = {"speechless": len(speechless), "open_titles": len(open_titles)}
        for name, model in models().items():
            fitted = clone(model).fit(matrix, labels)
            speech_top = [t for t in _top(fitted, speechless) if t is not None]
            title_top = [t for t in _top(fitted, open_titles) if t is not None]
            row[name] = {
                str(threshold): (
                    sum(p >= threshold and right for p, right in speech_top),
                    sum(p >= threshold and not right for p, right in speech_top),
                    sum(p >= threshold for p, _ in title_top),
                )
                for threshold in FALLBACK_THRESHOLDS
            }
        result["fallback"][left_out] = row
    result["override"] = {}
    for left_out in sets:
        train = [r for r in records if r["set"] != left_out]
        test = [r for r in records if r["set"] == left_out]
        matrix, labels, _ = _matrix(train)
        result["override"][left_out] = {
            name: _overrides(clone(model).fit(matrix, labels), test) for name, model in models().items()
        }
    # pooled, five folds grouped by article
    rule = [bool(r.get("rule_right")) for r in records]
    groups = np.array([f"{r['set']}/{r['article']}" for r in records])
    for name, model in models().items():
        chosen = [False] * len(records)
        for train_index, test_index in GroupKFold(n_splits=5).split(records, groups=groups):
            train = [records[i] for i in train_index]
            test = [records[i] for i in test_index]
            matrix, labels, _ = _matrix(train)
            fitted = clone(model).fit(matrix, labels)
            for i, right in zip(test_index, _choices(fitted, test), strict=True):
                chosen[i] = right
        by_set = {}
        for s in sets:
            members = [i for i, r in enumerate(records) if r["set"] == s]
            by_set[s] = (
                sum(chosen[i] for i in members) / len(members),
                sum(rule[i] for i in members) / len(members),
            )
        result["by_article"][name] = {"all": (sum(chosen) / len(records), sum(rule) / len(records)), **by_set}
    return result


def render(result: dict[str, Any]) -> str:
    lines = [
        "leave one set out: right person over all gold speech quotes"
        " (model − rules: 95 % bootstrap over articles)",
        f"{'set':6} {'quotes':>6} {'rules':>6} {'oracle':>7} {'logreg':>7} {'interval':>16}"
        f" {'hgb':>6} {'interval':>16}",
    ]
    for s, row in result["leave_one_set_out"].items():
        cells = []
        for name in ("logreg", "hgb"):
            low, high = row[f"{name}_interval"]
            cells.append(f"{100 * row[name]:6.1f}% [{100 * low:+5.1f}, {100 * high:+5.1f}]")
        lines.append(
            f"{s:6} {row['quotes']:>6} {100 * row['rules']:5.1f}% {100 * row['oracle']:6.1f}% "
            + " ".join(cells)
        )
    lines.append(
        "fallback (model only where the rules left a found quote without speaker), per threshold: "
        "fixed / wrong speaker given / titles taken"
    )
    for s, row in result["fallback"].items():
        for name in ("logreg", "hgb"):
            cells = "  ".join(f"{t}: {a}/{b}/{c}" for t, (a, b, c) in row[name].items())
            lines.append(
                f"  {s:5} {name:6} speechless {row['speechless']:>2}, "
                f"open titles {row['open_titles']:>2}  {cells}"
            )
    lines.append(
        "override (the model replaces the rules' pick only where its top is more probable by a margin), "
        "per margin: fixed / broken"
    )
    for s, row in result["override"].items():
        for name, by_margin in row.items():
            cells = "  ".join(f"{m}: {a}/{b}" for m, (a, b) in by_margin.items())
            lines.append(f"  {s:5} {name:6} {cells}")
    lines.append("pooled, 5 folds grouped by article: model / rules")
    for name, by_set in result["by_article"].items():
        cells = " ".join(f"{s} {100 * m:.1f}/{100 * r:.1f}" for s, (m, r) in by_set.items())
        lines.append(f"  {name}: {cells}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    extract_parser = commands.add_parser("extract")
    extract_parser.add_argument("--splits", default=",".join(DEV_SPLITS))
    extract_parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    evaluate_parser = commands.add_parser("evaluate")
    evaluate_parser.add_argument("--candidates", type=Path, default=DEFAULT_OUT)
    evaluate_parser.add_argument("--boot", type=int, default=1000)
    evaluate_parser.add_argument("--json", action="store_true")
    evaluate_parser.add_argument(
        "--without-rule", action="store_true", help="the models do not see which candidate the rules chose"
    )
    args = parser.parse_args(argv)
    if args.command == "extract":
        extract(args.splits.split(","), args.out)
        return 0
    result = evaluate(args.candidates, args.boot, args.without_rule)
    print(json.dumps(result, indent=2) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
