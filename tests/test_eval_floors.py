"""CI floors: the eval on the seed index must not fall below what the answerer reaches.

The issue's starting floors were hit@3 0.90, citation precision 0.80, fact recall 0.85 and
abstention F1 0.85; all four are now met and raised where the answerer allows. Each floor sits
about one question's worth under today's figure (see the README), so a change that makes
answers worse fails CI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from boardqa.evals.gold import load_questions
from boardqa.evals.runner import run, summarise

EVALS = Path(__file__).resolve().parents[1] / "evals"


@dataclass(frozen=True)
class Floors:
    """A group of eval sets scored together, and the figures it must stay above (floors) and
    below (ceilings)."""

    files: tuple[str, ...]
    floors: dict[str, float]
    ceilings: dict[str, float]


GROUPS = {
    "questions": Floors(
        ("questions.jsonl",),
        {
            "hit_at_3": 0.98,
            "citation_precision": 0.83,
            "fact_recall": 0.93,
            "abstention_f1": 0.92,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.025},
    ),
    # The sets written blind and then tuned on (heldout, blind … blind9; 580 questions):
    # lower figures, as their questions were not written alongside the answerer. The sets
    # still unseen (evals/README.md) have no floor: they measure how the answerer generalises.
    "seen": Floors(
        (
            "heldout.jsonl",
            "blind.jsonl",
            "blind2.jsonl",
            "blind3.jsonl",
            "blind4.jsonl",
            "blind5.jsonl",
            "blind6.jsonl",
            "blind7.jsonl",
            "blind8.jsonl",
            "blind9.jsonl",
        ),
        {
            "hit_at_3": 0.935,
            "citation_precision": 0.72,
            "fact_recall": 0.88,
            "abstention_f1": 0.84,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.025},
    ),
    # blind10 and blind11, read in the ninth session (120 questions): their own floors, as
    # they were read after one session of tuning on the others, and blind11 asks in everyday
    # words.
    "ninth": Floors(
        ("blind10.jsonl", "blind11.jsonl"),
        {
            "hit_at_3": 0.87,
            "citation_precision": 0.63,
            "fact_recall": 0.77,
            "abstention_f1": 0.77,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.025},
    ),
    # blind12, blind13 and blind16, read in the tenth session (180 questions): blind13 asks
    # in everyday words, blind16 on paragraphs drawn at random.
    "tenth": Floors(
        ("blind12.jsonl", "blind13.jsonl", "blind16.jsonl"),
        {
            "hit_at_3": 0.87,
            "citation_precision": 0.67,
            "fact_recall": 0.78,
            "abstention_f1": 0.71,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.04},
    ),
    # blind14 and blind15, written in the tenth session and read in the eleventh (120
    # questions): an evaluator on paragraphs drawn at random, OPCC staff typing fast.
    "eleventh": Floors(
        ("blind14.jsonl", "blind15.jsonl"),
        {
            "hit_at_3": 0.87,
            "citation_precision": 0.66,
            "fact_recall": 0.83,
            "abstention_f1": 0.77,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.04},
    ),
    # blind17 and blind18, written in the eleventh session and read in the twelfth (100
    # answerable questions): a research officer on tables, slides and lists; partner agencies
    # in their own words.
    "twelfth": Floors(
        ("blind17.jsonl", "blind18.jsonl"),
        {
            "hit_at_3": 0.93,
            "citation_precision": 0.69,
            "fact_recall": 0.86,
            "abstention_f1": 0.77,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.06},
    ),
    # blind19 and blind20, written in the twelfth session and read in the thirteenth (100
    # answerable questions): a reporter on money and promises kept; a new district officer
    # who paraphrases the papers' nouns.
    "thirteenth": Floors(
        ("blind19.jsonl", "blind20.jsonl"),
        {
            "hit_at_3": 0.91,
            "citation_precision": 0.65,
            "fact_recall": 0.84,
            "abstention_f1": 0.66,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.04},
    ),
    # blind21 and blind22, written in the thirteenth session and read in the fourteenth (100
    # answerable questions): an internal auditor of governance; a board member dictating.
    "fourteenth": Floors(
        ("blind21.jsonl", "blind22.jsonl"),
        {
            "hit_at_3": 0.92,
            "citation_precision": 0.67,
            "fact_recall": 0.84,
            "abstention_f1": 0.78,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.03},
    ),
    # blind23 and blind24, written in the fourteenth session and read in the fifteenth (100
    # answerable questions): a Police and Crime Panel member scrutinising; a new councillor's
    # closed and listing questions.
    "fifteenth": Floors(
        ("blind23.jsonl", "blind24.jsonl"),
        {
            "hit_at_3": 0.94,
            "citation_precision": 0.73,
            "fact_recall": 0.85,
            "abstention_f1": 0.74,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.02},
    ),
    # blind25 and blind26, written in the fifteenth session and read in the sixteenth (100
    # answerable questions): a national body's policy analyst; an experienced board member's
    # constrained questions.
    "sixteenth": Floors(
        ("blind25.jsonl", "blind26.jsonl"),
        {
            "hit_at_3": 0.91,
            "citation_precision": 0.70,
            "fact_recall": 0.89,
            "abstention_f1": 0.82,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.02},
    ),
    # blind27 and blind28, written in the sixteenth session and read in the seventeenth (100
    # answerable questions): the board's secretary on time and sequence; a voluntary-sector
    # manager's long questions.
    "seventeenth": Floors(
        ("blind27.jsonl", "blind28.jsonl"),
        {
            "hit_at_3": 0.96,
            "citation_precision": 0.75,
            "fact_recall": 0.90,
            "abstention_f1": 0.75,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.02},
    ),
    # blind29 and blind30, written in the seventeenth session and read in the eighteenth (100
    # answerable questions): a fact-checker's claims; keyword queries typed as into a search
    # engine.
    "eighteenth": Floors(
        ("blind29.jsonl", "blind30.jsonl"),
        {
            "hit_at_3": 0.96,
            "citation_precision": 0.69,
            "fact_recall": 0.86,
            "abstention_f1": 0.62,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.02},
    ),
    # blind31 and blind32, written in the eighteenth session and read in the nineteenth (100
    # answerable questions): a North American researcher; the PCC's chief of staff giving
    # orders.
    "nineteenth": Floors(
        ("blind31.jsonl", "blind32.jsonl"),
        {
            "hit_at_3": 0.97,
            "citation_precision": 0.75,
            "fact_recall": 0.91,
            "abstention_f1": 0.88,
            "support_rate": 0.95,
        },
        {"false_abstention_rate": 0.02},
    ),
    # blind33 and blind34, written in the nineteenth session and read in the twentieth (100
    # answerable questions): an inspector on exchange writing second-language English; an
    # information-governance officer relaying Freedom of Information requests.
    "twentieth": Floors(
        ("blind33.jsonl", "blind34.jsonl"),
        {
            "hit_at_3": 0.97,
            "citation_precision": 0.76,
            "fact_recall": 0.95,
            "abstention_f1": 0.92,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.02},
    ),
    # blind35 and blind36, written in the twentieth session and read in the twenty-first (100
    # answerable questions): a student on placement asking why and how; a new minute-taker
    # working back from a detail.
    "twenty-first": Floors(
        ("blind35.jsonl", "blind36.jsonl"),
        {
            "hit_at_3": 0.97,
            "citation_precision": 0.69,
            "fact_recall": 0.93,
            "abstention_f1": 0.85,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.02},
    ),
    # blind37 and blind38, written in the twenty-first session and read in the twenty-second
    # (100 answerable questions): an evaluation consultant following topics across meetings;
    # an induction quiz (blanks, true or false, multiple choice).
    "twenty-second": Floors(
        ("blind37.jsonl", "blind38.jsonl"),
        {
            "hit_at_3": 0.93,
            "citation_precision": 0.62,
            "fact_recall": 0.82,
            "abstention_f1": 0.70,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.04},
    ),
    # blind39 and blind40, written in the twenty-second session and read in the twenty-third
    # (100 answerable questions): the incoming PCC's policy lead preparing a handover briefing;
    # a district community safety officer asking from practical scenarios.
    "twenty-third": Floors(
        ("blind39.jsonl", "blind40.jsonl"),
        {
            "hit_at_3": 0.89,
            "citation_precision": 0.63,
            "fact_recall": 0.79,
            "abstention_f1": 0.70,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.03},
    ),
    # blind41 and blind42, written in the twenty-third session and read in the twenty-fourth
    # (100 answerable questions): a retired resident in everyday words; an internal auditor
    # tracing the paper trail ("is recorded as …").
    "twenty-fourth": Floors(
        ("blind41.jsonl", "blind42.jsonl"),
        {
            "hit_at_3": 0.77,
            "citation_precision": 0.56,
            "fact_recall": 0.71,
            "abstention_f1": 0.75,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.04},
    ),
    # blind43 and blind44, written in the twenty-fourth session and read in the twenty-fifth
    # (100 answerable questions): an equality officer asking who a scheme serves; a
    # substitute councillor pointing to places by their position in the packs.
    "twenty-fifth": Floors(
        ("blind43.jsonl", "blind44.jsonl"),
        {
            "hit_at_3": 0.92,
            "citation_precision": 0.75,
            "fact_recall": 0.90,
            "abstention_f1": 0.88,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.02},
    ),
    # blind45 and blind46, written in the twenty-fifth session and read in the twenty-sixth
    # (100 answerable questions): a neighbouring county's partnership chair who opens with how
    # things are done at home; a data analyst asking each figure's period, base and source.
    "twenty-sixth": Floors(
        ("blind45.jsonl", "blind46.jsonl"),
        {
            "hit_at_3": 0.95,
            "citation_precision": 0.69,
            "fact_recall": 0.92,
            "abstention_f1": 0.93,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.01},
    ),
    # blind47 and blind48, written in the twenty-sixth session and read in the twenty-seventh
    # (100 answerable questions): a risk and assurance manager asking what could go wrong and
    # what a scheme depended on; an archivist asking of papers as records.
    "twenty-seventh": Floors(
        ("blind47.jsonl", "blind48.jsonl"),
        {
            "hit_at_3": 0.93,
            "citation_precision": 0.80,
            "fact_recall": 0.90,
            "abstention_f1": 0.92,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.01},
    ),
    # blind49 and blind50, written in the twenty-seventh session and read in the
    # twenty-eighth (100 answerable questions): the Commissioner's speechwriter (what a scheme
    # achieved, whom to credit, what figure can be quoted); a district locality officer.
    "twenty-eighth": Floors(
        ("blind49.jsonl", "blind50.jsonl"),
        {
            "hit_at_3": 0.96,
            "citation_precision": 0.77,
            "fact_recall": 0.89,
            "abstention_f1": 0.87,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.02},
    ),
    # blind51 and blind52, written in the twenty-eighth session and read in the twenty-ninth
    # (100 answerable questions): a support officer compiling a who's-who; a member who
    # names meetings only roughly ("the autumn 2019 meeting", "just before Christmas 2020").
    "twenty-ninth": Floors(
        ("blind51.jsonl", "blind52.jsonl"),
        {
            "hit_at_3": 0.87,
            "citation_precision": 0.70,
            "fact_recall": 0.81,
            "abstention_f1": 0.89,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.01},
    ),
    # blind53 to blind56, written in the twenty-ninth session and read in the thirtieth (200
    # answerable questions): an OPCC finance officer with figures rounded or in words; a Home
    # Office official writing formal, indirect requests; a communications assistant compiling
    # a glossary; a governance officer mapping who reports to whom.
    "thirtieth": Floors(
        ("blind53.jsonl", "blind54.jsonl", "blind55.jsonl", "blind56.jsonl"),
        {
            "hit_at_3": 0.94,
            "citation_precision": 0.80,
            "fact_recall": 0.90,
            "abstention_f1": 0.91,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.01},
    ),
    # blind57 and blind58, written in the thirtieth session and read in the thirty-first (100
    # answerable questions): a board member catching up on meetings they missed, in the first
    # person; a progress chaser in the OPCC's programme office.
    "thirty-first": Floors(
        ("blind57.jsonl", "blind58.jsonl"),
        {
            "hit_at_3": 0.90,
            "citation_precision": 0.72,
            "fact_recall": 0.86,
            "abstention_f1": 0.86,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.02},
    ),
    # blind59 and blind60, written in the thirty-first session and read in the thirty-second
    # (100 answerable questions): a commissioning and contracts officer; a member's assistant
    # quoting phrases from the papers.
    "thirty-second": Floors(
        ("blind59.jsonl", "blind60.jsonl"),
        {
            "hit_at_3": 0.93,
            "citation_precision": 0.67,
            "fact_recall": 0.87,
            "abstention_f1": 0.62,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.02},
    ),
    # blind61 and blind62, written in the thirty-second session and read in the thirty-third
    # (100 answerable questions): an OPCC policy officer setting editions of the recurring
    # papers side by side; an information officer asking how two named things are linked.
    "thirty-third": Floors(
        ("blind61.jsonl", "blind62.jsonl"),
        {
            "hit_at_3": 0.92,
            "citation_precision": 0.65,
            "fact_recall": 0.86,
            "abstention_f1": 0.70,
            "support_rate": 0.97,
        },
        {"false_abstention_rate": 0.01},
    ),
}


def _summarise(seed_index: Path, questions: list) -> dict:
    from boardqa.ask import Answerer
    from boardqa.services import Services, Settings

    answerer = Answerer(Services(Settings(index_dir=seed_index)))
    try:
        return summarise(run(answerer, questions))
    finally:
        answerer.close()


@pytest.fixture(scope="module")
def summary_of(seed_index) -> Callable[[str], dict[str, Any]]:
    """A group's summary, each group answered once per module."""
    done: dict[str, dict[str, Any]] = {}

    def summary(group: str) -> dict[str, Any]:
        if group not in done:
            questions = [q for name in GROUPS[group].files for q in load_questions(EVALS / name)]
            done[group] = _summarise(seed_index, questions)
        return done[group]

    return summary


@pytest.mark.parametrize(
    ("group", "metric"), [(g, m) for g, f in GROUPS.items() for m in sorted(f.floors)]
)
def test_each_group_stays_above_its_floors(summary_of, group, metric):
    metrics = summary_of(group)["metrics"]
    assert metrics[metric] >= GROUPS[group].floors[metric], metrics


@pytest.mark.parametrize(
    ("group", "metric"), [(g, m) for g, f in GROUPS.items() for m in sorted(f.ceilings)]
)
def test_each_group_stays_below_its_ceilings(summary_of, group, metric):
    metrics = summary_of(group)["metrics"]
    assert metrics[metric] <= GROUPS[group].ceilings[metric], metrics


def test_every_type_is_scored(summary_of):
    summary = summary_of("questions")
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
