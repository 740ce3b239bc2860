"""Whose figure it is, where a duty comes from, and whom a deed was done with. From reading
blind45 (a neighbouring county's partnership chair) and blind46 (a performance and data
analyst) in the twenty-sixth session."""

from __future__ import annotations

from boardqa.answer.mentions import of_another_subject
from boardqa.answer.persons import names_agent
from boardqa.conversation import Conversation


def test_a_figure_in_a_paper_that_never_names_the_subject_is_not_its_figure():
    named = ["Sentinel", "Officer"]
    question = "What was the Sentinel Project Officer post expected to cost?"
    prevent = ("d-prevent", "The Home Office have proposed to fund 13 local Prevent projects.")
    minutes = ("d-minutes", "A Sentinel Project Officer post was discussed by the group.")
    assert of_another_subject(named, [prevent], [minutes, prevent], question)
    # A figure in the paper whose other passages name the subject may be its figure.
    same_paper = ("d-minutes", "The post would cost £30,000 a year.")
    assert not of_another_subject(named, [same_paper], [minutes, same_paper], question)
    # So may a figure whose own passage names it.
    named_there = ("d-other", "The Sentinel Project Officer would cost £30,000.")
    assert not of_another_subject(named, [named_there], [minutes], question)
    # A question that names one thing is left to the checks of place and measure.
    assert not of_another_subject(["Sentinel"], [prevent], [minutes], question)


def test_whom_a_deed_was_done_with_answers_who_it_was_done_with():
    sentence = (
        "By working with the local authority ASB team and housing association closure orders "
        "were used to remove the address."
    )
    assert names_agent(sentence, "Who did the team work with to close the address?")
    assert names_agent(sentence, "With whom were they working?")
    assert not names_agent(sentence, "Who did the team report to?")


def test_a_cost_of_a_post_no_paper_prices_is_declined(answerer):
    answer = answerer.ask(
        "What was the proposed Sentinel Project Officer post expected to cost per year?"
    )
    assert answer.abstained, answer.text
    assert "Sentinel" in answer.text


def test_a_figure_the_paper_naming_the_source_gives_is_still_answered(answerer):
    answer = answerer.ask(
        "Drawing on Dame Black's review, how much can one county line make in a year?"
    )
    assert not answer.abstained, answer.text
    assert "£800k" in answer.text


def test_where_a_duty_comes_from_is_answered_by_the_law_named(answerer):
    answer = answerer.ask(
        "According to the December 2018 hate strategy report, where does the requirement to "
        "produce such a strategy come from?"
    )
    assert "Crime & Disorder Act 1998" in answer.text, answer.text


def test_a_follow_up_asks_for_whom_the_last_answer_did_not_name(answerer):
    talk = Conversation()
    answerer.ask(
        "How did the local policing team in Market Harborough deal with the county line there?",
        talk,
    )
    answer = answerer.ask("Who did they work with to get the address closed?", talk)
    # Led by the passage that names them, not the one the last answer quoted.
    assert "housing association" in answer.citations[0].text, answer.text


def test_a_capitalised_name_after_people_is_no_person_and_plural_contacts_are_a_role():
    from boardqa.answer.persons import people
    from boardqa.clauses import sub_questions
    from boardqa.focus import role_asked
    from boardqa.query import understand

    assert understand("Which three People Zones were named in 2018?").asks == "what"
    assert understand("Which people attended the workshop?").asks == "who"
    assert people("The Zones had an Information Sharing Agreement and People Zones.") == []
    assert role_asked("Who were the officers to contact for the report?") == "Officer to Contact"
    # "per thousand" is a rate's unit, which the papers write in words too.
    from boardqa.spoken import in_digits

    assert in_digits("What was the rate per thousand?") == "What was the rate per thousand?"
    assert in_digits("one thousand residents, a hundred and twenty five") == "1000 residents, a 125"
    # A part after its preposition with a verb of its own; "at what risk level" has none.
    assert sub_questions(
        "How soon will the analyst deliver, and for what period is the funding secured?"
    ) == ["How soon will the analyst deliver", "for what period is the funding secured"]


def test_a_regional_average_the_papers_never_give_is_declined(answerer):
    answer = answerer.ask(
        "Against what regional average is the Sentinel case-managed ASB rate of 18.5 per "
        "thousand compared in the Q3 2020/21 performance report?"
    )
    assert answer.abstained, answer.text
    assert "regional average" in answer.text


def test_a_named_lead_the_papers_never_give_is_declined(answerer):
    answer = answerer.ask("Who is the named lead for the Bell Foundry Estate People Zone?")
    assert answer.abstained, answer.text


def test_the_year_of_a_deed_is_not_the_year_of_the_paper(answerer):
    answer = answerer.ask(
        "Which officer led the Neighbourhood Policing team in the operation that disrupted an "
        "established County Line in North West Leicestershire during 2020?"
    )
    assert "Rich Jackson" in answer.text, answer.text


def test_a_part_for_what_period_is_searched_on_its_own(answerer):
    answer = answerer.ask(
        "In the domestic abuse delivery plan, how soon after starting is the part-time DA "
        "analyst to deliver a refreshed dashboard, and for what period is the funding for the "
        "post likely to be secured?"
    )
    assert "first 3 months" in answer.text and "2021/22" in answer.text, answer.text


def test_officers_to_contact_of_a_paper_named_by_its_title(answerer):
    answer = answerer.ask(
        "Who were the officers to contact for the December 2018 report on links between the "
        "Board and the Health & Wellbeing Board?"
    )
    assert "Mike Sandys" in answer.text and "Joshna Mavji" in answer.text, answer.text


def test_one_of_a_thing_answers_how_many_in_a_paragraph_on_the_round_asked():
    from boardqa.answer.kinds import holds_figure
    from boardqa.answer.labels import numbered_labels
    from boardqa.answer.units import quotable
    from boardqa.retrieve import Candidate

    asked = "How many bids will the OPCC put into Safer Streets 3?"
    one = "Given the above re. Safer Streets 2 we do not think it is worthwhile submitting more than one bid."
    assert holds_figure(one, asked)
    assert not holds_figure("One of the bids was late.", "How many reports were late?")
    text = f"Safer Streets 3 (VAWG) has now been formally launched. {one}"
    payload = {"key": "k", "text": text, "document": "LSCSB Update: OPCC"}
    units = [
        u for u, _ in quotable(Candidate("k", payload, 1.0, 0.5, 0.5, 0), numbered_labels(asked))
    ]
    assert one in units
    # A count of the other round's is still its own: not quoted for round 3.
    counted = "Safer Streets 3 has launched. We secured 3 bids through Safer Streets 2."
    payload = {**payload, "text": counted}
    units = [
        u for u, _ in quotable(Candidate("k", payload, 1.0, 0.5, 0.5, 0), numbered_labels(asked))
    ]
    assert units == ["Safer Streets 3 has launched."]


def test_how_many_bids_for_the_third_round(answerer):
    answer = answerer.ask("How many bids is the OPCC putting in for Safer Streets 3?")
    assert "more than one bid" in answer.text, answer.text
