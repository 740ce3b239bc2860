"""Dates as board papers print them.

Packs write dates in several styles: "19th MARCH 2021" (report title blocks), "Friday, 11 December
2020" (minutes), "1 October 2018", "28th January" (no year), and "11.12.20" (action-log cells).
Everything here is pure so that the date rules can be tested on their own.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date

#: Each month's spellings, full name first.
_SPELLINGS = [
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
]
MONTHS = {name: i for i, names in enumerate(_SPELLINGS, start=1) for name in names}
#: The months' full names in order, lower case ("january" … "december"), for a regex.
FULL_MONTHS = "|".join(names[0] for names in _SPELLINGS)
#: The same as the papers print them ("January" … "December").
FULL_MONTH_TITLES = "|".join(names[0].capitalize() for names in _SPELLINGS)
#: Every spelling of a month (full and short, lower case), longest first, for a regex.
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: The same as a title writes them ("the June meeting"; "may board members …" is no month).
MONTH_TITLES = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"

#: "19th MARCH 2021", "Friday, 11 December 2020", "19thMARCH 2021" (a pack drops the space).
LONG_DATE = re.compile(
    rf"(?:{_WEEKDAY_RE})?\b(\d{{1,2}})(?:st|nd|rd|th)?\s*({MONTH_NAMES})\.?,?\s+(\d{{4}})\b",
    re.IGNORECASE,
)
#: "March 2021" without a day (used for "the March 2021 meeting").
MONTH_YEAR = re.compile(rf"\b({MONTH_NAMES})\.?\s+(\d{{4}})\b", re.IGNORECASE)
#: "11.12.20", "20.9.19", "14/12/2020".
NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})(?![\d.])")


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(year: int) -> int:
    return year + 2000 if year < 100 else year


def parse_long_dates(text: str) -> list[date]:
    """Every "day month year" date in `text`, in order of appearance."""
    found = []
    for m in LONG_DATE.finditer(text):
        d = _make(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        if d:
            found.append(d)
    return found


def parse_numeric_dates(text: str) -> list[date]:
    """Every d.m.yy date in `text` (UK order, as the action logs print them)."""
    found = []
    for m in NUMERIC_DATE.finditer(text):
        d = _make(_full_year(int(m.group(3))), int(m.group(2)), int(m.group(1)))
        if d:
            found.append(d)
    return found


def first_date(text: str) -> date | None:
    """The first date of any style in `text`, or None."""
    candidates: list[tuple[int, date]] = []
    for m in LONG_DATE.finditer(text):
        d = _make(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        if d:
            candidates.append((m.start(), d))
    for m in NUMERIC_DATE.finditer(text):
        d = _make(_full_year(int(m.group(3))), int(m.group(2)), int(m.group(1)))
        if d:
            candidates.append((m.start(), d))
    return min(candidates)[1] if candidates else None


def iter_month_years(text: str) -> Iterator[tuple[int, int]]:
    """(year, month) pairs for "March 2021"-style mentions."""
    for m in MONTH_YEAR.finditer(text):
        yield int(m.group(2)), MONTHS[m.group(1).lower()]


def month_range(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month: "March 2021" is 1 to 31 March 2021."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def format_long(d: date) -> str:
    """ "11 December 2020": the form citations show."""
    return f"{d.day} {d.strftime('%B %Y')}"


#: A quarter as the performance reports name it: "Quarter 3", "Q3", "quarter 2 and 3",
#: "Q2 and Q3".
_QUARTER = re.compile(
    r"\b(?:Q|Quarters?\s*)([1-4])((?:\s*(?:,|and|&|to|-)\s*Q?[1-4]\b)*)(?![/.]\d)",
    re.IGNORECASE,
)


def quarters_named(text: str) -> set[str]:
    """The quarters a text names: {"2", "3"} for "quarter 2 and 3"."""
    return {n for m in _QUARTER.finditer(text) for n in re.findall(r"[1-4]", m.group(0))}


_FINANCIAL_YEAR = re.compile(r"\b(20\d{2})\s*/\s*(\d{2})\b")
#: "2019/20", "2021-22", "2020/2021": written as a year and the next (not "2021-03-19" nor
#: "2018-2021").
_YEAR_AND_NEXT = re.compile(r"(?<![\d-])\b(20\d{2})\s*[/-]\s*(20\d{2}|\d{2})\b(?![-/]\d)")


#: "April 2018-March 2020", "1 April 2018 to 31 March 2020": whole financial years as months.
_APRIL_TO_MARCH = re.compile(
    r"\bApril\s+(20\d{2})\s*(?:-|–|to|until)\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?March\s+(20\d{2})\b",
    re.IGNORECASE,
)


def financial_years(text: str) -> set[int]:
    """The financial years a text names, by the year they start: {2019} for "2019/20", {2018,
    2019} for "April 2018-March 2020"."""
    out = set()
    for m in _YEAR_AND_NEXT.finditer(text):
        start, end = int(m.group(1)), m.group(2)
        if int(end) % 100 == (start + 1) % 100:
            out.add(start)
    for m in _APRIL_TO_MARCH.finditer(text):
        out |= set(range(int(m.group(1)), int(m.group(2))))
    return out


def quarter_periods(text: str) -> set[tuple[str, str]]:
    """The quarters of financial years a text names, as ("4", "2020/21"): "Q3 2020/21",
    "2018/19 Q2", "quarter 2 and 3 2020/21". A quarter within a few words of a year belongs
    to it."""
    out = set()
    for fy in _FINANCIAL_YEAR.finditer(text):
        year = f"{fy.group(1)}/{fy.group(2)}"
        window = text[max(0, fy.start() - 30) : fy.end() + 12]
        out |= {(q, year) for q in quarters_named(window)}
    return out
