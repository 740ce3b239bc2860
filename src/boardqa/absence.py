"""An absence said after the question, moved before it (pure).

A member catching up on what they missed often says so once the question is out: "What did
the opening round of the Community Leadership Programme cost, and who paid for it? I wasn't at
the June 2021 Board.", "… how many probation regions are there to be? I couldn't make that
meeting." Left at the end, the absence was read as part of the last thing asked ("who paid
for it - I wasn't at the June 2021 Board"), whose words then found a paragraph on something
else. Said first, as most members say it ("I missed the June 2021 meeting. …"), it is the
scene the question is asked in, which the answerer already reads: its meeting or time kept,
its words not asked about.
"""

from __future__ import annotations

import re

#: The speaker was not there: "I wasn't at …", "I missed …", "I couldn't make that meeting",
#: "I was away for …", "I've been off since January 2021", "I had to leave before …".
_ABSENT = (
    r"I(?:[’']ve| have| had)?\s+(?:not\s+|never\s+)?(?:"
    r"wasn[’']t|was\s+not|was\s+away|was\s+off|was\s+on\s+leave|"
    r"missed|had\s+to\s+(?:miss|leave)|"
    r"couldn[’']t|could\s+not|didn[’']t|did\s+not|"
    r"been\s+(?:away|off|absent)|not\s+been|last\s+attended|"
    r"sent\s+(?:my\s+)?apologies"
    r")\b"
)
#: A last sentence that only says so, with no question of its own.
_TRAILING = re.compile(rf"(?<=[?.!])\s+({_ABSENT}[^?]*?)\s*[.!]?\s*$")


def absence_first(question: str) -> str:
    """The question with an absence it states at its end said first ("I wasn't at the June
    2021 Board. What did … cost …?"); any other question as it is."""
    m = _TRAILING.search(question)
    if not m or m.start() == 0:
        return question
    said = m.group(1).rstrip(" .!")
    return f"{said}. {question[: m.start()].strip()}"
