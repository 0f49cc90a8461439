"""The warm per-article path stage by stage, and how often each article's tokens are walked in Python.

usage: python benchmarks/warm_passes.py [CORPUS.jsonl] [--warm-up 20] [--n 150] [--rounds 5]
                                        [--walks] [--only STAGE --repeat K]
Analyses the first ``warm-up`` + ``n`` articles once (every word form seen), then times the warm path
of the ``n`` articles stage by stage, in the order ``framing analyze`` runs them (segment, lexicon
matching, each family's annotate + statistics + features, the span sort, the JSON): CPU ms per
article, the minimum of ``rounds``.

``--walks`` (pure Python only: a compiled module reads lists natively) counts the passes over an
article's per-token lists (``Doc.tokens``, ``_keys``, ``_flags``, ``_starts`` and slices of them) by
the function that starts each pass: a pass over every token counts 1, over one sentence's tokens
its share of the article; reading single items by index counts 1 per article's number of tokens.

``--count --passes P [--only STAGE --repeat K]`` times nothing: it runs the warm path P times, with
that stage done K times per article, for instruction counts by cachegrind: ``--passes 2`` less
``--passes 1`` is the warm path's count, ``--only STAGE --repeat 2`` less ``--passes 1`` the stage's
(the families run in order on the same document, as ``annotate_doc`` runs them).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from operator import attrgetter
from pathlib import Path
from typing import ClassVar

from first_sighting import corpus_parser, read_raws

from framing.collector import fewer_collections
from framing.lexicons import FILES, match_all
from framing.measures import DOCUMENT_LEXICONS, FAMILIES, annotate_doc
from framing.measures.additive import totals_of
from framing.model import Doc
from framing.output import write_json
from framing.pipeline import prepare
from framing.segment import segment

STAGES = ("segment", "match_all", *(m.__name__.rsplit(".", 1)[-1] for m in FAMILIES), "sort", "json")


class _Sink:
    def write(self, data: bytes) -> int:
        return len(data)


def warm_article(article, times: dict[str, float] | None, only: str = "", repeat: int = 1) -> Doc:
    """``annotate_doc(segment(article))`` and its JSON, stage by stage; ``times`` gets each stage's
    CPU seconds added; ``only`` is done ``repeat`` times."""
    clock = time.process_time
    lexicons = [lexicon(FILES) for lexicon in DOCUMENT_LEXICONS]

    def run(name, work):
        start = clock()
        result = work()
        for _ in range(repeat - 1 if name == only else 0):
            result = work()
        if times is not None:
            times[name] += clock() - start
        return result

    doc = run("segment", lambda: segment(article))
    run("match_all", lambda: match_all(doc, lexicons))
    for module in FAMILIES:

        def family(module=module):
            spans = module.annotate(doc, FILES)
            stats = module.sentence_stats(doc, spans)
            return spans, stats, module.features_from_totals(totals_of(stats))

        spans, stats, features = run(module.__name__.rsplit(".", 1)[-1], family)
        doc.spans.extend(spans)
        doc.sentence_stats.update(stats)
        doc.features.update(features)

    def order():
        doc.spans.sort(key=attrgetter("layer"))
        doc.spans.sort(key=attrgetter("end"), reverse=True)
        doc.spans.sort(key=attrgetter("start"))

    run("sort", order)
    doc._matches = None
    run("json", lambda: write_json([doc], [], _Sink()))
    return doc


class _Walked(list):
    """A per-token list that counts the passes over it by the function that starts them."""

    counts: ClassVar[Counter[str]] = Counter()
    total: ClassVar[int] = 1

    def __init__(self, items, name: str):
        super().__init__(items)
        self.name = name

    def __iter__(self):
        frame = sys._getframe(1)
        where = f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name} ({self.name})"
        _Walked.counts[where] += len(self) / _Walked.total
        return super().__iter__()

    def __getitem__(self, index):
        item = super().__getitem__(index)
        if isinstance(index, slice):
            return _Walked(item, self.name)
        frame = sys._getframe(1)
        where = f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name} ({self.name}, by index)"
        _Walked.counts[where] += 1 / _Walked.total
        return item


def count_walks(articles) -> Counter[str]:
    """Passes over the per-token lists per article, by the function that starts them."""
    import framing.segment as segmentation

    original = segmentation.Doc
    fields = ("tokens", "_keys", "_flags", "_starts")

    def counted(**kwargs):
        for name in fields:
            if kwargs.get(name) is not None:
                kwargs[name] = _Walked(kwargs[name], name)
        return original(**kwargs)

    walks: Counter[str] = Counter()
    segmentation.Doc = counted
    try:
        for article in articles:
            _Walked.counts = Counter()
            doc = segment(article)
            _Walked.total = max(1, len(doc.tokens))
            _Walked.counts = Counter()
            annotate_doc(doc)
            write_json([doc], [], _Sink())
            walks.update(_Walked.counts)
    finally:
        segmentation.Doc = original
    return walks


def main() -> None:
    parser = corpus_parser(__doc__.splitlines()[0])
    parser.add_argument("--walks", action="store_true", help="count the passes over the tokens")
    parser.add_argument("--count", action="store_true", help="run, time nothing (for cachegrind)")
    parser.add_argument("--passes", type=int, default=1, help="warm passes with --count")
    parser.add_argument("--only", choices=STAGES, default="", help="the stage to repeat")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    articles = [prepare(raw) for raw in read_raws(args)]
    for article in articles:  # every word form seen once
        annotate_doc(segment(article))
    articles = articles[args.warm_up :]
    n = len(articles)
    if args.walks:
        walks = count_walks(articles)
        print(f"passes over the per-token lists per article ({n} articles):")
        for where, count in walks.most_common():
            print(f"  {count / n:6.2f}  {where}")
        print(f"  {sum(walks.values()) / n:6.2f}  in all")
        return
    if args.count:
        with fewer_collections():
            for _ in range(args.passes):
                for article in articles:
                    warm_article(article, None, args.only, args.repeat)
        return
    best = dict.fromkeys(STAGES, float("inf"))
    for _ in range(args.rounds):
        times = dict.fromkeys(STAGES, 0.0)
        with fewer_collections():
            for article in articles:
                warm_article(article, times)
        for name in STAGES:
            best[name] = min(best[name], times[name])
    print(f"warm path, CPU ms per article ({n} articles, minimum of {args.rounds} rounds):")
    for name in STAGES:
        print(f"  {name:<12} {1000 * best[name] / n:.3f}")
    print(f"  {'all':<12} {1000 * sum(best.values()) / n:.3f}")


if __name__ == "__main__":
    main()
