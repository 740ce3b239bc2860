"""What a set of initials stands for, as the papers spell it out (pure): "What does CSA stand
for?" is answered by the paragraph that defines it ("… an annual 'Community Safety
Agreement' (CSA)"), not by the many that only use it. The name is the run of words just
before "(CSA)" whose initials are its letters (small words and years skipped), or the words
in brackets after it ("PSDF (Probation Services Dynamic Framework)")."""

from __future__ import annotations

import re

from boardqa.words import SMALL_WORDS

#: "What does CSA stand for?", "what is UAVA short for?", "what do the initials VRN mean?",
#: "what does 'PSDF' mean in the papers?".
_ASKED = re.compile(
    r"\bwhat\s+(?:does|do|did)\s+(?:the\s+)?(?:abbreviation\s+|acronym\s+|initials\s+)?"
    r"[‘'\"]?(?P<a>[A-Z][A-Za-z&]{1,7})[’'\"]?\s+(?:stand\s+for|mean)\b"
    r"|\bwhat\s+(?:is|are)\s+[‘'\"]?(?P<b>[A-Z][A-Za-z&]{1,7})[’'\"]?\s+short\s+for\b",
    re.IGNORECASE,
)
#: A word of a name, or "&" ("Crime & Disorder Act").
_WORD = re.compile(r"[A-Za-z][\w’'-]*|&|\d{4}")


def initials_asked(question: str) -> str | None:
    """The initials a question asks the meaning of, or None. They must hold two capitals at
    least ("CSA", "C&DA", "MoJ"): "What does Safer mean?" asks no such thing."""
    m = _ASKED.search(question)
    if not m:
        return None
    asked = m.group("a") or m.group("b")
    return asked if sum(c.isupper() for c in asked) >= 2 else None


def _letters(initials: str) -> str:
    return re.sub(r"[^A-Za-z]", "", initials).upper()


def _initials_of(words: list[str]) -> str:
    """The letters a run of words goes by: its capitalised and other words, small words,
    "&" and years skipped ("Crime & Disorder Act 1998" → "CDA")."""
    kept = [w for w in words if w.lower() not in SMALL_WORDS and w != "&" and not w.isdigit()]
    return "".join(w[0] for w in kept).upper()


def spelled_out(text: str, initials: str) -> str | None:
    """The name the text spells the initials out as, or None (see the module)."""
    letters = _letters(initials)
    if len(letters) < 2:
        return None
    for m in re.finditer(rf"\(\s*{re.escape(initials)}s?\s*\)", text):
        words = list(_WORD.finditer(text[: m.start()]))[-(3 * len(letters) + 2) :]
        for start in range(len(words) - 1, -1, -1):
            run = [w.group(0) for w in words[start:]]
            if _initials_of(run) == letters and run[0][0].isupper():
                return text[words[start].start() : words[-1].end()].strip(" ‘'’\"")
    for m in re.finditer(rf"\b{re.escape(initials)}\s*\(([^)]{{4,80}})\)", text):
        if _initials_of(_WORD.findall(m.group(1))) == letters:
            return m.group(1).strip()
    return None
