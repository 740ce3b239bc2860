"""What has happened since a month is read from the papers after it; how a thing turned out is
its outcome."""

from __future__ import annotations

from datetime import date

from boardqa.clauses import sub_questions
from boardqa.question_periods import scope_of
from seed_meetings import SEED_MEETINGS


def test_since_a_month_is_the_papers_after_it():
    q = "What has happened to the realignment of SOG since March 2021?"
    scope = scope_of(q, q, list(SEED_MEETINGS))
    assert scope.since == date(2021, 4, 1) and not scope.meetings
    assert scope.boost_meetings == (date(2021, 6, 18),)
    # A scene's month and a bare "since".
    q = "I last attended in March 2021, when SOG was being realigned. What has happened since?"
    scope = scope_of(q, "What has happened since?", list(SEED_MEETINGS))
    assert scope.since == date(2021, 4, 1)
    # What changed since a meeting compares it with the latest.
    q = "Has the focus changed since March 2021?"
    assert scope_of(q, q, list(SEED_MEETINGS)).compare


def test_what_has_happened_since_is_answered_from_later_papers(answerer):
    answer = answerer.ask("What has happened with the Senior Officers' Group since March 2021?")
    assert answer.citations
    assert all(str(c.meeting_date) > "2021-03-31" for c in answer.citations)


def test_how_a_thing_turned_out_is_its_outcome(answerer):
    answer = answerer.ask(
        "In March 2021 the OPCC shortlisted areas for Safer Streets round two. How had the bids "
        "turned out by the June 2021 update?"
    )
    assert not answer.abstained and "£432,000" in answer.text


def test_what_came_of_a_thing_a_meeting_took_up_is_read_from_then_on():
    q = "What came of the refuge bid that was discussed on 1 October 2018?"
    scope = scope_of(q, q, list(SEED_MEETINGS))
    assert scope.since == date(2018, 10, 2) and not scope.meetings
    assert scope.boost_meetings == (date(2018, 12, 10),)
    # What a meeting said of it is still that meeting's.
    q = "What did the 1 October 2018 meeting say about the refuge bid?"
    assert scope_of(q, q, list(SEED_MEETINGS)).meetings == (date(2018, 10, 1),)


def test_a_second_question_after_over_or_during_is_a_part_of_its_own():
    parts = sub_questions(
        "The refuge bid was approved - how much was it for, and over what period was the "
        "project to run?"
    )
    assert parts[-1] == "over what period was the project to run"
