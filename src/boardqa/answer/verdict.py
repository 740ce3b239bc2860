"""Whether the papers bear out a claim a question puts (pure).

"Did Lord Bach chair the 1 October 2018 meeting?" is asked as "Who chaired the 1 October
2018 meeting?" (`focus.as_role_question`): the minutes name whoever did, which answers the
claim either way. Left at that, the answer quoted "Present: Ivan Ould CC (Chairman)" and never
said no; a board member asking yes or no wants the word first. The claimed person is borne
out when the answer names them (by surname: "Mrs D. Taylor CC (in the Chair)" for "Deborah
Taylor"), a claimed place when the answer names every capitalised word of it.
"""

from __future__ import annotations

import re

#: Words around a name that are no part of it: titles, honours, council marks.
_NOT_NAME = frozenset(
    [
        "lord",
        "lady",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "cllr",
        "councillor",
        "sir",
        "dame",
        "cc",
        "jp",
        "mbe",
        "obe",
        "cbe",
        "supt",
        "ch",
        "insp",
        "dci",
        "the",
        "prof",
        "professor",
    ]
)


def _surname(who: str) -> str | None:
    """The last word of a person's name that is not a title or an honour ("Ould" of "Ivan
    Ould CC"), or None."""
    words = [w.strip(".,’'") for w in who.split()]
    names = [w for w in words if w[:1].isupper() and w.lower() not in _NOT_NAME and len(w) > 1]
    return names[-1] if names else None


def _place_words(where: str) -> list[str]:
    """The capitalised words of a place ("County", "Hall", "Glenfield")."""
    return [w for w in re.findall(r"[A-Za-z][\w’'-]*", where) if w[:1].isupper()]


def verdict(claim: tuple[str, str], answer_text: str) -> str | None:
    """ "Yes" when the answer names what the question claimed, "No" when it does not, None
    when the claim gives nothing to look for."""
    kind, said = claim
    if kind == "person":
        surname = _surname(said)
        if surname is None:
            return None
        named = re.search(rf"\b{re.escape(surname)}\b", answer_text, re.IGNORECASE)
        return "Yes" if named else "No"
    words = _place_words(said)
    if not words:
        return None
    named = all(re.search(rf"\b{re.escape(w)}\b", answer_text, re.IGNORECASE) for w in words)
    return "Yes" if named else "No"


def with_verdict(claim: tuple[str, str] | None, answer_text: str) -> str:
    """The answer's text opened by whether it bears the claim out ("No. The minutes of the
    meeting of 1 October 2018 record: Present: Ivan Ould CC (Chairman) [1]")."""
    said = verdict(claim, answer_text) if claim else None
    return f"{said}. {answer_text}" if said else answer_text
