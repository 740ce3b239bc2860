"""Performance dashboards: landscape tables whose rows end in a rating and a comparison.

A quarter's "Safer Communities Performance Dashboard" comes out of the PDF as lines like
"Violence with Injury rate (per 1,000 population) 4.90 5.02 A 2/9 Top", each followed by a
line of district initials ("B C H HB M NW O", the district comparison icons). Read as prose,
the block splitter runs every row together into one paragraph of 700 characters, so "what
ranking does violence with injury have?" cites the whole table and its answer is lost in it.
Here each row becomes one `table_row` paragraph: the lines since the last row's end, up to
the line that ends in a RAG rating with its comparison ("A 2/9 Top", "G -"). A row's label may
wrap over lines before its figures ("Number of first time entrants … (Apr- Jun 18) G Top").

A dashboard is recognised by its rows alone (three or more, close together), so a PDF drawn
from these rows without the initials lines reads back the same.
"""

from __future__ import annotations

import re

from boardqa.parse.cleaning import normalise_spaces
from boardqa.parse.paragraphs import DraftParagraph
from boardqa.records import PAGE_BREAK, Line

#: A row's last cells: a RAG rating, the nearest-neighbour rank if any, and the comparison.
_ROW_END = re.compile(
    r"(?:^|\s)(?P<rating>[RAG])(?:\s+\d{1,2}/\d{1,2})?\s+(?:Top|Average|Bottom|-)$"
)
#: The district comparison icons' initials under each row ("B C H HB M NW O").
_DISTRICTS = re.compile(r"(?:[A-Z]{1,2}\s+){4,}[A-Z]{1,2}")
#: A rating left over from the row above at the start of a row ("A Reported hate incidents").
_STRAY_RATING = re.compile(r"^[RAG]\s+(?=[A-Z%])")
#: At most this many lines (blank ones too) lie between two rows' ends.
_MAX_ROW_LINES = 30
_MIN_ROWS = 3
#: A header line is a cell's words, not a sentence.
_MAX_HEADER_LINE = 60


def rating_of(row: str) -> str | None:
    """The RAG rating ("G", "A", "R") a dashboard row ends in, or None: the same cells the
    rows are cut at (`answer.ratings` lists the rows by it)."""
    m = _ROW_END.search(row.strip())
    return m.group("rating") if m else None


def _text(line: Line) -> str:
    return normalise_spaces(line.text).strip()


def _header(lines: list[Line]) -> str | None:
    """The column headings above the first row ("Year end updated (2017-18) Current Year Q2
    rolling 12month (2018-19) … Nearest Neighbour Comparison"): the short lines back to the
    last sentence. Each row keeps them as its heading, so a question that names a column
    ("the Q2 rolling 12-month figure", "the nearest neighbour ranking") finds the row."""
    kept: list[str] = []
    for line in reversed(lines):
        text = _text(line)
        if not text or line.text == PAGE_BREAK:
            continue
        if len(text) > _MAX_HEADER_LINE or text.endswith((".", ":", ";")):
            break
        kept.append(text)
    return " ".join(reversed(kept)) or None


def split_dashboard(
    lines: list[Line],
) -> tuple[list[Line], list[DraftParagraph], list[Line]] | None:
    """The lines before a dashboard, its rows as paragraphs, and the lines after it; None when
    the lines hold no dashboard."""
    ends = [n for n, line in enumerate(lines) if _ROW_END.search(_text(line))]
    if len(ends) < _MIN_ROWS:
        return None
    # The first run of row ends that lie close together.
    run = [ends[0]]
    for n in ends[1:]:
        if n - run[-1] > _MAX_ROW_LINES:
            if len(run) >= _MIN_ROWS:
                break
            run = []
        run.append(n)
    if len(run) < _MIN_ROWS:
        return None
    first, last = run[0], run[-1]
    header = _header(lines[:first])
    rows: list[DraftParagraph] = []
    start = first  # the first row is its own line: the lines above are the header
    for end in run:
        texts = [
            t
            for t in (_text(line) for line in lines[start : end + 1] if line.text != PAGE_BREAK)
            if t and not _DISTRICTS.fullmatch(t)
        ]
        text = _STRAY_RATING.sub("", " ".join(texts))
        top = next((line for line in lines[start : end + 1] if _text(line)), lines[end])
        if text:
            rows.append(DraftParagraph(text, None, header, top.page, top.page_label, "table_row"))
        start = end + 1
    after = last + 1
    while after < len(lines) and (
        not _text(lines[after]) or _DISTRICTS.fullmatch(_text(lines[after]))
    ):
        after += 1
    return lines[:first], rows, lines[after:]
