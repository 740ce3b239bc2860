"""CI floors: the eval on the seed index must not fall below what the answerer reaches.

The issue's starting floors were hit@3 0.90, citation precision 0.80, fact recall 0.85 and
abstention F1 0.85; all four are now met and raised where the answerer allows. Each floor sits
about one question's worth under today's figure (see the README), so a change that makes
answers worse fails CI.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from boardqa.evals.gold import load_questions
from boardqa.evals.runner import run, summarise

QUESTIONS = Path(__file__).resolve().parents[1] / "evals" / "questions.jsonl"
FLOORS = {
    "hit_at_3": 0.98,
    "citation_precision": 0.81,
    "fact_recall": 0.90,
    "abstention_f1": 0.89,
    "support_rate": 0.95,
}
CEILINGS = {"false_abstention_rate": 0.025}


@pytest.fixture(scope="module")
def summary(seed_index):
    from boardqa.ask import Answerer
    from boardqa.services import Services, Settings

    answerer = Answerer(Services(Settings(index_dir=seed_index)))
    try:
        return summarise(run(answerer, load_questions(QUESTIONS)))
    finally:
        answerer.close()


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_metric_stays_above_its_floor(summary, metric):
    assert summary["metrics"][metric] >= FLOORS[metric], summary["metrics"]


@pytest.mark.parametrize("metric", sorted(CEILINGS))
def test_metric_stays_below_its_ceiling(summary, metric):
    assert summary["metrics"][metric] <= CEILINGS[metric], summary["metrics"]


def test_every_type_is_scored(summary):
    assert set(summary["by_type"]) >= {
        "action",
        "decision",
        "number",
        "people",
        "date",
        "document",
        "multi_hop",
        "follow_up",
        "temporal",
        "unanswerable",
    }
    assert summary["median_citation_chars"] < 700
