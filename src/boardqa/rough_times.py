"""Times a question names only roughly (pure): a season ("the autumn 2019 meeting", "in the
summer of 2021", "winter 2020/21") or a part of a year ("early in 2021", "late 2018", "the
end of 2020", "mid-2020"). A member who remembers a meeting by its season means the meeting
held then; the papers print days and months, never seasons, so each rough time becomes the
months it covers, and the meetings held in them answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from boardqa.parse.dates import month_range

#: Each season's months, as the Met Office counts them (winter is December to February, and
#: "winter 2020" is the one that opens in December 2020; "winter 2020/21" says so).
_SEASONS = {
    "spring": ((3, 0), (5, 0)),
    "summer": ((6, 0), (8, 0)),
    "autumn": ((9, 0), (11, 0)),
    "fall": ((9, 0), (11, 0)),
    "winter": ((12, 0), (2, 1)),
}
#: Parts of a year, as (first month, last month): "early 2021" is its first third, "the end
#: of 2020" its last quarter.
_PARTS = {
    "early": (1, 4),
    "start": (1, 3),
    "beginning": (1, 3),
    "mid": (5, 8),
    "middle": (5, 8),
    "late": (9, 12),
    "end": (10, 12),
    "first half": (1, 6),
    "second half": (7, 12),
}
_YEAR = r"((?:19|20)\d{2})(?:\s*/\s*(\d{2}))?\b"
#: "summer 2021", "the summer of 2021", "autumn, 2019", "winter 2020/21".
_SEASON = re.compile(rf"\b(spring|summer|autumn|fall|winter)(?:\s+of|,)?\s+{_YEAR}", re.I)
#: "early in 2021", "early 2021", "later in 2018", "mid-2020", "the end of 2020",
#: "end-of-2020", "the first half of 2019", "at the start of 2021".
_PART = re.compile(
    r"\b(?:(early|late)(?:r)?(?:\s+on)?(?:\s+in)?|(mid)\s*[-‐–]?|"
    r"(?:the\s+)?(start|beginning|middle|end|first half|second half)[-‐–\s]+of)"
    rf"[-‐–\s]+{_YEAR}",
    re.I,
)

#: "just before Christmas 2020", "after Christmas 2020", "Christmas 2018": a fortnight or so
#: either side of the holiday (the Decembers' meetings sat on the 10th and the 11th).
_CHRISTMAS = re.compile(
    rf"\b(?:(?:just|shortly|right|soon)\s+)?(?:(before|after|around)\s+)?(?:the\s+)?"
    rf"Christmas(?:\s+of)?,?\s+{_YEAR}",
    re.I,
)
#: The days each way of putting it covers, as (first, last) in (month, day) of the year
#: named, or of the next year when the month is January.
_CHRISTMAS_DAYS = {
    "before": ((12, 1), (12, 24)),
    "after": ((12, 26), (1, 31)),
    "around": ((12, 1), (1, 6)),
}


@dataclass(frozen=True)
class RoughTime:
    """A rough time as the question words it ("summer 2021") and the days it covers."""

    label: str
    first: date
    last: date
    #: Where the words sit in the question (start, end).
    where: tuple[int, int]


def _season(name: str, year: int) -> tuple[date, date]:
    (m1, y1), (m2, y2) = _SEASONS[name.lower()]
    return date(year + y1, m1, 1), month_range(year + y2, m2)[1]


def rough_times(text: str) -> list[RoughTime]:
    """Every rough time a text names, in order."""
    found = []
    for m in _SEASON.finditer(text):
        first, last = _season(m.group(1), int(m.group(2)))
        label = f"{m.group(1).lower()} {m.group(2)}" + (f"/{m.group(3)}" if m.group(3) else "")
        found.append(RoughTime(label, first, last, m.span()))
    for m in _PART.finditer(text):
        part = (m.group(1) or m.group(2) or m.group(3)).lower()
        year = int(m.group(4))
        lo, hi = _PARTS[part]
        label = f"{part} {year}" if part in ("early", "late", "mid") else f"{part} of {year}"
        found.append(RoughTime(label, date(year, lo, 1), month_range(year, hi)[1], m.span()))
    for m in _CHRISTMAS.finditer(text):
        way = (m.group(1) or "around").lower()
        year = int(m.group(2))
        (m1, d1), (m2, d2) = _CHRISTMAS_DAYS[way]
        last = date(year + (m2 < m1), m2, d2)
        label = f"{way} Christmas {year}" if way != "around" else f"Christmas {year}"
        found.append(RoughTime(label, date(year, m1, d1), last, m.span()))
    return sorted(found, key=lambda t: t.where)


def span_of(label: str) -> tuple[date, date] | None:
    """The days a rough time's label covers ("autumn 2019"), or None for another period."""
    times = rough_times(label)
    return (times[0].first, times[0].last) if times else None


def months_of(time: RoughTime) -> list[tuple[int, int]]:
    """The (year, month) pairs a rough time covers, as `parse.dates.iter_month_years` gives
    them for the months a question names."""
    out = []
    year, month = time.first.year, time.first.month
    while (year, month) <= (time.last.year, time.last.month):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
