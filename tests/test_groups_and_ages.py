"""Who a figure is for: a breakdown by a group the papers never give, an age asked of a
category, a head count of those who took part, a row named by its body's initials, a doer
named by a group ("Police colleagues will be pushing …"). From reading blind43 (the OPCC's
equality, diversity and inclusion officer) in the twenty-fifth session."""

from __future__ import annotations

from boardqa.answer.kinds import holds_figure
from boardqa.answer.labels import row_label_named
from boardqa.answer.persons import names_agent
from boardqa.focus import Focus, focus_of, group_asked, role_asked
from boardqa.query import understand
from boardqa.question_verbs import verb_asked
from boardqa.relayed import put_directly
from boardqa.words import term_set


def test_a_breakdown_by_a_group_is_asked_of_that_group():
    assert group_asked("What was the ethnic breakdown of the referrals in 2020/21?") == Focus(
        "ethnic"
    )
    assert group_asked("How many of the delegates who graduated were women?") == Focus("women")
    assert group_asked("How many of the new entrants were girls?") == Focus("women")
    assert group_asked("What age must a perpetrator be to join the programme?") == Focus("age")
    assert group_asked("How many delegates graduated in April?") is None
    assert focus_of("Were the figures broken down by gender?") == Focus("gender")


def test_a_head_count_of_those_who_took_part_is_no_share():
    asked = "How many residents took part in the Community Safety Survey?"
    assert not holds_figure("The vast majority (77%) of respondents are satisfied.", asked)
    assert holds_figure("In all, 2,301 residents completed the survey.", asked)
    # A share still answers how many of a kind did something.
    assert holds_figure(
        "Over 60% of female offenders have experienced domestic abuse.",
        "How many female offenders have experienced domestic abuse?",
    )


def test_a_row_named_by_its_bodys_initials():
    row = "Funding Body: Office of the Police & Crime Commissioner; 1/4/18 – 31/3/19: £259,225"
    asked = term_set("What is the OPCC's contribution for 1/4/18 – 31/3/19?")
    assert row_label_named(row, asked, by_initials=True)
    assert not row_label_named(row, term_set("What is the LCC's contribution?"), by_initials=True)
    # Only for a cell: "How much did the OPCC's bids bring in?" names no row of the table.
    assert not row_label_named(row, term_set("How much did the OPCC's bids bring in?"))


def test_a_doer_named_by_a_group_and_an_age_that_applied():
    sentence = "Police colleagues will be pushing the survey out through schools as part of it."
    assert names_agent(sentence, "And who will be pushing it out through schools?")
    assert verb_asked("What age limit applied to the children it supported?") is None
    assert verb_asked("Which districts applied for the grant?") == Focus("applied")


def test_what_time_when_due_and_how_a_paper_says_a_thing_is_done():
    assert understand("On the agenda, at what time was the item to be taken?").asks == "when"
    assert focus_of("When is the statement due for its next review?", "when") == Focus("review")
    assert focus_of("When is the statement due to be reviewed?", "when") == Focus("reviewed")
    assert focus_of("When was the contract due to end?", "when") is None
    assert put_directly(
        "How does the June 2021 update say the survey will be pushed out to young people?"
    ) == ("How will the survey be pushed out to young people, according to the June 2021 update?")
    assert role_asked("Who is named as report author?") == "Report Author"


def test_a_span_of_time_answers_over_what_period():
    from boardqa.answer.kinds import holds_asked

    asked = "Over what period have repeat referrals stabilised at around 50%?"
    assert holds_asked(
        "when", "Referrals have stabilised around 50% over the last three quarters.", asked
    )
    assert not holds_asked("when", "Referrals have stabilised around 50%.", asked)
    # A span answers only a question for a period.
    assert not holds_asked(
        "when", "It rose over the last three quarters.", "When did the rate start to rise?"
    )


def test_a_group_breakdown_the_papers_never_give_is_declined(answerer):
    answer = answerer.ask(
        "How many of the 20 delegates on the Community Leadership Programme's first cohort "
        "were men?"
    )
    assert answer.abstained, answer.text
    assert "men" in answer.text


def test_an_age_range_is_read_off_the_category_that_gives_it(answerer):
    answer = answerer.ask(
        "What ages does the Young Adults category of the probation framework cover?"
    )
    assert not answer.abstained, answer.text
    assert "18 –25" in answer.text


def test_the_report_author_line_is_found_for_a_paper_described_by_its_content(answerer):
    answer = answerer.ask(
        "Who wrote the December 2018 paper bringing back the amended hate strategy statement "
        "for approval?"
    )
    assert not answer.abstained, answer.text
    assert "Anita Chavda" in answer.text


def test_a_figure_no_period_gives_is_declined_and_a_row_by_initials_answered(answerer):
    worth = answerer.ask(
        "How much is each CSP's 2021/22 contract worth according to the June 2021 OPCC update?"
    )
    assert worth.abstained, worth.text
    share = answerer.ask(
        "What is the OPCC's contribution to the domestic abuse contract price for 1/4/17 – 31/3/18?"
    )
    assert not share.abstained and "£259,225" in share.text, share.text
    assert "TOTAL" not in share.text
