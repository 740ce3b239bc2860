"""What a body decided as a paper reports it, and what came of a thing once presented, are
answered by the sentence that records it, also in the paragraph that goes on with the one
that names the thing; and a body named in lower case ("by the leadership group") says who does
what the question asks. Found reading blind31 in the nineteenth session."""

from __future__ import annotations

from boardqa.answer.persons import names_agent
from boardqa.query import understand


def test_a_decision_asked_of_a_paper_is_a_reported_decision():
    intent = understand(
        "What did the SPB Exec decide about the workstream, per the March 2021 OPCC update?"
    )
    assert not intent.decision  # not the Board's, so not from its minutes
    assert intent.reported_decision
    assert not understand("What did the Board decide about the strategy?").reported_decision


def test_a_body_in_lower_case_is_who_does_it():
    asked = "Who will work up the full strategy?"
    assert names_agent("The full strategy will be worked up by the leadership group.", asked)
    assert not names_agent("It will be worked up by the end of March.", asked)


def test_the_reported_decision_is_quoted(answerer):
    answer = answerer.ask(
        "What did the SPB Executive decide about the Female Offender Strategy workstream, "
        "per the March 2021 OPCC update?"
    )
    assert "SPB Exec agreed to formally adopt" in answer.text


def test_what_came_of_it_is_read_on_in_the_next_paragraph(answerer):
    answer = answerer.ask(
        "In the March 2021 OPCC update, what became of the outline strategy for a "
        "trauma-informed approach after it was presented?"
    )
    assert answer.text.index("presented to the Board and approved") < answer.text.index(
        "Grace Strong"
    )
