"""What a figure is asked of (pure): "the residential burglary rate" is a figure for one kind
of burglary, which "The offence rate for all Burglary, i.e. both residential and commercial"
does not give; "the overall crime rate" is one for crime whole, which "Racially or religiously
aggravated crime … 0.6 crimes per 1,000" does not give. `answer.evidence` weighs sentences by
the first, `answer.abstain` declines by the second."""

from __future__ import annotations

import re

from boardqa.words import STOPWORDS

#: What a figure is asked of, by the two words before the measure: "the residential burglary
#: rate", "the violence with injury rate" (the last two), in lower case as asked ("the
#: Reoffending Analysis Tool reoffending rate" names a tool, not a kind of reoffending).
_MEASURED = re.compile(
    # "the violence with injury rate": the words on either side of "with" or "of".
    r"\b([a-z]{3,})\s+(?:(?:with|of|and)\s+)?([a-z]{4,})\s+(?i:rates?|figures?|levels?)\b"
)


#: Words that say how much of a measure is meant, not which ("the overall crime rate", "the
#: current burglary rate"): `abstain` reads "overall" and "total" on their own.
_SCOPE_WORDS = frozenset(
    ["overall", "total", "current", "latest", "new", "average", "annual", "yearly", "county"]
)


def measure_words(question: str) -> tuple[str, str] | None:
    """The two words a question's figure is of ("residential", "burglary"), or None when it
    names no such pair."""
    m = _MEASURED.search(question)
    if not m or {m.group(1).lower(), m.group(2).lower()} & (STOPWORDS | _SCOPE_WORDS):
        return None
    return m.group(1).lower(), m.group(2).lower()


def _together(words: tuple[str, str]) -> str:
    """The measure's two words together, one word between at most ("violence with injury")."""
    first, second = words
    return rf"\b{first}\s+(?:\w+\s+)?{second}(?:s|es)?\b"


def names_measure(words: tuple[str, str], text: str) -> bool:
    """Whether the text names the measure by its two words together ("Violence with injury
    offences have continued to rise … to 7.0"), its figure near or not."""
    return bool(re.search(_together(words), text, re.IGNORECASE))


def measured_in(words: tuple[str, str] | None, text: str) -> int:
    """1 when the text gives a figure for the measure's two words together ("residential
    Burglary at 4.9", "MARAC repeat referral rate sits at 50%"), -1 when it names both apart
    ("all Burglary, i.e. both residential and commercial": the figure of a wider thing), else
    0."""
    if words is None:
        return 0
    together = _together(words)
    if re.search(together, text, re.IGNORECASE):
        # …followed closely by its figure or its rate, not a topic named in passing.
        figure = rf"{together}(?:\W+\w+){{0,8}}?\W+(?:\d|rates?\b)"
        return 1 if re.search(figure, text, re.IGNORECASE) else 0
    apart = all(re.search(rf"\b{w}", text, re.IGNORECASE) for w in words)
    return -1 if apart else 0


#: A rate asked for the whole of something: "the overall crime rate", "the overall rate of
#: crime", "the total crime rate" (not "the total funding figure", a sum).
_OVERALL = re.compile(
    r"\boverall\s+(?:(?P<noun>[a-z]{3,})\s+(?:rates?|levels?)\b"
    r"|(?:rates?|levels?)\s+of\s+(?P<of>[a-z]{3,}))"
    r"|\btotal\s+(?P<total>[a-z]{3,})\s+rates?\b",
    re.IGNORECASE,
)
#: Words before a noun that leave it whole ("overall crime", "all crime", "reported crime").
_WHOLE = frozenset(["overall", "total", "all", "reported", "recorded", "the", "of", "in", "that"])


def of_the_whole(noun: str, sentence: str) -> bool:
    """Whether the sentence speaks of the noun whole, not of one kind of it: "Crime fell to
    55 per 1,000", "overall crime was up" and "62 crimes per 1000" do; "Racially or
    religiously aggravated crime is very low with 0.6 crimes per 1,000" and "hate crimes" do
    not, nor does a sentence that never names it ("the residential burglary rate")."""
    found = list(re.finditer(rf"(\S+\s+)?\b{re.escape(noun)}(?:s|es)?\b", sentence, re.I))
    return bool(found) and all(
        m.group(1) is None
        or m.group(1).strip().lower() in _WHOLE
        or m.group(1)[0].isdigit()  # "62 crimes per 1000 population"
        for m in found
    )


def whole_asked(question: str) -> str | None:
    """The noun a question asks a rate of as a whole ("crime" of "the overall crime rate",
    "the overall rate of crime", "the total crime rate"), or None."""
    m = _OVERALL.search(question)
    return (m.group("noun") or m.group("of") or m.group("total")) if m else None
