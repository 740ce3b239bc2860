"""Who wrote a paper, and whom to contact about it, are read from its "Officer to contact"
block where it names no author; a question for the meetings someone attended is answered by
their entry in each meeting's list. Found by a read-only review in the nineteenth session."""

from __future__ import annotations

from boardqa.focus import role_asked


def test_who_wrote_or_whom_to_contact_asks_the_officer_to_contact():
    assert role_asked("Who wrote the December 2018 OPCC report?") == "Report Author"
    assert role_asked("who wrote it?") == "Report Author"
    assert role_asked("Who do I contact about the Prevent report?") == "Officer to Contact"
    assert role_asked("Who wrote to the MPs?") is None


def test_the_author_of_a_paper_that_names_none_is_its_contact(answerer):
    answer = answerer.ask("Who wrote the December 2018 OPCC update?")
    assert not answer.abstained
    assert "Paul Hindson" in answer.text


def test_whom_to_contact_about_the_paper_the_talk_is_about(answerer):
    from boardqa.conversation import Conversation

    talk = Conversation()
    answerer.ask("What did the March 2021 Prevent update say?", talk)
    answer = answerer.ask("who do I contact about it?", talk)
    assert "Sean Arbuthnot" in answer.text


def test_the_meetings_a_member_attended(answerer):
    answer = answerer.ask("Which meetings did Joshna Mavji attend?")
    assert not answer.abstained
    assert "1 October 2018" in answer.text
    assert "11 December 2020" in answer.text
