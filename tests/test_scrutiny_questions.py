"""Questions as a member of the Police and Crime Panel puts them (blind23, read in the
fifteenth session): a sentence of context before the question ("Referrals fell in 2020. What
total does the Q3 report give?"), a decision supposed rather than asked ("If the Board
approves the agreement, where will it be published?"), the papers' nouns asked by their kin
("what legislation" for "the Domestic Abuse Bill", "what changes" for "be amended"), and an
outcome that must be said of the bid named."""

from __future__ import annotations

from datetime import date

from boardqa.answer.kinds import has_date
from boardqa.answer.measures import measure_words
from boardqa.answer.mentions import missing_from
from boardqa.focus import Focus, done_in, focus_of, speaks_to
from boardqa.query import understand
from boardqa.question_verbs import speaks_of_verb, verb_asked
from boardqa.words import term_set
from seed_meetings import SEED_MEETINGS

MEETINGS = SEED_MEETINGS


def test_a_figure_with_a_thousands_comma_is_the_same_figure():
    assert missing_from(["1,000"], "5.02 per 1000 population") == []
    assert missing_from(["1000"], "2.8 offences per 1,000") == []
    assert missing_from(["1,000"], "a rise of 21000") == ["1,000"]


def test_a_perfect_tense_asks_for_the_object_not_its_verb():
    assert verb_asked("What amendments had it asked to be made to the wording?") is None
    assert verb_asked("Which company has won the contract?") == Focus("won")


def test_after_a_modal_a_plural_is_the_subject_not_the_verb():
    assert verb_asked("What legislation must partners prepare for?") is None
    assert verb_asked("Which areas did councils fund?") is None
    assert verb_asked("Which company will win the contract?") == Focus("win")


def test_a_compound_verb_is_read_in_its_irregular_forms():
    assert speaks_of_verb(Focus("oversee"), "the plan will be overseen by the Ops Group")
    assert speaks_of_verb(Focus("undertake"), "the review was undertaken in 2020")
    assert not speaks_of_verb(Focus("oversee"), "the plan was seen by the group")


def test_a_noun_is_met_by_the_papers_kin_for_it():
    bill = term_set("preparedness for the forthcoming Domestic Abuse Bill")
    assert speaks_to(Focus("legislation"), bill)
    assert speaks_to(Focus("changes"), term_set("the statement be amended in line with"))
    assert not speaks_to(Focus("legislation"), term_set("the forthcoming Board meeting"))


def test_a_supposed_decision_is_not_asked_about():
    supposed = "If the Board approves the agreement, where will the final version be published?"
    assert not understand(supposed, MEETINGS).decision
    assert understand("What did the Board approve about the agreement?", MEETINGS).decision


def test_which_person_at_the_end_of_the_question_asks_who():
    asked = "The operation against the county line was led by which officer?"
    assert understand(asked, MEETINGS).asks == "who"


def test_who_is_down_to_give_an_item_is_read_from_the_agenda():
    intent = understand("Who is down to give the communications item in March 2021?", MEETINGS)
    assert intent.asks == "who"
    assert "agenda" in intent.kinds


def test_a_year_an_event_happened_in_favours_but_does_not_bound():
    intent = understand("Which team disrupted in 2020 the county line in Coalville?", MEETINGS)
    assert intent.since is None
    assert intent.boost_meetings == (date(2020, 12, 11), date(2021, 3, 19))
    kept = understand("What was discussed in 2020 about anti-social behaviour?", MEETINGS)
    assert kept.since == date(2020, 1, 1)


def test_the_asked_parts_period_outranks_the_scenes_year():
    asked = "Referrals fell in 2020. What total does the Q3 2020/21 report give?"
    intent = understand(asked, MEETINGS)
    assert intent.since is None and intent.until is None
    assert date(2020, 12, 11) in intent.boost_meetings
    # The scene's year dates an asked month that has none: "the December report" of 2018.
    dated = understand("We looked at this in 2018. What did the December report say?", MEETINGS)
    assert (dated.since, dated.until) == (date(2018, 1, 1), date(2018, 12, 31))
    # A year things were counted in still bounds: counts are data, not events.
    counted = understand("How many referrals were received in 2020?", MEETINGS)
    assert counted.since == date(2020, 1, 1)


def test_the_amount_a_change_is_of():
    asked = "By how much is the policing part of the council tax precept going up in 2021/22?"
    assert focus_of(asked, "how_much") == Focus("precept")
    assert focus_of("What was the outcome of the Parks bid?") == Focus("successful", state=True)


def test_the_outcome_of_a_bid_must_be_said_of_that_bid(answerer):
    declined = answerer.ask("What was the outcome of the Parks bid?")
    assert declined.abstained
    answered = answerer.ask("What was the outcome of the MHCLG bid for the Hope Project?")
    assert not answered.abstained
    assert "approved" in answered.text


def test_an_amount_of_a_thing_no_paper_gives_is_declined(answerer):
    answer = answerer.ask("By how much is the council tax precept going up in 2021/22?")
    assert answer.abstained
    assert "precept" in answer.text


def test_a_scene_that_finds_the_wrong_paper_is_set_aside(answerer):
    answer = answerer.ask(
        "Dr Hardy was invited to present the survey. In her slides, what share were "
        "satisfied with the local police, and what share with the local council?"
    )
    assert not answer.abstained
    assert "50%" in answer.text and "35%" in answer.text


def test_a_decision_recorded_after_the_passage_that_names_its_topic(answerer):
    answer = answerer.ask(
        "What did the SPB decide when the outline strategy for a trauma-informed approach "
        "across LLR was put to it?"
    )
    assert not answer.abstained
    assert "approved" in answer.text


def test_a_judgement_in_none_of_the_questions_words_is_quoted(answerer):
    answer = answerer.ask(
        "Having explored the Lancashire model for public sector volunteering, what did the "
        "SPB group conclude about it for LLR?"
    )
    assert "does not directly fit" in answer.text


def test_a_later_part_asked_of_the_figures_the_first_gives(answerer):
    answer = answerer.ask(
        "How did Leicestershire's RAT re-offending rate compare with Nottinghamshire's, and "
        "what caveat is attached to the figures?"
    )
    assert "38.78%" in answer.text
    assert "indicative rather than definitive" in answer.text


def test_an_event_year_does_not_hide_the_later_paper_that_reports_it(answerer):
    answer = answerer.ask(
        "Which officer led the operation against the county line in North West "
        "Leicestershire disrupted in 2020?"
    )
    assert not answer.abstained
    assert "Rich Jackson" in answer.text


def test_the_scenes_year_does_not_bound_the_asked_report(answerer):
    answer = answerer.ask(
        "Referrals to UAVA fell in 2020. What financial-year total does the Q3 2020/21 report give?"
    )
    assert "1674" in answer.text


def test_the_groups_that_will_oversee_a_plan(answerer):
    answer = answerer.ask("Which groups will oversee the domestic abuse forward plan in Annex B?")
    assert not answer.abstained
    assert "DSVA Ops Group" in answer.text
    bill = answerer.ask("What forthcoming legislation must partners prepare for under Annex B?")
    assert "Domestic Abuse Bill" in bill.text


# A newly elected councillor's closed questions (blind24, read in the fifteenth session).


def test_an_amount_of_a_named_kind_is_its_focus():
    asked = "How much allowance is paid to councillors who sit on the board?"
    assert focus_of(asked, "how_much") == Focus("allowance")
    assert focus_of("How much money did the OPCC win?", "how_much") is None


def test_a_state_reached_by_now_is_not_met_by_a_plan():
    asked = "Has the final version been published on the County Council website?"
    assert focus_of(asked) == Focus("published", state=True)
    assert not done_in(Focus("published", state=True), "it will be ‘published’ on the website")
    assert done_in(Focus("published", state=True), "The strategy was published in May.")
    # "… yet?" is answered by what is planned ("will go to the Panel first").
    assert focus_of("Has the summary been shared with the board yet?") is None


def test_a_plan_to_publish_does_not_say_it_was_published(answerer):
    answer = answerer.ask("Has the V10 of the agreement been published on the LCC website?")
    assert answer.abstained
    assert "published" in answer.text


def test_an_overall_figure_is_not_given_by_one_kinds(answerer):
    answer = answerer.ask(
        "In Quarter 3 2020/21, what was the overall rate of crime per 1,000 population across "
        "Leicestershire?"
    )
    assert answer.abstained
    kept = answerer.ask(
        "As of the December 2018 performance report, what was the current overall crime rate?"
    )
    assert "62 crimes per 1000" in kept.text
    # A total sum is no rate of a whole, and "UAVA referrals" are counted whole.
    total = answerer.ask("What was the total funding figure of the DA duty allocation for 2021/22?")
    assert "2,276,643" in total.text
    referrals = answerer.ask("What was the total referrals figure for UAVA in 2020/21?")
    assert "1674" in referrals.text


def test_who_holds_a_post_the_papers_never_fill(answerer):
    answer = answerer.ask("Who is the Head of Communications at Leicestershire County Council?")
    assert answer.abstained
    kept = answerer.ask("Who is the Community Safety Coordinator?")
    assert "Rik Basra" in kept.text


def test_a_yes_no_question_with_a_clause_of_time_asks_its_state():
    asked = "Was the outline strategy approved when it was presented?"
    assert understand(asked, MEETINGS).asks != "who"
    assert focus_of(asked) == Focus("approved", state=True)


def test_a_named_lead_asks_who():
    assert understand("Is there a named lead for the Prevent work?", MEETINGS).asks == "who"
    assert understand("Is there a named plan for Prevent?", MEETINGS).asks != "who"


def test_whether_a_thing_was_approved_is_answered_by_the_sentence_that_says_so(answerer):
    answer = answerer.ask(
        "Was the outline strategy for trauma-informed work across LLR approved when it was "
        "presented?"
    )
    assert "approved" in answer.text


def test_the_state_asked_after_a_scene():
    asked = "The contract was due to end in March 2020. Was it extended?"
    assert focus_of(asked) == Focus("extended", state=True)


def test_the_year_in_a_laws_name_is_no_date():
    assert not has_date("as required under the Public Contract Regulations 2014, workshops ran")
    assert has_date("the new services would commence in April 2022")


def test_an_extension_asked_after_the_original_end_date(answerer):
    answer = answerer.ask(
        "The LLR contract for domestic and sexual violence services was originally due to end "
        "in March 2020. Was it extended, and when are the new services now expected to start?"
    )
    assert "extended for 12 months" in answer.text
    assert "April 2022" in answer.text


def test_officers_asked_to_report_back_is_a_resolution(answerer):
    asked = (
        "After the Serious Harm Reduction Unit presentation, were officers asked to bring a "
        "report to the board, and on what?"
    )
    assert understand(asked, MEETINGS).decision
    assert not understand("Was the Board asked to approve the plan?", MEETINGS).decision
    answer = answerer.ask(asked)
    assert "knife, gun homicides" in answer.text


def test_a_verb_of_change_asked_of_the_object_is_no_focus():
    assert verb_asked("What has the OPCC changed in response to the feedback?") is None
    assert verb_asked("How much has the build spent locally so far?") == Focus("spent")


def test_a_figure_of_a_kind_is_not_the_figure_of_the_whole():
    assert measure_words("What was the residential burglary rate in 2018?") == (
        "residential",
        "burglary",
    )
    assert measure_words("What was the Reoffending Analysis Tool reoffending rate?") is None
    assert measure_words("What was the overall crime rate?") is None


def test_the_residential_rate_is_not_the_all_burglary_rate(answerer):
    answer = answerer.ask(
        "What residential burglary rate did the December 2018 performance report give for "
        "the rolling 12 months?"
    )
    assert "4.9" in answer.text
    assert "7.01" not in answer.text


def test_rules_for_posts_and_yes_no_questions_leave_ordinary_ones_alone(answerer):
    # A person's own name is not a post whose holder must be named.
    bearne = answerer.ask("Who is Bob Bearne?")
    assert "Head of National Probation Service" in bearne.text
    # "Was there someone in the chair …?" still asks who.
    chair = answerer.ask("Was there someone in the chair at the October 2018 meeting?")
    assert "Ivan Ould" in chair.text
    # A state told in other words is not checked by its word ("created" — "formed").
    formed = answerer.ask(
        "Has a partnership planning group been created for the female offender work?"
    )
    assert "has been formed" in formed.text
    # "Grant" is one word for funding among others.
    grant = answerer.ask("How much grant was committed to each People Zone?")
    assert "£25k" in grant.text
    # The outcome of a bid named by its paper's title.
    hope = answerer.ask("What was the outcome of the Hope Project bid?")
    assert "approved" in hope.text


def test_a_focus_word_leads_only_when_said_of_what_is_named(answerer):
    answer = answerer.ask("What concerns were raised about the UAVA performance data?")
    assert "UAVA" in answer.text.split("[1]")[0]


def test_a_state_asked_in_the_past_or_after_a_scene_is_not_met_by_a_plan(answerer):
    for asked in (
        "Was the V10 of the Community Safety Agreement published on the LCC website?",
        "The agreement went to the Board in December 2018. Has it been published on the LCC "
        "website?",
    ):
        assert answerer.ask(asked).abstained, asked


def test_whether_a_post_has_been_filled_needs_its_holder(answerer):
    assert understand("Has a Prevent Regional Advisor been appointed yet?", MEETINGS).asks == "who"
    vacant = answerer.ask("Has a Prevent Regional Advisor been appointed for the East Midlands?")
    assert vacant.abstained
    filled = answerer.ask("Has a Prevent Coordinator been named?")
    assert "Sean Arbuthnot" in filled.text


def test_whether_the_board_decided_needs_a_decision_recorded(answerer):
    answer = answerer.ask(
        "Did the board agree who would pay for the Sentinel Project Officer post?"
    )
    assert answer.abstained
    assert "decision" in answer.text
    kept = answerer.ask("Did the Board approve continued work on the Community Safety Agreement?")
    assert not kept.abstained


def test_how_many_of_them_counts_what_the_first_part_counted(answerer):
    answer = answerer.ask(
        "How many county lines are active across LLR at present, and how many of them affect "
        "the county?"
    )
    assert "18 active County Lines" in answer.text
    # The district council's allocation row is no count of county lines.
    assert len(answer.citations) == 1
