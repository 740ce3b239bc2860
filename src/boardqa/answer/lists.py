"""Lists the papers introduce with a colon ("the group has identified the following outcomes
for delivery:" then "a. …", "b. …"): a sentence that leads in answers nothing without its
items, so the items follow it into the answer, each cited to its own paragraph (pure). The
list rule itself is `parse.lists`."""

from __future__ import annotations

from typing import Any

from boardqa.parse.lists import Entry, leads_in, list_items

__all__ = ["entries_of", "items_of", "leads_in"]


def entries_of(paragraphs: list[dict[str, Any]]) -> list[Entry]:
    """Index payloads as the list rule reads them."""
    return [
        Entry(str(p.get("number") or ""), p.get("heading"), str(p.get("text") or ""))
        for p in paragraphs
    ]


def items_of(lead: dict[str, Any], paragraphs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items of the list the paragraph `lead` leads in to, in order; [] when it has none
    or too many. `paragraphs` are its document's, in order."""
    at = next((i for i, p in enumerate(paragraphs) if p.get("key") == lead.get("key")), None)
    if at is None:
        return []
    return [paragraphs[i] for i in list_items(entries_of(paragraphs), at)]
