"""The times a question names (pure): meetings ("the March 2021 meeting", "the June
meeting", "last meeting"), months and years, spans ("between March and June 2021"), "as of"
dates, and periods to compare ("in 2018 … by March 2021"). What they become is a `Scope`:
filters that only ever narrow and boosts that only re-order.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from boardqa.parse.dates import (
    MONTH_NAMES,
    MONTH_TITLES,
    MONTH_YEAR,
    MONTHS,
    financial_years,
    month_range,
    parse_long_dates,
    parse_numeric_dates,
)
from boardqa.rough_times import RoughTime, rough_times

#: "the June meeting", "the December Board", "the June OPCC update": a meeting (or its papers)
#: named by its month alone.
_MONTH_MEETING = re.compile(
    rf"\b(?i:the)\s+((?-i:{MONTH_TITLES}))\.?\s+(?:\d{{4}}\s+)?(?:[A-Z]{{2,}}\s+)?"
    r"(?i:(?:board\s+)?(?:meeting|board|update|report|pack|papers|minutes|agenda))\b"
)
#: "What did the OPCC report in June say …?": a month with no year, which the one meeting (or
#: meetings) held in that month stand for.
_IN_MONTH = re.compile(
    rf"\b(?:in|at|from|by)\s+((?-i:{MONTH_TITLES}))\b(?!\s*\d)(?!\s+(?:of\s+)?(?:19|20)\d{{2}})"
)
#: What a month with no year is when it names a meeting's papers: "the OPCC report in June".
_PAPER_BEFORE = re.compile(
    r"\b(?:report|update|paper|papers|pack|meeting|board|minutes|agenda|presentation)"
    r"(?:\s+[\w’'-]+){0,2}\s*$",
    re.IGNORECASE,
)
_LAST_MONTH = re.compile(
    rf"\b(?i:last|this past)\s+((?-i:{MONTH_TITLES})|(?!march|may)(?i:{MONTH_NAMES}))\b"
    r"(?!\s*\d)(?!\s+(?:of\s+)?(?:19|20)\d{2})"
)
#: A year in brackets right after a capitalised name: "the Female Offender Strategy (2018)".
_TITLES_YEAR = re.compile(r"\b[A-Z][\w’'-]*\s+\((?:19|20)\d{2}\)$")
_BETWEEN = re.compile(
    rf"\bbetween\s+({MONTH_NAMES})(?:\s+(\d{{4}}))?\s+and\s+({MONTH_NAMES})\s+(\d{{4}})\b",
    re.IGNORECASE,
)
_AS_OF = re.compile(
    rf"\b(?:as of|by|up to|until)\s+(?:the\s+)?(?:end of\s+)?({MONTH_NAMES})\s+(\d{{4}})\b",
    re.IGNORECASE,
)
_TWO_MONTHS = re.compile(rf"\b({MONTH_NAMES})\s+and\s+({MONTH_NAMES})\s+(\d{{4}})\b", re.IGNORECASE)
_FINANCIAL_YEAR = re.compile(r"\b(20\d{2})/(\d{2})\b")
#: "the OPCC report for 19 March 2021", "the pack of 10 December 2018": a paper's date.
_PAPER_DATED = re.compile(
    r"\b(?:report|update|paper|pack|minutes|agenda|dashboard|slides)\s+(?:for|of|on|dated)\s+"
    rf"(?:the\s+)?(?:meeting\s+(?:of|on)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?({MONTH_NAMES})\s+"
    r"(\d{4})\b",
    re.IGNORECASE,
)
#: The stems of a meeting's own business ("discussed", "agreed", "chaired"): what a meeting
#: did, which its papers record on its day, not an event they report.
_MEETING_BUSINESS = r"discuss|agree|decid|resolv|present|consider|rais|approv|minut|attend|chair"
#: A year named as when something other than a meeting's business happened ("disrupted in
#: 2020", "launched during 2021"): the year's papers, or a later one's, report it. Data
#: counted, received or published then bound the search too.
_EVENT_YEAR = re.compile(
    rf"\b(?!(?:{_MEETING_BUSINESS}|report|not|ask|request|record|held|publish|circulat|"
    r"submitt|produc|provid|give|given|said|told|tabled|written|receiv|referr|made|logged|"
    r"count|seen)\w*\b)"
    r"[a-z]+(?:ed|en|wn)\s+(?:in|during)\s+(?:early\s+|late\s+)?(?:20\d{2}|19\d{2})$",
    re.IGNORECASE,
)
#: Words that make a day a meeting's ("the meeting on 25 September 2020", "the minutes of
#: …", "what was discussed on …", "who chaired on …").
_MEETING_WORD = re.compile(
    r"\b(?:meetings?|minutes|agenda|board|committee|papers?|pack|log|sitting|session|members|"
    rf"(?:{_MEETING_BUSINESS}|tabl)\w*|said|told|met)\b",
    re.IGNORECASE,
)
#: "in 2019", not a span of years ("in 2017-19", "for 2020/21"): spans name data, not meetings.
_YEAR = re.compile(r"\b(?:in|during|for|of)\s+(20\d{2}|19\d{2})\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
#: "Who is the …", "who currently …": asks who holds a role now.
_WHO_NOW = re.compile(
    r"(?i:\bwho\s+(?:is|are)\s+(?:the\s+)?(?:current\s+)?)[A-Z]|(?i:\bwho\b.*\bcurrent(?:ly)?\b)"
)
_LAST_MEETING = re.compile(r"\b(last|latest|most recent|previous) meeting\b", re.IGNORECASE)
#: "Has the focus changed since the March report?": that meeting against the latest.
#: Words that say something moved, as verbs or comparatives ("risen", not "risk"; "improved",
#: not "improvement work"): what a comparison of periods turns on.
CHANGED = (
    r"chang\w*|compar\w*|differ\w*|shift\w*|better|worse|improved|improving|rose|risen|"
    r"rising|fallen|falling|fell|increas\w*|decreas\w*|gone (?:up|down)|went (?:up|down)"
)
_CHANGED_SINCE = re.compile(
    rf"\b(?:{CHANGED}|mov\w*|progress\w*|develop\w*|updated?)\b[^?.]*?\bsince\b",
    re.IGNORECASE,
)
#: "Has the rate got better since 2018?": a change since a period, by a word of change only
#: ("What development work has been done since 2018?" asks what was done after it).
_MOVED_SINCE = re.compile(rf"\b(?:{CHANGED})\b[^?.]*?\bsince\b", re.IGNORECASE)


@dataclass(frozen=True)
class Scope:
    """Where a question's answer may be looked for, by time."""

    meetings: tuple[date, ...] = ()
    since: date | None = None
    until: date | None = None
    #: A period the archive holds no meeting for ("2015"), said when it is declined.
    unknown: str | None = None
    boost_meetings: tuple[date, ...] = ()
    compare: tuple[tuple[date, date], ...] = ()
    between: bool = False
    as_of: bool = False


def _held_in(month: str, known: list[date]) -> list[date]:
    """The known meetings held in a month named with no year ("the June meeting")."""
    return [d for d in known if d.month == MONTHS[month.lower()]]


_DAY = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
#: "for the period 1 April 2018 to 31 March 2019", "1/4/18 - 31/3/19": a span of days names
#: the period figures are for (a table's column), neither a meeting nor periods to compare.
DAY_SPAN = re.compile(
    rf"\b(?:from\s+)?(?:{_DAY})\s*(?:[–-]|to|until)\s*(?:{_DAY})\b", re.IGNORECASE
)


def day_spans(text: str) -> set[tuple[date, date]]:
    """The spans of days a text names (`DAY_SPAN`), as first and last day: "1 April 2018 to
    31 March 2019" and a table's column "1/4/18 – 31/3/19" are the same span."""
    out = set()
    for m in DAY_SPAN.finditer(text):
        days = _days(m.group(0))
        if len(days) == 2:
            out.add((min(days), max(days)))
    return out


def year_spans(text: str) -> set[tuple[date, date]]:
    """The spans of days of the financial years a text names ("2018/19": 1 April 2018 to 31
    March 2019), so that a question naming a year finds the table column that prints it as
    days ("1/4/18 – 31/3/19")."""
    return {(date(y, 4, 1), date(y + 1, 3, 31)) for y in financial_years(text)}


#: "for April 2020 to March 2021", "the two year period April 2018-March 2020": a span of
#: whole months a figure is given for.
_MONTH_SPAN = re.compile(
    rf"\b({MONTH_NAMES})\s+(\d{{4}})\s*(?:[–-]|to|until)\s*({MONTH_NAMES})\s+(\d{{4}})\b",
    re.IGNORECASE,
)


def month_spans(text: str) -> set[tuple[date, date]]:
    """The spans of whole months a text names (`_MONTH_SPAN`), as first and last day. Kept
    apart from `day_spans`: "from December 2020 to June 2021" also names a run of meetings,
    which only the check of a figure's period reads as a span."""
    out = set()
    for m in _MONTH_SPAN.finditer(text):
        first = date(int(m.group(2)), MONTHS[m.group(1).lower()], 1)
        year, month = int(m.group(4)), MONTHS[m.group(3).lower()]
        last = month_range(year, month)[1]
        if first < last:
            out.add((first, last))
    return out


#: "what did the board ask officers to bring to the December 2018 meeting?": a meeting a
#: thing was to be brought to is where it was due, not the meeting the question is asked of
#: (that is the one that asked for it). "What was brought to the December meeting?" is.
_DESTINATION = re.compile(
    r"\b(?:to|be|would|should|will|could|must)\s+(?:bring|brought|report(?:ed)?|come|"
    r"submit(?:ted)?|return(?:ed)?)\b(?:\s+[\w’'-]+){0,5}?"
    # "to the December meeting", not "at" it: "what was to be presented at the December
    # meeting?" asks of that meeting.
    r"\s+to\s+(?:the|its|a)\s+(?:board[’']s\s+)?"
    rf"((?:{MONTH_NAMES})\.?(?:\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\s+\d{{4}})"
    # "… to bring to the December 2018 Board": the Board's meeting too.
    r"\s+(?:(?:board\s+)?meeting|board)\b",
    re.IGNORECASE,
)


#: "a decision that a plan be considered at the March meeting of the Board on an annual
#: basis": a meeting a decision names for what is to come, not the meeting asked about.
_DECIDED_FOR = re.compile(
    r"\bthat\s+(?:[\w’'-]+\s+){1,8}?be\s+[a-z]+ed\s+at\s+(?:the|its|a)\s+"
    rf"((?:{MONTH_NAMES})\.?(?:\s+\d{{4}})?)\s+(?:board\s+)?meeting\b",
    re.IGNORECASE,
)


def _without_destination(q: str) -> tuple[str, str]:
    """The question without the meeting things were to be brought to (`_DESTINATION`), and
    that meeting's words ("December 2018"), to be favoured, not filtered by."""
    m = _DESTINATION.search(q) or _DECIDED_FOR.search(q)
    if m is None:
        return q, ""
    return f"{q[: m.start(1)]}{q[m.end(1) :]}", m.group(1)


#: "on 20 May", "the 7th June": a day of a month, with or without its year.
#: Months capitalised: "12 may attend" is no day.
DAY_OF_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_TITLES})\b")


def days_of_month(text: str, yearless: bool = False) -> set[tuple[int, int]]:
    """The days of a month a text names, as (month, day): "20 May" in a question meets "20
    May Introduction to new PCC …" in a schedule that gives no year. With `yearless`, only
    days named without their year (a whole date is a meeting or a day the search knows)."""
    return {
        (MONTHS[m.group(2).lower()], int(m.group(1)))
        for m in DAY_OF_MONTH.finditer(text)
        if 1 <= int(m.group(1)) <= 31
        and not (yearless and re.match(r"\s*,?\s*\d{4}\b", text[m.end() :]))
    }


def _days(span: str) -> list[date]:
    """The days a span of days (`DAY_SPAN`) names, as written long or numeric."""
    return [*parse_long_dates(span), *parse_numeric_dates(span)]


def _without_data_spans(q: str, known: list[date]) -> str:
    """The question without its spans of days or months that are a table's period, not
    meetings: "from 11/12/20 to 18/6/21" runs between two meetings, and stays."""

    def kept(m: re.Match[str]) -> str:
        return m.group(0) if any(d in known for d in _days(m.group(0))) else " "

    # "… rate for April 2020 to March 2021?" is a figure's period too, not two months to
    # compare; "from December 2020 to June 2021" runs over meetings, and stays.
    q = _MONTH_SPAN.sub(
        lambda m: m.group(0) if re.search(r"\bfrom\s*$", q[: m.start()], re.I) else " ", q
    )
    return DAY_SPAN.sub(kept, q)


def named_periods(q: str) -> list[tuple[date, date]]:
    """Every period a question names: "March 2021", "March and June 2021", "2018",
    "2020/21" (a financial year, reported on at meetings from its April to the December after
    it ends)."""
    found: dict[str, tuple[date, date]] = {}
    for m in _TWO_MONTHS.finditer(q):
        year = int(m.group(3))
        found[f"{m.group(1)} {year}".lower()] = month_range(year, MONTHS[m.group(1).lower()])
        found[f"{m.group(2)} {year}".lower()] = month_range(year, MONTHS[m.group(2).lower()])
    for m in MONTH_YEAR.finditer(q):
        found[m.group(0).lower()] = month_range(int(m.group(2)), MONTHS[m.group(1).lower()])
    for m in _FINANCIAL_YEAR.finditer(q):
        first = int(m.group(1))
        found[m.group(0)] = (date(first, 4, 1), date(first + 1, 12, 31))
    for rough in rough_times(q):
        # "in early 2021. Is that right, according to the March 2021 report?": the month
        # inside the rough time is the period meant.
        if not any(rough.first <= lo <= hi <= rough.last for lo, hi in found.values()):
            # "the autumn 2018 … report" went to the next meeting (December 2018's pack).
            last = rough.last + _REPORTED_WITHIN if _names_papers(q, rough) else rough.last
            found[rough.label] = (rough.first, last)
    for m in re.finditer(r"\b(20\d{2}|19\d{2})\b(?!\s*/)", q):
        if _TITLES_YEAR.search(q[: m.end() + 1]):
            continue  # "The Female Offender Strategy (2018)": the title's year, not a period
        if not any(m.group(1) in key for key in found):
            found[m.group(1)] = (date(int(m.group(1)), 1, 1), date(int(m.group(1)), 12, 31))
    return sorted(set(found.values()))


def scope_of(q: str, beyond_scene: str, known: list[date]) -> Scope:
    """The question's time scope against the archive's `known` meetings; `beyond_scene` is
    the question from the part that asks (`clauses.after_scene`)."""
    scened = beyond_scene not in ("", q)
    q, due_at = _without_destination(_without_data_spans(q, known))
    if due_at:
        due = scope_of(f"the {due_at} meeting", "", known)
        asked = scope_of(q, _without_destination(beyond_scene)[0], known)
        return replace(
            asked,
            boost_meetings=(*asked.boost_meetings, *due.meetings, *due.boost_meetings),
            # "… to bring to the December 2025 meeting?": a meeting the archive lacks.
            unknown=asked.unknown or due.unknown,
        )
    chosen: list[date] = []
    since = until = None
    unknown = None
    boost_meetings: tuple[date, ...] = ()
    compare: tuple[tuple[date, date], ...] = ()
    periods = named_periods(q)
    if periods:
        # "In March 2021 … Where had it got to by the June meeting?": a meeting named by its
        # month beside another period is one more period to compare.
        for m in _MONTH_MEETING.finditer(q):
            hits = _held_in(m.group(1), known)
            if len(hits) == 1 and not any(lo <= hits[0] <= hi for lo, hi in periods):
                periods = [*periods, (hits[0], hits[0])]
    dated = _PAPER_DATED.search(q)
    if dated and len(periods) > 1:
        # "In the OPCC report for 19 March 2021, what 2021/22 allocation is shown …?": the
        # paper's date is where to look; the financial year is its figure's, not a period
        # to compare.
        month = month_range(int(dated.group(2)), MONTHS[dated.group(1).lower()])
        years = {
            (date(int(m.group(1)), 4, 1), date(int(m.group(1)) + 1, 12, 31))
            for m in _FINANCIAL_YEAR.finditer(q)
        }
        if month in periods and set(periods) - {month} <= years:
            periods = [month]
    between = _BETWEEN.search(q)
    as_of = _AS_OF.search(q)
    if len(periods) > 1 and not between:
        # "between the 2018 paper and the March 2021 report", "in March … by June 2021": a
        # comparison across meetings, so no single meeting may filter it; each period is
        # answered on its own and its meetings are favoured.
        compare = tuple(periods)
        boost_meetings = tuple(d for d in known if any(lo <= d <= hi for lo, hi in periods))
    elif between:
        y1 = int(between.group(2) or between.group(4))
        since = month_range(y1, MONTHS[between.group(1).lower()])[0]
        until = month_range(int(between.group(4)), MONTHS[between.group(3).lower()])[1]
        if known and not any(since <= d <= until for d in known):
            # "Referrals between October 2017 and September 2018", before any meeting: a
            # period the papers report on later ("for the period Oct 2017- Sept 2018"), not
            # one whose papers are asked for. Its months are favoured (`QueryIntent.months`).
            until = None
    elif as_of:
        until = month_range(int(as_of.group(2)), MONTHS[as_of.group(1).lower()])[1]
        # Where things stood by then is told by the latest papers up to then.
        boost_meetings = tuple(d for d in known if d <= until)[-1:]
    else:
        exact = [*parse_long_dates(q), *parse_numeric_dates(q)]
        for d in exact:
            if d in known:
                chosen.append(d)
            elif known and not _MEETING_WORD.search(q):
                # "What did the Home Office launch on 28 January 2021?": a day something
                # happened on, not a meeting's; the next meeting's papers report it (the
                # last's, for a day still to come), and a passage must name the day.
                boost_meetings += tuple(x for x in known if x >= d)[:1] or tuple(known[-1:])
            else:
                unknown = unknown or d.isoformat()
        # "early in 2021, according to the March 2021 report": the month inside it is meant.
        months = [
            month_range(int(m.group(2)), MONTHS[m.group(1).lower()]) for m in MONTH_YEAR.finditer(q)
        ]
        rough = [
            t
            for t in (rough_times(q) if not exact else [])
            if not any(t.first <= lo <= hi <= t.last for lo, hi in months)
        ]
        if rough:
            chosen, boosted, unknown = _rough_scope(q, rough, known)
            boost_meetings += boosted
        elif not exact:
            for m in MONTH_YEAR.finditer(q):
                lo, hi = month_range(int(m.group(2)), MONTHS[m.group(1).lower()])
                hits = [d for d in known if lo <= d <= hi]
                if hits:
                    chosen.extend(hits)
                elif known and known[0] <= hi and lo <= known[-1]:
                    # A month between meetings ("the February 2021 newsletter") is reported
                    # on at the next meeting: favour its papers, filter nothing.
                    boost_meetings += _next_meeting(known, hi)
                else:
                    unknown = unknown or f"{m.group(1)} {m.group(2)}"
            if not chosen and not unknown and known:
                # "Who took us through the figures last December?": that month in the year
                # before the latest meeting (or its own year, for an earlier month), when a
                # meeting was held then; "last October" with none is a time the archive lacks.
                for m in _LAST_MONTH.finditer(q):
                    month = MONTHS[m.group(1).lower()]
                    year = known[-1].year - (month > known[-1].month)
                    held = [d for d in known if (d.year, d.month) == (year, month)]
                    chosen.extend(held)
                    if not held:
                        unknown = unknown or f"{m.group(1)} {year}"
            if not chosen and not unknown and not _YEAR.search(q):
                # "By the June meeting": the one meeting in that month, or (December 2018
                # and 2020) each is favoured.
                for m in _MONTH_MEETING.finditer(q):
                    hits = _held_in(m.group(1), known)
                    if len(hits) == 1:
                        chosen.extend(hits)
                    else:
                        boost_meetings += tuple(hits)
            if not chosen and not unknown:
                for m in _YEAR.finditer(q):
                    year = int(m.group(1))
                    hits = [d for d in known if d.year == year]
                    if hits and _EVENT_YEAR.search(q[: m.end()]):
                        # "the county line disrupted in 2020": when it happened, which that
                        # year's papers or the next meeting's report; favoured, not a bound.
                        later = [d for d in known if d.year > year][:1]
                        boost_meetings += (*hits, *later)
                    elif hits:
                        since, until = date(year, 1, 1), date(year, 12, 31)
                    else:
                        unknown = unknown or str(year)
        if not (chosen or since or until or unknown or boost_meetings):
            # "the OPCC report in June": the one meeting held that month, as "the June
            # meeting"; "what happened in June", or two meetings that month (the Decembers
            # of 2018 and 2020): each is favoured and none filters.
            for m in _IN_MONTH.finditer(q):
                hits = _held_in(m.group(1), known)
                paper = _PAPER_BEFORE.search(q[: m.start()])
                if len(hits) == 1 and paper:
                    chosen.extend(hits)
                else:
                    boost_meetings += tuple(hits)
        if _LAST_MEETING.search(q) and known and not chosen:
            chosen.append(known[-1])
        elif _WHO_NOW.search(q) and known and not (chosen or since or until or unknown):
            # "Who is the PCC?": the latest papers say who holds it now.
            boost_meetings = (known[-1],)
    since_then = _CHANGED_SINCE.search(q)
    if (
        since_then
        and len(set(chosen)) == 1
        and known
        and known[-1] > chosen[0]
        # The meeting is what "since" names: "since the March report", not "In the March
        # report, what progress had been made since the bid was submitted?".
        and calendar.month_name[chosen[0].month].lower() in q[since_then.end() :].lower()
    ):
        # "Has the focus changed since the March report?": what that meeting's papers said,
        # against what the latest say.
        compare = ((chosen[0], chosen[0]), (known[-1], known[-1]))
        boost_meetings = (chosen[0], known[-1])
        chosen = []
    elif (moved := _MOVED_SINCE.search(q)) and not (chosen or compare) and known:
        after = named_periods(q[moved.end() :])
        if len(after) == 1 and known[0] <= after[0][1] < known[-1]:
            # "Has the MARAC rate got better since 2018?": what the 2018 papers said, against
            # what the papers after them say (the latest meeting's may not speak of it).
            lo, hi = after[0]
            compare = ((lo, hi), (hi + timedelta(days=1), known[-1]))
            boost_meetings = (*(d for d in known if lo <= d <= hi), known[-1])
            since = until = None
    scene = q[: len(q) - len(beyond_scene)]
    after = _since_month(q, scene, beyond_scene) if not compare else None
    if after is not None:
        # "What has happened to it since March 2021?", "I last attended in March 2021, when
        # … What has happened on that since?": the papers after then (that month's were
        # written before what is asked about).
        later = tuple(d for d in known if d > after[1])
        if later:
            return Scope(since=after[1] + timedelta(days=1), boost_meetings=later)
    if scened and chosen and _AT_THE_FOLLOWING.search(beyond_scene):
        # "The autumn 2018 meeting sent the statement back. When the amended version came to
        # the following meeting, what …?": the meeting after the scene's.
        following = _next_meeting(known, max(chosen))
        if following:
            return Scope(meetings=following, boost_meetings=tuple(sorted(set(chosen))))
    if len(set(chosen)) == 1 and not compare and _OUTCOME_OF_RAISED.search(q):
        # "What came of the refuge bid discussed on 1 October 2018?": what the meetings after
        # the one that discussed it were told (the next favoured), not the discussion.
        following = _next_meeting(known, chosen[0])
        if following:
            return Scope(since=chosen[0] + timedelta(days=1), boost_meetings=following)
    if scened and chosen and _ASKED_BACK.search(scene) and not _names_time(beyond_scene):
        # "The 11 December 2020 meeting invited Dr Hardy back with the survey results; what
        # share …?": what was asked for came to a later meeting, the next one first.
        following = _next_meeting(known, max(chosen))
        if following:
            return Scope(since=min(chosen), boost_meetings=following)
    if (
        beyond_scene != q
        and (chosen or since or until)
        and not _names_time(beyond_scene)
        # A day or a meeting the scene names is where it happened: "At the 11 December 2020
        # meeting officers presented … - who presented it?" is asked of that meeting.
        and not (parse_long_dates(scene) or re.search(r"\bmeeting\b", scene, re.IGNORECASE))
    ):
        # "In March 2021 the OPCC shortlisted town centres. Which towns did the successful
        # bid end up covering?": the scene's time is where to start, not a bound.
        boost_meetings = _meetings_in(chosen, since, until, known)
        chosen, since, until = [], None, None
    elif (
        scened
        and not compare
        # A period of its own, with its year: "the December report" is the scene year's.
        and named_periods(beyond_scene)
        and _YEAR.search(scene)
        and not (
            parse_long_dates(scene) or MONTH_YEAR.search(scene) or _MONTH_MEETING.search(scene)
        )
        and not re.search(r"\bmeeting\b", scene, re.IGNORECASE)
    ):
        # "The Board questioned falling referrals in 2020. What total does the Q3 2020/21
        # report give?": the period asked about is the asked part's; the scene's year is
        # favoured. (A scene's month names the meeting a first step is answered at: "Shane
        # O'Neill presented to us in October 2018. What on, and … on the March 2021 agenda?")
        asked = scope_of(beyond_scene, beyond_scene, known)
        set_in = _meetings_in(chosen, since, until, known)
        return replace(asked, boost_meetings=(*asked.boost_meetings, *set_in))
    return Scope(
        tuple(sorted(set(chosen))),
        since,
        until,
        unknown,
        boost_meetings,
        compare,
        bool(between),
        bool(as_of),
    )


#: The words after a rough time that make it a meeting's: "the summer 2021 meeting", "the
#: autumn 2019 Board", "the early 2021 papers".
_ROUGH_MEETING_AFTER = re.compile(
    r"^\s*(?:[A-Z]{2,}\s+)?(?:board\s+)?(?:meeting|board|minutes|agenda)\b",
    re.IGNORECASE,
)
#: The words after a rough time that make it a paper's: "the late-2018 performance report",
#: "the spring 2021 OPCC update". A paper written then went to a meeting held then or to the
#: next one ("the autumn 2018 report" was in the December 2018 pack).
_ROUGH_PAPER_AFTER = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,2}?(?:papers?|pack|reports?|update|slides|presentation|dashboard)\b",
    re.IGNORECASE,
)
#: The words before one: "the meeting in the summer of 2021", "the board held late in 2018".
_ROUGH_MEETING_BEFORE = re.compile(
    r"\b(?:meeting|board|minutes|papers|pack)\s+(?:held\s+|that\s+met\s+)?(?:in\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


#: How soon after a rough time a meeting still reports what was written then: the Board met
#: every three months or so (the autumn 2018 report came to the 10 December 2018 meeting).
_REPORTED_WITHIN = timedelta(days=120)


def _names_papers(q: str, t: RoughTime) -> bool:
    """Whether the rough time names papers written then ("the late-2018 performance report";
    "the autumn 2018 and March 2021 performance reports": both are reports)."""
    after = re.sub(rf"^\s*and\s+(?:the\s+)?{MONTH_YEAR.pattern}", "", q[t.where[1] :], flags=re.I)
    return bool(_ROUGH_PAPER_AFTER.search(after))


def _rough_scope(
    q: str, rough: list[RoughTime], known: list[date]
) -> tuple[list[date], tuple[date, ...], str | None]:
    """The meetings a question's rough times name, as (chosen, favoured, unknown). "The
    summer 2021 meeting" is the meeting held then, or a period the archive lacks ("the autumn
    2019 meeting"); a rough time of an event ("early in 2021 the bid went in") favours the
    meetings held then and the next one, whose papers report it, and filters nothing."""
    chosen: list[date] = []
    boosted: tuple[date, ...] = ()
    unknown = None
    for t in rough:
        held = [d for d in known if t.first <= d <= t.last]
        start, end = t.where
        # The next meeting reports on it, when it is held soon after.
        after = [d for d in known if t.last < d <= t.last + _REPORTED_WITHIN][:1]
        if _ROUGH_MEETING_AFTER.search(q[end:]) or _ROUGH_MEETING_BEFORE.search(q[:start]):
            chosen.extend(held)
            if not held:
                unknown = unknown or t.label
        elif _names_papers(q, t) and (held or after):
            chosen.extend([*held, *after])
        elif held or (known and known[0] <= t.last and t.first <= known[-1]):
            boosted += (*held, *after)
        else:
            unknown = unknown or t.label
    return chosen, boosted, unknown


#: "since March 2021", "since the December 2020 meeting": a month from which on.
_SINCE_MONTH = re.compile(rf"\bsince\s+(?:the\s+)?({MONTH_NAMES})\.?\s+(\d{{4}})\b", re.IGNORECASE)
#: "… What has happened on that since?", "… since then?": since the scene's time.
_SINCE_THEN = re.compile(r"\bsince(?:\s+then)?\s*[?.]?\s*$", re.IGNORECASE)


def _next_meeting(known: list[date], after: date) -> tuple[date, ...]:
    """The first known meeting after a day, alone, or none: where what a meeting asked for,
    or what came of what it discussed, is reported."""
    return tuple(d for d in known if d > after)[:1]


def _since_month(q: str, scene: str, beyond_scene: str) -> tuple[date, date] | None:
    """The month a question asks about from on ("since March 2021", or a scene's month and a
    bare "since"), as its first and last day; None for another question, or one that asks
    what changed since (`_CHANGED_SINCE`: that meeting against the latest)."""
    if _CHANGED_SINCE.search(q):
        return None
    m = _SINCE_MONTH.search(q)
    if m is None and _SINCE_THEN.search(beyond_scene):
        months = list(MONTH_YEAR.finditer(scene))
        m = months[-1] if len(months) == 1 else None
    if m is None:
        return None
    return month_range(int(m.group(2)), MONTHS[m.group(1).lower()])


#: What came of a thing a meeting took up: "What came of the bid discussed on 1 October
#: 2018", "what happened to the proposal raised at the December 2020 meeting".
_OUTCOME_OF_RAISED = re.compile(
    r"\b(?:what\s+(?:came|has\s+come|became)\s+of|what\s+happened\s+(?:to|with)|"
    r"(?:the\s+)?outcome\s+of)\b[^?]{0,120}?\b(?:discussed|raised|proposed|submitted|"
    r"considered|tabled|mentioned|put\s+forward|brought)\s+(?:on|at|in|to)\b",
    re.IGNORECASE,
)
#: A scene in which something was asked for later: "… invited Dr Hardy back with the
#: results", "… asked for a further report", "… requested an update at a future meeting".
_ASKED_BACK = re.compile(
    r"\b(?:invited|asked|requested|called\s+for|wanted)\b[^.;?]{0,80}?\b(?:back|further|"
    r"another|future|next|update|follow[\s-]?up|return)\b",
    re.IGNORECASE,
)
#: "… came to the following meeting", "at the next meeting": the meeting after one the
#: scene names (not "asked to bring to the next meeting", where it was due).
_AT_THE_FOLLOWING = re.compile(
    r"\b(?:at|by|in|came\s+(?:back\s+)?to|come\s+(?:back\s+)?to|returned\s+to|went\s+to|"
    # "… which provisions did the report to its next meeting identify?"
    r"(?:report|paper|update)\s+(?:to|for))\s+"
    r"(?:the|its|their)\s+(?:following|next|subsequent)\s+(?:board\s+)?meeting\b",
    re.IGNORECASE,
)


def _meetings_in(
    chosen: list[date], since: date | None, until: date | None, known: list[date]
) -> tuple[date, ...]:
    """The meetings a scope names: those chosen, else the known ones between its bounds."""
    return tuple(sorted(set(chosen))) or tuple(
        d for d in known if since and until and since <= d <= until
    )


def _names_time(text: str) -> bool:
    """Whether the text names a meeting, day, month or year of its own."""
    return bool(
        named_periods(text)
        or parse_long_dates(text)
        or MONTH_YEAR.search(text)
        or _YEAR.search(text)
        or _LAST_MEETING.search(text)
        or _MONTH_MEETING.search(text)
        or rough_times(text)
    )
