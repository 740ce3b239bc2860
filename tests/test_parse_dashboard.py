"""A performance dashboard (a landscape table whose rows end in a RAG rating and a
comparison) is read one row per paragraph, from the text extraction with its lines of
district initials and from a PDF drawn without them, and each row keeps the column headings
above it."""

from __future__ import annotations

from pathlib import Path

from boardqa.parse.archive import parse_bytes, parse_file
from boardqa.parse.dashboard import split_dashboard
from boardqa.records import Line
from pdfgen import render_archive_pdf

DASHBOARD = """Year end
(2017-18)

Current Year Q2
rolling 12month

Nearest
Neighbour

Total Crime rate (per 1,000 population) 60.00 62.52 A 4/9 Top

 B      C     H     HB     M   NW    O

Violence with Injury rate (per 1,000 population) 4.90 5.02 A 2/9 Top

 B      C     H     HB     M   NW    O

Number of first time entrants to the criminal justice system
aged 10 - 17 (Leics& rutland) 104 29

(Apr- Jun 18)
G Top

 B      C     H     HB     M   NW    O

 A Reported hate incidents (per 1,000 population) 0.81 0.85 G -

  B      C     H     HB     M   NW    O

¹ Domestic Burglary is now known as "Burglary Residential".
"""


def _lines(text: str) -> list[Line]:
    return [Line(t) for t in text.splitlines()]


def test_rows_end_at_their_rating_and_keep_the_headings_above():
    found = split_dashboard(_lines(DASHBOARD))
    assert found is not None
    before, rows, after = found
    assert [r.text for r in rows] == [
        "Total Crime rate (per 1,000 population) 60.00 62.52 A 4/9 Top",
        "Violence with Injury rate (per 1,000 population) 4.90 5.02 A 2/9 Top",
        "Number of first time entrants to the criminal justice system aged 10 - 17 "
        "(Leics& rutland) 104 29 (Apr- Jun 18) G Top",
        "Reported hate incidents (per 1,000 population) 0.81 0.85 G -",
    ]
    assert {r.role for r in rows} == {"table_row"}
    assert rows[0].heading == "Year end (2017-18) Current Year Q2 rolling 12month Nearest Neighbour"
    assert before[0].text == "Year end"
    assert after[0].text.startswith("¹ Domestic Burglary")


def test_prose_with_two_ratings_is_no_dashboard():
    text = "The rating is G -\n\nThe other rating is A 2/9 Top\n\nNothing else."
    assert split_dashboard(_lines(text)) is None


PACK = f"""LEICESTERSHIRE SAFER COMMUNITIES STRATEGY BOARD

10 DECEMBER 2018

SAFER COMMUNITIES PERFORMANCE 2018/19 Q2

1. The dashboard at Appendix 1 shows each indicator's rate.

Appendix 1 - Performance Dashboard

{DASHBOARD}"""


def test_the_pdf_of_a_dashboard_gives_the_same_rows(tmp_path: Path):
    text = parse_bytes(PACK.encode(), "board-2018-12-10-pack.txt")
    rows = [p.text for p in text.paragraphs() if p.role == "table_row"]
    assert len(rows) == 4
    pdf = parse_file(render_archive_pdf(text, tmp_path / "board-2018-12-10-pack.pdf"))
    assert [p.text for p in pdf.paragraphs() if p.role == "table_row"] == rows


def test_ratings_far_apart_in_prose_are_no_dashboard():
    filler = "\n".join(f"Paragraph {n} of the report says something." for n in range(40))
    text = f"The rating is G -\n{filler}\nThe rating is A 2/9 Top\n{filler}\nThe rating is R -\n"
    assert split_dashboard(_lines(text)) is None
