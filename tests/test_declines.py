"""Declining what the archive cannot answer: ninth-session rules (`answer.abstain`)."""

from __future__ import annotations

from boardqa.answer.abstain import unknown_kind
from boardqa.words import term_set

KNOWN = term_set("the Hope Project evaluation was academic follow up areas zones salary")


def known(term: str) -> bool:
    return term in KNOWN


def test_a_kind_of_thing_the_papers_never_name_is_not_answered():
    asked = "Which university is carrying out the academic evaluation of the Hope Project?"
    assert unknown_kind(asked, known) == "the papers never mention any university"
    assert unknown_kind("What salary grade is the analyst post?", known) is None
    # A hyphenated word is known by its parts; a number word is no kind; an everyday word
    # with papers' words for it is known through them.
    assert unknown_kind("What follow-up did the Board ask for?", known) is None
    assert unknown_kind("Which three areas were the People Zones?", known) is None
    assert unknown_kind("Which cash was committed to the zones?", known) is None
