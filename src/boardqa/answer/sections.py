"""Sections a question names by their heading (pure): "What are the next steps for the
female offender work?" is answered by everything the paper prints under "Female Offender
Strategy › Next steps", not by the one bullet that matched best.
"""

from __future__ import annotations

from typing import Any

from boardqa.answer.lists import position_of
from boardqa.parse.paragraphs import GENERIC_HEADING
from boardqa.words import term_set

#: More paragraphs than this, or a longer one, is a chapter, not a section to quote whole.
MAX_PARAGRAPHS = 8
MAX_CHARS = 400


def named_section(question: str, payload: dict[str, Any]) -> str | None:
    """The last part of the paragraph's heading when it names a part of a paper rather than
    a topic (`GENERIC_HEADING`: "Next steps", "Current progress") and the question names all
    its words; else None. A topic heading ("Safer Streets") is named by most questions on
    the topic, which its whole section does not answer."""
    heading = str(payload.get("heading") or "")
    last = heading.split(" › ")[-1].strip().rstrip(":")
    words = term_set(last)
    if not GENERIC_HEADING.fullmatch(last) or not words or not words <= term_set(question):
        return None
    return last


def section_of(payload: dict[str, Any], paragraphs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The run of paragraphs under the same heading as `payload`, in the paper's order (its
    document's `paragraphs`); [] when the run is too long to quote whole."""
    heading = payload.get("heading")
    at = position_of(payload.get("key"), paragraphs)
    if at is None or not heading:
        return []
    start = at
    while start > 0 and paragraphs[start - 1].get("heading") == heading:
        start -= 1
    end = at + 1
    while end < len(paragraphs) and paragraphs[end].get("heading") == heading:
        end += 1
    run = paragraphs[start:end]
    if len(run) > MAX_PARAGRAPHS or any(len(str(p.get("text") or "")) > MAX_CHARS for p in run):
        return []
    return run
