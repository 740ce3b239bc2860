"""The eval set is sound: enough questions of every type, and gold that resolves exactly."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from boardqa.evals.gold import load_questions, normalise, resolve_quote

EVALS = Path(__file__).resolve().parents[1] / "evals"
QUESTIONS = EVALS / "questions.jsonl"
#: Written blind after tuning on questions.jsonl, to measure how the answerer generalises.
HELDOUT = EVALS / "heldout.jsonl"
#: More sets written blind by helpers who read only the papers (see evals/README.md).
BLIND = EVALS / "blind.jsonl"
BLIND2 = EVALS / "blind2.jsonl"
BLIND3 = EVALS / "blind3.jsonl"
BLIND4 = EVALS / "blind4.jsonl"
BLIND5 = EVALS / "blind5.jsonl"
BLIND6 = EVALS / "blind6.jsonl"
BLIND7 = EVALS / "blind7.jsonl"
BLIND8 = EVALS / "blind8.jsonl"
BLIND9 = EVALS / "blind9.jsonl"
BLIND10 = EVALS / "blind10.jsonl"
BLIND11 = EVALS / "blind11.jsonl"
BLIND12 = EVALS / "blind12.jsonl"
BLIND13 = EVALS / "blind13.jsonl"
BLIND14 = EVALS / "blind14.jsonl"
BLIND15 = EVALS / "blind15.jsonl"
BLIND16 = EVALS / "blind16.jsonl"
BLIND17 = EVALS / "blind17.jsonl"
BLIND18 = EVALS / "blind18.jsonl"
BLIND19 = EVALS / "blind19.jsonl"
BLIND20 = EVALS / "blind20.jsonl"
BLIND21 = EVALS / "blind21.jsonl"
BLIND22 = EVALS / "blind22.jsonl"
BLIND23 = EVALS / "blind23.jsonl"
BLIND24 = EVALS / "blind24.jsonl"
BLIND25 = EVALS / "blind25.jsonl"
BLIND26 = EVALS / "blind26.jsonl"
BLIND27 = EVALS / "blind27.jsonl"
BLIND28 = EVALS / "blind28.jsonl"
BLIND29 = EVALS / "blind29.jsonl"
BLIND30 = EVALS / "blind30.jsonl"
BLIND31 = EVALS / "blind31.jsonl"
BLIND32 = EVALS / "blind32.jsonl"
BLIND33 = EVALS / "blind33.jsonl"
BLIND34 = EVALS / "blind34.jsonl"
BLIND35 = EVALS / "blind35.jsonl"
BLIND36 = EVALS / "blind36.jsonl"
BLIND37 = EVALS / "blind37.jsonl"
BLIND38 = EVALS / "blind38.jsonl"
BLIND39 = EVALS / "blind39.jsonl"
BLIND40 = EVALS / "blind40.jsonl"
BLIND41 = EVALS / "blind41.jsonl"
BLIND42 = EVALS / "blind42.jsonl"
BLIND43 = EVALS / "blind43.jsonl"
BLIND44 = EVALS / "blind44.jsonl"
BLIND45 = EVALS / "blind45.jsonl"
BLIND46 = EVALS / "blind46.jsonl"
BLIND47 = EVALS / "blind47.jsonl"
BLIND48 = EVALS / "blind48.jsonl"
BLIND49 = EVALS / "blind49.jsonl"
BLIND50 = EVALS / "blind50.jsonl"
BLIND51 = EVALS / "blind51.jsonl"
BLIND52 = EVALS / "blind52.jsonl"
BLIND53 = EVALS / "blind53.jsonl"
BLIND54 = EVALS / "blind54.jsonl"
BLIND55 = EVALS / "blind55.jsonl"
BLIND56 = EVALS / "blind56.jsonl"
BLIND57 = EVALS / "blind57.jsonl"
BLIND58 = EVALS / "blind58.jsonl"
BLIND59 = EVALS / "blind59.jsonl"
BLIND60 = EVALS / "blind60.jsonl"
BLIND61 = EVALS / "blind61.jsonl"
BLIND62 = EVALS / "blind62.jsonl"
BLIND63 = EVALS / "blind63.jsonl"
BLIND64 = EVALS / "blind64.jsonl"
MINIMUM = {
    "action": 20,
    "decision": 12,
    "number": 12,
    "people": 10,
    "date": 8,
    "document": 8,
    "multi_hop": 8,
    "follow_up": 8,
    "temporal": 6,
    "unanswerable": 15,
}


@pytest.fixture(scope="module")
def questions():
    return load_questions(QUESTIONS)


@pytest.fixture(
    scope="module",
    params=[
        QUESTIONS,
        HELDOUT,
        BLIND,
        BLIND2,
        BLIND3,
        BLIND4,
        BLIND5,
        BLIND6,
        BLIND7,
        BLIND8,
        BLIND9,
        BLIND10,
        BLIND11,
        BLIND12,
        BLIND13,
        BLIND14,
        BLIND15,
        BLIND16,
        BLIND17,
        BLIND18,
        BLIND19,
        BLIND20,
        BLIND21,
        BLIND22,
        BLIND23,
        BLIND24,
        BLIND25,
        BLIND26,
        BLIND27,
        BLIND28,
        BLIND29,
        BLIND30,
        BLIND31,
        BLIND32,
        BLIND33,
        BLIND34,
        BLIND35,
        BLIND36,
        BLIND37,
        BLIND38,
        BLIND39,
        BLIND40,
        BLIND41,
        BLIND42,
        BLIND43,
        BLIND44,
        BLIND45,
        BLIND46,
        BLIND47,
        BLIND48,
        BLIND49,
        BLIND50,
        BLIND51,
        BLIND52,
        BLIND53,
        BLIND54,
        BLIND55,
        BLIND56,
        BLIND57,
        BLIND58,
        BLIND59,
        BLIND60,
        BLIND61,
        BLIND62,
        BLIND63,
        BLIND64,
    ],
    ids=[
        "questions",
        "heldout",
        "blind",
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blind6",
        "blind7",
        "blind8",
        "blind9",
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
        "blind15",
        "blind16",
        "blind17",
        "blind18",
        "blind19",
        "blind20",
        "blind21",
        "blind22",
        "blind23",
        "blind24",
        "blind25",
        "blind26",
        "blind27",
        "blind28",
        "blind29",
        "blind30",
        "blind31",
        "blind32",
        "blind33",
        "blind34",
        "blind35",
        "blind36",
        "blind37",
        "blind38",
        "blind39",
        "blind40",
        "blind41",
        "blind42",
        "blind43",
        "blind44",
        "blind45",
        "blind46",
        "blind47",
        "blind48",
        "blind49",
        "blind50",
        "blind51",
        "blind52",
        "blind53",
        "blind54",
        "blind55",
        "blind56",
        "blind57",
        "blind58",
        "blind59",
        "blind60",
        "blind61",
        "blind62",
        "blind63",
        "blind64",
    ],
)
def gold_set(request):
    return load_questions(request.param)


def test_the_set_has_enough_questions_of_each_type(questions):
    assert len(questions) >= 100
    assert len({q.id for q in questions}) == len(questions)
    counts = Counter(q.type for q in questions)
    for kind, minimum in MINIMUM.items():
        assert counts[kind] >= minimum, kind
    for q in questions:
        assert q.abstain == (q.type == "unanswerable")
        assert bool(q.citations) != q.abstain and bool(q.facts) != q.abstain
        assert (len(q.turns) > 1) == (q.type == "follow_up")


def test_every_gold_quote_is_verbatim_in_its_file(gold_set, corpus_dir):
    texts = {
        p.name: " ".join(p.read_text(encoding="utf-8").split()) for p in corpus_dir.glob("*.txt")
    }
    for q in gold_set:
        for c in q.citations:
            assert " ".join(c.quote.split()) in texts[c.file], (q.id, c.quote)


def test_every_gold_quote_resolves_to_its_paragraph_id(gold_set, archives):
    for q in gold_set:
        for c in q.citations:
            paragraph = resolve_quote(archives[c.file], c.quote)
            assert paragraph is not None, (q.id, c.quote)
            assert paragraph.canonical_id == c.paragraph_id, (q.id, c.quote)


def test_gold_facts_are_stated_in_the_cited_paragraphs(gold_set, archives):
    by_id = {p.id: p for a in archives.values() for p in a.paragraphs()}
    for q in gold_set:
        cited = normalise(
            " ".join(
                f"{by_id[c.paragraph_id].marker or ''} {by_id[c.paragraph_id].text}"
                for c in q.citations
            )
        )
        for alternatives in q.facts:
            assert any(normalise(f) in cited for f in alternatives), (q.id, alternatives)


def test_unanswerable_questions_name_nothing_the_corpus_answers(questions):
    unanswerable = [q for q in questions if q.abstain]
    assert all(re.search(r"\w", q.question) for q in unanswerable)
