"""Recommendations: "what was the Board asked to do?" is answered with the paper's whole
recommendations — the lead-in ("It is recommended that the Board:") and each lettered item —
quoted verbatim, each cited to its own paragraph (pure), as a RESOLVED block answers a
decision."""

from __future__ import annotations

from typing import Any

from boardqa.answer.citations import Citation
from boardqa.answer.compose import BULLET, CitationList, item_label, join_lines, source_label
from boardqa.answer.kinds import is_recommendation
from boardqa.answer.lists import entries_of, position_of
from boardqa.answer.sentences import split_sentences
from boardqa.parse.lists import lead_of, list_items


def recommendation_block(
    chosen: dict[str, Any], paragraphs: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The recommendations `chosen` belongs to, in the paper's order: the paragraph that leads
    in ("8. It is recommended that the Board") and its items ("8(a)", "8(b)", or bullets under
    "14"), by the list rule of `parse.lists`; just `chosen` when it is in no list.
    `paragraphs` are its document's, in order."""
    at = position_of(chosen.get("key"), paragraphs)
    entries = entries_of(paragraphs)
    lead = None if at is None else lead_of(entries, at)
    if lead is None or not is_recommendation(paragraphs[lead]):
        return [chosen]
    return [paragraphs[lead]] + [paragraphs[i] for i in list_items(entries, lead)]


def compose_recommendations(block: list[dict[str, Any]]) -> tuple[str, list[Citation]]:
    """ "<Paper> for the meeting of … says: It is recommended that the Board “(a) note the
    content of the report and” [1] “(b) approve and adopt …” [2]". A lead-in that is not a
    sentence of its own frames the items and is not cited; everything quoted is."""
    cites = CitationList()
    parts = [f"{source_label(block[0])}:"]
    for i, p in enumerate(block):
        text = " ".join(str(p.get("text", "")).split())
        marker = str(p.get("number") or "")
        framing = len(split_sentences(text)) <= 1 and not text.endswith(".")
        if i == 0 and len(block) > 1 and "(" not in marker and framing:
            parts.append(text)  # "It is recommended that the Board": it says nothing alone
            continue
        n = cites.cite(p, 1.0)
        # The items stand one a line under their lead-in.
        bullet = BULLET if i > 0 else ""
        parts.append(f"{bullet}“{item_label(marker)}{text}” [{n}]")
    return join_lines(parts), cites.items
