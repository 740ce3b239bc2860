"""A question about how far something had got, read as a question about what had happened to
it (pure).

Programme staff chase progress in their own words: "Where had the Hope Project got to by the
March 2021 update?", "How far had the People Zones got by June 2021?", "What progress had
been made on the youth survey?", "What stage had the strategy reached?", "What is the current
position on the action for Paul Hindson?". The papers seldom use those words of the thing
asked about, but use them of others ("We have made some significant progress with Voluntary,
Community and Social Enterprise Spend" in the Glen Parva newsletter), so the words of the
chase pulled the search away from its subject. Here the chase becomes what the answerer
already reads as an account of a thing's story ("What had happened with …") or of an
action's standing ("What is the status of …"); the thing and its time are kept as written.
"""

from __future__ import annotations

import re

_AUX = r"(?:had|has|have|did|does|do|is|are|was|were)"
#: "by the March 2021 update", "since December 2020", "at the June meeting": when, kept.
_WHEN = r"(?P<when>\s+(?:by|since|as\s+(?:of|at)|at|in|before|after|following|up\s+to)\b[^?]*)?"
_CHASES = (
    # "Where had the Hope Project got to by …?", "Where does the strategy stand?"
    re.compile(
        rf"^where\s+{_AUX}\s+(?P<thing>.+?)\s+(?:got\s+to|gotten\s+to|get\s+to|reached|"
        rf"stand|stood|landed)\b{_WHEN}\s*\??\s*$",
        re.IGNORECASE,
    ),
    # "How far had the People Zones got by June 2021?", "How far has it progressed?"
    re.compile(
        rf"^how\s+far\s+{_AUX}\s+(?P<thing>.+?)\s+(?:got|progressed|come|advanced|moved\s+on|"
        rf"gone)\b(?:\s+on)?{_WHEN}\s*\??\s*$",
        re.IGNORECASE,
    ),
    # "What progress had been made on the youth survey by June 2021?"
    re.compile(
        rf"^what\s+(?:further\s+)?progress\s+{_AUX}\s+(?:been\s+)?(?:made|achieved|reported|"
        rf"seen)\s+(?:on|with|in|towards|against|in\s+relation\s+to)\s+(?P<thing>.+?){_WHEN}"
        r"\s*\??\s*$",
        re.IGNORECASE,
    ),
    # "What stage had the trauma-informed strategy reached by March 2021?"
    re.compile(
        rf"^(?:what|which)\s+(?:stage|point|phase)\s+{_AUX}\s+(?P<thing>.+?)\s+(?:reached|got\s+to|"
        rf"arrived\s+at)\b{_WHEN}\s*\??\s*$",
        re.IGNORECASE,
    ),
)
#: "What is the current position on the action for Paul Hindson?": its standing now.
_POSITION = re.compile(
    r"^what\s+(?:is|was)\s+the\s+(?:current|latest|present|up-to-date)\s+(?:position|state\s+of\s+"
    r"play|progress|situation)\s+(?:on|with|of|regarding|in\s+respect\s+of|concerning)\s+"
    r"(?P<thing>.+?)\s*\??\s*$",
    re.IGNORECASE,
)


def as_story_asked(question: str) -> str:
    """The question a chase for progress makes; anything else as it is."""
    q = question.strip()
    for chase in _CHASES:
        if m := chase.match(q):
            return f"What had happened with {m.group('thing')}{m.group('when') or ''}?"
    if m := _POSITION.match(q):
        return f"What is the status of {m.group('thing')}?"
    return question
