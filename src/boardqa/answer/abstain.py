"""When to say "the archive does not say": calibrated on evals/, never on single questions.

The signal is how well the best paragraph matches: its embedding similarity to the question
and the share of the question's content words it contains. Answerable questions in the eval
set reach one of them clearly; unanswerable ones (topics the board never discussed) reach
neither.
"""

from __future__ import annotations

from dataclasses import dataclass

from boardqa.query import QueryIntent
from boardqa.retrieve import Candidate

#: Thresholds chosen on evals/questions.jsonl (see benchmarks/README and the eval report).
MIN_DENSE = 0.42
MIN_COVERAGE = 0.5
STRONG_DENSE = 0.55


@dataclass(frozen=True)
class Verdict:
    abstain: bool
    reason: str


def judge(intent: QueryIntent, candidates: list[Candidate], archive_span: str) -> Verdict:
    if intent.unknown_period:
        return Verdict(True, f"it holds no papers for {intent.unknown_period} ({archive_span})")
    if not candidates:
        return Verdict(True, "nothing in it matches the question")
    top = max(candidates[:5], key=lambda c: c.dense + 0.5 * c.coverage)
    if top.dense >= STRONG_DENSE and top.coverage >= 0.3:
        return Verdict(False, "")
    if top.dense >= MIN_DENSE and top.coverage >= MIN_COVERAGE:
        return Verdict(False, "")
    return Verdict(True, "no paragraph in it answers this")
