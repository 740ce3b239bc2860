"""Lines of accountability a question asks for, which the passages quoted must state (pure).

A governance officer asks to which body a group reports, who approved a paper and who sits on
a board. The papers name many groups and people in passing — "Leicestershire County Council
plays a key role in the LLR Suicide Audit and Prevention Group", "These should now have been
circulated to all the CSP Chairs and Managers and … sent to the Partnership Officer, Saj
Devshi" — and a passage that names the group and a person beside it reads as an answer
unless the line asked for is said: a report *to* a body, an approval, a membership. Where
none of the paragraphs quoted says it, the archive does not say.
"""

from __future__ import annotations

import re

#: "To which body does the Suicide Audit and Prevention Group report?", "… report to whom?":
#: a reporting line (not "To which meeting will the report go?", where the report is a paper).
_REPORTS_ASKED = re.compile(
    # The verb bare after "does" or a modal ("does the group report"), in -ing after "is"
    # ("is the group reporting"); "… is provided with the performance report" is a paper.
    r"\b(?:to|into)\s+(?:which|what|whom)\b[^?]*?(?:\b(?:does|do|did|will|would|should|must|"
    r"can|could)\b[^?]*?\breport|\b(?:is|are|was|were)\b[^?]*?\breporting)\b"
    r"(?!\s+(?:go|goes|went|come|comes|came|be|was|is|were|are|will)\b)"
    r"|\breport(?:s|ed|ing)?\s+(?:in)?to\s+(?:which|what|whom)\b"
    r"|\bwho\s+does\s+[^?]+?\breport\s+to\b",
    re.IGNORECASE,
)
#: A reporting line said: "reports to", "reporting into", "accountable to", "feeds into",
#: "governed through", "escalate … up through".
_REPORTS_SAID = re.compile(
    r"\breport(?:s|ed|ing)?\s+(?:directly\s+|formally\s+|regularly\s+|back\s+|up\s+)?(?:in)?to\b"
    r"|\breport(?:s|ed|ing)?\s+(?:up|back)\b|\breporting\s+(?:lines?|arrangements?|structure)\b"
    r"|\b(?:accountable|answerable|responsible)\s+to\b|\bfeeds?\s+(?:in)?to\b"
    r"|\bescalat\w*\b|\bgoverned\s+(?:by|through|via)\b|\bunder\s+the\s+governance\b"
    r"|\bsits?\s+(?:under|within|beneath)\b",
    re.IGNORECASE,
)
#: "Who approved the amended monitoring forms?", "Who was to sign off the plan?", "By whom was
#: it endorsed?": an approval.
_APPROVER_ASKED = re.compile(
    r"\bwho\s+(?:has\s+|had\s+|formally\s+|finally\s+)?(?:approved|signed\s+off|endorsed|"
    r"ratified|authori[sz]ed)\b"
    r"|\bwho\s+(?:is|was|were|are|will|would)\s+(?:to\s+|be\s+)?(?:approve|sign\s+off|endorse|"
    r"ratify|authori[sz]e)\b"
    r"|\bby\s+whom\s+(?:was|were|is|are|had|has|will)\b[^?]*?\b(?:approved|signed\s+off|"
    r"endorsed|ratified|authori[sz]ed)\b",
    re.IGNORECASE,
)
_APPROVAL_SAID = re.compile(
    r"\bapprov\w*|\bsign(?:ed|ing|s)?[\s-]+off\b|\bendors\w*|\bratif\w*|\bauthori[sz]\w*"
    r"|\bagree\w*|\badopt\w*|\bresolved\b",
    re.IGNORECASE,
)
#: "Who sits on the SPB Executive?", "Which organisations sit on the Project Board?", "Who
#: are the members of …?", "Who else is sat on it?": the members of a body.
_MEMBERS_ASKED = re.compile(
    r"\b(?:who|which\s+(?:[\w-]+\s+){0,3}?(?:organisations|bodies|agencies|partners|members|"
    r"councillors|officers|people))\s+(?:else\s+)?(?:sits?|sat|serves?|served|(?:is|are|was|"
    r"were)\s+(?:sat|sitting|serving))\s+on\b"
    r"|\bwho\s+(?:are|were)\s+(?:the\s+)?members\s+of\b|\bwhat\s+is\s+the\s+membership\s+of\b",
    re.IGNORECASE,
)
#: A membership said: "Mr Ivan Ould CC is a member of this group", "membership comprises",
#: "made up of", "representatives from".
_MEMBERS_SAID = re.compile(
    r"\bmembers?\s+of\b|\bmembership\b|\bcompris\w*|\bmade\s+up\s+of\b|\bsits?\s+on\b"
    r"|\bsat\s+on\b|\brepresentatives?\s+(?:from|of)\b|\bconsists?\s+of\b"
    r"|\bincludes?\s+(?:representatives|members|officers|councillors)\b",
    re.IGNORECASE,
)

_CHECKS = (
    (_REPORTS_ASKED, _REPORTS_SAID, "say nothing of to whom it reports"),
    (_APPROVER_ASKED, _APPROVAL_SAID, "say nothing of its approval"),
    (_MEMBERS_ASKED, _MEMBERS_SAID, "say nothing of who its members are"),
)


def lacks_accountability(question: str, paragraphs: list[str]) -> str | None:
    """Why the paragraphs quoted do not give the line of accountability asked for, or None
    (the question asks for none, or a paragraph says it)."""
    for asked, said, reason in _CHECKS:
        if asked.search(question) and not any(said.search(p) for p in paragraphs):
            return f"the passages quoted {reason}"
    return None
