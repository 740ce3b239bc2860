"""Comparisons across periods: "… since 2018?" sets what the 2018 papers said against what
later papers say; a period with no meeting ("as at June 2018") is answered from the papers of
the half-year after it; a label one period names ("Q3") does not shut out the other period's
paper ("… 2018/19 Q2"); a compared measure ("the rate") is answered with each period's figure."""

from __future__ import annotations

from datetime import date

from boardqa.query import understand
from seed_meetings import SEED_MEETINGS

MEETINGS = SEED_MEETINGS


def test_a_change_since_a_period_compares_it_with_the_papers_after_it():
    intent = understand("Have UAVA referrals gone down since 2018?", MEETINGS)
    assert intent.compare == (
        (date(2018, 1, 1), date(2018, 12, 31)),
        (date(2019, 1, 1), date(2021, 6, 18)),
    )
    assert (intent.since, intent.until) == (None, None)
    # Not a change: what was done since then is asked of the papers after it.
    assert understand("What has the OPCC done since 2018?", MEETINGS).compare == ()
    # A period before the archive is no period to compare.
    assert understand("Has the rate risen since 2015?", MEETINGS).compare == ()
    # Nouns are no change: "risk", "improvement work", "falls prevention", "development".
    for question in (
        "How has the risk of radicalisation been addressed since 2018?",
        "What improvement work has been done since 2018?",
        "What has the Board done about falls prevention since 2018?",
        "What development work has been done since 2018?",
    ):
        assert understand(question, MEETINGS).compare == (), question


def test_a_change_since_a_year_is_answered_from_both_ends(answerer):
    answer = answerer.ask("Have UAVA referrals gone down since 2018?")
    assert "992" in answer.text and "1674" in answer.text
    assert {c.meeting_date for c in answer.citations} >= {"2018-12-10", "2021-03-19"}


def test_a_month_with_no_meeting_is_answered_from_the_papers_after_it(answerer):
    answer = answerer.ask(
        "How did the MARAC repeat referral rate as at June 2018 compare with the rate in "
        "the Q3 2020/21 performance report?"
    )
    assert "39%" in answer.text and "50%" in answer.text
    assert [c.meeting_date for c in answer.citations] == ["2018-12-10", "2021-03-19"]


def test_a_period_holding_the_other_is_answered_from_its_other_meetings(answerer):
    # 2018/19 holds the October 2018 meeting: the change is told from the December 2018
    # report against the October minutes, not from the October minutes twice.
    answer = answerer.ask(
        "Between the Quarter 1 figures given at the October 2018 meeting and the Quarter 2 "
        "2018/19 report, how did overall crime change?"
    )
    kinds = {c.kind for c in answer.citations}
    assert {"minutes", "report"} <= kinds
    assert "14%" in answer.text and "11%" in answer.text
    # Naming one time twice sets nothing against anything: one passage answers.
    answer = answerer.ask(
        "In the Q1 2018/19 performance discussion at the October 2018 meeting, what was "
        "overall crime up by?"
    )
    assert [c.kind for c in answer.citations] == ["minutes"]


def test_a_status_asked_across_periods_is_answered_by_what_happened(answerer):
    # "status" asks where a thing stood ("The survey went live on 7th June"), not what it is.
    assert understand("What was the bid's status by June 2021?").outcome
    assert not understand("What is the status of action 6?").outcome
    answer = answerer.ask(
        "In March 2021 the youth perception survey was being developed. What was its status "
        "by June 2021?"
    )
    assert "went live" in answer.text
