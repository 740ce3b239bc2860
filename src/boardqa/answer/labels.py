"""Numbered names (pure): "Safer Streets 3", "Quarter 4" or "Q4", "round two" or
"first-round Safer Streets bids". A passage that names the same thing with another number
("Safer Streets 2" for a question about 3) speaks of something else.
"""

from __future__ import annotations

import re

from boardqa.parse.dates import quarters_named
from boardqa.words import term_set

_LEADING = {"was", "were", "did", "what", "which", "how", "who", "when", "is", "are", "the", "in"}
_LABEL = re.compile(r"\b((?:[A-Z][A-Za-z]+\s+){1,3})(\d{1,2})\b(?![/.,:]\d)")


_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5"}
_CARDINALS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
#: "round two", "round 2", "first round", "first-round": a numbered round or phase.
_ROUND = re.compile(
    r"\b(round|phase|tranche|wave)[\s-]+(\d{1,2}|one|two|three|four|five)\b"
    r"|\b(first|second|third|fourth|fifth)[\s-]+(round|phase|tranche|wave)\b",
    re.IGNORECASE,
)


#: The programme a round belongs to: "first-round Safer Streets bids", "Safer Streets round 2".
_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?((?:[A-Z][A-Za-z]+\s+){0,2}[A-Z][A-Za-z]+)")
_BEFORE = re.compile(r"((?:[A-Z][A-Za-z]+\s+){0,2}[A-Z][A-Za-z]+)\s+$")


def _rounds(text: str, named: bool = False) -> list[tuple[str, str]]:
    """("round", "2") for "round two" or "second round"; with `named`, also the programme
    the round belongs to with the same number: ("Safer Streets", "1") for "first-round Safer
    Streets bids", which "Safer Streets 2" then does not answer."""
    out = []
    for m in _ROUND.finditer(text):
        if m.group(1):
            number = m.group(2).lower()
            number = _CARDINALS.get(number, number)
            out.append((m.group(1).lower(), number))
        else:
            number = _ORDINALS[m.group(3).lower()]
            out.append((m.group(4).lower(), number))
        if named:
            after = _AFTER.match(text, m.end())
            before = _BEFORE.search(text[: m.start()])
            for found in (after, before):
                if found and found.group(1).split()[0].lower() not in _LEADING:
                    out.append((found.group(1), number))
    return out


def numbered_labels(question: str) -> list[tuple[str, str]]:
    """Names that carry a number in the question: ("Safer Streets", "3"), ("quarter", "3")
    for "Quarter 3" or "Q3", ("round", "1") for "first-round" or "round one"."""
    out = _rounds(question, named=True)
    out += [("quarter", n) for n in sorted(quarters_named(question))]
    for m in _LABEL.finditer(question):
        words = m.group(1).split()
        # Leading question words are not part of the name ("Was Safer Streets 3 …").
        while words and words[0].lower() in _LEADING:
            words.pop(0)
        if words:
            out.append((" ".join(words), m.group(2)))
    # "Quarter 4" is found both as a name and as a quarter: once is enough.
    return list({(w.lower(), n): (w, n) for w, n in reversed(out)}.values())[::-1]


def other_number(sentence: str, labels: list[tuple[str, str]]) -> bool:
    """Whether the sentence names one of the question's labels with another number and never
    with the asked one ("Safer Streets 2" for a question about "Safer Streets 3")."""
    rounds = _rounds(sentence)
    # A question may name several ("the Q2 2018/19 report and the Q3 2020/21 report"): any
    # one of them is asked for.
    asked: dict[str, set[str]] = {}
    for words, number in labels:
        asked.setdefault(words, set()).add(number)
    for words, numbers in asked.items():
        pattern = re.compile(rf"\b{re.escape(words)}\s+(\d{{1,2}})\b", re.IGNORECASE)
        found = {m.group(1) for m in pattern.finditer(sentence)}
        found |= {n for w, n in rounds if w == words}
        if words.lower() == "quarter":
            found |= quarters_named(sentence)
        if found and not found & numbers:
            return True
    return False


#: A paper's recommendation, by its heading ("Recommendations for the Board") or its words
#: ("The Board is asked to:", "It is recommended that", "are requested to note").


#: The papers' own labels for their parts ("Annex B", "Appendix 1"): a question naming one is
#: answered where the paper names it ("Annex B details the forward plan …").
PART_LABEL = re.compile(r"\b(Annexe?|Appendix|Appendices)\s+([A-Z]|\d{1,2})\b")
#: "What is attached to …?": a report lists its attachments under "Appendices"/"Annexes".
ATTACHED = re.compile(
    r"\battach\w*|\benclos\w*|\bappended\b|\b(?:appendices|annexe?s)\b"
    # "The December 2018 OPCC update … lists one appendix — what is it?"
    r"|\b(?:lists?|listed|has|had|includes?|included|carries|gives)\s+(?:one|an?|two|three|\d)\s+"
    r"(?:appendix|appendices|annexe?s?)\b",
    re.IGNORECASE,
)
#: Asks what a paper has attached ("What's appended to the OPCC update?", "Which appendices
#: …?"), not which version of a thing is attached: the list of its parts answers it.
ASKS_ATTACHED = re.compile(
    r"\bwhat(?:[’']s|\s+is|\s+was|\s+were|\s+are)?\s+(?:\w+\s+){0,2}?(?:attached|appended|"
    r"enclosed)\b|\b(?:which|what)\s+(?:(?:supporting|background|other|accompanying)\s+)?"
    r"(?:appendices|annexe?s|attachments|papers|documents|enclosures)\b"
    r"(?=.*\b(?:attach\w*|append\w*|enclos\w*|with|come|came)\b)"
    r"|\b(?:lists?|listed|has|had|includes?|included|carries|gives)\s+(?:one|an?|two|three|\d)\s+"
    r"(?:appendix|appendices|annexe?s?)\b"
    # "What are the two appendices listed at the end of the update?"
    r"|\bwhat\s+(?:are|were|is|was)\s+(?:the|its|their)\s+(?:\w+\s+)?(?:appendices|annexe?s|"
    r"attachments|enclosures)\b",
    re.IGNORECASE,
)
#: A paragraph that lists a paper's parts.
LISTS_PARTS = re.compile(
    r"^\s*(Appendices|Annexes|Appendix\s+\d|Annex\s+[A-Z])\b"
    # "Officer to contact … Appendices Appendix 1 – Fair Chance Recruitment Appendix 2 – …"
    r"|\b(?:Appendices\s+Appendix|Annexes\s+Annex)\s+(?:1|A)\b"
)


def part_labels(text: str) -> set[str]:
    """The part labels a text names, folded: {"annex b", "appendix 1"}."""
    return {f"{m.group(1).lower()} {m.group(2)}" for m in PART_LABEL.finditer(text)}


#: A table's row as the parser writes it: "Funding Body: Rutland County Council; 1/12/15 –
#: 31/3/16: £18,623.33; …", its label cell first.
_ROW = re.compile(r"^[^:;]{2,40}:\s*([^;:]{2,60});\s*[^;:]{1,60}:")


def row_label_named(text: str, question_terms: set[str], by_initials: bool = False) -> bool:
    """Whether the text is a table's row whose label the question names ("how much did
    Rutland County Council contribute": "Funding Body: Rutland County Council; …"; "the
    total": "Funding Body: TOTAL; …"), every word of it; or, `by_initials` (a question for a
    cell, which names its column too), by the initials the label goes by ("the OPCC's
    contribution for 1/4/18 – 31/3/19"), which questions on much else use as well."""
    m = _ROW.match(text)
    label = term_set(m.group(1)) if m else set()
    if label and label <= _WHOLE_LABELS and not question_terms & _MONEY_TERMS:
        # "What was the first time entrant total for 2018/19?" names no row of the contract
        # price table: a row labelled "TOTAL" is named only by a question about money.
        return False
    if label and label <= question_terms:
        return True
    # "the OPCC's contribution": "Funding Body: Office of the Police & Crime Commissioner".
    return by_initials and bool(m) and _initials(m.group(1)) in question_terms


def _initials(label: str) -> str:
    """The initials a row's label goes by ("Office of the Police & Crime Commissioner" →
    "opcc"), or "" for a label of fewer than three capitalised words."""
    letters = "".join(w[0] for w in re.findall(r"[A-Za-z]+", label) if w[0].isupper())
    return letters.lower() if len(letters) >= 3 else ""


#: Row labels that name no thing of their own: "TOTAL", "Overall".
_WHOLE_LABELS = frozenset(term_set("total overall all grand"))
#: Words of a question about money, which a price or funding table's total row answers.
_MONEY_TERMS = frozenset(
    term_set("contract price cost costs funding fund funded contribution contributed paid pay")
    | term_set("payment spend spent budget money grant allocation amount")
)


#: A sentence that says what an annex or appendix holds: "Annex B details …", "A full
#: breakdown is attached at Appendix 1", "Appendix 1 – Outputs of September 2018 workshop".
DESCRIBES_PART = re.compile(
    r"\b(?:annexe?|appendix|appendices)\s+\w+\s+(?:details|sets out|shows|outlines|contains|"
    r"includes|provides|summarises|gives|lists|is|are)\b"
    r"|\b(?:attached|shown|presented|set out|detailed|provided|included|enclosed)\s+(?:at|in|as)\s+"
    r"(?:annexe?|appendix)\b"
    r"|^\s*(?:annexe?|appendix)\s+\w+\s*[–-]\s+\w",
    re.IGNORECASE,
)


def describes_part(sentence: str) -> bool:
    """Whether the sentence says what an annex or appendix holds, not only names it."""
    return bool(DESCRIBES_PART.search(sentence))
