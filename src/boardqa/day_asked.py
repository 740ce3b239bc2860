"""A day asked for by its name (pure): "what was the deadline for applications?", "what is
the start date of the new service?". Such a question asks "when", and the sentence that names
that day ("The deadline for applications is 25 March 2021") answers it, not one about the same
fund that holds another date ("On 28th January the Home Office launched round two …")."""

from __future__ import annotations

import re

from boardqa.words import term_set

#: "What was the deadline …?", "what is the start date …?": a day asked for by its name.
DATE_NOUN_ASKED = (
    # "What date is the deadline for applications …?" names the day twice.
    # "What closing date for applications is given …?" names it straight after "what".
    r"what (?:(?:(?:date|day) )?(?:is|was|were|will be|would be) the (?:[\w’'-]+ ){0,2}?)?"
    r"(deadline|closing date|due date|start date|end date|completion date|launch date)"
    # The noun ends its phrase: "the deadline extension" is another thing; "the deadline the
    # OPCC was working to" ends it before a clause.
    r"(?=\s+(?:for|of|to|in|at|on|by|was|is|set|given|the|that|which|we|they|it|had|has|have|"
    r"were|will|would|did|does)\b|\s*[?,.;]"
    r"|\s*$)"
)
#: The words a paper gives each such day by ("The deadline for applications is 25 March
#: 2021", "the closing date", "due by"), as stems.
_DATE_NOUN_WORDS = {
    "deadline": frozenset({"deadlin", "clos", "due"}),
    "start": frozenset({"start", "begin", "commenc", "launch", "live"}),
    "end": frozenset({"end", "expir", "clos", "until"}),
    "completion": frozenset({"complet", "completion", "finish"}),
    "launch": frozenset({"launch", "start"}),
}
_DATE_NOUN_KIN = {"closing": "deadline", "due": "deadline"}
#: "When was the fourth People Zone due to start?": the day of a start or an end asked for by
#: its verb, which a sentence must name as such ("… would commence in April 2022"), not a
#: period the same thing is funded for ("£25k … for both 2021/22 and 2022/23").
_DUE_TO = re.compile(
    r"\bwhen\b[^?]{0,80}?\b(?:due|expected|scheduled|planned|set|going|meant)\s+to\s+"
    r"(start|begin|commence|end|finish|complete|close)\b",
    re.IGNORECASE,
)
#: Each deed's day is said by its words: a start by "start", "commence" …; an end by "end",
#: "until", "complete" … ("due to finish" is answered by "will end on 31st March 2020").
_ENDING = frozenset({"end", "expir", "clos", "until", "complet", "completion", "finish"})
_DUE_WORDS = {
    "start": _DATE_NOUN_WORDS["start"],
    "begin": _DATE_NOUN_WORDS["start"],
    "commence": _DATE_NOUN_WORDS["start"],
    "end": _ENDING,
    "close": _ENDING,
    "finish": _ENDING,
    "complete": _ENDING,
}
_ASKS_WHEN = re.compile(r"\bwhen\b|\b(?:what|which)\s+(?:date|day|month|year)\b", re.IGNORECASE)
#: "By what date did bids have to be in?", "by when …": a deadline asked for without the word.
_BY_WHAT_DATE = re.compile(r"\b(?:by|before)\s+(?:what|which)\s+date\b|\bby\s+when\b", re.I)


def date_noun_words(question: str, named: bool = False) -> frozenset[str]:
    """The stems a sentence gives the day a question asks for by name ("what was the deadline
    for applications?"), or none: the sentence that names the deadline answers, not the one
    about the same fund that holds another date ("On 28th January the Home Office launched
    round two …"). With `named`, only a day the question names ("the completion date"), or
    the deed it is due for ("due to start"), not a deadline it implies ("by what date did bids
    have to be in?", which "Bids must be in by 25 March" answers without the word)."""
    m = re.search(DATE_NOUN_ASKED, question, re.IGNORECASE)
    if not m:
        due = [_DUE_WORDS[m.group(1).lower()] for m in _DUE_TO.finditer(question)]
        if named or (len(due) == 1 and len(_ASKS_WHEN.findall(question)) == 1):
            # "When was it originally due to end, and from when were the services expected
            # to start?": either deed's words; but only the one "when" asks leads the choice
            # of sentence (the other part may ask "from what date …" of another deed).
            return frozenset().union(*due)
        return _DATE_NOUN_WORDS["deadline"] if _BY_WHAT_DATE.search(question) else frozenset()
    head = m.group(1).split()[0].lower()
    return _DATE_NOUN_WORDS[_DATE_NOUN_KIN.get(head, head)]


#: A series starts with its first: "The first of these meetings is scheduled for January 2019"
#: says when the events were due to begin.
_FIRST = re.compile(r"\bfirst\b", re.IGNORECASE)


def names_the_day(words: frozenset[str], sentence: str) -> bool:
    """Whether the sentence names the day `date_noun_words` gave the words of ("… would
    commence in April 2022" a start; "The first of these meetings is scheduled for …" too)."""
    return bool(words & term_set(sentence)) or ("start" in words and bool(_FIRST.search(sentence)))
