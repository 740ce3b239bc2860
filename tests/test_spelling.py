"""Typing slips read as the archive's words (`spelling.Speller`), and left alone when the word
is English, short, or has no single likeliest reading."""

from __future__ import annotations

from boardqa.spelling import Speller

WORDS = {"commissioner": 40, "community": 90, "referrals": 12, "hindson": 9, "setting": 3}
ENGLISH = {"boss", "turnout", "troll", "annex", "commissioner", "community", "setting"}


def _speller(words: dict[str, int] | None = None) -> Speller:
    return Speller(words or WORDS, ENGLISH.__contains__)


def test_a_slip_one_letter_away_is_read_as_the_archives_word():
    speller = _speller()
    assert speller.meant("comissioner") == "commissioner"  # a letter left out
    assert speller.meant("comunnity") is None  # two slips
    assert speller.meant("refferals") is None
    assert speller.meant("referals") == "referrals"
    assert speller.meant("comminuty") is None
    assert speller.meant("communtiy") == "community"  # two letters swapped
    assert speller.respelled("What did Paul Hindsen say to the comissioner?") == (
        "What did Paul Hindson say to the commissioner?"
    )


def test_english_words_short_words_and_first_letters_are_left_alone():
    speller = _speller()
    assert speller.meant("turnout") is None  # English, though the papers never use it
    assert speller.meant("trolling") is None  # an English word with an ending
    assert speller.meant("annexes") is None
    assert speller.meant("sett") is None  # too short to choose
    assert speller.meant("eetting") is None  # not "setting": the first letter is kept


def test_two_equally_likely_readings_choose_neither():
    speller = _speller({"barter": 2, "banter": 2})
    assert speller.meant("batter") is None
    assert _speller({"barter": 3, "banter": 2}).meant("batter") == "barter"


def test_a_question_with_slips_is_answered_as_if_spelt_right(seed_index):
    from boardqa.ask import Answerer
    from boardqa.services import Services, Settings

    answerer = Answerer(Services(Settings(index_dir=seed_index)))
    try:
        # Both were declined: "do not mention Hindsen", "give no count of referals".
        offered = answerer.ask("What did Paul Hindsen offer to present to the Board?")
        assert not offered.abstained and "Paul Hindson" in offered.text
        assert offered.question == "What did Paul Hindsen offer to present to the Board?"
        counted = answerer.ask("How many referals did UAVA get in 2018?")
        assert "992 referrals" in counted.text
    finally:
        answerer.close()
