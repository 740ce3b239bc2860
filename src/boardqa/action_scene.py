"""An action named only to set the scene for a question about a paper (pure).

"Action 4 on the March 2021 action log asked the Ministry of Justice for a further Glen Parva
update. The March 2021 pack carries a Glen Parva project newsletter: which month's edition is
it, and whose team issues it?" names action 4, but asks about the newsletter. Read as a
question about the action, it was answered by the action's timeline alone, which says nothing
of the newsletter. The action is the scene; what is asked is the rest, about a paper the rest
names before pointing back to anything ("In the County Lines report he brought to that
meeting, what does recommendation (b) ask …?"). A rest that points back first ("Is it on the
March 2021 agenda?", "Which body has to see it?") or names no paper is still about the action.
"""

from __future__ import annotations

import re

from boardqa.query import ACTION_REF

#: Where one sentence ends and the next begins.
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])")
#: A paper other than the action log itself, named in what is asked.
_PAPER = re.compile(
    r"\b(?:report|paper|newsletter|presentation|slides?|briefing|survey|strategy|agenda|"
    r"minutes|dashboard|appendix|annexe?)\b",
    re.IGNORECASE,
)
#: What points back to the action (or to its log): the rest is then asked of it.
_BACK = re.compile(
    r"\b(?:it|its|this|that|these|those|they|them|he|she|his|her|action|log|comment|status|"
    r"owner|responsible)\b",
    re.IGNORECASE,
)


def asked_beyond_action(question: str) -> str | None:
    """What a question asks after the sentences that name an action, when that is asked of
    a paper it names before pointing back to the action; else None (the question is about the
    action)."""
    sentences = _SENTENCE.split(question.strip())
    last = max((i for i, s in enumerate(sentences) if ACTION_REF.search(s)), default=None)
    if last is None or last == len(sentences) - 1:
        return None
    rest = " ".join(sentences[last + 1 :])
    paper = _PAPER.search(rest)
    if paper is None or "?" not in rest:
        return None
    back = _BACK.search(rest)
    if back is not None and back.start() < paper.start():
        return None
    return rest
