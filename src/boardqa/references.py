"""A person a question names only by what they did (pure): "whoever presented the MVP item
at the December 2020 board - what have they since drafted?", "the officer who presented the
March 2021 report …". The papers name the person where the deed is recorded and speak of
them by name elsewhere, so the question is answered in two hops: who did it, then the rest
asked of that name (`ask.Answerer`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: "whoever presented …", "the officer who chaired …": the deed runs to the next break.
_WHOEVER = re.compile(
    r"\b(?:whoever|the\s+(?:officer|person|speaker|presenter|one|man|woman|councillor|member)"
    r"\s+who)\s+(?P<deed>(?:(?:is|was|has|had|will)\s+(?:be\s+|been\s+)?)?"
    r"(?:presented|presenting|present|chaired|chairing|led|leading|gave|giving|wrote|"
    r"drafted|introduced|delivered|spoke|briefed)\b[^,;?–—]*?)"
    # …up to a break, an adverb of time, or the verb of the question itself ("What did the
    # person who chaired the meeting say?").
    r"(?=\s*(?:[,;?–—]|\s-\s)|\s+(?:also|then|later|since|now)\b|$"
    r"|\s+(?:say|said|says|tell|told|ask|asked|think|want|wanted|propose|proposed|do|did|"
    r"agree|agreed|commit|committed|report|reported|recommend|recommended)\b)",
    re.IGNORECASE,
)


#: "the same officer", "the same person": the answer to an earlier who-part.
_SAME_PERSON = (
    r"\bthe\s+same\s+(?:officer|person|speaker|presenter|man|woman|councillor|member|"
    r"individual)\b"
)
#: "Who is presenting the County Lines report, and what had the same officer presented in
#: 2018?": a who-part, then a later part that speaks of its answer.
_WHO_THEN_SAME = re.compile(
    r"^(?P<who>who\b[^,;?]+?)\s*(?:[,;?]\s*(?:and\s+)?|\s+and\s+)"
    rf"(?P<rest>[^?]*?(?P<same>{_SAME_PERSON}).*)$",
    re.IGNORECASE,
)


#: A question that asks about its subject with an auxiliary ("Which report did …", "what
#: has …"): its own verb comes last, after the words that stand for the person.
_ASKS_WITH_AUX = re.compile(
    r"^\s*(?:what|which|how|when|where)\b[^?]*?\b(?:did|does|do|has|have|had|will|would)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PersonReference:
    """The words a question stands for a person with, the question that names them, and what
    is asked of them."""

    #: The words that stand for the person ("whoever presented the MVP item …").
    words: str
    #: The question that names them ("Who presented the MVP item …?").
    who: str
    #: What is asked of them, with `words` still in it.
    rest: str

    def named(self, name: str) -> str:
        """What is asked of the person, by name."""
        at = self.rest.lower().find(self.words.lower())
        return self.rest if at < 0 else f"{self.rest[:at]}{name}{self.rest[at + len(self.words) :]}"


def person_reference(question: str) -> PersonReference | None:
    """The person the question names by a deed, or by "the same officer" after a part that
    asks who (see the module), or None."""
    m = _WHOEVER.search(question)
    if m is not None:
        words, deed = m.group(0).strip(), m.group("deed").strip()
        if _ASKS_WITH_AUX.match(question[: m.start()]) and not question[m.end() :].strip(" ?"):
            # "Which report did the officer who presented the budget write?": "write" is the
            # question's own verb, not the deed's.
            words, deed = words.rsplit(None, 1)[0], deed.rsplit(None, 1)[0]
        if len(deed.split()) < 2:
            return None
        return PersonReference(words, f"Who {deed}?", question)
    m = _WHO_THEN_SAME.match(question.strip())
    if m is None:
        return None
    rest = m.group("rest").strip()
    return PersonReference(
        m.group("same"), f"{m.group('who').strip()}?", rest[0].upper() + rest[1:]
    )
