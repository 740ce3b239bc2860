"""Sentence splitting that knows the papers' abbreviations ("Cllr.", "Supt.", "e.g.", "No.")."""

from __future__ import annotations

import re

_ABBREV = (
    "Cllr",
    "Supt",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "No",
    "Nos",
    "no",  # "Action no. 1"
    "e.g",
    "i.e",
    "etc",
    "Co",
    "Ltd",
    "Insp",
    "Sgt",
    "Det",
    "Ch",
    "approx",
    "vs",
    "Leics",
    "Mkt",
    "Hse",
    "para",
    "paras",
    "p",
    "pp",
    "re",  # "Given the above re. Safer Streets 2"
    "Tel",  # "Contact: Euan Walters (Tel. 0116 305 2583)"
    "tel",
    "Ext",
    "ext",
)
_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(“‘\"£0-9])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; a list item ending in ";" counts as a sentence."""
    parts = _SPLIT.split(text.strip())
    out: list[str] = []
    for part in parts:
        if (out and re.search(rf"\b(?:{'|'.join(map(re.escape, _ABBREV))})\.$", out[-1])) or (
            out and re.search(r"\b[A-Z]\.$", out[-1])
        ):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [s.strip() for s in out if s.strip()]


_ACRONYM = re.compile(r"^[A-Z&/]{2,6}\d*$")
_SMALL = {"and", "of", "the", "for", "on", "in", "to", "a", "an", "at", "by", "with"}
_VOWELS = set("AEIOU")


def display_title(title: str) -> str:
    """ "LSCSB UPDATE: OFFICE OF THE POLICE AND CRIME COMMISSIONER" → "LSCSB Update: Office of
    the Police and Crime Commissioner". Titles printed in capitals read badly in a citation;
    words that look like acronyms (few vowels: OPCC, LSCSB, MHCLG) stay in capitals."""
    letters = [c for c in title if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) / len(letters) < 0.8:
        return title
    words = []
    for i, w in enumerate(title.split()):
        core = re.sub(r"[^A-Za-z]", "", w)
        vowels = sum(c in _VOWELS for c in core)
        if i > 0 and core.lower() in _SMALL:
            words.append(w.lower())
        elif (
            core
            and _ACRONYM.match(w.strip(":,()"))
            and (vowels == 0 or (vowels == 1 and core[0] in _VOWELS and len(core) <= 5))
        ):
            words.append(w)
        else:
            words.append(w[:1] + w[1:].lower())
    return " ".join(words)
