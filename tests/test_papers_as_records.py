"""Papers asked about as records and schemes asked about as risks: a paper's two roles in
one question, a table's column named by its year, a deed's month, a kind of sum, score or
number the papers never give, and an agenda entry asked for by its title. From reading
blind47 (a risk and assurance manager) and blind48 (an archivist) in the twenty-seventh
session."""

from __future__ import annotations

from boardqa.answer.kinds import has_date, holds_figure
from boardqa.clauses import asks_something, sub_questions
from boardqa.day_asked import date_noun_words
from boardqa.focus import focus_of, role_asked
from boardqa.question_periods import year_spans


def test_both_roles_of_one_paper_are_read_off_it(answerer):
    answer = answerer.ask(
        "Who wrote the December 2018 update on the Strategy Statement for Tackling Hate, and "
        "who is its officer to contact?"
    )
    assert not answer.abstained, answer.text
    assert "Anita Chavda" in answer.text and "Sally Johnson" in answer.text
    assert len(answer.citations) == 2


def test_which_officer_is_given_as_a_paper_role_asks_for_that_role():
    assert role_asked("Which officer is given as report author of the hate update?") == (
        "Report Author"
    )
    assert role_asked("and which officer is named as the officer to contact?") == (
        "Officer to Contact"
    )


def test_a_year_names_the_column_of_a_row_named_by_its_initials(answerer):
    assert {(d.year, d.month) for span in year_spans("in 2017/18") for d in span} == {
        (2017, 4),
        (2018, 3),
    }
    answer = answerer.ask(
        "What share of the yearly contract price for domestic and sexual violence support "
        "did the OPCC pay in 2017/18?"
    )
    assert not answer.abstained, answer.text
    assert "£259,225" in answer.text
    assert "Office of the Police & Crime Commissioner" in answer.citations[0].text


def test_a_share_of_a_price_may_be_a_sum():
    row = "Funding Body: Rutland County Council; 1/4/17 – 31/3/18: £56,325"
    assert holds_figure(row, "What share of the annual price did Rutland pay?")
    assert holds_figure(row, "Rutland share of domestic abuse contract 2017/18")
    assert not holds_figure(row, "What share of respondents felt safe?")


def test_a_part_asking_for_how_long_is_a_part_of_its_own(answerer):
    conversation_free = answerer.ask(
        "Where was the part-time domestic abuse analyst post to sit, and for how long was its "
        "funding likely to be secured?"
    )
    assert not conversation_free.abstained, conversation_free.text
    assert "OPCC" in conversation_free.text and "2021/22" in conversation_free.text


def test_a_point_in_a_month_answers_when_of_its_own_deed_only():
    launched = "A further bid opportunity will be launched at the end of June by the Home Office."
    assert has_date(launched, "When is the Home Office expected to launch the bid round?")
    assert not has_date(launched, "When does the Home Office bid round close?")
    # With its year it is a date already, which the question may name.
    assert not has_date(
        "The results would be circulated before the end of December 2020.",
        "Who was invited in December 2020?",
    )


def test_the_month_a_bid_round_opens_is_answered(answerer):
    answer = answerer.ask(
        "When was the further Night Time Economy bid opportunity expected to be launched, "
        "according to the June 2021 OPCC update?"
    )
    assert not answer.abstained, answer.text
    assert "end of June" in answer.text


def test_how_much_detail_asks_for_a_degree_not_an_amount(answerer):
    intent = answerer.retriever.intent("How much detail did the OPCC have about the new fund?")
    assert intent.asks != "how_much"


def test_a_kind_of_sum_the_papers_never_give_is_declined(answerer):
    assert focus_of("What contingency funding did the council hold?", "how_much") is not None
    answer = answerer.ask(
        "What contingency funding did the County Council keep in case the Hope Project bid failed?"
    )
    assert answer.abstained, answer.text


def test_scores_of_two_kinds_the_papers_never_give_are_declined(answerer):
    answer = answerer.ask(
        "What likelihood and impact scores did the December 2018 paper give the risks of "
        "recommissioning the domestic violence service?"
    )
    assert answer.abstained, answer.text


def test_a_date_for_recommendations_is_not_answered_by_the_papers_recommendations(answerer):
    answer = answerer.ask(
        "On what date will the Independent Review of Prevent publish its recommendations?"
    )
    assert answer.abstained, answer.text


def test_which_provider_was_selected_needs_a_passage_on_selecting(answerer):
    answer = answerer.ask(
        "Which organisation was selected to run the new domestic and sexual violence services "
        "from April 2022?"
    )
    assert answer.abstained, answer.text


def test_what_the_board_was_asked_to_decide_is_read_from_the_paper(answerer):
    answer = answerer.ask(
        "What was the board asked to decide on the hate strategy update at its meeting of "
        "10 December 2018?"
    )
    assert not answer.abstained, answer.text
    assert "performance monitoring mechanism" in answer.text


def test_the_year_a_report_is_of_is_not_the_year_of_its_figures(answerer):
    answer = answerer.ask(
        "What hospital admission rate for violence does the performance report for Quarter 3 "
        "of 2020/21 give for Leicestershire?"
    )
    assert not answer.abstained, answer.text
    assert "23.4" in answer.text


def test_a_meeting_a_paper_reports_attending_is_not_the_boards_attendance(answerer):
    answer = answerer.ask(
        "Who attended the CSP Chairs Network Meeting to explain the Ex-offender Programme, "
        "according to the OPCC update for June 2021, and what is her post?"
    )
    assert not answer.abstained, answer.text
    assert "Mandeep Kaur" in answer.text


def test_a_reference_number_or_a_despatch_date_never_printed_is_declined(answerer):
    reference = answerer.ask(
        "What reference number was printed on the December 2018 Community Safety Agreement update?"
    )
    assert reference.abstained, reference.text
    despatched = answerer.ask("When was the reports pack for the June 2021 meeting despatched?")
    assert despatched.abstained, despatched.text


def test_a_version_number_is_answered_where_a_paper_gives_one(answerer):
    answer = answerer.ask(
        "What version number of the Community Safety Agreement was attached to the December "
        "2018 update?"
    )
    assert not answer.abstained, answer.text
    assert "V9" in answer.text


def test_each_year_within_a_span_answers_for_the_span(answerer):
    answer = answerer.ask(
        "How much did Rutland County Council contribute to the domestic and sexual violence "
        "contract in each year from 1 April 2016 to 31 March 2019?"
    )
    assert not answer.abstained, answer.text
    assert "£56,325" in answer.text


def test_an_agenda_entry_asked_by_its_title_is_not_the_whole_agenda(answerer):
    answer = answerer.ask(
        "Under what title was the presentation of the community safety survey results on the "
        "agenda for 19 March 2021?"
    )
    assert not answer.abstained, answer.text
    assert "Key Findings" in answer.text
    assert len(answer.citations) <= 3


def test_a_ranking_is_answered_by_the_row_that_gives_one(answerer):
    answer = answerer.ask(
        "What nearest neighbour ranking did the Q2 2018/19 dashboard show for violence with injury?"
    )
    assert not answer.abstained, answer.text
    assert "2/9" in answer.text
    assert len(answer.citations) == 1  # not the report's text on violence as well


def test_a_closing_date_named_after_what_asks_for_that_day(answerer):
    assert date_noun_words("What closing date for applications is given in the report?")
    answer = answerer.ask(
        "What closing date for Safer Streets round two applications is given in the OPCC "
        "report for March 2021?"
    )
    assert not answer.abstained, answer.text
    assert "25 March 2021" in answer.text


def test_a_later_part_may_be_answered_a_few_paragraphs_on_in_the_same_paper(answerer):
    answer = answerer.ask(
        "Who chairs the lead member group set up for the domestic abuse service redesign, and "
        "how often was that group going to meet?"
    )
    assert not answer.abstained, answer.text
    assert "Lord Willy Bach" in answer.text and "quarterly" in answer.text


def test_things_listed_after_a_colon_with_no_verb_answer_which_things(answerer):
    answer = answerer.ask(
        "Which areas were shortlisted in March 2021 for round-two Safer Streets bids?"
    )
    assert not answer.abstained, answer.text
    assert "City/Blaby" in answer.citations[0].text  # not the round's launch first


def test_a_comma_before_a_preposition_and_its_question_word_opens_a_part():
    assert sub_questions(
        "When was the contract first due to end, for how long was it extended, and when "
        "would the new services start?"
    ) == [
        "When was the contract first due to end",
        "for how long was it extended",
        "when would the new services start",
    ]
    # A question word that shares the verb of another is not a part of its own.
    assert (
        sub_questions(
            "Given the doubts raised, at which meeting and how often did the Board decide to "
            "consider the plan?"
        )
        == []
    )


def test_when_with_no_verb_after_it_opens_a_clause_of_time():
    assert not asks_something("When it was questioned why referrals had fallen")
    assert asks_something("When those findings came, what share said they felt safe")
    assert asks_something("When in 2020 did the contract end")


def test_a_later_part_an_earlier_quote_answers_adds_no_other_paper(answerer):
    answer = answerer.ask(
        "What was the largest bid allowed under Safer Streets 3, and would the partnership "
        "have to find match funding?"
    )
    assert not answer.abstained, answer.text
    assert "no match funding required" in answer.text
    assert len(answer.citations) == 1, [c.id for c in answer.citations]


def test_the_row_a_question_names_is_cited_alone(answerer):
    question = (
        "What 2021/22 domestic abuse duty allocation did the OPCC report for 19 March 2021 give "
        "Rutland County Council?"
    )
    intent = answerer.retriever.intent(question)
    assert intent.compare == ()  # the report's date is where to look, the year the figure's
    answer = answerer.ask(question)
    assert "63,000" in answer.text
    assert len(answer.citations) == 1, [c.id for c in answer.citations]


def test_where_a_post_sits_and_when_it_starts_are_read_from_its_plan(answerer):
    answer = answerer.ask(
        "In the plan of priority actions on domestic abuse, where was the new part-time "
        "analyst meant to be based, and when could that person start?"
    )
    assert not answer.abstained, answer.text
    assert "to sit within the OPCC" in answer.text and "April" in answer.text
    assert {c.document for c in answer.citations} == {"Annex B: Domestic Abuse Delivery Plan"}
