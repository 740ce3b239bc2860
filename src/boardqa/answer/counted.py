"""What a "how many" question counts, and whether a passage counts it (pure): "How many
referrals …?" is not answered by "8000 home visits", and "How many people finished …?" is by
"18 of the 20 delegates"."""

from __future__ import annotations

import re

from boardqa.answer.places import DISTRICT_WORDS
from boardqa.verbs import IRREGULAR_FORMS
from boardqa.words import STOPWORDS, stem

#: "How many Channel referrals were made", "the number of bids in …", "how many of those
#: phone lines were …": what is counted runs to the verb or a preposition after it.
_COUNTED = re.compile(
    r"\b(?:how many|number of)\s+(?:of\s+(?:those|these|the|them|its|their|our)\s+)?"
    r"((?:[\w’'-]+\s+){0,3}?[\w’'-]+?)"
    r"(?=\s+(?:were|was|are|is|did|do|does|have|has|had|will|would|can|could|in|at|on|for|"
    # "how many referrals went to UAVA": an irregular verb ends the noun too.
    rf"from|of|to|by|during|between|and|or|\w+ed|{'|'.join(sorted(IRREGULAR_FORMS))})\b"
    r"|\s*[?,.]|$)",
    re.IGNORECASE,
)


#: Words that count people in general, answered by a count of any kind of person.
_PEOPLE = frozenset({"people", "persons", "individuals", "folk"})
_AUXILIARIES = frozenset(
    ["were", "was", "are", "is", "have", "has", "had", "did", "do", "does", "will", "would"]
)
#: What people are counted as (stems).
_PERSON_NOUNS = frozenset(
    stem(w)
    for w in [
        "people",
        "persons",
        "individuals",
        "delegates",
        "participants",
        "attendees",
        "victims",
        "offenders",
        "perpetrators",
        "members",
        "residents",
        "respondents",
        "officers",
        "staff",
        "children",
        "adults",
        "students",
        "learners",
        "volunteers",
        "graduates",
        "survivors",
        "clients",
        "entrants",
    ]
)
#: Words that say how or when, not what, between a counted noun and its verb.
_ADVERBS = frozenset(
    [
        "actually",
        "really",
        "ultimately",
        "eventually",
        "finally",
        "successfully",
        "already",
        "still",
        "ever",
        "even",
        "just",
        "currently",
        "now",
        "then",
        "also",
        "roughly",
        "approximately",
        "altogether",
        "overall",
    ]
)


#: The board's area and its parts (`places.DISTRICT_WORDS`), as a hurried question may type
#: them after a noun.
_AREAS = frozenset(w.lower() for w in DISTRICT_WORDS) | frozenset(
    ["llr", "leicestershire", "county", "city", "nwl", "lboro"]
)


def counted_noun(question: str) -> str | None:
    """What a "how many" question counts, by its head noun: "referrals" in "How many Channel
    referrals were made …?", "bids" in "how many first-round Safer Streets bids …"."""
    m = _COUNTED.search(question)
    if not m:
        return None
    words = [w.strip("’'-").lower() for w in m.group(1).split()]
    if words[0] in _AUXILIARIES or words[0] in IRREGULAR_FORMS:
        # "How many of those were made by schools?", "how many felt safe out …?": a verb,
        # not a noun (people are counted).
        return None
    # "How many people actually finished …?": an adverb before the verb is not what is
    # counted; the noun before it is.
    while len(words) > 1 and words[-1] in _ADVERBS:
        words.pop()
    # "how many active county lines llr": a place typed after the noun, in haste, is where,
    # not what is counted.
    while len(words) > 1 and words[-1] in _AREAS:
        words.pop()
    head = words[-1]
    return head if len(head) > 2 and head not in STOPWORDS | _ADVERBS else None


def counts_noun(counted: str, stems: set[str]) -> bool:
    """Whether a sentence's `stems` count what a question counts: "people" are counted under
    the name of their part ("18 of the 20 delegates"), anything else by its own name."""
    if counted in _PEOPLE:
        return bool(stems & _PERSON_NOUNS)
    return stem(counted) in stems


#: A whole number as a count is written: not "94.0%", "£432,000", "2017-21" or "1/4/18"; four
#: figures without a comma ("1500 referrals"), but not a year; not a label's number ("Section
#: 4 people", "Table 2").
_COUNT = re.compile(
    r"(?<![\w.,£$/-])(?<!Section )(?<!Table )(?<!Appendix )(?<!Annex )(?<!Item )(?<!Page )"
    r"(?<!Phase )(?<!Round )(?<!Tier )(?<!Level )(?<!Stage )(?<!Action )"
    r"(?:\d{1,3}(?:,\d{3})*|(?!19\d\d|20\d\d)\d{4})(?![\w.,%/-])(?!\s*(?:%|per\s*cent))"
)


def counts_in(text: str, counted: str, question: str = "") -> bool:
    """Whether `text` gives a count of what is counted: a whole number (not a share, a sum
    or a year) with the counted noun within four words after it ("18 active County Lines",
    "18 of the 20 delegates"). A number the `question` itself gives is no answer ("How many
    Safer Streets 3 bids …?" is not answered by "up to 3 partnership bids")."""
    given = {n.rstrip(",") for n in re.findall(r"\d[\d,]*", question)}
    for m in _COUNT.finditer(text):
        if m.group(0) in given:
            continue
        after = re.findall(r"[A-Za-z][A-Za-z’'-]*", text[m.end() : m.end() + 60])[:4]
        if counts_noun(counted, {stem(w.lower()) for w in after}):
            return True
    return False
