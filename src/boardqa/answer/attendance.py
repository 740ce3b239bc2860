"""Which part of a meeting's attendance a question asks about (pure): the minutes list who was
present, mark who chaired, and give the apologies apart."""

from __future__ import annotations

import re

from boardqa.parse.dates import MONTHS
from boardqa.query import QueryIntent
from boardqa.words import content_terms

#: An entry of the apologies ("Apologies for absence were received from …").
APOLOGIES = re.compile(r"\s*apolog", re.IGNORECASE)
#: How the minutes mark who chaired: "Mrs D. Taylor CC (in the Chair)".
CHAIR_MARK = re.compile(r"\((?:in the )?Chair(?:man)?\)", re.IGNORECASE)


#: Attendance planned, not recorded: "would attend", "they'd attend", "to attend".
TO_ATTEND = re.compile(r"(?:['’]d|\bwould|\bwill|\bto|\bshould)\s+attend\b", re.IGNORECASE)


def attendance_section(intent: QueryIntent) -> str | None:
    """Which part of the attendance a question asks about: "apologies", "present", or None
    when it names neither or both ("sent apologies in 2018 and attended in 2020") or asks who
    was to attend ("… who said they'd attend board meetings in the run-up?")."""
    if not intent.attendance or TO_ATTEND.search(intent.text):
        return None
    apologies = bool(re.search(r"\bapolog", intent.text, re.IGNORECASE))
    # "Who represented Public Health at the meeting?": a body's member among those present.
    present = bool(
        re.search(
            r"\battend|\bpresent\b|\bwho (?:was|were) at\b|\brepresented\b", intent.text, re.I
        )
    )
    if apologies == present:
        return None
    return "apologies" if apologies else "present"


#: How many entries of an attendance list an answer quotes (the papers' longest has 24).
ATTENDANCE_LIST = 30


def asks_whole_list(question: str) -> bool:
    """Whether the question asks of a meeting's attendance as a whole ("Who sent apologies to
    the 11 December 2020 meeting?"), not of some entries ("… on behalf of the fire service",
    "Which Leicestershire Police officers gave apologies …?")."""
    return not any(
        t not in _ATTENDANCE_WORDS and t not in MONTHS and not t[:1].isdigit()
        for t in content_terms(question)
    )


#: The words of a question about a meeting's attendance as a whole ("Who sent apologies to
#: the 11 December 2020 meeting?", "Who was present at the last board?").
_ATTENDANCE_WORDS = frozenset(
    [
        "sent",
        "send",
        "gave",
        "give",
        "given",
        "apologies",
        "apology",
        "attended",
        "attend",
        "attending",
        "attendance",
        "present",
        "absent",
        "absence",
        "meeting",
        "meetings",
        "board",
        "lscsb",
        "members",
        "member",
        "received",
        "list",
        "listed",
        "minutes",
        "record",
        "recorded",
        "last",
        "latest",
        "previous",
    ]
)
