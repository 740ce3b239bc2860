"""The largest or smallest value of a table's column, read off every row of the table: "Which
district council gets the smallest DA duty allocation?" (a read-only review found the search's
first row given instead, and a held-out question asks the same of the largest)."""

from __future__ import annotations

from boardqa.answer.table_extremes import compose_extreme, extreme_asked, extreme_of


def _rows() -> list[dict[str, object]]:
    rows = [("Leicester City Council", "857,364"), ("Blaby", "33,291"), ("Charnwood", "32,295")]
    rows += [("Harborough", "33,548"), ("Total", "2,276,643")]
    return [
        {"key": f"p-{i}", "text": f"Local Authority: {name}; DA duty 2021/22 allocation (£): {v}"}
        for i, (name, v) in enumerate(rows)
    ]


def test_which_row_holds_the_extreme_is_asked_by_a_superlative():
    assert extreme_asked("Which district gets the smallest allocation?") == "min"
    assert extreme_asked("Which council has the largest DA duty allocation?") == "max"
    assert extreme_asked("How much is the largest allocation?") is None
    assert extreme_asked("Which has the highest and which the lowest rate?") is None


def test_the_extreme_of_the_column_the_question_names_totals_left_out():
    largest = extreme_of("Which council gets the largest allocation?", "max", _rows())
    assert largest is not None and largest.label == "Leicester City Council"
    # "district" leaves out the city and county councils beside the districts.
    district = extreme_of("Which district gets the largest allocation?", "max", _rows())
    assert district is not None and (district.label, district.value) == ("Harborough", "33,548")
    smallest = extreme_of("Which district gets the smallest allocation?", "min", _rows())
    text, cites = compose_extreme(smallest, "min")
    assert "Charnwood has the smallest DA duty 2021/22 allocation (£): 32,295" in text
    assert [c.id for c in cites] == ["p-2"]
    # A column the question does not name is no answer.
    assert extreme_of("Which district has the lowest crime rate?", "min", _rows()) is None


def test_the_smallest_allocation_is_read_off_the_whole_table(answerer):
    answer = answerer.ask("Which district council gets the smallest DA duty allocation in 2021/22?")
    assert "Charnwood" in answer.text and "32,295" in answer.text
