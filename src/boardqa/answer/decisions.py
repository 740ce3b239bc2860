"""Decisions: "what did the Board resolve about X" is answered with the whole RESOLVED block of
the minute that discussed X, quoted verbatim, each resolution cited to its own paragraph."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from boardqa.answer.citations import Citation
from boardqa.answer.compose import CitationList, item_label
from boardqa.answer.mentions import initials
from boardqa.clauses import asked_clause
from boardqa.parse.dates import format_long
from boardqa.plain import plain_words
from boardqa.words import stem, term_set, topic_words


def minute_of(payload: dict[str, Any]) -> str | None:
    """ "27. Domestic and Sexual Violence … › RESOLVED" → "27. Domestic and Sexual Violence …"."""
    heading = str(payload.get("heading") or "")
    if payload.get("kind") not in ("minutes", "webpage") or not heading:
        return None
    return heading.split(" › ")[0]


def compose_resolutions(
    minute: str, resolutions: list[dict[str, Any]]
) -> tuple[str, list[Citation]]:
    cites = CitationList()
    about = resolutions[0].get("about_meeting")
    when = format_long(date.fromisoformat(about)) if about else "the meeting"
    title = minute.split(". ", 1)[-1].rstrip(".")
    quoted = []
    for p in resolutions:
        n = cites.cite(p, 1.0)
        marker = p.get("number") or ""
        label = item_label(str(marker))
        quoted.append(f"“{label}{str(p.get('text', '')).strip()}” [{n}]")
    text = (
        f"The minutes of the meeting of {when} record that, on {title}, the Board resolved: "
        + " ".join(quoted)
    )
    return text, cites.items


#: Words of the question that ask for a decision, not about its subject (stems), and words
#: that name the item itself ("after the MVP item", "on that report").
_DECISION_WORDS = term_set(
    "resolve resolved decide decided decision board committee members agree agreed approve "
    "approved ask asked request requested after before following item items report reports "
    "paper papers presentation discussion minute follow-up followup"
)


#: "… and by what date?": the words that ask when are not a subject the resolutions speak of.
_WHEN_ASKED = re.compile(
    r"\b(?:(?:by|on|from|until|before)\s+)?(?:what|which)\s+(?:exact\s+)?(?:dates?|day|time)\b",
    re.IGNORECASE,
)
#: "… after / following Bob Bearne's presentation on the probation reforms": which item the
#: question is about, not a subject within it.
#: "… following (on the back of) Bob Bearne's presentation", "… when Rik Basra brought the draft to the October
#: 2018 meeting": which item the question means, and when; not a subject of its own.
_WHICH_ITEM = re.compile(
    # (Not "… decide about when the plan would be considered", which asks of the when.)
    r"(?:\b(?:after|(?<!the )following|on\s+the\s+back\s+of|in\s+(?:the\s+)?light\s+of|"
    r"in\s+response\s+to|as\s+a\s+result\s+of)|\bwhen(?=\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:brought|"
    r"presented|took|introduced|gave|put|tabled)\b))\b(?:(?!\babout\b)[^,?])*",
    re.IGNORECASE,
)


def relevant_resolutions(
    question: str, minute: str, block: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The whole block when the question is about the item as a whole ("what was resolved
    after the OPCC update?"); only the resolutions that speak to what the question adds to the
    item's title when it asks about one thing the item covered ("… about the MVP webinar?" of
    a minute on the MVP programme, "… about the Communications Plan?" of one on the action
    log). The question's period ("in December 2020") is not a subject, nor is what it says
    the resolutions came after ("following Bob Bearne's presentation")."""
    # "After the complaints about car theft publicity, what did the board decide about the
    # communications plan?": the opening clause is the scene, the subject follows.
    asked = _WHEN_ASKED.sub(" ", _WHICH_ITEM.sub(" ", asked_clause(question)))
    terms = {stem(w) for w in topic_words(asked)} - _DECISION_WORDS
    if not terms or not block:
        return block
    # What the title names, spelled out or as initials ("OPCC").
    extra = {t for t in terms - term_set(minute) if t.upper() not in initials(minute)}
    if not extra or (len(block) == 1 and len(extra) == 1):
        # One resolution answers for its item unless the question adds a subject of its own
        # ("UAVA's existing contract" of a minute on re-procurement), not a word ("draft").
        return block
    # "… hearing from the Probation Service again?" is answered by "a further presentation".
    plain = plain_words(question)
    shares = [len(extra & plain.credit(term_set(str(p.get("text", ""))))) for p in block]
    best = max(shares)
    if best == 0:
        return []  # the item's resolutions say nothing of what the question asks about
    return [p for p, share in zip(block, shares, strict=True) if share == best]
