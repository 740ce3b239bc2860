"""A follow-up that names only another meeting or body asks the last question of it: "And
the December 2020 one?" after "Who chaired the October 2018 meeting?", "And the OPCC?"
after a council's payment; "What's his phone number?" after the meeting's contact leans on the
paragraph the last answer cited. Found by a read-only review in the eighteenth session."""

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


def test_a_short_follow_up_leans_on_the_paragraph_last_cited(answerer):
    talk = Conversation()
    answerer.ask("Who is the contact for the December 2020 meeting?", talk)
    answer = answerer.ask("What's his phone number?", talk)
    assert not answer.abstained
    assert "0116 305 2583" in answer.text
