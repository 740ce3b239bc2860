"""Questions that look up a table's cell: a row named by its label ("how much did Rutland
County Council pay") and a column named by its span of days ("for 1 April 2017 to 31 March
2018", printed "1/4/17 – 31/3/18"). A span of days is the period figures are for, neither a
meeting nor periods to compare; a span the table has no column for is not answered by the
columns it has."""

from __future__ import annotations

from datetime import date

from boardqa.answer.abstain import lacks_span
from boardqa.answer.labels import row_label_named
from boardqa.query import understand
from boardqa.question_periods import day_spans
from boardqa.words import term_set

ROW = (
    "Funding Body: Rutland County Council; 1/12/15 – 31/3/16: £18,623.33; 1/4/16 – 31/3/17: "
    "£56,325; 1/4/17 – 31/3/18: £56,325; 1/4/18 – 31/3/19: £56,325"
)
MEETINGS = [date(2018, 10, 1), date(2018, 12, 10), date(2020, 12, 11), date(2021, 3, 19)]


def test_a_span_of_days_is_the_same_span_however_it_is_written():
    span = (date(2018, 4, 1), date(2019, 3, 31))
    assert day_spans("for the period 1 April 2018 to 31 March 2019?") == {span}
    assert day_spans("from 1st April 2018 - 31st March 2019") == {span}
    assert span in day_spans(ROW)
    assert len(day_spans(ROW)) == 4
    assert day_spans("between March and June 2021") == set()


def test_a_span_of_days_is_neither_a_meeting_nor_periods_to_compare():
    intent = understand(
        "In the December 2018 paper, how much did Rutland pay for 1 April 2018 to 31 March 2019?",
        MEETINGS,
    )
    assert intent.compare == ()
    assert intent.meetings == (date(2018, 12, 10),)
    # Two periods named otherwise are still compared.
    compared = understand(
        "How did the rate change between the December 2018 and March 2021 reports?", MEETINGS
    )
    assert len(compared.compare) == 2
    # A span from one meeting to another is those meetings, not a table's column.
    between = understand("How did hate crime change from 11/12/20 to 19/3/21?", MEETINGS)
    assert between.meetings == (date(2020, 12, 11), date(2021, 3, 19))


def test_a_row_is_found_by_the_label_the_question_names():
    asked = term_set("How much did Rutland County Council contribute for 2018/19?")
    assert row_label_named(ROW, asked)
    total = "Funding Body: TOTAL; 1/4/16 – 31/3/17: £826,000; x: 1"
    assert row_label_named(total, term_set("What was the total contract price?"))
    assert not row_label_named(ROW, term_set("How much did Leicester City Council pay?"))
    assert not row_label_named("Rutland County Council paid £56,325.", asked)  # prose


def test_figures_for_other_spans_do_not_answer_a_span_asked_for():
    asked = "What was the OPCC due to pay for 1 April 2019 to 31 March 2020?"
    assert lacks_span(asked, [ROW])
    assert lacks_span("What did Rutland pay for 1 April 2018 to 31 March 2019?", [ROW]) is None
    # The financial year it is answers it; so does prose with no spans at all.
    assert lacks_span(asked, ["In 2019/20 the OPCC paid £259,225.", ROW]) is None
    assert lacks_span(asked, ["The OPCC paid £259,225 that year."]) is None
    # A span that holds the one asked answers it.
    assert lacks_span(asked, ["The contract runs from 1 April 2016 to 31 March 2021."]) is None


def test_a_cell_is_answered_by_its_row_and_a_missing_column_is_declined(answerer):
    total = answerer.ask("What was the total contract price for 1/4/16 - 31/3/17?")
    assert not total.abstained
    assert "£826,000" in total.text
    missing = answerer.ask(
        "In the December 2018 contract price appendix, what was the OPCC due to pay for "
        "1 April 2019 to 31 March 2020?"
    )
    assert missing.abstained
