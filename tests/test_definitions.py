""" "What is Sentinel?" is answered by the sentence that says what it is ("ASB recorded on
Sentinel (the partnership ASB case management system)"), not one that only uses the name; and
"Show the status of action 4" says which action it is. Found reading blind31 and blind32 in
the nineteenth session."""

from __future__ import annotations

from boardqa.answer.definitions import defined_term, defines


def test_the_name_a_question_asks_the_meaning_of():
    assert defined_term("And what exactly is Sentinel?") == "Sentinel"
    assert defined_term("What is the Hope Project?") == "Hope Project"
    assert defined_term("What is the status of action 4?") is None
    assert defined_term("What was the violence with injury rate?") is None


def test_a_sentence_that_defines_the_name():
    assert defines("Sentinel", "ASB recorded on Sentinel (the partnership ASB case system).")
    assert defines("Hope Project", "The Hope Project is a two-year programme for victims.")
    assert not defines("Sentinel", "In relation to ‘Sentinel’ Case managed data the cases fell.")
    # Said of another subject: "the work on People Zones is the development of …".
    assert not defines("People Zones", "The work on People Zones is the development of a plan.")


def test_what_a_name_is_is_answered_by_its_definition(answerer):
    answer = answerer.ask("What exactly is Sentinel?")
    assert "case management system" in answer.text


def test_a_status_says_which_action_it_is(answerer):
    answer = answerer.ask("Show the status of action 4.")
    assert "Amber" in answer.text
    assert "Glen Parva" in answer.text
