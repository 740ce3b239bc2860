"""A question put for someone else ("The requester wants to know …", "Do we hold …", "Can we
tell them …", "Is there anything in the papers on …") is answered as the question inside it,
and a question inside another ("… what the group concluded", "… how much the OPCC paid") as
the question itself. Found reading blind34 (an information-governance officer relaying a
Freedom of Information request) in the twentieth session."""

from __future__ import annotations

import pytest

from boardqa.conversation import Conversation
from boardqa.instructions import as_question
from boardqa.relayed import put_directly


@pytest.mark.parametrize(
    ("relayed", "question"),
    [
        (
            "The requester wants to know who chaired the March 2021 meeting.",
            "Who chaired the March 2021 meeting?",
        ),
        (
            "They ask which partners attend the board — what do the papers say?",
            "Which partners attend the board?",
        ),
        ("Is it held whether the plan was approved?", "Whether the plan was approved?"),
        (
            "Can we tell them what was decided on the hate strategy?",
            "What was decided on the hate strategy?",
        ),
        ("Do the papers say who chaired the meeting?", "Who chaired the meeting?"),
        ("Is there a record of who chaired the meeting?", "Who chaired the meeting?"),
        (
            "Is there anything in the papers on how much the Board gave to Blaby?",
            "How much the Board gave to Blaby?",
        ),
        ("They also want the figure for 2019/20.", "What is the figure for 2019/20?"),
        (
            "Do we hold the name of the analyst recruited to sit within the OPCC?",
            "Who is the analyst recruited to sit within the OPCC?",
        ),
        ("They ask about the Hope Project.", "Tell me about the Hope Project."),
    ],
)
def test_a_relayed_ask_reads_as_the_question_inside(relayed, question):
    assert as_question(put_directly(relayed)) == question


@pytest.mark.parametrize(
    "left",
    [
        "Do we hold it?",
        "Who chaired the meeting?",
        "Did the Board discuss hate crime?",
        "And who wrote that report?",
    ],
)
def test_a_plain_question_stays(left):
    assert put_directly(left) == left


def test_a_choice_never_recorded_is_declined_when_relayed(answerer):
    # The newsletter says the competition was launched; its outcome is due in 2022.
    answer = answerer.ask(
        "Can we tell them which operator was chosen to run the new prison at Glen Parva?"
    )
    assert answer.abstained


def test_a_post_holder_never_named_is_declined_when_relayed(answerer):
    # The plan asks for a part-time analyst; the contact block of another paper is no answer.
    answer = answerer.ask(
        "Do we hold the name of the part-time DA analyst recruited to sit within the OPCC?"
    )
    assert answer.abstained
    assert "name no one" in answer.text


def test_a_conclusion_asked_inside_a_relayed_ask(answerer):
    answer = answerer.ask(
        "The requester asks what the public sector volunteering group concluded about "
        "adopting the Lancashire Model."
    )
    assert not answer.abstained
    assert "does not directly fit" in answer.text


def test_what_each_partner_has_to_produce_and_where_it_goes(answerer):
    answer = answerer.ask(
        "They ask what each CSP or SLP has to produce for the People Zone funding, and where "
        "it will then be reported."
    )
    assert not answer.abstained
    assert "delivery plan" in answer.text


def test_how_much_a_council_contributed_asked_inside_another_question(answerer):
    answer = answerer.ask(
        "Is there anything in the papers on how much Rutland County Council contributed to the "
        "LLR domestic abuse and sexual violence contract for 1 April 2018 to 31 March 2019?"
    )
    assert not answer.abstained
    assert "£56,325" in answer.text


def test_what_happened_at_the_spb_is_led_by_the_outcome(answerer):
    answer = answerer.ask(
        "Is it held what happened to the outline strategy for an LLR-wide trauma-informed "
        "approach when it went to the Strategic Partnership Board?"
    )
    assert answer.text.split("[1]")[0].rstrip().endswith("approved.")


def test_a_job_title_asked_in_a_second_language(answerer):
    answer = answerer.ask("Which job title has Victoria Charlton in the OPCC?")
    assert "Relationships and Change Manager" in answer.text


def test_since_which_date_asks_when(answerer):
    answer = answerer.ask("Since which date is the youth perception survey live?")
    assert "7th June" in answer.text


def test_at_what_hour_asks_the_time_of_day(answerer):
    talk = Conversation()
    answerer.ask("Where took place the Board meeting of 11 December 2020?", talk)
    answer = answerer.ask("And at what hour it started?", talk)
    assert "10.00 am" in answer.text
