"""Could a learned fallback type the gold speakers the rules leave without a cue? (source types round 22)

usage: python benchmarks/source_types_fallback.py [--git-dir CLONE/.git] [--threshold T ...]
                                                 [--balanced] [--suffixes] [--every-speaker] [--list]

A speaker has **no cue** when the rules' own evidence is empty: ``classify_in_text`` (as
``benchmarks/source_types.py`` and ``benchmarks/source_types_pfb.py`` call it, with the gold speaker and
its article) returns no source, or ``other`` with no cue word; the gold type is not looked at to decide
it. For the demo, dev to dev8 and, with ``--git-dir``, the typed PFB batches 1 and 2 (held-out sets —
test, test2, test3, dev9, PFB batch 3 — are never read: the sets are fixed here) it counts those speakers'
gold types per set (what a perfect fallback could gain: every non-``other`` gold type), then trains a
small logistic regression on structural and contextual features of them (the phrase's shape: words, all
capitalised, an acronym, a determiner, a digit, a plural; beside its first mention: an age "(34)" or
", 34," or "34-Jährige", "aus <Ort>"; the article: the share of the types the rules give the other gold
speakers of the article, whether it is about sport, whether it is short; with ``--suffixes`` the last 3–5
letters of the word before the first mention and of the phrase's first word) **leaving one set out**: per
left-out set, how many of its no-cue speakers the model types right against ``other`` (the current
answer), with a 95 % bootstrap interval of the difference; below the threshold the model's answer stays
``other``. Nothing is written: the numbers decide whether a model is worth integrating at all.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's framing first

from benchmarks import source_types, source_types_pfb
from benchmarks.quotes_pfb import REPO, document_paths, read_document
from framing.sources import _about_sport, registry

SETS = ("demo", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")  # never a held-out one
PFB_BATCHES = (1, 2)  # batch 3 is held out
DETERMINERS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"}
)
WORD = re.compile(r"[\wÄÖÜäöüß-]+")
AGE_PAREN = re.compile(r"\s*\(\d{1,2}\)")  # "Lisa Maier (34)"
AGE_COMMAS = re.compile(r"\s*,\s*\d{1,2}\s*,")  # "Lisa Maier, 34, aus …"
AGE_WORD = re.compile(r"\d{1,2}-[Jj]ährige")  # "die 34-Jährige"
HOME_TOWN = re.compile(r"\s*(?:,\s*)?(?:aus|von) [A-ZÄÖÜ]")  # "Lisa Maier aus Celle"
ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,}[a-z]?")  # "ÖTZ", "FN", "NGOs"


def collect(git_dir: str | None) -> dict[str, list[dict[str, object]]]:
    """Each tunable set's outcomes given the gold speaker, each row with its article's text."""
    sets: dict[str, list[dict[str, object]]] = {}
    paths = document_paths(git_dir, "dev") if git_dir else {}  # a missing clone fails first
    for split in SETS:
        quotes, texts, urls = source_types.split_texts(split, source_types.GOLD_DIR / f"quotes_{split}.jsonl")
        rows = source_types.outcomes(quotes, texts, urls)
        sets[split] = [dict(row, text=texts[str(row["article"])]) for row in rows]
    if git_dir:
        for batch in PFB_BATCHES:
            rows = source_types_pfb.outcomes(git_dir, (batch,))
            texts = {
                a: read_document(git_dir, paths[a])["originalText"] for a in {str(r["article"]) for r in rows}
            }
            sets[f"pfb{batch}"] = [dict(row, text=texts[str(row["article"])]) for row in rows]
    return sets


def no_cue(row: dict[str, object]) -> bool:
    """Whether the rules typed the speaker ``other`` on no evidence (no cue word at all)."""
    return row["predicted"] == "other" and not row["cue"]


def features(row: dict[str, object], article_rows: list[dict[str, object]], suffixes: bool = False) -> dict:
    """The structural and contextual features of a no-cue speaker (see the module's docstring)."""
    speaker, text = str(row["speaker"]), str(row["text"])
    words = speaker.split()
    found: dict[str, float] = {f"words={min(len(words), 4)}": 1.0}
    found["capitalised"] = float(bool(words) and all(w[:1].isupper() for w in words))
    found["acronym"] = float(any(ACRONYM.fullmatch(w.strip(".,")) for w in words))
    found["determiner"] = float(bool(words) and words[0].lower() in DETERMINERS)
    found["digit"] = float(any(c.isdigit() for c in speaker))
    found["plural"] = float(
        len(words) > 1 and words[0].lower() in {"die", "den"} and words[-1].endswith(("en", "er"))
    )
    start = text.find(speaker)
    if start < 0 and words:
        start = text.find(words[-1])
    after = text[start + len(speaker) : start + len(speaker) + 40] if start >= 0 else ""
    before = text[max(0, start - 60) : start] if start >= 0 else ""
    found["age"] = float(
        bool(AGE_PAREN.match(after) or AGE_COMMAS.match(after) or AGE_WORD.search(before + after))
    )
    found["home_town"] = float(bool(HOME_TOWN.match(after)))
    found["sport"] = float(_about_sport(registry(), text))
    found["short_article"] = float(len(text) < 2500)
    others = [str(o["predicted"]) for o in article_rows if o["speaker"] != speaker]
    for kind in others:
        found[f"article_{kind}"] = found.get(f"article_{kind}", 0.0) + 1 / len(others)
    found["alone_in_article"] = float(not others)
    if suffixes:
        for word in WORD.findall(before)[-1:] + words[:1]:
            for size in (3, 4, 5):
                if len(word) > size:
                    found[f"suffix_{word.lower()[-size:]}"] = 1.0
    return found


def bootstrap(differences: list[int], rounds: int = 2000, seed: int = 0) -> tuple[float, float]:
    """The 95 % bootstrap interval of the summed differences (model right − ``other`` right)."""
    import numpy as np

    if not differences:
        return 0.0, 0.0
    values = np.array(differences)
    rng = np.random.default_rng(seed)
    sums = [rng.choice(values, len(values)).sum() for _ in range(rounds)]
    return float(np.percentile(sums, 2.5)), float(np.percentile(sums, 97.5))


def leave_one_set_out(
    sets: dict[str, list[dict[str, object]]],
    threshold: float,
    balanced: bool = False,
    suffixes: bool = False,
    every_speaker: bool = False,
) -> list[tuple[str, int, int, int, tuple[float, float], list[tuple[str, str, str]]]]:
    """Per left-out set: its no-cue speakers, right as ``other``, the model's net gain, its interval and
    the speakers it changed (speaker, gold, model). The model learns from the other sets' no-cue speakers,
    or with ``every_speaker`` from all their typed gold speakers (more data, other phrases)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    data: list[tuple[str, dict, str, str, bool]] = []  # set, features, gold, speaker, no cue
    for name, rows in sets.items():
        articles: dict[str, list[dict[str, object]]] = defaultdict(list)
        for row in rows:
            articles[str(row["article"])].append(row)
        for row in rows:
            if every_speaker or no_cue(row):
                vector = features(row, articles[str(row["article"])], suffixes)
                data.append((name, vector, str(row["gold"]), str(row["speaker"]), no_cue(row)))
    result = []
    for left in sets:
        train = [d for d in data if d[0] != left]
        test = [d for d in data if d[0] == left and d[4]]
        if not test or len({d[2] for d in train}) < 2:
            continue
        vectors = DictVectorizer()
        model = LogisticRegression(max_iter=3000, class_weight="balanced" if balanced else None)
        model.fit(vectors.fit_transform([d[1] for d in train]), [d[2] for d in train])
        differences, changed = [], []
        probabilities = model.predict_proba(vectors.transform([d[1] for d in test]))
        for (_, _, gold, speaker, _), shares in zip(test, probabilities, strict=True):
            best = int(shares.argmax())
            label = str(model.classes_[best])
            typed = label if label != "other" and shares[best] >= threshold else "other"
            differences.append(int(typed == gold) - int(gold == "other"))
            if typed != "other":
                changed.append((speaker[:40], gold, typed))
        current = sum(d[2] == "other" for d in test)
        result.append((left, len(test), current, sum(differences), bootstrap(differences), changed))
    return result


def _sets(git_dir: str | None) -> dict[str, list[dict[str, object]]] | None:
    """``collect``'s sets, or None with the reason on stderr (a changed text, a missing clone)."""
    try:
        return collect(git_dir)
    except subprocess.CalledProcessError as error:
        print(f"cannot read {git_dir} at the pinned commit ({error}); clone {REPO}", file=sys.stderr)
    except (source_types.GoldError, source_types_pfb.TextChanged, OSError) as error:
        print(error, file=sys.stderr)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.5], help="least confidence to type")
    parser.add_argument("--balanced", action="store_true", help="weigh the gold types equally in training")
    parser.add_argument("--suffixes", action="store_true", help="add the word endings as features")
    parser.add_argument("--every-speaker", action="store_true", help="learn from all typed gold speakers")
    parser.add_argument("--list", action="store_true", help="print the speakers the model changes")
    parser.add_argument("--git-dir", help="a clone's .git folder of the PFB data set (batches 1 and 2)")
    args = parser.parse_args(argv)
    sets = _sets(args.git_dir)
    if sets is None:
        return 2
    print("no-cue speakers per set (rules' evidence only), their gold types:")
    for name, rows in sets.items():
        golds = Counter(str(row["gold"]) for row in rows if no_cue(row))
        gain = sum(n for kind, n in golds.items() if kind != "other")
        typed = ", ".join(f"{kind} {n}" for kind, n in golds.most_common())
        print(
            f"  {name:6} {sum(golds.values()):3} of {len(rows):4} typed quotes; "
            f"a perfect fallback +{gain}: {typed}"
        )
    for threshold in args.threshold:
        total = 0
        print(f"leave one set out, threshold {threshold}:")
        for left, count, current, net, (low, high), changed in leave_one_set_out(
            sets, threshold, args.balanced, args.suffixes, args.every_speaker
        ):
            total += net
            print(
                f"  {left:6} {count:3} no-cue: other right {current:3}, model right {current + net:3} "
                f"(net {net:+d}, 95 % [{low:+.0f}, {high:+.0f}])"
            )
            if args.list:
                for speaker, gold, typed in changed:
                    print(f"      {speaker!r}: gold {gold}, model {typed}")
        print(f"  all sets net {total:+d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
