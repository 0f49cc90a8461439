"""What the first sighting of a word form costs, piece by piece, on a real-news corpus.

usage: python benchmarks/first_sighting.py [CORPUS.jsonl] [--warm-up 20] [--n 150] [--rounds 5]
Analyses the first ``warm-up`` articles, then the next ``n`` (cold: their new word forms are seen for
the first time) and the same ``n`` again (warm), as ``framing analyze`` runs them; prints both passes in
CPU ms per article and the new forms per article. Then each piece of a new form's first sighting is
timed alone over those forms (every per-form memo emptied before each round; the minimum of
``rounds``), in µs per new form: the lemma, the speaker flags, the measures' marks, the lexicon hits
of all document lexicons at once, the syllables and populism's literals (of the marked forms).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from simplemma.lemmatizer import _legacy_lemmatizer_for

from framing import segment as segmentation
from framing import speakers
from framing.ingest import RawDocument
from framing.lexicons import FILES, _combined
from framing.measures import DOCUMENT_LEXICONS, annotate_doc, populism, readability
from framing.pipeline import fewer_collections, prepare

DEFAULT = Path(__file__).resolve().parent / "out" / "realnews" / "gnad1000.jsonl"


def _clear_form_caches() -> None:
    """Every per-form memo of a first sighting, emptied (the data files stay loaded)."""
    segmentation._WORDS.clear()
    _legacy_lemmatizer_for(False, False)._cached_lemmatize.cache_clear()  # simplemma's own memo
    for cached in (speakers.noun_kind, speakers._known_word, speakers.token_flags):
        cached.cache_clear()
    combined = _combined(tuple(lexicon(FILES) for lexicon in DOCUMENT_LEXICONS))
    combined._word_cache.clear()
    for index in combined.indexes:
        index._word_cache.clear()
    readability._SYLLABLES.clear()
    populism._WITH_LITERALS.clear()
    populism._LITERALS.clear()


def _test_name(test: Callable[..., object]) -> str:
    """A mark test's module and name; a test of one word is registered as ``partial(map, test)``."""
    function = test.args[0] if isinstance(test, partial) else test
    return f"{function.__module__.rsplit('.', 1)[-1]}.{function.__name__}"


def _timed(work: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        _clear_form_caches()
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def corpus_parser(description: str) -> argparse.ArgumentParser:
    """The arguments of this and ``warm_passes.py``: the corpus, the warm-up, the articles, the rounds."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--warm-up", type=int, default=20)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=5)
    return parser


def read_raws(args: argparse.Namespace) -> list[RawDocument]:
    """The first ``warm_up + n`` articles of the corpus."""
    with args.corpus.open(encoding="utf-8") as handle:
        lines = [line for _, line in zip(range(args.warm_up + args.n), handle, strict=False)]
    return [RawDocument(source="bench", text=json.loads(line)["text"]) for line in lines]


def main() -> None:
    args = corpus_parser(__doc__.splitlines()[0]).parse_args()
    raws = read_raws(args)
    for raw in raws[: args.warm_up]:
        annotate_doc(segmentation.segment(prepare(raw)))
    seen = set(segmentation._WORDS.get("de", {}))
    articles = [prepare(raw) for raw in raws[args.warm_up :]]
    passes = []
    with fewer_collections():
        for _ in range(2):
            start = time.process_time()
            for article in articles:
                annotate_doc(segmentation.segment(article))
            passes.append(time.process_time() - start)
    forms = [form for form in segmentation._WORDS["de"] if form not in seen]
    analyses = [segmentation._WORDS["de"][form] for form in forms]
    pairs = list(zip(forms, analyses, strict=True))
    words = [(form, analysis) for form, analysis in pairs if analysis[0] == "word"]
    n = len(articles)
    print(
        f"{n} articles after {args.warm_up}: {len(forms) / n:.1f} new forms each ({len(words) / n:.1f} words)"
    )
    cold, warm = (1000 * seconds / n for seconds in passes)
    print(f"cold pass {cold:.2f} ms/article, warm pass {warm:.2f}, difference {cold - warm:.2f}")

    batches = [forms[i : i + round(len(forms) / n)] for i in range(0, len(forms), round(len(forms) / n))]
    if hasattr(segmentation, "_analyse_words"):  # an article's new forms together

        def analysis() -> object:
            return [segmentation._analyse_words(batch, "de") for batch in batches]
    else:

        def analysis() -> object:
            return [segmentation._analyse_word(form, "de") for form in forms]

    combined = _combined(tuple(lexicon(FILES) for lexicon in DOCUMENT_LEXICONS))
    marked = [a[2][0] for a in analyses if a[3] & populism._LITERAL_WORDS]
    word_batches = [[f for f in batch if segmentation._token_kind(f) == "word"] for batch in batches]
    tests = segmentation._MARK_TESTS  # each over the columns of the words at once (speed round 40)
    columns = (
        [f for f, _ in words],
        [a[1] for _, a in words],
        [a[2][0] for _, a in words],
        [a[2][1] for _, a in words],
    )
    patterns = getattr(segmentation, "_MARK_PATTERNS", [])
    pieces: dict[str, Callable[[], object]] = {
        "whole analysis (segmentation's)": analysis,
        "lemma (words)": lambda: [segmentation.lemma_of(f) for f, _ in words],
        "kind + lower-case keys": lambda: [
            (segmentation._token_kind(f), f.lower(), a[1].lower()) for f, a in pairs
        ],
        "speaker flags (form_flags)": lambda: [speakers.form_flags(f, a[1]) for f, a in pairs],
        "marks (named forms + tests of words)": lambda: (
            [segmentation._MARKED_FORMS.get(a[2][0], 0) for _, a in words],
            [list(test(*columns)) for _, test in tests],
        ),
        **{f"  mark test {_test_name(test)}": (lambda test=test: list(test(*columns))) for _, test in tests},
        **{
            f"  mark pattern {holding.__module__.rsplit('.', 1)[-1]}.{holding.__name__}": (
                lambda holding=holding: [
                    list(holding().finditer("\n".join(f.lower() for f, _ in words[i : i + len(batches[0])])))
                    for i in range(0, len(words), len(batches[0]))
                ]
            )
            for _, holding in patterns
        },
        "lexicon hits (all document lexicons)": lambda: [combined._word_hits(f, *a[2]) for f, a in pairs],
        "syllables (words)": lambda: [readability.syllable_counts(batch) for batch in word_batches],
        "populism literals (marked words)": lambda: [populism._literals_of(f) for f in marked],
    }
    print(f"per new form (µs, minimum of {args.rounds}; each piece over all {len(forms)} new forms):")
    for name, work in pieces.items():
        seconds = _timed(work, args.rounds)
        print(f"  {name:<40} {1e6 * seconds / len(forms):7.2f} µs   {1000 * seconds / n:.3f} ms/article")


if __name__ == "__main__":
    main()
