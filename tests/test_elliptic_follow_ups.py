"""A follow-up that names only another meeting or body asks the last question of it: "And
the December 2020 one?" after "Who chaired the October 2018 meeting?", "And the OPCC?"
after a council's payment. Found by a read-only review in the eighteenth session."""

from __future__ import annotations

from boardqa.conversation import Conversation, asked_again


def test_a_month_and_year_are_one_period_replaced_whole():
    last = "Who chaired the October 2018 meeting?"
    assert asked_again(last, "And the December 2020 one?") == (
        "Who chaired the December 2020 meeting?"
    )
    assert asked_again(last, "What about December 2020?") == (
        "Who chaired the December 2020 meeting?"
    )
    # A year alone keeps the month; a financial year is replaced whole.
    assert asked_again(last, "And 2020?") == "Who chaired the October 2020 meeting?"
    assert asked_again("How much was spent in 2019/20?", "And 2020/21?") == (
        "How much was spent in 2020/21?"
    )


def test_a_body_by_its_initials_replaces_a_body_by_its_name():
    last = "How much does Leicester City Council pay towards the contract?"
    assert asked_again(last, "And the OPCC?") == (
        "How much does the OPCC pay towards the contract?"
    )
    again = "How much does the OPCC pay towards the contract?"
    assert asked_again(again, "And Rutland?") == "How much does Rutland pay towards the contract?"


def test_the_chair_of_another_meeting_is_asked_again(answerer):
    talk = Conversation()
    answerer.ask("Who chaired the October 2018 meeting?", talk)
    answer = answerer.ask("And the December 2020 one?", talk)
    assert "Mrs D. Taylor" in answer.text
