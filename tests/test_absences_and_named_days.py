"""A member's absence said after the question is the scene, not part of what is asked; a day
asked for by name or by the deed it is due for must be given as that day; a share of funding
is asked in money; a quarter is "Q2" in a dashboard's title."""

from __future__ import annotations

from boardqa.absence import absence_first
from boardqa.answer.kinds import ASKS_MONEY, holds_asked
from boardqa.answer.mentions import missing_from
from boardqa.day_asked import date_noun_words


def test_an_absence_said_last_is_said_first():
    assert (
        absence_first("Who presented the survey results? I wasn't at the March 2021 Board.")
        == "I wasn't at the March 2021 Board. Who presented the survey results?"
    )
    assert (
        absence_first("How many regions are there to be? I couldn't make that meeting.")
        == "I couldn't make that meeting. How many regions are there to be?"
    )
    assert absence_first(
        "What became of the trauma strategy? I've been off since January 2021."
    ).startswith("I've been off since January 2021. What became")
    # Said first already, or no absence: as it was.
    for question in (
        "I missed the June 2021 meeting. Who will the next cohort be aimed at?",
        "Who chaired the meeting? It was in December 2020.",
        "What did the Board agree?",
    ):
        assert absence_first(question) == question


def test_a_day_named_or_due_is_read_with_its_words():
    assert "complet" in date_noun_words(
        "What completion date had been set for the passport?", named=True
    )
    assert "start" in date_noun_words("When was the new zone due to start?", named=True)
    # A deadline implied is not a day named: "Bids must be in by 25 March" answers it.
    assert not date_noun_words("By what date did bids have to be in?", named=True)
    # Two deeds: either's words.
    both = date_noun_words(
        "When was the contract originally due to end, and from when were the new services "
        "expected to start?",
        named=True,
    )
    assert {"until", "commenc"} <= both


def test_a_month_with_its_year_cut_short_is_a_time_but_not_a_day():
    assert holds_asked("when", "The programme will start early September’21.", "When is it due?")
    assert not holds_asked(
        "when",
        "Only one set of data will be produced for CSPs from January’21 onwards.",
        "On what date did the OPCC meet the CSPs?",
    )
    assert holds_asked(
        "when", "The survey went live on 7th June ’21.", "On what date did the survey go live?"
    )


def test_a_share_of_funding_is_asked_in_money():
    assert ASKS_MONEY.search("How much of the bid funding was earmarked for evaluation?")
    assert ASKS_MONEY.search("How much was set aside for the analyst post?")
    assert not ASKS_MONEY.search("How much of the survey was completed online?")


def test_a_quarter_is_mentioned_by_its_short_form():
    assert not missing_from(["Quarter"], "Safer Communities Performance 2018/19 Q2")
    assert missing_from(["Quarter"], "Safer Communities Performance 2018/19")


def test_an_absence_after_the_question_does_not_find_another_subject(answerer):
    # The cost of the Community Leadership Programme is never given; the Safer Streets fund's
    # "£20m" is not it, whoever is said to have paid.
    answer = answerer.ask(
        "How much did the first Community Leadership Programme cohort cost, and who funded "
        "it? I was away for the June 2021 meeting."
    )
    assert answer.abstained


def test_a_day_set_for_a_thing_must_be_that_day(answerer):
    # What the passport is to do is no completion date; the years a zone is funded for are
    # no start date.
    answer = answerer.ask(
        "What completion date was set for the public sector volunteering passport?"
    )
    assert answer.abstained
    answer = answerer.ask("When was the fourth People Zone in the city due to start?")
    assert answer.abstained
    # The day said with the deed's word answers.
    answer = answerer.ask("When were the new domestic abuse services expected to commence?")
    assert not answer.abstained and "April 2022" in answer.text
    answer = answerer.ask("When is the next Community Leadership Programme due to start?")
    assert not answer.abstained and "September" in answer.text


def test_a_share_of_funding_with_no_sum_is_declined(answerer):
    answer = answerer.ask("How much of the Hope Project money was earmarked for evaluating it?")
    assert answer.abstained
