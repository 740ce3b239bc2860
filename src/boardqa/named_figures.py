"""Figures a question names to ask about them (pure): "The slides give a figure of 59% — 59%
of respondents were what?" asks what the figure is of, not for a figure, and the sentence that
gives it answers. Read by `query` (what is asked) and the evidence choice."""

from __future__ import annotations

import re

#: A figure precise enough to be looked up by ("59%", "£111,125", "1,127,205"): a percentage,
#: a sum of money, or a number of four digits or more that is not a year.
_EXACT_FIGURE = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?%|\b\d{1,3}(?:,\d{3})+\b")
#: Asks for a figure, rather than about one it names.
_ASKS_FIGURE = re.compile(
    r"\bhow\s+(?:much|many)\b|\bwhat\s+(?:\w+\s+){0,3}(?:figure|number|total|amount|sum)\b",
    re.IGNORECASE,
)


def figures_named(question: str) -> frozenset[str]:
    """The exact figures a question names to ask about them ("The slides give a figure of
    59% — 59% of respondents were what?", "the OPCC pays an additional £111,125 a year — what
    is it for?"), as `_figure_key` writes them; none when it asks for a figure."""
    if _ASKS_FIGURE.search(question.split("—")[-1]):
        return frozenset()
    return frozenset(
        _figure_key(m.group(0))
        for m in _EXACT_FIGURE.finditer(question)
        # "the crime rate per 1,000 population": a unit, not a figure asked about.
        if not re.search(r"\bper\s*$", question[: m.start()], re.IGNORECASE)
    )


def gives_figure_named(sentence: str, figures: frozenset[str]) -> bool:
    """Whether the sentence gives one of `figures` ("£111,125.00" gives "£111,125")."""
    return any(_figure_key(m.group(0)) in figures for m in _EXACT_FIGURE.finditer(sentence))


def _figure_key(figure: str) -> str:
    """A figure as compared: no spaces or thousands commas, no zero pence ("£111,125.00")."""
    key = re.sub(r"[\s,]", "", figure)
    return re.sub(r"\.0+(?=%|$)", "", key)


#: "What share of the £80 million …", "how much of the £20m fund …": a part asked of a whole
#: the question itself gives by its figure.
_PART_OF_NAMED = re.compile(
    r"\b(?:(?:what|which)\s+(?:share|proportion|percentage|part|portion|amount|fraction)|"
    r"how\s+(?:much|many))\s+of\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:£\s?\d|\d[\d,.]*\s?%)",
    re.IGNORECASE,
)


def only_its_own_figures(question: str, sentences: list[str]) -> bool:
    """Whether a question asks for a part of a whole it gives by its figure ("What share of
    the £80 million drug treatment funding was allocated to Leicestershire?") and the
    `sentences` give no figure but the question's own ("The government announced £80
    million further funds in January 2021"): repeating the whole does not say the part."""
    if not _PART_OF_NAMED.search(question):
        return False
    own = {_figure_key(m.group(0)) for m in _EXACT_FIGURE.finditer(question)}
    given = {_figure_key(m.group(0)) for s in sentences for m in _EXACT_FIGURE.finditer(s)}
    return given <= own
