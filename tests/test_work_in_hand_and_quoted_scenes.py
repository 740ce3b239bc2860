"""The work in hand said before a question, a person's name asked by their post, a scene that
ends on a quotation, and a state asked in other words."""

from __future__ import annotations

from boardqa.answer.kinds import asks_name
from boardqa.clauses import after_scene, sub_questions
from boardqa.purpose import without_purpose
from boardqa.query import understand


def test_the_work_in_hand_before_a_colon_goes_when_the_question_names_its_own_subject():
    assert (
        without_purpose("Ahead of the DSVA contract review: how many referrals did UAVA receive?")
        == "How many referrals did UAVA receive?"
    )
    assert (
        without_purpose("For the evaluation register: who evaluated the Hope Project?")
        == "Who evaluated the Hope Project?"
    )
    # Without a name of its own the question's topic is the work in hand's; a section of a
    # record names a topic; an audience is not work in hand.
    for kept in (
        "Before we put together the Safer Streets 3 parks bid: what is the ceiling on a bid?",
        "For the money section of the handover: what did our office pay each year to UAVA?",
        "For the fire service: what share of people in the Community Safety Survey agreed?",
    ):
        assert without_purpose(kept) == kept


def test_the_work_in_hand_is_not_what_the_passage_must_mention(answerer):
    answer = answerer.ask(
        "Ahead of the DSVA contract review: how many referrals did UAVA receive over the "
        "financial year in the Q3 2020/21 performance report?"
    )
    assert not answer.abstained and "1674" in answer.text


def test_a_name_asked_by_its_post_is_not_answered_by_the_post(answerer):
    assert asks_name("What is the MARAC manager's name?")
    assert asks_name("What is the Project Director's full name?")
    assert not asks_name("What is the project's purpose?")
    answer = answerer.ask(
        "The Q3 2020/21 performance report says the Board had an input from the MARAC manager "
        "in September 2020. What is the MARAC manager's name?"
    )
    assert answer.abstained


def test_a_scene_that_ends_on_a_quotation_is_a_scene():
    q = (
        'A Female Offender Strategy paper "was presented at the last SPB Exec, for '
        'endorsement". What did SPB Exec decide to do with that work?'
    )
    assert after_scene(q) == "What did SPB Exec decide to do with that work?"
    assert understand(q).asks == "what"  # the scene's "presented" does not ask who
    q = 'The June update says "The board approved the report." Which report was that?'
    assert after_scene(q) == "Which report was that?"


def test_what_a_quoted_scene_points_to_is_answered(answerer):
    answer = answerer.ask(
        'A Female Offender Strategy paper "was presented at the last SPB Exec, for '
        'endorsement". What did SPB Exec decide to do with that work?'
    )
    assert not answer.abstained and "formally adopt" in answer.text
    answer = answerer.ask(
        'The SOG paragraph of the June 2021 OPCC update ends "The board approved the report." '
        "Which report was that?"
    )
    assert not answer.abstained and "Terms of Reference" in answer.text


def test_a_state_asked_in_other_words_is_found(answerer):
    answer = answerer.ask(
        "The OPCC shortlisted areas for its Safer Streets round two bids. Which areas were "
        "picked, and how much was the round two fund?"
    )
    assert not answer.abstained and "City/Blaby" in answer.text


def test_over_what_dates_asks_when(answerer):
    assert understand("Over what dates was the Hope Project funded to run?").asks == "when"
    answer = answerer.ask(
        "I'm checking grant periods: over what dates was the Hope Project funded to run?"
    )
    assert not answer.abstained and "January 2019" in answer.text


def test_the_words_that_ask_when_do_not_pick_a_resolution(answerer):
    answer = answerer.ask(
        "After the December 2020 probation presentation, what did the board resolve to ask of "
        "the National Probation Service, and by what date?"
    )
    assert not answer.abstained and "26 June 2021" in answer.text


def test_what_it_was_asks_for_what_the_scene_gave():
    parts = sub_questions(
        "The December 2018 paper gave an end date for the LLR information and support "
        "contract. What was it, and who held the contract?"
    )
    assert parts[0].endswith("What was the end date for the LLR information and support contract")


def test_the_value_of_a_contract_is_a_sum_said_of_a_contract(answerer):
    assert (
        understand("What is the value of each community safety partnership's contract?").asks
        == "how_much"
    )
    answer = answerer.ask(
        "What is the value of each community safety partnership's 2021/22 contract with the OPCC?"
    )
    assert answer.abstained


def test_by_a_meeting_reads_its_minutes_printed_in_a_later_pack(answerer):
    # The minutes of 11 December 2020 are printed in the March 2021 pack: a bound on the
    # pack's date would leave them out of "by the December 2020 meeting".
    answer = answerer.ask(
        "By the December 2020 meeting, when were the new domestic and sexual violence "
        "services expected to start?"
    )
    assert not answer.abstained and "April 2022" in answer.text
    assert any(c.id.startswith("p-") and "2020" in c.location() for c in answer.citations)


def test_a_paragraph_that_says_the_strategy_is_quoted_under_its_heading(answerer):
    # "The outline strategy was presented …" names no strategy: its heading does.
    answer = answerer.ask(
        'The March 2021 OPCC report says "The outline strategy was presented to the Board and '
        'approved". Who is to work up the full strategy?'
    )
    assert not answer.abstained and "leadership group" in answer.text
    assert "under “Trauma Informed Strategy”" in answer.text
