"""What a name stands for, as a sentence defines it (pure).

"What exactly is Sentinel?", "What are People Zones?", "What is the Hope Project?" ask what a
thing named is. The sentence that answers defines it in one of a few shapes the papers use:
the name with what it is in brackets ("ASB recorded on Sentinel (the partnership ASB case
management system)"), the name and a verb of being ("The Hope Project is a …"), or, opening the
sentence, the name and a description after a comma or a dash ("Sentinel, the partnership's
case management system, …"). A sentence that only uses the name ("In relation to ‘Sentinel’ Case managed data …
the incidents managed on the system have continued to decrease") says nothing of what it is.
"""

from __future__ import annotations

import re

#: "What (exactly) is Sentinel?", "And what are People Zones?", "What is the Hope Project?"
_WHAT_IS = re.compile(
    r"^(?:and\s+|so\s+|but\s+)?what\s+(?:exactly\s+|precisely\s+)?(?:is|are|was|were)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?P<name>(?-i:[A-Z][\w’'&-]*)(?:\s+(?-i:[A-Z][\w’'&-]*)){0,3})"
    r"(?:\s+(?:exactly|actually))?\s*\??\s*$",
    re.IGNORECASE,
)


def defined_term(question: str) -> str | None:
    """The name a question asks the meaning of, or None."""
    m = _WHAT_IS.match(question.strip())
    return m.group("name") if m else None


def defines(name: str, sentence: str) -> bool:
    """Whether the sentence says what `name` is (see the module's shapes)."""
    quoted = rf"[‘'“\"]?{re.escape(name)}[’'”\"]?"
    return bool(
        re.search(
            rf"{quoted}\s*\((?:the|a|an|which|i\.e\.)\s"
            # "… is a …", not "… is the development of …" (said of another subject: "the work
            # on People Zones is the development …").
            rf"|{quoted}\s+(?:is|are|was|were)\s+(?:a|an)\s"
            # "Sentinel, the partnership's system, …" opening the sentence.
            rf"|^(?:the\s+)?{quoted}\s*(?:,|[–—-])\s+(?:a|an|the)\s+[a-z]",
            sentence,
            re.IGNORECASE,
        )
    )


def heading_asks(name: str, heading: str) -> bool:
    """Whether a paragraph's heading asks what `name` is: the points of the slide "What is the
    Probation Services Dynamic Framework (PSDF)?" say what the PSDF is, though none of them
    has a shape of `defines`."""
    last = heading.split("›")[-1].strip()
    return bool(
        re.match(r"what\s+(?:is|are)\b", last, re.IGNORECASE)
        and last.endswith("?")
        and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", last, re.IGNORECASE)
    )
