"""A place in the packs pointed to by its position (pure): "the report that immediately
follows the October 2018 minutes in the December 2018 pack", "the item that sits between
declarations of interest and the Prevent update", "the report presented just before the Glen
Parva prison update".

A board member with the printed pack open finds their way by where things sit, not by their
titles. A search by meaning finds the paper the pointer names (the minutes, the Prevent
update) rather than its neighbour, which is the one asked about; so the pointer is read off
the pack's own order and the question is asked of the neighbour by its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from boardqa.words import term_set

#: What a pointer may point to: a paper of a pack, or an item of an agenda or the minutes.
_UNIT = (
    r"(?:(?:agenda\s+)?item|paper|report|document|presentation|update|submission|"
    r"business|section|minute)"
)
#: Where a pointer's target ends: where the question places it ("in the December 2018 pack",
#: "on the December 2020 agenda", "in March 2021"), or the question's next clause.
_TARGET_END = (
    r"(?=\s+(?:in|on|at|of|for|within|from)\s+(?:the\s+)?(?:[\w/’'-]+\s+){0,4}?"
    r"(?:pack|agenda|minutes|meeting|papers?|web\s*page|page|\d{4})\b"
    r"|\s*[,;?]|\s+and\s+(?:who|what|which|when|where|how|whether|its?|their)\b|\s*$)"
)
_NEXT_TO = re.compile(
    rf"\bthe\s+(?P<unit>{_UNIT})\s+(?:(?:that|which)\s+)?(?:(?:is|was|were|are)\s+)?"
    r"(?:(?:listed|presented|taken|placed|printed|set|put|heard|given|filed|bound|"
    r"comes?|came|coming|sits?|sat|sitting|falls?|fell|appears?|appeared|appearing)\s+)?"
    r"(?:(?:immediately|straight|directly|right|just)\s+)?"
    r"(?P<dir>follows|followed|following|after|before|precedes|preceded|preceding|"
    r"ahead\s+of|between)\s+"
    rf"(?P<target>(?:the\s+)?[^,;?]+?){_TARGET_END}",
    re.IGNORECASE,
)
#: Where the question places the target, read after it: "in the October 2018 minutes".
_PLACE = re.compile(
    r"^\s+(?:in|on|at|of|for|within|from)\s+(?:the\s+)?(?P<place>[^,;?]*?"
    r"(?:pack|agenda|minutes|meeting|papers?|web\s*page|page|\d{4})"
    r"(?:\s+(?:pack|agenda|minutes|meeting|papers?|web\s*page|page))?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Pointer:
    """A pointer by position: the `unit` (paper, item …) `step` places after (+1) or before
    (-1) the one `target` names, or the one between `target` and `other` (step 0).
    `place` is where the question places them ("October 2018 minutes"); `span` is where the
    pointer stands in the question, to be put by the title of what it points to."""

    unit: str
    step: int
    target: str
    other: str = ""
    place: str = ""
    span: tuple[int, int] = (0, 0)

    @property
    def in_minutes(self) -> bool:
        return bool(re.search(r"\bminutes\b", self.place, re.I))

    @property
    def on_agenda(self) -> bool:
        return bool(re.search(r"\b(?:agenda|web\s*page)\b", self.place, re.I))

    @property
    def of_papers(self) -> bool:
        """Whether a paper of the pack is pointed to (not an agenda's item)."""
        return self.unit.lower() in {"paper", "report", "document", "submission"}


def pointer_in(question: str) -> Pointer | None:
    """The pointer by position inside a question, or None."""
    m = _NEXT_TO.search(question)
    if not m:
        return None
    word = m.group("dir").lower()
    target = m.group("target").strip()
    other = ""
    if word == "between":
        first, sep, second = target.partition(" and ")
        if not sep:
            return None
        target, other, step = first.strip(), second.strip(), 0
    else:
        step = (
            -1 if word in {"before", "precedes", "preceded", "preceding"} or "ahead" in word else 1
        )
    placed = _PLACE.match(question[m.end() :])
    return Pointer(
        unit=re.sub(r"^agenda\s+", "", m.group("unit").lower()),
        step=step,
        target=_without_article(target),
        other=_without_article(other),
        place=placed.group("place") if placed else "",
        span=(m.start(), m.end()),
    )


def _without_article(text: str) -> str:
    return re.sub(r"^the\s+", "", text.strip(), flags=re.I)


@dataclass(frozen=True)
class Unit:
    """One place in a pack's order: a paper (with its appendices), an agenda's item or a
    minute, with the keys of the paragraphs that make it up."""

    title: str
    meeting: str
    keys: tuple[str, ...]
    #: How the answer names it: "item 8", "the paper".
    label: str = ""
    #: An appendix is bound with the paper before it: "the paper after X" skips it.
    appendix: bool = False


def matching(target: str, units: list[Unit]) -> int | None:
    """The position of the unit whose title holds most of the target's words (half of them
    at least), and of those the one with fewest words besides ("Contract Price" before
    "Contributions toward Contract Management Price" for "the contract price table"); None
    when two are alike on both counts."""
    words = term_set(target)
    if not words:
        return None
    scored = sorted(
        (
            (-len(words & (title := term_set(u.title))), len(title - words), i)
            for i, u in enumerate(units)
        ),
    )
    shared, extra, index = scored[0]
    if -shared * 2 < len(words) or shared == 0:
        return None
    if len(scored) > 1 and scored[1][:2] == (shared, extra):
        return None
    return index


#: A target that is the place the last answer cited: "the item after that", "the paper
#: after it".
_BACK_TARGET = re.compile(
    r"^(?:it|that|this|that one|this one|(?:that|this|the same)\s+(?:item|paper|report|one))$",
    re.IGNORECASE,
)


def points_back(pointer: Pointer) -> bool:
    """Whether the pointer counts from what the last answer cited ("the item after that")."""
    return pointer.step != 0 and bool(_BACK_TARGET.match(pointer.target))


def pointed_to(pointer: Pointer, units: list[Unit], cited: tuple[str, ...] = ()) -> Unit | None:
    """The unit the pointer picks out of one ordered list, or None when the list does not
    hold its target (or holds nothing at the place pointed to). A pointer that counts from
    what the last answer cited counts from the unit holding the first of the `cited` keys
    that any unit holds."""
    if points_back(pointer):
        at = next(
            (i for key in cited for i, u in enumerate(units) if key in u.keys),
            None,
        )
    else:
        at = matching(pointer.target, units)
    if at is None:
        return None
    skip = pointer.of_papers
    if pointer.step == 0:
        end = matching(pointer.other, units)
        if end is None:
            return None
        inside = [u for u in units[min(at, end) + 1 : max(at, end)] if not (skip and u.appendix)]
        return inside[0] if len(inside) == 1 else None
    i = at + pointer.step
    while 0 <= i < len(units) and skip and units[i].appendix:
        i += pointer.step
    return units[i] if 0 <= i < len(units) else None


# -- rows, entries and recommendations within one paper ------------------------------------

#: What a pointer within a paper may point to, and which paragraphs count as one.
ROW_NOUNS = {
    "entry": "row",
    "row": "row",
    "line": "row",
    "action": "row",
    "indicator": "row",
    "measure": "row",
    "recommendation": "recommendation",
}
_ROW_NOUN = r"(?:indicator\s+|data\s+)?(?P<noun>entry|row|line|action|indicator|measure|recommendation)(?:\s+row)?"
#: "the last entry on the action log", "the first indicator row of the Q2 2018/19
#: performance dashboard", "the final recommendation in the County Lines report".
_END_ROW = re.compile(
    r"\bthe\s+(?P<end>first|opening|top|last|final|closing|bottom)\s+"
    rf"{_ROW_NOUN}\s+(?:(?:on|of|in|from|at\s+the\s+(?:foot|bottom|end|top)\s+of)\s+)"
    rf"(?:the\s+)?(?P<paper>[^,;?]+?){_TARGET_END}",
    re.IGNORECASE,
)
#: "the row straight after the two burglary rows", "the row beneath it", "the next row".
_NEXT_ROW = re.compile(
    rf"\bthe\s+{_ROW_NOUN}\s+(?:(?:that|which)\s+(?:is|was|comes|came|sits)\s+)?"
    r"(?:(?:immediately|straight|directly|right|just)\s+)?"
    r"(?P<dir>after|below|beneath|under|underneath|following|before|above)\s+"
    # "… beneath it give?", "… after the two burglary rows show …?", "… after Blaby?"
    r"(?P<target>(?:it|that|this)(?:\s+(?:one|row|entry|line))?(?![\w’'-])"
    r"|(?:the\s+)?[^,;?]+?\b(?:rows?|entries|entry|lines?)\b"
    rf"|(?:the\s+)?[^,;?]+?{_TARGET_END})"
    r"|\bthe\s+(?P<dir2>next|following|previous)\s+"
    rf"(?P<noun2>entry|row|line|action|indicator|measure|recommendation)\b",
    re.IGNORECASE,
)
#: A target that is the place the last answer cited ("the row beneath it").
_BACK = re.compile(r"^(?:it|that|this|that one|this one|that row|this row|that entry)$", re.I)


@dataclass(frozen=True)
class RowPointer:
    """A pointer to a row (or a recommendation) of one paper: the first or last (`end`) of
    the paper `paper` names, or the one `step` places after or before the row(s) `target`
    names, or the one the last answer cited (`back`). `place` is where the question places
    the paper of a relative pointer ("in the dashboard appended to …")."""

    noun: str
    span: tuple[int, int]
    end: str = ""
    paper: str = ""
    step: int = 0
    target: str = ""
    back: bool = False
    place: str = ""


def row_pointer_in(question: str) -> RowPointer | None:
    """The pointer to a row or recommendation inside a question, or None."""
    m = _END_ROW.search(question)
    if m:
        end = "first" if m.group("end").lower() in {"first", "opening", "top"} else "last"
        return RowPointer(
            ROW_NOUNS[m.group("noun").lower()],
            (m.start(), m.end()),
            end=end,
            paper=_without_article(m.group("paper")),
        )
    m = _NEXT_ROW.search(question)
    if not m:
        return None
    if m.group("dir2"):
        step = -1 if m.group("dir2").lower() == "previous" else 1
        noun = ROW_NOUNS[m.group("noun2").lower()]
        return RowPointer(noun, (m.start(), m.end()), step=step, back=True)
    step = -1 if m.group("dir").lower() in {"before", "above"} else 1
    target = _without_article(m.group("target"))
    placed = _PLACE.match(question[m.end() :])
    return RowPointer(
        ROW_NOUNS[m.group("noun").lower()],
        (m.start(), m.end()),
        step=step,
        target="" if _BACK.match(target) else target,
        back=bool(_BACK.match(target)),
        place=placed.group("place") if placed else "",
    )


#: Words a row's description uses that no row prints: "the two burglary rows".
_ROW_WORDS = frozenset(term_set("row rows entry entries line lines two three four both"))


def row_after(target: str, rows: list[str], step: int) -> int | None:
    """The position of the row `step` places after (or before) the run of rows whose text
    holds every content word of `target` ("the two burglary rows" → after the last row that
    says burglary), or None."""
    words = term_set(target) - _ROW_WORDS
    if not words:
        return None
    hits = [i for i, text in enumerate(rows) if words <= term_set(text)]
    if not hits:
        return None
    i = hits[-1] + 1 if step > 0 else hits[0] - 1
    return i if 0 <= i < len(rows) else None
