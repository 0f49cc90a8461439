"""A benchmark corpus of real German news: articles of the 10kGNAD data set as JSONL for
``benchmarks/throughput.py`` and ``../shared/bench/peers.py``.

10kGNAD (github.com/tblock/10kGNAD) holds 10,273 Der Standard articles (2015–2016) under
CC BY-NC-SA 4.0: it may be used for measuring here, but its text is never committed. This recipe
rebuilds the corpus from a clone at a fixed commit:

    git clone https://github.com/tblock/10kGNAD /tmp/10kGNAD
    python benchmarks/realnews_corpus.py --git-dir /tmp/10kGNAD/.git --out benchmarks/out/gnad.jsonl

The first ``--n`` articles of ``test.csv`` with at least ``--min-words`` words (200: 719 of its 1,028
articles, about 476 words each) are taken in file order, and
the corpus's word-type statistics are printed (real news keeps bringing new word types, which is
what makes it slower than the demo-paragraph corpus).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

GNAD_REPO = "https://github.com/tblock/10kGNAD"
GNAD_COMMIT = "da845fe4a16f02a8de10903ffbc636d1c8d21862"
OUT = Path(__file__).resolve().parent / "out" / "gnad.jsonl"
WORD = re.compile(r"\w+")
MIN_WORDS = 200  # --min-words: the shortest article taken
CORPUS_ROWS = 1000  # --n: at most this many articles


def gnad_rows(git_dir: str, member: str = "test.csv") -> list[tuple[str, str]]:
    """(category, text) rows of one of the data set's CSV files at GNAD_COMMIT."""
    result = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{GNAD_COMMIT}:{member}"], capture_output=True, check=False
    )
    if result.returncode != 0:
        sys.exit(f"cannot read {member} at {GNAD_COMMIT[:7]} from {git_dir}: clone {GNAD_REPO} first")
    reader = csv.reader(io.StringIO(result.stdout.decode("utf-8")), delimiter=";", quotechar="'")
    return [(row[0], row[1].strip()) for row in reader if len(row) == 2 and row[1].strip()]


def corpus_records(git_dir: str, n: int = CORPUS_ROWS, min_words: int = MIN_WORDS) -> list[dict[str, str]]:
    """The corpus's records: the first ``n`` articles of ``test.csv`` with at least ``min_words`` words,
    in file order, each with its id (``gnad-`` and its number) and outlet (gnad1000 with the defaults)."""
    texts = [text for _, text in gnad_rows(git_dir) if len(text.split()) >= min_words][:n]
    return [
        {"id": f"gnad-{number}", "outlet": "Der Standard", "text": text} for number, text in enumerate(texts)
    ]


def word_type_statistics(texts: list[str]) -> dict[str, float]:
    """Tokens, word types and the share of types seen only once: the cost drivers of first sightings."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in WORD.findall(text):
            counts[word] = counts.get(word, 0) + 1
    tokens = sum(counts.values())
    return {
        "articles": len(texts),
        "mean_words": tokens / len(texts) if texts else 0.0,
        "word_types": len(counts),
        "types_per_1k_tokens": 1000 * len(counts) / tokens if tokens else 0.0,
        "hapax_share_of_types": sum(c == 1 for c in counts.values()) / len(counts) if counts else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--git-dir", required=True, help=f"git dir of a clone of {GNAD_REPO}")
    parser.add_argument("--n", type=int, default=CORPUS_ROWS, help="articles at most")
    parser.add_argument("--min-words", type=int, default=MIN_WORDS)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    records = corpus_records(args.git_dir, args.n, args.min_words)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} articles to {args.out}")
    for key, value in word_type_statistics([record["text"] for record in records]).items():
        print(f"{key:<22} {value:,.3f}" if isinstance(value, float) else f"{key:<22} {value:,}")


if __name__ == "__main__":
    main()
