"""A question a scenario puts in someone's mouth, then asks the papers about (pure).

"Suppose residents near Glen Parva ask when they will find out who is going to run the new
prison. What did the February 2021 newsletter say?" asks the newsletter when they will find
out; "What did it say?" on its own asks for nothing. Read as "According to the February 2021
newsletter, when will they find out who is going to run the new prison?", every rule
downstream sees what is asked: a date, which a passage must give, and the scene's people and
places (`bystanders`) stay out of the question.
"""

from __future__ import annotations

import re

from boardqa.instructions import QUESTION_WORD

#: The scene: an opener, who asks, and how ("Suppose residents near Glen Parva ask", "A
#: colleague at our CSP wants to know", "If our finance officer asks").
_SCENE_ASK = re.compile(
    r"^(?:(?:suppose|supposing|imagine|say|if|let['’]s say|what if)(?:\s+that)?\s+)?"
    r"(?:[^.?!:;]{2,80}?)\s+(?:(?:also|now|then|keeps?|kept)\s+)?"
    r"(?:asks?|asked|asking|wonders?|wondered|wants?\s+to\s+know|wanted\s+to\s+know|"
    r"would\s+like\s+to\s+know|(?:is|are)\s+asking)\s+"
    rf"(?P<inner>{QUESTION_WORD}[^.?!]{{6,}}?)\s*[.?]\s+"
    # The question to the papers: "What did the February 2021 newsletter say?", "What do the
    # papers say?", "What does the March 2021 report show?".
    r"(?P<tail>(?:so\s+|then\s+)?what\s+(?:does|did|do)\s+(?P<paper>[^?]{2,90}?)\s+"
    r"(?:say|report|show|record|tell\s+us)(?:\s+(?:about\s+)?(?:it|that|this))?)\s*\??\s*$",
    re.IGNORECASE,
)
#: The papers as a whole, which need no "According to".
_THE_PAPERS = re.compile(r"^(?:the\s+)?(?:papers|archive|board|records|minutes)$", re.IGNORECASE)


def asked_in_scene(question: str) -> str | None:
    """The question the scene puts, asked of the paper the question names ("According to
    the February 2021 newsletter, when they will find out …?"), or None."""
    m = _SCENE_ASK.match(question.strip())
    if not m:
        return None
    inner = m.group("inner").strip()
    paper = m.group("paper").strip()
    asked = inner if _THE_PAPERS.match(paper) else f"According to {paper}, {inner}"
    return asked[:1].upper() + asked[1:] + "?"
