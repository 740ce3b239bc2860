"""A paragraph a question points at by its number (pure): "What does paragraph 14 of the
March 2021 OPCC update say?", "para 6 of the County Lines report", "¶ 20(b)", "minute 27 of
the October 2018 minutes".

Reports and minutes number their paragraphs, and readers cite them that way. Searched as
words, "paragraph 24 of the June 2021 OPCC update" finds "24 September Organised crime
analysis" (a date) and "14" is a word no passage must mention; the number is an address, read
from the paragraph records of the paper the rest of the question names (`ask_papers`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBERED = re.compile(
    r"\b(?:paragraph|para\.?|minute|¶)\s*(?P<n>\d{1,3})(?:\s*\(\s*(?P<sub>[a-z]{1,4}|\d{1,2})\s*\))?"
    r"(?!\s*(?:%|per\s*cent|percent|[-–]\s*\d))",
    re.IGNORECASE,
)
#: "paragraphs 7-11": a range, not one paragraph.
_RANGE = re.compile(r"\bparagraphs\b", re.IGNORECASE)


@dataclass(frozen=True)
class NumberedParagraph:
    """The paragraph asked for: its number ("20") and sub-item ("b"), and the question
    without the address, to find the paper with."""

    number: str
    sub: str | None
    rest: str

    @property
    def label(self) -> str:
        return f"{self.number}({self.sub})" if self.sub else self.number

    def holds(self, number: str) -> bool:
        """Whether a paragraph number ("20", "20(b)", "20(b)(i)") is the one asked or one of
        its sub-items: "paragraph 20" is the paragraph with its (a), (b) …"""
        if number == self.label:
            return True
        return number.startswith(f"{self.label}(")


def paragraph_asked(question: str) -> NumberedParagraph | None:
    """The numbered paragraph a question points at, or None (a range, or no number)."""
    if _RANGE.search(question):
        return None
    m = _NUMBERED.search(question)
    if not m:
        return None
    rest = (question[: m.start()] + question[m.end() :]).strip()
    rest = re.sub(r"\s+", " ", re.sub(r"^\s*(?:of|in|from)\s+", "", rest))
    return NumberedParagraph(m.group("n"), (m.group("sub") or "").lower() or None, rest)
