"""What the answer is for, said around the question, read as the question itself (pure).

Someone writing for the Commissioner says what the answer will be used for: "For a speech on
burglary, what was …", "For the annual report, how many …", "… prepared the December 2018
report, so that her work can be credited?", "What can the Commissioner say the board agreed
about …", "What figure can be quoted for …", "When can we say … was launched?". The use is
not what the papers must hold: left in, its words ("Commissioner", "credited", "came") were
taken for the topic a passage must mention, and "What can the Commissioner say …" was read as
a question about what the Commissioner said. Here the use goes and the question stays; the
topic a use names ("a speech on Safer Streets") is kept as an opening "On Safer Streets, …",
since the question after it may not repeat it.
"""

from __future__ import annotations

import re

#: What the answer is written for.
_USE = (
    r"(?:speech(?:es)?|piece|talk|newsletter|feature|article|briefing|press\s+release|"
    r"blog(?:\s+post)?|bulletin|presentation|statement|case\s+study|column|foreword|leaflet|"
    r"story|announcement|address|social\s+media\s+post|annual\s+report)"
)
_WHOSE = r"(?:a|an|the|our|my|his|her|this|that|the\s+Commissioner['’]s|the\s+PCC['’]s)"
#: "For a speech on burglary, …", "For the newsletter, …", "For the Glen Parva section of the
#: annual report, …", "For a feature on People Zones, …".
_FOR_USE = re.compile(
    rf"^for\s+{_WHOSE}\s+(?:(?P<part>[^,?]{{2,50}}?)\s+(?:section|part|page|paragraph)\s+of\s+"
    rf"{_WHOSE}\s+)?(?:[\w-]+\s+){{0,2}}?{_USE}"
    # "For a speech to young people, …": an audience, not a topic.
    r"(?:\s+to\s+[^,?]{2,60}?|\s+(?:on|about|for|covering|at)\s+(?P<topic>[^,?]{2,80}?))?"
    r"\s*[,:]\s*(?=\S)",
    re.IGNORECASE,
)
#: "Ahead of the DSVA contract review: how many …", "For the evaluation register: who …", "I'm
#: updating the provider register: which …", "Before the contract review: which …": the work
#: in hand, said before a colon, then the question. Its words ("DSVA", "register") are the
#: asker's, not what the passage that answers must mention.
_WORK_IN_HAND = re.compile(
    r"^(?:(?:as\s+)?(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+\w+ing\b|(?:I|we)\s+need\b|"
    r"(?:before|ahead\s+of|in\s+preparation\s+for|to\s+prepare\s+for)\s+(?:we|I|the|our|a|an)\b|"
    # (Not "For the money section of the handover: what …": the section names the topic.)
    r"for\s+(?:the|our|my|a|an)\s+(?![^:?]*\b(?:section|part|chapter|page)\b)"
    r"(?:[\w'’/-]+\s+){0,5}?(?:file|register|log|records?|notes?|"
    r"handover|tracker|spreadsheet|database|intelligence)\b|for\s+market\s+intelligence\b|"
    r"tracking\s+\w)"
    r"[^:?]{0,90}:\s+(?=(?:what|which|who|whom|whose|when|where|how|why|did|does|do|is|are|was|"
    r"were|has|have|had|can|could|will|would|under|in|on|of|over|after|by|from|according|"
    r"between)\b)",
    re.IGNORECASE,
)
#: A name of the question's own after the work in hand goes: a capitalised word past its first
#: letter or an abbreviation ("UAVA", "the Hope Project"). Without one ("what is the ceiling on
#: a single bid?") the work in hand is the question's topic and stays.
_NAMED = re.compile(r"(?<=\s)(?:(?!I\b)[A-Z][A-Za-z’'-]+|[A-Z]{2,})")
#: The verbs of making public what the papers hold.
_PUBLISH = (
    r"(?:quoted?|credit(?:ed)?|thank(?:ed)?|repeat(?:ed)?|announced?|cited?|mention(?:ed)?|"
    r"given|included|celebrated?|publici[sz]ed?|said|say|point\s+to|acknowledged?|"
    r"gets?\s+(?:the\s+)?(?:figures?|facts?|details?)\s+right)"
)
#: "So that a speech on domestic abuse gets the figures right, …", "So that the right partners
#: can be credited, …", "So that we thank the right person, …".
_SO_THAT_OPENING = re.compile(
    rf"^so(?:\s+that)?\s+[^,?]{{2,80}}?\b{_PUBLISH}\b[^,?]{{0,60}},\s*(?=\S)",
    re.IGNORECASE,
)
#: "…, so that the thanks can be repeated in a speech?", "… so the Commissioner can announce
#: it?", "…, so that both can be credited?": the use after the question.
_SO_THAT_CLOSING = re.compile(
    rf",?\s+so(?:\s+that)?\s+(?:[^,?]{{1,60}}?\s+)?(?:can|could|may|might|will|would)\s+"
    rf"(?:be\s+)?{_PUBLISH}\b[^?]*(?=\?\s*$)",
    re.IGNORECASE,
)
#: "What can the Commissioner say the board agreed about …", "When can we say … was launched?",
#: "What figure can the Commissioner quote for …", "What figure can be quoted for …".
_SPEAKER = r"(?:the\s+(?:Commissioner|PCC|Chair|board)|we|I|he|she|they|you)"
_CAN_SAY = re.compile(
    rf"^(?P<wh>(?:what|when|where|which|who|how\s+(?:much|many|far|long))(?:\s+[\w-]+){{0,2}}?)"
    rf"\s+(?:can|could|may|might|should)\s+{_SPEAKER}\s+(?:say|claim|state|tell\s+people)"
    r"(?:\s+that)?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_CAN_QUOTE = re.compile(
    rf"^(?P<wh>(?:what|which)(?:\s+[\w-]+){{0,2}}?\s+(?:figures?|numbers?|amounts?|sums?|"
    rf"totals?|statistics?|results?))\s+(?:can|could|may|might|should)\s+"
    rf"(?:{_SPEAKER}\s+)?(?:be\s+)?(?:quoted?|cited?|used|given|announced?|publicised)\b\s*"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
#: "Which speakers should the Commissioner thank for taking part in …": whom to thank is who
#: took part; the thanks are the use. (What someone did thank, "Which partner did Lord Bach
#: thank", is asked of the papers and stays.)
_SHOULD_THANK = re.compile(
    rf"\s+(?:should|could|can|might|may|ought\s+to)\s+{_SPEAKER}\s+(?:thank|credit|"
    r"acknowledge|congratulate|mention)\b(?:\s+for\b(?=\s+\w+ing\b))?",
    re.IGNORECASE,
)
#: The verb of the said clause: "the board agreed about …" asks what the board agreed;
#: "the campaign was launched" asks when it was.
_DONE = re.compile(
    r"^(?P<who>.{0,60}?)\b(?P<verb>agreed|decided|resolved|approved|noted|endorsed|achieved|"
    r"delivered|heard|said|reported)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_BASE = {
    "agreed": "agree",
    "decided": "decide",
    "resolved": "resolve",
    "approved": "approve",
    "noted": "note",
    "endorsed": "endorse",
    "achieved": "achieve",
    "delivered": "deliver",
    "heard": "hear",
    "said": "say",
    "reported": "report",
}
_AUXILIARY = re.compile(
    r"^(?P<who>.{1,80}?)\s+(?P<aux>was|were|is|are|has|have|had|will|would|did|does|do)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)


def _said(wh: str, rest: str) -> str:
    """The question a "WH can the Commissioner say …" wraps: "the board agreed about X" as
    "WH did the board agree about X", "X was launched" as "WH was X launched", "about X" as
    "WH do the papers say about X"."""
    rest = rest.strip()
    if re.match(r"(?:about|of|on|regarding)\b", rest, re.IGNORECASE):
        return f"{wh} do the papers say {rest}"
    if re.match(r"(?:was|were|is|are|has|have|had)\b", rest, re.IGNORECASE):
        return f"{wh} {rest}"  # "What can we say was agreed …": what was agreed
    done = _DONE.match(rest)
    if (
        done
        and done.group("who").strip()
        and not re.search(
            r"\b(?:was|were|is|are|has|have|had|will|would)\s*$", done.group("who"), re.IGNORECASE
        )
    ):
        verb = _BASE[done.group("verb").lower()]
        return f"{wh} did {done.group('who').strip()} {verb}{done.group('rest')}"
    aux = _AUXILIARY.match(rest)
    if aux:
        return f"{wh} {aux.group('aux')} {aux.group('who').strip()}{aux.group('rest')}"
    return f"{wh} {rest}"


def without_purpose(q: str) -> str:
    """The question without what its answer is for (`_FOR_USE`, `_WORK_IN_HAND`, `_SO_THAT_OPENING`,
    `_SO_THAT_CLOSING`, `_SHOULD_THANK`) and with "WH can the Commissioner say / can be
    quoted" put as the question it wraps; a question that is nothing else stays as it is."""
    text = q.strip()
    topic: str | None = None
    if (m := _FOR_USE.match(text)) and len(text) - m.end() > 10:
        topic = m.group("part") or m.group("topic")
        text = text[m.end() :]
    if (m := _WORK_IN_HAND.match(text)) and _NAMED.search(text[m.end() :]):
        text = text[m.end() :]
    if (m := _SO_THAT_OPENING.match(text)) and len(text) - m.end() > 10:
        text = text[m.end() :]
    if (closing := _SO_THAT_CLOSING.search(text)) and closing.start() > 10:
        text = text[: closing.start()] + text[closing.end() :]
    text = _SHOULD_THANK.sub("", text, count=1)
    if m := _CAN_QUOTE.match(text):
        rest = m.group("rest").strip()
        text = f"{m.group('wh')} is given {rest}" if rest else f"{m.group('wh')} is given?"
    elif m := _CAN_SAY.match(text):
        text = _said(m.group("wh"), m.group("rest"))
    if text == q.strip():
        return q
    text = text[0].upper() + text[1:]
    if topic and not re.match(r"(?:how|why|what|which|who)\b", topic, re.IGNORECASE):
        text = f"On {topic.strip()}, {_lowered(text)}"
    return text


_QUESTION_WORD = re.compile(
    r"^(?:what|when|which|who|whom|whose|where|how|why|did|does|do|was|were|is|are|has|have|"
    r"had|can|could|will|would|in|at|on|by|from|under|besides)\b",
    re.IGNORECASE,
)


def _lowered(text: str) -> str:
    """The question after an opening "On X, ": its question word in lower case, a name as
    it is."""
    return text[0].lower() + text[1:] if _QUESTION_WORD.match(text) else text
