"""Formal requests and the near misses a finance officer asks about: "I should be grateful if
you could confirm …", "It would assist the Department to know …", "Clarification is sought as
to …"; sums said in words with hyphens, how a sum was split, what an extension cost, the value
of a contract, the date a plan was signed off. From reading blind53 (an OPCC finance officer)
and blind54 (a Home Office official) in the thirtieth session."""

from __future__ import annotations

from boardqa.answer.abstain import lacks_split
from boardqa.answer.kinds import ASKS_MONEY
from boardqa.answer.persons import names_agent
from boardqa.focus import focus_of
from boardqa.formal import plainly_put
from boardqa.query import ATTENDANCE, understand
from boardqa.spoken import in_digits


def test_a_formal_request_is_read_as_the_question_it_makes():
    assert (
        plainly_put(
            "I should be grateful if you could confirm the date on which the PCC were elected."
        )
        == "What is the date on which the PCC were elected?"
    )
    assert (
        plainly_put("It would assist the Department to know who chairs the lead member group.")
        == "Who chairs the lead member group?"
    )
    assert (
        plainly_put("Clarification is sought as to the number of Probation Regions.")
        == "How many Probation Regions?"
    )
    assert (
        plainly_put("For the Department's records, could the MARAC repeat rate be confirmed?")
        == "What is the MARAC repeat rate?"
    )
    assert (
        plainly_put("Would you be so good as to explain the purpose of the Sentinel post?")
        == "What is the purpose of the Sentinel post?"
    )
    assert (
        plainly_put("Might I ask at what interval the forms are completed?")
        == "At what interval the forms are completed?"
    )
    assert plainly_put("Further to that, by when is it due?") == "By when is it due?"
    # Each further thing asked for by name is a part of its own.
    assert (
        plainly_put("Could you advise the date of the PCC elections, and the name of the new PCC?")
        == "What is the date of the PCC elections, and who is the new PCC?"
    )
    # A question, or a request that is nothing but its wrapping, stays.
    assert plainly_put("Who chairs the board?") == "Who chairs the board?"
    assert plainly_put("I should be grateful if you could confirm it.") == (
        "I should be grateful if you could confirm it."
    )


def test_the_words_of_a_letter_are_not_the_topic_a_passage_must_mention(answerer):
    answer = answerer.ask(
        "The Department would be grateful to learn when the OPCC's bi-annual events to review "
        "plans were due to begin."
    )
    assert not answer.abstained and "January 2019" in answer.text
    answer = answerer.ask(
        "It would assist the Department to know what the domestic abuse delivery plan asks of "
        "individual Directors and heads of service."
    )
    assert not answer.abstained and "business plans" in answer.text


def test_a_formal_request_for_a_date_or_a_sum_is_declined_when_none_is_given(answerer):
    for question in (
        "I should be grateful if you could confirm the date on which the Community Safety "
        "Agreement was published on the LCC website.",
        "Please would you indicate the date on which the new PCC's Police and Crime Plan was "
        "signed off.",
        "It would be helpful to know the value of the contract for running the new prison at "
        "Glen Parva.",
    ):
        assert answerer.ask(question).abstained, question


def test_sums_said_in_words_with_hyphens_are_figures():
    assert in_digits("a hundred and twenty-five million pounds") == "a 125 million pounds"
    assert in_digits("twenty-one units") == "21 units"
    assert in_digits("the one-page plan") == "the one-page plan"


def test_how_a_sum_was_split_needs_the_parts(answerer):
    whole = ["We were successful in securing £432,000 through Safer Streets 2 for our bid."]
    question = "How was the £432,000 award split between Hinckley and Melton?"
    assert lacks_split(question, whole)
    parts = ["Hinckley received £200,000 and Melton £232,000."]
    assert lacks_split(question, parts) is None
    assert lacks_split("How was the report received?", whole) is None
    answer = answerer.ask("How was the £432,000 Safer Streets 2 award divided between the towns?")
    assert answer.abstained


def test_a_cost_or_a_contract_s_value_asks_for_money(answerer):
    assert ASKS_MONEY.search("What did extending the contract by 12 months cost the partners?")
    assert ASKS_MONEY.search("What is the value of the contract to run the new prison?")
    assert not ASKS_MONEY.search("What is the value of partnership working?")
    assert understand("What is the value of the contract for the refuge?").asks == "how_much"
    assert (
        understand(
            "What is the contract value budgeted for the services expected to start in 2022?"
        ).asks
        == "how_much"
    )
    answer = answerer.ask("What did the twelve-month extension of the UAVA contract cost?")
    assert answer.abstained


def test_what_is_said_of_the_noun_asked_for_is_not_the_noun():
    focus = focus_of(
        "What is the allocation made to Rutland County Council for 2021/22?", "how_much"
    )
    assert focus is not None and focus.word == "allocation"
    # "What approach does the report take?" is answered without the word "approach".
    assert focus_of("What approach does the Q3 performance report take?") is None
    # The date a plan was signed off is the date of the signing.
    signed = focus_of("What is the date on which the plan was signed off?", "when")
    assert signed is not None and signed.word == "signed"
    assert understand("What is the date on which the plan was signed off?").asks == "when"
    assert understand("What is the date fixed for the PCC elections?").asks == "when"


def test_who_leads_is_answered_by_a_joint_lead_from_named_bodies(answerer):
    sentence = (
        "A joint lead from Leicestershire County Council and the OPCC will continue to drive "
        "this piece of work forward."
    )
    assert names_agent(sentence, "Who will lead the volunteering work?")
    assert not names_agent("The lead officer will report back.", "Who will lead the work?")
    answer = answerer.ask(
        "Who is going to lead the public sector volunteering work when it resumes?"
    )
    assert not answer.abstained and "Leicestershire County Council and the OPCC" in answer.text


def test_a_choice_is_said_as_what_was_adopted_and_things_counted_are_no_figure(answerer):
    answer = answerer.ask("Which format was chosen for the final Community Safety Agreement?")
    assert not answer.abstained and "Excel" in answer.text
    intent = understand(
        "Which two pieces of provision would need funding from across the partnership?"
    )
    assert intent.asks != "how_much"
    # A decision still wanted is not one the Board took.
    assert not understand("By what date was a decision needed to keep the daily MARAC?").decision


def test_who_attended_another_body_s_meeting_to_give_an_account(answerer):
    assert not ATTENDANCE.search(
        "Who attended the CSP Chairs Network Meeting to provide an overview of the programme?"
    )
    assert ATTENDANCE.search("Who attended the December 2020 meeting?")
    answer = answerer.ask(
        "Who attended the last CSP Chairs Network Meeting to give an overview of the "
        "Ex-offender Programme?"
    )
    assert not answer.abstained and "Mandeep Kaur" in answer.text
