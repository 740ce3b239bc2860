"""The districts of the board's area (pure): a figure asked of one of them ("How many county
lines were operating in Rutland?") is not given by a figure for the whole area ("18 … across
Leicester, Leicestershire and Rutland"), which names it only as part of the area's name."""

from __future__ import annotations

import re

#: The district and unitary councils of the area, by the word a question names each by
#: (Hinckley and Bosworth, and Oadby and Wigston, by either).
DISTRICT_WORDS = {
    "Blaby": "Blaby",
    "Charnwood": "Charnwood",
    "Harborough": "Harborough",
    "Hinckley": "Hinckley and Bosworth",
    "Bosworth": "Hinckley and Bosworth",
    "Melton": "Melton",
    "Oadby": "Oadby and Wigston",
    "Wigston": "Oadby and Wigston",
    "Rutland": "Rutland",
    "Leicester": "Leicester",  # the city ("Leicestershire" is the county)
}
#: The whole area's name, which names every part of it and so none on its own.
_WHOLE_AREA = re.compile(r"\bLeicester,?\s+Leicestershire,?\s+(?:and|&)\s+Rutland\b", re.I)


_NEAR = re.compile(r"\b(?:near|nearby|outside|around|close\s+to|next\s+to)\s+(?:the\s+)?[A-Z]\w+")


def place_asked(question: str) -> str | None:
    """The one district the question names, or None: none, the whole area, or several (a
    comparison or a list, which one passage need not give whole)."""
    # "the new prison being built near Leicester": where a thing is, not what a figure is of.
    question = _NEAR.sub(" ", question)
    words = re.findall(r"\b[A-Z][a-z]+\b", _WHOLE_AREA.sub(" ", question))
    places = {DISTRICT_WORDS[w] for w in words if w in DISTRICT_WORDS}
    return next(iter(places)) if len(places) == 1 else None


def names_place(place: str, text: str) -> bool:
    """Whether the text names the district other than inside the whole area's name."""
    text = _WHOLE_AREA.sub(" ", text)
    return any(
        re.search(rf"\b{word}\b", text, re.IGNORECASE)
        for word, name in DISTRICT_WORDS.items()
        if name == place
    )
