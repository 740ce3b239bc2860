"""Lists the papers introduce with a colon ("the group has identified the following outcomes
for delivery:" then "a. …", "b. …"): a sentence that leads in answers nothing without its
items, so the items follow it into the answer, each cited to its own paragraph (pure). The
list rule itself is `parse.lists`."""

from __future__ import annotations

from typing import Any

from boardqa.parse.lists import Entry, leads_in, list_items

__all__ = ["entries_of", "items_of", "leads_in", "position_of"]


def position_of(key: object, paragraphs: list[dict[str, Any]]) -> int | None:
    """Where the paragraph with this key stands in its document's `paragraphs`, or None."""
    return next((i for i, p in enumerate(paragraphs) if p.get("key") == key), None)


def entries_of(paragraphs: list[dict[str, Any]]) -> list[Entry]:
    """Index payloads as the list rule reads them."""
    return [
        Entry(str(p.get("number") or ""), p.get("heading"), str(p.get("text") or ""))
        for p in paragraphs
    ]


def items_of(lead: dict[str, Any], paragraphs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items of the list the paragraph `lead` leads in to, in order; [] when it has none
    or too many. `paragraphs` are its document's, in order."""
    at = position_of(lead.get("key"), paragraphs)
    if at is None:
        return []
    return [paragraphs[i] for i in list_items(entries_of(paragraphs), at)]
