"""A follow-up's opening "And …" does not hide its question word ("And when was it
approved?" asks when, "And who is named as the officer to contact for it?" for the contact);
an agenda question that names one entry is answered by that entry, not the whole agenda; a
deed said as a noun names who does it ("Delivery of the plan will be through the Delivery
Group"). Found reading blind33 and blind34 in the twentieth session."""

from __future__ import annotations

import pytest

from boardqa.answer.persons import names_agent
from boardqa.conversation import Conversation
from boardqa.query import understand


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("And when was it approved?", "when"),
        ("So when did it start?", "when"),
        ("And who is named as the officer to contact for it?", "who"),
        # A second part after a comma does not make the whole question ask who.
        ("Did the SPB approve the strategy, and who will work up the full strategy?", "what"),
    ],
)
def test_a_follow_ups_and_does_not_hide_its_question_word(question, asks):
    assert understand(question).asks == asks


def test_the_officer_to_contact_for_the_paper_the_talk_is_about(answerer):
    talk = Conversation()
    answerer.ask(
        "Who wrote the December 2018 report on the Strategy Statement for Tackling Hate?", talk
    )
    answer = answerer.ask("And who is named as the officer to contact for it?", talk)
    assert "Sally Johnson" in answer.text


def test_an_agenda_question_naming_one_entry_gives_that_entry(answerer):
    answer = answerer.ask(
        "In the agenda of 19 March 2021, on which pages is the item Community Safety Survey - "
        "Key Findings?"
    )
    assert "45 - 48" in answer.text
    assert len(answer.citations) == 1


def test_the_whole_agenda_is_still_listed_when_asked_for(answerer):
    answer = answerer.ask("What was on the agenda of 19 March 2021?")
    assert len(answer.citations) >= 10


def test_a_deed_said_as_a_noun_names_who_does_it():
    sentence = (
        "Delivery of the LLR Action Plan will be through the Hate and Prevent Delivery Group."
    )
    assert names_agent(sentence, "Who is delivering the action plan?")
    assert not names_agent(sentence, "Who is funding the action plan?")


def test_a_second_question_opened_by_where_to_look_is_a_part():
    from boardqa.clauses import sub_questions

    parts = sub_questions(
        "On which date will be unified the NPS and the CRC, and in the probation slides the "
        "move is from how many Probation Divisions to how many Probation Regions?"
    )
    assert parts == [
        "On which date will be unified the NPS and the CRC",
        "in the probation slides the move is from how many Probation Divisions to how many "
        "Probation Regions",
    ]
    assert sub_questions("How many bids were won, and in which areas?") == []
