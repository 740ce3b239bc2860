"""A compound the question hyphenates and the papers write apart ("the violence-with-injury
rate") is read as the papers' words. Found reading blind31 in the nineteenth session."""

from __future__ import annotations

from boardqa.compounds import written_apart
from boardqa.words import stem

ARCHIVE = {stem(w) for w in ["violence", "injury", "rate", "case", "managed", "reoffending"]}
ARCHIVE |= {"year-end"}


def test_a_compound_the_archive_writes_apart_is_written_apart():
    known = ARCHIVE.__contains__
    assert written_apart("the violence-with-injury rate", known) == "the violence with injury rate"
    assert written_apart("out-of-court disposals", {"out", "court"}.__contains__) == (
        "out of court disposals"
    )


def test_a_compound_the_archive_writes_joined_or_never_stays():
    known = ARCHIVE.__contains__
    assert written_apart("the year-end figure", known) == "the year-end figure"
    # Two words joined are often one word to the papers ("high-risk", "follow-up").
    assert written_apart("case-managed incidents", known) == "case-managed incidents"
    assert written_apart("a day-to-day task", {"day-to-day", "day"}.__contains__) == (
        "a day-to-day task"
    )
    # A word of it the archive never holds: nothing to gain by writing it apart.
    assert written_apart("a cyber-crime-unit rate", known) == "a cyber-crime-unit rate"


def test_the_hyphenated_measure_is_found(answerer):
    answer = answerer.ask("What was the violence-with-injury rate in the Q3 2020/21 report?")
    assert not answer.abstained
    assert "7.0 offences per 1000" in answer.text
