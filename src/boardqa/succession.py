"""What a question says was succeeded, which cannot be its answer (pure).

"Which provider was awarded the new domestic and sexual violence contract to follow UAVA?"
asks for UAVA's successor. The papers say who won the contract UAVA holds ("The contract was
awarded to a consortium … United against Violence and Abuse (UAVA)"), never who won the next:
a passage that names only the one followed does not answer.
"""

from __future__ import annotations

import re

from boardqa.parse.dates import FULL_MONTH_TITLES

#: "to follow UAVA", "to replace the National Probation Service", "successor to …": the name
#: of what was succeeded, as the question writes it. (Not "instead of Bob Bearne": who
#: stands in for someone is named without a word of succession.)
_SUCCEEDED = re.compile(
    r"\b(?:to\s+(?:follow|replace|succeed|take\s+over\s+from)|successor\s+to|"
    r"(?:that|which)\s+(?:will\s+|would\s+)?(?:follows?|replaces?|succeeds?))\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w&’'-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&’'-]*)*)"
)
#: Who or which body a question asks for.
_ASKS_WHO = re.compile(
    r"\b(?:who|whom|which\s+(?:provider|organisation|organization|body|company|consortium|"
    r"charity|service|agency|supplier|firm|partner))\b",
    re.IGNORECASE,
)


def succeeded_name(question: str) -> str | None:
    """The name a who-question says was followed or replaced ("… to follow UAVA": "UAVA"),
    or None."""
    if not _ASKS_WHO.search(question):
        return None
    m = _SUCCEEDED.search(question)
    return m.group("name") if m else None


#: A sentence about the next holder: "the new service", "replacing", "recommissioned".
_NEXT = re.compile(
    r"\b(?:new|next|replac\w*|follow\w*|succe\w*|recommission\w*|future|incoming)\b",
    re.IGNORECASE,
)
#: A capitalised word inside a sentence, not one with a number ("Covid-19").
_CAPITALISED = re.compile(r"(?<![.?!]\s)(?<!^)\b[A-Z][A-Za-z&’']+(?:-[A-Za-z]+)*\b(?![-\d])")
_MONTHS = frozenset(FULL_MONTH_TITLES.split("|"))


def names_a_successor(sentence: str, question: str, followed: str) -> bool:
    """Whether a sentence speaks of what comes after ("the new contract was awarded to …")
    and names a body or person besides those the question names and the one it says was
    followed (its initials' words too: "United Against Violence and Abuse (UAVA)")."""
    if not _NEXT.search(sentence):
        return False
    asked = question.lower()
    letters = followed if followed.isupper() else ""
    for word in _CAPITALISED.findall(sentence):
        if word in _MONTHS or word.lower() in asked or word.lower() in followed.lower():
            continue
        if letters and word[0] in letters:
            continue  # a word of the followed name's spelling-out
        return True
    return False
