"""What kind of thing a sentence holds — a figure, a date, a person (pure).

Two uses: evidence selection prefers sentences that hold what the question asks for, and the
abstention check declines when none of the chosen evidence holds it ("How much did the post
cost?" answered by a sentence with no figure is not an answer).
"""

from __future__ import annotations

import re

#: Money, a percentage, a decimal ("4.9 per 1,000") or a number of two or more digits; a lone
#: digit is more often a label ("Safer Streets 3", "item 7") than a figure.
NUMBER = re.compile(r"£\s?\d|\d[\d,]*(?:\.\d+)?\s?%|\b\d+\.\d+\b|\b\d{2,}[\d,]*\b")
DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{4}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:19|20)\d{2}\b",
)
#: A capitalised run of two or more words ("Manjeeta Sunnar"), or an initial and a surname
#: ("D. Taylor"), or a title and a surname ("Cllr Master", "Lord Bach").
NAME = re.compile(
    r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z’'-]+)+\b"
    r"|\b[A-Z]\.\s?(?:[A-Z]\.\s?)*[A-Z][a-z’'-]+\b"
    r"|\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Lord|Lady|Sir|Supt|Superintendent|Inspector)\.?"
    r"\s+[A-Z][a-z’'-]+\b"
)
#: Words that make a capitalised run an organisation or a title rather than a person.
ORG = re.compile(
    r"\b(Council|Board|Service|Services|Police|Safety|Partnership|Network|Group|Team|Office|"
    r"Commissioner|Performance|Communities|Community|County|Borough|District|Agenda|Item|"
    r"Project|Strategy|Plan|Prison|Parva|Leicestershire|Leicester|Rutland|England|Home|Ministry|"
    r"Update|Report|Pages?|Annex|Appendix|Minutes|Head|Chief|Officer|Manager|Coordinator|"
    r"Director|National|Probation|Review|Programme|Unit|Fund|Streets|Safer|Survey)\b"
)
ROLE_CUE = re.compile(
    r"\b(presented by|given by|provided by|led by|drafted|chaired|contact)\b", re.IGNORECASE
)


def people(sentence: str) -> list[str]:
    """The person names a sentence holds (organisations and titles left out)."""
    return [m.group(0) for m in NAME.finditer(sentence) if not ORG.search(m.group(0))]


def has_person(sentence: str, besides: str = "") -> bool:
    """Whether the sentence names a person other than those named in `besides` (the question:
    "Who replaced Bob Bearne?" is not answered by a sentence that only names Bob Bearne)."""
    named = besides.lower()
    return any(_surname(p).lower() not in named for p in people(sentence))


def _surname(name: str) -> str:
    return re.split(r"[\s.]+", name.strip())[-1]


_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:/\d{2,4})?\b")


def has_number(sentence: str) -> bool:
    """A figure: dates and years ("2021/22") are not what "how much" asks for."""
    return bool(NUMBER.search(DATE.sub(" ", _YEARS.sub(" ", sentence))))


def has_date(sentence: str) -> bool:
    return bool(DATE.search(sentence))


#: The kinds of thing a typed question asks for, by `QueryIntent.asks`, and how the papers'
#: silence on it is put ("the passages closest to the question give no figure for it").
ASKED = {"how_much": "give no figure", "when": "give no date", "who": "name no one"}


def holds_asked(asks: str, sentence: str, question: str = "") -> bool:
    """Whether the sentence holds what a question of kind `asks` asks for: a figure, a date, or
    a person the question does not already name. Other questions ask for no kind (True)."""
    if asks == "how_much":
        return has_number(sentence)
    if asks == "when":
        return has_date(sentence)
    if asks == "who":
        return has_person(sentence, besides=question)
    return True


_LEADING = {"was", "were", "did", "what", "which", "how", "who", "when", "is", "are", "the", "in"}
_LABEL = re.compile(r"\b((?:[A-Z][A-Za-z]+\s+){1,3})(\d{1,2})\b(?![/.,:]\d)")


def numbered_labels(question: str) -> list[tuple[str, str]]:
    """Names that carry a number in the question: ("Safer Streets", "3"), ("Quarter", "3")."""
    out = []
    for m in _LABEL.finditer(question):
        words = m.group(1).split()
        # Leading question words are not part of the name ("Was Safer Streets 3 …").
        while words and words[0].lower() in _LEADING:
            words.pop(0)
        if words:
            out.append((" ".join(words), m.group(2)))
    return out


def other_number(sentence: str, labels: list[tuple[str, str]]) -> bool:
    """Whether the sentence names one of the question's labels with another number and never
    with the asked one ("Safer Streets 2" for a question about "Safer Streets 3")."""
    for words, number in labels:
        pattern = re.compile(rf"\b{re.escape(words)}\s+(\d{{1,2}})\b", re.IGNORECASE)
        found = {m.group(1) for m in pattern.finditer(sentence)}
        if found and number not in found:
            return True
    return False
