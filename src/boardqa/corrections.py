"""A question corrected as it is typed, read as corrected (pure).

Typing in the chat, a member often corrects themselves mid-question: "What did the March — no,
the June 2021 OPCC update say about People Zones?", "Who owns the action on ASB charts, sorry,
the one on car crime?", "How much did Blaby — I mean Melton — get?". Read as written, both
the first and the corrected thing lead the search, and the first (the March update, Blaby)
may well win. The correction replaces what it corrects: the phrase before the marker that
begins like the correction does (the same small word, a month for a month, a name for a name),
or the last word when nothing does.
"""

from __future__ import annotations

import re

from boardqa.parse.dates import MONTHS

#: "— no,", ", no —", "- sorry,", ", sorry, I mean", "— I mean", "— make that": what a member
#: types between a slip and its correction.
_MARKER = re.compile(
    r"\s*(?:[—–]|\s-|,)\s*(?:(?:no\s*[,—–-]|sorry\s*[,—–-]?)\s*(?:sorry\s*[,—–-]?\s*)?"
    r"(?:I\s+mean\s+|make\s+that\s+)?|I\s+mean,?\s+|make\s+that\s+)",
    re.IGNORECASE,
)
#: Small words a slip and its correction both begin with ("the March — no, the June …").
_SMALL = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "of",
        "to",
        "from",
        "by",
        "with",
        "about",
        "that",
        "this",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "which",
        "what",
        "who",
    ]
)
_WORD = re.compile(r"[\w’'/.-]+")
#: A correction's close, when it is set off on both sides ("Blaby — I mean Melton — get"): a
#: dash a few words on.
_CLOSE = re.compile(r"^((?:\S+\s+){0,4}?\S+)\s*[—–]\s*")


def _kind(word: str) -> str:
    """What sort of word begins a phrase: a small word (itself), a month, a number, a name."""
    w = word.lower().strip("’'.,")
    if w in _SMALL:
        return w
    if w in MONTHS:
        return "month"
    if w[:1].isdigit():
        return "number"
    if word[:1].isupper():
        return "name"
    return "word"


def as_corrected(question: str) -> str:
    """The question with each slip replaced by its correction; one with none as it is."""
    for _ in range(3):  # a question may correct itself more than once
        m = _MARKER.search(question)
        if m is None:
            return question
        before, after = question[: m.start()], question[m.end() :]
        first = _WORD.match(after)
        words = list(_WORD.finditer(before))
        if first is None or not words:
            return question
        kind = _kind(first.group(0))
        start = next(
            (w.start() for w in reversed(words) if _kind(w.group(0)) == kind),
            words[-1].start() if kind in ("word", "name", "number", "month") else None,
        )
        if start is None:
            return question
        slip = before[start:]
        if re.match(r"(?:the|that)\s+one\b", after, re.IGNORECASE):
            # "the action on ASB charts, sorry, the one on car crime": the one is an action.
            noun = re.match(r"\w+\s+(\w+)", slip)
            if noun:
                after = re.sub(r"\bone\b", noun.group(1), after, count=1)
        elif re.match(r"(?:\S+\s+){1,3}one\b", after) and (last := re.search(r"(\w+)\W*$", slip)):
            # "the October 2018 meeting — sorry, the December 2018 one": a meeting.
            after = re.sub(r"\bone\b", last.group(1), after, count=1)
        if m.group(0).lstrip()[:1] in "—–":
            # "How much did Blaby — I mean Melton — get?": the dash that closes the aside goes.
            after = _CLOSE.sub(r"\1 ", after, count=1)
        question = f"{question[:start]}{after}"
    return question
