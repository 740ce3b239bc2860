"""Questions as an experienced board member puts them (blind26, read in the sixteenth
session): one action chosen from the register ("the earliest-dated action", "the only action
whose comments record it as completed"), a report named by the quarter it covers ("the Q3
2020/21 report", whose rates may be for earlier years), a scene ended by a semicolon before
the figure asked, and sums from another paper's table."""

from __future__ import annotations

from boardqa.answer.evidence import Evidence
from boardqa.answer.figures import figures_beside_the_point
from boardqa.answer.labels import ASKS_ATTACHED
from boardqa.answer.register import asks_register, select_actions
from boardqa.ask_parts import lacks_what_is_asked
from boardqa.clauses import after_scene
from boardqa.query import understand
from boardqa.retrieve import Candidate
from seed_meetings import SEED_MEETINGS


def _row(n: int, status: str, raised: str, comments: str = "") -> dict[str, object]:
    return {
        "key": f"k{n}",
        "action_number": str(n),
        "action_status": status,
        "action_responsible": "Rik Basra",
        "action_raised": raised,
        "action_dates": [raised],
        "action_comments": comments,
        "action_text": f"Do thing {n}.",
        "meeting_date": "2021-03-19",
    }


ROWS = [
    _row(1, "Amber", "2019-09-20"),
    _row(2, "Amber", "2020-06-26"),
    _row(6, "Amber", "2020-12-11"),
    _row(9, "Green", "2020-12-11", comments="Completed EW 14.12.20"),
]


def test_one_action_chosen_from_the_register_by_when_it_was_raised():
    earliest = "What is the earliest-dated action on the Board's action log?"
    assert asks_register(earliest)
    assert [r["action_number"] for r in select_actions(ROWS, earliest).rows] == ["1"]
    latest = "Which was the most recently raised action, and who has it?"
    assert asks_register(latest)
    assert [r["action_number"] for r in select_actions(ROWS, latest).rows] == ["6", "9"]
    # One action by its topic is that action's story, not a choice from the register.
    assert not asks_register("What was the first action on the ASB charts?")


def test_the_only_action_of_a_state():
    only = "Which is the only action whose comments record it as completed?"
    assert asks_register(only)
    assert [r["action_number"] for r in select_actions(ROWS, only).rows] == ["9"]
    # "… what did it ask to be done?" chooses no state.
    asked = "What is the earliest action on the log, and what did it ask to be done?"
    assert [r["action_number"] for r in select_actions(ROWS, asked).rows] == ["1"]


def test_a_report_named_by_its_quarter_is_no_year_of_the_figures():
    held = [("The rate is 23.4 per 100,000 for April 2018-March 2020.", "2021-03-19", "p")]
    named = "What rate of hospital admissions for violence did the Q3 2020/21 report give?"
    assert figures_beside_the_point(named, held) is None
    asked = "What was the rate of hospital admissions for violence in 2020/21?"
    assert figures_beside_the_point(asked, held) is not None


def test_a_semicolon_ends_a_scene_before_a_phrase_of_place():
    asked = (
        "In December 2020 the Board resolved to invite Dr Hardy to present the survey; in the "
        "key findings in the March 2021 pack, what share felt safe at night?"
    )
    assert after_scene(asked).startswith("in the key findings")


def test_the_share_asked_after_a_resolution_the_scene_recalls(answerer):
    answer = answerer.ask(
        "In December 2020 the Board resolved to invite Dr Stevie-Jade Hardy to present the "
        "survey; in the survey's key findings, what share of respondents felt safe outside "
        "in their local area at night?"
    )
    assert not answer.abstained
    assert "45%" in answer.text


def _evidence(text: str, role: str, document: str) -> Evidence:
    payload = {"key": text[:8], "text": text, "role": role, "document": document}
    return Evidence(Candidate(text[:8], payload, 1.0, 0.5, 0.5, 0), text, 1.0)


def test_sums_from_another_papers_table_do_not_answer():
    asked = "How much did the OPCC's three successful Safer Streets bids secure in total?"
    intent = understand(asked, SEED_MEETINGS)
    row = "Funding Body: TOTAL; 1/4/16 – 31/3/17: £826,000; 1/4/17 – 31/3/18: £826,000"
    other = _evidence(row, "table_row", "Appendix 1")
    assert lacks_what_is_asked(intent, [other], []) == (
        "the passages closest to the question give sums for something else"
    )
    # A row that names what is asked, or a sentence of prose, may answer.
    named = _evidence("Safer Streets 2 award: £432,000", "table_row", "OPCC update")
    assert lacks_what_is_asked(intent, [named], []) is None
    prose = _evidence("The TOTAL awarded was £826,000.", "text", "Appendix 1")
    assert lacks_what_is_asked(intent, [prose], []) is None


def test_the_appendices_a_paper_lists_are_asked_for():
    assert ASKS_ATTACHED.search("What are the two appendices listed at the end of the update?")
    assert ASKS_ATTACHED.search("What were the annexes to the report?")
    assert not ASKS_ATTACHED.search("What does the appendix say about funding?")
