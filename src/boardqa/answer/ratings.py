"""A performance dashboard's rows chosen by their rating (pure): "Which dashboard measures
were rated Green in Q2 2018/19?", "Which indicators were Amber?".

A dashboard prints its RAG rating as one letter after the row's figures ("Total Crime rate
(per 1,000 population) 60.00 62.52 A 4/9 Top", "Reported hate incidents … 0.81 0.85 G -").
No passage says "Green", so the words of the question find nothing to quote and the question
was declined ("do not mention Green"); every row of the table is read instead, and the rows
with the letter asked (`parse.dashboard.rating_of`, the cells the parser cuts rows at) are
listed, each cited.
"""

from __future__ import annotations

import re
from typing import Any

#: "Which measures were rated Green?", "which indicators are amber", "… rated red on the
#: dashboard": a colour asked of a dashboard's measures (not of the action log's actions).
_RATING_ASKED = re.compile(
    r"\b(?:which|what)\b[^?]*\b(?:measures?|indicators?|kpis?|rows?|targets?|areas?)\b"
    r"[^?]*\b(?P<colour>green|amber|red)\b"
    r"|\b(?P<colour2>green|amber|red)\b[^?]*\b(?:measures?|indicators?|kpis?)\b",
    re.IGNORECASE,
)
#: Each rating letter and the colour a question names it by.
COLOURS = {"G": "Green", "A": "Amber", "R": "Red"}
_LETTER = {colour.lower(): letter for letter, colour in COLOURS.items()}


def rating_asked(question: str) -> str | None:
    """The rating letter ("G", "A", "R") a question asks a dashboard's rows by, or None."""
    if re.search(r"\bactions?\b", question, re.IGNORECASE):
        return None  # the action log's colours are its statuses (`register`)
    m = _RATING_ASKED.search(question)
    if not m:
        return None
    return _LETTER[(m.group("colour") or m.group("colour2")).lower()]


def is_dashboard_row(payload: dict[str, Any]) -> bool:
    """A table row under a heading that has a RAG column."""
    return payload.get("role") == "table_row" and "RAG" in str(payload.get("heading") or "")
