"""American spellings and terms are read as the papers write them ("behavior" as "behaviour",
"program" as "programme", "fiscal year" as "financial year"), and only when the archive writes
the British form and never the American. Found reading blind31 in the nineteenth session."""

from __future__ import annotations

from boardqa.british import as_british

ARCHIVE = {
    "behaviour",
    "programme",
    "programmes",
    "organisation",
    "centre",
    "financial",
    "offences",
    "neighbourhood",
    "meter",
    "year",
    "the",
    "anti-social",
}


def test_an_american_spelling_the_archive_writes_british_is_read_so():
    known = ARCHIVE.__contains__
    assert as_british("anti-social behavior programs", known) == "anti-social behaviour programmes"
    assert as_british("the organization's fiscal year", known) == (
        "the organisation's financial year"
    )
    assert (
        as_british("Violent offenses near the Center", known) == "Violent offences near the Centre"
    )
    assert as_british("neighborhood policing", known) == "neighbourhood policing"


def test_a_word_the_archive_writes_or_never_writes_british_stays():
    known = ARCHIVE.__contains__
    assert as_british("the meter", known) == "the meter"  # the archive writes it so
    assert as_british("a favorite color", known) == "a favorite color"  # nor either form


def test_an_american_question_is_answered(answerer):
    # "Behavior", capitalised, is a name the passages must mention: as written, none did.
    answer = answerer.ask("What is the Anti-Social Behavior indicator drawn from?")
    assert not answer.abstained
    assert "Community Based Survey" in answer.text
