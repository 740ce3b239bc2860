"""A follow-up that names the last subject by its common noun; a meeting a decision names for
what is to come; "which … were to be done"; what was responsible as a why; a part opened by
a phrase of time; what someone must do. Found reading blind35 and blind36 in the
twenty-first session."""

from __future__ import annotations

from boardqa.clauses import sub_questions
from boardqa.conversation import Conversation
from boardqa.focus import focus_of
from boardqa.query import WHY


def test_a_follow_up_naming_the_subject_by_its_common_noun(answerer):
    talk = Conversation()
    answerer.ask(
        "What was the Board told about the Mentors in Violence Prevention Programme?", talk
    )
    answer = answerer.ask(
        "Was any outside evidence quoted on whether the programme actually works?", talk
    )
    assert not answer.abstained
    assert "Public Health England" in answer.text


def test_a_new_subject_by_name_is_not_a_follow_up():
    from boardqa.query import understand

    talk = Conversation()
    first = "What was the Board told about the Mentors in Violence Prevention Programme?"
    talk.record(first, understand(first), _answer(""))
    later = "What did the Prevent update say about the programme for Channel referrals?"
    _, text = talk.resolve(understand(later), later)
    assert text == later  # names "Prevent" and "Channel": the talk's words are not carried


def _answer(text: str):
    from boardqa.answer.citations import Answer

    return Answer(question="", text=text, abstained=False, citations=())


def test_a_meeting_a_decision_names_for_later_is_not_asked_about(answerer):
    answer = answerer.ask(
        "There was a decision that a report be considered at the March meeting of the Board every "
        "year — which report?"
    )
    assert not answer.abstained
    assert "Community Safety Communications Plan" in answer.text


def test_which_things_were_to_be_done_asks_which():
    assert focus_of("Which statistics were to be investigated?") is None
    focus = focus_of("Was the strategy approved?")
    assert focus is not None and focus.state


def test_what_was_responsible_asks_why(answerer):
    assert WHY.search("and what was said to be responsible for it being high?")
    answer = answerer.ask(
        "Where did the MARAC repeat referral rate sit in the Q3 2020/21 report, and what was "
        "identified as responsible for it?"
    )
    assert "change in criteria for referral" in answer.text


def test_a_part_opened_by_a_phrase_of_time():
    parts = sub_questions(
        "After probation unification, roughly what share of services would be commissioned "
        "locally, and what must a PCC do to call off services?"
    )
    assert len(parts) == 2


def test_what_someone_must_do(answerer):
    answer = answerer.ask(
        "What does a PCC need to do if it wants to call off services through the Dynamic Framework?"
    )
    assert "sign a user agreement" in answer.text
