"""Everyday words and the papers' words for them (pure): "Which law says there has to be a
yearly agreement?" is answered by "The Crime and Disorder Act 1998 … places a statutory
requirement for the production of an annual …", which holds none of "law" or "yearly".

A question's everyday words (`plain_words.PLAIN_WORDS`) bring the papers' words into the
keyword search, and a passage that holds the papers' word is taken to hold the everyday one
when its share of the question's words is measured. The question's own words are kept, so the
share is of the words asked, and a passage in the question's own words loses nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from boardqa.plain_words import PLAIN_WORDS
from boardqa.words import term_set


@dataclass(frozen=True)
class PlainWords:
    """The everyday words a question uses, each (as stems) with the papers' words for it."""

    pairs: tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...] = ()
    #: The papers' words as the papers write them (stemming a stem again may change it).
    phrases: tuple[str, ...] = ()
    #: The papers' words (as stems) for everyday phrases of no content word of their own
    #: ("have to be in": "deadline"), which only these words can say was answered.
    unworded: tuple[frozenset[str], ...] = ()

    def says_unworded(self, have: set[str] | frozenset[str]) -> bool:
        """Whether a passage's stems hold the papers' word for such a phrase."""
        return any(alt <= have for alt in self.unworded)

    def papers_words(self) -> str:
        """The papers' words for the question's everyday ones, for the keyword search."""
        return " ".join(self.phrases)

    def credit(self, have: set[str] | frozenset[str]) -> set[str]:
        """`have` (a passage's stems) with the everyday words whose papers' word it holds: a
        passage that says "annual" holds "yearly"."""
        out = set(have)
        for plain, alternatives in self.pairs:
            if any(alt <= have for alt in alternatives):
                out |= plain
        return out


_FIRST_WORD = re.compile(r"\w+")


@cache
def _pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for every everyday word: spaced or hyphenated alike, a plural "s" allowed
    ("costs"), never inside a longer word or a contraction ("won't" is not "won"; "the VRU's
    budget" is the VRU's)."""
    alternatives = "|".join(re.escape(k).replace(r"\ ", r"[\s-]+") for k in keys)
    return re.compile(
        rf"(?<![\w-])(?:{alternatives})(?:s\b)?(?![\w-])(?!['’](?:t|ll|re|ve|d|m)\b)",
        re.IGNORECASE,
    )


def plain_words(question: str, table: dict[str, tuple[str, ...]] = PLAIN_WORDS) -> PlainWords:
    """The everyday words of `table` the question uses (longest first: "police boss" before
    "boss"), with the papers' words for each; words the question also says in the papers'
    own terms are left as they are."""
    # Only the entries whose first word the question holds can match: the pattern of all 605
    # took a third of a second to compile in every fresh process, one of a few is instant.
    said = {w.lower() for w in re.findall(r"\w+", question)}
    said |= {w[:-1] for w in said if w.endswith("s")}  # "costs": the entry is "cost"
    keys = tuple(
        sorted((k for k in table if _FIRST_WORD.match(k)[0] in said), key=lambda k: (-len(k), k))
    )
    if not keys:
        return PlainWords()
    own = term_set(question)
    pairs, phrases, unworded = [], [], []
    for m in _pattern(keys).finditer(question):
        said = m.group(0).lower()
        key = " ".join(said.replace("-", " ").split())
        papers = (
            table.get(key)
            or table.get(said)
            or table.get(key.removesuffix("s"))
            or table.get(said.removesuffix("s"))
        )
        if not papers:
            continue
        plain = frozenset(term_set(m.group(0)))  # as the question spells it
        kept = [p for p in papers if term_set(p) and not term_set(p) <= own]
        # "have to be in" holds no content word to credit, but its papers' word ("deadline")
        # still joins the keyword search.
        if plain and kept:
            pairs.append((plain, tuple(frozenset(term_set(p)) for p in kept)))
        elif not plain:
            unworded += [frozenset(term_set(p)) for p in kept]
        phrases += kept
    return PlainWords(tuple(pairs), tuple(phrases), tuple(unworded))
