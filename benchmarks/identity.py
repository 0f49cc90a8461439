"""One hash of everything framing finds in a corpus, to show that a speed-up changed nothing.

usage: python benchmarks/identity.py CORPUS.jsonl [CORPUS.jsonl ...] [--n 300] [--dump FILE]
Each of the first N articles of each corpus (JSONL, a 'text' field per line) goes through the
whole pipeline in file order, as `framing analyze` runs it (so the first sighting of each word type
happens where it would); its JSON record (text, spans, quotes, features, metadata) plus every token
(offsets, lemma, kind, sentence) is hashed. Run it with two checkouts (``PYTHONPATH=<tree>``) and
compare the lines; ``--dump`` writes the records, one a line, to find the first difference.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from framing.ingest import RawDocument
from framing.output import article_record
from framing.pipeline import analyze_article, prepare


def records(path: Path, n: int):
    """The JSON text of the first ``n`` articles of ``path`` as analysed, with their tokens."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= n:
                return
            doc = analyze_article(prepare(RawDocument(source="bench", text=json.loads(line)["text"])))
            record = article_record(doc)
            record["tokens"] = [(t.start, t.end, t.lemma, t.kind, t.sentence) for t in doc.tokens]
            yield json.dumps(record, ensure_ascii=False, sort_keys=True, default=str)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--n", type=int, default=300, help="articles per corpus (default 300)")
    parser.add_argument("--dump", type=Path, help="write every record here, one a line")
    args = parser.parse_args()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    total = hashlib.sha256()
    for path in args.corpora:
        digest = hashlib.sha256()
        for text in records(path, args.n):
            digest.update(text.encode("utf-8"))
            if dump:
                dump.write(text + "\n")
        print(f"{path.name}: {digest.hexdigest()[:16]}")
        total.update(digest.digest())
    print(f"all: {total.hexdigest()[:16]}")
    if dump:
        dump.close()


if __name__ == "__main__":
    main()
