"""Who stands in the scene a question sets (pure): the asker's own body ("our CSP", "my
team") and the person who asks in a scenario ("Suppose a Blaby shopkeeper asks whether …",
"If our finance officer asks what …", "A colleague at our youth project wants to …").

They are not what the archive must mention. "Imagine a 25-year-old volunteer at our youth
project wants to apply for the next Community Leadership Programme. When do applications
close?" is about the programme: a passage that gives its closing date need not name a
25-year-old, a youth project or Blaby, and declining it as "the passages closest to the
question do not mention 25" is wrong. Their words still search: only the check that every
named thing is mentioned leaves them out, and only when the question names them nowhere else.
"""

from __future__ import annotations

import re

#: Words that end a noun phrase: a verb, a preposition or a conjunction after its head ("our
#: CSP is …", "our licensing team wants to …", "our district and …").
_PHRASE_END = (
    r"(?:is|are|was|were|has|have|had|hasn['’]t|haven['’]t|isn['’]t|will|would|can|could|"
    r"should|may|might|must|does|do|did|asks?|asked|asking|wants?|wanted|tells?|told|needs?|"
    r"used|keeps?|kept|gets?|got|still|says?|said|and|or|but|about|at|for|from|in|into|of|on|"
    r"to|with|that|which|who|whether|if|when|what|how|grumbles?|complains?|wonders?|hears?|"
    r"heard|thinks?|plans?|hopes?|receives?|sends?|writes?|calls?|runs?|sits?|asks?)"
)
#: The asker's own body: "our CSP", "my district's housing team" (up to four words).
_OWN = re.compile(rf"\b(?:our|my)\s+((?:(?!{_PHRASE_END}\b)[\w'’-]+\s*){{1,4}})", re.IGNORECASE)
#: A scenario's opening word: "Suppose", "Imagine", "Say", "If", "Let's say", "What if".
_OPENER = r"(?:suppose|supposing|imagine|say|if|let['’]s say|what if)(?:\s+that)?\s+"
#: Who asks, wants or tells in a scene: "a Blaby shopkeeper asks whether …", "residents near
#: Glen Parva keep asking …", "a councillor at our CSP grumbles that …".
_ASKING_VERB = (
    r"(?:still\s+|also\s+|now\s+|then\s+)?(?:asks?|asked|is\s+asking|are\s+asking|keeps?\s+"
    r"asking|wants?|wanted|is\s+wanting|wonders?|tells?|told|grumbles?|complains?|needs?|"
    r"needed|is\s+pressing|hears?|heard|has\s+heard|hasn['’]t|is\s+(?:drafting|writing|"
    r"putting|preparing|planning)|gets?\s+a\s+place|used\s+to)\b"
)
#: The one who asks: led by an article or a word for people ("residents", "a colleague"),
#: or (after an opener) by any name ("If Blaby wanted …").
_ASKER = (
    r"(?:(?:a|an|one\s+of\s+(?:our|my|the)|some|our|my)\s+|(?:residents?|people|parents|"
    r"members?|someone|somebody|colleagues?|councillors?|staff)\b)[^,.?;:!]{0,60}?"
)
_SCENE_ASKER = re.compile(
    rf"(?:^|(?<=[.?!:])\s+)(?:(?:{_OPENER})(?P<named>[^,.?;:!]{{1,60}}?)|(?P<asker>{_ASKER}))"
    rf"\s+{_ASKING_VERB}",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


def _words(text: str) -> set[str]:
    out: set[str] = set()
    for w in _WORD.findall(text):
        lw = w.lower().removesuffix("’s").removesuffix("'s")
        out.add(lw)
        out.update(p for p in re.split(r"[-'’]", lw) if p)  # "25-year-old" → 25, year, old
    return out


def bystander_words(question: str) -> set[str]:
    """The lower-case words that name only who stands in the question's scene (see the
    module's docstring): words the question uses nowhere outside those phrases."""
    spans: list[tuple[int, int]] = []
    for m in _OWN.finditer(question):
        spans.append(m.span(1))
    for m in _SCENE_ASKER.finditer(question):
        group = "named" if m.group("named") is not None else "asker"
        spans.append(m.span(group))
    if not spans:
        return set()
    inside = "".join(question[a:b] + " " for a, b in spans)
    outside = list(question)
    for a, b in spans:
        outside[a:b] = " " * (b - a)
    return _words(inside) - _words("".join(outside))
