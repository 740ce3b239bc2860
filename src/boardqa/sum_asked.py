"""A sum asked for by what it is the price of (pure): "What is the value of the contract to
be awarded …?", "the cost of the extension", "the contract value budgeted for …". Such a
question asks how much, and only money answers it. Read by `query` (what is asked) and
`answer.kinds` (what answers), which must agree on it."""

from __future__ import annotations

import re

#: Things with a price: "the value of the contract", "the cost of each post".
_PRICED = r"(?:contract|bid|grant|award|scheme|project|post|programme|extension|service)s?\b"
#: "… of the contract to be awarded", "… of that Safer Streets bid": after "value" or "cost".
OF_A_PRICED_THING = (
    rf"\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|each\s+)?(?:[\w/’'-]+\s+){{0,4}}?{_PRICED}"
)

#: "How much of the Hope Project funding was set aside for the academic evaluation?": a sum
#: put to a purpose the question names (its words after "for"), which a sentence giving a
#: sum must speak of; the bid's contract price in the same paper is not that sum.
PUT_TO = re.compile(
    r"\bhow much\b[^?]{0,80}?\b(?:set aside|earmarked|ring-?fenced|reserved|budgeted|"
    r"allocated|spent|used)\s+(?:for|on|to)\s+(?:the\s+|an?\s+|its\s+)?(?P<purpose>[^?,.;]+)",
    re.IGNORECASE,
)
