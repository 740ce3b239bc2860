"""A follow-up that asks the last question's answer of another period or thing ("… and what
was it in 2018?"), a person's rank (printed before the name: "Superintendent Shane O’Neill"),
and the meeting before a day. Found by a read-only review in the nineteenth session."""

from __future__ import annotations

from boardqa.answer.kinds import has_date
from boardqa.answer.persons import gives_title, title_asked
from boardqa.conversation import asked_again


def test_what_was_it_then_asks_the_last_question_of_that_period():
    assert asked_again("What is Shane O'Neill's rank in 2021?", "and what was it in 2018?") == (
        "What is Shane O'Neill's rank in 2018?"
    )
    assert asked_again("How much did Leicester get in 2021/22?", "what was it for Blaby?") == (
        "How much did Blaby get in 2021/22?"
    )
    assert asked_again("Who chaired the October 2018 meeting?", "what was it about?") is None


def test_a_rank_is_a_post_printed_before_the_name():
    assert title_asked("What was Shane O'Neill's rank in 2018?") == "Shane O'Neill"
    assert gives_title("Present: Superintendent Shane O’Neill", "Shane O'Neill")
    assert not gives_title("Present: Mr Ivan Ould", "Ivan Ould")


def test_the_meeting_before_a_day_is_an_earlier_day():
    asked = "When was the Board meeting before 1 October 2018?"
    assert not has_date("Future meetings: 10 December 2018, 22 March 2019.", besides=asked)
    assert has_date("The minutes of the meeting held on 15 June 2018 were confirmed.", asked)


def test_a_rank_asked_again_of_another_year(answerer):
    from boardqa.conversation import Conversation

    talk = Conversation()
    answerer.ask("What is Shane O'Neill's rank in 2021?", talk)
    answer = answerer.ask("and what was it in 2018?", talk)
    assert not answer.abstained
    assert "Superintendent Shane O’Neill" in answer.text


def test_the_meeting_before_the_first_in_the_archive(answerer):
    answer = answerer.ask("When was the Board meeting before the October 2018 one?")
    assert "15 June 2018" in answer.text


def test_the_date_of_the_meeting_after_a_month(answerer):
    after_march = answerer.ask("What's the date of the meeting after March 2021?")
    assert not after_march.abstained
    assert "18 June 2021" in after_march.text
