"""Full-analysis throughput (articles/s, one process) and peak memory on a JSONL corpus.

usage: python benchmarks/throughput.py [CORPUS.jsonl] [--n N] [--new-words SHARE] [--default-gc] [--cpu]
                                     [--end-to-end]
The first line names the build it times (pure Python or the compiled one, and where it was imported from).
Without a corpus, writes benchmarks/out/demo600.jsonl: 500 distinct ~600-word articles built from
the demo corpus's paragraphs in random order, and uses it. Run ../shared/bench/peers.py on the same
file in the same session to report ratios.

End to end is timed as the product runs a corpus (each article through every stage), right after a
warm-up of 20 articles (resources loaded, their words seen once), then with the JSON that ``framing
analyze`` writes for those articles (``output.write_json``: its UTF-8 bytes to a binary stream, as
``framing analyze > /dev/null`` writes them); a second pass then times the stages separately: prepare
(outlet, cleaning, language), segment, annotate (all families). The collector is set as the product sets
it for batches (``pipeline.fewer_collections``); with ``--default-gc`` Python's default settings are
kept instead. ``--cpu`` times the process's own CPU time instead of the wall clock (steadier on a
machine shared with other jobs). The demo paragraphs have a small vocabulary (about 900 word forms), so
after a few articles every word has been seen: with ``--new-words 0.05`` one in twenty words of four or
more letters is replaced by a German word form not seen before (simplemma's dictionary, seeded), as in a
fresh news corpus where new word types keep appearing and each costs its first lookups (lemma, lexicons,
syllables).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import re
import resource
import time
from contextlib import nullcontext
from pathlib import Path

from framing.ingest import RawDocument
from framing.lexicons import FILES, match_all
from framing.measures import DOCUMENT_LEXICONS, FAMILIES, annotate_doc, score
from framing.output import write_json
from framing.pipeline import demo_documents, fewer_collections, prepare
from framing.segment import segment

OUT = Path(__file__).resolve().parent / "out"


def demo_corpus(path: Path, n: int = 500, words: int = 600) -> Path:
    """``n`` distinct articles of about ``words`` words: seed paragraphs drawn in random order (seeded),
    so no cache (ours or a peer's) sees the same text twice."""
    rng = random.Random(42)
    bodies = [prepare(raw).text for raw in demo_documents()]
    paragraphs = [p for body in bodies for p in body.split("\n\n") if len(p.split()) > 5]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(n):
            chosen: list[str] = []
            while sum(len(p.split()) for p in chosen) < words:
                chosen.append(rng.choice(paragraphs))
            handle.write(json.dumps({"text": "\n\n".join(chosen)}, ensure_ascii=False) + "\n")
    return path


def build() -> str:
    """Which build of framing runs: the compiled one (README, "Compiled build") or pure Python."""
    compiled = not FAMILIES[0].__file__.endswith(".py")
    return f"{'compiled (mypyc)' if compiled else 'pure Python'}, {Path(FAMILIES[0].__file__).parent.parent}"


def rate(label: str, count: int, seconds: float) -> None:
    print(f"{label:<32} {count / seconds:8.0f} articles/s  ({1000 * seconds / count:.2f} ms/article)")


def with_new_words(texts: list[str], share: float) -> list[str]:
    """``texts`` with ``share`` of their words of 4+ letters replaced by German word forms used nowhere
    else (each replacement a different form), drawn from simplemma's German dictionary."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    used = {word.lower() for text in texts for word in re.findall(r"\w+", text)}
    forms = sorted(
        form
        for form in DefaultDictionaryFactory().get_dictionary("de")
        if len(form) > 3 and form.isalpha() and form.lower() not in used
    )
    rng = random.Random(7)
    rng.shuffle(forms)
    unseen = iter(forms)
    return [
        re.sub(r"\b[^\W\d_]{4,}\b", lambda m: next(unseen) if rng.random() < share else m.group(), text)
        for text in texts
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="JSONL with a 'text' field per line")
    parser.add_argument("--n", type=int, help="only the first N articles")
    parser.add_argument("--new-words", type=float, default=0.0, help="share of words made new (0…1)")
    parser.add_argument("--default-gc", action="store_true", help="keep Python's collector settings")
    parser.add_argument("--cpu", action="store_true", help="time this process's CPU time, not the wall clock")
    parser.add_argument("--end-to-end", action="store_true", help="only end to end and with JSON output")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    path = args.corpus or demo_corpus(OUT / "demo600.jsonl")
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")][: args.n]
    if args.new_words:
        texts = with_new_words(texts, args.new_words)
    words = sum(len(t.split()) for t in texts) / len(texts)
    raws = [RawDocument(source="bench", text=t) for t in texts]
    for raw in raws[:20]:  # warm-up: load lexicons, registries, models
        annotate_doc(segment(prepare(raw)))

    collector = nullcontext if args.default_gc else fewer_collections  # as the product runs batches
    with collector():  # one article after the other through every stage, as analyze_documents does
        start = clock()
        docs = [annotate_doc(segment(prepare(raw))) for raw in raws]
        end_to_end = clock() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open(os.devnull, "wb") as sink:  # the JSON's bytes, as `framing analyze > /dev/null` writes them
        start = clock()
        write_json(docs, [], sink)
        json_output = clock() - start
    if args.end_to_end:  # interleaved rounds of several builds on a busy machine: the two lines only
        print(f"build: {build()}")
        rate("end to end", len(texts), end_to_end)
        rate("end to end, with JSON output", len(texts), end_to_end + json_output)
        return
    with collector():  # again, stage by stage over all articles; every word type has been seen now
        start = clock()
        articles = [prepare(raw) for raw in raws]
        prepared = clock()
        docs = [segment(article) for article in articles]
        segmented = clock()
        for doc in docs:
            annotate_doc(doc)
        annotated = clock()

    print(
        f"{len(texts)} articles, {words:.0f} words each on average, new-word share {args.new_words}, "
        f"collector: {'Python default' if args.default_gc else 'fewer_collections'}; families: "
        f"{', '.join(m.__name__.rsplit('.', 1)[-1] for m in FAMILIES)}; build: {build()}"
    )
    rate("end to end", len(texts), end_to_end)
    rate("end to end, with JSON output", len(texts), end_to_end + json_output)
    print(f"peak memory (RSS): {peak_mb:.0f} MB with all {len(texts)} analysed articles held in memory")
    print("second pass, stage by stage (warm word caches, each stage's data stays in the CPU caches):")
    rate("  prepare (clean, outlet, lang)", len(texts), prepared - start)
    rate("  segment", len(texts), segmented - prepared)
    rate("  annotate (all families)", len(texts), annotated - segmented)
    rate("  analysis of clean text", len(texts), annotated - prepared)
    rate("  all stages", len(texts), annotated - start)

    per_family = {}
    with collector():
        begin = clock()
        for doc in docs:
            match_all(doc, [lexicon(FILES) for lexicon in DOCUMENT_LEXICONS])
        per_family["(lexicon matching, all families in one pass)"] = clock() - begin
        for module in FAMILIES:
            begin = clock()
            for doc in docs:
                score(module, doc, module.annotate(doc))
            per_family[module.__name__.rsplit(".", 1)[-1]] = clock() - begin
    for name, seconds in per_family.items():
        print(f"    {name:<46} {1000 * seconds / len(docs):.3f} ms/article")

    profile = cProfile.Profile()
    with collector():
        profile.enable()
        for raw in raws[:200]:
            annotate_doc(segment(prepare(raw)))
        profile.disable()
    buffer = io.StringIO()
    pstats.Stats(profile, stream=buffer).sort_stats("tottime").print_stats(12)
    print("\nwhere the time goes (200 articles, end to end, by own time):")
    print("\n".join(buffer.getvalue().splitlines()[6:22]))


if __name__ == "__main__":
    main()
