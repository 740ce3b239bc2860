"""Eval metrics, pure: retrieval (hit@k, MRR, nDCG@10), citations, facts, support,
abstention, latency."""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Sequence


def hit_at(ranked: Sequence[str], gold: set[str], k: int) -> float:
    return 1.0 if any(r in gold for r in ranked[:k]) else 0.0


def reciprocal_rank(ranked: Sequence[str], gold: set[str]) -> float:
    for i, r in enumerate(ranked, 1):
        if r in gold:
            return 1.0 / i
    return 0.0


def ndcg_at(ranked: Sequence[str], gold: set[str], k: int = 10) -> float:
    dcg = sum(1.0 / math.log2(i + 1) for i, r in enumerate(ranked[:k], 1) if r in gold)
    ideal = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(gold), k) + 1))
    return dcg / ideal if ideal else 0.0


def normalise(text: str) -> str:
    """For fact matching: lower case, curly quotes straightened, spacing and punctuation out."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("–", "-")
    return re.sub(r"[^0-9a-z£%]+", "", text)


def fact_recall(answer: str, facts: Sequence[Sequence[str]]) -> float:
    if not facts:
        return 1.0
    have = normalise(answer)
    return sum(any(normalise(f) in have for f in alts) for alts in facts) / len(facts)


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}|\d[\d,.]*")
_STOP = frozenset(
    [
        "the",
        "and",
        "that",
        "this",
        "with",
        "from",
        "were",
        "was",
        "have",
        "has",
        "had",
        "for",
        "are",
        "been",
        "which",
        "their",
        "there",
        "they",
        "will",
        "would",
        "could",
        "should",
        "said",
        "also",
        "into",
        "than",
        "then",
        "them",
        "its",
        "not",
        "but",
        "all",
        "any",
        "can",
    ]
)


def content_words(text: str) -> set[str]:
    return {w.lower().strip(".,") for w in _WORD.findall(text) if w.lower() not in _STOP}


def sentence_supported(sentence: str, cited_texts: Sequence[str], threshold: float = 0.6) -> bool:
    """An LLM-free faithfulness check: most of the sentence's content words are in the
    paragraphs it cites."""
    words = content_words(re.sub(r"\[\d+\]", "", sentence))
    if not words:
        return True
    have = set().union(*(content_words(t) for t in cited_texts)) if cited_texts else set()
    return len(words & have) / len(words) >= threshold


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))
    return ordered[index]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0
