"""Full-analysis throughput (articles/s, one process) and peak memory on a JSONL corpus.

usage: python benchmarks/throughput.py [CORPUS.jsonl] [N]
Without a corpus, writes benchmarks/out/demo600.jsonl: 500 distinct ~600-word articles built from
the demo corpus's paragraphs in random order, and uses it. Run
../shared/bench/peers.py on the same file in the same session to report ratios.
Stages timed separately: prepare (outlet, cleaning, language), segment, annotate (all families),
with the garbage collector set as the product sets it for batches (``pipeline.fewer_collections``);
end to end is also timed with Python's default collector settings.
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import random
import resource
import sys
import time
from pathlib import Path

from framing.ingest import RawDocument
from framing.lexicons import match_all
from framing.measures import DOCUMENT_LEXICONS, FAMILIES, annotate_doc
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


def rate(label: str, count: int, seconds: float) -> None:
    print(f"{label:<28} {count / seconds:8.0f} articles/s  ({1000 * seconds / count:.2f} ms/article)")


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else demo_corpus(OUT / "demo600.jsonl")
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    if len(sys.argv) > 2:
        texts = texts[: int(sys.argv[2])]
    words = sum(len(t.split()) for t in texts) / len(texts)
    raws = [RawDocument(source="bench", text=t) for t in texts]
    for raw in raws[:20]:  # warm-up: load lexicons, registries, models
        annotate_doc(segment(prepare(raw)))

    begin = time.perf_counter()
    held = [annotate_doc(segment(prepare(raw))) for raw in raws]
    default_collector = time.perf_counter() - begin
    del held

    with fewer_collections():  # as the CLI, the library's batch functions and the app run it
        start = time.perf_counter()
        articles = [prepare(raw) for raw in raws]
        prepared = time.perf_counter()
        docs = [segment(article) for article in articles]
        segmented = time.perf_counter()
        for doc in docs:
            annotate_doc(doc)
        annotated = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        f"{len(texts)} articles, {words:.0f} words each on average; families: "
        f"{', '.join(m.__name__.rsplit('.', 1)[-1] for m in FAMILIES)}"
    )
    rate("prepare (clean, outlet, lang)", len(texts), prepared - start)
    rate("segment", len(texts), segmented - prepared)
    rate("annotate (all families)", len(texts), annotated - segmented)
    rate("analysis of clean text", len(texts), annotated - prepared)
    rate("end to end", len(texts), annotated - start)
    rate("end to end, default gc", len(texts), default_collector)
    print(f"peak memory (RSS): {peak_mb:.0f} MB with all {len(texts)} analysed articles held in memory")

    per_family = {}
    with fewer_collections():
        begin = time.perf_counter()
        for doc in docs:
            match_all(doc, [lexicon() for lexicon in DOCUMENT_LEXICONS])
        per_family["(lexicon matching, all families in one pass)"] = time.perf_counter() - begin
        for module in FAMILIES:
            begin = time.perf_counter()
            for doc in docs:
                module.score(doc, module.annotate(doc))
            per_family[module.__name__.rsplit(".", 1)[-1]] = time.perf_counter() - begin
    for name, seconds in per_family.items():
        print(f"  {name:<46} {1000 * seconds / len(docs):.3f} ms/article")

    profile = cProfile.Profile()
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
