"""Would a part-of-speech tagger fit the speed budget? HanTa against framing, on the same articles.

usage: python benchmarks/tagger_speed.py CORPUS.jsonl [--n N]
Needs HanTa (``pip install HanTa``: the Hanover Tagger, German model inside its wheel; not a
dependency of framing). framing segments each article once; the same sentences and tokens are then
tagged by HanTa (``tag_sent``, part of speech only, and with its morphological analysis), and the
whole framing analysis runs on them too. Prints CPU articles/s of each, so the cost of adding the
tagger to the pipeline can be read against the budget of 300 articles/s per process (issue 11).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from framing.ingest import RawDocument
from framing.measures import annotate_doc
from framing.model import Doc
from framing.pipeline import fewer_collections, prepare
from framing.segment import segment


def cpu_rate(label: str, docs: list[Doc], work: Callable[[Doc], object]) -> float:
    """Run ``work`` on every doc, print and return articles per CPU second."""
    started = time.process_time()
    for doc in docs:
        work(doc)
    rate = len(docs) / (time.process_time() - started)
    print(f"  {label:<52} {rate:8.1f} articles/s")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSONL with a 'text' field per line")
    parser.add_argument("--n", type=int, default=100, help="the first N articles (default 100)")
    args = parser.parse_args()
    try:
        from HanTa import HanoverTagger
    except ImportError:
        parser.exit(2, "tagger_speed: needs HanTa: pip install HanTa\n")
    with args.corpus.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line, _ in zip(handle, range(args.n), strict=False)]
    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    with fewer_collections():
        docs = [segment(prepare(RawDocument(text=text, source="benchmark"))) for text in texts]
        words = sum(len(doc.tokens) for doc in docs)
        print(f"{len(docs)} articles, {words / len(docs):.0f} tokens each; CPU time")
        analysed = cpu_rate("framing: every family on segmented text", docs, annotate_doc)

        def tag(doc: Doc, level: int) -> None:
            for sentence in doc.sentences:
                tokens = [t.text for t in doc.tokens[sentence.first_token : sentence.end_token]]
                tagger.tag_sent(tokens, taglevel=level)

        tagged = cpu_rate("HanTa: part of speech (taglevel 0)", docs, lambda doc: tag(doc, 0))
        cpu_rate("HanTa: with lemma and morphology (taglevel 1)", docs, lambda doc: tag(doc, 1))
    print(f"HanTa's tagging alone takes {analysed / tagged:.1f}x framing's whole analysis")


if __name__ == "__main__":
    main()
