"""The quotable units of a paragraph (pure): sentences of prose, a table row or an action
whole, an attendance list entry by entry, each with the unit it points back to.
"""

from __future__ import annotations

import re

from boardqa.answer.kinds import COUNT, has_number, without_ages
from boardqa.answer.labels import numbered_labels, other_number
from boardqa.answer.sentences import split_sentences
from boardqa.query import QueryIntent
from boardqa.retrieve import Candidate


def place_in(text: str, unit: str) -> int:
    """Where a quotable unit sits in its paragraph's text: an attendance entry is quoted with
    its section ("Apologies for absence: Mark Freer …") but printed once at the list's head."""
    at = text.find(unit)
    if at < 0 and ": " in unit:
        at = text.find(unit.split(": ", 1)[1])
    return at


def units_of(cand: Candidate) -> list[str]:
    """What can be quoted on its own: sentences of prose; a table row or an action whole; an
    attendance list entry by entry ("Present: Mrs D. Taylor CC (in the Chair)")."""
    role = cand.payload.get("role")
    text = cand.text
    if role == "agenda_item" and cand.payload.get("number"):
        return [f"{cand.payload['number']}. {text}"]  # the item's number is part of the answer
    if role in ("table_row", "action", "agenda_item"):
        return [text]
    if role == "attendance" and ": " in text:
        section, _, members = text.partition(": ")
        return [f"{section}: {m}" for m in members.split("; ") if m.strip()]
    return split_sentences(text) or [text]


#: A sentence that opens by pointing back ("He offered …", "This was agreed …").
_ANAPHOR = re.compile(
    r"(?:He|She|They|It|This|These|That|Those|His|Her|Their)\b"
    # "The first of these meetings is scheduled for January 2019."
    r"|(?:The\s+(?:first|second|third|last|next|other|rest|remainder|majority)|Each|One|Two|"
    r"Three|Some|All|Both|Most|None|Many|Several)\s+of\s+(?:these|those|them)\b"
)


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
#: Asks for a link: a list of web addresses may answer it ("published on the website" asks
#: when, not where).
ASKS_LINK = re.compile(
    r"\b(?:links?|urls?|web\s*addresse?s?|hyperlinks?)\b|\b(?:what(?:[’']s| is| are)|which)\s+"
    r"(?:the\s+)?(?:\w+\s+)?web\s*(?:sites?|pages?)\b",
    re.IGNORECASE,
)


def mostly_links(unit: str) -> bool:
    """Whether a unit is a list of web addresses, three or more making up at least half of it
    ("… Board https://www.gov.uk/… https://dlnrcrc.co.uk/ …"): its words are a path's
    ("file", "pdf", "2017"), not the paper's, and it answers only a question for a link."""
    urls = [m.group(0) for m in _URL.finditer(unit)]
    return len(urls) >= 3 and sum(map(len, urls)) * 2 >= len(unit)


def quotable(
    cand: Candidate, labels: list[tuple[str, str]], of_units: bool = True
) -> list[tuple[str, str]]:
    """(unit, the unit it points back to or "") for each unit of the paragraph that could
    speak to a question naming `labels`: a paragraph, or (`of_units`) a sentence, that names
    "Safer Streets 2" or "round two" and never the asked number is left out, and so is a
    sentence that points back to one left out ("It received £550,000")."""
    # The document's title counts: a paragraph of "Safer Communities Performance 2020/21 Q3"
    # that names no quarter is about Q3, not the Quarter 4 a question asks about; one that
    # names quarter 2 in passing ("in quarter 2 this increased …") is still about Q3.
    title = str(cand.payload.get("document") or "")
    if other_number(f"{title} {cand.text}", labels):
        return []
    out = []
    previous, skipped = "", False
    for unit in units_of(cand):
        points_back = bool(_ANAPHOR.match(unit))
        # So do a sentence's paper and paragraph, when it gives no figure of the other
        # number's: "The first time entrants … aged 10-17 KPI remains unchanged from Q1" in
        # "… 2018/19 Q2" is about Q2, "Given the above re. Safer Streets 2 we do not think it
        # worthwhile submitting more than one bid" in a paragraph on Safer Streets 3 about
        # round 3; "During quarter 2 this increased to 96.3%" in the Q3 paper is not, nor
        # "… previously successful in securing 3 bids through the first round".
        figure = has_number(without_ages(unit)) or bool(COUNT.search(unit))
        named = unit if figure else f"{title} {cand.text}"
        if (of_units and other_number(named, labels)) or (points_back and skipped):
            previous, skipped = unit, True
            continue
        out.append((unit, previous if points_back else ""))
        previous, skipped = unit, False
    return out


def units_near(intent: QueryIntent, candidates: list[Candidate], n: int = 5) -> list[str]:
    """The quotable units of the best `n` paragraphs (see `quotable`), a table's row with the
    table's heading: "Funding Body: TOTAL; 1/4/16 – 31/3/17: £826,000" is a contract price
    by the heading above it ("Contract Price")."""
    return [unit for unit, _ in units_near_with_before(intent, candidates, n)]


def units_near_with_before(
    intent: QueryIntent, candidates: list[Candidate], n: int = 5
) -> list[tuple[str, str]]:
    """Each unit `units_near` gives, with the unit before it in its paragraph ("" for the
    first): "New data has been released … for Hospital admissions for violence." names what
    the next sentence's "The rate for Leicestershire is 23.4 per 100,000" measures."""
    labels = numbered_labels(intent.text)
    out: list[tuple[str, str]] = []
    for c in candidates[:n]:
        heading = c.payload.get("heading")
        table_row = c.payload.get("role") == "table_row" and heading
        previous = ""
        for unit, _ in quotable(c, labels):
            out.append((f"{unit} ({heading})" if table_row else unit, previous))
            previous = unit
    return out
