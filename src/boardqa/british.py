"""American spellings and terms as the papers write them (pure).

A reader from North America writes "program", "behavior", "organization", "center", "offense"
and "fiscal year"; the papers print "programme", "behaviour", "organisation", "centre",
"offence" and "financial year". The model behind the dense search reads either, but the
keyword search and every check on the words a passage must hold compare words as written:
"anti-social behavior" met none of the papers' "behaviour". A word the archive never writes
is read as its British spelling when the archive writes that (so "meter" is never made
"metre" in an archive that holds neither, and no word the papers use is touched).
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: American endings and their British forms, tried in turn.
_ENDINGS = (
    ("izations", "isations"),
    ("ization", "isation"),
    ("izing", "ising"),
    ("izes", "ises"),
    ("ized", "ised"),
    ("ize", "ise"),
    ("yzing", "ysing"),
    ("yzed", "ysed"),
    ("yze", "yse"),
    ("orhoods", "ourhoods"),
    ("orhood", "ourhood"),
    ("ors", "ours"),
    ("or", "our"),
    ("ored", "oured"),
    ("oring", "ouring"),
    ("ers", "res"),
    ("er", "re"),
    ("enses", "ences"),
    ("ense", "ence"),
    ("ograms", "ogrammes"),
    ("ogram", "ogramme"),
    ("ogs", "ogues"),
    ("og", "ogue"),
)
#: Terms, not spellings: the American word for what the papers call otherwise.
_TERMS = {"fiscal": "financial"}
_WORD = re.compile(r"(?<![\w’'-])[A-Za-z][a-z]+(?=[’']s\b|(?![\w’'-]))")


def _british(word: str, known: Callable[[str], bool]) -> str | None:
    """The British spelling of `word` the archive writes, or None."""
    w = word.lower()
    if known(w):
        return None
    if w in _TERMS and known(_TERMS[w]):
        return _TERMS[w]
    for american, british in _ENDINGS:
        if w.endswith(american) and len(w) >= len(american) + 2:
            candidate = w[: -len(american)] + british
            if known(candidate):
                return candidate
    return None


def as_british(question: str, known: Callable[[str], bool]) -> str:
    """`question` with each American spelling the archive writes the British way so written
    (a capital kept). `known` says whether the archive writes a (lower-case) word."""

    def british(m: re.Match[str]) -> str:
        found = _british(m.group(0), known)
        if found is None:
            return m.group(0)
        return found[0].upper() + found[1:] if m.group(0)[0].isupper() else found

    return _WORD.sub(british, question)
