"""Typing slips in a question (pure): "comissioner", "referals", "Hindsen". A word the archive
never uses and that is no English word is read as the archive's word one slip away from it, so
that the keyword search, re-ranking and the checks on what a passage must mention all see the
papers' spelling. The answer says how the question was read.

Only the slips people make are undone: a letter left out, a vowel or a doubled letter typed
too many, a vowel typed for another or a key for the key beside it, two letters swapped.
Other differences are words of their own ("halve" is not "have", "login" not "logic"). A
slip on a word the papers write otherwise ("graudated"; they write "graduating") is read as
the one whole English word a slip away ("graduated"), which the stem then meets.

What counts as English is the embedding model's own vocabulary (a word it holds whole), with
English endings and British spellings: "boss", "turnout", "trolling", "prioritise" are words,
left alone though the papers never use them. A capitalised word inside the question is a name
and is read only as a name the archive writes ("Hindsen" as "Hindson", "Harte" never as
"hate"). Words shorter than five letters are never read again (too many neighbours), but
for a few slips with one reading only ("teh", "waht": `SHORT_SLIPS`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

#: Words shorter than this are never read as slips.
MIN_LENGTH = 5
#: Slips on short words too common to leave ("teh", "waht"): short words are otherwise never
#: read again (too many neighbours), but these have one reading only.
SHORT_SLIPS = {
    "teh": "the",
    "hte": "the",
    "adn": "and",
    "nad": "and",
    "waht": "what",
    "whta": "what",
    "wat": "what",
    "whats": "what's",
    "wehn": "when",
    "hwo": "how",
}
#: Words shorter than this are read only as the archive's words, never as other English ones.
ENGLISH_MIN_LENGTH = 7
#: A word as written, in the archive and in a question (a possessive "’s" may follow it).
WRITTEN_WORD = re.compile(r"(?<![\w’'-])[A-Za-z][a-z]+(?=[’']s\b|(?![\w’'-]))")
_VOWELS = frozenset("aeiouy")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
#: Keys beside each other on a row of the keyboard.
_BESIDE = {
    (row[i], row[j])
    for row in _ROWS
    for i in range(len(row))
    for j in (i - 1, i + 1)
    if 0 <= j < len(row)
}
#: English endings a word may carry beyond the vocabulary's whole words.
_ENDINGS = ("ing", "ings", "ers", "er", "ed", "es", "s", "ly", "ness", "ment", "ments")
#: British endings ("prioritise", "analyse", "organisation"): English whatever the stem.
_BRITISH = ("ise", "ised", "ises", "ising", "isation", "isations", "yse", "ysed", "ysing")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _extra_letter(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` with one letter more that a typist adds: a vowel, or a
    letter beside the same one ("comminssioner" has one slip, "refferals" two)."""
    for i in range(len(typed)):
        if typed[:i] + typed[i + 1 :] == meant:
            c = typed[i]
            if c in _VOWELS or (i > 0 and typed[i - 1] == c) or typed[i + 1 : i + 2] == c:
                return True
    return False


def is_slip(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` with one slip of the kinds the module names. A last letter
    more or less is a word of its own ("burglar", "endorse", "parolee"), not a slip."""
    if typed == meant or abs(len(typed) - len(meant)) > 1:
        return False
    if typed[:-1] == meant or meant[:-1] == typed:
        return False
    if len(typed) + 1 == len(meant):
        return any(meant[:i] + meant[i + 1 :] == typed for i in range(len(meant)))
    if len(typed) == len(meant) + 1:
        return _extra_letter(typed, meant)
    diff = [i for i in range(len(typed)) if typed[i] != meant[i]]
    if len(diff) == 1:
        a, b = typed[diff[0]], meant[diff[0]]
        return (a in _VOWELS and b in _VOWELS) or (a, b) in _BESIDE
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and typed[diff[0]] == meant[diff[1]]
        and typed[diff[1]] == meant[diff[0]]
    )


@dataclass
class Speller:
    """The archive's words (lowercase, with how often each occurs, and how often written with a
    capital) and a test of whether a word is English; the neighbourhoods are built on first
    use, once per process."""

    words: Mapping[str, int]
    is_english: Callable[[str], bool]
    capitalised: Mapping[str, int] = field(default_factory=dict)
    _by_delete: dict[str, list[str]] = field(default_factory=dict, init=False, repr=False)

    def _neighbourhood(self) -> dict[str, list[str]]:
        if not self._by_delete and self.words:
            for w in self.words:
                if len(w) >= MIN_LENGTH - 1:
                    for key in {w, *_deletes(w)}:
                        self._by_delete.setdefault(key, []).append(w)
        return self._by_delete

    def _english(self, w: str) -> bool:
        """A word of the vocabulary, with an English ending ("burglars", "trolling") or in
        its British spelling ("prioritise"), which the vocabulary holds otherwise."""
        if self.is_english(w):
            return True
        if w.endswith(_BRITISH):
            return True  # "prioritise", "analyse": the vocabulary may not hold even the "z"
        if w.endswith("ies") and self.is_english(w[:-3] + "y"):
            return True  # "summaries"
        if w.endswith("men") and self.is_english(w[:-3] + "man"):
            return True  # "chairmen"
        for ending in _ENDINGS:
            root = w[: -len(ending)]
            if w.endswith(ending) and len(root) >= 3:
                undoubled = root[:-1] if len(root) > 3 and root[-1] == root[-2] else root
                if any(self.is_english(r) for r in {root, undoubled, root + "e"}):
                    return True
        return False

    def meant(self, word: str, name: bool = False) -> str | None:
        """The archive's word a slip stands for, or None: the word is the archive's, is
        English, is short, or has no single most frequent neighbour one slip away (with the
        same first letter: people seldom slip on it). A `name` (capitalised inside the
        question) is read only as a word the archive mostly capitalises."""
        w = word.lower()
        if w in SHORT_SLIPS and not name:
            return SHORT_SLIPS[w]
        if len(w) < MIN_LENGTH or w in self.words or self._english(w):
            return None
        index = self._neighbourhood()
        found = {
            c
            for key in {w, *_deletes(w)}
            for c in index.get(key, ())
            if c[0] == w[0]
            and is_slip(w, c)
            and (not name or 2 * self.capitalised.get(c, 0) >= self.words[c])
        }
        if not found:
            return None if name else self._english_meant(w)
        ranked = sorted(found, key=lambda c: (-self.words[c], c))
        if len(ranked) > 1 and self.words[ranked[0]] == self.words[ranked[1]]:
            return None  # two equally likely readings: neither is chosen
        return ranked[0]

    def _english_meant(self, w: str) -> str | None:
        """The one English word a slip away from `w` when the archive has none ("graudated"
        → "graduated", which the papers write "graduating"): the search then meets the
        papers' forms through the stem. Only longer words, and only one reading."""
        if len(w) < ENGLISH_MIN_LENGTH:
            return None
        letters = "abcdefghijklmnopqrstuvwxyz"
        splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
        edits = {a + b[1:] for a, b in splits if b}
        edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        edits |= {a + c + b for a, b in splits for c in letters}
        edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
        # Whole words of the vocabulary only: the ending rules of `_english` would make up
        # words ("cyberbullysing").
        found = {m for m in edits if m[:1] == w[:1] and is_slip(w, m) and self.is_english(m)}
        return found.pop() if len(found) == 1 else None

    def slips(self, question: str) -> list[tuple[str, str]]:
        """Each slip in the question with the word it is read as, as the question writes it
        (a capital kept)."""
        out = []
        for m in WRITTEN_WORD.finditer(question):
            typed = m.group(0)
            name = typed[0].isupper() and bool(question[: m.start()].strip())
            meant = self.meant(typed, name)
            if meant is not None:
                out.append((typed, meant.capitalize() if typed[0].isupper() else meant))
        return out

    def respelled(self, question: str) -> str:
        """The question with each slip written as the archive writes the word."""
        read = dict(self.slips(question))
        return WRITTEN_WORD.sub(lambda m: read.get(m.group(0), m.group(0)), question)


def read_as(slips: list[tuple[str, str]]) -> str:
    """What the answer says of the slips it undid: 'Read “comissioner” as “commissioner”.'"""
    return "Read " + ", ".join(f"“{typed}” as “{meant}”" for typed, meant in slips) + "."
