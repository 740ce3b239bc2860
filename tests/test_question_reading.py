"""How questions are read (`query.understand`, `words.formal_words`): ninth- and tenth-session cases."""

from __future__ import annotations

from datetime import date

from boardqa.query import understand
from boardqa.words import formal_words


def test_who_a_thing_will_be_aimed_at_asks_for_a_group_not_a_person():
    assert understand("Who will the second cohort be aimed at?").asks == "what"
    assert understand("Who would the grant be meant for?").asks == "what"
    assert understand("Who will lead the second cohort?").asks == "who"


def test_the_chair_of_a_body_named_by_its_initials_is_not_the_meeting_chair():
    assert not understand("Who chairs JCAB for the county council?").chair
    assert understand("Who chaired the LSCSB in March 2021?").chair
    assert understand("Who chaired the SCSB meeting in December 2020?").chair


def test_who_was_in_charge_of_a_meeting_asks_who_chaired_it():
    assert formal_words("Who was in charge of the December 2020 meeting?") == (
        "Who chaired the December 2020 meeting?"
    )
    assert formal_words("Who presided over the October 2018 board?") == (
        "Who chaired the October 2018 board?"
    )
    for other in (
        "Who is in charge of the survey?",
        "Who was in charge of the board's response to Covid?",
        "Who is in charge of the Violence Reduction Board now?",
        "Who was in charge of the meeting's agenda?",
        "Who was in charge of the meeting minutes?",
    ):
        assert formal_words(other) == other


def test_what_a_meeting_agreed_is_a_decision_but_a_scene_it_approved_in_is_not():
    assert understand(
        "What did the December 2020 meeting agree about the probation service?"
    ).decision
    assert not understand(
        "The 1 October 2018 meeting approved the minutes of the previous meeting - when was it?"
    ).decision
    # A member asks as the Board: "what did we agree / approve".
    assert understand("What did we agree at the last meeting about the action log?").decision
    assert understand("Did we approve the Community Safety Agreement in October 2018?").decision


def test_a_follow_up_asked_of_an_item_is_its_whole_resolved_block():
    from boardqa.answer.decisions import relevant_resolutions

    block = [
        {"text": "That the contents of the presentation be noted;", "number": "(a)"},
        {
            "text": "That a representative be invited to give a further presentation.",
            "number": "(b)",
        },
    ]
    asked = "After Bob Bearne's presentation at the December 2020 board, what follow-up did the Board ask for?"
    assert relevant_resolutions(asked, "5. National Probation Service", block) == block


def test_one_resolution_does_not_answer_for_a_subject_the_question_adds_to_its_item():
    from boardqa.answer.decisions import relevant_resolutions

    minute = "27. Domestic and Sexual Violence and Abuse Re-procurement"
    block = [{"text": "That the work being undertaken to recommission the services be noted."}]
    added = "What was decided about UAVA's existing DSVA contract in December 2020?"
    assert relevant_resolutions(added, minute, block) == []
    # One word the title lacks ("draft") does not make another subject.
    drafted = "What did members resolve about the draft re-procurement of abuse services?"
    assert relevant_resolutions(drafted, minute, block) == block


def test_which_were_the_three_things_asks_for_three_names():
    from boardqa.answer.kinds import names_asked

    assert names_asked("Which were the original three People Zones?") == ("three", 3)
    assert names_asked("What are the four sub groups of the SPB?") == ("four", 4)
    assert names_asked("Which three areas were the People Zones?") == ("three", 3)
    assert names_asked("What were the People Zones for?") is None
    assert names_asked("What were the first three months of the pilot like?") is None
    assert names_asked("What were the first three priorities?") == ("three", 3)
    assert names_asked("What are the five-year targets?") is None


def test_which_kind_of_person_with_a_word_before_it_asks_who():
    assert understand("Which elected members sit on the lead member group?").asks == "who"
    assert understand("What other officers attended the October 2018 meeting?").asks == "who"
    assert understand("Which lead member group met quarterly?").asks != "who"
    assert understand("What did members decide about the agreement?").asks != "who"
    assert understand("What stops people reporting hate crime?").asks != "who"
    assert understand("Which two members were absent?").asks == "who"
    assert understand("Which co-opted members attended?").asks == "who"
    assert understand("What prevents members from attending meetings?").asks != "who"


def test_where_to_find_a_thing_needs_a_verb_of_finding():
    from boardqa.answer.kinds import POINTS_TO, WHERE_TO_FIND

    assert WHERE_TO_FIND.search("The dashboard is not printed now - where do I go to look at it?")
    assert not WHERE_TO_FIND.search("Where do we stand on the budget?")
    assert not WHERE_TO_FIND.search("Where do members sit on the panel?")
    assert POINTS_TO.search("The dashboard can be viewed via the Online performance portal.")
    assert not POINTS_TO.search("Officers were seen on patrol in the town centre.")
    assert not POINTS_TO.search("Figures are published on a quarterly basis.")


def test_a_month_with_no_year_is_the_meeting_held_that_month():
    from datetime import date

    from boardqa.question_periods import scope_of

    known = [date(2018, 10, 1), date(2018, 12, 10), date(2020, 12, 11), date(2021, 6, 18)]
    asked = "What did the OPCC report in June say about People Zones?"
    assert scope_of(asked, asked, known).meetings == (date(2021, 6, 18),)
    # Two Decembers: both are favoured, neither filters.
    december = "What did the Board hear in December about hate crime?"
    scope = scope_of(december, december, known)
    assert scope.meetings == () and scope.boost_meetings == (date(2018, 12, 10), date(2020, 12, 11))
    # A month that names no paper is a time the papers write about: favoured, not filtered.
    happened = "What happened in June to People Zones?"
    scope = scope_of(happened, happened, known)
    assert scope.meetings == () and scope.boost_meetings == (date(2021, 6, 18),)
    # A month with its year is a month, not this rule's.
    dated = "What did the OPCC report in June 2021 say?"
    assert scope_of(dated, dated, known).meetings == (date(2021, 6, 18),)
    assert scope_of("Is May a good month?", "Is May a good month?", known).meetings == ()


def test_last_and_a_month_is_the_latest_meeting_held_that_month():
    from boardqa.query import understand

    known = [date(2018, 10, 1), date(2018, 12, 10), date(2020, 12, 11), date(2021, 3, 19)]
    assert understand("Who took us through the figures last December?", known).meetings == (
        date(2020, 12, 11),
    )
    assert understand("From last December's log, what is open?", known).meetings == (
        date(2020, 12, 11),
    )
    # A year after the month is that month's, and a month with no meeting filters nothing.
    assert understand("What was said last December 2018?", known).meetings == (date(2018, 12, 10),)
    assert understand("What was reported last May?", known).meetings == ()


def test_taking_the_board_through_a_paper_is_presenting_it():
    from boardqa.words import formal_words

    assert formal_words("Who took us through the Q2 figures?") == "Who presented the Q2 figures?"
    assert formal_words("who talked the Board through it") == "who presented it"
    assert formal_words("Who went through the figures?") == "Who went through the figures?"


def test_the_log_alone_is_the_action_log():
    from boardqa.query import understand

    assert understand("What is still open on the log?").kinds == ("action_log",)
    assert understand("What does the login page say?").kinds != ("action_log",)


def test_the_chairs_of_another_body_named_before_them_are_not_the_boards_chair():
    for asked in ("Who wrote to the CSP chairs, and when?", "Who is the Network chair?"):
        assert understand(asked).chair is False, asked
    for asked in ("Who was the Board chair in 2018?", "Who was the LSCSB chairman?"):
        assert understand(asked).chair is True, asked


def test_still_in_the_present_asks_for_the_latest_state():
    assert understand("Is Lord Bach still the police and crime commissioner?").recent is True
    assert understand("Is action 6 still open?").recent is True
    assert understand("Will LLR still be a single delivery unit afterwards?").recent is False
    assert understand("How many lines are active at the moment?").recent is True


def test_an_online_meeting_in_charge_of_is_chaired():
    from boardqa.words import formal_words

    assert formal_words("Who was in charge of the December 2020 online meeting?") == (
        "Who chaired the December 2020 online meeting?"
    )


def test_irregular_past_forms_meet_their_verbs():
    from boardqa.words import stem, term_set

    assert stem("led") == stem("leading") == stem("leads")
    assert stem("wrote") == stem("writes") and stem("won") == stem("wins")
    assert "lead" in term_set("it is being led by Liz McDermott")
    # A past form that is a word of its own in the papers keeps its own stem.
    assert stem("met") != stem("meeting")


def test_whether_someone_still_holds_a_role_asks_who_holds_it_now():
    from boardqa.focus import as_role_question, role_asked

    assert as_role_question("Is Lord Bach still the PCC?") == "Who is the PCC now?"
    assert as_role_question("Is action 6 still open?") == "Is action 6 still open?"
    assert role_asked("Who is the Community Safety Coordinator now?") == (
        "Community Safety Coordinator"
    )


def test_a_hand_in_date_is_a_deadline():
    from boardqa.plain import plain_words

    assert "deadline" in plain_words("What's the hand-in date for the bid?").papers_words()


def test_what_the_board_is_being_asked_to_do_is_a_recommendation():
    assert understand("What is the board being asked to do about Prevent?").recommendation
    assert understand("Were members being asked to approve it?").recommendation


def test_whos_the_role_asks_for_the_role_whatever_it_is_about():
    from boardqa.focus import role_asked

    assert role_asked("Who's the officer to contact about it?") == "officer to contact"
    assert role_asked("Who is the contact officer regarding that?") == "contact officer"
    # A topic of its own stays in the question: the contact for county lines is not any.
    assert role_asked("Who's the officer to contact about county lines?") != "officer to contact"
    assert role_asked("Who's leading the work?") is None


def test_a_last_month_long_before_the_latest_meeting_is_a_time_the_archive_lacks():
    known = [date(2018, 10, 1), date(2020, 12, 11), date(2021, 6, 18)]
    october = understand("What did the Board discuss last October?", known)
    assert october.meetings == () and october.unknown_period == "October 2020"
    march = understand("Where did the last march by the far right take place?", known)
    assert march.meetings == () and march.unknown_period is None


def test_a_log_that_is_not_the_action_log_is_not_read_as_one():
    assert understand("Who keeps the decision log?").kinds != ("action_log",)
    assert understand("How do I log in to the portal?").kinds != ("action_log",)


def test_still_with_a_time_asks_of_that_time():
    from boardqa.focus import as_role_question

    asked = "Is Lord Bach still the PCC in March 2021?"
    assert as_role_question(asked) == asked


def test_money_handed_out_is_not_a_paper_circulated():
    from boardqa.plain import plain_words

    assert "circulated" not in plain_words("How much funding was handed out?").papers_words()
    assert "circulated" in plain_words("Was the link sent round?").papers_words()


def test_an_instruction_after_the_question_is_not_more_to_look_for():
    from boardqa.clauses import without_instructions

    assert without_instructions("Who presented it, and in what role? Cite the minutes.") == (
        "Who presented it, and in what role?"
    )
    assert without_instructions("Who is to present item 8? Give name and rank as printed.") == (
        "Who is to present item 8?"
    )
    assert without_instructions("List the minimum standards for CSPs.") == (
        "List the minimum standards for CSPs."
    )


def test_a_year_in_brackets_after_a_name_is_the_titles_not_a_period():
    known = [date(2018, 12, 10), date(2021, 3, 19)]
    asked = understand(
        "What does the Female Offender Strategy (2018) say, per the March 2021 report?", known
    )
    assert asked.compare == () and asked.meetings == (date(2021, 3, 19),)


def test_what_a_thing_is_called_asks_for_its_name_not_a_state():
    assert understand("Is there a toolkit linked from it? What's it called?").focus is None
    assert understand("Was the bid successful?").focus is not None


def test_second_review_readings():
    from boardqa.answer.persons import has_person
    from boardqa.clauses import without_instructions
    from boardqa.question_periods import named_periods

    for asked in (
        "Hate incidents in 2018. Give the rate per thousand.",
        "Was it 5? Give the 2021 figure too.",
    ):
        assert without_instructions(asked) == asked
    known = [date(2020, 12, 11), date(2021, 3, 19), date(2021, 6, 18)]
    assert understand("who presented last june?", known).meetings == (date(2021, 6, 18),)
    assert named_periods("What was the burglary rate (2018)?")
    assert understand("What does the log of hate incidents show?").kinds != ("action_log",)
    asked = "Who attended from North West Leicestershire District Council?"
    assert has_person("Present: Chris Brown North West Leicestershire District Council", asked)
    assert not has_person(
        "Apologies for absence: North West Leicestershire District Council", "Who?"
    )
