"""Token-level precision/recall of HTML body extraction: plain trafilatura vs framing.

usage: python benchmarks/html_extraction.py [FIXTURE_DIR]
Each fixture NAME.html (pages mimicking German outlet templates) has its true body in
NAME.body.txt. trafilatura's text starts with the headline, framing's body excludes it, so the
headline line is removed from trafilatura's output before comparing (like with like). Tokens are
the word tokens of framing's tokenizer; overlap is counted as multisets.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from framing.ingest import read_bytes
from framing.model import Skipped
from framing.pipeline import prepare
from framing.segment import TOKEN_PATTERN

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "html_pages"


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def words(text: str) -> Counter[str]:
    return Counter(m.group() for m in TOKEN_PATTERN.finditer(text) if m.group()[0].isalnum())


def score(extracted: str, truth: str) -> Score:
    got, want = words(extracted), words(truth)
    overlap = sum((got & want).values())
    return Score(overlap / max(1, sum(got.values())), overlap / max(1, sum(want.values())))


def trafilatura_body(html: str, title: str) -> str:
    text = trafilatura.extract(html) or ""
    lines = text.splitlines()
    return "\n".join(lines[1:] if lines and lines[0].strip() == title else lines)


def framing_body(html: bytes, source: str) -> str:
    raw = read_bytes(html, source)
    return "" if isinstance(raw, Skipped) else prepare(raw).text


def evaluate(folder: Path = FIXTURES) -> dict[str, tuple[Score, Score]]:
    results = {}
    for page in sorted(folder.glob("*.html")):
        truth = page.with_suffix(".body.txt").read_text(encoding="utf-8")
        expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
        html = page.read_bytes()
        results[page.stem] = (
            score(trafilatura_body(html.decode("utf-8"), expected["title"]), truth),
            score(framing_body(html, str(page)), truth),
        )
    return results


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES
    results = evaluate(folder)
    print(f"{'fixture':<18} {'trafilatura P/R/F1':>22} {'framing P/R/F1':>22}")
    for name, (plain, ours) in results.items():
        print(
            f"{name:<18} {plain.precision:6.3f} {plain.recall:6.3f} {plain.f1:6.3f}   "
            f"{ours.precision:6.3f} {ours.recall:6.3f} {ours.f1:6.3f}"
        )
    for label, index in (("trafilatura", 0), ("framing", 1)):
        scores = [pair[index] for pair in results.values()]
        n = len(scores)
        print(
            f"macro {label:<12} P {sum(s.precision for s in scores) / n:.3f}  "
            f"R {sum(s.recall for s in scores) / n:.3f}  F1 {sum(s.f1 for s in scores) / n:.3f}"
        )


if __name__ == "__main__":
    main()
