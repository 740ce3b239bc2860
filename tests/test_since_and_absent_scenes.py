"""What has happened since a month is read from the papers after it; how a thing turned out is
its outcome."""

from __future__ import annotations

from datetime import date

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
