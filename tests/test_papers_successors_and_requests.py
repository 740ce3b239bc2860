"""A paper asked for by what it carries need not say it reports; a funding round is a bid
opportunity; what a meeting asked to come back is looked for at the meetings after it; the
one a question says was followed is not who followed it; first names listed before "who"
are people."""

from __future__ import annotations

from boardqa.answer.persons import has_person
from boardqa.question_verbs import verb_asked
from boardqa.succession import names_a_successor, succeeded_name


def test_a_paper_asked_for_by_what_it_carries_turns_on_no_verb():
    assert verb_asked("Which document reported the construction progress at Glen Parva?") is None
    assert verb_asked("Which paper covered the Prevent referral figures?") is None
    # A deed of the people in it still does.
    focus = verb_asked("Which company won the contract to run the prison?")
    assert focus is not None and focus.word == "won"


def test_the_one_followed_is_read_from_the_question():
    assert succeeded_name("Which provider won the new contract to follow UAVA?") == "UAVA"
    assert (
        succeeded_name("Who will replace the Community Rehabilitation Companies?") is None
    )  # no "to": the companies are not said to be followed by what is asked
    assert succeeded_name("Which body is to replace the National Probation Service?") == (
        "National Probation Service"
    )
    assert succeeded_name("When does the new contract start, to follow UAVA?") is None
    question = "Which provider won the new contract to follow UAVA?"
    assert names_a_successor("The new contract was awarded to Freeva in 2021.", question, "UAVA")
    # UAVA's own award, or the new services' start with no one named, is not a successor.
    assert not names_a_successor(
        "The contract was awarded to United against Violence and Abuse (UAVA).", question, "UAVA"
    )
    assert not names_a_successor(
        "Due to the Covid-19 pandemic the contract with United Against Violence and Abuse "
        "(UAVA) was extended and the new services would commence in April 2022.",
        question,
        "UAVA",
    )


def test_first_names_listed_before_who_are_people():
    assert has_person("It is a huge achievement for Reuben, Ebony, Evie and Neve, who gave time.")
    assert not has_person("The towns are Hinckley, Lutterworth and Melton, which were chosen.")


def test_a_paper_is_named_for_what_it_reported(answerer):
    answer = answerer.ask(
        "Which document reported on building progress at the Glen Parva prison site for the "
        "March 2021 Board?"
    )
    assert not answer.abstained and "newsletter" in answer.text.lower()


def test_a_funding_round_is_a_bid_opportunity(answerer):
    answer = answerer.ask(
        "According to the June 2021 update, what further bidding round will the OPCC go for "
        "with partners?"
    )
    assert not answer.abstained and "Night Time Economy" in answer.text


def test_what_a_meeting_asked_back_is_found_at_a_later_one(answerer):
    answer = answerer.ask(
        "The December 2020 meeting asked Dr Hardy to come back with the survey results; what "
        "share of respondents were satisfied with their local area as a place to live?"
    )
    assert not answer.abstained and "77%" in answer.text


def test_the_one_followed_does_not_answer_who_followed_it(answerer):
    answer = answerer.ask(
        "Which provider was awarded the new domestic and sexual violence contract to follow UAVA?"
    )
    assert answer.abstained
    # Who holds the contract now is answered.
    answer = answerer.ask("Which consortium was awarded the domestic abuse support contract?")
    assert not answer.abstained and "UAVA" in answer.text
