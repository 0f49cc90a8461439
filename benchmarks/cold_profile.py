"""Where a cold article's time goes: cProfile over articles seen for the first time, stage by stage.

usage: python benchmarks/cold_profile.py [CORPUS.jsonl] [--warm-up 20] [--n 350] [--top 25]
Analyses the first ``warm-up`` articles (resources loaded), then profiles the next ``n`` as
``framing analyze`` runs them (prepare, segment, every family, the JSON): every article is new, so
each new word form is met for the first time where it would be. Prints each stage's cumulative
share of the profiled time, the first sighting's pieces (the analysis of an article's new forms,
simplemma's own lemmatizer, the lexicon hits of new words) and the functions with the most own time.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import time

from first_sighting import corpus_parser, read_raws

from framing.collector import fewer_collections
from framing.measures import annotate_doc
from framing.output import write_json
from framing.pipeline import prepare
from framing.segment import segment

# (label, file name ending, function name): cumulative time of each, as a share of the whole
STAGES = (
    ("prepare (clean, outlet, language)", "pipeline.py", "prepare"),
    ("segment", "segment.py", "segment"),
    ("  new forms analysed (_analyse_words)", "segment.py", "_analyse_words"),
    ("    simplemma's own lemmatizer", "simplemma/lemmatizer.py", "lemmatize"),
    ("    speaker flags (form_flags)", "speakers.py", "form_flags"),
    ("lexicon matching (match_all)", "lexicons.py", "match_all"),
    ("  new words' lexicon hits (_word_hits)", "lexicons.py", "_word_hits"),
    ("sourcing (annotate)", "sourcing.py", "annotate"),
    ("sourcing (sentence_stats)", "sourcing.py", "sentence_stats"),
    ("readability (annotate)", "readability.py", "annotate"),
    ("readability (sentence_stats)", "readability.py", "sentence_stats"),
    ("  syllables", "readability.py", "syllables"),
    ("tone (annotate)", "tone.py", "annotate"),
    ("tone (sentence_stats)", "tone.py", "sentence_stats"),
    ("populism (annotate)", "populism.py", "annotate"),
    ("frames (annotate)", "frames.py", "annotate"),
    ("hedging (annotate)", "hedging.py", "annotate"),
    ("JSON output (write_json)", "output.py", "write_json"),
)


class _Sink:
    def write(self, data: bytes) -> int:
        return len(data)


def cumulative(stats: pstats.Stats, ending: str, name: str) -> float:
    """Cumulative seconds of the function ``name`` in a file ending in ``ending`` (recursion counted
    once); of several such (simplemma's ``lemmatize`` calls its namesake), the outermost."""
    return max(
        (
            entry[3]
            for (filename, _, function), entry in stats.stats.items()  # type: ignore[attr-defined]
            if function == name and filename.endswith(ending)
        ),
        default=0.0,
    )


def main() -> None:
    parser = corpus_parser(__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--save", help="write the profile here (pstats)")
    parser.set_defaults(n=350)
    args = parser.parse_args()
    raws = read_raws(args)
    for raw in raws[: args.warm_up]:
        annotate_doc(segment(prepare(raw)))
    profile = cProfile.Profile()
    with fewer_collections():
        start = time.process_time()
        profile.enable()
        for raw in raws[args.warm_up :]:
            write_json([annotate_doc(segment(prepare(raw)))], [], _Sink())
        profile.disable()
        seconds = time.process_time() - start
    n = len(raws) - args.warm_up
    if args.save:
        profile.dump_stats(args.save)
    stats = pstats.Stats(profile)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"{n} cold articles after {args.warm_up}: {1000 * seconds / n:.2f} CPU ms each under the profiler")
    print(f"{'stage':<42} {'ms/article':>10} {'share':>7}")
    for label, ending, name in STAGES:
        spent = cumulative(stats, ending, name)
        print(f"{label:<42} {1000 * spent / n:10.3f} {100 * spent / total:6.1f} %")
    buffer = io.StringIO()
    pstats.Stats(profile, stream=buffer).sort_stats("tottime").print_stats(args.top)
    print("\nby own time:")
    print("\n".join(buffer.getvalue().splitlines()[6:]))


if __name__ == "__main__":
    main()
