"""Dates written the American way, as the papers print them (pure).

The papers print "19 March 2021" and "11.12.20"; a reader from North America writes "March 19,
2021", "Dec. 11, 2020" and "3/19/2021". Left as they are, every rule that reads a day missed
them: "Who chaired the March 19, 2021 meeting?" named no meeting (only the month, read as
"March 2021" at best) and "the Dec. 11, 2020 meeting" none at all, so a follow-up about "that
meeting" went to the action log. Here such a date becomes "19 March 2021".

A numeric date is read month first only when it, or another in the same question, cannot be
read day first ("3/19/2021": there is no 19th month); "12/11/2020" alone stays the papers' 12
November.
"""

from __future__ import annotations

import re
from datetime import date

from boardqa.parse.dates import MONTH_NAMES, MONTHS, format_long

#: "March 19, 2021", "Dec. 11, 2020", "March 19th 2021", "Friday, March 19, 2021".
_MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<month>{MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: "3/19/2021", "3-19-21": a month and a day that cannot be a day and a month.
_NUMERIC = re.compile(r"(?<![\d./-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-])")


def _long(day: int, month: int, year: int) -> str | None:
    """ "19 March 2021", or None for a day the month does not have."""
    try:
        return format_long(date(year, month, day))
    except ValueError:
        return None


def _month_day_year(m: re.Match[str]) -> str:
    day, month = int(m.group("day")), MONTHS[m.group("month").lower()]
    return _long(day, month, int(m.group("year"))) or m.group(0)


def _month_first(m: re.Match[str]) -> bool:
    """Whether a numeric date can only be read month first ("3/19/2021")."""
    return 1 <= int(m.group(1)) <= 12 < int(m.group(3)) <= 31


def _numeric(m: re.Match[str]) -> str:
    month, day, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return _long(day, month, year + 2000 if year < 100 else year) or m.group(0)


def as_papers_print(question: str) -> str:
    """`question` with its American dates written day first, as the papers print them. A
    numeric date is read month first when one in the question can only be ("from 4/1/2016 to
    3/31/2019": the first is 1 April); else it is left as the papers would mean it."""
    out = _MONTH_DAY_YEAR.sub(_month_day_year, question)
    if not any(_month_first(m) for m in _NUMERIC.finditer(out)):
        return out
    return _NUMERIC.sub(_numeric, out)
