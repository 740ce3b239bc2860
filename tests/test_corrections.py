"""A question corrected as it is typed is read as corrected (`boardqa.corrections`)."""

from __future__ import annotations

import pytest

from boardqa.corrections import as_corrected


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "What did the March — no, the June 2021 OPCC update say about People Zones?",
            "What did the June 2021 OPCC update say about People Zones?",
        ),
        ("What did the March - no - June 2021 update say?", "What did the June 2021 update say?"),
        ("How much did Blaby — I mean Melton — get?", "How much did Melton get?"),
        (
            "Who owns the action on ASB charts, sorry, the one on car crime?",
            "Who owns the action on car crime?",
        ),
        (
            "Who chaired the October 2018 meeting — sorry, the December 2018 one?",
            "Who chaired the December 2018 meeting?",
        ),
    ],
)
def test_a_slip_is_replaced_by_its_correction(typed, meant):
    assert as_corrected(typed) == meant


@pytest.mark.parametrize(
    "plain",
    [
        "Is there a date, no matter which meeting?",
        "What was decided? No idea where to look.",
        "I am sorry, what is a People Zone?",
        "Sorry, who chaired the meeting?",
    ],
)
def test_no_and_sorry_that_correct_nothing_are_left(plain):
    assert as_corrected(plain) == plain


def test_the_corrected_paper_is_the_one_answered(answerer):
    answer = answerer.ask(
        "What did the December 2018 — sorry, the June 2021 update say about People Zones?"
    )
    assert not answer.abstained and "£25k" in answer.text
    # Not the December 2018 update it first named.
    assert {c.meeting_date for c in answer.citations} == {"2021-06-18"}
