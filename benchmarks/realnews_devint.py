"""Rebuild the local texts behind the interview dev set ``devint`` (benchmarks/gold/quotes_devint.jsonl).

Task spk62 (issue 11, fifth session of 2026-12-06): no earlier dev set held an interview, the most frequent
speaker miss in unlabelled news (spk61's frequency table on gnad1000). The texts are rows of the gnad1000
speed corpus (benchmarks/realnews_corpus.py: the first 1,000 rows of 10kGNAD's ``test.csv`` at
``GNAD_COMMIT`` with at least 200 words, 719 rows, ids ``gnad-N`` in that order; github.com/tblock/10kGNAD,
CC BY-NC-SA 4.0, never committed here). gnad1000 keeps no paragraph breaks: an interview's labels
("STANDARD: …", "Kaiser: …") stand after a sentence's end.

The rows were chosen by a fixed rule before any was read (``interview_rows``): in file order, the rows with
at least ``MIN_LABELS`` question labels ("STANDARD:" or "Frage:") and fewer than ``MAX_WORDS`` words; the
first ``TAKEN`` of them, annotated by hand, with no filter, before framing's interview rule existed. Two of
them (gnad-419, gnad-484) are the outlet's own question-and-answer explainers ("Frage: … Antwort: …"),
whose answers are nobody's speech: they are in the set as the rule's guard.

usage: ``python benchmarks/realnews_devint.py --gnad-git-dir DIR [--out FILE]``; the output goes by default
to ``speakers_devint_articles.jsonl`` in ``$FRAMING_REALNEWS``.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code first

from benchmarks import LOCAL_DATA, realnews
from benchmarks.realnews_corpus import GNAD_REPO, corpus_records
from benchmarks.realnews_dev2 import clone

DEFAULT_OUT = LOCAL_DATA / "speakers_devint_articles.jsonl"
MIN_LABELS = 2
MAX_WORDS = 700
TAKEN = 8
QUESTION_LABEL = re.compile(r"STANDARD:|(?:^|[.?!] )Frage:")
ARTICLES = ("gnad-122", "gnad-215", "gnad-223", "gnad-361", "gnad-419", "gnad-484", "gnad-500", "gnad-610")


def interview_rows(records: list[dict]) -> list[str]:
    """The ids of the gnad1000 records the rule takes, in file order."""
    chosen = [
        record["id"]
        for record in records
        if len(QUESTION_LABEL.findall(record["text"])) >= MIN_LABELS
        and len(record["text"].split()) < MAX_WORDS
    ]
    return chosen[:TAKEN]


def main(argv: list[str] | None = None) -> int:
    """The devint rows, rebuilt into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gnad-git-dir", help=f"git dir of a clone of {GNAD_REPO}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        records = corpus_records(args.gnad_git_dir or clone(GNAD_REPO, Path(scratch) / "10kGNAD.git"))
    realnews.write_records([record for record in records if record["id"] in ARTICLES], args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
