"""Initials and the names they stand for, both ways (pure): "the Senior Officer Group" finds
"Work to realign SOG …", and "the CCGs" finds "Leicestershire Clinical Commissioning Groups",
as the archive writes each (the index's term counts and its `initials` map, `index.build`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from boardqa.answer.persons import only_ranks
from boardqa.words import SMALL_WORDS, spelled_initials, stem, term_set

#: Initials found in this many paragraphs or fewer are searched for by the name they stand for.
RARE_INITIALS = 3


@dataclass(frozen=True)
class Initials:
    """In how many paragraphs each stem occurs (`df`), and the name each run of initials most
    often stands for in the papers (`names`: "CCG": "Clinical Commissioning Groups")."""

    df: dict[str, int]
    names: dict[str, str]

    def of(self, text: str) -> dict[str, set[str]]:
        """The initials the text's spelled-out names go by in the papers (as the index spells
        its terms: "sog"), each with the stems of the words it stands for: "the Senior Officer
        Group" finds "Work to realign SOG …", which never spells the name out. A paragraph with
        the initials holds those words."""
        have = term_set(text)
        found = {
            letters.lower(): term_set(" ".join(words))
            for letters, words in spelled_initials(text)
            if letters.lower() in self.df and letters.lower() not in have
        }
        return {**self.in_lower_case(text), **found}

    def in_lower_case(self, text: str) -> dict[str, set[str]]:
        """The initials of the names the papers define that the text writes out in lower case
        ("folding the senior officers' group into …": "sog"), with any apostrophe or plural;
        `of` finds capitalised names by their runs."""
        have = term_set(text)
        said = f" {' '.join(_stems_in_order(text, lower_only=True))} "
        return {
            letters: set(stems.split())
            for letters, stems in self._written_names
            if letters not in have and f" {stems} " in said
        }

    @cached_property
    def _written_names(self) -> tuple[tuple[str, str], ...]:
        """The initials the papers write, each with its name's stems in order, as one string
        (words the initials skip left out): what `of` looks for in a question's words."""
        out = []
        for letters, name in self.names.items():
            stems = _stems_in_order(name)
            if letters.lower() in self.df and len(stems) >= 2:
                out.append((letters.lower(), " ".join(stems)))
        return tuple(out)

    def spelled_out(self, text: str) -> tuple[tuple[str, str], ...]:
        """The text's initials that the papers seldom write (in at most `RARE_INITIALS`
        paragraphs), each with the name the papers spell out instead: "the CCGs" is answered
        by the December 2020 minutes, which list "Leicestershire Clinical Commissioning
        Groups" among those present and never write "CCG". Initials the papers use freely
        ("PCC", "SOG") find their paragraphs by themselves; the Board's own ("LSCSB") are no
        search term, and a rank ("DCS O'Neill") names a person, not a subject."""
        out: dict[str, str] = {}
        for m in re.finditer(r"\b([A-Z]{3,6})s?\b", text):
            letters = m.group(1)
            name = self.names.get(letters)
            # As the index counts them: "CSPs" is the stem of "CSP", which is no rare word.
            stems = term_set(m.group(0))
            rare = stems and all(self.df.get(t, 0) <= RARE_INITIALS for t in stems)
            if name and rare and term_set(name) and not only_ranks(name):
                out[letters.lower()] = name
        return tuple(out.items())


def _stems_in_order(text: str, lower_only: bool = False) -> list[str]:
    """The stems of a text's words in order, without the small words initials skip ("Office
    of the …") and apostrophes ("Officers’" and "officers'" alike); with `lower_only`, a
    capitalised word breaks the run ("|")."""
    words = re.findall(r"[A-Za-z]+(?:[’'][a-z]+)?", text.replace("’s", "").replace("'s", ""))
    return [
        "|" if lower_only and w[0].isupper() else stem(w.lower())
        for w in words
        if w.lower() not in SMALL_WORDS
    ]
