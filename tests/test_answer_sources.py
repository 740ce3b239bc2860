"""Where a question sends its answer (tenth session): an action raised at a named meeting
is found in a later log; a meeting with no papers but logged actions ("the 25.9.20 meeting")
is asked about through those actions, not declined; a decision asked "per the paper" is the
paper's to answer, not the minutes'."""

from __future__ import annotations

from datetime import date


def test_a_question_date_in_the_logs_own_form_is_read():
    from boardqa.query import understand

    known = [date(2020, 12, 11), date(2021, 3, 19)]
    assert understand("What came of the 11.12.20 meeting?", known).meetings == (date(2020, 12, 11),)
    assert understand("the update owed from the 25.9.20 meeting", known).unknown_period == (
        "2020-09-25"
    )


def test_an_action_raised_at_a_named_meeting_is_found_in_the_later_log(answerer):
    answer = answerer.ask(
        "What became of the action on ASB figures from the December 2020 meeting?"
    )
    assert not answer.abstained
    assert answer.citations[0].meeting_date == "2021-03-19"
    assert "Police & Crime Panel" in answer.text


def test_a_meeting_known_only_by_its_logged_actions_is_answered_from_them(answerer):
    answer = answerer.ask("What was the Ministry of Justice asked for at the 25.9.20 meeting?")
    assert not answer.abstained
    assert "Glen Parva" in answer.text
    listed = answerer.ask("Which actions from the 25 September 2020 meeting are still open?")
    assert "3 open actions" in listed.text


def test_what_only_minutes_record_of_such_a_meeting_is_still_declined(answerer):
    for asked in (
        "Who chaired the meeting on 25.9.20?",
        "Who attended the Board meeting on 25 September 2020?",
    ):
        answer = answerer.ask(asked)
        assert answer.abstained, asked
        assert "2020-09-25" in answer.text


def test_a_decision_asked_of_a_paper_is_not_asked_of_minutes():
    from boardqa.query import understand

    assert (
        understand("What had the Board agreed on the CSA, per the December 2018 paper?").decision
        is False
    )
    assert (
        understand("What did the Board agree on the CSA according to that report?").decision
        is False
    )
    assert understand("What did the Board agree on the CSA in December 2018?").decision is True
    assert understand("What did the Board resolve in the minutes?").decision is True


def test_what_a_paper_has_attached_is_its_list_of_appendices(answerer):
    from boardqa.answer.labels import ASKS_ATTACHED

    for asked in (
        "What's appended to the OPCC update?",
        "What papers were attached to the report?",
        "Which appendices come with the June update?",
    ):
        assert ASKS_ATTACHED.search(asked), asked
    assert not ASKS_ATTACHED.search("Which version of the CSA was attached to the report?")
    answer = answerer.ask("What is enclosed with the June 2021 OPCC update?")
    assert "Appendix 2 – Letter from Kirk Master" in answer.text
    # Which version is attached is told by the sentence that says so, not the list.
    version = answerer.ask("Which version of the CSA was attached to the December 2018 report?")
    assert "V9" in version.text


def test_what_came_of_a_minuted_offer_is_told_by_the_action_that_records_it(answerer):
    answer = answerer.ask(
        "The OPCC's chief executive offered to explain what lies behind the anti-social "
        "behaviour charts. Where has that got to?"
    )
    assert answer.text.startswith("Action 6 was raised on 11 December 2020")
    assert "Police & Crime Panel" in answer.text
    # A minuted paragraph that offers nothing is no action's record.
    said = {"kind": "minutes", "about_meeting": "2020-12-11", "text": "The ASB charts were noted."}
    assert answerer.actions.recorded_by(said) is None


def test_whether_a_person_still_holds_a_post_is_told_by_the_latest_holder(answerer):
    answer = answerer.ask("Is Lord Bach still the PCC?")
    assert "Rupert Matthews" in answer.text
    assert answer.citations[0].meeting_date == "2021-06-18"


def test_a_logged_meetings_agenda_presenters_and_figures_are_still_unknown(answerer):
    for asked in (
        "What was on the agenda for the 25 September 2020 meeting?",
        "Who presented at the 25.9.20 meeting?",
        "What were the burglary figures at the 25 September 2020 meeting?",
    ):
        answer = answerer.ask(asked)
        assert answer.abstained and "2020-09-25" in answer.text, asked


def test_only_per_or_according_to_a_paper_sends_a_decision_to_it():
    from boardqa.query import understand

    assert understand(
        "What did the Board decide in the Prevent update item in March 2021?"
    ).decision
    assert understand("What was decided from the performance report in March 2021?").decision


def test_who_is_to_present_an_agenda_item_is_that_entry_not_the_whole_agenda(answerer):
    answer = answerer.ask("According to the agenda for 19 March 2021, who is to present item 8?")
    assert len(answer.citations) == 1
    assert "Shane O’Neill" in answer.text


def test_who_presented_a_report_is_told_by_the_sentence_that_says_so(answerer):
    from boardqa.query import understand

    asked = (
        "Who presented the report on re-procuring domestic and sexual violence services at the "
        "11 December 2020 meeting, and what is their job?"
    )
    assert understand(asked).verb is not None
    answer = answerer.ask(asked)
    assert "presented by Joshna Mavji, Consultant in Public Health" in answer.text


def test_a_table_rows_date_cell_answers_when_its_first_cell_matches(answerer):
    answer = answerer.ask(
        "When should the SPB work to identify risk factors shared by harmful behaviours be "
        "done, per Annex B?"
    )
    assert not answer.abstained
    assert "end of February 2021" in answer.text
    assert answer.citations[-1].text.startswith("This work is intended")


def test_second_review_cases_answer_as_before_or_better(answerer):
    # What was promised at a meeting known by its actions is found; who was responsible for
    # its presentation is not an action of that meeting.
    assert not answerer.ask(
        "What did Shane O'Neill promise at the 25 September 2020 meeting?"
    ).abstained
    assert answerer.ask(
        "Who was responsible for the presentation at the 25 September 2020 meeting?"
    ).abstained
    # Any agenda item by its number, not only one whose words the question repeats.
    item = answerer.ask("According to the agenda for 19 March 2021, who is to present item 12?")
    assert "Rik Basra" in item.text
    # Prose under a heading is no table row: a dateless match stays declined.
    assert answerer.ask("When were the CSP monitoring forms amended?").abstained
    # "considered a report of …" still says who presented it.
    older = answerer.ask("Who presented the domestic abuse report at the October 2018 meeting?")
    assert "Gurjit Samra-Rai" in older.text
