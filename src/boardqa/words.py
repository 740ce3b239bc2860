"""Words as boardqa compares them: stopwords, number words, a small stemmer (pure).

One rule everywhere a question's words meet a paper's: the index's BM25 terms, re-ranking,
evidence choice and the abstention checks all use `term_set`.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "with",
        "by",
        "from",
        "as",
        "about",
        "into",
        "over",
        "under",
        "than",
        "then",
        "so",
        "if",
        "not",
        "no",
        "yes",
        "any",
        "all",
        "each",
        "every",
        "some",
        "more",
        "most",
        "other",
        "such",
        "only",
        "own",
        "same",
        "can",
        "could",
        "should",
        "would",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
        "having",
        "tell",
        "say",
        "said",
        "says",
        "give",
        "given",
        "get",
        "got",
        "please",
        "know",
        "anything",
        "something",
        "board",
        "lscsb",
        "meeting",
        "meetings",
        "archive",
        "papers",
        "paper",
        "document",
        "documents",
        "report",
        "reports",
        "s",
    ]
)


_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "first": "1",
    "second": "2",
    "third": "3",
}


#: "I'm", "we'd", "you've", "didn't": a pronoun or auxiliary with its ending is as empty as
#: the word alone ("it's", "what's" lose their "'s" before the stopword check).
_CONTRACTION = re.compile(r"[a-z]+['’](?:m|d|ve|ll|re)|[a-z]+n['’]t")


#: A prefix the papers write both with and without its hyphen ("re-offending" and
#: "reoffending", "co-ordinator" and "coordinator", "anti-social"): one word either way.
_HYPHENED_PREFIX = re.compile(r"^(re|co|pre|non|multi|sub|anti|cross|inter)-(?=[a-z]{3})")


def content_terms(text: str) -> tuple[str, ...]:
    """A text's content words in lower case and in order, once each: stopwords, contractions
    and one-letter words dropped, numbers in words written as figures, a prefix's hyphen
    dropped, so that every comparison of words (search, overlap, focus) meets alike."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+|\d[\d,.%£]*", text)
    out = []
    for w in words:
        lw = w.lower().strip("'’").removesuffix("’s").removesuffix("'s")
        lw = _HYPHENED_PREFIX.sub(r"\1", lw)
        lw = _NUMBER_WORDS.get(lw, lw)
        if lw in STOPWORDS or len(lw) < 2 or _CONTRACTION.fullmatch(lw):
            continue
        out.append(lw)
    return tuple(dict.fromkeys(out))


#: Past forms no suffix rule reaches ("led" for "leading", "wrote" for "write"); not those
#: that are words of their own in the papers ("met", "left", "found", "saw", "lost").
_IRREGULAR = {
    "led": "lead",
    "held": "hold",
    "gave": "give",
    "given": "give",
    "took": "take",
    "taken": "take",
    "wrote": "write",
    "written": "write",
    "made": "make",
    "sent": "send",
    "spent": "spend",
    "won": "win",
    "brought": "bring",
    "paid": "pay",
    "chose": "choose",
    "chosen": "choose",
    "told": "tell",
    "said": "say",
    "sought": "seek",
    "began": "begin",
    "begun": "begin",
    "grew": "grow",
    "grown": "grow",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A small English stemmer ("implemented", "implementation" → "implement"; "agreed",
    "agreement" → "agre"; "meetings" → "meet"; "burglaries" → "burglary") so that a question's
    words meet the papers' inflections; the same rule everywhere words are compared (nltk's
    Snowball would do, but importing nltk costs a second on the query path)."""
    w = _IRREGULAR.get(word, word)
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 4 and w.endswith("eed"):
        w = w[:-1]  # "agreed" → "agree", like "agreement"
    for suffix in ("ation", "ment", "ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    else:
        if len(w) == 4 and w.endswith("ed") and w[0] in "aeiou" and w[1] not in "aeiou":
            w = w[:-1]  # "aged" → "age", "used" → "use": too short to lose "-ed"
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def term_set(text: str) -> set[str]:
    """The stemmed content words of a text (question, paragraph or sentence)."""
    return {stem(t) for t in content_terms(text)}


_MONTHS = frozenset(m.lower() for m in [*calendar.month_name[1:], *calendar.month_abbr[1:]])


def overlap(a: set[str], b: set[str]) -> float:
    """The share of two sets of terms they have in common (Jaccard), 0 for two empty sets."""
    return len(a & b) / len(a | b) if a | b else 0.0


def topic_words(text: str) -> list[str]:
    """A text's content words without its dates ("March", "2021", "2020/21"): the words that
    say what it is about."""
    return [
        w for w in content_terms(text) if w not in _MONTHS and not re.fullmatch(r"[\d/.,%£]+", w)
    ]


#: A name of several capitalised words ("Senior Officer Group", "Police and Crime
#: Commissioner"), whose initials the papers may use instead.
#: A list of names counts as one ("Leicester, Leicestershire and Rutland": LLR).
_SPELLED_NAME = re.compile(
    r"\b[A-Z][a-z’']+(?:(?:,\s*|\s+)(?:(?:and|of|for|the|&)\s+)?[A-Z][a-z’']+)+"
)
#: Small words a name's initials skip ("Office of the Police and Crime Commissioner": OPCC).
SMALL_WORDS = frozenset(["of", "the", "and", "for", "on", "in", "&", "to", "a"])


def spelled_initials(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The initials a text's spelled-out names may go by, each with the words they stand for:
    "Did the Senior Officer Group …" gives ("SOG", ("Senior", "Officer", "Group")) among its
    runs ("DSOG" too: any run of the name's words). Three letters at least: two-letter
    initials ("SP", "CS") are found by chance."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for m in _SPELLED_NAME.finditer(text):
        words = [w for w in re.findall(r"[A-Za-z’']+", m.group(0)) if w.lower() not in SMALL_WORDS]
        for i in range(len(words)):
            for j in range(i + 3, len(words) + 1):
                run = tuple(words[i:j])
                out.append(("".join(w[0] for w in run), run))
    return out


#: Short forms and plain phrases people type for what the papers always write formally
#: ("Leics" for Leicestershire, "lined up" for planned): a question is read with the
#: papers' word, or nothing in the papers matches it.
_INFORMAL = {
    "lined up": "planned",
    "leics": "Leicestershire",
    "govt": "government",
    "gov't": "government",
    "gov’t": "government",
    "dept": "department",
    "yr": "year",
    "yrs": "years",
    "mtg": "meeting",
    "mtgs": "meetings",
}
_INFORMAL_ALTERNATIVES = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in _INFORMAL)
#: "lined up with the plan" means aligned, not planned.
_INFORMAL_WORD = re.compile(rf"\b(?:{_INFORMAL_ALTERNATIVES})\b(?!\s+with\b)", re.IGNORECASE)


#: "Who was in charge of the December 2020 meeting?", "who presided over it?": the minutes
#: mark who chaired it.
_RAN_MEETING = re.compile(
    r"\b(?:was|were)\s+in\s+charge\s+of(?=\s+(?:the\s+|that\s+)?(?:(?:last|latest|previous|"
    r"\d{1,2}(?:st|nd|rd|th)?|\d{4}|board|online|virtual|remote|(?-i:[A-Z][\w-]*))\s+){0,5}"
    r"meeting\b"
    r"(?=\s*(?:[?,.;]|$)|\s+(?:on|of|in|held|at)\b))"
    r"|\bpresided\s+over\b",
    re.IGNORECASE,
)
#: "Who took us through the figures?", "who talked members through it?": who presented.
_TOOK_THROUGH = re.compile(
    r"\b(?:took|taken|takes|talked|walked|led)\s+(?:us|the\s+board|members|the\s+members|"
    r"everyone|them)\s+through\b",
    re.IGNORECASE,
)


def formal_words(question: str) -> str:
    """The question with the short forms of `_INFORMAL` written as the papers write them,
    keeping a capital where the question had one ("Dept for Education"), and who was in
    charge of a meeting asked as who chaired it, who took the Board through a paper as who
    presented it, and without the fillers of speech (`_FILLER`)."""

    def formal(m: re.Match[str]) -> str:
        word = _INFORMAL[" ".join(m.group(0).lower().split())]
        return word[0].upper() + word[1:] if m.group(0)[0].isupper() else word

    question = _FILLER.sub("", _TOOK_THROUGH.sub("presented", question))
    return _RAN_MEETING.sub("chaired", _INFORMAL_WORD.sub(formal, question))


#: Words of speech that add nothing a passage must hold ("has it actually gone out?"), yet
#: are rare in the papers, so the keyword search weighs them high ("don't actually know").
_FILLER = re.compile(r"(?<=\s)(?:actually|really|basically|literally|honestly)\s+", re.IGNORECASE)


def with_initials(have: set[str], spelled: tuple[tuple[str, str], ...]) -> set[str]:
    """A passage's stems with the initials whose spelled-out name it holds ("Clinical
    Commissioning Groups" holds "ccg"), for `spelled` pairs of initials and name."""
    held = {letters for letters, name in spelled if (terms := term_set(name)) and terms <= have}
    return have | held if held else have
