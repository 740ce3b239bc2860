"""Questions as the board's secretary puts them when preparing the forward plan (blind27, read
in the seventeenth session): when something in an action's later life happens (not the day
it was raised), which meeting an item is slotted into, the next meeting's date, what a report
promised to a meeting concluded, a year named as a financial year, and a paper named by its
agenda item or its table's heading."""

from __future__ import annotations

from boardqa.answer.abstain import lacks_answer_type, lacks_time
from boardqa.answer.kinds import has_date, holds_asked
from boardqa.answer.mentions import as_listed
from boardqa.answer.persons import people
from boardqa.query import asks_decision, understand
from seed_meetings import SEED_MEETINGS

_RAISED = (
    "Action 6 (raised 11 December 2020): Paul Hindson to produce a summary of factors. "
    "Comments: A summary has been compiled but will go to the Police & Crime Panel first."
)


def test_a_financial_year_the_question_names_is_no_date_of_an_answer():
    asked = "When does the county council meet to set its 2021/22 budget?"
    assert not has_date("Leicestershire County Council; DA duty 2021/22 allocation", asked)
    assert has_date("The budget meeting is on 17 February 2021.", asked)
    # A financial year the question does not name is a date all the same …
    assert has_date("The 2021/22 allocation was agreed.", "When was the allocation agreed?")
    # … and its first year, named by the question on its own, is not (as before).
    assert not has_date("Quarter 1 of 2018/19", "When in October 2018 did members doubt it?")


def test_the_day_an_action_was_raised_answers_only_when_it_was_raised():
    going = "On what date will the ASB summary go to the Police and Crime Panel?"
    assert not holds_asked("when", _RAISED, going)
    assert holds_asked("when", _RAISED, "When was the action on the ASB summary raised?")
    # A meeting named by its month alone answers a "when".
    booked = "Action 7 (raised 11 December 2020): Comments: an input to the March Board."
    assert holds_asked("when", booked, "When were the survey results to come to the Board?")


def test_which_meeting_is_answered_only_by_a_meeting_named():
    asked = "Which meeting of the board has the Covid-19 lessons report now been put into?"
    intent = understand(asked, SEED_MEETINGS)
    future = "Action 2 (raised 26 June 2020): Comments: This will be an item for a future meeting."
    assert lacks_time(intent, [future]) == "the passages closest to the question name no meeting"
    assert lacks_time(intent, ["It will be an item for the June meeting."]) is None


def test_the_next_meeting_is_dated_by_a_sentence_about_a_meeting():
    intent = understand("When is the board's next meeting after 18 June 2021?", SEED_MEETINGS)
    other = ["Applications for the next programme will run until 30th July'21."]
    assert lacks_answer_type(intent, other) == (
        "the passages closest to the question give no date of a meeting"
    )
    assert lacks_answer_type(intent, ["The next meeting will be held on 17 September 2021."]) is (
        None
    )


def test_what_a_report_only_requested_concluded_is_not_recorded():
    intent = understand(
        "What did the review of serious youth violence, asked for by the board, conclude?",
        SEED_MEETINGS,
    )
    requested = ["That officers be requested to bring a review of serious youth violence."]
    assert "still to come" in (lacks_answer_type(intent, requested) or "")
    found = ["The review found that most incidents involved young men under 25."]
    assert lacks_answer_type(intent, found) is None


def test_a_thing_named_by_the_request_for_it_is_no_decision_asked_about():
    assert not asks_decision("Did the probation report the board asked for reach the agenda?")
    assert asks_decision("What did the board ask for at the December 2020 meeting?")


def test_a_paragraph_of_the_item_the_question_names_is_listed_with_the_item():
    payload = {"text": "Annex A: SPB Portfolio", "kind": "appendix", "agenda_item": "10"}
    assert as_listed(payload, "Which annex ends the item 10 paper?").startswith("Item 10:")
    assert not as_listed(payload, "Which annex ends the item 1 paper?").startswith("Item")


def test_a_title_opened_by_an_ing_word_is_no_person():
    assert people("the Strategy Statement for Tackling Hate Crimes and Incidents") == []
    assert people("presented by Anita Chavda") == ["Anita Chavda"]


def test_a_report_that_came_back_to_the_board_in_a_year_without_meetings(answerer):
    answer = answerer.ask(
        "What did the Hope Project update say when it came back to the board in 2019?"
    )
    assert answer.abstained and "2019" in answer.text


def test_a_row_of_the_table_the_question_names_by_its_heading(answerer):
    answer = answerer.ask(
        "In the Hope Project contract price table, what was the total for 1/12/15 to 31/3/16?"
    )
    assert not answer.abstained
    assert "£273,166.66" in answer.text


def test_who_wrote_the_paper_a_meeting_received(answerer):
    answer = answerer.ask(
        "Who wrote the report on the amended hate Strategy Statement in December 2018?"
    )
    assert "Anita Chavda" in answer.text
