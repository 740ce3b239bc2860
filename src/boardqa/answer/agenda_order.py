"""A meeting's agenda read as an ordered list (pure): "What was item 9 at the March 2021
meeting?", "Which item came straight after the Prevent update?", "Which agenda item was the
Community Safety Survey?". A board's secretary plans by the agenda's order; a search over
paragraphs finds "marked ‘Agenda Item 9’" of another meeting instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from boardqa.answer.citations import Citation
from boardqa.answer.compose import CitationList
from boardqa.parse.dates import format_long
from boardqa.words import term_set


@dataclass(frozen=True)
class AgendaEntry:
    """One numbered item of a meeting's agenda, with the paragraph that lists it."""

    meeting: str
    number: int
    title: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class AgendaAsk:
    """What a question asks of an agenda's order: the item numbered `number` ("item"), the
    item after or before the one `target` names ("after", "before"), or the number of the
    item `target` names ("number")."""

    kind: str
    number: int | None = None
    target: str = ""


_ITEM_N = re.compile(
    # "On the 19 March 2021 agenda, which paper came under item 12 …?": where to look first.
    r"^\s*(?:(?:on|in|at)\s+the\s+[^,?]{0,40}?(?:agenda|meeting),\s*)?"
    r"(?:what|which)(?:['’]s|\s+(?:was|is|were))?\s+(?:the\s+)?(?:(?:paper|document|report|"
    r"presentation|business|topic|subject)\s+(?:was|is|came)\s+(?:taken\s+)?"
    r"(?:as\s+|under\s+|at\s+)?)?"
    r"(?:agenda\s+)?item\s+(?:no\.?\s*|number\s+)?(\d{1,2})\b(?!\s*\()"
    # Only the meeting or agenda may follow: "… at the 19 March 2021 meeting?", "… on the
    # December 2020 agenda?"; "What did item 7 say about …?" asks of its content.
    r"(?:\s+(?:at|on|of|for|in)\s+(?:the\s+)?[^?]{0,40}?(?:meeting|agenda|board|sitting|\d{4}))?"
    # …or what the entry itself says: ", on which pages of the pack, and who was to present
    # it?"
    r"(?:\s*,?\s*(?:and\s+)?(?:on\s+)?(?:which|what)\s+pages?\b[^?,]*"
    r"|\s*,?\s*(?:and\s+)?who\s+(?:was\s+|were\s+)?(?:to\s+|due\s+to\s+)?"
    r"(?:present|presented|give|gave|introduce|introduced)\b[^?,]*){0,2}"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
_NEXT_TO = re.compile(
    r"\b(?:which|what)\s+(?:agenda\s+)?(?:item|paper|report|business|presentation)\s+"
    r"(?:came|comes|was|is|followed|follows|preceded|precedes)\s+"
    r"(?:(?:straight|immediately|directly|right|just)\s+)?(?P<dir>after|before|next\s+after)?"
    r"\s*(?P<target>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)
_WHICH_NUMBER = re.compile(
    r"^\s*(?:which|what)\s+(?:agenda\s+)?item\s+(?:number\s+)?(?:was|is|were)\s+"
    r"(?P<target>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)
#: Where the question places the target: "… at that meeting", "on the March 2021 agenda".
_PLACED = re.compile(
    r"\s+(?:at|on|in|for)\s+(?:that|the|this)?\s*[^?]{0,30}?(?:meeting|agenda|board|sitting)$"
    r"|\s+(?:in|at)\s+(?:\w+\s+)?\d{4}$|\s+on\s+the\s+agenda$",
    re.IGNORECASE,
)
#: A target that is the thing the talk was about ("after it").
_BACK = re.compile(r"^(?:it|that|that one|this|this one|that item|this item|that report)$", re.I)


def agenda_asked(question: str) -> AgendaAsk | None:
    """What the question asks of an agenda's order, or None."""
    q = question.strip()
    m = _ITEM_N.match(q)
    if m:
        return AgendaAsk("item", number=int(m.group(1)))
    m = _NEXT_TO.search(q)
    if m and (m.group("dir") or re.search(r"\b(?:followed|follows|preceded|precedes)\b", q, re.I)):
        word = (m.group("dir") or "").lower()
        before = word == "before" or bool(re.search(r"\bpreced", m.group(0), re.I))
        return AgendaAsk("before" if before else "after", target=_placed_off(m.group("target")))
    m = _WHICH_NUMBER.match(q)
    if m:
        return AgendaAsk("number", target=_placed_off(m.group("target")))
    return None


def _placed_off(target: str) -> str:
    """The target without where the question places it ("the Prevent update at the March
    2021 meeting" → "the Prevent update")."""
    before = None
    while before != target:
        before, target = target, _PLACED.sub("", target).strip(" ,")
    return target


def refers_back(target: str) -> bool:
    """Whether the target is the thing the talk was about ("after it")."""
    return bool(_BACK.match(target.strip()))


def matching_entry(target: str, entries: list[AgendaEntry]) -> AgendaEntry | None:
    """The entry whose title holds most of the target's words (half of them at least, and
    more than any other entry's)."""
    words = term_set(target)
    if not words:
        return None
    scored = sorted(
        ((len(words & term_set(e.title)), e) for e in entries),
        key=lambda x: -x[0],
    )
    best, entry = scored[0]
    if best * 2 < len(words) or (len(scored) > 1 and scored[1][0] == best):
        return None
    return entry


def compose_agenda(
    ask: AgendaAsk, entries: list[AgendaEntry], found: AgendaEntry | None = None
) -> tuple[str, list[Citation]] | None:
    """The answer read off one meeting's agenda `entries` (in item order), with `found` the
    entry the target names (for "after", "before", "number"); None when the agenda does not
    hold it."""
    if not entries:
        return None
    cites = CitationList()
    meeting = format_long(date.fromisoformat(entries[0].meeting))
    by_number = {e.number: e for e in entries}
    if ask.kind == "item":
        entry = by_number.get(ask.number or 0)
        if entry is None:
            return None
        n = cites.cite(entry.payload, 1.0)
        # The rest of the entry says where the paper is and who presents it ("(Pages 49 -
        # 54) This report will be presented by Rik Basra, …").
        text = str(entry.payload.get("text") or "")
        rest = text[len(entry.title) :].strip(" .") if text.startswith(entry.title) else ""
        rest = re.sub(r"\)\s+(?=[A-Z])", "). ", rest)
        return (
            f"Item {entry.number} on the agenda for the meeting of {meeting} was "
            f"“{entry.title}”{' ' + rest if rest else ''}. [{n}]",
            cites.items,
        )
    if found is None:
        return None
    if ask.kind == "number":
        n = cites.cite(found.payload, 1.0)
        return (
            f"“{found.title}” was item {found.number} on the agenda for the meeting of "
            f"{meeting}. [{n}]",
            cites.items,
        )
    step = 1 if ask.kind == "after" else -1
    other = by_number.get(found.number + step)
    if other is None:
        return None
    # The item asked for is cited first: a follow-up ("Who was down to present it?") is
    # about it, not the item it was found by.
    b = cites.cite(other.payload, 1.0)
    a = cites.cite(found.payload, 1.0)
    where = "straight after" if step == 1 else "straight before"
    return (
        f"On the agenda for the meeting of {meeting}, item {other.number} “{other.title}” [{b}] "
        f"came {where} item {found.number} “{found.title}” [{a}].",
        cites.items,
    )


#: Where an agenda entry's title ends: its page range, or the note on who presents it ("County
#: Lines. (Pages 17 - 22) This report will be presented by …", "Community Safety
#: Communications. Lucy Booth, Communications Officer …").
_TITLE_END = re.compile(r"\s*\(Pages\b|\.\s+(?=[A-Z])|\s+(?=The next meeting\b)")
#: A web page's item heading: "7. LSCSB Partner Update: Office of the Police and Crime …".
_HEADING = re.compile(r"^(\d{1,2})\.\s+(.+?)\.?$")


def entries_of(payloads: list[dict[str, Any]]) -> dict[str, list[AgendaEntry]]:
    """Each meeting's agenda in item order: an agenda's entries, or a meeting's web page's
    numbered headings (the first paragraph under each, which says who presents it)."""
    found: dict[str, dict[int, AgendaEntry]] = {}
    for p in sorted(payloads, key=lambda p: int(p.get("position") or 0)):
        meeting = str(p.get("meeting_date") or "")
        if p.get("role") == "agenda_item" and str(p.get("number") or "").isdigit():
            text = str(p.get("text") or "")
            entry = AgendaEntry(
                meeting, int(p["number"]), _TITLE_END.split(text, 1)[0].rstrip(" ."), p
            )
        elif p.get("kind") == "webpage" and p.get("role") != "resolution":
            m = _HEADING.match(str(p.get("heading") or "").split(" › ")[0])
            if not m:
                continue
            entry = AgendaEntry(meeting, int(m.group(1)), m.group(2).rstrip(" ."), p)
        else:
            continue
        found.setdefault(meeting, {}).setdefault(entry.number, entry)
    return {m: [e[n] for n in sorted(e)] for m, e in found.items()}


def entry_of(payload: dict[str, Any], entries: dict[str, list[AgendaEntry]]) -> AgendaEntry | None:
    """The agenda entry a cited paragraph belongs to: its meeting's item of the same number
    (an agenda's entry, a web page's item, or a paper filed under the item)."""
    meeting = str(payload.get("meeting_date") or "")
    heading = _HEADING.match(str(payload.get("heading") or "").split(" › ")[0])
    number = (
        payload.get("number")
        if payload.get("role") == "agenda_item"
        else payload.get("agenda_item")
    ) or (heading.group(1) if heading else None)
    if not number or not str(number).isdigit():
        return None
    return next((e for e in entries.get(meeting, ()) if e.number == int(number)), None)
