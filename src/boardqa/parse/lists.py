"""Lists in the papers (pure): a numbered paragraph that leads in to a list and the items
that follow it under the same heading.

Items come in two shapes: lettered under the lead-in's number ("8. It is recommended that the
Board" then "8(a) …", "8(b) …"), or bullets that keep the lead-in's number because the paper
numbered only the paragraph ("14. … A copy of the strategy can be provided on request:" then
"• To agree the adoption …", "• To agree the definition of trauma"). A bullet belongs to the
list only after a lead-in that ends with a colon: elsewhere a second paragraph with the same
number is the first one carried over a page.

One rule for three uses: the indexer gives each item its lead-in (`index.points`), the
answerer quotes a lead-in with its items (`answer.lists`), and a paper's recommendations are
quoted whole (`answer.recommendations`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: More items than this are a table or an appendix, not a list to quote whole.
MAX_ITEMS = 8


@dataclass(frozen=True)
class Entry:
    """What the rule needs of a paragraph, from a parse record or an index payload alike."""

    number: str
    heading: str | None
    text: str


def leads_in(text: str) -> bool:
    """Whether the text ends by introducing what follows ("… the following outcomes:")."""
    return text.rstrip().endswith(":")


def _introduces(text: str) -> bool:
    # "It is recommended that the Board" / "… the Board is asked to": the lettered items
    # finish the sentence.
    return leads_in(text) or text.rstrip().endswith(("Board", "to"))


def list_items(
    entries: Sequence[Entry], lead: int, bullets: bool = True, limit: int | None = MAX_ITEMS
) -> list[int]:
    """The positions in `entries` (one document's paragraphs, in order) of the items of the
    list `entries[lead]` leads in to, in order; [] when it leads in to none, is itself an
    item, or has more than `limit` items (too many to quote whole; an index gives every
    item its lead-in whatever the length). Without `bullets`, only lettered lists."""
    head = entries[lead]
    if not head.number or "(" in head.number or not _introduces(head.text):
        return []
    out: list[int] = []
    shape = None  # a list is lettered or bulleted throughout
    for i in range(lead + 1, len(entries)):
        entry = entries[i]
        if entry.heading != head.heading:
            break
        if entry.number.startswith(f"{head.number}("):
            this = "lettered"
        elif bullets and entry.number == head.number and leads_in(head.text):
            this = "bullet"
        else:
            break
        if shape not in (None, this):
            break  # "6 Officer to contact …" after "6(a)", "6(b)" closes the list
        shape = this
        out.append(i)
    return out if limit is None or len(out) <= limit else []


def lead_of(entries: Sequence[Entry], item: int) -> int | None:
    """The position of the lead-in whose list holds `entries[item]` (or `item` itself when it
    leads in to a list), or None when it is in no list."""
    for lead in range(item, -1, -1):
        items = list_items(entries, lead)
        if items and (lead == item or item in items):
            return lead
        if entries[lead].heading != entries[item].heading:
            return None
    return None
