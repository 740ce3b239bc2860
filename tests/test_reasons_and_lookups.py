"""Why-questions answered by a reason or declined; purposes; a figure, an agenda item or an
appendix asked about; a figure's period of months; a person's body. Found reading blind35
(a student asking why and how) and blind36 (a minute-taker working back from a detail) in
the twenty-first session."""

from __future__ import annotations

from datetime import date

from boardqa.answer.agenda_order import agenda_asked
from boardqa.answer.kinds import CAUSE, without_ages
from boardqa.answer.labels import ASKS_ATTACHED, ATTACHED
from boardqa.answer.persons import gives_title, title_asked
from boardqa.named_figures import figures_named, gives_figure_named
from boardqa.question_periods import month_spans
from boardqa.question_verbs import expected_verb


def test_reasons_the_papers_give_as_purposes_or_states():
    assert CAUSE.search("Doing so will facilitate ease of update without the need to redesign")
    assert CAUSE.search("The Safer Communities Performance Dashboard is no longer available")
    assert not CAUSE.search("25 November No theme identified at this point")


def test_a_why_the_papers_do_not_answer_is_declined(answerer):
    answer = answerer.ask("Why was no theme identified for the SPB meeting on 25 November?")
    assert answer.abstained
    assert "give no reason" in answer.text


def test_a_why_is_answered_by_its_reason_even_of_another_round(answerer):
    # The reason names Safer Streets 2, a round the question does not ask about.
    answer = answerer.ask("Why is only one bid going in for Safer Streets 3?")
    assert not answer.abstained
    assert "not think it is worthwhile submitting more than one bid" in answer.text


def test_a_purpose_is_not_a_verb_to_find(answerer):
    from boardqa.conversation import Conversation

    assert expected_verb("What is the Volunteering Passport meant to achieve?") is None
    talk = Conversation()
    answerer.ask("How do the police use what they learn from investigating County Lines?", talk)
    answer = answerer.ask("What is that meant to achieve?", talk)
    assert not answer.abstained
    assert "divert them directly into Substance Treatment Services" in answer.text


def test_what_will_be_done_about_funding_is_no_sum(answerer):
    answer = answerer.ask(
        "What does the OPCC plan to do about the Night Time Economy funding opportunity?"
    )
    assert not answer.abstained
    assert "submit a bid with partners" in answer.text


def test_a_figure_named_to_ask_what_it_is(answerer):
    assert figures_named("The slides give 59% — what were 59% of respondents?") == {"59%"}
    assert figures_named("How many were there, 2,000 or 3,000?") == frozenset()
    assert gives_figure_named("OPCC £111,125.00 200 additional", figures_named("£111,125 for?"))
    answer = answerer.ask("The survey slides give a figure of 59% — 59% of respondents said what?")
    assert "59% are very or fairly satisfied with the local fire and rescue service" in answer.text


def test_an_agenda_item_asked_with_its_pages_and_presenter(answerer):
    ask = agenda_asked(
        "On the March 2021 agenda, which paper came under item 12, and who was to present it?"
    )
    assert ask is not None and ask.number == 12
    answer = answerer.ask("Which report came under item 12 at the 19 March 2021 meeting?")
    assert "Quarter 3" in answer.text
    assert "(Pages 49 - 54)" in answer.text
    assert "Rik Basra" in answer.text


def test_a_papers_appendices_asked_for(answerer):
    assert ASKS_ATTACHED.search("Which background papers are appended to the report?")
    assert ATTACHED.search("The report lists one appendix: what is it?")
    answer = answerer.ask("Which supporting documents are appended to the OPCC's June 2021 update?")
    assert "Fair Chance Recruitment" in answer.text
    assert "Letter from Kirk Master" in answer.text


def test_a_figure_for_other_months_than_asked_is_declined(answerer):
    assert month_spans("for the two year period April 2018-March 2020") == {
        (date(2018, 4, 1), date(2020, 3, 31))
    }
    asked = "What was the rate of hospital admissions for violence for April 2020 to March 2021?"
    assert answerer.ask(asked).abstained
    # The period the papers give is answered, and not read as two months to compare.
    given = answerer.ask(asked.replace("April 2020 to March 2021", "April 2018 to March 2020"))
    assert not given.abstained
    assert "23.4 per 100,000" in given.text


def test_an_age_range_is_no_figure_for_a_total(answerer):
    assert without_ages("young people aged 11-24 took part").split() == [
        "young",
        "people",
        "took",
        "part",
    ]
    answer = answerer.ask(
        "What was the total of first time entrants to the criminal justice system for the whole "
        "of 2020/21?"
    )
    assert answer.abstained


def test_an_age_group_is_asked_of_an_age(answerer):
    from boardqa.conversation import Conversation

    talk = Conversation()
    answerer.ask("Tell me about the youth perception survey in the June 2021 update.", talk)
    answer = answerer.ask("What age group is it aimed at, and when did it go live?", talk)
    assert not answer.abstained
    assert "11-24" in answer.text


def test_the_body_a_person_works_for(answerer):
    assert title_asked("Which organisation does Grace Strong work for?") == "Grace Strong"
    assert title_asked("Matthew Wakely co-wrote it — which organisation is he from?") == (
        "Matthew Wakely"
    )
    assert gives_title("Grace Strong (VRN), Paul Hindson (OPCC)", "Grace Strong")
    assert not gives_title("Paul Hindson (OPCC) and Matthew Wakely have drafted", "Matthew Wakely")
    answer = answerer.ask("Which organisation does Matthew Wakely work for?")
    assert answer.abstained
    assert "Matthew Wakely" in answer.text


def test_findings_of_a_study_no_passage_speaks_of_are_declined(answerer):
    answer = answerer.ask("What did the evaluation of the Start a Conversation campaign conclude?")
    assert answer.abstained
    assert "mention no evaluation" in answer.text


def test_a_passage_that_points_back_to_its_topic_is_introduced_by_its_heading(answerer):
    answer = answerer.ask(
        "The SPB Exec agreed to formally adopt a piece of work as a project within the SPB "
        "structure: what was that work?"
    )
    assert "under “Female Offender Strategy”" in answer.text
