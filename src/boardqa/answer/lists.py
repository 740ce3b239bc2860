"""Lists the papers introduce with a colon ("the group has identified the following outcomes
for delivery:" then "a. …", "b. …"): a sentence that leads in answers nothing without its
items, so the items follow it into the answer, each cited to its own paragraph (pure)."""

from __future__ import annotations

from typing import Any

#: More items than this are a table or an appendix, not a list to quote whole.
MAX_ITEMS = 8


def leads_in(sentence: str) -> bool:
    return sentence.rstrip().endswith(":")


def items_of(lead: dict[str, Any], paragraphs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The lettered items ("28(a)", "28(b)") that follow the lead-in paragraph `lead` ("28")
    under the same heading, in order; [] when it has none or too many. `paragraphs` are its
    document's, in order."""
    number = str(lead.get("number") or "")
    if not number or "(" in number:
        return []
    items = [
        p
        for p in paragraphs
        if str(p.get("number") or "").startswith(f"{number}(")
        and p.get("heading") == lead.get("heading")
        and int(p.get("position") or 0) > int(lead.get("position") or 0)
    ]
    return items if len(items) <= MAX_ITEMS else []
