"""A question put for someone else, or as a check of what is held, read as the question
itself (pure).

Staff answering a Freedom of Information request or a member's enquiry relay it: "The
requester wants to know who chaired the March 2021 meeting.", "They ask which partners attend
the board — what do the papers say?", "Is it held whether the Board discussed …?", "Do we
hold the name of the analyst …?", "Can we tell them which operator was chosen …?", "Is there
anything in the papers on the legal status of …?". Every rule downstream reads the question
inside: "which operator was chosen" is declined when no passage records a choice, and "who is
the analyst" when no passage names one; left wrapped, the relay's words ("held", "requester",
"tell them") hid what was asked, and a question of "who" or "which" was read as a "what" about
the papers. Here the wrapping goes; a thing asked for by name ("the name of …", "the figure
for 2019/20") becomes the order `instructions.as_question` reads ("Give me the …").
"""

from __future__ import annotations

import re

from boardqa.instructions import QUESTION_WORD

#: Who the question is put for: "The requester", "They", "The applicant", "She".
_FOR_WHOM = (
    r"(?:the\s+)?(?:requester|requestor|applicant|enquirer|inquirer|complainant|correspondent|"
    r"journalist|member of the public|person asking|they|he|she)"
)
#: How they put it: "asks", "also wants to know", "would like to know", "is asking for".
_PUT = (
    r"(?:(?:also|now|then|further|next|finally|additionally|then also)\s+)?"
    r"(?:asks?|asked|(?:is|are|has|have)\s+(?:also\s+)?ask(?:ing|ed)|"
    r"wants?\s+to\s+know|would\s+(?:also\s+)?like\s+to\s+know|wish(?:es)?\s+to\s+know|"
    r"want(?:s)?|would\s+(?:also\s+)?like|(?:is|are)\s+after|requests?|requested|"
    r"(?:is|are)\s+requesting|seeks?|(?:is|are)\s+seeking|quer(?:y|ies|ied))"
)
_RELAYED = re.compile(
    rf"^(?:(?:and|also|next|then|now|finally)\b[,\s]*)?{_FOR_WHOM}\s+{_PUT}"
    r"(?:\s+us)?(?:\s+to\s+(?:know|confirm|tell\s+them|say))?\s*[:,]?\s*"
    r"(?P<how>for\s+|about\s+)?",
    re.IGNORECASE,
)

#: A check of what the archive holds: "Is it held whether …", "Do we hold a record of …",
#: "Is there a record of …", "Do the papers record who …", "Can we tell them …".
_HELD = re.compile(
    r"^(?:(?:and|also|next|then|now|finally)\b[,\s]*)?(?:"
    r"(?:is|was)\s+(?:it|this|that)\s+(?:held|recorded|known|on record|documented|noted|"
    r"in the papers)(?:\s+(?:in|by)\s+(?:the\s+)?(?:papers|archive|records|minutes))?"
    r"|(?:do|does|did)\s+(?:we|the\s+(?:papers|archive|board|opcc|minutes|records))\s+"
    r"(?:hold|have|keep|record|say|show|give|contain)"
    r"|(?:have|hold)\s+we\s+(?:got|held)"
    r"|(?:is|are)\s+there\s+(?:a|any)\s+(?:record|records|note|notes|mention)"
    r"|(?:can|could|may)\s+(?:we|i|you)\s+(?:tell|give|confirm|say|advise|provide|let)"
    r"(?:\s+(?:them|him|her|the\s+requester|the\s+applicant)(?:\s+know)?)?"
    r"|(?:are|am)\s+(?:we|i)\s+able\s+to\s+(?:tell|give|confirm|say|advise|provide)"
    r"(?:\s+(?:them|him|her|the\s+requester|the\s+applicant))?"
    r")\s+(?:(?:any|a|some)\s+)?(?:(?:record|records|note|notes|details?|information|data|"
    r"documentation|figures?|mention|copy)\s+)?(?:(?:of|on|about|for|showing|regarding)\s+)?",
    re.IGNORECASE,
)

#: "Is there anything in the papers on …", "Is anything held about …": an account asked for.
_ANYTHING = re.compile(
    r"^(?:(?:and|also)\b[,\s]*)?(?:is|was)\s+(?:there\s+)?(?:anything|something|any\s+"
    r"(?:information|material|mention))(?:\s+(?:held|recorded))?"
    r"(?:\s+(?:in|by)\s+(?:the\s+)?(?:papers|archive|records|minutes|board['’]s\s+papers))?"
    r"(?:\s+held)?\s+(?:on|about|regarding|concerning|relating\s+to)\s+",
    re.IGNORECASE,
)

#: "— what do the papers say?", ", what do we hold?": the check of the relayed ask, after it.
_TRAILING_CHECK = re.compile(
    r"\s*(?:[-–—,;:]|\.\s+)\s*(?:and\s+)?(?:what|anything)\s+(?:do|does|did|can)\s+(?:the\s+)?"
    r"(?:papers|archive|records|minutes|we)\s+(?:say|hold|have|show|record|tell us)"
    r"(?:\s+(?:on|about)\s+(?:it|that|this))?\s*\??\s*$",
    re.IGNORECASE,
)


#: An auditor's framing of a question by its record: "Which operator is recorded as having
#: been awarded the contract?", "On what date is the plan recorded as having been signed
#: off?", "What share … is recorded as allocated to …?": what was done, asked of the deed.
_RECORDED_DONE = re.compile(
    r"\b(?P<aux>is|are|was|were)\s+(?:(?P<subject>[^?,;]{3,150}?)\s+)?recorded\s+as\s+"
    r"(?:(?:having\s+been|being)\s+|(?=[a-z]+(?:ed|en|wn)\b))",
    re.IGNORECASE,
)
#: "What is recorded as the reason for …?": the reason itself.
_RECORDED_AS_THE = re.compile(
    r"\b(?P<aux>is|are|was|were)\s+recorded\s+as\s+(?=(?:the|a|an|its|their)\b)", re.IGNORECASE
)


def _as_done(q: str) -> str:
    """The question an auditor's "… is recorded as having been V-ed" frames: "… was V-ed"
    (`_RECORDED_DONE`); "is recorded as the reason" is "is the reason". Left framed, the
    deed asked ("awarded", "signed off") was read as "recorded", which every paragraph is,
    and a competition still running answered "Which operator is recorded as having been
    awarded the contract?"."""

    def done(m: re.Match[str]) -> str:
        past = "were" if m.group("aux").lower() in ("are", "were") else "was"
        subject = m.group("subject")
        return f"{past} {subject} " if subject else f"{past} "

    return _RECORDED_AS_THE.sub(r"\g<aux> ", _RECORDED_DONE.sub(done, q))


def _inside(rest: str, how: str) -> str:
    """The question a relayed ask stands for, given what follows its wrapping: the question
    itself after a question word, an account after "about", and an order for a thing named."""
    if re.match(QUESTION_WORD, rest, re.IGNORECASE):
        return rest
    if len(rest.split()) < 2:
        return ""  # "Do we hold it?": nothing named to ask for
    if how.strip().lower() == "about":
        return f"Tell me about {rest}"
    return f"Give me {rest}"


#: "How does the June 2021 update say the survey will be pushed out?": how a paper says a
#: thing is done, asked of the thing.
_SAYS_HOW = re.compile(
    r"^how\s+(?:does|did|do)\s+(?P<paper>(?:the|its|that|this)\s+[^?,]{3,80}?)\s+say\s+"
    r"(?:that\s+)?(?P<subject>[^?,]{3,80}?)\s+(?P<aux>will|would|is|are|was|were|can|could|"
    r"should|has|have|had)\s+(?P<rest>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)


def _said_how(q: str) -> str:
    """ "How does the update say the survey will be pushed out?" → "How will the survey be
    pushed out, according to the update?": the deed is what the question turns on."""
    m = _SAYS_HOW.match(q)
    if not m:
        return q
    return (
        f"How {m.group('aux').lower()} {m.group('subject')} {m.group('rest')}, according to "
        f"{m.group('paper')}?"
    )


def put_directly(q: str) -> str:
    """The question inside a relayed ask or a check of what is held; anything else as it is.
    An ask that is nothing but its wrapping stays as it was written."""
    text = _said_how(_as_done(_TRAILING_CHECK.sub("", q.strip())))
    if m := _ANYTHING.match(text):
        rest = text[m.end() :]
        out = rest if re.match(QUESTION_WORD, rest, re.IGNORECASE) else f"Tell me about {rest}"
    elif m := _RELAYED.match(text):
        out = _inside(text[m.end() :], m.group("how") or "")
    elif m := _HELD.match(text):
        out = _inside(text[m.end() :], "")
    else:
        out = text
    out = out.strip()
    if len(out.split()) < 2 or out == q.strip():
        return q
    if re.match(r"(?:give|tell) me\b", out, re.IGNORECASE):
        out = re.sub(r"[.!?]+$", "", out) + "."  # an order, which `as_question` reads
    else:
        out = re.sub(r"[.!]+$", "", out)
        if not out.endswith("?"):
            out += "?"
    return out[:1].upper() + out[1:]
