"""Typing slips in a question (pure): "comissioner", "refferals", "Hindsen". A word the archive
never uses and that is no English word is read as the archive's word one slip away from it
(a letter left out, added, changed or two swapped), so that the keyword search, re-ranking
and the checks on what a passage must mention all see the papers' spelling.

What counts as English is the embedding model's own vocabulary (a word it holds whole, not
in pieces): "boss" or "turnout" are words, left alone even though the papers never use them;
"comissioner" is not. Only words of five letters or more are read again: a short slip has too
many neighbours to choose from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

#: English endings a word may carry beyond the vocabulary's whole words.
_ENDINGS = ("ing", "ings", "ers", "er", "ed", "es", "s", "ly", "ness", "ment", "ments")
#: Words shorter than this are never read as slips.
MIN_LENGTH = 5
_WORD = re.compile(r"(?<![\w’'-])[A-Za-z][a-z]+(?![\w’'-])")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_slip(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter left out, added, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@dataclass
class Speller:
    """The archive's words (lowercase, with how often each occurs) and a test of whether a
    word is English; the neighbourhoods are built on first use, once per process."""

    words: Mapping[str, int]
    is_english: Callable[[str], bool]
    _by_delete: dict[str, list[str]] = field(default_factory=dict, init=False, repr=False)

    def _neighbourhood(self) -> dict[str, list[str]]:
        if not self._by_delete and self.words:
            for w in self.words:
                if len(w) >= MIN_LENGTH - 1:
                    for key in {w, *_deletes(w)}:
                        self._by_delete.setdefault(key, []).append(w)
        return self._by_delete

    def _english(self, w: str) -> bool:
        """A word of the vocabulary, or one with an English ending ("burglars", "annexes",
        "trolling", "fouled"), which the vocabulary holds in pieces."""
        if self.is_english(w):
            return True
        for ending in _ENDINGS:
            root = w[: -len(ending)]
            if w.endswith(ending) and len(root) >= 3:
                undoubled = root[:-1] if len(root) > 3 and root[-1] == root[-2] else root
                if any(self.is_english(r) for r in {root, undoubled, root + "e"}):
                    return True
        return False

    def meant(self, word: str) -> str | None:
        """The archive's word a slip stands for, or None: the word is the archive's, is
        English, is short, or has no single most frequent neighbour one slip away."""
        w = word.lower()
        if len(w) < MIN_LENGTH or w in self.words or self._english(w):
            return None
        index = self._neighbourhood()
        # People seldom slip on a word's first letter ("trolling" is not "rolling").
        found = {
            c
            for key in {w, *_deletes(w)}
            for c in index.get(key, ())
            if c[0] == w[0] and _one_slip(w, c)
        }
        if not found:
            return None
        ranked = sorted(found, key=lambda c: (-self.words[c], c))
        if len(ranked) > 1 and self.words[ranked[0]] == self.words[ranked[1]]:
            return None  # two equally likely readings: neither is chosen
        return ranked[0]

    def respelled(self, question: str) -> str:
        """The question with each slip written as the archive writes the word, keeping a
        capital where the question had one."""

        def fix(m: re.Match[str]) -> str:
            meant = self.meant(m.group(0))
            if meant is None:
                return m.group(0)
            return meant.capitalize() if m.group(0)[0].isupper() else meant

        return _WORD.sub(fix, question)
