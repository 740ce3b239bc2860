"""Questions dictated to a phone (blind22, read in the fourteenth session): numbers, years,
financial years, quarters and days said in words are read as the papers print them."""

from __future__ import annotations

import pytest

from boardqa.answer.counted import counted_noun
from boardqa.query import understand
from boardqa.spoken import in_digits


@pytest.mark.parametrize(
    ("said", "printed"),
    [
        ("the year to september twenty eighteen", "the year to september 2018"),
        ("money for twenty one twenty two", "money for 2021/22"),
        ("in twenty twenty one twenty two", "in 2021/22"),
        ("the twenty eighteen nineteen figures", "the 2018/19 figures"),
        ("the q three report", "the Q3 report"),
        ("quarter two", "Q2"),
        ("out of the hundred and twenty five million", "out of the 125 million"),
        ("twenty five k for each zone", "25k for each zone"),
        ("on the thirteenth of may", "on the 13th of may"),
        ("the twenty first of june", "the 21st of june"),
        ("eighteen delegates", "18 delegates"),
    ],
)
def test_spoken_numbers_in_digits(said, printed):
    assert in_digits(said) == printed


def test_a_lone_small_number_and_a_pronoun_stay_words():
    assert in_digits("which one is it") == "which one is it"
    assert in_digits("action number six") == "action number six"
    assert in_digits("after the june twenty twenty one one") == "after the june 2021 one"


def test_a_spoken_period_filters_like_a_printed_one():
    spoken = understand(in_digits("what was the rate in the q two twenty eighteen report"), ())
    printed = understand("what was the rate in the Q2 2018 report", ())
    assert spoken.text == printed.text
    assert spoken.meetings == printed.meetings


def test_an_irregular_verb_ends_what_is_counted():
    assert counted_noun("how many referrals went to the service") == "referrals"
    assert counted_noun("how many bids came in") == "bids"


def test_a_dictated_count_for_a_spoken_year(answerer):
    answer = answerer.ask(
        "in the q two twenty eighteen performance report how many referrals went to u a v a"
    )
    assert not answer.abstained
    assert "992" in answer.text


def test_a_share_in_words_counts_a_group_under_another_name(answerer):
    talk_first = "What does the 2018 hate strategy statement say about under-reporting?"
    from boardqa.conversation import Conversation

    talk = Conversation()
    answerer.ask(talk_first, talk)
    answer = answerer.ask("How many victims in the Leicester research went to the police?", talk)
    assert not answer.abstained
    assert "a quarter" in answer.text


def test_an_amount_named_before_a_verb_of_change_is_what_is_asked(answerer):
    from boardqa.focus import focus_of

    assert focus_of("what's the police precept going up by this year", "what").word == "precept"
    assert focus_of("what's the police precept", "what").word == "precept"
    answer = answerer.ask("what's the council tax precept rising by next year")
    assert answer.abstained


def test_a_dictated_question_that_names_its_topic_first_is_split_into_its_asks():
    from boardqa.clauses import sub_questions

    parts = sub_questions(
        "so the prison competition that opened in february when did that launch and when "
        "will they announce the winner"
    )
    assert len(parts) == 2
    assert parts[1].startswith("when will they announce")
    # What a paper said someone would do sets the scene: it is not asked.
    said = sub_questions(
        "In March the OPCC said who it would develop the survey with; who was it developed with?"
    )
    assert len(said) <= 1


def test_a_date_asked_for_after_a_month_must_come_after_it(answerer):
    from boardqa.answer.kinds import has_date

    asked = "When is the meeting after the June 2021 one?"
    assert not has_date("The next meeting is on Friday 18 June 2021 at 10:00am.", asked)
    assert has_date("The next meeting is on Friday 17 September 2021.", asked)
    assert has_date("The next meeting is on Friday 18 June 2021.", "When is the next meeting?")
    answer = answerer.ask("when is the board meeting after the june twenty twenty one one")
    assert answer.abstained


@pytest.mark.parametrize(
    ("said", "printed"),
    [
        # "and" joins only a hundred or a thousand to what follows.
        ("compare twenty eighteen and twenty nineteen", "compare 2018 and 2019"),
        ("between thirty and forty percent", "between 30 and 40 percent"),
        ("recommendations one and two", "recommendations one and two"),
        ("twenty eighteen twenty nineteen", "2018 2019"),
        ("twenty nineteen twenty twenty", "2019 2020"),
        ("on March the twenty first", "on March the 21st"),
        (
            "in the last quarter two incidents were reported",
            "in the last quarter two incidents were reported",
        ),
        ("fifteen sixteen year olds", "15 16 year olds"),
    ],
)
def test_spoken_numbers_that_are_not_one_number(said, printed):
    assert in_digits(said) == printed


def test_a_noun_in_ing_is_the_noun_asked_about():
    from boardqa.focus import focus_of

    assert focus_of("what was the extra funding from the Home Office?", "how_much").word == (
        "funding"
    )
    assert focus_of("what is the annual funding for the Hope project?", "what") is None


def test_a_share_counts_people_not_a_period_or_a_budget():
    from boardqa.answer.abstain import lacks_answer_type

    asked = understand("How many Channel referrals were made?", ())
    assert lacks_answer_type(asked, ["In the first half of 2020, 8000 home visits were made."])
    assert lacks_answer_type(asked, ["A third of the budget, 40,000 pounds, was spent."])


def test_a_relative_clause_in_the_scene_is_not_an_ask():
    from boardqa.clauses import sub_questions

    assert (
        sub_questions(
            "In the survey findings which were presented in March 2021, what share felt safe?"
        )
        == []
    )
    assert sub_questions("the survey back in march when it went out who was responsible") == []


def test_who_asked_by_a_verb_in_a_relative_clause():
    for asked in (
        "Name the officer who presented to the board in March 2021",
        "the december meeting where the comms plan was discussed who chaired it",
        "the report which went to the board in march who presented it",
    ):
        assert understand(asked, ()).asks == "who", asked
