"""What a term stands for and lines of accountability: initials the papers use but never spell
out, to which body a group reports, who approved a paper, who sits on a board, a quorum; and
what the questions around them ask ("When the Chairman asked …, of which strategy …?", "the
report to its next meeting", "the Chief Executive of the Office of the PCC endorsed …"). From
reading blind55 (a glossary compiler) and blind56 (a governance officer) in the thirtieth
session."""

from __future__ import annotations

from datetime import date

from boardqa.answer.accountability import lacks_accountability
from boardqa.answer.persons import names_post
from boardqa.clauses import asked_clause
from boardqa.conversation import Conversation
from boardqa.focus import Focus, focus_of
from boardqa.query import understand
from boardqa.question_verbs import speaks_of_verb
from seed_meetings import SEED_MEETINGS

KNOWN = list(SEED_MEETINGS)


def test_initials_the_papers_never_spell_out_are_declined(answerer):
    answer = answerer.ask("What does VAWG stand for in the Safer Streets 3 round?")
    assert answer.abstained and "never spell it out" in answer.text
    # Spelled out somewhere: the name, cited.
    answer = answerer.ask("What does CSA stand for?")
    assert not answer.abstained and "Community Safety Agreement" in answer.text
    # Asked with more, the rest is still answered.
    answer = answerer.ask("What does JAG stand for, and what do JAGs escalate issues through?")
    assert not answer.abstained and "Joint Action Group" in answer.text


def test_a_line_of_accountability_must_be_said():
    group = ["Leicestershire County Council plays a key role in the Suicide Audit Group."]
    assert lacks_accountability("To which body does the Suicide Audit Group report?", group)
    assert lacks_accountability("Who approved the amended monitoring forms?", group)
    assert lacks_accountability("Which organisations sit on the Project Board?", group)
    said = ["The group reports to the Health and Wellbeing Board and is accountable to it."]
    assert lacks_accountability("To which body does the group report?", said) is None
    member = ["Mr Ivan Ould CC is a member of this group as is Councillor Sarah Russell."]
    assert lacks_accountability("Which councillors sit on the lead member group?", member) is None
    # "The report" a question names is a paper, not a reporting line.
    assert lacks_accountability("To which meeting will the report go?", group) is None
    assert (
        lacks_accountability(
            "To what extent is the dashboard still provided with the quarterly performance report?",
            group,
        )
        is None
    )


def test_governance_asked_of_passages_that_never_say_it_is_declined(answerer):
    for question in (
        "To which body does the LLR Suicide Audit and Prevention Group report?",
        "Who approved the amended CSP monitoring forms before they went out?",
        "Who sits on the SPB Executive that the programme presentation went to?",
        "What quorum applies to the lead member group for the DSVA recommissioning?",
    ):
        assert answerer.ask(question).abstained, question
    answer = answerer.ask("Which Rutland councillor sits on the domestic abuse lead member group?")
    assert not answer.abstained and "Alan" in answer.text


def test_a_quorum_that_applies_is_the_focus():
    focus = focus_of("What quorum applies to the lead member group?")
    assert focus is not None and focus.word == "quorum"


def test_a_scene_then_a_question_word_after_its_preposition():
    question = "When the Chairman asked about County Lines, of which strategy was it part?"
    assert asked_clause(question) == "of which strategy was it part?"
    assert understand(question, KNOWN).asks != "when"


def test_the_report_to_the_next_meeting_is_the_next_meeting_s():
    intent = understand(
        "On 1 October 2018 the Board asked for clarification of the statement's legal status; "
        "which provisions did the report to its next meeting identify?",
        KNOWN,
    )
    assert intent.meetings == (date(2018, 12, 10),)


def test_a_post_of_the_office_is_named_and_which_council_service_asks_for_a_service(answerer):
    assert names_post("The Chief Executive of the Office of the PCC endorsed the approach.")
    conversation = Conversation()
    answerer.ask("What are the 4Ps that came up at the October 2018 meeting?", conversation)
    answer = answerer.ask("Who endorsed using them?", conversation)
    assert not answer.abstained and "Chief Executive" in answer.text
    answer = answerer.ask(
        "Which County Council service acts as the front door in the Unified Prevention model?"
    )
    assert not answer.abstained and "First Contact Plus" in answer.text


def test_a_dashboard_the_question_names_is_where_to_look_not_what_the_figure_is_of(answerer):
    answer = answerer.ask(
        "What ranking against its nearest neighbours did the Quarter 2 2018/19 Safer "
        "Communities dashboard give Leicestershire for the violence with injury rate?"
    )
    assert not answer.abstained and "2/9" in answer.text


def test_a_date_must_be_of_the_rare_name_a_when_question_asks_about(answerer):
    intent = answerer.retriever.intent("When was Operation Encompass introduced in Leicestershire?")
    assert intent.rare == ("Encompass",)
    # Where to look and who asks, before the "when", are not what it asks about.
    assert answerer.retriever.intent("According to Bob Bearne's slides, when is it due?").rare == ()
    answer = answerer.ask("When was Operation Encompass introduced in Leicestershire?")
    assert answer.abstained and "Encompass" in answer.text
    answer = answerer.ask("When did the youth perception survey go live?")
    assert not answer.abstained


def test_when_someone_brought_a_paper_says_which_item_not_what_was_decided(answerer):
    answer = answerer.ask(
        "What did the Board resolve on the Community Safety Agreement refresh when Rik Basra "
        "presented the draft in October 2018?"
    )
    assert not answer.abstained and "continued work to develop" in answer.text


def test_a_chair_s_title_is_not_who_chairs():
    chairs = Focus("chairs")
    assert not speaks_of_verb(chairs, "These were circulated to all the CSP Chairs and Managers.")
    assert not speaks_of_verb(chairs, "Present: Ivan Ould CC (Chairman); Leicestershire")
    assert speaks_of_verb(chairs, "A lead member Group has been established, Chaired by the PCC.")
    assert speaks_of_verb(chairs, "The Team Manager will continue to Chair the JCAB.")


def test_which_review_found_reads_the_paragraph_the_finding_points_back_to(answerer):
    answer = answerer.ask("Which review found that a county line can make over £800k a year?")
    assert not answer.abstained and "Dame Black" in answer.text
