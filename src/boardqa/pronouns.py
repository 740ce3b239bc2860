"""A follow-up's "she", "his", "her" as the person the last answer named (pure).

"Who is named as the officer to contact on the March 2021 OPCC update?" → "Officer to
contact: Victoria Charlton …" → "What is her job title?" asks "What is Victoria Charlton's
job title?". Searched with "her", the question finds the contact block again, which names
no post; with the name, it finds where her post is printed ("Victoria Charlton,
Relationships and Change Manager, OPCC"), in whatever paper that is.

Only when the last question asked who, its answer names one person and no other, and the
follow-up names nobody of its own: otherwise "he" may be anyone.
"""

from __future__ import annotations

import re

from boardqa.answer.persons import people

_ASKED_WHO = re.compile(r"\b(?:who|whom|whose)\b|\bwhich\s+(?:officer|person|member)\b", re.I)
_PRONOUN = re.compile(r"\b(?:she|he|her|him|his)\b", re.IGNORECASE)
#: "her" before a noun is hers ("her job title"); before a preposition, a verb's end or the
#: question mark, it is her ("write to her", "did they ask her about …").
_POSSESSIVE = re.compile(
    r"\b(?P<word>her|his)\s+(?!(?:about|for|to|at|in|on|of|by|with|from|and|or|as|if|"
    r"when|that|the|a|an)\b)(?=[A-Za-z])",
    re.IGNORECASE,
)


def named_back(question: str, last_question: str, last_answer: str) -> str | None:
    """The follow-up with its pronoun replaced by the one person the last answer named, or
    None (see the module's docstring for when)."""
    if not _PRONOUN.search(question) or people(question):
        return None
    if not _ASKED_WHO.search(last_question):
        return None
    named = list(dict.fromkeys(people(last_answer)))
    if len(named) != 1:
        return None
    name = named[0]
    out = _POSSESSIVE.sub(lambda m: f"{name}'s ", question)
    out = _PRONOUN.sub(name, out)
    return out
