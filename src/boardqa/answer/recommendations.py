"""Recommendations: "what was the Board asked to do?" is answered with the paper's whole
recommendations — the lead-in ("It is recommended that the Board:") and each lettered item —
quoted verbatim, each cited to its own paragraph (pure), as a RESOLVED block answers a
decision."""

from __future__ import annotations

from typing import Any

from boardqa.answer.citations import Citation
from boardqa.answer.compose import CitationList, item_label, source_label
from boardqa.answer.kinds import is_recommendation


def recommendation_block(
    chosen: dict[str, Any], paragraphs: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The recommendations `chosen` belongs to, in the paper's order: the paragraph numbered
    like it ("8") that leads in, and its lettered items ("8(a)", "8(b)"). `paragraphs` are
    its document's, in order."""
    parent = str(chosen.get("number") or "").split("(")[0]
    if not parent:
        return [chosen]
    heading = chosen.get("heading")
    return [
        p
        for p in paragraphs
        if p.get("heading") == heading
        and is_recommendation(p)
        and str(p.get("number") or "").split("(")[0] == parent
    ]


def compose_recommendations(block: list[dict[str, Any]]) -> tuple[str, list[Citation]]:
    """ "<Paper> for the meeting of … says: It is recommended that the Board “(a) note the
    content of the report and” [1] “(b) approve and adopt …” [2]". A lead-in that is not a
    sentence of its own frames the items and is not cited; everything quoted is."""
    cites = CitationList()
    parts = []
    for i, p in enumerate(block):
        text = " ".join(str(p.get("text", "")).split())
        marker = str(p.get("number") or "")
        if i == 0 and len(block) > 1 and "(" not in marker and not text.endswith("."):
            parts.append(text)
            continue
        n = cites.cite(p, 1.0)
        label = item_label(marker)
        parts.append(f"“{label}{text}” [{n}]")
    return f"{source_label(block[0])}: " + " ".join(parts), cites.items
