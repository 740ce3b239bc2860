"""Faults a read-only review found in the sixteenth session, as a demanding user meets them: a
day something happened on read as a meeting the archive lacks ("What did the Home Office
launch on 28 January 2021?"), and "What does CSA stand for?" answered by paragraphs that only
use the initials."""

from __future__ import annotations

from datetime import date

from boardqa.answer.mentions import missing_from
from boardqa.answer.stands_for import initials_asked, spelled_out
from boardqa.query import understand
from seed_meetings import SEED_MEETINGS


def test_a_day_something_happened_on_favours_the_next_papers():
    intent = understand("What did the Home Office launch on 28 January 2021?", SEED_MEETINGS)
    assert intent.unknown_period is None
    assert intent.boost_meetings == (date(2021, 3, 19),)
    # A day still to come is reported by the latest papers.
    later = understand("What happens to probation on 26 June 2021?", SEED_MEETINGS)
    assert later.unknown_period is None and later.boost_meetings == (date(2021, 6, 18),)


def test_a_day_asked_of_a_meeting_is_still_a_meeting_the_archive_lacks():
    for asked in (
        "What was discussed on 3 March 2020?",
        "Who chaired the meeting on 3 March 2020?",
        "What did the Board decide on 3 March 2020?",
    ):
        assert understand(asked, SEED_MEETINGS).unknown_period == "2020-03-03"


def test_the_initials_a_question_asks_the_meaning_of():
    assert initials_asked("What does CSA stand for in the papers?") == "CSA"
    assert initials_asked("What is UAVA short for?") == "UAVA"
    assert initials_asked("what does C&DA stand for") == "C&DA"
    assert initials_asked("What does Safer mean?") is None
    assert initials_asked("What does the board mean by that?") is None


def test_initials_are_spelled_out_by_the_words_before_them_in_brackets():
    text = (
        "The Crime and Disorder Act 1998 (C&DA) places a statutory requirement for the "
        "production of an annual ‘Community Safety Agreement’ (CSA)."
    )
    assert spelled_out(text, "CSA") == "Community Safety Agreement"
    assert spelled_out(text, "C&DA") == "Crime and Disorder Act 1998"
    assert spelled_out("the PSDF (Probation Services Dynamic Framework) opens", "PSDF") == (
        "Probation Services Dynamic Framework"
    )
    # A person named before initials in brackets does not spell them out.
    assert spelled_out("led by Ivan Liburd (VRN) will provide", "VRN") is None


def test_what_initials_stand_for_is_cited_to_where_they_are_defined(answerer):
    answer = answerer.ask("What does CSA stand for in the board papers?")
    assert not answer.abstained
    assert answer.text.startswith("In the papers, CSA stands for Community Safety Agreement.")
    assert "(CSA)" in answer.citations[0].text


def test_a_day_something_happened_on_is_answered(answerer):
    answer = answerer.ask("What did the Home Office launch on 28 January 2021?")
    assert not answer.abstained
    assert "Safer Streets" in answer.text


def test_a_financial_year_is_named_by_the_span_of_its_days():
    row = "Funding Body: Rutland County Council; 1/4/16 – 31/3/17: £56,325"
    assert missing_from(["2016/17"], row) == []
    assert missing_from(["2017/18"], row) == ["2017/18"]
    assert missing_from(["2017/18"], "the NCA National Plan 2017-18") == []


def test_a_contribution_for_a_financial_year_is_read_off_the_table(answerer):
    answer = answerer.ask("How much did Rutland pay towards the contract in 2016/17?")
    assert not answer.abstained
    assert "£56,325" in answer.text


def test_an_empty_question_is_a_clear_error(tmp_path, capsys):
    from boardqa.cli import main

    assert main(["ask", "  ", "--index", str(tmp_path / "none")]) == 2
    assert capsys.readouterr().err.strip() == "boardqa ask: the question is empty"


def test_a_slides_list_whose_bullets_the_text_lost_is_quoted_in_full(answerer):
    answer = answerer.ask("Which types of crime did survey respondents most often experience?")
    assert not answer.abstained
    for item in ("Vehicle crime", "Violent crime", "Online crime", "Financial crime"):
        assert item in answer.text
    # A quote box split across lines after the list is no item of it.
    assert "Loud parties" not in answer.text


def test_a_with_inside_the_measures_name_is_no_comparison_to_rewrite(answerer):
    from boardqa.clauses import sub_questions

    asked = "What was the violence with injury rate in Q2 2018/19 and how does it compare with the region?"
    assert sub_questions(asked) == []
    council = "What share were satisfied with the council's response, and how did that compare with the police?"
    assert sub_questions(council)[1] == "What share were satisfied with the police"
    answer = answerer.ask(asked)
    assert "8.7" in answer.text and "does not say" not in answer.text
