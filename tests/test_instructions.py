"""An instruction is read as the question it stands for ("Name the chair of …" asks who,
"Give me the number of …" how many). Found reading blind32 (the PCC's chief of staff, who
gives the tool orders) in the nineteenth session."""

from __future__ import annotations

import pytest

from boardqa.instructions import as_question


@pytest.mark.parametrize(
    ("order", "question"),
    [
        ("Name the chair of the June 2021 meeting.", "Who is the chair of the June 2021 meeting?"),
        ("Please name the officers listed for item 8", "Who are the officers listed for item 8?"),
        ("List the appendices to the OPCC update.", "What are the appendices to the OPCC update?"),
        ("Give me the number of bids allowed.", "How many bids allowed?"),
        (
            "Give me Rutland's contribution for 2018/19.",
            "What is Rutland's contribution for 2018/19?",
        ),
        ("Show the status of action 2.", "What is the status of action 2?"),
        ("Confirm the date of the next meeting.", "What is the date of the next meeting?"),
        ("Remind me who presented the survey.", "Who presented the survey?"),
        ("Check whether the plan was approved.", "Whether the plan was approved?"),
        ("Quote the resolution on the hate strategy.", "What was resolved on the hate strategy?"),
        (
            "Name the areas and give me the funding for each.",
            "What are the areas, and what is the funding for each?",
        ),
        ("Who chaired it and name the vice chair?", "Who chaired it, and who is the vice chair?"),
    ],
)
def test_an_order_reads_as_its_question(order, question):
    assert as_question(order) == question


@pytest.mark.parametrize(
    "left",
    [
        "Tell me about the Hope Project.",  # an account, which the overview reads
        "Give an overview of the survey.",
        "Who chaired the December 2020 meeting?",
        "And the owner.",
        "Now the same for 2020.",
    ],
)
def test_a_question_or_a_request_for_an_account_stays(left):
    assert as_question(left) == left


def test_an_order_for_a_post_holder_is_declined_like_the_question(answerer):
    # The minutes ask for a presentation from the post, and name no holder of it.
    answer = answerer.ask("Name the Head of Communications at Leicestershire County Council.")
    assert answer.abstained
    assert "name no one" in answer.text


def test_an_order_for_a_meetings_chair_names_the_chair(answerer):
    answer = answerer.ask("Name the chair of the 11 December 2020 meeting.")
    assert not answer.abstained
    assert "Taylor" in answer.text


def test_an_order_for_a_count_gives_the_count(answerer):
    answer = answerer.ask("Give me the number of Probation Regions under the reform of May 2019.")
    assert not answer.abstained
    assert "12 Probation Regions" in answer.text
