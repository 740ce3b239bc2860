"""What answers a question's kind: a body's member among those present answers "who
represented" it, and a sum answers "the share of the funding" as a percentage does. Found
reading blind32 in the nineteenth session."""

from __future__ import annotations

from boardqa.answer.kinds import holds_figure
from boardqa.answer.persons import has_person

SHARE = "What is the total LLR share of the MHCLG domestic abuse funding for 2021/22?"


def test_a_sum_or_a_cell_in_pounds_is_a_share_of_funding():
    assert holds_figure("Of the £125m, LLR will receive £2.277m, as detailed below:", SHARE)
    assert holds_figure("Local Authority: Total; DA duty 2021/22 allocation (£): 2,276,643", SHARE)
    # A share of people is still a percentage.
    assert not holds_figure("2,276 people replied", "What share of residents replied?")


def test_a_member_named_before_their_body_is_a_person():
    asked = "Who represented Public Health at the meeting?"
    assert has_person("Present: Joshna Mavji Public Health", besides=asked)


def test_a_region_is_no_person():
    asked = "Who was hired as the Prevent Regional Advisor for the East Midlands?"
    regions = (
        "A move from 7 Probation Divisions to 12 Probation Regions, the Midlands division has "
        "now split into the East and West Midlands Regions."
    )
    assert not has_person(regions, besides=asked)


def test_who_represented_a_body_is_read_from_those_present(answerer):
    answer = answerer.ask("Who represented Public Health at the 1 October 2018 meeting?")
    assert not answer.abstained
    assert "Joshna Mavji" in answer.text
    assert "Apologies" not in answer.text
    assert "Ivan Ould" not in answer.text  # the entry that names the body, not its neighbours


def test_the_total_share_of_a_fund_is_given(answerer):
    answer = answerer.ask(SHARE)
    assert not answer.abstained
    assert "2,276,643" in answer.text or "£2.277m" in answer.text


def test_a_contact_line_names_a_person():
    asked = "Who is the contact for the report?"
    assert has_person("Rik Basra Community Safety Coordinator Tel: 0116 3050619", besides=asked)
    assert not has_person("Violence Reduction Network Manager said so", besides=asked)


def test_who_a_named_person_is_asks_their_post(answerer):
    from boardqa.answer.persons import title_asked

    assert title_asked("Who is Rik Basra?") == "Rik Basra"
    assert title_asked("Who is the Police and Crime Commissioner?") is None
    answer = answerer.ask("Who is Rik Basra?")
    assert not answer.abstained
    assert "Community Safety Coordinator" in answer.text


def test_the_contact_for_a_report_is_named(answerer):
    answer = answerer.ask("Who is the officer to contact about the Q3 2020/21 performance report?")
    assert not answer.abstained
    assert "Rik Basra" in answer.text


def test_a_figure_said_of_what_the_sentence_before_names(answerer):
    answer = answerer.ask("What's the hospital admissions for violence rate in Leicestershire?")
    assert not answer.abstained
    assert "23.4 per 100,000" in answer.text


def test_the_items_title_names_what_its_slides_are_about(answerer):
    answer = answerer.ask(
        "What share of respondents to the Community Safety Survey were satisfied with their "
        "local area?"
    )
    assert not answer.abstained
    assert "77%" in answer.text
