"""Typing slips read as the archive's words (`spelling.Speller`), and left alone when the word
is English, short, or has no single likeliest reading."""

from __future__ import annotations

from boardqa.spelling import Speller, read_as

WORDS = {
    "commissioner": 40,
    "community": 90,
    "referrals": 12,
    "hindson": 9,
    "setting": 3,
    "have": 50,
    "hate": 7,
    "logic": 2,
}
CAPITALISED = {"commissioner": 30, "hindson": 9, "community": 20}
ENGLISH = {"boss", "turnout", "troll", "annex", "commissioner", "community", "setting", "have"}


def _speller(words: dict[str, int] | None = None) -> Speller:
    return Speller(words or WORDS, ENGLISH.__contains__, CAPITALISED)


def test_a_slip_is_read_as_the_archives_word():
    speller = _speller()
    assert speller.meant("comissioner") == "commissioner"  # a letter left out
    assert speller.meant("referals") == "referrals"
    assert speller.meant("communtiy") == "community"  # two letters swapped
    assert speller.meant("comminity") == "community"  # a vowel for a vowel
    assert speller.meant("comunnity") is None  # two slips
    assert speller.meant("refferals") is None
    assert speller.respelled("What did Paul Hindsen's team say to the comissioner?") == (
        "What did Paul Hindson's team say to the commissioner?"
    )
    assert read_as(speller.slips("Hindsen said")) == "Read “Hindsen” as “Hindson”."


def test_other_differences_are_words_of_their_own():
    speller = _speller()
    assert speller.meant("halve") is None  # an extra consonant is no slip
    assert speller.meant("login") is None  # n and c are not neighbouring keys
    assert speller.meant("Harte", name=True) is None  # a name is read only as a name
    assert speller.meant("harte") is None


def test_english_words_short_words_and_first_letters_are_left_alone():
    speller = _speller()
    assert speller.meant("turnout") is None  # English, though the papers never use it
    assert speller.meant("trolling") is None  # an English word with an ending
    assert speller.meant("annexes") is None
    assert speller.meant("prioritise") is None  # a British spelling
    assert speller.meant("sett") is None  # too short to choose
    assert speller.meant("eetting") is None  # not "setting": the first letter is kept


def test_two_equally_likely_readings_choose_neither():
    assert _speller({"bitter": 2, "butter": 2}).meant("better") is None
    assert _speller({"bitter": 3, "butter": 2}).meant("better") == "bitter"


def test_a_question_with_slips_is_answered_as_if_spelt_right(seed_index):
    from boardqa.ask import Answerer
    from boardqa.services import Services, Settings

    answerer = Answerer(Services(Settings(index_dir=seed_index)))
    try:
        # Both were declined: "do not mention Hindsen", "give no count of referals".
        offered = answerer.ask("What did Paul Hindsen offer to present to the Board?")
        assert not offered.abstained and "Paul Hindson" in offered.text
        assert offered.question == "What did Paul Hindsen offer to present to the Board?"
        assert offered.notice == "Read “Hindsen” as “Hindson”."
        counted = answerer.ask("How many referals did UAVA get in 2018?")
        assert "992 referrals" in counted.text
    finally:
        answerer.close()


def test_a_last_letter_more_or_less_and_english_plurals_are_words_of_their_own():
    speller = Speller(
        {"burglary": 5, "endorsed": 3, "summarise": 2, "chairman": 9},
        {"burglar", "summary", "chairman"}.__contains__,
    )
    for word in ("burglar", "endorse", "summaries", "chairmen"):
        assert speller.meant(word) is None, word


def test_a_slip_on_a_word_the_archive_writes_otherwise_is_read_as_the_english_word():
    # The papers write "graduating"; "graudated" is one swap from "graduated", which the
    # stem then meets. Only one English reading, and only for longer words.
    english = ENGLISH | {"graduated", "separately", "incited", "conveyed", "conveys"}
    speller = Speller({**WORDS, "graduating": 1}, english.__contains__, CAPITALISED)
    assert speller.meant("graudated") == "graduated"
    assert speller.meant("seperately") == "separately"
    assert speller.meant("incitid") == "incited"
    assert speller.meant("incted") is None  # shorter than seven letters
    assert speller.meant("conveyd") is None  # "conveyed" or "conveys"? neither is chosen
    assert speller.meant("Graudated", name=True) is None  # a name is read only as the archive's
    # Only whole words of the vocabulary: "scaners" is "scan" + "ers" by the ending rules,
    # which would make up a word for "scamers".
    speller = Speller(WORDS, {"scan"}.__contains__, CAPITALISED)
    assert speller.meant("scamers") is None


def test_a_few_common_slips_on_short_words_are_undone():
    speller = _speller()
    assert speller.respelled("whats teh precept for 2021/22") == "what's the precept for 2021/22"
    assert speller.meant("waht") == "what"
    assert speller.meant("Teh", name=True) is None  # a name is read only as the archive's
    assert speller.meant("tha") is None  # other short words are never read again
