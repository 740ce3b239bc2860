"""Whose papers are whose (pure): a paper's contact block ("Officer to Contact: Gurjit
Samra-Rai – Community Safety Team Manager … Tel: …", "Rik Basra Community Safety Coordinator
Tel: …") and its agenda entry ("This report will be presented by Rik Basra, …") name the
people it belongs to. A member asks for "Rik Basra's December 2018 report" or "Bob Bearne's
probation slides": the paper, not the minutes that mention him.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from boardqa.answer.mentions import PAPER_NOUN, WORDS_BEFORE_PAPER
from boardqa.answer.persons import NAME, ORG, first_person, people, surname

#: A paper's contact block or author line.
BYLINE = re.compile(
    r"^\s*(?:Officers?\s+to\s+contact|Report\s+Author|Contact|Author|Presented\s+by)\b|"
    r"\b(?:Tel|Telephone|E-?mail)\s*[:.]",
    re.IGNORECASE,
)
#: An agenda entry's presenter: "This report will be presented by …", "A presentation will be
#: given by …".
_PRESENTED = re.compile(
    r"\b(?:will\s+be\s+presented|presentation\s+will\s+be\s+given)\s+by\b", re.IGNORECASE
)
#: "Rik Basra's Quarter 3 2020/21 report", "Bob Bearne's probation slides": a person's paper.
_OWNED_PAPER = re.compile(
    rf"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})[’']s\s+{WORDS_BEFORE_PAPER.format()}{PAPER_NOUN}"
)

#: Where a paper is: its document, or its agenda item at a meeting.
PaperKey = tuple[str, ...]


def paper_owner(question: str) -> str | None:
    """The surname of the person whose paper the question names, lower case, or None."""
    m = _OWNED_PAPER.search(question)
    if m is None:
        return None
    named = people(m.group(1))
    return _key(named[0]) if named else None


def _key(name: str) -> str:
    """A person's surname as the key of their papers: lower case, apostrophes alike
    ("O'Neill" asked, "O’Neill" printed)."""
    return surname(name).lower().replace("’", "'")


def paper_keys(payload: dict[str, Any]) -> tuple[PaperKey, PaperKey]:
    """The keys a paragraph's paper is found by: its document, and its agenda item."""
    meeting = str(payload.get("meeting_date") or "")
    return ("doc", str(payload.get("document_id") or "")), (
        "item",
        meeting,
        str(payload.get("agenda_item") or ""),
    )


def entry_key(payload: dict[str, Any]) -> PaperKey:
    """The key of the agenda item an agenda entry lists (`authored`'s "item" keys)."""
    return ("item", str(payload.get("meeting_date") or ""), str(payload.get("number") or ""))


def authored(payloads: Iterable[dict[str, Any]]) -> dict[str, set[PaperKey]]:
    """Each person's papers by surname (lower case): the documents whose contact block names
    them and the agenda items whose entry says they present it."""
    out: dict[str, set[PaperKey]] = {}
    for p in payloads:
        text = str(p.get("text") or "")
        if BYLINE.search(text):
            key: PaperKey = ("doc", str(p.get("document_id") or ""))
        elif _PRESENTED.search(text) and p.get("kind") in ("agenda", "webpage"):
            key = entry_key(p)
        else:
            continue
        # "… presented by Detective Chief Superintendent Shane O’Neill Leicestershire Police".
        ranked = first_person(text)
        for name in [*people(text), *_run_on_names(text), *([ranked] if ranked else [])]:
            out.setdefault(_key(name), set()).add(key)
    return out


def _run_on_names(text: str) -> list[str]:
    """Names a contact block runs on into a post: "Rik Basra Community Safety Coordinator
    Tel: …" holds "Rik Basra", which `people` leaves out with the post it runs into."""
    found = []
    for m in NAME.finditer(text):
        words = m.group(0).split()
        cut = next((i for i, w in enumerate(words) if ORG.fullmatch(w)), len(words))
        if 2 <= cut <= 3 and cut < len(words):
            found.append(" ".join(words[:cut]))
    return found
