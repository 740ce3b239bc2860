"""Questions as an internal auditor puts them (blind21, read in the fourteenth session): they
name where a thing is published ("the ModernGov page"), a paper by its agenda item's title,
a table's cell by its row and column, and decisions other bodies took, which the papers
report and the Board's minutes need not."""

from __future__ import annotations

from boardqa.answer.mentions import item_titles, salient_tokens, whose_paper
from boardqa.query import OTHER_BODY_DECIDES, WHO, understand

MEETINGS = ()


def test_the_page_a_paragraph_is_published_on_is_no_topic():
    asked = "On the ModernGov page for the December meeting, who was the contact?"
    assert "ModernGov" not in salient_tokens(asked)
    assert "Euan" in salient_tokens("Is Euan Walters the contact?")


def test_by_whom_asks_for_a_person():
    assert WHO.search("Which items were presentations, and by whom were they given?")
    assert not WHO.search("Which items were presentations?")
    assert understand("Which items were presentations, and by whom?", MEETINGS).asks == "who"


def test_a_verb_of_presenting_asks_who_only_when_nothing_else_is_asked():
    assert understand("Who presented the survey findings?", MEETINGS).asks == "who"
    assert understand("Dr Hardy presented the survey: responsible for it?", MEETINGS).asks == "who"
    assert understand("The survey was presented at the March meeting by?", MEETINGS).asks == "who"
    for asked in (
        "According to the update, what was the outcome when Paul Hindson presented the ToR?",
        "In the survey findings presented in March 2021, what share were satisfied?",
        "In the action log presented to the March meeting, what is recorded for action 5?",
    ):
        assert understand(asked, MEETINGS).asks != "who", asked


def test_a_decision_of_another_body_is_told_apart_from_the_boards():
    for asked in (
        "What did the SPB Exec decide about the workstream?",
        "Did the SOG approve the revised terms of reference?",
        "What did the senior officers group agree?",
    ):
        assert OTHER_BODY_DECIDES.search(asked), asked
    for asked in (
        "What did the Board decide about the workstream?",
        "Did the LSCSB approve the plan?",
        "What was decided about the survey?",
    ):
        assert not OTHER_BODY_DECIDES.search(asked), asked


def test_a_paper_named_by_its_agenda_items_title():
    payloads = [
        {"meeting_date": "2021-03-19", "agenda_item": "11", "document": "Community Cohesion"},
        {"meeting_date": "2021-03-19", "agenda_item": "9", "document": "Probation Update"},
    ]
    agenda = {("2021-03-19", "11"): "Community Safety Survey - Key Findings"}
    titles = item_titles(payloads, agenda)
    assert "Survey" in titles
    assert "Survey" not in item_titles(payloads)
    asked = "In the Community Safety Survey findings, what share were satisfied?"
    assert whose_paper(asked, ["Survey"], titles) == []
    assert whose_paper(asked, ["Survey"], item_titles(payloads)) == ["Survey"]


def test_the_next_meeting_on_the_web_page_is_answered(answerer):
    answer = answerer.ask(
        "What date does the ModernGov page of the December 2020 meeting give for the next one?"
    )
    assert not answer.abstained
    assert "19 March 2021" in answer.text


def test_another_bodys_decision_reported_in_a_paper_is_answered(answerer):
    answer = answerer.ask(
        "At the March 2021 meeting, what did the SPB Exec decide when asked to endorse the "
        "female offender work?"
    )
    assert not answer.abstained
    assert "formally adopt" in answer.text


def test_a_table_cell_named_by_row_and_column_is_answered(answerer):
    answer = answerer.ask(
        "In the Hope Project's contract price table, what contribution does Rutland County "
        "Council make for 1/4/18 to 31/3/19?"
    )
    assert not answer.abstained
    assert "£56,325" in answer.text
    assert answer.citations[0].kind == "appendix"


def test_a_slide_of_a_paper_named_by_its_items_title_is_answered(answerer):
    answer = answerer.ask(
        "On the Community Safety Survey findings slides of March 2021, what percentage were "
        "very or fairly satisfied with the local fire and rescue service?"
    )
    assert not answer.abstained
    assert "59%" in answer.text


def test_a_day_asked_for_by_its_name():
    from boardqa.day_asked import date_noun_words

    for asked in (
        "In the March paper, what was the deadline for applications?",
        "What is the closing date for bids?",
        "What was the planned start date of the new service?",
    ):
        assert understand(asked, MEETINGS).asks == "when", asked
        assert date_noun_words(asked), asked
    assert "deadlin" in date_noun_words("What was the closing date for bids?")
    assert understand("What was the deadline extension for?", MEETINGS).asks != "when"
    assert not date_noun_words("What was the fund for?")


def test_the_deadline_sentence_answers_not_the_launch_sentence(answerer):
    answer = answerer.ask(
        "In the OPCC update to the March 2021 board, what was the deadline for applications "
        "to the Home Office's second round of Safer Streets?"
    )
    assert not answer.abstained
    assert "25 March 2021" in answer.text.split("[1]")[0]


def test_a_deputy_must_be_said_to_be_one(answerer):
    from boardqa.question_verbs import verb_asked

    assert verb_asked("Who deputised for the Harborough councillor?") is not None
    answer = answerer.ask("Who deputised for Cllr Whelband at the December 2020 meeting?")
    assert answer.abstained
    assert "deputised" in answer.text


def test_an_annex_named_as_where_to_look_is_not_answered_by_its_title(answerer):
    answer = answerer.ask(
        "In Annex A (SPB Portfolio) of the March 2021 OPCC report, what status does the "
        "Volunteer Strategy have?"
    )
    assert answer.abstained
    kept = answerer.ask("What is in Appendix 1 of the December 2018 OPCC report on People Zones?")
    assert not kept.abstained


def test_a_person_named_after_their_post_in_one_run():
    from boardqa.answer.persons import people

    assert people("A group Chaired by the Police and Crime Commissioner Lord Willy Bach.") == [
        "Lord Willy Bach"
    ]
    assert people("said the Police and Crime Commissioner Rupert Matthews") == ["Rupert Matthews"]
    assert people("the Leicestershire County Council Community Safety Team") == []


def test_who_chairs_a_group_named_by_the_commissioners_title(answerer):
    answer = answerer.ask("Who chairs the lead member group for the DSVA service redesign?")
    assert not answer.abstained
    assert "Lord Willy Bach" in answer.text.split("[1]")[0]


def test_an_explanation_asked_for_is_a_why():
    from boardqa.focus import focus_of

    asked = "Rates rose, and what explanation does the later report give for the rise?"
    assert understand(asked, MEETINGS).cause
    assert focus_of("What explanation does the report give for the rise?") is None
    assert not understand("What did the explanation cover?", MEETINGS).cause
