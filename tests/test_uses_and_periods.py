"""What an answer is for, and the period each part of a question names: a use said around
the question ("For a speech on …", "… so that her work can be credited", "What can the
Commissioner say …"), a month the papers name without its year, a paper written years before
the month asked about, and a period that belongs to one part of a question only. From
reading blind49 (the Commissioner's speechwriter) and blind50 (a district locality officer)
in the twenty-eighth session."""

from __future__ import annotations

from boardqa.answer.kinds import lists_names, names_asked
from boardqa.ask_parts import _anothers_period
from boardqa.clauses import sub_questions
from boardqa.further_hits import dated_in, written_long_before
from boardqa.purpose import without_purpose


def test_a_use_before_the_question_goes_and_its_topic_stays():
    assert without_purpose("For the newsletter, who chaired the October 2018 meeting?") == (
        "Who chaired the October 2018 meeting?"
    )
    assert without_purpose(
        "For a feature on Safer Streets, which areas were shortlisted for round two?"
    ) == ("On Safer Streets, which areas were shortlisted for round two?")
    assert without_purpose(
        "For the Prevent section of the annual report, what guidance was published?"
    ) == ("On Prevent, what guidance was published?")
    # An audience is not a topic.
    assert without_purpose("For a talk to young people, what does the survey ask?") == (
        "What does the survey ask?"
    )
    assert without_purpose(
        "So that the briefing gets the figures right, what was the burglary rate?"
    ) == ("What was the burglary rate?")


def test_a_use_after_the_question_goes():
    assert without_purpose("Who wrote the hate strategy update, so that she can be credited?") == (
        "Who wrote the hate strategy update?"
    )
    assert without_purpose("How much did the bid win, so the Commissioner can announce it?") == (
        "How much did the bid win?"
    )
    # "so that … can be shared" may be what was asked: it stays.
    kept = "What did the report recommend, so that lessons could be shared?"
    assert without_purpose(kept) == kept


def test_what_the_commissioner_can_say_is_the_question_it_wraps():
    assert without_purpose(
        "What can the Commissioner say the board agreed about the Community Safety Agreement?"
    ) == ("What did the board agree about the Community Safety Agreement?")
    assert without_purpose("When can we say the campaign was launched?") == (
        "When was the campaign launched?"
    )
    assert without_purpose("What can the Commissioner say was agreed in May 2021?") == (
        "What was agreed in May 2021?"
    )
    assert without_purpose("What figure can be quoted for home fire safety visits?") == (
        "What figure is given for home fire safety visits?"
    )
    assert without_purpose("What figure can the PCC quote for the new duty funding?") == (
        "What figure is given for the new duty funding?"
    )
    # Questions with no use in them are left alone, case and all.
    for plain in ("action 5 status?", "For the 2019/20 year, what was the figure?"):
        assert without_purpose(plain) == plain


def test_the_commissioner_s_use_does_not_decline_what_the_board_agreed(answerer):
    answer = answerer.ask(
        "What can the Commissioner say the Board agreed about the Community Safety Agreement "
        "when it came before members in October 2018?"
    )
    assert not answer.abstained, answer.text
    assert "continued work to develop" in answer.text


def test_a_month_without_its_year_is_the_papers_month():
    june_2021 = {
        "text": "Paul Hindson presented at the last SOG meeting in May.",
        "meeting_date": "2021-06-18",
    }
    assert dated_in(june_2021, ((2021, 5),))
    assert not dated_in(june_2021, ((2020, 5),))
    # "may" the verb is no month.
    assert not dated_in({"text": "Members may attend.", "meeting_date": "2021-06-18"}, ((2021, 5),))
    # A month after the meeting's own is that month of the year before, or the plan for it.
    march_2021 = {"text": "The survey went out in November.", "meeting_date": "2021-03-19"}
    assert dated_in(march_2021, ((2020, 11),))


def test_papers_written_years_before_the_month_asked_cannot_report_it():
    october_2018 = {"meeting_date": "2018-12-10"}
    assert written_long_before(october_2018, ((2021, 5),))
    assert not written_long_before(october_2018, ((2019, 6),))
    assert not written_long_before({"meeting_date": "2021-06-18"}, ((2021, 5),))


def test_what_was_agreed_in_a_month_is_read_from_the_papers_of_that_time(answerer):
    answer = answerer.ask(
        "What was agreed in May 2021 about the revised terms of reference and the Strategic "
        "Partnership Board's work?"
    )
    assert not answer.abstained, answer.text
    assert str(answer.citations[0].meeting_date) == "2021-06-18", answer.text
    assert "Paul Hindson" in answer.text


def test_an_undated_time_after_and_opens_a_part_of_its_own():
    assert sub_questions(
        "Which areas were shortlisted for round two in March 2021, and by June how much had "
        "the town centres bid secured?"
    ) == [
        "Which areas were shortlisted for round two in March 2021",
        "by June how much had the town centres bid secured",
    ]
    # A dated one is a period the question compares, searched period by period.
    assert (
        sub_questions(
            "When was the service to start in December 2018, and by December 2020 when was it "
            "to start instead?"
        )
        == []
    )


def test_a_period_belongs_to_the_part_that_names_it():
    part = "What was the repeat referral rate in the rolling 12 months to June 2018"
    assert _anothers_period("quarter 3", part)
    assert _anothers_period("Q3", part)
    assert not _anothers_period("June", part)
    assert not _anothers_period("quarter 2", "What share agreed in Q2 2018/19")
    # A part with no period of its own takes the question's.
    assert not _anothers_period("quarter 2", "what is the usual range of responses")
    assert not _anothers_period("Rutland", part)


def test_each_part_of_a_two_period_question_is_answered_in_its_own_period(answerer):
    answer = answerer.ask(
        "What was the repeat MARAC referral rate in the rolling 12 months to June 2018, and "
        "where did it sit in the Q3 2020/21 performance report?"
    )
    assert not answer.abstained, answer.text
    assert "39%" in answer.text and "50%" in answer.text
    answer = answerer.ask(
        "What was the residential burglary rate per 1,000 population on the Q2 2018/19 "
        "dashboard, and what had that come down to by the Q3 2020/21 performance report?"
    )
    assert not answer.abstained, answer.text
    assert "4.90" in answer.text and "2.8" in answer.text


def test_places_asked_for_by_name_are_a_list_of_names_not_the_question_s():
    assert names_asked("Which areas did the OPCC shortlist?") == ("", 2)
    assert names_asked("Who chaired the meeting?") is None
    listed = "Shortlisted areas: City/Blaby and Hinckley and Lutterworth were selected."
    assert lists_names(listed, ("", 2), "Which areas were shortlisted?")
    question = "Which towns will have reporting centres in Leicester, Leicestershire and Rutland?"
    said = "A talk will be given by the Head of Probation - Leicester, Leicestershire and Rutland."
    assert not lists_names(said, ("", 2), question)


def test_the_areas_shortlisted_and_what_the_bid_won_later_are_both_answered(answerer):
    answer = answerer.ask(
        "Which areas did the OPCC shortlist for its Safer Streets round two bids in March "
        "2021, and by June how much had the town centres bid won?"
    )
    assert not answer.abstained, answer.text
    assert "City/Blaby" in answer.text and "£432,000" in answer.text


def test_whom_to_thank_is_who_took_part():
    assert without_purpose(
        "Which speakers should the Commissioner thank for taking part in the showcase event?"
    ) == ("Which speakers taking part in the showcase event?")
    # What someone did thank is asked of the papers.
    asked = "Which partner did Lord Bach thank at the October 2018 meeting?"
    assert without_purpose(asked) == asked


def test_a_part_of_a_total_the_question_gives_is_not_the_total(answerer):
    answer = answerer.ask(
        "Of the 59 new jobs the Glen Parva prison project created, how many were filled by "
        "people from Blaby?"
    )
    assert answer.abstained, answer.text
    answer = answerer.ask(
        "Of the 20 delegates on the Community Leadership Programme, how many graduated?"
    )
    assert not answer.abstained, answer.text
    assert "18 of the 20 delegates" in answer.text


def test_what_a_bid_went_on_to_win_turns_on_winning():
    from boardqa.question_verbs import verb_asked

    focus = verb_asked("How much did the Parks bid for Safer Streets 3 go on to win?")
    assert focus is not None and focus.word == "win"


def test_schools_and_addresses_are_asked_for_by_name(answerer):
    answer = answerer.ask(
        "Which schools across Leicestershire are running Mentors in Violence Prevention?"
    )
    assert answer.abstained, answer.text
    assert "school" in answer.text
    answer = answerer.ask("What is the postal address of the Coalville probation office?")
    assert answer.abstained, answer.text
    assert "address" in answer.text


def test_a_kind_of_council_before_a_post_asks_for_the_person():
    from boardqa.answer.abstain import _WHICH_NAMED
    from boardqa.focus import role_asked

    asked = (
        "Which County Council community safety officer, the lead on hate, prepared the "
        "December 2018 report on the Strategy Statement for Tackling Hate?"
    )
    assert _WHICH_NAMED.search(asked) is None  # a person is asked for, not a council
    assert _WHICH_NAMED.search("Which council got the most money?")
    assert role_asked(asked) == "Report Author"


def test_topics_asked_about_are_what_a_survey_covers(answerer):
    answer = answerer.ask("What topics does the OPCC's youth perception survey cover?")
    assert not answer.abstained, answer.text
    assert any("knife crime" in c.text for c in answer.citations), answer.text


def test_a_paper_s_title_does_not_date_a_deed():
    from boardqa.answer.evidence import _NAMES_A_PAPER

    assert not _NAMES_A_PAPER.search("When did construction start on the new prison?")
    assert _NAMES_A_PAPER.search("When was the Glen Parva newsletter issued?")


def test_the_first_of_these_points_back_to_the_sentence_before(answerer):
    from boardqa.answer.units import _ANAPHOR

    assert _ANAPHOR.match("The first of these meetings is scheduled for January 2019.")
    assert _ANAPHOR.match("Both of them were approved.")
    assert not _ANAPHOR.match("The first meeting was held in October.")
    answer = answerer.ask(
        "When were the twice-yearly OPCC events with the partnerships, to set budgets, to start?"
    )
    assert not answer.abstained, answer.text
    assert "January 2019" in answer.text


def test_where_a_county_stands_against_its_neighbours_is_its_rank(answerer):
    answer = answerer.ask(
        "In the Q2 2018/19 Safer Communities dashboard, where did the county stand against its "
        "nearest neighbours for vehicle crime?"
    )
    assert not answer.abstained, answer.text
    assert "6/9" in answer.text


def test_what_someone_agreed_to_do_is_their_undertaking(answerer):
    answer = answerer.ask(
        "What did Rik Basra agree to do about the reoffending figures when the Board met in "
        "October 2018?"
    )
    assert not answer.abstained, answer.text
    assert "new ways to get meaningful data" in answer.text


def test_a_paper_asked_for_by_its_owner_is_answered_by_its_title(answerer):
    from boardqa.answer.evidence import _ASKS_TITLED, _GIVES_TITLE

    asked = _ASKS_TITLED.search("Which Home Office report does the strategy quote?")
    assert asked is not None and asked.group("whose").strip() == "Home Office"
    assert _ASKS_TITLED.search("Which report author wrote it?") is None
    assert _GIVES_TITLE.search("The Home Office’s ‘Action Against Hate’ report 2016 details:")
    answer = answerer.ask(
        "Which Home Office report does the LLR Strategy Statement for Tackling Hate take its "
        "definition of a hate crime from?"
    )
    assert not answer.abstained, answer.text
    assert "Action Against Hate" in answer.text.split("[1]")[0]


def test_a_question_opening_on_the_time_it_reaches_asks():
    from boardqa.clauses import after_scene, asks_something

    assert asks_something("by the March 2021 meeting, what had happened to the strategy")
    assert (
        after_scene(
            "The trauma work began in September 2020; by the March 2021 meeting, what had "
            "happened to the outline strategy?"
        )
        == "by the March 2021 meeting, what had happened to the outline strategy?"
    )
