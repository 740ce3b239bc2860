"""A formal request read as the question it makes (pure).

Officials write to the Board's office in the forms of a letter, not of a question: "I should
be grateful if you could confirm the date on which …", "It would assist the Department to know
what …", "Clarification is sought as to the statutory provisions cited in …", "I would welcome
confirmation of the number of …", "Would you kindly set out the priority areas …", "For the
Department's records, could the rolling figure for … be confirmed?". Every rule downstream
reads a question: "the date on which" asks for a day and is declined when no passage gives
one, "the number of" asks how many. Left wrapped, the request's own words ("Department",
"grateful", "clarification") were taken for the topic a passage must mention, so answerable
requests were declined ("the passages closest to the question do not mention Department"),
while a request for a date was read as a "what" about the papers and answered with a passage
that gives none. Here the wrapping goes: a question word after it stays a question; a thing
asked for by name becomes the order `instructions.as_question` reads ("Give me the date
…"), and each further thing it asks for ("…, and the number of Probation Regions …") a part
of its own.
"""

from __future__ import annotations

import re

from boardqa.instructions import QUESTION_WORD, as_question

#: A request's verb of telling: "confirm", "advise", "indicate", "set out", "let me know".
_TELL = (
    r"(?:confirm|advise(?:\s+(?:me|us))?(?:\s+(?:of|on|as\s+to))?|indicate|explain|set\s+out|"
    r"state|clarify|specify|provide|supply|outline|share|tell\s+(?:me|us)|"
    r"let\s+(?:me|us|the\s+department)\s+know)"
)
#: What comes before the thing asked for once the verb has gone: "confirmation of", "details
#: of", "clarification as to", "information on".
_ASKED_NOUN = (
    r"(?:(?:a\s+|an\s+|any\s+|some\s+|further\s+)?(?:written\s+)?(?:confirmation|clarification|"
    r"information|details?|advice|an?\s+explanation|explanation|sight|a\s+note|note|"
    r"an?\s+indication|indication|an?\s+account|account|particulars)\s*"
    r"(?:of|on|as\s+to|regarding|about|concerning|in\s+respect\s+of|relating\s+to)?\s+)"
)
#: Who may be helped or is writing: "the Department", "us", "me", "my office".
_WHOM = r"(?:the\s+department|the\s+home\s+office|my\s+office|our\s+office|my\s+team|us|me)"
#: Openings of a request, each followed by what is asked.
_OPENINGS = (
    # "I should be grateful if you could confirm …", "I would be glad to learn …", "I should
    # also be grateful to know …", "I should be grateful for …", "We would welcome …".
    rf"(?:i|we|{_WHOM})\s+(?:should|would|will)\s+(?:also\s+)?(?:"
    r"be\s+(?:most\s+|very\s+|particularly\s+)?(?:grateful|glad|obliged|pleased|interested)"
    rf"(?:\s+if\s+you\s+(?:could|would|can|will)\s+(?:kindly\s+|please\s+|also\s+)?{_TELL}"
    r"|\s+to\s+(?:know|learn|understand|hear|receive|have|be\s+told|be\s+advised(?:\s+of)?)"
    r"|\s+for)"
    rf"|(?:welcome|appreciate|value)(?:\s+it\s+if\s+you\s+could\s+{_TELL})?"
    r"|like\s+to\s+(?:know|learn|understand|ask|request|receive|have))",
    # "It would assist the Department to know …", "It would be helpful to understand …".
    rf"it\s+would\s+(?:(?:greatly\s+)?(?:assist|help)(?:\s+{_WHOM})?"
    r"|be\s+(?:most\s+|very\s+|particularly\s+)?(?:helpful|useful|of\s+assistance|of\s+help)"
    rf"(?:\s+(?:to|for)\s+{_WHOM})?)"
    r"\s+(?:to\s+(?:know|understand|learn|have|receive|be\s+told|be\s+advised(?:\s+of)?)"
    rf"|if\s+you\s+(?:could|would)\s+(?:kindly\s+|please\s+)?{_TELL})",
    # "Would you kindly confirm …", "Would you be so good as to explain …", "Please would you
    # indicate …", "Could you advise …", "Please confirm …".
    r"(?:please\s+)?(?:would|could|can|will)\s+you\s+(?:please\s+|kindly\s+|also\s+)?"
    rf"(?:be\s+so\s+(?:good|kind)\s+as\s+to\s+)?{_TELL}(?:\s+me|\s+us)?",
    rf"(?:please|kindly)\s+(?:also\s+)?{_TELL}",
    # "May I ask …", "Might I ask …", "I write to ask …", "I write to seek confirmation of …".
    r"(?:may|might|could|can)\s+(?:i|we)\s+(?:also\s+)?(?:ask|enquire|inquire|request|have|"
    r"seek)(?:\s+(?:about|after|as\s+to))?",
    r"(?:i|we)\s+(?:write|am\s+writing|are\s+writing)\s+to\s+(?:ask|request|seek|enquire|"
    r"inquire|confirm|establish|clarify)(?:\s+(?:about|after|as\s+to))?",
    # "Clarification is sought as to …", "Information is requested on …".
    r"(?:further\s+)?(?:clarification|confirmation|information|advice|details?|an\s+explanation|"
    r"explanation|an\s+indication|indication)\s+(?:is|are|would\s+be)\s+(?:sought|requested|"
    r"required|needed|welcome|appreciated)(?:\s+(?:as\s+to|on|of|regarding|about|concerning|"
    r"in\s+respect\s+of|relating\s+to))?",
)
_OPENING = re.compile(
    r"^(?:(?:in\s+addition|additionally|also|finally|lastly)\s*,?\s*)?"
    rf"(?:{'|'.join(_OPENINGS)})\s*[,:]?\s+",
    re.IGNORECASE,
)
#: "For the Department's records, …": what the answer is for, before the request.
_FOR_RECORDS = re.compile(
    r"^(?:for\s+(?:the\s+(?:department|home\s+office)['’]s?|our|my)\s+(?:records|information|"
    r"purposes|files|reference)|for\s+the\s+record)\s*,\s*",
    re.IGNORECASE,
)
#: "Further to that, how many …": a follow-up's opening, before a question of its own.
_FURTHER = re.compile(
    r"^(?:further\s+to\s+(?:that|this|which|the\s+above|your\s+answer))\s*,\s*", re.IGNORECASE
)
#: "could the rolling twelve-month figure for … be confirmed?": the thing asked for, passive.
_PASSIVE = re.compile(
    r"^(?:please\s+)?(?:could|can|would|might|may)\s+(?P<thing>(?:the|a|an|any|its|their)\s+.+?)"
    r"\s+(?:please\s+)?(?:also\s+)?be\s+(?:confirmed|provided|given|indicated|clarified|"
    r"set\s+out|supplied|stated|specified|explained|advised|shared)\s*[?.]?\s*$",
    re.IGNORECASE,
)
#: A further thing asked for by name after the first ("…, and the number of Probation
#: Regions …", "…, and of the period over which …", "…, together with the ranking given").
_AND_THING = re.compile(
    r",?\s+(?:and\s+(?:also\s+)?(?:of\s+)?|together\s+with\s+|as\s+well\s+as\s+)"
    r"(?=(?:the|its|their)\s+(?:\w+[\s-]+){0,3}?(?:number|date|dates|name|names|period|value|"
    r"amount|sum|figure|figures|total|proportion|percentage|share|rate|level|ranking|rank|"
    r"cost|title|role|post|reason|purpose|outcome|position|interval|frequency|time|deadline|"
    r"month|year|day|location|venue|body|organisation)\b)",
    re.IGNORECASE,
)


#: A preposition before a question word: "at which of its meetings", "within what period".
_PREPOSITION = (
    r"(?:at|in|on|to|by|for|from|with|within|during|over|under|through|of|after|before|until|"
    r"into|between|among|against|across|since|upon)"
)


def _asked_thing(rest: str) -> str:
    """What a request asks for by name, as orders `as_question` reads, each further thing a
    part of its own ("the date on which …, and the number of …")."""
    parts = _AND_THING.split(rest)
    asked = [as_question(f"Give me {re.sub(r'[.?!]+$', '', p.strip())}.") for p in parts]
    first, *more = (a.rstrip("?.") for a in asked)
    return ", and ".join([first, *(m[:1].lower() + m[1:] for m in more)]) + "?"


def plainly_put(q: str) -> str:
    """The question a formal request makes; anything else as it is. A request that is
    nothing but its wrapping stays as it was written."""
    text = _FOR_RECORDS.sub("", q.strip())
    text = _FURTHER.sub("", text)
    if m := _OPENING.match(text):
        rest = re.sub(rf"^{_ASKED_NOUN}", "", text[m.end() :], flags=re.IGNORECASE)
    elif m := _PASSIVE.match(text):
        rest = m.group("thing").rstrip(" ,;")
    elif text != q.strip() and len(text.split()) >= 2:
        # "For the Department's records, what …", "Further to that, how many …"
        return text[:1].upper() + text[1:]
    else:
        return q
    rest = rest.strip()
    if len(rest.split()) < 2:
        return q
    # "at which of its meetings …", "within what period …", "to whom …": a question word,
    # perhaps after its preposition, keeps the question as it was put.
    if re.match(rf"(?:{_PREPOSITION}\s+)?(?:{QUESTION_WORD})", rest, re.IGNORECASE):
        out = re.sub(r"[.!]+$", "", rest)
        out = out if out.endswith("?") else out + "?"
    else:
        out = _asked_thing(rest)
    return out[:1].upper() + out[1:]
