"""A claim put to be checked ("Were there 25 active county lines?", "The Hope Project got
£1.2 million, right?", "Was Ivan Ould the chairman in December 2020?") is answered with what
the papers say, not declined because the papers never repeat the claim's wrong figure or
name; a follow-up that names only another thing ("And Blaby?") asks the last question of
it; "Who sent apologies …?" is answered with the whole list. Found by a read-only review in the
seventeenth session."""

from __future__ import annotations

from boardqa.answer.mentions import beside_the_claim
from boardqa.conversation import Conversation, asked_again
from boardqa.focus import as_role_question


def test_a_claims_figures_need_not_be_repeated_but_its_years_must():
    asked = "Were there 25 active county lines in 2021?"
    assert beside_the_claim(asked, ["25", "2021"]) == ["2021"]
    tagged = "The Hope Project got £1.2 million from MHCLG, right?"
    assert beside_the_claim(tagged, ["1.2", "Hope", "MHCLG"]) == ["Hope", "MHCLG"]
    # A question that claims nothing keeps its figures: "What happened to the 25 homes?"
    assert beside_the_claim("What happened to the 25 homes?", ["25"]) == ["25"]


def test_a_person_claimed_to_hold_a_post_need_not_be_named():
    asked = "Was Rik Basra the lead officer for the strategy?"
    assert beside_the_claim(asked, ["Rik", "Basra"]) == []
    assert beside_the_claim("Did Rik Basra present the report?", ["Rik", "Basra"]) == [
        "Rik",
        "Basra",
    ]


def test_a_claim_about_who_chaired_is_asked_as_who_chaired():
    assert as_role_question("Was Ivan Ould the chairman in December 2020?") == (
        "Who was in the chair in December 2020?"
    )
    # Not a person: "Was the report in the chair's name?" stays.
    assert as_role_question("Was the board the chair of it?") == "Was the board the chair of it?"


def test_a_wrong_figure_is_answered_with_the_papers_figure(answerer):
    answer = answerer.ask("Were there 25 active county lines across LLR in March 2021?")
    assert not answer.abstained
    assert "18 active County Lines" in answer.text


def test_a_wrong_chair_is_answered_with_the_chair(answerer):
    answer = answerer.ask("Was Ivan Ould the chairman in December 2020?")
    assert "Mrs D. Taylor" in answer.text


def test_a_follow_up_that_names_only_another_thing_asks_the_last_question_of_it():
    last = "How much is Leicester City Council getting under the domestic abuse duty in 2021/22?"
    assert asked_again(last, "And Blaby?") == (
        "How much is Blaby getting under the domestic abuse duty in 2021/22?"
    )
    rate = "What was the MARAC repeat referral rate in Q2 2018/19?"
    assert asked_again(rate, "What about Q3 2020/21?") == (
        "What was the MARAC repeat referral rate in Q3 2020/21?"
    )
    # A follow-up that asks something of its own is no such thing.
    assert asked_again(last, "And who decided it?") is None


def test_and_another_district_after_a_districts_allocation(answerer):
    talk = Conversation()
    answerer.ask("How much is Leicester City Council getting under the DA duty in 2021/22?", talk)
    answer = answerer.ask("And Blaby?", talk)
    assert "33,291" in answer.text and "857,364" not in answer.text


def test_who_sent_apologies_is_answered_with_the_whole_list(answerer):
    # The review found the list cut at three names (Andrew Cotton left out).
    answer = answerer.ask("Who sent apologies to the 11 December 2020 meeting?")
    for name in ("S. Whelband", "Rik Basra", "Carly Turner", "Andrew Cotton"):
        assert name in answer.text
    # A question that names a body asks for its entries first, as before.
    police = answerer.ask("Which Leicestershire Police officers gave apologies in October 2018?")
    assert "Andy Lee" in police.text and "Keith Aubrey" not in police.text
