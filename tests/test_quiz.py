"""Multiple-choice questions: read as the question they test, answered by the option the
papers bear out, declined when they bear out none; a blank for a sum or a count asked as
"how much" or "how many". Found reading blind38 (an induction quiz) in the twenty-second
session."""

from __future__ import annotations

from boardqa.quiz import blanks_asked, borne_out, choices_of


def test_the_stem_and_options_of_a_multiple_choice_question():
    choices = choices_of(
        "Multiple choice from the survey slides: which district had the most respondents: "
        "(a) Blaby, (b) Charnwood, or (c) Melton?"
    )
    assert choices is not None
    assert choices.stem == (
        "According to the survey slides, which district had the most respondents?"
    )
    assert choices.options == (("a", "Blaby"), ("b", "Charnwood"), ("c", "Melton"))


def test_a_lettered_thing_asked_about_is_no_option():
    assert choices_of("What did recommendation (b) of the County Lines report ask for?") is None
    choices = choices_of(
        "What did recommendation (b) ask for: (a) a review, (b) an inspection, or (c) a plan?"
    )
    assert choices is not None
    assert choices.stem == "What did recommendation (b) ask for?"
    assert [letter for letter, _ in choices.options] == ["a", "b", "c"]


def test_options_that_stood_for_the_thing_asked_are_asked_for_in_front():
    choices = choices_of(
        "Quiz: the refuge bid was for (a) £1,000, (b) £2,000, or (c) £3,000 — and when was "
        "it approved?"
    )
    assert choices is not None
    assert choices.stem == "How much was the refuge bid for — and when was it approved?"
    scene = choices_of("In the Q2 report, the rate was (a) 36%, (b) 38.78%, or (c) 39.76%?")
    assert scene is not None
    assert scene.stem == "In the Q2 report, what was the rate?"


def test_an_option_ends_at_its_question_mark_not_at_an_initial():
    choices = choices_of("Who chaired it: (a) Mr J. Smith, (b) Pages 13 - 16, or (c) Dr A. Brown?")
    assert choices is not None
    assert [o for _, o in choices.options] == ["Mr J. Smith", "Pages 13 - 16", "Dr A. Brown"]


def test_an_option_is_borne_out_by_all_its_telling_words():
    assert borne_out("the Districts", "Districts to agree on representatives")
    assert borne_out("seven years", "The PSDF will be launched for 7 years")
    assert borne_out("£1,127,205", "DA duty 2021/22 allocation (£): 1,127,205")
    assert not borne_out("Liz McDermott and Claire Morley", "led by Liz McDermott (OPCC)")
    assert not borne_out("50%", "Manages medium and low risk cases (70%)")


def test_the_option_the_papers_bear_out_leads_the_answer(answerer):
    answer = answerer.ask(
        "Quiz question: who is to lead the Leaders Network: (a) Grace Strong, "
        "(b) Ivan Liburd, or (c) Paul Hindson?"
    )
    assert not answer.abstained
    assert answer.text.startswith("(b) Ivan Liburd [1].")
    assert "Leaders Network led by Ivan Liburd" in answer.citations[0].text


def test_the_question_is_declined_when_the_papers_bear_out_no_option(answerer):
    answer = answerer.ask(
        "Multiple choice: who chaired the Board's meeting of 1 October 2018: (a) Mr J. Smith, "
        "(b) Ms K. Jones, or (c) Dr A. Brown?"
    )
    assert answer.abstained
    assert "none of the options given" in answer.text
    assert "(c) Dr A. Brown" in answer.text


def test_a_blank_for_a_sum_or_a_count_asks_how_much_or_how_many():
    assert blanks_asked("The post was costed at £____ a year.") == (
        "The post was costed at how much a year?"
    )
    assert blanks_asked("Complete: the course runs for ____ weeks.'") == (
        "Complete: the course runs for how many weeks?"
    )
    # A blank for a name or a date, or one before a word that is no plural noun, is left.
    assert blanks_asked("Rik Basra agreed to supplement the data from ____.") == (
        "Rik Basra agreed to supplement the data from ____."
    )
    assert blanks_asked("The update gave ____ as the deadline.") == (
        "The update gave ____ as the deadline."
    )


def test_a_blank_for_a_count_no_passage_gives_is_declined(answerer):
    answer = answerer.ask("Complete the line: the Hope Project refuges will offer ____ bedrooms.")
    assert answer.abstained
    assert "no count of bedrooms" in answer.text


def test_an_option_borne_out_by_a_paragraph_found_but_not_quoted_is_cited_for_it():
    from boardqa.answer.citations import Answer, Citation
    from boardqa.answer.options import with_choice
    from boardqa.quiz import choices_of

    choices = choices_of(
        "Multiple choice: what share of cases did the CRC manage: (a) 30%, (b) 50%, or (c) 70%?"
    )
    quoted = {"key": "p-1", "text": "After 26 June 2021 the structure would not return."}
    answer = Answer(
        "q",
        "The minutes record: After 26 June … [1]",
        False,
        (Citation.from_payload(1, quoted, 1.0),),
    )
    slide = {"key": "p-2", "text": "Manages medium and low risk cases (70%)"}
    led = with_choice(answer, choices, [slide])
    assert led.text.startswith("(c) 70% [2].")
    assert [c.id for c in led.citations] == ["p-1", "p-2"]
    # A paragraph near that bears out two options tells none apart: declined as before.
    both = {"key": "p-3", "text": "30% of cases here, 70% there"}
    assert with_choice(answer, choices, [both]).abstained


def test_the_option_the_slide_bears_out_leads_the_answer(answerer):
    answer = answerer.ask(
        "Multiple choice from the probation slides: what share of cases did the Community "
        "Rehabilitation Company manage after the 2014 split: (a) 30%, (b) 50%, or (c) 70%?"
    )
    assert not answer.abstained
    assert answer.text.startswith("(c) 70% [")
