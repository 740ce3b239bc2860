"""Which part of a meeting's attendance a question asks about (pure): the minutes list who was
present, mark who chaired, and give the apologies apart."""

from __future__ import annotations

import re

from boardqa.query import QueryIntent

#: An entry of the apologies ("Apologies for absence were received from …").
APOLOGIES = re.compile(r"\s*apolog", re.IGNORECASE)
#: How the minutes mark who chaired: "Mrs D. Taylor CC (in the Chair)".
CHAIR_MARK = re.compile(r"\((?:in the )?Chair(?:man)?\)", re.IGNORECASE)


def attendance_section(intent: QueryIntent) -> str | None:
    """Which part of the attendance a question asks about: "apologies", "present", or None
    when it names neither or both ("sent apologies in 2018 and attended in 2020")."""
    if not intent.attendance:
        return None
    apologies = bool(re.search(r"\bapolog", intent.text, re.IGNORECASE))
    present = bool(re.search(r"\battend|\bpresent\b|\bwho (?:was|were) at\b", intent.text, re.I))
    if apologies == present:
        return None
    return "apologies" if apologies else "present"
