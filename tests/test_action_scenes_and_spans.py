"""An action named only as the scene of a question about a paper, one party's share of a sum,
a span asked "within what time", a month a span opens on, and a list of whole questions."""

from __future__ import annotations

from boardqa.action_scene import asked_beyond_action
from boardqa.answer.kinds import WHAT_TIME, has_date, holds_figure
from boardqa.clauses import sub_questions

_NEWSLETTER = (
    "Action 4 on the March 2021 action log asked the Ministry of Justice for a further Glen "
    "Parva update. The March 2021 pack carries a Glen Parva project newsletter: which month's "
    "edition is it?"
)


def test_an_action_named_only_as_the_scene_leaves_the_paper_asked_of():
    assert asked_beyond_action(_NEWSLETTER) == (
        "The March 2021 pack carries a Glen Parva project newsletter: which month's edition is it?"
    )
    # What is asked points back to the action before naming a paper, names no paper, or is
    # in the same sentence as the action: the question is about the action.
    for about_the_action in (
        "Action 4 asked the Ministry of Justice for a Glen Parva update in spring 2021. Is it "
        "on the March 2021 agenda, and in what form?",
        "Action 6 on the March 2021 log has Paul Hindson compiling a summary. Which body has "
        "to see it before it goes any wider?",
        "What happened to action 6?",
        "Action 3 on the action log: who is responsible for the County Lines report?",
    ):
        assert asked_beyond_action(about_the_action) is None, about_the_action


def test_the_paper_is_answered_and_the_action_kept_as_its_scene(answerer):
    answer = answerer.ask(_NEWSLETTER)
    assert not answer.abstained
    assert "February 2021" in answer.text
    kinds = {c.kind for c in answer.citations}
    assert "action_log" in kinds and kinds - {"action_log"}
    # The paper asked of comes first.
    assert answer.citations[0].kind != "action_log"


def test_one_partys_share_of_the_sum_talked_of_is_a_sum():
    row = (
        "Local Authority: Leicestershire County Council; DA duty 2021/22 allocation (£): 1,127,205"
    )
    assert holds_figure(row, "And what is Leicestershire County Council's share?")
    assert holds_figure(row, "What is the districts' share?")
    # A share of people is still a percentage.
    assert not holds_figure(row, "What share of residents felt safe?")


def test_a_share_asked_after_the_total_is_answered_from_the_table(answerer):
    from boardqa.conversation import Conversation

    talk = Conversation()
    answerer.ask(
        "What total does LLR receive from MHCLG's £125m for the new domestic abuse duty in "
        "2021/22?",
        talk,
    )
    answer = answerer.ask(
        "And in the allocation table under it, what is Leicestershire County Council's share?",
        talk,
    )
    assert not answer.abstained and "1,127,205" in answer.text


def test_within_what_time_asks_for_a_span_not_an_hour():
    assert WHAT_TIME.search("What time did the December 2020 meeting start?")
    assert not WHAT_TIME.search("Within what time should they deliver a refreshed dashboard?")
    assert not WHAT_TIME.search("In what time frame will the review be done?")


def test_the_month_a_span_opens_on_is_a_time():
    sentence = "A part time DA analyst can be recruited to start from April."
    assert has_date(sentence, "From when could that analyst start?")
    assert not has_date("A part time DA analyst can be recruited.", "From when could they start?")


def test_whole_questions_listed_with_commas_are_parts():
    parts = sub_questions(
        "The March 2021 OPCC update gave the date of the local PCC elections. What was the "
        "election date, who was elected, and on what date did the OPCC welcome him?"
    )
    assert len(parts) == 2 and parts[0].endswith("What was the election date")
    # A relative clause is no part of its own.
    assert sub_questions("What did the officer, who was appointed in 2019, say?") == []
    assert (
        sub_questions(
            "When was the first OPCC-hosted bi-annual event, which links the CSP governance "
            "structure to strategy and budget setting, scheduled to take place?"
        )
        == []
    )


def test_what_a_presentation_gave_rise_to_is_not_a_subject_of_its_resolutions(answerer):
    answer = answerer.ask(
        "What report did the Board ask for on the back of Superintendent Shane O'Neill's "
        "Serious Harm Reduction Unit presentation, and for which meeting?"
    )
    assert not answer.abstained
    assert "December 2018 meeting" in answer.text and "county lines" in answer.text


def test_a_name_with_a_participle_joined_is_the_name(answerer):
    intent = answerer.retriever.intent(
        "When was the UAVA-run domestic and sexual violence contract originally due to end?"
    )
    # "UAVA" is written in many paragraphs: no rare name is left to ask the dates about.
    assert intent.rare == ()


def test_the_chair_spoken_of_by_the_post_is_named_from_the_attendance(answerer):
    answer = answerer.ask(
        "Which board member links the LSCSB to the Regional Migration Board for the East Midlands?"
    )
    assert not answer.abstained and "Ivan Ould" in answer.text
    assert any(c.role == "attendance" for c in answer.citations)


def test_what_a_bid_went_on_to_secure_is_read_after_the_turn_before(answerer):
    from boardqa.conversation import Conversation

    talk = Conversation()
    answerer.ask(
        "Which areas did the OPCC shortlist for its second-round Safer Streets bids in March 2021?",
        talk,
    )
    answer = answerer.ask(
        "How much did the town centres bid go on to win, and which towns does it cover?", talk
    )
    assert not answer.abstained and "£432,000" in answer.text


def test_a_day_of_a_month_asked_leads_to_its_row(answerer):
    answer = answerer.ask(
        "SPB 2021 schedule: how did the 20 May SPB entry change between the March 2021 OPCC "
        "update and the June 2021 edition?"
    )
    assert "draft business plan" in answer.text
    assert "outline business case" in answer.text


def test_whether_a_person_attended_is_read_off_their_own_entry(answerer):
    answer = answerer.ask("Did Carly Turner attend the 11 December 2020 meeting?")
    assert not answer.abstained
    assert "Apologies for absence: Carly Turner" in answer.text


def test_the_chair_is_not_looked_for_again_when_that_is_what_was_asked(answerer):
    from dataclasses import replace

    from boardqa.ask import _CHAIR_QUESTION

    asked = "Which board member links the LSCSB to the Regional Migration Board?"
    found = answerer.ask(asked)
    said_only = replace(found, citations=found.citations[:1])  # "the Chairman stated …"
    assert answerer._with_chair_named(asked, said_only, None) is not said_only
    chair = f"{_CHAIR_QUESTION} 1 October 2018?"
    assert answerer._with_chair_named(chair, said_only, None) is said_only
