"""Wordings a read-only review found declined or misread in the twenty-first session: a verb
after "how many", a legal basis asked for, a report to bring to a month's Board, a compound
before a noun, a place a thing is near, a rate named by its initials, an asker's sentence
ended by a dash."""

from __future__ import annotations

from boardqa.answer.counted import counted_noun
from boardqa.answer.places import place_asked
from boardqa.clauses import without_asker
from boardqa.focus import focus_of
from boardqa.question_verbs import verb_asked


def test_a_verb_after_how_many_counts_people(answerer):
    assert counted_noun("how many felt safe out in their area at night?") is None
    assert counted_noun("How many Channel referrals were made?") == "referrals"
    answer = answerer.ask("In the community survey, how many felt safe out in their area at night?")
    assert not answer.abstained
    assert "45%" in answer.text


def test_a_legal_basis_is_the_kind_of_answer():
    assert focus_of("What legal basis was given for the hate strategy statement?") is None


def test_a_report_to_bring_to_a_months_board(answerer):
    answer = answerer.ask(
        "What report were officers asked to bring to the December 2018 Board on county lines?"
    )
    assert not answer.abstained
    assert "knife, gun homicides" in answer.text


def test_a_compound_before_a_noun_is_no_verb(answerer):
    assert verb_asked("How much has Sentinel case-managed ASB fallen?") is None
    answer = answerer.ask("By how much have Sentinel case-managed incidents fallen?")
    assert "21.9" in answer.text and "18.5" in answer.text


def test_a_place_a_thing_is_near_is_not_what_a_figure_is_of(answerer):
    assert place_asked("How much has the prison being built near Leicester spent locally?") is None
    assert place_asked("How many county lines affect Melton?") is not None
    answer = answerer.ask("How much has the new prison near Leicester spent with local firms?")
    assert not answer.abstained
    assert "£14 million" in answer.text


def test_a_rate_named_by_its_initials(answerer):
    answer = answerer.ask(
        "What was the Reoffending Analysis Tool rate for Leicestershire, and how did it compare "
        "with Nottinghamshire?"
    )
    assert "38.78%" in answer.text
    assert "does not say" not in answer.text


def test_an_askers_sentence_ended_by_a_dash():
    assert without_asker("I'm new to this - what is First Contact Plus?") == (
        "What is First Contact Plus?"
    )


def test_whether_the_public_could_attend_is_read_from_the_agendas_notice(answerer):
    answer = answerer.ask("Could members of the public attend the March 2021 meeting?")
    assert "will not be open to the public" in answer.text
    assert "The agenda for the meeting of 19 March 2021 notes" in answer.text


def test_a_rate_per_head_is_no_count(answerer):
    answer = answerer.ask("How many hate crimes were reported in the Q3 2020/21 report?")
    assert answer.abstained
    assert "a rate, not a count" in answer.text
    rate = answerer.ask("What was the hate crime rate per 1000 in the Q3 2020/21 report?")
    assert "1.3 offences per 1000" in rate.text


def test_the_things_asked_listed_after_of_and_a_colon(answerer):
    answer = answerer.ask(
        "What are the five joint priority areas shared by the Safer Communities Board and the "
        "Health and Wellbeing Board?"
    )
    assert "drug misuse, alcohol misuse, mental health, domestic abuse and sexual violence" in (
        answer.text
    )


def test_places_chosen_are_named_not_said_to_be_chosen(answerer):
    assert verb_asked("Which company was chosen to run the prison?") is not None
    assert verb_asked("Which three areas were chosen for People Zones?") is None
    answer = answerer.ask(
        "Which three areas were picked out as People Zones, and were they chosen?"
    )
    assert "New Parks" in answer.text
