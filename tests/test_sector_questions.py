"""Questions as a manager of a voluntary-sector service puts them (blind28, read in the
seventeenth session): a sentence about the asker's own service first ("We provide housing
support to people on probation …"), then two linked asks, one of them often a list ("… for
accommodation and for ETE?"), and requests made of people named by the meeting they were
to report to."""

from __future__ import annotations

from boardqa.clauses import sub_questions, without_asker
from boardqa.query import understand
from seed_meetings import SEED_MEETINGS


def test_the_askers_own_service_is_set_aside():
    asked = (
        "We provide housing support to people on probation. When are the probation services "
        "being unified?"
    )
    assert without_asker(asked) == "When are the probation services being unified?"
    # What puzzled the asker, after a colon, is the ground of the question and stays.
    puzzled = (
        "We're a domestic abuse charity and the December 2020 minutes puzzled us: violence had "
        "gone up, yet referrals had gone down. What explanation was offered for that?"
    )
    assert without_asker(puzzled).startswith("Violence had gone up")


def test_a_question_that_points_back_to_the_askers_sentence_keeps_it():
    asked = (
        "We help ex-offenders into work, so we read the Ex-offender Programme item in the June "
        "2021 update. What documents are attached to that report?"
    )
    assert without_asker(asked) == asked
    # "it" late in the sentence points back to what the sentence itself names.
    own = (
        "We run a youth project in Hinckley. Which group will deliver the hate action plan, and "
        "where will the reports on it go?"
    )
    assert without_asker(own).startswith("Which group will deliver")


def test_a_list_at_the_end_repeats_the_last_part_only():
    asked = (
        "When are the probation services being unified, and which organisations won the "
        "call-offs for accommodation and for ETE?"
    )
    assert sub_questions(asked) == [
        "When are the probation services being unified",
        "which organisations won the call-offs for accommodation",
        "which organisations won the call-offs for ETE",
    ]


def test_who_was_asked_to_report_to_a_meeting_is_no_question_about_that_meeting():
    asked = "Who was asked to bring the survey results to the March 2021 board?"
    assert not understand(asked, SEED_MEETINGS).proceedings
    assert understand("What was said about the survey at the March 2021 board?", ()).proceedings


def test_who_was_asked_to_bring_results_to_a_meeting_without_minutes(answerer):
    answer = answerer.ask(
        "Who was asked to bring the Community Safety Survey results to the March 2021 board?"
    )
    assert not answer.abstained
    assert "Stevie-Jade Hardy" in answer.text
