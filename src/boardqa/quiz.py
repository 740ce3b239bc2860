"""A multiple-choice question read as the question it tests, and its options checked against
what the papers say (pure).

Staff checking an induction quiz put its questions with the options in them: "Multiple choice:
who is leading the work to embed the Female Offender Strategy across LLR: (a) Liz McDermott
and Claire Morley, (b) Grace Strong and Matthew Wakely, or (c) Victoria Charlton and Saj
Devshi?". Left in, the options are words the question asks the passages to hold: the wrong
ones are names no passage near holds, so the question was declined as "the passages closest to
the question do not mention Victoria, Charlton, Saj, Devshi", and they pulled the search
towards the passages that do name them. The question asked is the stem; the options are what
its answer is checked against: the one the quoted passages bear out is named, and when none of
them is borne out the archive does not settle the question (the options may all be wrong).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

#: "Multiple choice:", "Multiple choice from the probation slides:", "Quiz question about the
#: 11 December 2020 meeting:": the quiz's label, with the source or meeting it names.
_LABEL = re.compile(
    r"^\s*(?:multiple[- ]choice|quiz)(?:\s+question)?\b\s*"
    r"(?:(?P<how>from|in|on|about|for)\s+(?P<where>[^:?]+?))?\s*[:.—–-]\s*",
    re.IGNORECASE,
)

#: An option's letter: "(a) ", "(b) ".
_LETTER = re.compile(r"\(([a-f])\)\s+")

#: Where the last option ends: the question mark, a dash opening a further ask ("(c) £2,276,643
#: — and how many …"), or a full stop before the next sentence. A hyphen between spaces is
#: not one ("(a) Pages 13 - 16"), nor the full stop of an initial or a title ("(c) Dr A. Brown").
_LAST_ENDS = re.compile(r"\?|\s[—–]\s|(?<!\b[A-Z])(?<!Mr|Dr|Ms|St)(?<!Mrs)\.\s+(?=[A-Z])|\.?\s*$")

#: What joins one option to the next: ", or ", " or ", "; ", ",".
_JOINER = re.compile(r"(?:\s*[,;]\s*(?:or\s+)?|\s+or\s+)$", re.IGNORECASE)

#: What the stem's words before the options end with when the options stood for the thing
#: asked ("… was (a) 36%, …", "… was for (a) £826,000, …"): that thing is asked for.
_OPEN_END = re.compile(
    r"\b(?:is|was|were|are|be|been|for|of|by|to|on|at|in|from|as|with|under|than)\s*$",
    re.IGNORECASE,
)

#: A question word: a stem that has one already asks its thing ("What did it ask for: (a) …").
_ASKING = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)

#: A statement the options would complete: a scene set first ("In the Q2 2018/19 report, "),
#: its subject, its verb, and what follows the verb (a preposition at most).
_STATEMENT = re.compile(
    r"^(?P<scene>(?:(?:in|on|at|under|from|according\s+to)\b[^,]+,\s*)?)"
    r"(?P<subject>.+?)\s+(?P<verb>is|was|were|are|will\s+be)\s*(?P<rest>\w*)$",
    re.IGNORECASE,
)

#: Words an option shares with any sentence, so not what tells it apart.
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "by",
        "at",
        "with",
        "as",
        "its",
        "it",
        "their",
        "his",
        "her",
        "that",
        "this",
    ]
)

#: Number words, matched against the figures the papers print ("seven years" / "7 years").
_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}


@dataclass(frozen=True)
class Choices:
    """A multiple-choice question: the question it tests and its lettered options."""

    stem: str
    #: (letter, option) in the question's order: ("a", "Liz McDermott and Claire Morley").
    options: tuple[tuple[str, str], ...]

    def listed(self) -> str:
        """The options as the question gave them, to say none is borne out."""
        return ", ".join(f"({letter}) {option}" for letter, option in self.options)


def choices_of(question: str) -> Choices | None:
    """The stem and options of a multiple-choice question, or None when it gives no lettered
    options from (a) on. A letter that is part of what is asked ("recommendation (b) of the
    report") is not an option: options run (a), (b), … in order."""
    letters = list(_LETTER.finditer(question))
    starts = [i for i, m in enumerate(letters) if m.group(1) == "a"]
    for first in starts:
        run = [letters[first]]
        for m in letters[first + 1 :]:
            if ord(m.group(1)) == ord(run[-1].group(1)) + 1:
                run.append(m)
        if len(run) < 2:
            continue
        options: list[tuple[str, str]] = []
        for this, following in pairwise(run):
            text = _JOINER.sub("", question[this.end() : following.start()]).strip()
            options.append((this.group(1), text))
        last = run[-1]
        ends = _LAST_ENDS.search(question, last.end())
        end = ends.start() if ends else len(question)
        options.append((last.group(1), question[last.end() : end].strip().rstrip(",;")))
        if any(not text for _, text in options):
            continue
        sums = all(text.startswith("£") for _, text in options)
        stem = _stem(question[: run[0].start()], question[end:], "how much" if sums else "what")
        return Choices(stem, tuple(options))
    return None


def _stem(before: str, after: str, asked: str) -> str:
    """The question without its options or quiz label: what stood before the options and
    whatever follows them. When the options stood for the thing asked ("the bid was for (a)
    £826,000, …"), that thing is asked for in front ("How much was the bid for"), as the
    question would have been put without options: a statement ending "… for how much" was
    not read as a question of its own beside the ask after it."""
    before = re.sub(r"\s*[:,—–-]?\s*$", "", before)
    context = ""
    label = _LABEL.match(before)
    if label:
        before = before[label.end() :]
        where, how = label.group("where"), (label.group("how") or "").lower()
        if where and how in ("about", "on") and "meeting" in where:
            context = f"At {where}, "
        elif where:
            context = f"According to {where}, "
    if _OPEN_END.search(before) and not _ASKING.search(before):
        before = _fronted(before, asked)
    if context:
        before = context + _lowered(before)
    before = before[:1].upper() + before[1:]
    return f"{before}{after}" if after.strip() else f"{before}?"


def _fronted(before: str, asked: str) -> str:
    """ "The MHCLG bid … was for" asked as "How much was the MHCLG bid … for"; a scene set
    first ("In the Q2 report, the rate … was") stays in front. Without a verb to put first,
    the thing asked ends the question ("… was what")."""
    m = _STATEMENT.match(before)
    if not m:
        return f"{before} {asked}"
    scene, subject, verb, rest = m.group("scene", "subject", "verb", "rest")
    tail = f" {rest}" if rest else ""
    return f"{scene}{asked} {verb} {_lowered(subject)}{tail}"


def _lowered(text: str) -> str:
    """A sentence's first word in lower case when it is no name or initials ("The bid" →
    "the bid"; "RAT", "MHCLG" stay)."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _words(text: str) -> list[str]:
    """A text's words and figures as compared: lower case, figures without their commas or
    pound sign, number words as figures."""
    out = []
    for w in re.findall(r"[£$]?\d[\d,]*(?:\.\d+)?%?|[a-z]+(?:['’][a-z]+)?", text.lower()):
        w = w.lstrip("£$").replace(",", "")
        out.append(_NUMBER_WORDS.get(w, w))
    return out


def borne_out(option: str, text: str) -> bool:
    """Whether a text bears an option out: every word of the option that tells it apart is
    in the text, in any order ("the Districts" in "Districts to agree on representatives")."""
    wanted = [w for w in _words(option) if w not in _FILLER]
    have = set(_words(text))
    return bool(wanted) and all(w in have for w in wanted)


def chosen(choices: Choices, texts: list[str]) -> list[tuple[str, str]]:
    """The options the first text that bears any out bears out (the answer's own words
    first, then the paragraphs it cites): none when no text bears one out."""
    for text in texts:
        found = [(letter, option) for letter, option in choices.options if borne_out(option, text)]
        if found:
            return found
    return []


#: A blank for a sum: "£____", "£ __".
_SUM_BLANK = re.compile(r"£\s*_{2,}")
#: A blank for a count: "____ weeks", "a notable ____ FTEs", "lists ____ initiatives".
_COUNT_BLANK = re.compile(
    r"\b_{2,}(?=\s+(?:[A-Z]{2,}s|(?!(?:is|was|has|its|this|thus|less|plus|across|perhaps|"
    r"always|towards|whereas)\b)[a-z]{2,}s)\b)"
)
#: The statement's end, to be put as a question: ".", "'", "’." after the last word.
_STATEMENT_END = re.compile(r"[\s.'’\"”]*$")


def blanks_asked(question: str) -> str:
    """A fill-in-the-blank whose blank stands for a sum or a count, asked as "how much" or
    "how many" in the blank's place ("… was costed at £____ a year." → "… was costed at how
    much a year?"). The blank left in asked for nothing in particular, so a passage on the
    topic that gives no figure answered it; asked so, no figure is declined as none. Other
    blanks (a name, a word) are left to the passage that completes the line."""
    asked = _COUNT_BLANK.sub("how many", _SUM_BLANK.sub("how much", question))
    if asked == question:
        return question
    return _STATEMENT_END.sub("?", asked, count=1)
