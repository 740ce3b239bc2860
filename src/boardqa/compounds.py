"""A word the question hyphenates and the papers write apart (pure).

A reader joins a measure's words with hyphens ("the violence-with-injury rate", "first-time
entrants") where the papers write them apart ("Violence with injury offences have continued to
rise …"). As one word, the compound meets nothing: the keyword search and every check on the
words a passage must hold saw "violence-with-injury", which no paragraph holds, and the
question was answered from the hospital admissions for violence. Here such a compound of three
words or more is written apart when the archive never writes it joined and holds each of its
words; one the papers write joined stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from boardqa.words import STOPWORDS, content_terms, stem

#: Three words or more joined ("violence-with-injury", "out-of-court"): a phrase made an
#: adjective. Two words joined ("high-risk", "follow-up", "area-wide") are often one word to
#: the papers too, and written apart they meet every paragraph on "risk" or "area": measured
#: on evals/, that lost more answers than it found.
_COMPOUND = re.compile(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+){2,}(?![\w-])")


def _known(word: str, known: Callable[[str], bool]) -> bool:
    """Whether the archive holds the word (as its stemmed content term)."""
    terms = content_terms(word)
    return bool(terms) and all(known(stem(t)) for t in terms)


def written_apart(question: str, known: Callable[[str], bool]) -> str:
    """`question` with each hyphenated compound the archive never writes joined, and whose
    words it holds, written as separate words. `known` says whether a stemmed term is the
    archive's."""

    def apart(m: re.Match[str]) -> str:
        word = m.group(0)
        if _known(word, known):
            return word
        parts = word.split("-")
        content = [p for p in parts if p.lower() not in STOPWORDS]
        if content and all(_known(p, known) for p in content):
            return " ".join(parts)
        return word

    return _COMPOUND.sub(apart, question)
