"""Questions across meetings: an action log's entry by the day it was logged, what came of
something after the turn that reported its start, what was expected to happen, the law a
report points to, the chair by a named meeting. Found reading blind37 (an evaluation
consultant reviewing three years) in the twenty-second session."""

from __future__ import annotations

from boardqa.answer.kinds import PLANNED
from boardqa.conversation import Conversation


def test_an_entry_is_found_by_the_day_it_was_logged(answerer):
    # The Board asking officers for a report reads as a decision; the day an update was
    # logged is still a day of the action log, not a meeting the archive lacks.
    answer = answerer.ask(
        "Which report did the Board ask officers to bring to its December 2018 meeting, and "
        "what county lines update was logged on 25 September 2020?"
    )
    assert not answer.abstained
    assert "Turning Point" in answer.text
    assert "knife, gun homicides" in answer.text


def test_what_was_expected_to_happen_is_a_plan():
    assert PLANNED.search("Bill at second reading but expected to be implemented by 1st April")
    assert PLANNED.search("The new service is to be launched in the autumn")
    assert not PLANNED.search("It was noted that the contract had been extended")


def test_a_follow_up_asking_what_came_after_looks_past_the_turns_meeting(answerer):
    talk = Conversation()
    answerer.ask("In March 2021 the OPCC said work on a youth perception survey had begun.", talk)
    answer = answerer.ask("When did it eventually go live?", talk)
    assert not answer.abstained
    assert "7th June" in answer.text
    assert answer.citations[0].meeting_date == "2021-06-18"


def test_the_law_a_report_points_to_is_the_answer_not_the_request(answerer):
    answer = answerer.ask(
        "Members asked in October 2018 what the legal status of the Strategy Statement for "
        "Tackling Hate was. Which legislation did the December 2018 report refer to?"
    )
    assert not answer.abstained
    assert "Crime & Disorder Act 1998" in answer.text


def test_the_chair_by_a_named_meeting_is_that_meetings_chair(answerer):
    # "by the December 2020 meeting" reads as "up to then", where the earliest minutes'
    # chair matched as well as the latest.
    answer = answerer.ask("Who was in the chair by the December 2020 meeting?")
    assert not answer.abstained
    assert "Mrs D. Taylor" in answer.text
    assert "Ivan Ould" not in answer.text
