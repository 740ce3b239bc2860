"""What a question pins to a time is answered for that time: a figure for the same month of
another year ("closed in Sept 2018" for a cohort "closed in September 2017") is none, and an
exact date asked within a month is a day of that month. Found reading blind31 and blind32 in
the nineteenth session."""

from __future__ import annotations

from boardqa.answer.abstain import lacks_month
from boardqa.answer.kinds import holds_asked
from boardqa.query import understand

RAT = (
    "The RAT re-offending rate for the most recently terminated cohort (closed in Sept 2018) "
    "for Leicestershire (LLR) is 38.78%."
)


def test_a_figure_for_the_same_month_of_another_year_is_none():
    asked = understand("What was the RAT rate for the cohort that closed in September 2017?")
    assert lacks_month(asked, [RAT]) == (
        "the passages closest to the question give figures for September 2018, not September 2017"
    )
    same = understand("What was the RAT rate for the cohort that closed in September 2018?")
    assert lacks_month(same, [RAT]) is None


def test_an_exact_date_asked_in_a_month_is_a_day_of_it():
    question = "On what exact date in January 2019 was the first members' forum held?"
    assert understand(question).asks == "when"
    dates = "Future meetings: 10 December 2018 at 1:00pm, 22 March 2019 at 10:00am."
    assert not holds_asked("when", dates, question)
    assert holds_asked("when", "The forum met on 24 January 2019.", question)
    assert not holds_asked("when", "The first is scheduled for January 2019.", question)


def test_a_figure_for_another_years_cohort_is_declined(answerer):
    answer = answerer.ask(
        "What was the RAT re-offending rate for the cohort closed in September 2019?"
    )
    assert answer.abstained
    assert "September 2018, not September 2019" in answer.text


def test_a_month_with_no_day_given_is_no_exact_date(answerer):
    answer = answerer.ask(
        "On what exact date in January 2019 was the first OPCC bi-annual planning event held?"
    )
    assert answer.abstained
