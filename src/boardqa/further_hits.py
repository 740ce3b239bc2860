"""The searches beside the hybrid one: paragraphs the question's words cannot reach but its
reading names — figures dated in an "as of" month in later papers, the minutes' attendance
lists for a role, a meeting's opening lines, the actions a later log holds for a meeting,
an agenda entry by its item number, an action by its number. Each adds hits the fused search
missed, after it, for re-ranking to weigh.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from boardqa.answer.attendance import TO_ATTEND
from boardqa.answer.kinds import WHAT_TIME, WHERE_HELD
from boardqa.index.store import Hit, SearchFilter, Store
from boardqa.parse.dates import FULL_MONTH_TITLES, MONTHS, iter_month_years
from boardqa.query import QueryIntent

#: Asks what a meeting's papers say in their opening lines: when and where it was held, whom
#: to contact.
ABOUT_THE_MEETING = re.compile(
    rf"{WHAT_TIME.pattern}|{WHERE_HELD.pattern}"
    # A report names its own contact officer ("Officer to contact: …").
    r"|\bcontact\b(?!\s+officer)(?!.*\b(?:report|paper|update)\b)"
    # "Was the March 2021 meeting open to the public?", "Can I watch it?": the agenda's notice.
    r"|\bopen\s+to\s+(?:the\s+)?public\b|\bmembers\s+of\s+the\s+public\b|\bpublic(?:ly)?\s+"
    r"(?:attend\w*|access|gallery)\b|\bwatch\b|\bfilmed\b|\bbroadcast\b|\blive[- ]?stream\w*|"
    r"\bYouTube\b",
    re.IGNORECASE,
)


def dated_in(payload: dict[str, Any], months: tuple[tuple[int, int], ...]) -> bool:
    """Whether a paragraph, its heading or its document's title names one of the months."""
    where = " ".join(str(payload.get(k) or "") for k in ("text", "heading", "document"))
    if not set(iter_month_years(where)).isdisjoint(months):
        return True
    # "at the last SOG meeting in May", in the June 2021 papers: May 2021 (or, for a month
    # after the meeting's own, that month of the year before or the plan for it).
    held = _held_in(payload)
    if held is None:
        return False
    year, month = held
    for m in _BARE_MONTH.finditer(str(payload.get("text") or "")):
        named = MONTHS[m.group(1).lower()]
        if (year, named) in months or (named > month and (year - 1, named) in months):
            return True
    return False


#: A month named without its year ("in May", "since January"); "May" only with its capital.
_BARE_MONTH = re.compile(rf"\b({FULL_MONTH_TITLES})\b(?!\s*,?\s*\d{{4}})(?!\s+\d{{1,2}}\b)")


def _held_in(payload: dict[str, Any]) -> tuple[int, int] | None:
    """The (year, month) of the meeting a paragraph's papers were written for, or None."""
    held = str(payload.get("meeting_date") or "")
    if not re.match(r"\d{4}-\d{2}", held):
        return None
    return int(held[:4]), int(held[5:7])


def written_long_before(payload: dict[str, Any], months: tuple[tuple[int, int], ...]) -> bool:
    """Whether a paragraph's papers were written for a meeting more than a year before every
    month the question names: papers plan months ahead ("due in spring 2021"), not years."""
    held = _held_in(payload)
    if held is None:
        return False
    year, month = held
    return all((y - year) * 12 + (m - month) > 12 for y, m in months)


def items_named(text: str) -> set[str]:
    """The agenda item numbers a question names ("item 8", "agenda item 12")."""
    return set(re.findall(r"\bitem\s+(\d{1,2})\b", text, re.IGNORECASE))


def further_hits(
    store: Store,
    intent: QueryIntent,
    flt: SearchFilter,
    text: str,
    qvec: list[float],
    sparse: tuple[Sequence[int], Sequence[float]],
    hits: list[Hit],
) -> list[Hit]:
    """`hits` and, after them, what the question's reading names that they lack."""
    hits = list(hits)
    if intent.as_of and intent.months and flt.until:
        # "As of September 2020": a later paper may give the figure "to September 2020",
        # and a pack carries papers dated before its meeting ("newsletter – February
        # 2021"); of what lies past the date, only paragraphs dated in the month come in.
        seen = {h.key for h in hits}
        later = replace(flt, until=None)
        hits += [
            h
            for h in store.hybrid_search(qvec, sparse, later, limit=40, prefetch=60)
            if h.key not in seen and dated_in(h.payload, intent.months)
        ]
    if intent.role or (
        intent.attendance
        and (intent.meetings or intent.boost_meetings)
        # "… who said they'd attend board meetings in the run-up?" asks who planned to.
        and not TO_ATTEND.search(text)
    ):
        # "Who was the PCC?": the minutes' attendance lists name each member beside their
        # title, in words a search for the initials does not reach; there are few of them.
        # So do they name who attended a meeting for a body ("Who represented the police at
        # the 11 December 2020 meeting?": "Supt. A. Slonecki Leicestershire Police").
        seen = {h.key for h in hits}
        lists = replace(flt, kinds=(), extra={"role": "attendance"})
        hits += [h for h in store.scroll(lists) if h.key not in seen]
    if (intent.meetings or intent.boost_meetings) and ABOUT_THE_MEETING.search(text):
        # "What time did it start, where was it held, who is the contact?": a meeting's
        # papers say so in their opening lines, which share few words with the question.
        seen = {h.key for h in hits}
        opening = replace(flt, kinds=(), extra={"position": 0})
        notices = replace(flt, kinds=(), extra={"role": "notice"})
        hits += [h for h in store.scroll(opening) if h.key not in seen]
        seen |= {h.key for h in hits}
        hits += [h for h in store.scroll(notices) if h.key not in seen]
    raised_at = intent.raised or (
        intent.meetings if "action_log" in intent.kinds and not intent.action_number else ()
    )
    if raised_at:
        # "The ASB action he picked up at the December 2020 meeting": a later log holds
        # the actions raised there, with the meeting's date in their date cell.
        seen = {h.key for h in hits}
        dates = [d.isoformat() for d in raised_at]
        raised = replace(flt, meetings=(), extra={"action_dates": dates})
        hits += [
            h for h in store.hybrid_search(qvec, sparse, raised, limit=10) if h.key not in seen
        ]
    items = items_named(text)
    if items:
        # "Who is to present item 12?": the agenda's entry by its number, whatever the
        # words matched (its text does not repeat the number).
        seen = {h.key for h in hits}
        entries = replace(flt, kinds=("agenda", "webpage"), extra={"number": sorted(items)})
        hits += [h for h in store.scroll(entries) if h.key not in seen]
    if intent.action_number:
        # An action is looked up by its number in every log, whatever the words matched.
        seen = {h.key for h in hits}
        exact = SearchFilter(
            since=flt.since,
            until=flt.until,
            point_types=("paragraph",),
            extra={"action_number": intent.action_number},
        )
        hits += [h for h in store.scroll(exact) if h.key not in seen]
    return hits
