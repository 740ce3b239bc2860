"""Table rows as text extraction leaves them: a row whose label wraps onto lines of its own
before its figures is one row; columns headed by periods name each figure; a line of years
or a sentence before figures is no row's label."""

from __future__ import annotations

from boardqa.parse.archive import parse_bytes

PACK = """LEICESTERSHIRE SAFER COMMUNITIES STRATEGY BOARD

10 DECEMBER 2018

REPORT OF THE DIRECTOR

BUDGETS

1. The table below sets out the contributions.

Contract Price

Name of Funder 1/4/19 –
31/3/20

1/4/20 –
31/3/21

Blaby District Council £1,000 £1,200

Office of the Police & Crime
Commissioner

£2,000 £2,400

Rutland County Council £500 £600

Recorded crime by year

2018 2019

Burglary 120 130

Robbery 40 45

2. The Board is asked to note the report.
"""


def _rows():
    archive = parse_bytes(PACK.encode(), "board-2018-12-10-pack.txt")
    return [p for p in archive.paragraphs() if p.role == "table_row"]


def test_a_wrapped_label_and_period_columns_make_whole_rows():
    rows = [p.text for p in _rows() if p.heading == "Contract Price"]
    assert rows == [
        "Name of Funder: Blaby District Council; 1/4/19 – 31/3/20: £1,000; 1/4/20 – 31/3/21: £1,200",
        "Name of Funder: Office of the Police & Crime Commissioner; 1/4/19 – 31/3/20: £2,000; "
        "1/4/20 – 31/3/21: £2,400",
        "Name of Funder: Rutland County Council; 1/4/19 – 31/3/20: £500; 1/4/20 – 31/3/21: £600",
    ]


def test_a_line_of_years_after_a_table_starts_the_next_table():
    crime = [p.text for p in _rows() if p.heading == "Recorded crime by year"]
    assert [r.split(";")[0] for r in crime] == ["2018 2019: Burglary", "2018 2019: Robbery"]
    assert not any("Recorded crime" in p.text for p in _rows())
