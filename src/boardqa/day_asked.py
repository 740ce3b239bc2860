"""A day asked for by its name (pure): "what was the deadline for applications?", "what is
the start date of the new service?". Such a question asks "when", and the sentence that names
that day ("The deadline for applications is 25 March 2021") answers it, not one about the same
fund that holds another date ("On 28th January the Home Office launched round two …")."""

from __future__ import annotations

import re

#: "What was the deadline …?", "what is the start date …?": a day asked for by its name.
DATE_NOUN_ASKED = (
    # "What date is the deadline for applications …?" names the day twice.
    # "What closing date for applications is given …?" names it straight after "what".
    r"what (?:(?:(?:date|day) )?(?:is|was|were|will be|would be) the (?:[\w’'-]+ ){0,2}?)?"
    r"(deadline|closing date|due date|start date|end date|completion date|launch date)"
    # The noun ends its phrase: "the deadline extension" is another thing; "the deadline the
    # OPCC was working to" ends it before a clause.
    r"(?=\s+(?:for|of|to|in|at|on|by|was|is|set|given|the|that|which|we|they|it)\b|\s*[?,.;]"
    r"|\s*$)"
)
#: The words a paper gives each such day by ("The deadline for applications is 25 March
#: 2021", "the closing date", "due by"), as stems.
_DATE_NOUN_WORDS = {
    "deadline": frozenset({"deadlin", "clos", "due"}),
    "start": frozenset({"start", "begin", "commenc", "launch"}),
    "end": frozenset({"end", "expir", "clos"}),
    "completion": frozenset({"complet", "completion", "finish"}),
    "launch": frozenset({"launch", "start"}),
}
_DATE_NOUN_KIN = {"closing": "deadline", "due": "deadline"}
#: "By what date did bids have to be in?", "by when …": a deadline asked for without the word.
_BY_WHAT_DATE = re.compile(r"\b(?:by|before)\s+(?:what|which)\s+date\b|\bby\s+when\b", re.I)


def date_noun_words(question: str) -> frozenset[str]:
    """The stems a sentence gives the day a question asks for by name ("what was the deadline
    for applications?"), or none: the sentence that names the deadline answers, not the one
    about the same fund that holds another date ("On 28th January the Home Office launched
    round two …")."""
    m = re.search(DATE_NOUN_ASKED, question, re.IGNORECASE)
    if not m:
        return _DATE_NOUN_WORDS["deadline"] if _BY_WHAT_DATE.search(question) else frozenset()
    head = m.group(1).split()[0].lower()
    return _DATE_NOUN_WORDS[_DATE_NOUN_KIN.get(head, head)]
