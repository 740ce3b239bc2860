"""An instruction read as the question it stands for (pure).

Staff give the tool orders as often as they ask it things: "Name the chair of the October 2018
meeting", "Give me the number of Probation Regions", "List the appendices to the June 2021
update", "Show the status of action 4", "Confirm the date of the PCC elections", "Remind me
what Rik Basra agreed to do". Every rule downstream reads a question — "who" asks for a person
and is declined when no passage names one, "how many" asks for a figure, "what is the date"
for a day — so an order left as it is was read as a "what" question about its verb: "Name the
Head of Communications" quoted the minutes' request for a presentation from that post, where
"Who is the Head of Communications?" is rightly declined. Here the order's verb gives way to
the question word it stands for; the rest of the sentence is kept as the user wrote it.
"""

from __future__ import annotations

import re

#: What may come before the order: "Please", "Now", "OK,", "And", "Can you", "Could you please".
_LEAD = (
    r"^(?P<lead>(?:(?:please|now|ok(?:ay)?|right|and|also|then|next|finally)\b[,\s]*)*"
    r"(?:(?:can|could|would|will) you\s+(?:please\s+)?)?)"
)

#: The words a question opens with once what wraps it has gone ("Remind me who …", "The
#: requester wants to know whether …").
QUESTION_WORD = r"(?:who|whom|whose|what|when|where|which|how|why|whether|if)\b"

#: An order wrapped round a question word: "Remind me what …", "Find out who …", "Check
#: whether …", "Confirm when …", "Show me how …". Only the wrapping goes.
_WRAPPED = re.compile(
    _LEAD + r"(?:remind me(?:\s+of)?|find out|find|check|confirm|establish|show me|show|"
    r"let me know|work out|look up|see|say|explain|tell me|tell us|tell)\s+"
    rf"(?={QUESTION_WORD})",
    re.IGNORECASE,
)

#: "Give me the number of X", "Tell me the number of X": how many.
_NUMBER_OF = re.compile(
    _LEAD + r"(?:give|get|tell|show|provide|send|find)(?:\s+(?:me|us))?\s+(?:the\s+)?"
    r"(?:total\s+)?number\s+of\s+",
    re.IGNORECASE,
)

#: "Quote the resolution on X", "Give me the wording of the decision on X": what was resolved.
_QUOTE_DECISION = re.compile(
    _LEAD + r"(?:quote|give|show|read|find)(?:\s+(?:me|us))?\s+(?:out\s+)?(?:the\s+)?"
    r"(?:(?:exact\s+)?wording\s+of\s+the\s+|text\s+of\s+the\s+)?"
    r"(?P<noun>resolution|resolutions|decision|decisions)\b",
    re.IGNORECASE,
)

#: "Name the X", "List the X", "Give me the X", "Show the status of X", "Confirm the date of X",
#: "Quote the X": the thing ordered, with its determiner if it has one.
_ORDER = re.compile(
    _LEAD + r"(?P<verb>name|list|identify|give|get|provide|state|show|find|confirm|quote|"
    r"pull up|look up|tell)(?:\s+(?:me|us))?\s+(?:out\s+)?(?!(?:me|us)\b)"
    # Not "Give an overview of …" or "Tell me about …": those ask for an account, which the
    # overview reads as it is.
    r"(?!(?:an?\s+)?(?:overview|summary|outline|account|rundown|brief\w*|update|about|more)\b)"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)

#: Nouns that name a person: "Name the chair of …" asks who.
_PERSON_HEADS = frozenset(
    [
        "chair",
        "chairs",
        "chairman",
        "chairwoman",
        "chairperson",
        "vice-chair",
        "head",
        "heads",
        "lead",
        "leads",
        "leader",
        "leaders",
        "officer",
        "officers",
        "person",
        "persons",
        "people",
        "manager",
        "managers",
        "director",
        "directors",
        "coordinator",
        "coordinators",
        "co-ordinator",
        "co-ordinators",
        "advisor",
        "advisors",
        "adviser",
        "advisers",
        "analyst",
        "analysts",
        "author",
        "authors",
        "presenter",
        "presenters",
        "speaker",
        "speakers",
        "contact",
        "contacts",
        "representative",
        "representatives",
        "rep",
        "reps",
        "member",
        "members",
        "councillor",
        "councillors",
        "commissioner",
        "commissioners",
        "pcc",
        "minister",
        "ministers",
        "secretary",
        "clerk",
        "deputy",
        "owner",
        "owners",
        "holder",
        "inspector",
        "superintendent",
        "chief",
    ]
)

#: What is said of a person after the noun that names their post ("the analyst recruited to
#: sit within the OPCC", "the officer named in the report"): the post ends before it.
SAID_OF_A_HOLDER = (
    r"recruited|appointed|employed|hired|chosen|selected|elected|nominated|based|funded|"
    r"commissioned|tasked|asked|assigned|mentioned|recorded|identified|involved|named|listed"
)
#: Where the noun the order is for ends: a preposition, a relative word, a comma.
_NOUN_END = re.compile(
    r"\s+(?:of|for|at|to|in|on|from|by|with|about|who|whom|which|that|whose|under|between|"
    r"alongside|responsible|given|attached|and|as|when|where|after|before|"
    rf"{SAID_OF_A_HOLDER})\b|[,;:?.]",
    re.IGNORECASE,
)
_DETERMINER = re.compile(
    r"^(?:the|a|an|any|all|each|both|every|our|their|its|his|her|this|that|these|those)\s+",
    re.IGNORECASE,
)
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ics)$", re.IGNORECASE)
#: "the name of the part-time analyst …", "the names of the officers …".
_NAME_OF = re.compile(r"^(?:the\s+|their\s+|its\s+)?(?:full\s+)?names?\s+of\s+(?P<whose>.+)$", re.I)


def _head(noun_phrase: str) -> str:
    """The phrase's last word ("the three People Zone areas" → "areas")."""
    words = noun_phrase.split()
    return words[-1].lower().strip("’'") if words else ""


def _is_plural(word: str) -> bool:
    """Whether a head noun is plural ("appendices", "people"; not "status", "analysis")."""
    return word in {"people", "staff"} or (word.endswith("s") and not _NOT_PLURAL.search(word))


def _question_for(rest: str, verb: str) -> str:
    """The question an order for `rest` stands for: who for a person, what for anything else,
    with "are" for a plural thing ("List the appendices …" → "What are the appendices …")."""
    # "Give me the name of the analyst …": the name of a person is who they are.
    if (named := _NAME_OF.match(rest)) and _head(
        _DETERMINER.sub("", _NOUN_END.split(named.group("whose"), maxsplit=1)[0])
    ) in _PERSON_HEADS:
        return _question_for(named.group("whose"), verb)
    phrase = _NOUN_END.split(rest, maxsplit=1)[0]
    head = _head(_DETERMINER.sub("", phrase))
    word = "Who" if head in _PERSON_HEADS else "What"
    # "Give me Leicestershire County Council's contribution …": a possessive names the owner.
    be = (
        "are"
        if _is_plural(head) or (verb == "list" and not re.search(r"'s\b|’s\b", phrase))
        else "is"
    )
    return f"{word} {be} {rest}"


#: "… named in the report and give the funding committed …": a second order inside the
#: question, which the answerer would otherwise not see as a part that asks.
_AND_ORDER = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:give|list|name|state|provide|quote|show|tell)(?:\s+(?:me|us))?\s+"
    r"(?!(?:me|us|who|whom|what|when|where|which|how|why|whether|if)\b)(?=\S)",
    re.IGNORECASE,
)


def _second_order(text: str) -> str:
    """`text` with a second order inside it read as a question ("…, and what is …")."""
    m = _AND_ORDER.search(text)
    if not m:
        return text
    asked = _question_for(text[m.end() :], "give")
    return f"{text[: m.start()]}, and {asked[:1].lower()}{asked[1:]}"


def _first_order(text: str) -> str | None:
    """The question an order that opens `text` stands for, or None when none does."""
    if m := _WRAPPED.match(text):
        return text[m.end() :]
    if m := _NUMBER_OF.match(text):
        return "How many " + text[m.end() :]
    if m := _QUOTE_DECISION.match(text):
        # "Quote the resolution on the Strategy Statement …" → "What was resolved on …"
        return "What was resolved" + text[m.end() :]
    if m := _ORDER.match(text):
        rest = m.group("rest").strip()
        if re.match(r"(?:who|whom|whose|what|when|where|which|how|why)\b", rest, re.IGNORECASE):
            return rest  # "Name who …", "List which …"
        return _question_for(rest, m.group("verb").lower())
    return None


def as_question(q: str) -> str:
    """The question an instruction stands for; a question (or anything else) as it is."""
    text = q.strip()
    first = _first_order(text)
    out = _second_order(first if first is not None else text).strip()
    if out == text or not out:
        return q
    if first is not None:
        out = re.sub(r"[.!]+$", "", out)
        if not out.endswith("?"):
            out += "?"
    return out[:1].upper() + out[1:]
