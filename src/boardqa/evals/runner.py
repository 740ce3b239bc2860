"""`boardqa eval`: every question through the same code path as `ask` (and `Conversation` for
multi-turn cases), scored overall and per type."""

from __future__ import annotations

import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from boardqa.answer.citations import MARKER, Answer
from boardqa.conversation import Conversation
from boardqa.evals import metrics as M
from boardqa.evals.gold import EvalQuestion, normalise

METRIC_NAMES = (
    "hit_at_1",
    "hit_at_3",
    "hit_at_5",
    "mrr",
    "ndcg_at_10",
    "citation_precision",
    "citation_recall",
    "fact_recall",
    "support_rate",
    "abstention_precision",
    "abstention_recall",
    "abstention_f1",
    "false_abstention_rate",
    "latency_p50_ms",
    "latency_p95_ms",
)


@dataclass
class Outcome:
    question: EvalQuestion
    answer: Answer
    seconds: float
    retrieval: dict[str, float] = field(default_factory=dict)
    cited_gold: int = 0
    gold_cited: int = 0
    facts: float = 0.0
    supported: int = 0
    sentences: int = 0

    def why(self) -> str | None:
        q = self.question
        if q.abstain != self.answer.abstained:
            return (
                "abstained on an answerable question"
                if self.answer.abstained
                else "answered an unanswerable question"
            )
        if q.abstain:
            return None
        problems = []
        if self.retrieval.get("hit_at_3", 0) < 1:
            problems.append("no gold paragraph in the top 3")
        if self.facts < 1:
            problems.append(f"fact recall {self.facts:.2f}")
        if self.answer.citations and self.cited_gold == 0:
            problems.append("no cited paragraph is gold")
        return "; ".join(problems) or None


def answer_segments(text: str) -> list[tuple[str, list[int]]]:
    """Answer text cut after each run of citation markers: (segment, its marker numbers)."""
    out: list[tuple[str, list[int]]] = []
    pos = 0
    for m in re.finditer(r"(?:\s*\[\d{1,3}\])+", text):
        segment = text[pos : m.start()].strip()
        numbers = [int(x) for x in MARKER.findall(m.group(0))]
        if segment:
            out.append((segment, numbers))
        pos = m.end()
    return out


def score(q: EvalQuestion, answer: Answer, seconds: float) -> Outcome:
    out = Outcome(q, answer, seconds)
    if q.abstain:
        return out
    gold = {c.paragraph_id for c in q.citations if c.paragraph_id}
    ranked = list(answer.retrieved) or [c.id for c in answer.citations]
    out.retrieval = {
        "hit_at_1": M.hit_at(ranked, gold, 1),
        "hit_at_3": M.hit_at(ranked, gold, 3),
        "hit_at_5": M.hit_at(ranked, gold, 5),
        "mrr": M.reciprocal_rank(ranked, gold),
        "ndcg_at_10": M.ndcg_at(ranked, gold, 10),
    }
    quotes = [normalise(c.quote) for c in q.citations]
    out.cited_gold = sum(
        1 for c in answer.citations if c.id in gold or any(qt in normalise(c.text) for qt in quotes)
    )
    cited_ids = {c.id for c in answer.citations}
    out.gold_cited = len(gold & cited_ids)
    out.facts = M.fact_recall(answer.text, q.facts)
    by_n = {c.n: c for c in answer.citations}
    for segment, numbers in answer_segments(answer.text):
        texts = [f"{by_n[n].location()} {by_n[n].text}" for n in numbers if n in by_n]
        out.sentences += 1
        out.supported += M.sentence_supported(segment, texts)
    return out


def run(answerer: Any, questions: list[EvalQuestion]) -> list[Outcome]:
    outcomes = []
    for q in questions:
        conversation = Conversation() if len(q.turns) > 1 else None
        for turn in q.turns[:-1]:
            answerer.ask(turn, conversation)
        t0 = time.perf_counter()
        answer = answerer.ask(q.turns[-1], conversation)
        outcomes.append(score(q, answer, time.perf_counter() - t0))
    return outcomes


def aggregate(outcomes: list[Outcome]) -> dict[str, float]:
    answerable = [o for o in outcomes if not o.question.abstain]
    unanswerable = [o for o in outcomes if o.question.abstain]
    m: dict[str, float] = {}
    for name in ("hit_at_1", "hit_at_3", "hit_at_5", "mrr", "ndcg_at_10"):
        m[name] = _mean([o.retrieval[name] for o in answerable])
    answered = [o for o in answerable if not o.answer.abstained]
    cited = sum(len(o.answer.citations) for o in answered)
    m["citation_precision"] = sum(o.cited_gold for o in answered) / cited if cited else 0.0
    gold_total = sum(len({c.paragraph_id for c in o.question.citations}) for o in answerable)
    m["citation_recall"] = sum(o.gold_cited for o in answerable) / gold_total if gold_total else 0.0
    m["fact_recall"] = _mean([o.facts for o in answerable])
    sentences = sum(o.sentences for o in answered)
    m["support_rate"] = sum(o.supported for o in answered) / sentences if sentences else 0.0
    predicted = [o for o in outcomes if o.answer.abstained]
    true_pos = sum(1 for o in predicted if o.question.abstain)
    precision = true_pos / len(predicted) if predicted else (1.0 if not unanswerable else 0.0)
    recall = true_pos / len(unanswerable) if unanswerable else 1.0
    m["abstention_precision"] = precision
    m["abstention_recall"] = recall
    m["abstention_f1"] = (
        2 * precision * recall / (precision + recall) if precision + recall else 0.0
    )
    m["false_abstention_rate"] = (
        sum(1 for o in answerable if o.answer.abstained) / len(answerable) if answerable else 0.0
    )
    latencies = [o.seconds * 1000 for o in outcomes]
    m["latency_p50_ms"] = M.median(latencies)
    m["latency_p95_ms"] = M.percentile(latencies, 0.95)
    return {k: round(v, 4) for k, v in m.items()}


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def summarise(outcomes: list[Outcome]) -> dict[str, Any]:
    by_type: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_type[o.question.type].append(o)
    cited_lengths = [len(c.text) for o in outcomes for c in o.answer.citations]
    return {
        "questions": len(outcomes),
        "median_citation_chars": M.median(cited_lengths),
        "metrics": aggregate(outcomes),
        "by_type": {
            t: {"questions": len(os), **aggregate(os)} for t, os in sorted(by_type.items())
        },
        "failures": [
            {"id": o.question.id, "why": o.why()} for o in outcomes if o.why() is not None
        ],
    }
