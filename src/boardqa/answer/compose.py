"""Composing an answer from evidence: every sentence quotes or closely follows a source
sentence and ends with the number of the one paragraph it came from (pure)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from boardqa.answer.citations import Citation
from boardqa.answer.evidence import Evidence
from boardqa.answer.sentences import display_title
from boardqa.parse.dates import format_long


class CitationList:
    """Numbers paragraphs in order of first use; the same paragraph is cited once."""

    def __init__(self) -> None:
        self.items: list[Citation] = []

    def cite(self, payload: dict[str, Any], score: float) -> int:
        key = str(payload.get("key"))
        for c in self.items:
            if c.id == key:
                return c.n
        c = Citation.from_payload(len(self.items) + 1, payload, score)
        self.items.append(c)
        return c.n


def item_label(number: str) -> str:
    """ "(a) " for a lettered item numbered "8(a)" ("(a)(ii) " for "21(a)(ii)"), "" for a
    paragraph of its own: how a quoted item keeps the letter the paper gives it."""
    return f"({number.split('(', 1)[1]} " if "(" in number else ""


def source_label(payload: dict[str, Any]) -> str:
    """How a sentence introduces where it comes from: "The minutes of 11 December 2020 record"."""
    kind = payload.get("kind")
    about = payload.get("about_meeting")
    meeting = payload.get("meeting_date")
    if kind in ("minutes", "webpage") and about:
        return f"The minutes of the meeting of {format_long(date.fromisoformat(about))} record"
    when = f" for the meeting of {format_long(date.fromisoformat(meeting))}" if meeting else ""
    title = display_title(str(payload.get("document", "")))
    if kind == "agenda":
        # The notice above the items ("This meeting will not be open to the public …").
        return (
            f"The agenda{when} notes"
            if payload.get("role") == "notice"
            else f"The agenda{when} lists"
        )
    if kind == "action_log":
        return f"The action log{when} records"
    if kind == "presentation":
        return f"The presentation “{title}”{when} says"
    return f"“{title}”{when} says"


#: A sentence that names its topic only by pointing back to it ("SPB Exec agreed to formally
#: adopt this piece of work …"): the section's heading names it.
_TOPIC_POINTED_AT = re.compile(
    r"\b(?:this|that|these|those)\s+(?:piece\s+of\s+work|work|workstreams?|projects?|programmes?|"
    r"strateg(?:y|ies)|plans?|schemes?|initiatives?|pieces?)\b"
    # "The outline strategy was presented to the Board and approved.": the strategy its
    # heading names ("Trauma Informed Strategy").
    r"|^the\s+(?:(?:outline|full|draft|final|new|revised|updated)\s+)?(?:strategy|plan|"
    r"project|programme|scheme|initiative)\b",
    re.IGNORECASE,
)


def _under_heading(payload: dict[str, Any]) -> str:
    """ ", under “Female Offender Strategy”" for a paragraph that points back to its topic,
    when its heading is not the paper's title; "" otherwise. Of nested headings, the innermost
    that names what the paragraph points at ("the outline strategy": "Developments › Trauma
    Informed Strategy" gives the second), else the outermost (a minute's title, not "Arising
    from discussions the following points were noted")."""
    parts = [h.strip() for h in str(payload.get("heading") or "").split(" › ")]
    title = str(payload.get("document") or "")
    text = str(payload.get("text") or "")
    pointed = _TOPIC_POINTED_AT.search(text)
    if not parts[0] or not pointed:
        return ""
    noun = pointed.group(0).split()[-1].lower().rstrip("s")[:6]
    heading = next((h for h in reversed(parts) if noun in h.lower()), parts[0])
    if heading == title or len(heading) > 80:
        return ""
    return f", under “{heading}”"


#: What marks a list item in an answer's text (`render` indents its wrapped lines).
BULLET = "• "


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!", ":", ";", "”", ")")) else text + "."


def compose_extractive(evidence: list[Evidence], decision: bool) -> tuple[str, list[Citation]]:
    """ "<Source>: <sentence> [1] <sentence> [2]"; a resolution is quoted verbatim in full."""
    cites = CitationList()
    lines: list[str] = []
    last_label = None
    for e in evidence:
        payload = e.candidate.payload
        n = cites.cite(payload, e.candidate.score)
        label = source_label(payload)
        if decision and payload.get("role") == "resolution":
            body = f"the Board resolved: “{payload.get('text', '').strip()}” [{n}]"
            if any(f"[{n}]" in line for line in lines):
                continue  # the whole resolution is already quoted
            lines.append(
                f"{label} that {body}"
                if label != last_label
                else f"It also resolved: “{payload.get('text', '').strip()}” [{n}]"
            )
        else:
            sentence = _sentence(e.sentence)
            label = f"{label}{_under_heading(payload)}"
            if label != last_label:
                lines.append(f"{label}:")
            lines.append(f"{sentence} [{n}]")
        last_label = label
    return join_lines(lines), cites.items


def join_lines(lines: list[str]) -> str:
    """The answer's sentences run on, but a list's items ("• Deliver two workshops …") stand
    one a line, and what follows the list starts a line of its own."""
    out = ""
    for i, line in enumerate(lines):
        item = line.startswith(BULLET)
        after_item = i > 0 and lines[i - 1].startswith(BULLET)
        out += ("\n" if item or after_item else " ") + line if i else line
    return out
