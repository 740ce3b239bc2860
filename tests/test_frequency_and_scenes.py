"""How often, what a scene says before the question, and parts a sentence already quoted
answers. From reading blind45 (a neighbouring county's partnership chair, who opens with how
things are done at home) and blind46 (a performance and data analyst) in the twenty-sixth
session."""

from __future__ import annotations

from boardqa.answer.kinds import HOW_OFTEN, says_how_often
from boardqa.answer.persons import names_agent
from boardqa.clauses import sub_questions
from boardqa.focus import Focus, focus_of
from boardqa.named_figures import figures_named
from boardqa.query import understand


def test_how_often_is_answered_only_by_a_frequency():
    assert HOW_OFTEN.search("How often does the delivery group meet?")
    assert HOW_OFTEN.search("At what intervals are the forms returned?")
    assert not HOW_OFTEN.search("How many times was the item deferred?")
    assert says_how_often("The lead member group will meet quarterly to agree proposals.")
    assert says_how_often("… be considered at the March meeting of the Board on an annual basis;")
    assert says_how_often("The forms are to be completed every three months.")
    assert not says_how_often("The group reports to the Senior Officer Group.")


def test_the_scene_before_a_question_gives_it_no_focus():
    # The fee is the asker's own arrangement, not what the answer must speak of.
    asked = (
        "Our smallest district pays a flat fee into its refuge contract. What did Rutland "
        "County Council pay into the LLR domestic abuse contract each year?"
    )
    assert focus_of(asked, "how_much") is None
    assert focus_of("What fee did Rutland County Council pay?", "how_much") == Focus("fee")
    # Money is the kind of answer a how-much asks for, not a word it must hold.
    assert focus_of("What money has been committed to each area?", "how_much") is None


def test_a_topic_clause_does_not_say_what_is_asked():
    # "funding" names the topic; the question asks what the CSP must produce.
    assert understand("For the People Zone funding, what must the CSP produce?").asks == "what"
    assert understand("For the People Zone scheme, how much funding is committed?").asks == (
        "how_much"
    )
    # A figure named while asking for another figure: the question still asks how much.
    assert not figures_named("What total number of referrals underlies the city's 61% share?")
    assert figures_named("The slides give 59% — 59% of respondents were what?")


def test_a_part_after_its_preposition_and_a_which_question_of_means():
    assert sub_questions(
        "What must the CSP produce, and through which returns will it be tracked?"
    ) == ["What must the CSP produce", "through which returns will it be tracked"]
    # "at what" goes on about the part before it.
    assert sub_questions("What share did the CRC manage, and at what risk level?") == []
    assert focus_of("Through which returns will it be tracked?") is None
    assert focus_of("Was the plan tracked?") == Focus("tracked", state=True)


def test_a_body_that_was_leading_answers_who_is_leading():
    sentence = "The OPCC was leading on the Domestic Abuse Perpetrator Programme."
    assert names_agent(sentence, "Who is leading the Domestic Abuse Perpetrator Programme?")
    assert not names_agent(sentence, "Who is funding the Domestic Abuse Perpetrator Programme?")


def test_a_group_whose_meetings_are_not_given_is_declined(answerer):
    answer = answerer.ask("How often does the Hate and Prevent Delivery Group meet?")
    assert answer.abstained, answer.text
    assert "how often" in answer.text


def test_how_often_is_found_a_little_further_down(answerer):
    answer = answerer.ask(
        "How often was the lead member group overseeing the DSVA redesign to meet?"
    )
    assert not answer.abstained, answer.text
    assert "quarterly" in answer.text


def test_a_scene_of_the_askers_own_does_not_decline_the_question(answerer):
    answer = answerer.ask(
        "Our smallest district pays a flat fee into its refuge contract. What did Rutland "
        "County Council contribute each year to the LLR domestic abuse contract from April 2016?"
    )
    assert not answer.abstained, answer.text
    assert "£56,325" in answer.text


def test_a_topic_clause_and_a_part_of_means(answerer):
    answer = answerer.ask(
        "For the People Zone funding in the June 2021 OPCC update, what will the CSP/SLP "
        "produce, and through which returns will it be tracked?"
    )
    assert not answer.abstained, answer.text
    assert "delivery plan" in answer.text
    assert "quarterly monitoring forms" in answer.text
    assert "does not say" not in answer.text


def test_a_total_behind_a_share_the_question_gives_is_declined(answerer):
    answer = answerer.ask(
        "In the March 2021 Prevent update, what total number of local Prevent referrals does "
        "the city's 61% share stand for?"
    )
    assert answer.abstained, answer.text


def test_a_body_leading_a_programme_answers_who_leads_it(answerer):
    answer = answerer.ask(
        "Who is leading the Domestic Abuse Perpetrator Programme, and when should the business "
        "case for continued funding be ready?"
    )
    assert "OPCC was leading" in answer.text, answer.text
    assert "October 2021" in answer.text
    assert "does not say" not in answer.text


def test_a_report_of_the_quarter_asked_may_compare_with_another(answerer):
    # "… aged 10-17 KPI remains unchanged from Q1" is in the Q2 report: about Q2.
    answer = answerer.ask(
        "In the Q2 2018/19 performance report, what age range do the 29 first time entrants "
        "cover, and over what period were they counted?"
    )
    assert "aged 10-17" in answer.text, answer.text


def test_a_later_part_answered_by_the_sentence_already_quoted(answerer):
    answer = answerer.ask(
        "The December 2018 Hope Project paper gave an end date for the LLR information and "
        "support contract run by UAVA; by the December 2020 meeting, for how long had the "
        "contract been extended, and when were the new services expected to start?"
    )
    assert "12 months" in answer.text and "April 2022" in answer.text, answer.text
    assert "does not say" not in answer.text


def test_which_post_is_not_asked_how_much_for_the_words_it_borrows(answerer):
    from boardqa.conversation import Conversation

    talk = Conversation()
    answerer.ask(
        "In the Hope Project paper's funding tables, what did the County Council pay towards "
        "contract management for 1st April 2016 to 31st March 2019?",
        talk,
    )
    answer = answerer.ask(
        "And which post did those contract management contributions pay for, and which "
        "council hosted it?",
        talk,
    )
    assert "data analyst post" in answer.text, answer.text
    assert "does not say" not in answer.text
