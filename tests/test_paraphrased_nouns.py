"""Questions that do not use the papers' nouns: "the list of things people had to do" for the
action log, "the senior officers' group" in lower case for the SOG, "people" for the
delegates counted, a meeting named as where a report was due rather than where it was asked
for, and the checks that keep such questions from being answered by the wrong kind of thing
("Who got the job?" by a post, "What exact day?" by a month)."""

from __future__ import annotations

from datetime import date

from boardqa.answer.counted import counted_noun, counts_in, counts_noun
from boardqa.answer.kinds import holds_asked
from boardqa.answer.persons import people
from boardqa.answer.register import action_recorded
from boardqa.answer.units import ASKS_LINK, mostly_links
from boardqa.conversation import Conversation
from boardqa.initials import Initials
from boardqa.plain import plain_words
from boardqa.query import understand
from boardqa.question_periods import days_of_month, scope_of
from boardqa.question_verbs import speaks_of_verb, verb_asked
from boardqa.words import formal_words, term_set

KNOWN = [date(2018, 10, 1), date(2018, 12, 10), date(2020, 12, 11), date(2021, 3, 19)]


def test_an_adverb_is_not_what_is_counted_and_people_are_counted_by_their_part():
    assert counted_noun("How many bids actually succeeded?") == "bids"
    assert counted_noun("How many referrals were made?") == "referrals"
    assert counted_noun("How many people really finished the course?") == "people"
    assert counted_noun("How many of those were made by schools?") is None
    assert counts_noun("people", term_set("18 of the 20 delegates graduated in April"))
    assert not counts_noun("people", term_set("Charnwood; DA duty allocation (£): 32,295"))
    assert not counts_noun("bids", term_set("18 of the 20 delegates graduated in April"))


def test_a_meeting_a_report_was_due_at_is_favoured_not_filtered_by():
    due = scope_of("What were officers asked to bring to the December 2018 meeting?", "", KNOWN)
    assert due.meetings == ()
    assert date(2018, 12, 10) in due.boost_meetings
    # What was brought there is asked of that meeting.
    held = scope_of("What was brought to the December 2018 meeting?", "", KNOWN)
    assert held.meetings == (date(2018, 12, 10),)
    # "to take at" or "to be presented at" a meeting asks of that meeting.
    for asked in (
        "What steps did the board agree to take at the December 2018 meeting?",
        "What was to be presented at the December 2018 meeting?",
    ):
        assert scope_of(asked, "", KNOWN).meetings == (date(2018, 12, 10),)
    # A meeting named by its month alone is favoured in each year it was held; one the
    # archive lacks is said to be lacking.
    december = scope_of("What were officers asked to bring to the December meeting?", "", KNOWN)
    assert {date(2018, 12, 10), date(2020, 12, 11)} <= set(december.boost_meetings)
    lacking = scope_of("What were officers to bring to the December 2025 meeting?", "", KNOWN)
    assert lacking.unknown == "December 2025"
    # The meeting that asked for it still filters.
    both = scope_of(
        "At the October 2018 meeting, what was to be reported to the December 2018 meeting?",
        "",
        KNOWN,
    )
    assert both.meetings == (date(2018, 10, 1),)
    assert date(2018, 12, 10) in both.boost_meetings


def test_a_layout_of_one_page_is_no_page_of_the_pack_and_a_to_do_list_is_the_log():
    assert understand("Is the one-page plan kept as a PDF?").kinds == ()
    assert understand("Is it a plan on a page?").kinds == ()
    assert understand("Is the one page plan published?").kinds == ()
    assert understand("Is the one–page plan published?").kinds == ()
    assert understand("Which page is the OPCC report on?").kinds == ("agenda", "webpage")
    for asked in (
        "On that list of things people had to do, who was to report on Covid?",
        "What's on the to-do list for the police?",
        "What's on the to do list for the police?",
        "On the list of things that people had to do, what was the police's?",
    ):
        assert understand(asked).kinds == ("action_log",)


def test_an_exact_day_is_not_answered_by_a_month():
    asked = "What exact day was the first OPCC event?"
    assert understand(asked).asks == "when"
    assert not holds_asked("when", "The first of these is scheduled for January 2019.", asked)
    # "What day-to-day support …" asks for no date.
    assert understand("What day-to-day support is offered to victims?").asks == "what"
    assert understand("What day centres does the county fund?").asks == "what"
    assert holds_asked("when", "It was held on 21 January 2019.", asked)
    assert holds_asked("when", "It was held on January 21st.", asked)
    # Any date answers a plain "when".
    assert holds_asked("when", "It is scheduled for January 2019.", "When is the first event?")


def test_who_got_a_job_is_answered_by_a_person_not_by_the_post():
    asked = "Who got the part-time analyst job?"
    assert not holds_asked(
        "who", "They highlighted a need for a part time DA analyst within the OPCC.", asked
    )
    assert holds_asked("who", "Jane Smith was appointed as the part time DA analyst.", asked)
    assert not holds_asked("who", "The Head of Strategy recruited a part time DA analyst.", asked)


def test_capitalised_runs_that_are_no_people():
    assert people("The Domestic Abuse Bill includes a duty on Tier One authorities.") == []
    assert people("Further Development/upkeep of a dashboard") == []
    assert people("The report was presented by Rik Basra.") == ["Rik Basra"]
    assert people("For Rik Basra, it was a good year.") == ["Rik Basra"]
    assert people("Bill Cullen chaired the meeting.") == ["Bill Cullen"]


def test_a_name_the_papers_define_is_found_in_lower_case():
    initials = Initials(
        {"sog": 15, "spb": 20},
        {"SOG": "Senior Officers’ Group", "SPB": "Strategic Partnership Board"},
    )
    found = initials.in_lower_case("folding the senior officers' group into the board")
    assert found == {"sog": {"senior", "officer", "group"}}
    assert initials.of("folding the senior officers group in")["sog"] == {
        "senior",
        "officer",
        "group",
    }
    # Capitalised names are read by their runs (`of`), not again here; other words are none.
    assert initials.in_lower_case("the Strategic Partnership Board") == {}
    assert initials.in_lower_case("a senior officer from the group") == {}


def test_a_resolution_is_an_ask_the_log_records():
    rows = [
        {
            "action_number": "9",
            "action_dates": ("2020-12-11",),
            "action_text": "Circulate Microsoft Teams link to MVP webinar on 17th Dec 2020",
        },
        {
            "action_number": "8",
            "action_dates": ("2020-12-11",),
            "action_text": "Invite the Head of Communications to the next meeting",
        },
    ]
    minuted = {
        "about_meeting": "2020-12-11",
        "text": "That the electronic link to the MVP webinar be circulated to LSCSB members.",
    }
    assert action_recorded(minuted, rows) == "9"
    noted = {**minuted, "text": "The electronic link to the MVP webinar was shown to members."}
    assert action_recorded(noted, rows) is None
    sent = {
        **minuted,
        "text": "(iv) That the link to the MVP webinar on Microsoft Teams be sent to members.",
    }
    assert action_recorded(sent, rows) == "9"
    received = {**minuted, "text": "That the update on the MVP webinar link be noted."}
    assert action_recorded(received, rows) is None


def test_finishing_is_spoken_of_as_ending_or_graduating():
    verb = verb_asked("How many delegates finished the course?")
    assert verb is not None
    assert speaks_of_verb(verb, "The first round has ended with 18 of the 20 delegates.")


def test_a_report_due_at_a_later_meeting_is_found_in_the_minutes_that_asked_for_it(answerer):
    answer = answerer.ask(
        "After the talk on the Serious Harm Reduction Unit, what were officers asked to bring "
        "to the December 2018 meeting?"
    )
    assert not answer.abstained
    assert "knife, gun homicides" in answer.text


def test_people_counted_as_delegates(answerer):
    answer = answerer.ask("How many people actually completed the first leadership programme?")
    assert not answer.abstained
    assert "18 of the 20" in answer.text


def test_who_was_to_do_what_a_resolution_asked_is_told_by_its_action(answerer):
    talk = Conversation()
    answerer.ask("When was the webinar on the Mentors in Violence Prevention programme?", talk)
    answer = answerer.ask("Who was meant to send round the link, and did it happen?", talk)
    assert "Euan Walters" in answer.text
    assert "Completed" in answer.text


def test_an_action_named_by_its_topic_in_everyday_words(answerer):
    answer = answerer.ask(
        "On the list of things people had to do, what were the police to report on about "
        "the pandemic?"
    )
    assert "lessons learned from the Covid-19 pandemic" in answer.text
    assert "Leicestershire Matters" not in answer.text


def test_a_post_not_yet_filled_and_a_month_for_a_day_are_declined(answerer):
    assert answerer.ask(
        "Who was given the part-time domestic abuse analyst post in the commissioner's office?"
    ).abstained
    assert answerer.ask(
        "What exact day in January 2019 was the first of the OPCC's bi-annual events to set "
        "strategic direction?"
    ).abstained


def test_what_a_how_many_question_counts_when_it_says_of_those():
    asked = "How many of those drug-dealing phone lines were hitting the county?"
    assert counted_noun(asked) == "lines"
    assert counts_in("There are currently 18 active County Lines operating across LLR", "lines")
    assert not counts_in("County Lines is where illegal drugs are transported", "lines")
    assert counts_in("It ended with 18 of the 20 delegates graduating", "people")
    assert counts_in("1500 referrals were made", "referrals")
    assert not counts_in("in 2019 referrals rose", "referrals")
    assert not counts_in("Section 4 people", "people")


def test_a_day_of_a_month_is_read_with_or_without_its_year():
    assert days_of_month("What was the SPB meeting on 20 May to cover?") == {(5, 20)}
    assert days_of_month("20 May Introduction to new PCC") == {(5, 20)}
    assert days_of_month("went live on 7th June 2021") == {(6, 7)}
    assert days_of_month("in May 2021, 45 referrals") == set()
    assert days_of_month("at the 19 March 2021 meeting", yearless=True) == set()
    assert days_of_month("at the 19 March meeting", yearless=True) == {(3, 19)}


def test_fillers_of_speech_are_not_searched_for():
    assert formal_words("Has it actually gone out since?") == "Has it gone out since?"
    assert formal_words("Is it really rising?") == "Is it rising?"


def test_a_list_of_web_addresses_answers_only_a_question_for_a_link():
    links = "Board https://www.gov.uk/probation/about https://dlnrcrc.co.uk/ https://x.org/file"
    assert mostly_links(links)
    assert not mostly_links("The dashboard is at https://public.tableau.com/views/x for all.")
    assert ASKS_LINK.search("What's the link to the dashboard?")
    assert ASKS_LINK.search("What is the council website for it?")
    assert not ASKS_LINK.search("When was it published on the county council website?")


def test_a_web_address_list_is_not_quoted_for_a_date(answerer):
    answer = answerer.ask(
        "On what date was the refreshed agreement actually published on the county council website?"
    )
    assert answer.abstained
    assert "https://" not in answer.text


def test_a_later_part_is_looked_for_in_the_papers_after_the_first(answerer):
    answer = answerer.ask(
        "Where was the youth perception survey up to in March 2021, and has it actually gone "
        "out since?"
    )
    assert "initial stages" in answer.text
    assert "went live" in answer.text


def test_a_schedule_row_is_found_by_its_day(answerer):
    answer = answerer.ask(
        "What was the commissioner's partnership board meeting on 20 May going to cover?"
    )
    assert "20 May Introduction to new PCC" in answer.text


def test_a_count_is_found_by_the_noun_it_counts(answerer):
    answer = answerer.ask(
        "How many of the phone lines used for drug dealing were hitting the county itself, per "
        "the March 2021 police report?"
    )
    assert not answer.abstained
    assert "12 affecting the Leicestershire area" in answer.text


def test_an_everyday_phrase_of_no_content_word_is_told_by_the_papers_word():
    plain = plain_words("When did applications have to be in for round two?")
    assert "deadline" in plain.papers_words()
    assert plain.says_unworded(term_set("The deadline for applications is 25 March 2021."))
    assert not plain.says_unworded(term_set("Round two was launched on 28th January."))
    assert plain_words("What did the board have to be in agreement with?").phrases == ()


def test_where_one_is_supposed_to_look(answerer):
    answer = answerer.ask(
        "The performance charts weren't printed in the March 2021 pack - where am I supposed "
        "to look at them?"
    )
    assert "Online performance portal" in answer.text


def test_when_something_had_to_be_in_is_told_by_its_deadline(answerer):
    answer = answerer.ask(
        "When did applications have to be in for the second round of Safer Streets money?"
    )
    assert "25 March 2021" in answer.text
