"""A sum asked for by what it is the price of (pure): "What is the value of the contract to
be awarded …?", "the cost of the extension", "the contract value budgeted for …". Such a
question asks how much, and only money answers it. Read by `query` (what is asked) and
`answer.kinds` (what answers), which must agree on it."""

from __future__ import annotations

import re

#: Things with a price that a sum is said of by name ("the contract price … is £231,300");
#: a scheme's, project's, programme's or service's sum is often its funding, told without it.
_NAMED_WITH_ITS_SUM = r"contract|bid|grant|award|post|extension"
#: Things with a price: "the value of the contract", "the cost of each post".
_PRICED = rf"(?:{_NAMED_WITH_ITS_SUM}|scheme|project|programme|service)s?\b"
#: "… of the contract to be awarded", "… of that Safer Streets bid": after "value" or "cost".
OF_A_PRICED_THING = (
    rf"\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|each\s+)?(?:[\w/’'-]+\s+){{0,4}}?{_PRICED}"
)
#: "What is the value of each CSP's 2021/22 contract?": a price asked of a thing …
VALUE_OF = re.compile(rf"\b(?:value|cost|price)(?={OF_A_PRICED_THING})", re.IGNORECASE)
#: … and, after it, the thing when a sum is said of it by name (`ask_parts._sum_not_of_priced`).
NAMED_WITH_ITS_SUM = re.compile(rf"\b({_NAMED_WITH_ITS_SUM})s?\b", re.IGNORECASE)

#: "How much of the Hope Project funding was set aside for the academic evaluation?": a sum
#: put to a purpose the question names (its words after "for"), which a sentence giving a
#: sum must speak of; the bid's contract price in the same paper is not that sum.
PUT_TO = re.compile(
    r"\bhow much\b[^?]{0,80}?\b(?:set aside|earmarked|ring-?fenced|reserved|budgeted|"
    r"allocated|spent|used)\s+(?:for|on|to)\s+(?:the\s+|an?\s+|its\s+)?(?P<purpose>[^?,.;]+)",
    re.IGNORECASE,
)
