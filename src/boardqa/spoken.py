"""Numbers said in words, as a dictated question gives them (pure).

A question spoken to a phone says "twenty eighteen", "twenty one twenty two", "q three" and
"a hundred and twenty five million"; the papers print "2018", "2021/22", "Q3" and "£125m".
Left as words, the periods a question names are lost (no meeting filter, no quarter) and the
keyword search meets none of the papers' figures. Here runs of number words become digits:

- a year: "twenty eighteen" → 2018, "twenty twenty one" → 2021;
- a financial year: "twenty one twenty two", "twenty twenty one twenty two" → 2021/22,
  "twenty eighteen nineteen" → 2018/19;
- a quarter: "q two", "quarter three" → Q2, Q3;
- an amount: "hundred and twenty five million" → 125 million, "twenty five k" → 25k;
- a day: "the thirteenth of may" → "the 13th of may".

A lone small number ("one", "six") is left as a word: "the june one" points back, "action
number six" is read by the action reference itself, and the keyword search already reads
number words as digits.
"""

from __future__ import annotations

import re

from boardqa.parse.dates import MONTH_NAMES

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
_NUMBER = "|".join([*_UNITS, *_TEENS, *_TENS, "hundred", "thousand"])
#: A run of number words ("hundred and" inside it: "a hundred and twenty five").
_RUN = re.compile(
    # "twenty-five" is written with a hyphen as often as without.
    rf"\b(?:(?:hundred|thousand)\s+and\s+(?=(?:{_NUMBER})\b)|(?:{_NUMBER})[\s-]+)*(?:{_NUMBER})\b",
    re.IGNORECASE,
)
#: "q two", "quarter three report"; not "in the last quarter two incidents were reported".
_QUARTER = re.compile(
    r"\b(?:q\s+(one|two|three|four)|quarter\s+(one|two|three|four)(?!\s+[a-z]+s\b))\b",
    re.IGNORECASE,
)
#: An ordinal over twenty said in two words: "the twenty first of june", "march the twenty
#: first" (a tens word before an ordinal is never a number of its own).
_DAY_TENS = r"(twenty|thirty)[\s-]+"
_COMPOUND_ORDINAL = re.compile(
    rf"\b{_DAY_TENS}({'|'.join(w for w, n in _ORDINALS.items() if n < 10)})\b",
    re.IGNORECASE,
)
#: A day of a month said as an ordinal: "the thirteenth of may", "twenty first of june".
_ORDINAL_DAY = re.compile(
    rf"\b(?:{_DAY_TENS})?({'|'.join(_ORDINALS)})(?=\s+(?:of\s+)?(?:{MONTH_NAMES})\b)",
    re.IGNORECASE,
)
_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _groups(words: list[str]) -> list[int] | None:
    """Two-digit groups of a run without hundreds ("twenty twenty one" → [20, 21]), or None
    when the run has a multiplier."""
    groups: list[int] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _TENS:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in _UNITS:
                groups.append(_TENS[w] + _UNITS[nxt])
                i += 2
                continue
            groups.append(_TENS[w])
        elif w in _TEENS:
            groups.append(_TEENS[w])
        elif w in _UNITS:
            groups.append(_UNITS[w])
        else:
            return None
        i += 1
    return groups


def _value(words: list[str]) -> int:
    """The number a run with hundreds or thousands says ("hundred and twenty five" → 125)."""
    total, current = 0, 0
    for w in words:
        if w == "and":
            continue
        if w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            current += _UNITS.get(w) or _TEENS.get(w) or _TENS.get(w, 0)
    return total + current


def _said(run: str) -> str:
    """The run in digits, or the run itself when it is a lone small number."""
    words = re.split(r"[\s-]+", run.lower())
    groups = _groups(words)
    if groups is None:
        return str(_value(words))
    if len(groups) == 1 and groups[0] < 10:
        return run  # "one", "six": left as said
    out: list[str] = []
    years = False
    while groups:
        if len(groups) >= 2 and groups[0] == 20 and 10 <= groups[1] <= 39:
            # "twenty eighteen" 2018; "twenty eighteen nineteen" 2018/19.
            year, groups = 2000 + groups[1], groups[2:]
            starts_year = len(groups) >= 2 and groups[0] == 20 and 10 <= groups[1] <= 39
            if groups and groups[0] == year - 2000 + 1 and not starts_year:
                out.append(f"{year}/{groups[0]:02d}")
                groups = groups[1:]
            else:
                out.append(str(year))
            years = True
        elif len(groups) >= 2 and 17 <= groups[0] <= 39 and groups[1] == groups[0] + 1:
            out.append(f"20{groups[0]}/{groups[1]:02d}")  # "twenty one twenty two"
            groups = groups[2:]
            years = True
        else:
            # A trailing "one" after a year is a pronoun ("the june twenty twenty one one").
            out.append("one" if years and groups[0] == 1 else str(groups[0]))
            groups = groups[1:]
    return " ".join(out)


def _ordinal(m: re.Match[str]) -> str:
    """An ordinal said in words (group 1 its tens word, if any; group 2 the ordinal) in
    digits: "twenty first" → "21st"."""
    n = _ORDINALS[m.group(2).lower()] + (_TENS[m.group(1).lower()] if m.group(1) else 0)
    return f"{n}{_SUFFIX.get(n, 'th')}"


def _per_unit(m: re.Match[str]) -> bool:
    """Whether a run is the unit of a rate ("per thousand", "per hundred"), which the papers
    write in words as often as "per 1,000": not a number to put in digits."""
    return m.group(0).lower() in ("hundred", "thousand") and bool(
        re.search(r"\bper\s+$", m.string[: m.start()], re.IGNORECASE)
    )


def in_digits(question: str) -> str:
    """The question with its spoken numbers, years, quarters and days in digits."""
    text = _QUARTER.sub(lambda m: f"Q{_UNITS[(m.group(1) or m.group(2)).lower()]}", question)
    text = _COMPOUND_ORDINAL.sub(_ordinal, text)
    text = _ORDINAL_DAY.sub(_ordinal, text)
    text = _RUN.sub(lambda m: m.group(0) if _per_unit(m) else _said(m.group(0)), text)
    return re.sub(r"\b(\d+) k\b", r"\1k", text)  # "twenty five k" as the papers' "25k"
