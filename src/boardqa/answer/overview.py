"""A meeting as a whole ("What happened at the December 2020 meeting?", "Summarise the 11
December 2020 meeting"): the items its minutes record, in order, each with what was resolved
on it (or, where nothing was, the minute's opening sentence), each quoted and cited (pure)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from boardqa.answer.citations import Citation
from boardqa.answer.compose import CitationList
from boardqa.answer.sentences import split_sentences
from boardqa.parse.dates import LONG_DATE, MONTH_YEAR, format_long
from boardqa.words import term_set

_WHOLE = re.compile(
    r"\b(what happened|happen\w*|summar\w+|overview|what was discussed|discussed|covered|"
    r"what (?:did|was) the board (?:do|discuss|consider))\b",
    re.IGNORECASE,
)
#: Words that ask about a meeting as a whole rather than a topic discussed at it (stems).
_GENERIC = term_set(
    "what happened happen summary summarise summarize overview discussed discuss covered "
    "meeting meetings board lscsb last latest previous most recent whole at the in of "
    "give me please brief briefly consider considered do did was"
)
#: A minute's title: "20. LSCSB Action Log" (the numbered first part of its heading).
_MINUTE = re.compile(r"^\s*(\d{1,3})\.\s+(.+)$")


def asks_overview(question: str) -> bool:
    """Whether the question asks about a meeting as a whole: it asks what happened (or for a
    summary) and names nothing but the meeting ("… about hate crime" is a topic)."""
    if not _WHOLE.search(question):
        return False
    # The words that name the meeting ("11th December 2020", "December 2020") are not a topic.
    meeting = " ".join(m.group(0) for p in (LONG_DATE, MONTH_YEAR) for m in p.finditer(question))
    rest = term_set(question) - _GENERIC - term_set(meeting)
    return not {t for t in rest if not t.isdigit()}


def compose_overview(
    meeting: date, paragraphs: list[dict[str, Any]]
) -> tuple[str, list[Citation]] | None:
    """The minutes' items in order (see the module); None when they hold no numbered item.
    `paragraphs` are the minutes paragraphs about `meeting`, in order."""
    items: dict[str, list[dict[str, Any]]] = {}
    titles: dict[str, str] = {}
    for p in paragraphs:
        m = _MINUTE.match(str(p.get("heading") or "").split(" › ")[0])
        if not m:
            continue
        items.setdefault(m.group(1), []).append(p)
        titles[m.group(1)] = m.group(2).rstrip(".")
    if not items:
        return None
    cites = CitationList()
    parts = []
    for number in sorted(items, key=int):
        group = items[number]
        resolved = [p for p in group if p.get("role") == "resolution"][:3]
        if resolved:
            quoted = " ".join(
                f"“{str(p.get('text', '')).strip()}” [{cites.cite(p, 1.0)}]" for p in resolved
            )
            parts.append(f"{number}. {titles[number]}: resolved {quoted}")
        else:
            first = group[0]
            sentences = split_sentences(str(first.get("text", "")))
            said = sentences[0] if sentences else str(first.get("text", ""))
            parts.append(f"{number}. {titles[number]}: “{said}” [{cites.cite(first, 1.0)}]")
    head = f"The minutes of the meeting of {format_long(meeting)} record {len(items)} items:"
    return head + "".join(f"\n• {x}" for x in parts), cites.items
